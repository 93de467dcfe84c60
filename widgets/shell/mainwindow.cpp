// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "apppage.h"
#include "apptheme.h"
#include "bucketloader.h"
#include "bucketvaluestablemodel.h"
#include "categorycolours.h"
#include "chartexportactions.h"
#include "chartstyle.h"
#include "chartview.h"
#include "dashboardpage.h"
#include "datetext.h"
#include "diffpage.h"
#include "preferences.h"
#include "questionpage.h"
#include "questiontreeview.h"
#include "reviewpage.h"
#include "snapshotfile.h"
#include "snapshotwatcher.h"
#include "sqlscript.h"
#include "textbudget.h"
#include "translations.h"
#include "valuecard.h"
#include "welcomepage.h"

#include <QAction>
#include <QChartView>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHash>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace iv {

namespace {
// The first local file among the URLs of a drag (what a drop opens), or empty.
QString firstLocalFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            return url.toLocalFile();
    return {};
}
// A folder or several files dropped: a history; empty otherwise.
QStringList historyPaths(const QMimeData *mime)
{
    QStringList paths;
    bool folder = false;
    if (mime && mime->hasUrls())
        for (const QUrl &url : mime->urls())
            if (url.isLocalFile()) {
                paths << url.toLocalFile();
                folder = folder || QFileInfo(url.toLocalFile()).isDir();
            }
    return paths.size() > 1 || folder ? paths : QStringList();
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_prefs(new Preferences(this)), m_watcher(new SnapshotWatcher(this)),
      m_export(new ChartExportActions(this, this)), m_sidebar(new QuestionTreeView(this)),
      m_header(new QLabel(this)), m_pages(new QStackedWidget(this)), m_welcome(new WelcomePage(this)),
      m_dashboard(new DashboardPage(this)), m_appPage(new AppPage(this)),
      m_questionPage(new QuestionPage(this)), m_reviewPage(new ReviewPage(this)),
      m_diffPage(new DiffPage(this)), m_pathLabel(new QLabel(this)), m_readOnlyLabel(new QLabel(this)),
      m_collectedLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/" IV_APP_ID ".svg")));
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_appPage);
    m_pages->addWidget(m_questionPage);
    m_pages->addWidget(m_reviewPage);
    m_pages->addWidget(m_diffPage);

    // The header shows the application name (upstream INSIGHTS_APP_NAME) above the dashboard.
    m_header->setTextFormat(Qt::PlainText);
    m_header->setObjectName(QStringLiteral("appNameHeader"));
    m_header->setContentsMargins(16, 10, 16, 0);
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.6);
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_header);
    rightLayout->addWidget(m_pages, 1);

    auto *splitter = new QSplitter(this);
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_sidebar);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 940});
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    // Narrow enough for an 800×500 window; hidden altogether with F9 (View › Question Tree).
    m_sidebar->setMinimumWidth(140);
    setTabOrder(m_sidebar->filterEdit(), m_sidebar->treeView());
    // The window's shortcuts work from every widget: the filter box (focused at start-up) and every other
    // editor would take Ctrl+E as "end of line" (eventFilter, installed on the application below).

    for (QLabel *label : {m_pathLabel, m_readOnlyLabel, m_collectedLabel}) {
        label->setTextFormat(Qt::PlainText);
        statusBar()->addWidget(label);
    }
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAcceptDrops(true);
    // A file dropped anywhere opens it, also on the filter box (which would otherwise take the path as text).
    m_sidebar->filterEdit()->setAcceptDrops(false);

    createMenus();
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::showOpenDialog);
    connect(m_welcome, &WelcomePage::sampleRequested, this, &MainWindow::openSample);
    connect(m_sidebar, &QuestionTreeView::snapshotSelected, this, &MainWindow::showSnapshot);
    connect(m_sidebar, &QuestionTreeView::appSelected, this, &MainWindow::showApp);
    connect(m_sidebar, &QuestionTreeView::questionSelected, this, &MainWindow::showQuestion);
    connect(m_appPage, &AppPage::questionActivated, this,
            [this](MetricKind kind, const QString &label) { m_sidebar->selectQuestion(kind, label); });
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateHeader);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::recordPlace);
    qApp->installEventFilter(this); // the mouse's back and forward buttons (eventFilter)
    // Export Chart…, Copy Chart and Export Data… follow the question shown, once its values are loaded.
    connect(m_questionPage->loader(), &BucketLoader::loaded, this,
            [this](qint64 bucketId, const BucketValues &v) {
                const Question &q = m_questionPage->question();
                if (q.isBucket() && q.id == bucketId)
                    m_export->setContext(m_catalogue.filePath, &q, &v);
                selectPendingValue(bucketId, v.ids);
            });
    // A finding activated on the review page opens what it is about.
    connect(m_reviewPage, &ReviewPage::openQuestion, this,
            [this](MetricKind kind, const QString &label, qint64 row) { openQuestion(kind, label, row); });
    connect(m_reviewPage, &ReviewPage::openApp, this, [this](const QString &uuid) {
        if (!m_sidebar->selectApp(uuid) || m_pages->currentWidget() != m_appPage)
            showApp(uuid);
    });
    // Values marked for redaction on a question page go to the review of the open file.
    connect(m_questionPage, &QuestionPage::markForRedaction, this,
            [this](const QString &table, const QString &column, qint64 row) {
                if (m_reviewPage->filePath() != m_catalogue.filePath)
                    m_reviewPage->reviewFile(m_catalogue.filePath);
                m_reviewPage->addMark(table, column, row);
                statusBar()->showMessage(
                    tr("Marked for redaction: %n cell(s)", nullptr, int(m_reviewPage->marks().size())), 5000);
            });
    connect(m_reviewPage, &ReviewPage::saveRedactedCopyRequested, this, &MainWindow::showRedactDialog);
    m_questionPage->chartView()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_questionPage->chartView()->addActions(m_export->chartActions());
    connect(m_watcher, &SnapshotWatcher::fileChanged, this, [this] { reload(true); });
    connect(m_prefs, &Preferences::changed, this, &MainWindow::onPreferenceChanged);
    connect(m_prefs, &Preferences::recentFilesChanged, this, &MainWindow::rebuildRecentMenu);
    connect(m_export, &ChartExportActions::exported, this, [this](const QString &path) {
        statusBar()->showMessage(path.isEmpty() ? tr("Done.") : tr("Exported to %1").arg(path), 8000);
    });
    connect(m_export, &ChartExportActions::failed, this,
            [this](const QString &message) { showError(message, tr("Export failed")); });
    connect(m_diffPage, &DiffPage::comparisonFinished, this, [this](int, const QString &error) {
        if (!error.isEmpty())
            statusBar()->showMessage(error, 8000);
    });
    resize(1280, 800);
    applyTheme();
    applyExportDefaults();
    closeFile();
    rebuildRecentMenu();
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The dashboard and app pages write their texts when built: build the current ones again.
        if (m_open) {
            m_dashboard->setCatalogue(m_catalogue);
            applyHistoryTrends();
            if (m_pages->currentWidget() == m_appPage)
                showApp(m_selection.key);
        }
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    retranslateMenus();
    m_export->retranslateUi();
    m_sidebar->setAccessibleName(tr("Questions"));
    m_sidebar->setAccessibleDescription(tr("Filter box and tree of the snapshot's apps and questions"));
    m_pages->setAccessibleName(tr("Page"));
    m_header->setAccessibleName(tr("Application name"));
    m_welcome->setAccessibleName(tr("Welcome"));
    m_appPage->setAccessibleName(tr("App"));
    m_questionPage->setAccessibleName(tr("Question"));
    m_questionPage->tableView()->setAccessibleName(tr("Stored values"));
    m_questionPage->tableView()->setAccessibleDescription(
        tr("The raw values of this question: id, timestamp, x, y and category"));
    m_questionPage->chartView()->setAccessibleName(tr("Chart"));
    m_reviewPage->setAccessibleName(tr("Review"));
    m_diffPage->setAccessibleName(tr("Compare"));
    m_pathLabel->setAccessibleName(tr("File path"));
    m_readOnlyLabel->setAccessibleName(tr("Access"));
    m_collectedLabel->setAccessibleName(tr("Collected"));
    updateHeader();
    const QString appName = m_prefs->appName();
    if (!m_open) {
        // "[*]" is Qt's modified-marker placeholder; doubled it shows literally.
        setWindowTitle(QString(appName).replace(QStringLiteral("[*]"), QStringLiteral("[*][*]")));
        return;
    }
    QString name = QFileInfo(m_catalogue.filePath).fileName();
    setWindowTitle(tr("%1 — %2").arg(name, appName).replace(QStringLiteral("[*]"), QStringLiteral("[*][*]")));
    m_pathLabel->setText(QFileInfo(m_catalogue.filePath).absoluteFilePath());
    m_readOnlyLabel->setText(tr("read-only"));
    m_collectedLabel->setText(m_catalogue.latestCreatedAt.isEmpty()
                                  ? tr("collected: unknown")
                                  : tr("collected %1").arg(uiDateTime(m_catalogue.latestCreatedAt)));
    m_collectedLabel->setToolTip(m_catalogue.latestCreatedAt); // as stored
}

