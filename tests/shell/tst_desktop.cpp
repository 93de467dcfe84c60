// SPDX-License-Identifier: MIT
// The window as a desktop application: Open Recent (order, limit, missing files, Clear), reload keeping the
// selection, automatic reload when a new file is renamed over the open one, drag and drop, the standard
// shortcuts, F6 between panes, the Review and Compare pages, live preferences, and an accessible name on
// every control.
#include "chartexportactions.h"
#include "chartstyle.h"
#include "chartview.h"
#include "collectdialog.h"
#include "dashboardpage.h"
#include "diffpage.h"
#include "exportchartdialog.h"
#include "gaugedial.h"
#include "historypage.h"
#include "mainwindow.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "questionpage.h"
#include "questiontreemodel.h"
#include "questiontreeview.h"
#include "reviewpage.h"
#include "snapshotwatcher.h"
#include "testsupport.h"
#include "translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPieSeries>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>

using namespace iv;

namespace {

QString basicSql(int orders)
{
    QString sql = ivtest::basicSnapshotSql();
    sql.replace(QStringLiteral("'All orders', 1234567"), QStringLiteral("'All orders', %1").arg(orders));
    return sql;
}

qint64 ordersIn(const MainWindow &w)
{
    const Question *q = w.catalogue().find(MetricKind::Counter, QStringLiteral("orders"));
    return q ? q->intValue : -1;
}

QString currentLabel(const MainWindow &w)
{
    return w.sidebar()->treeView()->currentIndex().data().toString();
}

QList<QAction *> allActions(QMenuBar *bar)
{
    QList<QAction *> out;
    for (QAction *top : bar->actions())
        if (top->menu())
            out << top->menu()->actions();
    return out;
}

QAction *actionWithShortcut(QMenuBar *bar, const QKeySequence &key)
{
    for (QAction *a : allActions(bar))
        if (a->shortcuts().contains(key))
            return a;
    return nullptr;
}

// Renames from over to as a collect does (rename(2) replaces the target atomically).
bool renameOver(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

// The fill colour of the first gauge on the dashboard.
QColor gaugeColor(const MainWindow &w)
{
    for (GaugeDial *dial : w.dashboardPage()->findChildren<GaugeDial *>())
        return dial->fillColor();
    return {};
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;
    QTemporaryDir m_dir;
    QString m_basic, m_markup;

private slots:
    void initTestCase()
    {
        // Settings in a private folder (not ~/.qttest, which tests running in parallel would share).
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QVERIFY(QSettings().fileName().startsWith(m_config.path()));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_basic = ivtest::buildDatabase(m_dir, QStringLiteral("basic.db"),
                                        {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        m_markup = ivtest::buildDatabase(m_dir, QStringLiteral("markup.db"),
                                         {QStringLiteral("schema.sql"), QStringLiteral("markup.sql")});
    }

    void init() { QSettings().clear(); }

    void openRecentMenu()
    {
        MainWindow w;
        QVERIFY(w.openFile(m_basic));
        QVERIFY(w.openFile(m_markup));
        QCOMPARE(w.preferences()->recentFiles(), (QStringList{m_markup, m_basic}));
        QList<QAction *> actions = w.recentMenu()->actions();
        QCOMPARE(actions.size(), 4); // two files, a separator, Clear Recent
        QCOMPARE(actions.at(0)->text(), QStringLiteral("&1 markup.db"));
        QCOMPARE(actions.at(0)->data().toString(), m_markup);
        QCOMPARE(actions.at(1)->text(), QStringLiteral("&2 basic.db"));
        QVERIFY(actions.at(2)->isSeparator());
        QCOMPARE(actions.at(3)->text(), QStringLiteral("&Clear Recent"));
        QVERIFY(actions.at(3)->isEnabled());

        // Choosing an entry opens it and moves it to the top.
        actions.at(1)->trigger();
        QCOMPARE(w.filePath(), m_basic);
        QCOMPARE(w.recentMenu()->actions().at(0)->text(), QStringLiteral("&1 basic.db"));

        // The sample is not a recent file; a new window sees the same list (it is stored).
        QVERIFY(w.openSample());
        MainWindow other;
        QCOMPARE(other.recentMenu()->actions().size(), 4);
        QCOMPARE(other.recentMenu()->actions().at(0)->data().toString(), m_basic);

        // Clear Recent empties the list and the menu.
        w.recentMenu()->actions().last()->trigger();
        QVERIFY(w.preferences()->recentFiles().isEmpty());
        QCOMPARE(w.recentMenu()->actions().size(), 1);
        QVERIFY(!w.recentMenu()->actions().first()->isEnabled());
    }

    void recentLimitAndMissingFiles()
    {
        QTemporaryDir dir;
        MainWindow w;
        QStringList copies;
        for (int i = 0; i < 11; ++i) {
            copies << ivtest::copyFile(m_basic, dir, QStringLiteral("copy%1.db").arg(i));
            QVERIFY(w.openFile(copies.last()));
        }
        const QStringList recent = w.preferences()->recentFiles();
        QCOMPARE(recent.size(), 10);
        QCOMPARE(recent.first(), copies.at(10));
        QCOMPARE(recent.last(), copies.at(1));
        QVERIFY(!recent.contains(copies.at(0)));
        QCOMPARE(w.recentMenu()->actions().size(), 12);
        QCOMPARE(w.recentMenu()->actions().at(9)->text(),
                 QStringLiteral("copy1.db")); // no mnemonic for the 10th

        // A file that disappeared is shown disabled and marked; opening it fails and drops it from the list.
        QVERIFY(QFile::remove(copies.at(5)));
        w.closeFile();
        w.preferences()->addRecentFile(copies.at(3)); // any change rebuilds the menu
        QAction *missing = nullptr;
        for (QAction *a : w.recentMenu()->actions())
            if (a->data().toString() == copies.at(5))
                missing = a;
        QVERIFY(missing);
        QVERIFY(!missing->isEnabled());
        QVERIFY(missing->text().endsWith(QStringLiteral("(missing)")));
        QVERIFY(!w.openFile(copies.at(5)));
        QVERIFY(!w.preferences()->recentFiles().contains(copies.at(5)));
        QCOMPARE(w.preferences()->recentFiles().size(), 9);
    }

    void reloadKeepsSelection()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabaseFromSql(dir, QStringLiteral("live.db"), basicSql(1));
        MainWindow w;
        QVERIFY(w.openFile(path));
        QVERIFY(w.select(QStringLiteral("daily")));
        QCOMPARE(w.pages()->currentWidget(), w.questionPage());
        QCOMPARE(ordersIn(w), 1);

        // Rewrite the file's content (another collect), then F5.
        QTemporaryDir other;
        const QString next = ivtest::buildDatabaseFromSql(other, QStringLiteral("n.db"), basicSql(2));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(next, path));
        QAction *reload = actionWithShortcut(w.menuBar(), QKeySequence(QKeySequence::Refresh).isEmpty()
                                                              ? QKeySequence(Qt::Key_F5)
                                                              : QKeySequence(QKeySequence::Refresh));
        QVERIFY(reload);
        QVERIFY(reload->isEnabled());
        reload->trigger();
        QCOMPARE(w.reloadCount(), 1);
        QCOMPARE(ordersIn(w), 2);
        QCOMPARE(currentLabel(w), QStringLiteral("Orders per day?"));
        QCOMPARE(w.pages()->currentWidget(), w.questionPage());
        QCOMPARE(w.questionPage()->question().label, QStringLiteral("daily"));

        // An app stays selected too.
        QVERIFY(w.select(QStringLiteral("Shop")));
        QVERIFY(w.reload());
        QCOMPARE(currentLabel(w), QStringLiteral("Shop"));

        // A question that is gone falls back to the snapshot.
        QVERIFY(w.select(QStringLiteral("daily")));
        QString sql = basicSql(3);
        sql.replace(QStringLiteral("'daily'"), QStringLiteral("'daily2'"));
        const QString renamed = ivtest::buildDatabaseFromSql(other, QStringLiteral("r.db"), sql);
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::copy(renamed, path));
        QVERIFY(w.reload());
        QCOMPARE(currentLabel(w), QStringLiteral("live.db"));
        QCOMPARE(w.pages()->currentWidget(), w.dashboardPage());

        // A broken replacement keeps what was read before.
        QFile broken(path);
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("not a database");
        broken.close();
        QVERIFY(!w.reload(true));
        QCOMPARE(ordersIn(w), 3);
        QVERIFY(!w.lastError().isEmpty());
    }

    void autoReloadWhenRenamedOver()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabaseFromSql(dir, QStringLiteral("insights.db"), basicSql(10));
        MainWindow w;
        w.watcher()->setDebounceMs(100);
        QVERIFY(w.openFile(path));
        QVERIFY(w.select(QStringLiteral("scatter")));
        QSignalSpy changed(w.watcher(), &SnapshotWatcher::fileChanged);

        for (int round = 1; round <= 2; ++round) { // twice: the watch must survive the rename
            const QString tmp = ivtest::buildDatabaseFromSql(
                dir, QStringLiteral(".insights.db.new%1").arg(round), basicSql(10 + round));
            QElapsedTimer timer;
            timer.start();
            QVERIFY(renameOver(tmp, path));
            QTRY_COMPARE_WITH_TIMEOUT(w.reloadCount(), round, 10000);
            qInfo("replaced on disk -> reloaded in %lld ms (debounce 100 ms)", timer.elapsed());
            QCOMPARE(ordersIn(w), 10 + round);
            QCOMPARE(currentLabel(w), QStringLiteral("Price vs size?"));
            QCOMPARE(w.pages()->currentWidget(), w.questionPage());
        }
        QCOMPARE(changed.count(), 2); // debounced: one reload per replacement

        // Removed, then a new file appears later: the folder watch notices it.
        QVERIFY(QFile::remove(path));
        QTest::qWait(300);
        QCOMPARE(w.reloadCount(), 2); // nothing to read: the old content stays
        QCOMPARE(ordersIn(w), 12);
        const QString later = ivtest::buildDatabaseFromSql(dir, QStringLiteral(".later"), basicSql(50));
        QVERIFY(renameOver(later, path));
        QTRY_COMPARE_WITH_TIMEOUT(w.reloadCount(), 3, 10000);
        QCOMPARE(ordersIn(w), 50);
        QCOMPARE(changed.count(), 3);

        // Files written beside it change nothing.
        QFile neighbour(QDir(dir.path()).filePath(QStringLiteral("notes.txt")));
        QVERIFY(neighbour.open(QIODevice::WriteOnly));
        neighbour.write("x");
        neighbour.close();
        QTest::qWait(400);
        QCOMPARE(w.reloadCount(), 3);

        // After Close nothing is watched.
        w.closeFile();
        const QString tmp = ivtest::buildDatabaseFromSql(dir, QStringLiteral(".new3"), basicSql(99));
        QVERIFY(renameOver(tmp, path));
        QTest::qWait(400);
        QCOMPARE(w.reloadCount(), 3);
        QCOMPARE(w.filePath(), QString());
    }

