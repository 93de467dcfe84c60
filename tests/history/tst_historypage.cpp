// SPDX-License-Identifier: MIT
// The History page offscreen: trend cards with latest values and changes, the files left out, the whole trend
// of a counter, the overlay of a bucket from two snapshots (paired bars, two lines) with categories named,
// the timeline; and the main window opening a folder as a history.
#include "bucketvaluestablemodel.h"
#include "chartthumbnail.h"
#include "chartview.h"
#include "dashboardpage.h"
#include "historyindex.h"
#include "historypage.h"
#include "historysites.h"
#include "historytimelineview.h"
#include "mainwindow.h"
#include "questionpage.h"
#include "questiontreeview.h"
#include "snapshotfile.h"
#include "translations.h"
#include "trendcard.h"
#include "valuecard.h"
#include "welcomepage.h"
#include <QDir>

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
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
#include <QTableView>
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
                     QStringLiteral("3 snapshot(s), collected 2026-01-01 04:00 UTC to 2026-03-01 04:00 UTC")),
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

    // Paired bars name every category in a small window (the chart scrolls instead of hiding or eliding labels
    // to a bare "…"), and beyond a bar chart's count the smallest pairs are summed in one "Others (N)" pair.
    void overlayNamesEveryCategoryAtAnySize_data()
    {
        QTest::addColumn<int>("categories");
        QTest::addColumn<int>("type");
        QTest::newRow("16 hbars") << 16 << 5;
        QTest::newRow("40 hbars, folded") << 40 << 5;
        QTest::newRow("40 bars, folded") << 40 << 4;
    }
    void overlayNamesEveryCategoryAtAnySize()
    {
        QFETCH(int, categories);
        QFETCH(int, type);
        // Names of several scripts and lengths, the same in both snapshots.
        const QStringList stems = {QStringLiteral("Ngozi Okonkwo-Adebayo"), QStringLiteral("محمد بن عبد الله"),
                                   QStringLiteral("שרה לוי"), QStringLiteral("สมชาย ใจดี"),
                                   QStringLiteral("राजेश कुमार शर्मा"), QStringLiteral("王小明"),
                                   QStringLiteral("Ōtautahi Regional Support Desk, Level 3")};
        auto rows = [&](double offset) {
            QStringList out;
            for (int i = 0; i < categories; ++i)
                out << QStringLiteral("(%1, NULL, %2, 0, '%3 %4', 1)")
                           .arg(i + 1)
                           .arg(i + 1 + offset)
                           .arg(stems.at(i % stems.size()))
                           .arg(i + 1);
            return out.join(QStringLiteral(", "));
        };
        const QString retype = QStringLiteral("UPDATE insights_bucket SET type = %1 WHERE label = 'bars';").arg(type);
        QTemporaryDir dir;
        const QDateTime t0 = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
        buildSite(dir, QStringLiteral("old.db"), {QStringLiteral("2026-01-01 04:00:00"), 1, 1, rows(0), retype},
                  t0);
        buildSite(dir, QStringLiteral("new.db"), {QStringLiteral("2026-02-01 04:00:00"), 2, 2, rows(1), retype},
                  t0);
        HistoryPage page;
        page.resize(800, 500);
        page.show();
        QSignalSpy loaded(&page, &HistoryPage::overlayLoaded);
        page.setHistory(HistoryIndex::open({dir.path()}));
        QVERIFY(loaded.wait(20000));
        page.tabs()->setCurrentIndex(1);
        page.bucketBox()->setCurrentIndex(page.bucketBox()->findData(QStringLiteral("bars")));
        if (page.overlayView()->chart() == nullptr ||
            qobject_cast<QAbstractBarSeries *>(page.overlayView()->chart()->series().value(0)) == nullptr)
            QVERIFY(loaded.wait(20000));
        QTest::qWait(200);
        QChart *chart = page.overlayView()->chart();
        QVERIFY(chart);
        QBarCategoryAxis *axis = nullptr;
        for (QAbstractAxis *a : chart->axes())
            if (auto *c = qobject_cast<QBarCategoryAxis *>(a))
                axis = c;
        QVERIFY(axis);
        const QStringList labels = axis->categories();
        const int drawn = std::min(categories, 30);
        QCOMPARE(labels.size(), drawn);
        QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), drawn);
        for (const QString &label : labels) {
            QString letters = label;
            letters.remove(QChar(0x2026));
            QVERIFY2(!letters.trimmed().isEmpty(), qPrintable(labels.join(QLatin1Char('|'))));
        }
        // Room for every label: Qt Charts hides a label that would overlap its neighbour.
        const bool horizontal = type == 5;
        const QRectF plot = chart->plotArea();
        const qreal spacing = (horizontal ? plot.height() : plot.width()) / drawn;
        const QFontMetricsF metrics(axis->labelsFont());
        QVERIFY2(metrics.height() + 2 <= spacing,
                 qPrintable(QStringLiteral("%1 px per category for a %2 px label").arg(spacing).arg(metrics.height())));
        const QString note = page.overlayNote()->text();
        if (categories > 30) {
            // Named whole beside horizontal bars; under vertical ones elided once like every label, its count kept.
            const QString othersLabel = labels.at(horizontal ? 0 : drawn - 1);
            QVERIFY2(horizontal ? othersLabel == QStringLiteral("Others (11)")
                                : othersLabel.startsWith(QStringLiteral("O")) && othersLabel.endsWith(QStringLiteral("11)")),
                     qPrintable(labels.join(QLatin1Char('|'))));
            QVERIFY2(note.contains(QStringLiteral("Showing the 29 largest of 40 categories; the other 11 are summed")),
                     qPrintable(note));
            // The summed pair holds the eleven smallest: 1..11 then 2..12.
            auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().value(0));
            const int others = horizontal ? 0 : drawn - 1;
            QCOMPARE(bars->barSets().at(0)->at(others), 66.0);
            QCOMPARE(bars->barSets().at(1)->at(others), 77.0);
        } else {
            QVERIFY(!note.contains(QStringLiteral("Showing the")));
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

    void skippedReasonFollowsTheUiLanguage()
    {
        // A corrupt file listed in English, then again after the UI language changed: the second opening
        // says why in Dutch, as the file itself would say now, although the index cache is the same.
        // Three snapshots of one site, a corrupt file and a file of another site.
        QTemporaryDir dir;
        const QDateTime t0 = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
        for (int i = 0; i < 3; ++i)
            buildSite(
                dir, QStringLiteral("s%1.db").arg(i),
                {QStringLiteral("2026-0%1-01 04:00:00").arg(i + 1), 1000 + i, 12.5, QString(), QString()},
                t0);
        buildDatabase(dir, QStringLiteral("weather.db"),
                      {QStringLiteral("schema.sql"), QStringLiteral("history_foreign.sql")});
        const QString corrupt = dir.filePath(QStringLiteral("corrupt.db"));
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QTemporaryDir cacheDir;
        HistoryIndex::Options o;
        o.cacheDirectory = cacheDir.path();
        QCOMPARE(Translations::instance()->apply(QStringLiteral("en")), QStringLiteral("en"));
        const History english = HistoryIndex::open({dir.path()}, o);
        QCOMPARE(english.skipped.at(0).path, corrupt);
        QCOMPARE(english.skipped.at(0).reason, english.skipped.at(0).englishReason);

        QCOMPARE(Translations::instance()->apply(QStringLiteral("nl")), QStringLiteral("nl"));
        QString dutch;
        QVERIFY(!SnapshotFile::open(corrupt, &dutch));
        const QString prefix = QDir::toNativeSeparators(corrupt) + QStringLiteral(": ");
        QVERIFY2(dutch.startsWith(prefix), qPrintable(dutch));
        dutch = dutch.mid(prefix.size());
        const History again = HistoryIndex::open({dir.path()}, o);
        Translations::instance()->apply(QStringLiteral("en"));
        QCOMPARE(again.fromCache, 4); // the snapshots and the other site's file came from the cache
        QCOMPARE(again.skipped.at(0).path, corrupt);
        QVERIFY2(dutch != english.skipped.at(0).reason, qPrintable(dutch)); // a translated message
        QCOMPARE(again.skipped.at(0).reason, dutch);
        QCOMPARE(again.skipped.at(0).englishReason, english.skipped.at(0).englishReason);
        // The other site's reason is written by the index itself at each opening.
        QCOMPARE(again.skipped.at(1).englishReason, QStringLiteral("another site (apps weather.insights)"));
    }

    void questionPageShowsTheWholeTrend()
    {
        // A counter's question page while its history is open: the card with the change, the whole trend as
        // a line over the three collection times whose points tell their values on hover, and the snapshots'
        // values in the table. The page was already showing when the history opened: it is drawn again.
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(window.openFile(m_dir.filePath(QStringLiteral("a.db"))));
        QVERIFY(window.openQuestion(MetricKind::Counter, QStringLiteral("orders")));
        QuestionPage *page = window.questionPage();
        QVERIFY(page->trend().values.isEmpty());
        QVERIFY(!page->tableView()->isVisibleTo(page)); // a lone counter: its card alone
        window.openHistory({m_dir.path()});
        QSignalSpy opened(window.historyPage(), &HistoryPage::historyOpened);
        QVERIFY(opened.wait(20000));
        QCOMPARE(page->trend().values.x, (QVector<double>{1000, 1050, 1300})); // drawn again on opening
        QVERIFY(window.openQuestion(MetricKind::Counter, QStringLiteral("orders")));
        QCOMPARE(window.pages()->currentWidget(), page);
        QCOMPARE(page->trend().values.x, (QVector<double>{1000, 1050, 1300}));
        QCOMPARE(page->trend().values.timestamps.at(0),
                 window.historyPage()->history().snapshots.at(0).collectedAt);
        auto *card = qobject_cast<ValueCard *>(page->card());
        QVERIFY(card);
        QVERIFY(card->changeLabel() && card->changeLabel()->isVisibleTo(card));
        QVERIFY2(card->changeLabel()->text().contains(QStringLiteral("+250 (+23.8 %)")),
                 qPrintable(card->changeLabel()->text()));
        QVERIFY(page->tableView()->isVisibleTo(page));
        QCOMPARE(page->tableModel()->rowCount(), 3);

        ChartView *view = page->chartView();
        QTRY_VERIFY(view->isVisible());
        QChart *chart = view->chart();
        QVERIFY(chart);
        QLineSeries *line = nullptr;
        for (QAbstractSeries *series : chart->series())
            if (auto *l = qobject_cast<QLineSeries *>(series); l && l->count() == 3)
                line = l;
        QVERIFY(line);
        const QPoint at = view->mapFromScene(chart->mapToPosition(line->at(1), line));
        QString hover;
        QCOMPARE(view->rowAt(at, 24, &hover), 1);
        QVERIFY2(hover.contains(QStringLiteral("1,050")) || hover.contains(QStringLiteral("1050")),
                 qPrintable(hover));
        // Hovering the point selects its snapshot in the table.
        emit view->hoveredPointIndex(2);
        QCOMPARE(page->tableView()->currentIndex().row(), 2);

        // A counter only the latest snapshot holds has no trend: its card alone.
        QVERIFY(window.openQuestion(MetricKind::Counter, QStringLiteral("refunds")));
        QVERIFY(page->trend().values.isEmpty());
        QVERIFY(!page->tableView()->isVisibleTo(page));
        // The gauge's trend too.
        QVERIFY(window.openQuestion(MetricKind::Gauge, QStringLiteral("basket")));
        QCOMPARE(page->trend().values.x, (QVector<double>{12.5, 12.0, 10.0}));
        const QString out = qEnvironmentVariable("IV_HISTORY_SCREENSHOTS");
        if (!out.isEmpty()) {
            QVERIFY(window.openQuestion(MetricKind::Counter, QStringLiteral("orders")));
            QVERIFY(window.grab().save(out + QStringLiteral("/question-trend-1000x700.png")));
            window.resize(800, 500);
            QTest::qWait(200);
            QVERIFY(window.grab().save(out + QStringLiteral("/question-trend-800x500.png")));
        }
    }

    void questionTreeHiddenBesideAHistoryWithoutAFile()
    {
        // No file open: the History page takes the whole window (an empty question tree would stand beside
        // it); with a file open the tree stays, and it comes back on the other pages.
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(window.sidebar()->isVisible());
        window.openHistory({m_dir.path()});
        QSignalSpy opened(window.historyPage(), &HistoryPage::historyOpened);
        QVERIFY(opened.wait(20000));
        QCOMPARE(window.pages()->currentWidget(), window.historyPage());
        QVERIFY(!window.sidebar()->isVisible());
        QVERIFY(window.historyPage()->width() > 900);
        const QString out = qEnvironmentVariable("IV_HISTORY_SCREENSHOTS");
        if (!out.isEmpty()) {
            QTest::qWait(300); // the cards are laid out
            QVERIFY(window.grab().save(out + QStringLiteral("/history-without-file.png")));
        }
        QVERIFY(window.openFile(m_dir.filePath(QStringLiteral("a.db"))));
        QVERIFY(window.sidebar()->isVisible());
        window.pages()->setCurrentWidget(window.historyPage());
        QVERIFY(window.sidebar()->isVisible()); // the open file's questions
        MainWindow empty;
        empty.resize(1000, 700);
        empty.show();
        empty.openHistory({m_dir.path()});
        QVERIFY(!empty.sidebar()->isVisible());
        empty.pages()->setCurrentWidget(empty.welcomePage());
        QVERIFY(empty.sidebar()->isVisible());
    }
};

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