void MainWindow::updateHeader()
{
    m_header->setText(m_prefs->appName());
    m_header->setVisible(m_open && m_pages->currentWidget() == m_dashboard);
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
    std::optional<Catalogue> catalogue = readCatalogue(path, &error);
    if (!catalogue) {
        if (!QFileInfo::exists(path))
            m_prefs->removeRecentFile(path);
        showError(error);
        return false;
    }
    showCatalogue(path, std::move(*catalogue));
    return true;
}

void MainWindow::showCatalogue(const QString &path, Catalogue catalogue)
{
    closeFile();
    m_catalogue = std::move(catalogue);
    m_open = true;
    m_dashboard->setCatalogue(m_catalogue);
    applyHistoryTrends();
    m_sidebar->setCatalogue(m_catalogue);
    m_export->setSnapshot(m_catalogue.filePath);
    if (path != m_samplePath)
        m_prefs->addRecentFile(path);
    m_watcher->setPath(path);
    updateActions();
    retranslateUi();
    m_sidebar->selectSnapshot();
    m_pages->setCurrentWidget(m_dashboard);
}

// The one place the window reads a catalogue (openFile and reload). Reading the catalogue of a big snapshot
// (10,000 questions) takes ~0.2 s, so it runs in a worker while a nested event loop keeps painting and timers
// going; user input waits, so nothing re-enters.
std::optional<Catalogue> MainWindow::readCatalogue(const QString &path, QString *error)
{
    struct Result
    {
        std::optional<Catalogue> catalogue;
        QString error;
        std::shared_ptr<const CategoryColours> categories;
    };
    QFutureWatcher<Result> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path] {
        Result r;
        if (std::unique_ptr<SnapshotFile> file = SnapshotFile::open(path, &r.error)) {
            r.catalogue = file->readCatalogue(&r.error);
            if (r.catalogue) // one colour per category in every chart of the snapshot
                r.categories = std::make_shared<const CategoryColours>(CategoryColours::read(*file));
        }
        return r;
    }));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    Result r = watcher.result();
    *error = r.error;
    if (r.catalogue)
        ChartStyle::setSnapshotCategories(r.categories);
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
    m_selection = Selection();
    m_watcher->setPath(QString());
    m_export->setSnapshot(QString());
    m_reviewPage->cancel();
    m_diffPage->cancel();
    m_appPage->clear();
    m_questionPage->clear();
    m_dashboard->clear();
    m_sidebar->clear();
    clearHistory();
    m_pathLabel->clear();
    m_readOnlyLabel->clear();
    m_collectedLabel->clear();
    m_pages->setCurrentWidget(m_welcome);
    updateActions();
    retranslateUi();
}

