// SPDX-License-Identifier: MIT
#pragma once

#include "collectconsent.h"

#include <QDialog>
#include <QHash>
#include <QMap>

#include <atomic>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;
class QTreeWidget;
class QTreeWidgetItem;

namespace iv {

class Collector;
struct CollectProject;

// Runs a collect project file the user chose (never an insights.db: only a project starts a collect). Lists
// its providers and their metrics with checkboxes and every program the project starts (absolute path,
// working folder), asks before a run unless the user already allowed exactly this — same project path and
// content, same programs and scripts (CollectConsent, remembered in QSettings) — runs the Collector in a
// worker thread with a progress bar per metric, a log pane and Cancel. Emits snapshotReady(path) when the new
// snapshot is in place; the caller opens it. Closing while running cancels and waits for the worker. Owns its
// Collector and worker thread.
class CollectDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectDialog)

public:
    explicit CollectDialog(const QString &projectPath, QWidget *parent = nullptr);
    ~CollectDialog() override;

    // False when the project file could not be loaded or validated; errorString() says why (also in the log).
    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }
    QString outputPath() const;
    bool isRunning() const { return m_thread != nullptr; }

    // What the user is asked to allow, with the program and script files hashed now; consent().grant()
    // allows it without asking (tests, scripted use).
    CollectConsent consent() const;
    bool needsConsent() const { return !consent().isGranted(); }

    // The options of the dialog, as their fields set them (also for tests and scripted use):
    // point source NAME at another SQLite path or postgresql:// URL (empty: the project's own);
    void setSource(const QString &name, const QString &connection);
    // set the SQL parameter NAME (:NAME) for the next run (empty: the project's default);
    void setParameter(const QString &name, const QString &value);
    // run every metric even after one failed, writing nothing unless all pass;
    void setKeepGoing(bool on);
    // write DIR/insights-YYYYMMDDTHHMMSSZ.db (UTC, at the start of each run) and keep the newest keep
    // snapshots of the folder (0: all); an empty dir writes the project's output again.
    void setOutputFolder(const QString &dir, int keep = 0);

public Q_SLOTS:
    // Asks first unless consent() is granted (the answer is remembered), then starts the worker.
    void start();
    void cancel();

Q_SIGNALS:
    void snapshotReady(const QString &path);
    // After every run: ok, and the message shown (output path or the error).
    void collectFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    // (Re)loads the project with the dialog's source overrides, parameters and output folder, prepares the
    // collector and fills the tree (check states kept by name). False (logged) when the result is not valid.
    bool loadProject();
    void buildOptions();
    void populate();
    QString programsText() const;
    bool askConsent(const CollectConsent &consent);
    QString maskedOutput() const;
    // The selected metric when it belongs to the built-in sql provider (the one a preview can run), else
    // empty.
    QString previewableMetric() const;
    void previewSelected();
    void appendLog(const QString &text);
    QProgressBar *barFor(const QString &provider, const QString &metric);
    void onMetricProgress(const QString &provider, const QString &metric, int done, int total);
    void onMetricCollected(const QString &provider, const QString &metric, const QString &kind);
    void onProviderProgress(const QString &provider, int done, int total);
    void onWorkerFinished();
    void setRunning(bool running);

    Collector *m_collector = nullptr; // child
    QThread *m_thread = nullptr;      // child while running
    std::atomic_int m_result{0};
    bool m_valid = false;
    QString m_error;
    QString m_projectPath;

    QLabel *m_projectLabel = nullptr;
    QLabel *m_outputLabel = nullptr;
    QLabel *m_programsLabel = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_previewButton = nullptr; // enabled while the current item is a metric of the sql provider
    QWidget *m_options = nullptr;
    QFormLayout *m_optionsLayout = nullptr;
    QHash<QString, QLineEdit *> m_sourceEdits;    // per source name
    QHash<QString, QLineEdit *> m_parameterEdits; // per parameter name
    QCheckBox *m_keepGoing = nullptr;
    QCheckBox *m_toFolder = nullptr;
    QLineEdit *m_folder = nullptr;
    QSpinBox *m_keep = nullptr;
    QMap<QString, QString> m_sourceOverrides;
    QMap<QString, QString> m_parameterValues;
    QString m_outputFolder;
    QString m_lastOutput; // the file the last successful run wrote
    QHash<QString, QTreeWidgetItem *> m_providerItems;
    QHash<QString, QProgressBar *> m_bars; // "provider\nmetric" and "provider" for provider-level progress
};

} // namespace iv
