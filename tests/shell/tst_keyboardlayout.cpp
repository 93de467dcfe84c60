// SPDX-License-Identifier: MIT
// The window by keyboard and at small sizes: the window's shortcuts from the filter box, the question tree
// hidden with F9, the layout kept per screen between runs, --select of an unknown label said.
#include "mainwindow.h"
#include "questiontreeview.h"
#include "testsupport.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace iv;

class TestKeyboardLayout : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_basic;

private slots:
    void initTestCase()
    {
        m_basic = ivtest::buildDatabase(m_dir, QStringLiteral("basic.db"),
                                        {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
    }
    void init() { QSettings().clear(); }

    // Ctrl+E is the line edit's "end of line": the filter box, focused at start-up, must leave it (and the
    // window's other Ctrl shortcuts) to the window.
    void shortcutsFromTheFilterBox()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(m_basic));
        QLineEdit *filter = w.sidebar()->filterEdit();
        QKeyEvent ctrlE(QEvent::ShortcutOverride, Qt::Key_E, Qt::ControlModifier);
        QCoreApplication::sendEvent(filter, &ctrlE);
        QVERIFY(!ctrlE.isAccepted());
        // Plain typing stays the filter's.
        QKeyEvent plain(QEvent::ShortcutOverride, Qt::Key_E, Qt::NoModifier, QStringLiteral("e"));
        QCoreApplication::sendEvent(filter, &plain);
        QVERIFY(plain.isAccepted());
    }

    void treeHiddenWithF9()
    {
        MainWindow w;
        w.resize(800, 500);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.sidebar()->isVisible());
        QTest::keyClick(&w, Qt::Key_F9);
        QVERIFY(!w.sidebar()->isVisible());
        QTest::keyClick(&w, Qt::Key_F9);
        QVERIFY(w.sidebar()->isVisible());
        // Narrow enough for a small window.
        QVERIFY(w.sidebar()->minimumWidth() <= 160);
    }

    void layoutKeptBetweenRuns()
    {
        {
            MainWindow w;
            w.resize(900, 600);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QTest::keyClick(&w, Qt::Key_F9);
            w.close(); // saves
        }
        MainWindow again;
        again.resize(1280, 800);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(900, 600));
        QVERIFY(!again.sidebar()->isVisible());
    }

    void unknownSelectionSaid()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(m_basic));
        QVERIFY(w.select(QStringLiteral("daily")));
        QVERIFY(!w.select(QStringLiteral("no_such_label")));
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("no_such_label")),
                 qPrintable(w.statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestKeyboardLayout)
#include "tst_keyboardlayout.moc"
