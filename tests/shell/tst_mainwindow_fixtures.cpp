// SPDX-License-Identifier: MIT
// The main window on the upstream all-kinds fixture: every question can be visited, every chart kind is
// drawn, and the file and its directory stay exactly as they were.
#include "chartview.h"
#include "mainwindow.h"
#include "questionpage.h"
#include "questiontreeview.h"
#include "testsupport.h"
#include "valuecard.h"

#include <QChartView>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace iv;

class TestMainWindowFixtures : public QObject
{
    Q_OBJECT

private slots:
    void visitEveryQuestion()
    {
        const QString path = ivtest::fixturePath(QStringLiteral("bookstore/insights-all-kinds.db"));
        const ivtest::FileState before = ivtest::fileState(path);
        {
            MainWindow w;
            w.show();
            QVERIFY(w.openFile(path));
            QCOMPARE(w.windowTitle(), QStringLiteral("insights-all-kinds.db — Insights Viewer"));
            int charts = 0, cards = 0;
            for (const App &app : w.catalogue().apps) {
                QVERIFY(w.select(app.name()));
                for (const Question &q : app.questions) {
                    QSignalSpy ready(w.questionPage(), &QuestionPage::ready);
                    QVERIFY(w.sidebar()->selectQuestion(q.kind, q.label));
                    QCOMPARE(w.pages()->currentWidget(), w.questionPage());
                    if (!q.isBucket()) {
                        QVERIFY(qobject_cast<ValueCard *>(w.questionPage()->card()));
                        ++cards;
                        continue;
                    }
                    QVERIFY2(ready.wait(20000), qPrintable(q.label));
                    QChart *chart = w.questionPage()->chartView()->chart();
                    QVERIFY2(chart && !chart->series().isEmpty(), qPrintable(q.label));
                    QCOMPARE(w.questionPage()->tableView()->model()->rowCount(), int(q.pointCount));
                    QCOMPARE(w.questionPage()->notes().skipped, 0);
                    QTest::qWait(20); // paint
                    ++charts;
                }
            }
            QCOMPARE(charts, 9);
            QCOMPARE(cards, 12); // 7 + 1 counters and gauges in Books, 1 in Users, 3 in Catalogue
            QVERIFY(w.select(QStringLiteral("share_female_books")));
            QCOMPARE(qobject_cast<ValueCard *>(w.questionPage()->card())->valueText(),
                     QStringLiteral("51.52%")); // a share: the unit the question names
            QVERIFY(w.select(QStringLiteral("mean_age_offset")));
            QCOMPARE(qobject_cast<ValueCard *>(w.questionPage()->card())->valueText(),
                     QStringLiteral("-10.758"));
        }
        QVERIFY(ivtest::fileState(path) == before);
    }
};

QTEST_MAIN(TestMainWindowFixtures)
#include "tst_mainwindow_fixtures.moc"