bool MainWindow::reload(bool quiet)
{
    if (!m_open)
        return false;
    const QString path = m_catalogue.filePath;
    const Selection selection = m_selection;
    QWidget *const page = m_pages->currentWidget();
    QString error;
    std::optional<Catalogue> catalogue = readCatalogue(path, &error);
    if (!catalogue) {
        // A half-written replacement or a vanished file: keep showing what was read before.
        if (quiet) {
            m_lastError = error;
            statusBar()->showMessage(tr("Could not reload: %1").arg(error), 10000);
        } else {
            showError(error);
        }
        return false;
    }
    showCatalogue(path, std::move(*catalogue));
    ++m_reloads;
    restoreSelection(selection);
    if (page == m_reviewPage)
        reviewSnapshot();
    statusBar()->showMessage(quiet ? tr("The file changed on disk and was reloaded.") : tr("Reloaded."),
                             5000);
    return true;
}

void MainWindow::restoreSelection(const Selection &selection)
{
    switch (selection.type) {
    case Selection::Type::Question:
        if (!m_sidebar->selectQuestion(selection.kind, selection.key))
            m_sidebar->selectSnapshot();
        break;
    case Selection::Type::App:
        if (!m_sidebar->selectApp(selection.key))
            m_sidebar->selectSnapshot();
        break;
    case Selection::Type::Snapshot:
    case Selection::Type::None:
        break;
    }
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
    // Said, not silently ignored (the command line also says it on stderr).
    statusBar()->showMessage(tr("No question or app \"%1\" in this file.")
                                 .arg(TextBudget::elide(labelOrApp, TextBudget::kCategoryChars)),
                             15000);
    return false;
}

