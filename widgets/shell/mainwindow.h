// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue.h"

#include <QMainWindow>
#include <QVector>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QSplitter;
class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTemporaryDir;
QT_END_NAMESPACE

namespace iv {

class AppPage;
class ChartExportActions;
class CollectDialog;
class DashboardPage;
class DiffPage;
class HistoryPage;
class Preferences;
class QuestionPage;
class QuestionTreeView;
class ReviewPage;
class SnapshotWatcher;
class WelcomePage;

// The main window: the question tree on the left, the page for the current item on the right (welcome,
// dashboard, app, question, review, compare), a status bar naming the open file. Opens one snapshot at a
// time, read-only, from the File menu, Open Recent, drag and drop or the command line; reloads it (F5) and
// reloads on its own when the file is replaced on disk, keeping the selection. Applies the preferences live.
// Owns its pages, actions, Preferences and SnapshotWatcher through Qt parenting.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens path; on failure shows a message box naming the file and the reason (lastError()) and keeps the
    // previous file open. Adds the file to Open Recent.
    bool openFile(const QString &path);
    // Builds the bundled sample in a temporary directory owned by the window and opens it.
    bool openSample();
    void closeFile();
    // Opens the open file again and selects what was selected (the question, app or snapshot) when it still
    // exists. quiet: errors go to the status bar instead of a message box (automatic reloads).
    bool reload(bool quiet = false);
    // Selects the question whose label is label (or the app of that name). False when there is none.
    bool select(const QString &labelOrApp);
    // Review menu: the review page for the open file; the compare page, open file against newPath.
    void reviewSnapshot();
    void compareWith(const QString &newPath);
    // File › Open History…, a dropped folder or several dropped files, several files or a folder on the
    // command line: the History page over those snapshots (read in a worker; the open file stays open).
    void openHistory(const QStringList &paths);
    // While a history is open, the value cards of every page show their question's trend in it (sparkline and
    // change); called when a history opens and when pages are filled.
    void applyHistoryTrends();
    HistoryPage *historyPage() const { return m_historyPage; }
    // Shows the question (kind, label) and, for a bucket, selects the value with row id valueRowId in its table
    // once the values are loaded. False when the open file has no such question.
    bool openQuestion(MetricKind kind, const QString &label, qint64 valueRowId = -1);
    // Review › Save Redacted Copy…: writes a redacted copy of the open file to path in a worker thread
    // (Redactor); redactionFinished reports the outcome.
    void saveRedactedCopy(const QString &path);
    // File › Collect…: opens the collect dialog on projectPath (window-modal, deletes itself on close); the
    // snapshot it writes is opened (or reloaded, when it is the open file). nullptr, with an error shown,
    // when the project cannot be run.
    CollectDialog *collect(const QString &projectPath);

    // View › Back / Forward (Alt+Left / Alt+Right, the mouse's back and forward buttons): between the pages
    // and questions visited since the file was opened, e.g. from the Review page to a finding's question and
    // back to the same review (not reviewed again).
    void goBack();
    void goForward();
    bool canGoBack() const { return m_historyIndex > 0; }
    bool canGoForward() const { return m_historyIndex + 1 < m_history.size(); }
    QAction *backAction() const { return m_backAction; }
    QAction *forwardAction() const { return m_forwardAction; }
    QAction *policyAction() const { return m_policyAction; }
    QAction *savePolicyAction() const { return m_savePolicyAction; }

    QString filePath() const { return m_catalogue.filePath; }
    const Catalogue &catalogue() const { return m_catalogue; }
    QString lastError() const { return m_lastError; }
    QString statusText() const; // the status bar fields, joined by " · "
    int reloadCount() const { return m_reloads; }

