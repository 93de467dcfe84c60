// SPDX-License-Identifier: MIT
// The History page offscreen: trend cards with latest values and changes, the files left out, the whole trend
// of a counter, the overlay of a bucket from two snapshots (paired bars, two lines) with categories named,
// the timeline; and the main window opening a folder as a history.
#include "chartthumbnail.h"
#include "chartview.h"
#include "historyindex.h"
#include "historypage.h"
#include "dashboardpage.h"
#include "valuecard.h"
#include "historysites.h"
#include "historytimelineview.h"
#include "mainwindow.h"
#include "trendcard.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace iv;
using namespace ivtest;

class TestHistoryPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_cache;

private slots:
    void initTestCase()
    {
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cache.path()));
        const QDateTime t0 = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
        buildSite(m_dir, QStringLiteral("c.db"),
                  {QStringLiteral("2026-01-01 04:00:00"), 1000, 12.5, QString(), QString()}, t0);
        buildSite(m_dir, QStringLiteral("b.db"),
                  {QStringLiteral("2026-02-01 04:00:00"), 1050, 12.0, QString(), QString()}, t0);
        buildSite(
            m_dir, QStringLiteral("a.db"),
            {QStringLiteral("2026-03-01 04:00:00"), 1300, 10.0,
             QStringLiteral("(1, NULL, 15, 0, 'qt', 1), (2, NULL, 4, 0, 'rust', 1)"),
             QStringLiteral("INSERT INTO insights_counter (id, created_at, label, question, \"desc\", value, "
                            "app_id) VALUES (3, '2026-03-01 04:00:00', 'refunds', NULL, NULL, 3, "
                            "'11111111111111111111111111111111');")},
            t0);
        QFile corrupt(m_dir.filePath(QStringLiteral("corrupt.db")));
        QVERIFY(corrupt.open(QIODevice::WriteOnly));
        corrupt.write(QByteArray(2048, 'x'));
    }

    void showsTrendsChangesAndSkippedFiles()
    {
        HistoryPage page;
        page.resize(1000, 700);
        page.show();
        QSignalSpy opened(&page, &HistoryPage::historyOpened);
        page.open({m_dir.path()});
        QVERIFY(opened.wait(20000));
        QCOMPARE(opened.at(0).at(0).toInt(), 3);
        QCOMPARE(opened.at(0).at(1).toInt(), 1);
        QVERIFY2(page.heading()->text().contains(
                     QStringLiteral("3 snapshot(s), collected 2026-01-01 04:00:00 to 2026-03-01 04:00:00")),
                 qPrintable(page.heading()->text()));
        QVERIFY(page.skippedLabel()->isVisible());
        QVERIFY(page.skippedLabel()->text().contains(QStringLiteral("corrupt.db: ")));

        const QList<TrendCard *> cards = page.trendCards();
        QCOMPARE(cards.size(), 4); // orders, refunds, basket, posts: the latest snapshot's order
        QCOMPARE(cards.at(0)->label(), QStringLiteral("orders"));
        QCOMPARE(cards.at(0)->valueText(), QStringLiteral("1,300"));
        QCOMPARE(cards.at(0)->changeText(),
                 QStringLiteral("since previous: +250 (+23.8 %)\nsince first: +300 (+30.0 %)"));
        QCOMPARE(cards.at(1)->label(), QStringLiteral("refunds"));
        QCOMPARE(cards.at(1)->changeText(), QStringLiteral("since previous: new"));
        // Every card draws its trend: three points over collection time.
        QTRY_VERIFY(cards.at(0)->thumbnail()->chartView() != nullptr);
        const auto series = cards.at(0)->thumbnail()->chartView()->chart()->series();
        QCOMPARE(series.size(), 1);
        QCOMPARE(qobject_cast<QLineSeries *>(series.at(0))->count(), 3);

        page.showTrend(MetricKind::Gauge, QStringLiteral("basket"));
        QChart *trend = page.trendView()->chart();
        QVERIFY(trend);
        const auto trendSeries = trend->series();
        QCOMPARE(trendSeries.size(), 1);
        QCOMPARE(qobject_cast<QLineSeries *>(trendSeries.at(0))->at(2).y(), 10.0);

        // The timeline: March added refunds; orders and basket moved by more than 10 %.
        QTreeWidget *tree = page.timeline()->tree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->childCount(), 3);
        QVERIFY(tree->topLevelItem(0)->child(1)->text(1).startsWith(
            QStringLiteral("How many orders? (orders): 1,050 → 1,300")));
        page.timeline()->thresholdBox()->setValue(20);
        QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
        QCOMPARE(HistoryTimelineView::thresholdPreference(), 20.0);
        page.timeline()->thresholdBox()->setValue(10);
    }

    void overlaysTwoSnapshotsOfABucket()
    {
        HistoryPage page;
        page.resize(1000, 700);
        page.show();
        QSignalSpy loaded(&page, &HistoryPage::overlayLoaded);
        page.setHistory(HistoryIndex::open({m_dir.path()}));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.constLast().at(0).toString(), QString());
        // Defaults: the previous and the latest snapshot, the latest's first bucket (a timeseries: two
        // lines).
        QCOMPARE(page.olderBox()->currentIndex(), 1);
        QCOMPARE(page.newerBox()->currentIndex(), 2);
        QCOMPARE(page.bucketBox()->currentData().toString(), QStringLiteral("daily"));
        QChart *chart = page.overlayView()->chart();
        QVERIFY(chart);
        const auto lines = chart->series();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(qobject_cast<QLineSeries *>(lines.at(0))->count(), 2);
        QCOMPARE(qobject_cast<QLineSeries *>(lines.at(1))->count(), 2);

        page.bucketBox()->setCurrentIndex(page.bucketBox()->findData(QStringLiteral("bars")));
        QVERIFY(loaded.wait(20000));
        chart = page.overlayView()->chart();
        auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->count(), 2);
        QCOMPARE(bars->barSets().at(0)->count(), 3); // qt, rust, sql
        QCOMPARE(bars->barSets().at(0)->at(0), 12.0);
        QCOMPARE(bars->barSets().at(1)->at(0), 15.0);
        QCOMPARE(bars->barSets().at(1)->at(2), 0.0); // sql is gone
        const QString note = page.overlayNote()->text();
        QVERIFY2(note.contains(QStringLiteral("Categories added: rust")), qPrintable(note));
        QVERIFY(note.contains(QStringLiteral("Categories removed: sql")));
        QVERIFY(note.contains(QStringLiteral("qt: 12 → 15, +3 (+25.0 %)")));
    }

    // Every tab drawn and saved at 800x500 and 1280x800; IV_HISTORY_SCREENSHOTS=OUTDIR keeps the pictures for a
    // person to look at (else a temporary folder), IV_HISTORY_DIR names the snapshots (default: this test's three).
    void screenshots()
    {
        QTemporaryDir pictures;
        const QString out = qEnvironmentVariable("IV_HISTORY_SCREENSHOTS", pictures.path());
        const QString dir = qEnvironmentVariable("IV_HISTORY_DIR", m_dir.path());
        for (const QSize size : {QSize(800, 500), QSize(1280, 800)}) {
            HistoryPage page;
            page.resize(size);
            page.show();
            QSignalSpy loaded(&page, &HistoryPage::overlayLoaded);
            page.setHistory(HistoryIndex::open({dir}));
            QVERIFY(loaded.wait(20000));
            for (int tab = 0; tab < 3; ++tab) {
                page.tabs()->setCurrentIndex(tab);
                QTest::qWait(300);
                QVERIFY(page.grab().save(QStringLiteral("%1/history-%2-%3x%4.png")
                                             .arg(out)
                                             .arg(tab)
                                             .arg(size.width())
                                             .arg(size.height())));
            }
            if (!page.trendCards().isEmpty()) {
                page.tabs()->setCurrentIndex(0);
                page.showTrend(MetricKind::Counter, page.trendCards().at(0)->label());
                QTest::qWait(300);
                page.grab().save(QStringLiteral("%1/history-trend-%2x%3.png")
                                     .arg(out)
                                     .arg(size.width())
                                     .arg(size.height()));
            }
            const int bars = page.bucketBox()->findData(QStringLiteral("barchart_example")) >= 0
                                 ? page.bucketBox()->findData(QStringLiteral("barchart_example"))
                                 : page.bucketBox()->findData(QStringLiteral("bars"));
            if (bars >= 0 && bars != page.bucketBox()->currentIndex()) {
                page.bucketBox()->setCurrentIndex(bars);
                QVERIFY(loaded.wait(20000));
                page.tabs()->setCurrentIndex(1);
                QTest::qWait(300);
                page.grab().save(QStringLiteral("%1/history-bars-%2x%3.png")
                                     .arg(out)
                                     .arg(size.width())
                                     .arg(size.height()));
            }
        }
    }

    void reviewsNewFindingsOnDemand()
    {
        QTemporaryDir dir;
        const QDateTime t0 = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
        buildSite(dir, QStringLiteral("old.db"),
                  {QStringLiteral("2026-01-01 04:00:00"), 1000, 12.5, QString(), QString()}, t0);
        buildSite(
            dir, QStringLiteral("new.db"),
            {QStringLiteral("2026-02-01 04:00:00"), 1000, 12.5,
             QStringLiteral("(1, NULL, 12, 0, 'qt', 1), (2, NULL, 8, 0, 'mail alice.smith@example.com', 1)"),
             QString()},
            t0);
        HistoryPage page;
        page.setHistory(HistoryIndex::open({dir.path()}));
        HistoryTimelineView *timeline = page.timeline();
        QSignalSpy reviewed(timeline, &HistoryTimelineView::findingsReviewed);
        timeline->findingsButton()->click();
        QVERIFY(reviewed.wait(60000));
        QCOMPARE(reviewed.at(0).at(1).toString(), QString());
        QTreeWidget *tree = timeline->tree();
        QTreeWidgetItem *group = tree->topLevelItem(tree->topLevelItemCount() - 1);
        QCOMPARE(group->text(0), QStringLiteral("New review findings"));
        QStringList lines;
        for (int i = 0; i < group->childCount(); ++i)
            lines << group->child(i)->text(1);
        QVERIFY2(lines.filter(QStringLiteral("personal-data-email")).size() == 1,
                 qPrintable(lines.join(QLatin1Char('\n'))));
        // What both files have is not new.
        QCOMPARE(reviewed.at(0).at(0).toInt(), static_cast<int>(lines.size()));
        QVERIFY(HistoryTimelineView::newFindings(dir.filePath(QStringLiteral("new.db")),
                                                 dir.filePath(QStringLiteral("new.db")), nullptr)
                    .isEmpty());
    }

    void windowOpensAFolderAsAHistory()
    {
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        window.openHistory({m_dir.path()});
        QVERIFY(window.historyPage());
        QCOMPARE(window.pages()->currentWidget(), window.historyPage());
        QSignalSpy opened(window.historyPage(), &HistoryPage::historyOpened);
        QVERIFY(opened.wait(20000));
        QCOMPARE(window.historyPage()->history().size(), 3);
    }

    void dashboardCardsShowTheTrend()
    {
        // The latest snapshot open, then its history: the counter's card shows its three values and the change
        // since the previous snapshot; a counter only the latest snapshot has shows none.
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(window.openFile(m_dir.filePath(QStringLiteral("a.db"))));
        window.openHistory({m_dir.path()});
        QSignalSpy opened(window.historyPage(), &HistoryPage::historyOpened);
        QVERIFY(opened.wait(20000));
        ValueCard *orders = nullptr, *refunds = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(window.dashboardPage()->cards().size() >= 2, 10000);
        for (ValueCard *card : window.dashboardPage()->cards()) {
            if (card->question().label == QLatin1String("refunds"))
                refunds = card;
            else if (card->question().label == QLatin1String("orders"))
                orders = card;
        }
        QVERIFY(orders && refunds);
        QCOMPARE(orders->trend().values, (QVector<double>{1000, 1050, 1300}));
        QVERIFY(orders->changeLabel() && orders->changeLabel()->isVisibleTo(orders));
        QVERIFY2(orders->changeLabel()->text().contains(QStringLiteral("+250 (+23.8 %)")),
                 qPrintable(orders->changeLabel()->text()));
        QVERIFY2(orders->changeLabel()->text().contains(QStringLiteral("+300 (+30.0 %)")),
                 qPrintable(orders->changeLabel()->text()));
        QVERIFY(refunds->trend().isEmpty());
        QVERIFY(!refunds->changeLabel() || !refunds->changeLabel()->isVisibleTo(refunds));
        // Back on the dashboard the card grew to hold the trend: nothing of it is cut off.
        window.pages()->setCurrentWidget(window.dashboardPage());
        QTRY_VERIFY(orders->isVisible());
        QVERIFY(orders->height() >= orders->sizeHint().height());
        const QString out = qEnvironmentVariable("IV_HISTORY_SCREENSHOTS");
        if (!out.isEmpty())
            QVERIFY(window.grab().save(out + QStringLiteral("/dashboard-trends.png")));
    }
};

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