namespace {

QString layoutKey(const QWidget *window)
{
    const QScreen *screen = window->screen();
    const QSize size = screen ? screen->size() : QSize();
    return QStringLiteral("window/%1-%2x%3/")
        .arg(screen ? screen->name() : QString())
        .arg(size.width())
        .arg(size.height());
}

// Every splitter of the window by a name that stays the same between runs: the page holding it (the
// question page's chart over its table, the Compare and Review pages' panes), numbered when a page has more.
QVector<QPair<QString, QSplitter *>> pageSplitters(const QWidget *window, const QSplitter *main)
{
    QVector<QPair<QString, QSplitter *>> out;
    QHash<QString, int> seen;
    const auto splitters = window->findChildren<QSplitter *>();
    for (QSplitter *splitter : splitters) {
        if (splitter == main || !splitter->parentWidget())
            continue;
        const QString page = QString::fromLatin1(splitter->parentWidget()->metaObject()->className());
        const int n = seen[page]++;
        out << qMakePair(n == 0 ? page : page + QStringLiteral("-%1").arg(n), splitter);
    }
    return out;
}

} // namespace

void MainWindow::saveLayout() const
{
    QSettings settings;
    const QString key = layoutKey(this);
    settings.setValue(key + QStringLiteral("geometry"), saveGeometry());
    settings.setValue(key + QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(key + QStringLiteral("tree"), m_treeAction->isChecked());
    for (const auto &[name, splitter] : pageSplitters(this, m_splitter))
        settings.setValue(key + QStringLiteral("splitters/") + name, splitter->saveState());
}

bool MainWindow::restoreLayout()
{
    QSettings settings;
    const QString key = layoutKey(this);
    const QByteArray geometry = settings.value(key + QStringLiteral("geometry")).toByteArray();
    if (geometry.isEmpty())
        return false;
    restoreGeometry(geometry);
    m_splitter->restoreState(settings.value(key + QStringLiteral("splitter")).toByteArray());
    m_treeAction->setChecked(settings.value(key + QStringLiteral("tree"), true).toBool());
    for (const auto &[name, splitter] : pageSplitters(this, m_splitter))
        if (const QByteArray state = settings.value(key + QStringLiteral("splitters/") + name).toByteArray();
            !state.isEmpty())
            splitter->restoreState(state);
    return true;
}

void MainWindow::showEvent(QShowEvent *event)
{
    if (!m_layoutRestored) {
        m_layoutRestored = true;
        // Nothing kept for this screen: the tree gets a quarter of the window (160 to 340 px), so a small
        // window gives the page most of its width (340 of 800 px left the chart about 450).
        if (!restoreLayout()) {
            const int total = std::max(1, m_splitter->width());
            const int tree = std::clamp(width() / 4, 160, 340);
            m_splitter->setSizes({tree, std::max(1, total - tree)});
        }
    }
    QMainWindow::showEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (historyButtonFilter(watched, event))
        return true;
    if (event->type() == QEvent::ShortcutOverride) {
        // Any editor of this window (the filter box, the Compare page's tolerance, the findings filter …)
        // leaves the window's Ctrl/Alt shortcuts to the window; actions of a single widget (the findings
        // table's Copy) stay that widget's, so Ctrl+C still copies in a line edit.
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget || widget->window() != this ||
            !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
            return QMainWindow::eventFilter(watched, event);
        const QKeySequence pressed(key->keyCombination());
        const auto actions = findChildren<QAction *>();
        for (const QAction *action : actions) {
            if (!action->isEnabled() || (action->shortcutContext() != Qt::WindowShortcut &&
                                         action->shortcutContext() != Qt::ApplicationShortcut))
                continue;
            for (const QKeySequence &shortcut : action->shortcuts())
                if (shortcut == pressed) {
                    event->ignore(); // not the editor's: the shortcut fires
                    return true;
                }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::reviewSnapshot()
{
    if (!m_open)
        return;
    m_reviewPage->reviewFile(m_catalogue.filePath);
    m_pages->setCurrentWidget(m_reviewPage);
}

bool MainWindow::openQuestion(MetricKind kind, const QString &label, qint64 valueRowId)
{
    const Question *q = m_catalogue.find(kind, label);
    if (!m_open || !q)
        return false;
    m_pendingBucket = q->isBucket() && valueRowId >= 0 ? q->id : -1;
    m_pendingValueRow = m_pendingBucket >= 0 ? valueRowId : -1;
    const int shows = m_questionShows;
    m_sidebar->selectQuestion(kind, label);
    if (shows == m_questionShows) // the tree already had it selected: show it (and load its values) anyway
        showQuestion(kind, label);
    return true;
}

void MainWindow::selectPendingValue(qint64 bucketId, const QVector<qint64> &ids)
{
    if (m_pendingBucket < 0 || bucketId != m_pendingBucket)
        return;
    const int row = static_cast<int>(ids.indexOf(m_pendingValueRow));
    m_pendingBucket = m_pendingValueRow = -1;
    if (row < 0 || !m_questionPage->tableModel()->ensureRow(row))
        return;
    QTableView *table = m_questionPage->tableView();
    const QModelIndex index = m_questionPage->tableModel()->index(row, 0);
    table->setCurrentIndex(index);
    table->selectRow(row);
    table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void MainWindow::compareWith(const QString &newPath)
{
    if (!m_open || newPath.isEmpty())
        return;
    m_diffPage->compareFiles(m_catalogue.filePath, newPath);
    m_pages->setCurrentWidget(m_diffPage);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!firstLocalFile(event->mimeData()).isEmpty() || !historyPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (const QStringList many = historyPaths(event->mimeData()); !many.isEmpty()) {
        event->acceptProposedAction();
        openHistory(many);
        return;
    }
    const QString path = firstLocalFile(event->mimeData());
    if (path.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    openFile(path);
}

void MainWindow::showError(const QString &message, const QString &title)
{
    m_lastError = message;
    auto *box = new QMessageBox(QMessageBox::Warning, title.isEmpty() ? tr("Cannot open file") : title,
                                QString(), QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText);
    box->setText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("openError"));
    box->open(); // window-modal, does not block the caller
}

void MainWindow::showSnapshot()
{
    m_selection = {Selection::Type::Snapshot, MetricKind::Unknown, QString()};
    m_export->clearContext();
    m_pages->setCurrentWidget(m_dashboard);
}

void MainWindow::showApp(const QString &uuid)
{
    const App *app = m_catalogue.findApp(uuid);
    if (!app)
        return;
    m_selection = {Selection::Type::App, MetricKind::Unknown, uuid};
    m_export->clearContext();
    m_appPage->setApp(m_catalogue.filePath, *app);
    applyHistoryTrends();
    m_pages->setCurrentWidget(m_appPage);
    recordPlace(); // another app on the same page is a new place too
}

void MainWindow::showQuestion(MetricKind kind, const QString &label)
{
    const Question *q = m_catalogue.find(kind, label);
    if (!q)
        return;
    m_selection = {Selection::Type::Question, kind, label};
    ++m_questionShows;
    m_export->setContext(m_catalogue.filePath, q, nullptr); // values follow from the loader
    const App *app = m_catalogue.findApp(q->appUuid);
    m_questionPage->setQuestion(m_catalogue.filePath, *q, app ? app->module : QString());
    if (auto *card = qobject_cast<ValueCard *>(m_questionPage->card()))
        if (app)
            card->setAppModule(app->module); // the key of the user's gauge range
    m_pages->setCurrentWidget(m_questionPage);
    recordPlace();
}

void MainWindow::onPreferenceChanged(const QString &key)
{
    if (key == Preferences::LanguageKey) {
        Translations::instance()->apply(m_prefs->language());
    } else if (key == Preferences::ExportDpiKey) {
        applyExportDefaults();
    } else if (key == Preferences::AppNameKey) {
        m_export->setAppName(m_prefs->appName());
        retranslateUi();
    } else {
        applyTheme();
        applyExportDefaults();
        // Charts take their colours when built: build the current page again.
        if (m_open) {
            m_dashboard->setCatalogue(m_catalogue);
            applyHistoryTrends();
            if (m_pages->currentWidget() == m_questionPage)
                showQuestion(m_selection.kind, m_selection.key);
            else if (m_pages->currentWidget() == m_appPage)
                showApp(m_selection.key);
        }
    }
}

void MainWindow::applyTheme()
{
    AppTheme::apply(m_prefs->theme(), m_prefs->lightPrimaryColor(), m_prefs->darkPrimaryColor());
}

void MainWindow::applyExportDefaults()
{
    RenderOptions options = m_export->defaultOptions();
    options.dpi = m_prefs->exportDpi();
    options.dark = AppTheme::isDark();
    m_export->setDefaultOptions(options);
    m_export->setAppName(m_prefs->appName());
}

} // namespace iv