    // File › Collect…: the dialog's snapshot is opened; run again, the open file is reloaded in place.
    void collectOpensTheSnapshot()
    {
        QTemporaryDir dir;
        QVERIFY(
            !ivtest::buildDatabase(dir, QStringLiteral("source.db"), {QStringLiteral("collect_source.sql")})
                 .isEmpty());
        QFile project(dir.filePath(QStringLiteral("shop.json")));
        QVERIFY(project.open(QIODevice::WriteOnly));
        project.write(
            R"({"output": "shop.db", "sources": {"default": "source.db"}, "apps": [{"module": )"
            R"("shop.insights", "label": "Shop", "metrics": [{"kind": "counter", "label": "orders", )"
            R"("sql": "SELECT count(*) FROM shop_order"}]}]})");
        project.close();

        MainWindow w;
        QVERIFY(w.openFile(m_basic));
        CollectDialog *dialog = w.collect(project.fileName());
        QVERIFY(dialog);
        dialog->consent().grant(); // allowed beforehand: no question box in the test
        dialog->start();
        const QString output = dir.filePath(QStringLiteral("shop.db"));
        QTRY_COMPARE_WITH_TIMEOUT(w.filePath(), output, 20000);
        QCOMPARE(ordersIn(w), 5);
        QTRY_VERIFY(!dialog->isRunning());
        const int reloads = w.reloadCount();
        dialog->start();
        QTRY_VERIFY_WITH_TIMEOUT(w.reloadCount() > reloads, 20000);
        QCOMPARE(w.filePath(), output);
        QTRY_VERIFY(!dialog->isRunning());
        dialog->close();

        // A file that is not a project is refused with a message, and the open file stays.
        QVERIFY(!w.collect(m_markup));
        QVERIFY(!w.lastError().isEmpty());
        auto *box = w.findChild<QMessageBox *>(QStringLiteral("openError"));
        QVERIFY(box);
        QCOMPARE(box->windowTitle(), QStringLiteral("Cannot run the collect project"));
        QCOMPARE(box->text(), w.lastError());
        QCOMPARE(w.filePath(), output);
    }

