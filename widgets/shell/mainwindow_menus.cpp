// SPDX-License-Identifier: MIT
// MainWindow's menus and the dialogs behind them (kept apart from opening and showing files).
#include "mainwindow.h"

#include "chartexportactions.h"
#include "collectdialog.h"
#include "draftdialog.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "questiontreeview.h"
#include "redactor.h"
#include "reviewpage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>

namespace iv {

namespace {
// The platform's bindings for key, with the common one first (the menu shows the first): e.g. Ctrl+W for
// Close where the platform lists Ctrl+F4 first or only.
QList<QKeySequence> keys(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    QList<QKeySequence> list = QKeySequence::keyBindings(key);
    list.removeAll(fallback);
    list.prepend(fallback); // first: the one the menu shows
    return list;
}

QString snapshotFilter()
{
    return MainWindow::tr("django-insights snapshots (*.db *.sqlite *.sqlite3);;All files (*)");
}
} // namespace

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::showOpenDialog);
    m_openAction->setShortcuts(keys(QKeySequence::Open, QKeySequence(Qt::CTRL | Qt::Key_O)));
    m_openAction->setIcon(QIcon(QStringLiteral(":/icons/actions/open.svg")));
    m_openHistoryAction = m_fileMenu->addAction(QString(), this, &MainWindow::showOpenHistoryDialog);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_clearRecentAction = new QAction(this);
    connect(m_clearRecentAction, &QAction::triggered, m_prefs, &Preferences::clearRecentFiles);
    m_sampleAction = m_fileMenu->addAction(QString(), this, &MainWindow::openSample);
    m_reloadAction = m_fileMenu->addAction(QString(), this, [this] { reload(false); });
    m_reloadAction->setShortcuts(keys(QKeySequence::Refresh, QKeySequence(Qt::Key_F5)));
    m_reloadAction->setIcon(QIcon(QStringLiteral(":/icons/actions/reload.svg")));
    m_fileMenu->addSeparator();
    m_collectAction = m_fileMenu->addAction(QString(), this, &MainWindow::showCollectDialog);
    m_draftAction = m_fileMenu->addAction(QString(), this, &MainWindow::showDraftDialog);
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(m_export->chartActions());
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(m_export->fileActions());
    m_fileMenu->addSeparator();
    m_closeAction = m_fileMenu->addAction(QString(), this, &MainWindow::closeFile);
    m_closeAction->setShortcuts(keys(QKeySequence::Close, QKeySequence(Qt::CTRL | Qt::Key_W)));
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcuts(keys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_sidebar->findAction());
    m_editMenu->addSeparator();
    m_preferencesAction = m_editMenu->addAction(QString(), this, &MainWindow::showPreferences);
    // QKeySequence::Preferences is empty on some desktops; Ctrl+, is the common one.
    m_preferencesAction->setShortcuts(
        keys(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_nextPaneAction = m_viewMenu->addAction(QString(), this, [this] { cycleFocus(true); });
    m_nextPaneAction->setShortcut(QKeySequence(Qt::Key_F6));
    m_previousPaneAction = m_viewMenu->addAction(QString(), this, [this] { cycleFocus(false); });
    m_previousPaneAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_viewMenu->addSeparator();
    m_backAction = m_viewMenu->addAction(QString(), this, &MainWindow::goBack);
    m_backAction->setShortcuts(keys(QKeySequence::Back, QKeySequence(Qt::ALT | Qt::Key_Left)));
    m_forwardAction = m_viewMenu->addAction(QString(), this, &MainWindow::goForward);
    m_forwardAction->setShortcuts(keys(QKeySequence::Forward, QKeySequence(Qt::ALT | Qt::Key_Right)));
    updateHistoryActions();
    m_viewMenu->addSeparator();
    // The question tree can be hidden (F9) to give a small window's width to the page.
    m_treeAction = m_viewMenu->addAction(QString());
    m_treeAction->setCheckable(true);
    m_treeAction->setChecked(true);
    m_treeAction->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_treeAction, &QAction::toggled, this, [this](bool on) { m_sidebar->setVisible(on); });
    m_fullScreenAction = m_viewMenu->addAction(QString());
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcuts(keys(QKeySequence::FullScreen, QKeySequence(Qt::Key_F11)));
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? (windowState() | Qt::WindowFullScreen) : (windowState() & ~Qt::WindowFullScreen));
    });

    m_reviewMenu = menuBar()->addMenu(QString());
    m_reviewAction = m_reviewMenu->addAction(QString(), this, &MainWindow::reviewSnapshot);
    m_compareAction = m_reviewMenu->addAction(QString(), this, &MainWindow::showCompareDialog);
    m_reviewMenu->addSeparator();
    m_policyAction = m_reviewMenu->addAction(QString(), this, [this] {
        if (!m_open)
            return;
        if (m_reviewPage->filePath() != m_catalogue.filePath)
            reviewSnapshot();
        m_pages->setCurrentWidget(m_reviewPage);
        m_reviewPage->choosePolicy();
    });
    m_savePolicyAction = m_reviewMenu->addAction(QString(), m_reviewPage, &ReviewPage::showSavePolicyDialog);
    m_reviewMenu->addSeparator();
    m_previewRedactAction = m_reviewMenu->addAction(QString(), this, [this] {
        if (!m_open)
            return;
        if (m_reviewPage->filePath() != m_catalogue.filePath)
            reviewSnapshot();
        m_reviewPage->showRedactionPreview();
    });
    m_redactAction = m_reviewMenu->addAction(QString(), this, &MainWindow::showRedactDialog);

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setShortcut(QKeySequence::HelpContents);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::retranslateMenus()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setStatusTip(tr("Open an insights.db snapshot, read-only"));
    m_openHistoryAction->setText(tr("Open &History…"));
    m_openHistoryAction->setStatusTip(tr("Open many snapshots of one site as trends: several files, or one file "
                                         "and its whole folder"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_clearRecentAction->setText(tr("&Clear Recent"));
    m_sampleAction->setText(tr("Open &Sample"));
    m_reloadAction->setText(tr("R&eload"));
    m_reloadAction->setStatusTip(tr("Read the open file again"));
    m_collectAction->setText(tr("C&ollect…"));
    m_collectAction->setStatusTip(tr("Run a collect project and open the snapshot it writes"));
    m_draftAction->setText(tr("&Draft from Django Site…"));
    m_draftAction->setStatusTip(tr("Write a collect project from a Django site's own metrics"));
    m_closeAction->setText(tr("&Close"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_viewMenu->setTitle(tr("&View"));
    m_nextPaneAction->setText(tr("&Next Pane"));
    m_previousPaneAction->setText(tr("&Previous Pane"));
    m_fullScreenAction->setText(tr("&Full Screen"));
    m_backAction->setText(tr("&Back"));
    m_backAction->setStatusTip(tr("Go back to the page shown before"));
    m_forwardAction->setText(tr("For&ward"));
    m_forwardAction->setStatusTip(tr("Go forward again"));
    m_policyAction->setText(tr("&Policy…"));
    m_policyAction->setStatusTip(
        tr("Choose the review policy (accepted findings, allowed tables) for this review"));
    m_savePolicyAction->setText(tr("Save as P&olicy…"));
    m_savePolicyAction->setStatusTip(
        tr("Write the accepted and false-positive findings into a review policy"));
    m_treeAction->setText(tr("Question &Tree"));
    m_reviewMenu->setTitle(tr("&Review"));
    m_reviewAction->setText(tr("&Review This Snapshot"));
    m_reviewAction->setStatusTip(tr("Identity, integrity, conformance and personal data of the open file"));
    m_compareAction->setText(tr("&Compare With…"));
    m_compareAction->setStatusTip(tr("Compare the open file with another snapshot"));
    m_previewRedactAction->setText(tr("Pre&view Redacted Copy…"));
    m_previewRedactAction->setStatusTip(
        tr("Show each cell the redacted copy replaces, before (masked) and after, with the cells marked by hand"));
    m_redactAction->setText(tr("Save Re&dacted Copy…"));
    m_redactAction->setStatusTip(
        tr("Write a copy in upstream's schema with every flagged value replaced, and "
           "a log of the changes beside it"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About %1").arg(m_prefs->appName()));
    m_aboutQtAction->setText(tr("About &Qt"));
    rebuildRecentMenu();
}

void MainWindow::updateActions()
{
    m_policyAction->setEnabled(m_open);
    m_savePolicyAction->setEnabled(m_open && m_reviewPage->filePath() == m_catalogue.filePath);
    for (QAction *action : {m_closeAction, m_reloadAction, m_reviewAction, m_compareAction})
        action->setEnabled(m_open);
    m_redactAction->setEnabled(m_open && !m_redacting);
    m_previewRedactAction->setEnabled(m_open && !m_redacting);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_prefs->recentFiles();
    int n = 0;
    for (const QString &path : files) {
        ++n;
        const QFileInfo info(path);
        // "&1 name" for the first nine (a mnemonic per line), the file name for the tenth.
        QString name = info.fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QString text = n < 10 ? QStringLiteral("&%1 %2").arg(n).arg(name) : name;
        QAction *action = m_recentMenu->addAction(text);
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        if (!info.exists()) {
            action->setEnabled(false);
            action->setText(tr("%1 (missing)").arg(text));
        }
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    m_recentMenu->addAction(m_clearRecentAction);
    m_clearRecentAction->setEnabled(!files.isEmpty());
    m_recentMenu->setEnabled(true);
}

void MainWindow::showOpenDialog()
{
    const QString start = m_open ? QFileInfo(m_catalogue.filePath).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open snapshot"), start, snapshotFilter());
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::showCollectDialog()
{
    const QString project = QFileDialog::getOpenFileName(this, tr("Choose a collect project"), QString(),
                                                         tr("Collect projects and Django sites (*.json manage.py);;All files (*)"));
    if (!project.isEmpty())
        collect(project);
}

void MainWindow::showDraftDialog()
{
    const QString manage =
        QFileDialog::getOpenFileName(this, tr("Choose the Django site's manage.py"), QString(),
                                     tr("Django sites (manage.py);;All files (*)"));
    if (manage.isEmpty())
        return;
    // Nothing is written into the site: the project goes beside it, named after its folder.
    const QDir siteDir = QFileInfo(manage).absoluteDir();
    QDir beside = siteDir;
    beside.cdUp();
    const QString project =
        QFileDialog::getSaveFileName(this, tr("Save the Drafted Project"),
                                     beside.filePath(siteDir.dirName() + QStringLiteral(".insights.json")),
                                     tr("Collect projects (*.json)"));
    if (project.isEmpty())
        return;
    auto *dialog = new DraftDialog(manage, project, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DraftDialog::collectRequested, this, [this](const QString &path) { collect(path); });
    dialog->open();
    dialog->start();
}

CollectDialog *MainWindow::collect(const QString &projectPath)
{
    auto *dialog = new CollectDialog(projectPath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->isValid()) {
        const QString error = dialog->errorString();
        delete dialog;
        showError(error, tr("Cannot run the collect project"));
        return nullptr;
    }
    connect(dialog, &CollectDialog::snapshotReady, this, [this](const QString &path) {
        if (m_open && QFileInfo(path) == QFileInfo(m_catalogue.filePath))
            reload(true); // the watcher would too; do it now
        else
            openFile(path);
    });
    dialog->open();
    return dialog;
}

void MainWindow::showCompareDialog()
{
    if (!m_open)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Compare with"), QFileInfo(m_catalogue.filePath).absolutePath(), snapshotFilter());
    if (!path.isEmpty())
        compareWith(path);
}

void MainWindow::showRedactDialog()
{
    if (!m_open)
        return;
    const QFileInfo source(m_catalogue.filePath);
    const QString suggested = source.absoluteDir().filePath(source.completeBaseName() +
                                                            QStringLiteral("-redacted.") + source.suffix());
    // The dialog asks before replacing a file; the redactor refuses the open file itself.
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Redacted Copy"), suggested, snapshotFilter());
    if (!path.isEmpty())
        saveRedactedCopy(path);
}

void MainWindow::saveRedactedCopy(const QString &path)
{
    if (!m_open || m_redacting)
        return;
    m_redacting = true;
    updateActions();
    statusBar()->showMessage(tr("Writing a redacted copy to %1…").arg(QDir::toNativeSeparators(path)));
    const QString source = m_catalogue.filePath;
    const QVector<RedactionMark> marks =
        m_reviewPage->filePath() == source ? m_reviewPage->marks() : QVector<RedactionMark>();
    auto *watcher = new QFutureWatcher<RedactionResult>(this);
    connect(watcher, &QFutureWatcher<RedactionResult>::finished, this, [this, watcher, marks] {
        watcher->deleteLater();
        m_redacting = false;
        updateActions();
        const RedactionResult result = watcher->result();
        if (!result.ok) {
            statusBar()->clearMessage();
            showError(result.error, tr("Cannot save the redacted copy"));
            emit redactionFinished(false, result.error);
            return;
        }
        // The copy was reviewed again before it was put in place: say what that review found. A copy with
        // findings is never called clean.
        QString verdict = result.copyClean
                              ? tr("the copy reviews clean")
                              : tr("the copy still has %n finding(s) and is not clean", nullptr, result.copyFindings);
        if (result.copyToCheck > 0)
            verdict += QStringLiteral("; ") +
                       tr("%n value(s) to check by eye", nullptr, int(std::min<qint64>(result.copyToCheck, INT_MAX)));
        const QString message = tr("Saved the redacted copy %1 (cells replaced: %2, marked by hand: %3); %4; log: %5")
                                    .arg(QDir::toNativeSeparators(result.outputPath))
                                    .arg(result.changes.size())
                                    .arg(marks.size())
                                    .arg(verdict, QDir::toNativeSeparators(result.logPath));
        statusBar()->showMessage(message, 15000);
        emit redactionFinished(true, message);
    });
    Redactor::Options options;
    options.overwrite = true; // the save dialog asked
    options.marks = marks;
    watcher->setFuture(QtConcurrent::run([source, path, options] { return Redactor::redact(source, path, options); }));
}

void MainWindow::showPreferences()
{
    auto *dialog = findChild<PreferencesDialog *>();
    if (!dialog) {
        dialog = new PreferencesDialog(m_prefs, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About %1").arg(m_prefs->appName()));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("%1 %2").arg(m_prefs->appName(), QStringLiteral(IV_VERSION)));
    box.setInformativeText(tr("A desktop viewer for django-insights snapshots. Files are opened read-only: "
                              "nothing in or beside them changes.\n\nMIT licence. Built with Qt %1.")
                               .arg(QString::fromLatin1(qVersion())));
    box.exec();
}

void MainWindow::cycleFocus(bool forward)
{
    // The three panes: filter box, tree, page. F6 / Shift+F6 move between them.
    QWidget *const panes[] = {m_sidebar->filterEdit(), m_sidebar->treeView(), m_pages->currentWidget()};
    int current = -1;
    for (int i = 0; i < 3; ++i) {
        QWidget *focus = QApplication::focusWidget();
        if (focus && (focus == panes[i] || panes[i]->isAncestorOf(focus)))
            current = i;
    }
    const int next = current < 0 ? 0 : (current + (forward ? 1 : 2)) % 3;
    QWidget *target = panes[next];
    if (next == 2) {
        // The page itself may take no focus: give it to its first focusable child.
        if (target->focusPolicy() == Qt::NoFocus) {
            QWidget *child = target->nextInFocusChain();
            while (child && child != target &&
                   !(target->isAncestorOf(child) && child->focusPolicy() != Qt::NoFocus &&
                     child->isVisibleTo(this)))
                child = child->nextInFocusChain();
            if (child && child != target && target->isAncestorOf(child))
                target = child;
        }
    }
    target->setFocus(Qt::ShortcutFocusReason);
}

} // namespace iv
