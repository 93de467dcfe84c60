// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;
class QTreeWidget;

namespace iv {

struct DjangoDraft;

// Drafts a collect project from a Django site (DjangoDraft::run on a worker thread) once the site's code may
// run (the collect's consent for the site, asked first when not given): shows the site and the project file,
// the site's output as it runs with a busy bar, then either the error as one sentence naming the file or the
// drafted project — every metric with "SQL" or the reason it is a placeholder, the placeholders named in the
// summary. "Open in Collect" (enabled when the project has no placeholder left) emits collectRequested(path).
// The caller chose both files (the save dialog asked before replacing one), so an existing project file is
// replaced. Closing while the site runs waits for it. Owns its worker thread.
class DraftDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftDialog)

public:
    DraftDialog(const QString &managePath, const QString &projectPath, QWidget *parent = nullptr);
    ~DraftDialog() override;

    bool isRunning() const { return m_thread != nullptr; }
    QString projectPath() const { return m_projectPath; }
    // After draftFinished: the labels of the metrics left as placeholders, in the project's order.
    QStringList placeholders() const;

public Q_SLOTS:
    void start();

Q_SIGNALS:
    // ok: the project was written; message: the summary or the error sentence.
    void draftFinished(bool ok, const QString &message);
    void collectRequested(const QString &projectPath);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    // Whether the site's code may run: the consent the collect of the same site asks for (ConsentPrompt),
    // asked when not yet given. False with *refusal the sentence to show (the site cannot be prepared, or
    // "No").
    bool allowedToRun(QString *refusal);
    void appendLog(const QString &line);
    void onWorkerFinished();
    void showResult();

    QString m_managePath;
    QString m_projectPath;
    QThread *m_thread = nullptr;          // child while running
    std::unique_ptr<DjangoDraft> m_draft; // the result, set by the worker before it finishes

    QLabel *m_siteLabel = nullptr;
    QLabel *m_projectLabel = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QTreeWidget *m_metrics = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_collectButton = nullptr;
};

} // namespace iv