    void dragAndDrop()
    {
        MainWindow w;
        QMimeData mime;
        mime.setUrls({QUrl(QStringLiteral("https://example.org/insights.db")), QUrl::fromLocalFile(m_markup)});
        const QPoint pos(200, 200);
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(w.filePath(), m_markup); // the local file

        // Several local files (or a folder) are a history: the History page, the open file stays open.
        QMimeData several;
        several.setUrls({QUrl::fromLocalFile(m_markup), QUrl::fromLocalFile(m_basic)});
        QDragEnterEvent enterSeveral(pos, Qt::CopyAction, &several, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enterSeveral);
        QVERIFY(enterSeveral.isAccepted());
        QDropEvent dropSeveral(QPointF(pos), Qt::CopyAction, &several, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &dropSeveral);
        QVERIFY(dropSeveral.isAccepted());
        QVERIFY(w.historyPage());
        QCOMPARE(w.pages()->currentWidget(), w.historyPage());
        QCOMPARE(w.filePath(), m_markup);

        // Qt's drag dispatch passes a drop on to the parent of a widget that does not accept drops: the
        // filter box must not take a file manager's drag (it carries the path as text too) as text to type.
        QVERIFY(!w.sidebar()->filterEdit()->acceptDrops());
        QVERIFY(w.acceptDrops());

        QMimeData remote;
        remote.setUrls({QUrl(QStringLiteral("https://example.org/insights.db"))});
        QDragEnterEvent refuse(pos, Qt::CopyAction, &remote, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &refuse);
        QVERIFY(!refuse.isAccepted());
        QMimeData text;
        text.setText(m_basic);
        QDropEvent textDrop(QPointF(pos), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &textDrop);
        QCOMPARE(w.filePath(), m_markup);
    }

