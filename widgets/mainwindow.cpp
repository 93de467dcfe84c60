// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "apppage.h"
#include "dashboardpage.h"
#include "questionpage.h"
#include "questiontreeview.h"
#include "snapshotfile.h"
#include "sqlscript.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

namespace iv {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_sidebar(new QuestionTreeView(this)), m_pages(new QStackedWidget(this)),
      m_welcome(new WelcomePage(this)), m_dashboard(new DashboardPage(this)), m_appPage(new AppPage(this)),
      m_questionPage(new QuestionPage(this)), m_pathLabel(new QLabel(this)),
      m_readOnlyLabel(new QLabel(this)), m_collectedLabel(new QLabel(this))
{
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_appPage);
    m_pages->addWidget(m_questionPage);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 940});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    m_sidebar->setMinimumWidth(220);

    for (QLabel *label : {m_pathLabel, m_readOnlyLabel, m_collectedLabel}) {
        label->setTextFormat(Qt::PlainText);
        statusBar()->addWidget(label);
    }
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    createMenus();
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::showOpenDialog);
    connect(m_welcome, &WelcomePage::sampleRequested, this, &MainWindow::openSample);
    connect(m_sidebar, &QuestionTreeView::snapshotSelected, this, &MainWindow::showSnapshot);
    connect(m_sidebar, &QuestionTreeView::appSelected, this, &MainWindow::showApp);
    connect(m_sidebar, &QuestionTreeView::questionSelected, this, &MainWindow::showQuestion);
    connect(m_appPage, &AppPage::questionActivated, this,
            [this](MetricKind kind, const QString &label) { m_sidebar->selectQuestion(kind, label); });
    resize(1280, 800);
    closeFile();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::showOpenDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_sampleAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSample);
    m_closeAction = m_fileMenu->addAction(QString(), this, &MainWindow::closeFile);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open…"));
    m_sampleAction->setText(tr("Open &sample"));
    m_closeAction->setText(tr("&Close"));
    m_quitAction->setText(tr("&Quit"));
    m_sidebar->setAccessibleName(tr("Questions"));
    m_pages->setAccessibleName(tr("Page"));
    if (!m_open) {
        setWindowTitle(tr("Insights Viewer"));
        return;
    }
    // "[*]" is Qt's modified-marker placeholder; doubled it shows literally.
    QString name = QFileInfo(m_catalogue.filePath).fileName();
    name.replace(QStringLiteral("[*]"), QStringLiteral("[*][*]"));
    setWindowTitle(tr("%1 — Insights Viewer").arg(name));
    m_pathLabel->setText(QFileInfo(m_catalogue.filePath).absoluteFilePath());
    m_readOnlyLabel->setText(tr("read-only"));
    m_collectedLabel->setText(m_catalogue.latestCreatedAt.isEmpty()
                                  ? tr("collected: unknown")
                                  : tr("collected %1").arg(m_catalogue.latestCreatedAt));
}

QString MainWindow::statusText() const
{
    QStringList parts;
    for (const QLabel *label : {m_pathLabel, m_readOnlyLabel, m_collectedLabel})
        if (!label->text().isEmpty())
            parts << label->text();
    return parts.join(QStringLiteral(" · "));
}

bool MainWindow::openFile(const QString &path)
{
    QString error;
    std::optional<Catalogue> catalogue = readCatalogueInBackground(path, &error);
    if (!catalogue) {
        showError(error);
        return false;
    }
    closeFile();
    m_catalogue = *catalogue;
    m_open = true;
    m_dashboard->setCatalogue(m_catalogue);
    m_sidebar->setCatalogue(m_catalogue);
    m_closeAction->setEnabled(true);
    retranslateUi();
    m_sidebar->selectSnapshot();
    m_pages->setCurrentWidget(m_dashboard);
    return true;
}

// Scale (issue 7): reading the catalogue of a big snapshot (10,000 questions) takes ~0.2 s. It runs in a
// worker while a nested event loop keeps painting and timers going; user input waits, so nothing re-enters.
std::optional<Catalogue> MainWindow::readCatalogueInBackground(const QString &path, QString *error)
{
    struct Result
    {
        std::optional<Catalogue> catalogue;
        QString error;
    };
    QFutureWatcher<Result> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path] {
        Result r;
        if (std::unique_ptr<SnapshotFile> file = SnapshotFile::open(path, &r.error))
            r.catalogue = file->readCatalogue(&r.error);
        return r;
    }));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    Result r = watcher.result();
    *error = r.error;
    return std::move(r.catalogue);
}

bool MainWindow::openSample()
{
    if (m_samplePath.isEmpty()) {
        m_sampleDir = std::make_unique<QTemporaryDir>();
        QString error;
        if (m_sampleDir->isValid())
            m_samplePath = SqlScript::createSample(m_sampleDir->path(), &error);
        else
            error = tr("cannot create a temporary directory: %1").arg(m_sampleDir->errorString());
        if (m_samplePath.isEmpty()) {
            showError(tr("Could not create the sample: %1").arg(error));
            return false;
        }
    }
    return openFile(m_samplePath);
}

void MainWindow::closeFile()
{
    m_open = false;
    m_catalogue = Catalogue();
    m_appPage->clear();
    m_questionPage->clear();
    m_dashboard->clear();
    m_sidebar->clear();
    m_pathLabel->clear();
    m_readOnlyLabel->clear();
    m_collectedLabel->clear();
    m_closeAction->setEnabled(false);
    m_pages->setCurrentWidget(m_welcome);
    retranslateUi();
}

bool MainWindow::select(const QString &labelOrApp)
{
    for (const App &app : std::as_const(m_catalogue.apps)) {
        for (const Question &q : app.questions)
            if (q.label == labelOrApp)
                return m_sidebar->selectQuestion(q.kind, q.label);
    }
    for (const App &app : std::as_const(m_catalogue.apps))
        if (app.name() == labelOrApp || app.module == labelOrApp)
            return m_sidebar->selectApp(app.uuid);
    return false;
}

void MainWindow::showOpenDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open snapshot"), QString(),
        tr("django-insights snapshots (*.db *.sqlite *.sqlite3);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::showError(const QString &message)
{
    m_lastError = message;
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Cannot open file"), QString(), QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText);
    box->setText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("openError"));
    box->open(); // window-modal, does not block the caller
}

void MainWindow::showSnapshot()
{
    m_pages->setCurrentWidget(m_dashboard);
}

void MainWindow::showApp(const QString &uuid)
{
    const App *app = m_catalogue.findApp(uuid);
    if (!app)
        return;
    m_appPage->setApp(m_catalogue.filePath, *app);
    m_pages->setCurrentWidget(m_appPage);
}

void MainWindow::showQuestion(MetricKind kind, const QString &label)
{
    const Question *q = m_catalogue.find(kind, label);
    if (!q)
        return;
    m_questionPage->setQuestion(m_catalogue.filePath, *q);
    m_pages->setCurrentWidget(m_questionPage);
}

} // namespace iv
