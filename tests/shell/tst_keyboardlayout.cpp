// SPDX-License-Identifier: MIT
// The window by keyboard and at small sizes: the window's shortcuts from the filter box, the question tree
// hidden with F9, the layout kept per screen between runs, --select of an unknown label said in the status
// bar and on stderr.
#include "apppage.h"
#include "chartthumbnail.h"
#include "mainwindow.h"
#include "questiontreeview.h"
#include "testsupport.h"
#include "valuecard.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
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

    // Every editor of the window, not only the filter box: a window action on Ctrl+K (the line edit's
    // "delete to the end of the line") fires from each; a widget's own action (Copy) leaves Ctrl+C to it.
    void shortcutsFromEveryEditor()
    {
        MainWindow w;
        w.resize(900, 600);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(m_basic));
        auto *windowAction = new QAction(&w);
        windowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
        w.addAction(windowAction);
        const auto editors = w.findChildren<QLineEdit *>();
        QVERIFY(editors.size() >= 3); // the filter box, the Compare page's and the Review page's fields
        for (QLineEdit *editor : editors) {
            QKeyEvent ctrlK(QEvent::ShortcutOverride, Qt::Key_K, Qt::ControlModifier);
            QCoreApplication::sendEvent(editor, &ctrlK);
            QVERIFY2(!ctrlK.isAccepted(),
                     qPrintable(editor->objectName() + QLatin1Char(' ') +
                                QString::fromLatin1(editor->parentWidget()->metaObject()->className())));
            QKeyEvent copy(QEvent::ShortcutOverride, Qt::Key_C, Qt::ControlModifier);
            QCoreApplication::sendEvent(editor, &copy);
            QVERIFY(copy.isAccepted());
        }
        // And the action really fires from the focused filter box (the key goes to the focus widget).
        QLineEdit *filter = w.sidebar()->filterEdit();
        w.activateWindow();
        filter->setFocus();
        QTRY_VERIFY(filter->hasFocus());
        QSignalSpy triggered(windowAction, &QAction::triggered);
        QTest::keyClick(filter, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(triggered.size(), 1);
    }

    // Tab walks an app page in reading order: from the first card through every card, then every chart
    // thumbnail, each showing it has the focus (FocusFrame).
    void tabWalksCardsThenThumbnails()
    {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.openFile(m_basic));
        QVERIFY(w.select(QStringLiteral("Shop")));
        QTRY_VERIFY(!w.appPage()->cards().isEmpty() && !w.appPage()->thumbnails().isEmpty());
        QList<QWidget *> expected;
        for (ValueCard *card : w.appPage()->cards())
            expected << card;
        for (ChartThumbnail *thumbnail : w.appPage()->thumbnails())
            expected << thumbnail;
        QVERIFY(expected.size() >= 3);
        expected.first()->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), expected.first());
        for (int i = 1; i < expected.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTRY_VERIFY2(QApplication::focusWidget() == expected.at(i),
                         qPrintable(QStringLiteral("Tab %1 went to %2")
                                        .arg(i)
                                        .arg(QString::fromLatin1(
                                            QApplication::focusWidget()->metaObject()->className()))));
        }
        // Shift+Tab goes back.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        QTRY_COMPARE(QApplication::focusWidget(), expected.at(expected.size() - 2));
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

    // Window size, the tree pane's width and the question page's chart/table split come back, kept under
    // the screen they were left on (its name and size: a laptop screen and a monitor each keep their own).
    void layoutKeptBetweenRuns()
    {
        auto questionSplitter = [](MainWindow &w) -> QSplitter * {
            const auto splitters = w.findChildren<QSplitter *>();
            for (QSplitter *s : splitters)
                if (s->parentWidget() &&
                    qstrcmp(s->parentWidget()->metaObject()->className(), "iv::QuestionPage") == 0)
                    return s;
            return nullptr;
        };
        QList<int> treeSizes, questionSizes;
        {
            MainWindow w;
            w.resize(900, 600);
            w.move(37, 41);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.openFile(m_basic));
            QVERIFY(w.select(QStringLiteral("daily")));
            auto *main = qobject_cast<QSplitter *>(w.centralWidget());
            QVERIFY(main);
            main->setSizes({190, 700});
            treeSizes = main->sizes();
            QSplitter *question = questionSplitter(w);
            QVERIFY(question && question->isVisible());
            const int total = question->sizes().value(0) + question->sizes().value(1);
            question->setSizes({total / 4, total - total / 4});
            questionSizes = question->sizes();
            QTest::keyClick(&w, Qt::Key_F9);
            w.close(); // saves
        }
        const QScreen *screen = QGuiApplication::primaryScreen();
        const QString key = QStringLiteral("window/%1-%2x%3/")
                                .arg(screen->name())
                                .arg(screen->size().width())
                                .arg(screen->size().height());
        QVERIFY2(QSettings().contains(key + QStringLiteral("geometry")),
                 qPrintable(QSettings().allKeys().join(u' ')));
        MainWindow again;
        again.resize(1280, 800);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(900, 600));
        QCOMPARE(again.pos(), QPoint(37, 41));
        QVERIFY(!again.sidebar()->isVisible());
        QTest::keyClick(&again, Qt::Key_F9);
        QTRY_COMPARE(qobject_cast<QSplitter *>(again.centralWidget())->sizes(), treeSizes);
        QVERIFY(again.openFile(m_basic));
        QVERIFY(again.select(QStringLiteral("daily")));
        QSplitter *question = questionSplitter(again);
        QVERIFY(question);
        QTRY_COMPARE(question->sizes(), questionSizes);
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

    // The command line says it too: `insights-viewer FILE --select LABEL` with an unknown label writes the
    // file and the label on stderr while the window opens (stopped by the test once said).
    void unknownSelectionOnStderr()
    {
        QTemporaryDir home;
        QProcess viewer;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        viewer.setProcessEnvironment(env);
        viewer.start(QStringLiteral(IV_VIEWER_BINARY),
                     {m_basic, QStringLiteral("--select"), QStringLiteral("no_such_label")});
        QVERIFY(viewer.waitForStarted());
        QByteArray err;
        QDeadlineTimer deadline(60000);
        while (!err.contains("no_such_label") && !deadline.hasExpired() &&
               viewer.state() == QProcess::Running) {
            viewer.waitForReadyRead(200);
            err += viewer.readAllStandardError();
        }
        viewer.kill();
        viewer.waitForFinished();
        err += viewer.readAllStandardError();
        QVERIFY2(
            err.contains("insights-viewer: " + m_basic.toUtf8() + ": no question or app \"no_such_label\""),
            err.constData());
    }
};

QTEST_MAIN(TestKeyboardLayout)
#include "tst_keyboardlayout.moc"