    void shortcuts()
    {
        MainWindow w;
        QMenuBar *bar = w.menuBar();
        const struct
        {
            QKeySequence key;
            const char *text;
        } expected[] = {
            {QKeySequence(Qt::CTRL | Qt::Key_O), "&Open…"},
            {QKeySequence(Qt::CTRL | Qt::Key_W), "&Close"},
            {QKeySequence(Qt::CTRL | Qt::Key_Q), "&Quit"},
            {QKeySequence(Qt::CTRL | Qt::Key_F), "&Find…"},
            {QKeySequence(Qt::Key_F5), "R&eload"},
            {QKeySequence(Qt::CTRL | Qt::Key_Comma), "&Preferences…"},
            {QKeySequence(Qt::Key_F11), "&Full Screen"},
            {QKeySequence(Qt::Key_F6), "&Next Pane"},
            {QKeySequence(Qt::SHIFT | Qt::Key_F6), "&Previous Pane"},
            {QKeySequence(Qt::CTRL | Qt::Key_P), "&Print…"},
        };
        for (const auto &e : expected) {
            QAction *a = actionWithShortcut(bar, e.key);
            QVERIFY2(a, qPrintable(e.key.toString()));
            QCOMPARE(a->text(), QString::fromUtf8(e.text));
            QCOMPARE(a->shortcut(), e.key); // the one the menu shows
        }
        // The menus hold the wired pieces.
        QStringList texts;
        for (QAction *a : allActions(bar))
            texts << a->text();
        for (const char *t :
             {"C&ollect…", "Export &All Charts…", "Export &Report (PDF)…", "&Review This Snapshot",
              "&Compare With…", "Open &Recent", "&About Insights Viewer", "About &Qt"})
            QVERIFY2(texts.contains(QString::fromUtf8(t)), t);
        // Nothing to reload, review or export before a file is open.
        QVERIFY(!actionWithShortcut(bar, QKeySequence(Qt::Key_F5))->isEnabled());
        QVERIFY(!w.exportActions()->exportReportAction()->isEnabled());
        QVERIFY(w.openFile(m_basic));
        QVERIFY(actionWithShortcut(bar, QKeySequence(Qt::Key_F5))->isEnabled());
        QVERIFY(w.exportActions()->exportReportAction()->isEnabled());
        QVERIFY(!w.windowIcon().isNull());
    }

