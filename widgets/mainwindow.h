// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue.h"

#include <QMainWindow>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QStackedWidget;
class QTemporaryDir;
QT_END_NAMESPACE

namespace iv {

class AppPage;
class DashboardPage;
class QuestionPage;
class QuestionTreeView;
class WelcomePage;

// The main window: the question tree on the left, the page for the current item on the right (welcome,
// dashboard, app, question), a status bar naming the open file. Opens one snapshot at a time, read-only.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens path; on failure shows a message box naming the file and the reason (lastError()) and keeps the
    // previous file open.
    bool openFile(const QString &path);
    // Builds the bundled sample in a temporary directory owned by the window and opens it.
    bool openSample();
    void closeFile();
    // Selects the question whose label is label (or the app of that name). False when there is none.
    bool select(const QString &labelOrApp);

    QString filePath() const { return m_catalogue.filePath; }
    const Catalogue &catalogue() const { return m_catalogue; }
    QString lastError() const { return m_lastError; }
    QString statusText() const; // the status bar fields, joined by " · "

    QuestionTreeView *sidebar() const { return m_sidebar; }
    QStackedWidget *pages() const { return m_pages; }
    WelcomePage *welcomePage() const { return m_welcome; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    AppPage *appPage() const { return m_appPage; }
    QuestionPage *questionPage() const { return m_questionPage; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void retranslateUi();
    void showOpenDialog();
    void showError(const QString &message);
    void showSnapshot();
    void showApp(const QString &uuid);
    void showQuestion(MetricKind kind, const QString &label);
    std::optional<Catalogue> readCatalogueInBackground(const QString &path, QString *error); // scale

    Catalogue m_catalogue;
    bool m_open = false;
    QString m_lastError;
    std::unique_ptr<QTemporaryDir> m_sampleDir;
    QString m_samplePath;

    QuestionTreeView *m_sidebar = nullptr;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    DashboardPage *m_dashboard = nullptr;
    AppPage *m_appPage = nullptr;
    QuestionPage *m_questionPage = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_collectedLabel = nullptr;
    class QMenu *m_fileMenu = nullptr;
    class QAction *m_openAction = nullptr;
    class QAction *m_sampleAction = nullptr;
    class QAction *m_closeAction = nullptr;
    class QAction *m_quitAction = nullptr;
};

} // namespace iv