    QuestionTreeView *sidebar() const { return m_sidebar; }
    QStackedWidget *pages() const { return m_pages; }
    WelcomePage *welcomePage() const { return m_welcome; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    AppPage *appPage() const { return m_appPage; }
    QuestionPage *questionPage() const { return m_questionPage; }
    ReviewPage *reviewPage() const { return m_reviewPage; }
    DiffPage *diffPage() const { return m_diffPage; }
    QLabel *headerLabel() const { return m_header; }
    QMenu *recentMenu() const { return m_recentMenu; }
    Preferences *preferences() const { return m_prefs; }
    SnapshotWatcher *watcher() const { return m_watcher; }
    ChartExportActions *exportActions() const { return m_export; }
    // Window size and position, the tree's width and whether it is shown, kept per screen (its name and
    // size) in QSettings: saved on close, restored when the window is first shown.
    void saveLayout() const;
    bool restoreLayout();

signals:
    // ok: message names the copy and what was replaced; else the error, naming the file.
    void redactionFinished(bool ok, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // The mouse's back and forward buttons anywhere in this window: true when it took the event.
    bool historyButtonFilter(QObject *watched, QEvent *event);
    // What the tree shows, to find it again after a reload.
    struct Selection
    {
        enum class Type { None, Snapshot, App, Question } type = Type::None;
        MetricKind kind = MetricKind::Unknown;
        QString key; // question label or app uuid
    };

    // A place in the Back/Forward history: a page and, for the dashboard, an app or a question, what it
    // shows.
    struct Place
    {
        QWidget *page = nullptr; // not owned (one of m_pages' pages)
        Selection selection;
        bool operator==(const Place &o) const
        {
            return page == o.page && selection.type == o.selection.type &&
                   selection.kind == o.selection.kind && selection.key == o.selection.key;
        }
    };

    void recordPlace();
    void navigateTo(int index);
    void clearHistory();
    void updateHistoryActions();

    std::optional<Catalogue> readCatalogue(const QString &path, QString *error);
    void showCatalogue(const QString &path, Catalogue catalogue);
    void createMenus();
    void createActionsMenu();
    void retranslateUi();
    void retranslateMenus();
    void rebuildRecentMenu();
    void showOpenDialog();
    void showCollectDialog();
    void showDraftDialog();
    void showCompareDialog();
    void showOpenHistoryDialog();
    void showRedactDialog();
    void selectPendingValue(qint64 bucketId, const QVector<qint64> &ids);
    void showPreferences();
    void showAbout();
    // A window-modal warning; title defaults to "Cannot open file".
    void showError(const QString &message, const QString &title = QString());
    void showSnapshot();
    void showApp(const QString &uuid);
    void showQuestion(MetricKind kind, const QString &label);
    void restoreSelection(const Selection &selection);
    void onPreferenceChanged(const QString &key);
    void applyTheme();
    void applyExportDefaults();
    void updateActions();
    void cycleFocus(bool forward);
    void updateHeader();

    Catalogue m_catalogue;
    bool m_open = false;
    int m_reloads = 0;
    int m_questionShows = 0;
    qint64 m_pendingBucket = -1; // a finding's bucket value to select once its values are loaded
    qint64 m_pendingValueRow = -1;
    bool m_redacting = false;
    QString m_lastError;
    Selection m_selection;
    std::unique_ptr<QTemporaryDir> m_sampleDir;
    QString m_samplePath;

    Preferences *m_prefs = nullptr;
    SnapshotWatcher *m_watcher = nullptr;
    ChartExportActions *m_export = nullptr;
    QuestionTreeView *m_sidebar = nullptr;
    QLabel *m_header = nullptr;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    DashboardPage *m_dashboard = nullptr;
    AppPage *m_appPage = nullptr;
    QuestionPage *m_questionPage = nullptr;
    ReviewPage *m_reviewPage = nullptr;
    DiffPage *m_diffPage = nullptr;
    HistoryPage *m_historyPage = nullptr; // made on first use
    QAction *m_openHistoryAction = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_collectedLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_reviewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_collectAction = nullptr;
    QAction *m_draftAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_clearRecentAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_nextPaneAction = nullptr;
    QAction *m_previousPaneAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_treeAction = nullptr;
    QSplitter *m_splitter = nullptr; // central widget
    bool m_layoutRestored = false;
    QAction *m_reviewAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_redactAction = nullptr;
    QAction *m_previewRedactAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_policyAction = nullptr;
    QAction *m_savePolicyAction = nullptr;
    QVector<Place> m_history;
    int m_historyIndex = -1;
    bool m_navigating = false; // going back or forward: the pages shown are not new places
};

} // namespace iv