    void keyboardFocus()
    {
        MainWindow w;
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.openFile(m_basic));
        QVERIFY(w.select(QStringLiteral("orders")));
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(w.sidebar()->filterEdit()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QTRY_VERIFY(w.sidebar()->treeView()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QTRY_VERIFY(w.questionPage()->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QTRY_VERIFY(w.sidebar()->filterEdit()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
        QTRY_VERIFY(w.questionPage()->isAncestorOf(QApplication::focusWidget()));
        // Tab goes from the filter to the tree.
        w.sidebar()->filterEdit()->setFocus();
        QTest::keyClick(w.sidebar()->filterEdit(), Qt::Key_Tab);
        QTRY_VERIFY(w.sidebar()->treeView()->hasFocus());
        // Arrow keys in the tree open questions.
        QTest::keyClick(w.sidebar()->treeView(), Qt::Key_Down);
        QCOMPARE(w.pages()->currentWidget(), w.questionPage());
        QVERIFY(w.questionPage()->question().label != QStringLiteral("orders"));
    }

    // The question shown is the context of Export Chart… / Copy Chart / Export Data… in the File menu.
    void chartExportFollowsQuestion()
    {
        MainWindow w;
        QVERIFY(w.openFile(m_basic));
        ChartExportActions *e = w.exportActions();
        QVERIFY(!e->exportChartAction()->isEnabled());
        QVERIFY(w.select(QStringLiteral("daily")));
        QTRY_VERIFY(e->exportChartAction()->isEnabled());
        QVERIFY(e->exportDataAction()->isEnabled());
        QVERIFY(allActions(w.menuBar()).contains(e->exportChartAction()));
        QVERIFY(w.questionPage()->chartView()->actions().contains(e->copyChartAction()));
        QTemporaryDir dir;
        QString error;
        const QString csv = dir.filePath(QStringLiteral("daily.csv"));
        QVERIFY2(e->exportDataTo(csv, false, &error), qPrintable(error));
        QCOMPARE(ivtest::readText(csv).count(QLatin1Char('\n')), 5); // header + 4 points of "daily"
        // A counter: data, but no chart.
        QVERIFY(w.select(QStringLiteral("orders")));
        QVERIFY(!e->exportChartAction()->isEnabled());
        QVERIFY(e->exportDataAction()->isEnabled());
        // The dashboard: neither.
        w.sidebar()->selectSnapshot();
        QVERIFY(!e->exportDataAction()->isEnabled());
    }

    void reviewAndCompare()
    {
        MainWindow w;
        QVERIFY(w.openFile(m_basic));
        w.reviewSnapshot();
        QCOMPARE(w.pages()->currentWidget(), w.reviewPage());
        QCOMPARE(w.reviewPage()->filePath(), m_basic);
        QTRY_VERIFY_WITH_TIMEOUT(w.reviewPage()->report().has_value(), 20000);
        QVERIFY(w.reviewPage()->text().contains(QStringLiteral("basic.db")));

        QSignalSpy done(w.diffPage(), &DiffPage::comparisonFinished);
        w.compareWith(m_markup);
        QCOMPARE(w.pages()->currentWidget(), w.diffPage());
        QVERIFY(done.wait(20000) || done.count() == 1);
        QCOMPARE(done.first().at(0).toInt(), 1); // different snapshots
        QVERIFY(w.diffPage()->diff().has_value());
        QVERIFY(w.diffPage()->table()->rowCount() > 0);
        // Choosing a tree item leaves the compare page.
        QVERIFY(w.select(QStringLiteral("daily")));
        QCOMPARE(w.pages()->currentWidget(), w.questionPage());
    }

    void preferencesApplyLive()
    {
        MainWindow w;
        QVERIFY(w.openFile(m_basic));
        Preferences *p = w.preferences();
        p->setAppName(QStringLiteral("Bookstore"));
        QCOMPARE(w.windowTitle(), QStringLiteral("basic.db — Bookstore"));
        QCOMPARE(w.headerLabel()->text(), QStringLiteral("Bookstore"));
        QVERIFY(!w.headerLabel()->isHidden());
        w.closeFile();
        QCOMPARE(w.windowTitle(), QStringLiteral("Bookstore"));
        QVERIFY(w.openFile(m_basic));

        p->setTheme(Preferences::Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        QVERIFY(w.exportActions()->defaultOptions().dark);
        p->setDarkPrimaryColor(QColor(QStringLiteral("#FF8800")));
        QCOMPARE(ChartStyle::darkTheme().primary, QColor(QStringLiteral("#FF8800")));
        // The dashboard was rebuilt: its gauge is drawn in the dark primary colour.
        QCOMPARE(gaugeColor(w), QColor(QStringLiteral("#FF8800")));
        QCOMPARE(ChartStyle::forPalette(QApplication::palette()).primary, QColor(QStringLiteral("#FF8800")));
        p->setTheme(Preferences::Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
        QVERIFY(!w.exportActions()->defaultOptions().dark);
        p->setLightPrimaryColor(QColor(QStringLiteral("#00AA55")));
        QCOMPARE(ChartStyle::light().primary, QColor(QStringLiteral("#00AA55")));
        QCOMPARE(gaugeColor(w), QColor(QStringLiteral("#00AA55")));
        p->setTheme(Preferences::Theme::System);

        QCOMPARE(w.exportActions()->defaultOptions().dpi, 180);
        p->setExportDpi(300);
        QCOMPARE(w.exportActions()->defaultOptions().dpi, 300);

        p->setLanguage(QStringLiteral("nl"));
        QTRY_COMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&Bestand"));
        QCOMPARE(w.statusText(), m_basic + QStringLiteral(" · alleen-lezen · verzameld 2 januari 2026, 09:30 UTC"));
        p->setLanguage(QStringLiteral("de"));
        QTRY_COMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        // Pages built before the switch are built again in the new language.
        QTemporaryDir dir;
        const QString empty = ivtest::buildDatabaseFromSql(
            dir, QStringLiteral("empty.db"),
            ivtest::readText(ivtest::dataPath(QStringLiteral("schema.sql"))) +
                QStringLiteral("INSERT INTO insights_app (uuid, module, label) VALUES "
                               "('33333333333333333333333333333333', 'empty.insights', 'Empty');"));
        QVERIFY(w.openFile(empty));
        const auto dashboardTexts = [&w] {
            QStringList out;
            for (const QLabel *label : w.dashboardPage()->findChildren<QLabel *>())
                out << label->text();
            return out;
        };
        QVERIFY(dashboardTexts().contains(QStringLiteral("Keine Zähler oder Messwerte in dieser App.")));
        p->setLanguage(QStringLiteral("nl"));
        QTRY_VERIFY(dashboardTexts().contains(QStringLiteral("Geen tellers of meters in deze app.")));
        QVERIFY(w.openFile(m_basic));
        p->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        p->resetToDefaults();
        QCOMPARE(w.windowTitle(), QStringLiteral("basic.db — Insights Viewer"));
    }

    // Every control a keyboard or screen-reader user reaches has a name (its own, its text, or its label's).
    void accessibleNames()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(m_basic));
        QStringList unnamed;
        const auto check = [&unnamed](QWidget *root) {
            for (QWidget *widget : root->findChildren<QWidget *>()) {
                const bool control =
                    qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                    qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QComboBox *>(widget) ||
                    qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QPlainTextEdit *>(widget);
                // Qt's own helpers that take no focus (header sections, the table corner, the line edit's
                // clear icon, the menu bar's overflow arrow) are reached through their owner, not on their
                // own.
                // The editor inside a spin box or combo box is its owner's focus proxy: the owner is checked.
                QWidget *owner = widget->parentWidget();
                if (!control || widget->focusPolicy() == Qt::NoFocus ||
                    qobject_cast<QAbstractSpinBox *>(owner) || qobject_cast<QComboBox *>(owner))
                    continue;
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
                const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
                if (name.isEmpty())
                    unnamed << QStringLiteral("%1 %2 in %3")
                                   .arg(QString::fromLatin1(widget->metaObject()->className()),
                                        widget->objectName(),
                                        QString::fromLatin1(
                                            widget->parentWidget()->metaObject()->className()));
            }
        };
        for (const char *label : {"orders", "daily", "Shop"}) {
            QVERIFY(w.select(QString::fromLatin1(label)));
            check(&w);
        }
        w.reviewSnapshot();
        w.compareWith(m_markup);
        check(&w);
        QTRY_VERIFY_WITH_TIMEOUT(!w.diffPage()->isBusy() && !w.reviewPage()->isBusy(), 20000);
        check(&w);
        // The dialogs the menus open.
        PreferencesDialog preferences(w.preferences(), &w);
        check(&preferences);
        ExportChartDialog exportChart(&w);
        check(&exportChart);
        ExportChartDialog exportAll(&w, true);
        check(&exportAll);
        CollectDialog collect(QDir(m_dir.path()).filePath(QStringLiteral("none.json")), &w);
        check(&collect);
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
        QVERIFY(!w.sidebar()->treeView()->accessibleDescription().isEmpty());
        QVERIFY(!w.sidebar()->filterEdit()->accessibleDescription().isEmpty());
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
