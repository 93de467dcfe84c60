// SPDX-License-Identifier: MIT
// Scale: a dashboard of 10,000 counters is built lazily and every card stays reachable; big bar
// charts fold into top-N plus "others" with the total preserved; exports of big series go through the
// reductions at the export resolution; app-page thumbnails load as they scroll into view.
#include "apppage.h"
#include "bucketloader.h"
#include "bucketvaluestablemodel.h"
#include "cardgrid.h"
#include "chartbuilder.h"
#include "chartreducer.h"
#include "chartrenderer.h"
#include "chartthumbnail.h"
#include "dashboardpage.h"
#include "snapshotfile.h"
#include "testsupport.h"
#include "timestamp.h"
#include "valuecard.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QRandomGenerator>
#include <QScatterSeries>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include "cardgrid.h"
#include <QLabel>
#include <QTest>

#include <cmath>
#include <memory>

using namespace iv;

namespace {

Catalogue bigCatalogue(int apps, int countersPerApp)
{
    Catalogue c;
    int n = 0;
    for (int a = 0; a < apps; ++a) {
        App app;
        app.uuid = QStringLiteral("%1").arg(a + 1, 32, 10, QLatin1Char('0'));
        app.label = QStringLiteral("App %1").arg(a);
        for (int i = 0; i < countersPerApp; ++i, ++n) {
            Question q;
            q.kind = MetricKind::Counter;
            q.id = n + 1;
            q.label = QStringLiteral("counter_%1").arg(n, 5, 10, QLatin1Char('0'));
            q.question = QStringLiteral("How many things of sort %1?").arg(n);
            q.intValue = n * 7;
            q.value = double(q.intValue);
            q.valueValid = true;
            q.valueIsInteger = true;
            q.appUuid = app.uuid;
            app.questions << q;
        }
        c.apps << app;
    }
    return c;
}

// The ValueCard under the middle of the viewport, if any.
ValueCard *cardAtCentre(QScrollArea &area)
{
    for (int dy : {0, 20, 40, -20, 60}) {
        QWidget *w =
            area.viewport()->childAt(area.viewport()->rect().center() + QPoint(-area.width() / 4, dy));
        while (w && !qobject_cast<ValueCard *>(w))
            w = w->parentWidget();
        if (w)
            return qobject_cast<ValueCard *>(w);
    }
    return nullptr;
}

Question barQuestion(MetricKind kind)
{
    Question q;
    q.kind = kind;
    q.bucketType = kind == MetricKind::Barchart ? 4 : 5;
    q.label = QStringLiteral("bars");
    q.xlabel = QStringLiteral("Endpoint");
    q.ylabel = QStringLiteral("Requests");
    return q;
}

BucketValues bars(int n)
{
    BucketValues v;
    for (int i = 0; i < n; ++i) {
        v.ids << i + 1;
        v.timestamps << Timestamp::Invalid;
        v.x << double((i * 37) % n + 1); // 1..n, shuffled
        v.y << 0;
        v.categoryIndex << v.internCategory(
            QStringLiteral("/api/endpoint/%1").arg(i, 3, 10, QLatin1Char('0')));
    }
    return v;
}

} // namespace

class TestScale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void dashboardOfTenThousandCountersIsLazy()
    {
        const Catalogue catalogue = bigCatalogue(40, 250);
        DashboardPage page;
        page.resize(900, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setCatalogue(catalogue);
        QCOMPARE(page.cardCount(), 10000);
        QVERIFY(page.cards().size() <= DashboardPage::kEagerCards);
        QTest::qWait(100);
        const int afterShow = int(page.cards().size());
        QVERIFY2(afterShow < 200, qPrintable(QString::number(afterShow)));
        QVERIFY(page.findChildren<QWidget *>().size() < 1500);
        // The first cards are the first counters, with their values.
        QCOMPARE(page.cards().first()->question().label, QStringLiteral("counter_00000"));
        QTRY_VERIFY(cardAtCentre(page)); // built on a queued pass: polled, so a loaded machine is not a failure

        // Scrolling anywhere shows built cards, in order; the full height is there from the start.
        QScrollBar *bar = page.verticalScrollBar();
        QVERIFY(bar->maximum() > 40 * 80 * 10); // 10,000 cards in rows of three
        QString previous;
        for (int step = 1; step <= 8; ++step) {
            bar->setValue(bar->maximum() * step / 8);
            // Built within a few event-loop turns (chunks of 12); generous for a loaded machine.
            QTRY_VERIFY2_WITH_TIMEOUT(cardAtCentre(page),
                                      qPrintable(QStringLiteral("no card at step %1").arg(step)), 5000);
            ValueCard *card = cardAtCentre(page);
            QVERIFY(card->question().label > previous);
            previous = card->question().label;
            QCOMPARE(card->valueText(), QLocale().toString(card->question().intValue));
        }
        ValueCard *last = nullptr;
        for (ValueCard *c : page.cards())
            if (c->question().label == QLatin1String("counter_09999"))
                last = c;
        QVERIFY(last);
        QVERIFY(page.cards().size() < 1000); // only what was on (or near) the screen

        // Any card can be revealed: it is built and scrolled into view.
        ValueCard *revealed = page.revealCard(QStringLiteral("counter_04321"));
        QVERIFY(revealed);
        QCOMPARE(revealed->valueText(), QStringLiteral("30,247"));
        QCoreApplication::processEvents();
        const QRect inViewport(revealed->mapTo(page.viewport(), QPoint(0, 0)), revealed->size());
        QVERIFY(page.viewport()->rect().intersects(inViewport));
    }

    // A row of cards is one height (a gauge or a long question makes the row taller); the counters beside it
    // keep their text at the top rather than floating in the middle.
    void cardRowsHaveOneHeight()
    {
        auto question = [](MetricKind kind, const QString &label, const QString &text) {
            Question q;
            q.kind = kind;
            q.label = label;
            q.question = text;
            q.intValue = 42;
            q.value = 2.5;
            q.valueValid = true;
            q.valueIsInteger = kind == MetricKind::Counter;
            return q;
        };
        CardGrid grid({question(MetricKind::Counter, QStringLiteral("a"), QStringLiteral("Short?")),
                       question(MetricKind::Gauge, QStringLiteral("b"), QStringLiteral("Share (%)?")), // has an arc
                       question(MetricKind::Counter, QStringLiteral("c"),
                                QStringLiteral("A much longer question that wraps over three or more lines of "
                                               "the card?")),
                       question(MetricKind::Counter, QStringLiteral("d"), QStringLiteral("Next row?"))},
                      3);
        grid.resize(grid.sizeHint());
        grid.show();
        for (int i = 0; i < 4; ++i)
            QVERIFY(grid.cardAt(i));
        const QList<ValueCard *> cards = grid.cards();
        QCOMPARE(cards.size(), 4);
        QCOMPARE(cards.at(0)->height(), cards.at(1)->height());
        QCOMPARE(cards.at(2)->height(), cards.at(1)->height());
        QCOMPARE(cards.at(0)->geometry(), grid.cardRect(0));
        QVERIFY(cards.at(3)->height() < cards.at(0)->height()); // a row of plain counters stays compact
        QVERIFY(cards.at(3)->y() >= cards.at(0)->geometry().bottom());
        // The short counter's value sits right under its question, not mid-card.
        auto *value = cards.at(0)->findChild<QLabel *>(QStringLiteral("value"));
        QVERIFY(value);
        QVERIFY2(value->geometry().bottom() < cards.at(0)->height() / 2 + 20,
                 qPrintable(QStringLiteral("%1 of %2").arg(value->geometry().bottom()).arg(cards.at(0)->height())));
    }

    void bigBarChartKeepsTopNAndTotal()
    {
        const BucketValues v = bars(500);
        double total = 0;
        for (double x : v.x)
            total += x;
        for (MetricKind kind : {MetricKind::Barchart, MetricKind::Hbarchart}) {
            ChartNotes notes;
            std::unique_ptr<QChart> chart(
                ChartBuilder::build(barQuestion(kind), v, ChartStyle::light(), &notes));
            auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().first());
            QVERIFY(series);
            QBarSet *set = series->barSets().first();
            const int maxBars = ChartBuilder::maxBars(ChartStyle::light());
            QCOMPARE(set->count(), maxBars);
            double sum = 0, others = -1, smallestKept = 1e9;
            auto *axis = qobject_cast<QBarCategoryAxis *>(
                chart->axes(kind == MetricKind::Barchart ? Qt::Horizontal : Qt::Vertical).first());
            for (int i = 0; i < set->count(); ++i) {
                sum += set->at(i);
                if (axis->at(i) == QStringLiteral("Others (%1)").arg(500 - (maxBars - 1)))
                    others = set->at(i);
                else
                    smallestKept = std::min(smallestKept, set->at(i));
            }
            QCOMPARE(sum, total); // nothing lost: the rest is summed in "others"
            // The kept bars are the largest: 500 down to 500 - maxBars + 2; others = 1 + … + (500 - maxBars +
            // 1).
            QCOMPARE(smallestKept, double(500 - maxBars + 2));
            const double n = 500 - maxBars + 1;
            QCOMPARE(others, n * (n + 1) / 2);
            QVERIFY(notes.message.contains(QStringLiteral("largest of 500 bars")));
            // The others bar is cut off at the top of the scale, so the note gives its total.
            QVERIFY2(notes.message.contains(QStringLiteral("(total %1,").arg(QLocale().toString(others, 'g', 12))),
                     qPrintable(notes.message));
            QVERIFY(set->isBarSelected(kind == MetricKind::Barchart ? maxBars - 1 : set->count() - 1) ||
                    set->selectedBars().size() == 1);
        }
        // A chart that fits is left alone.
        std::unique_ptr<QChart> small(
            ChartBuilder::build(barQuestion(MetricKind::Barchart), bars(12), ChartStyle::light()));
        QCOMPARE(qobject_cast<QBarSeries *>(small->series().first())->barSets().first()->count(), 12);
    }

    void exportOfBigTimeseriesIsReducedAtExportWidth()
    {
        Question q;
        q.kind = MetricKind::Timeseries;
        q.bucketType = 1;
        q.label = QStringLiteral("big");
        q.xformat = QStringLiteral("%Y-%m-%d");
        BucketValues v;
        const int n = 300000;
        v.reserve(n);
        QRandomGenerator rng(3);
        for (int i = 0; i < n; ++i) {
            v.ids << i + 1;
            v.timestamps << 1735689600LL * 1000000 + qint64(i) * 60 * 1000000;
            v.x << rng.bounded(1000.0);
            v.y << 0;
            v.categoryIndex << -1;
        }
        RenderOptions options; // 8 × 4 in
        options.dpi = 100;     // 800 px wide
        std::unique_ptr<QChart> chart(ChartRenderer::buildChart(q, v, options.style()));
        ChartReducer *reducer = ChartReducer::of(chart.get());
        QVERIFY(reducer);
        const QImage image = ChartRenderer::renderImage(chart.get(), options.inches(), options.dpi);
        QCOMPARE(image.width(), 800);
        const int width = reducer->lastWidth();
        QVERIFY2(width > 600 && width <= 800, qPrintable(QString::number(width))); // the plot area, in pixels
        const int drawn = qobject_cast<QLineSeries *>(chart->series().first())->count();
        QVERIFY(drawn <= 4 * width + 2);
        QVERIFY(drawn >= 2 * width); // min and max of every column at least
        // The same chart at 300 dpi is reduced at 3 × the width, not at the layout's.
        (void)ChartRenderer::renderImage(chart.get(), options.inches(), 300);
        QVERIFY(std::abs(reducer->lastWidth() - 3 * width) <= 3);
        // And the column extremes are those of the full data: the drawn max equals the data's max.
        double dataMax = 0, drawnMax = 0;
        for (double y : v.x)
            dataMax = std::max(dataMax, y);
        const auto points = qobject_cast<QLineSeries *>(chart->series().first())->points();
        for (const QPointF &p : points)
            drawnMax = std::max(drawnMax, p.y());
        QCOMPARE(drawnMax, dataMax);
    }

    void exportOfBigScatterIsDensityReduced()
    {
        Question q;
        q.kind = MetricKind::Scatterplot;
        q.bucketType = 3;
        q.label = QStringLiteral("scatter");
        BucketValues v;
        const int n = 200000;
        v.reserve(n);
        QRandomGenerator rng(5);
        for (int i = 0; i < n; ++i) {
            v.ids << i + 1;
            v.timestamps << Timestamp::Invalid;
            v.x << rng.bounded(50000.0) + (i % 4) * 10000;
            v.y << rng.bounded(1000.0);
            v.categoryIndex << v.internCategory(QStringLiteral("node-%1").arg(i % 4));
        }
        RenderOptions options;
        ChartNotes notes;
        std::unique_ptr<QChart> chart(ChartRenderer::buildChart(q, v, options.style(), &notes));
        (void)ChartRenderer::renderImage(chart.get(), options.inches(), options.dpi);
        ChartReducer *reducer = ChartReducer::of(chart.get());
        QVERIFY(reducer);
        int drawn = 0;
        for (QAbstractSeries *s : chart->series())
            drawn += qobject_cast<QScatterSeries *>(s)->count();
        QCOMPARE(chart->series().size(), 4);
        QCOMPARE(drawn, reducer->shownCount());
        QVERIFY(drawn <= ChartReducer::kMaxScatterPoints);
        QVERIFY(drawn > ChartReducer::kMaxScatterPoints / 4);
        QCOMPARE(reducer->totalCount(), n);
        QVERIFY(reducer->note().contains(QStringLiteral("of 200,000 points")));
        QVERIFY(notes.message.contains(QStringLiteral("200,000")));
    }

    void tableModelFetchesInBatches()
    {
        BucketValues v;
        for (int i = 0; i < 25000; ++i) {
            v.ids << i + 1;
            v.timestamps << Timestamp::Invalid;
            v.x << i;
            v.y << 0;
            v.categoryIndex << -1;
        }
        BucketValuesTableModel model;
        model.setValues(Question(), v);
        QCOMPARE(model.rowCount(), BucketValuesTableModel::kBatch);
        QCOMPARE(model.totalRows(), 25000);
        QVERIFY(model.canFetchMore(QModelIndex()));
        QVERIFY(model.ensureRow(21000));
        QCOMPARE(model.rowCount(), 25000);
        QCOMPARE(model.index(21000, BucketValuesTableModel::IdColumn).data().toString(),
                 QStringLiteral("21001"));
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QVERIFY(!model.ensureRow(25000));
        // (The tester calls fetchMore() from inside its own change checks, so it watches the fetched model.)
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore(QModelIndex()));
    }

    void appPageThumbnailsLoadWhenScrolledIntoView()
    {
        // One app with 12 timeseries: the first two rows load at once, the rest when scrolled to.
        QString sql = QStringLiteral("INSERT INTO insights_app (uuid, module, label) VALUES "
                                     "('11111111111111111111111111111111', 'shop.insights', 'Shop');\n");
        for (int b = 1; b <= 12; ++b) {
            sql += QStringLiteral(
                       "INSERT INTO insights_bucket (id, created_at, label, question, \"desc\", type, "
                       "xlabel, xformat, ylabel, yformat, title, app_id) VALUES (%1, "
                       "'2026-01-01 00:00:00', 'b%1', 'Bucket %1?', NULL, 1, 'Day', '%Y-%m-%d', "
                       "'N', NULL, NULL, '11111111111111111111111111111111');\n")
                       .arg(b);
            for (int i = 0; i < 3; ++i)
                sql +=
                    QStringLiteral("INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, "
                                   "bucket_id) VALUES ('2026-01-0%1 00:00:00', %2, 0, NULL, %3);\n")
                        .arg(i + 1)
                        .arg(i * b)
                        .arg(b);
        }
        QTemporaryDir dir;
        const QString db = ivtest::buildDatabaseFromSql(
            dir, QStringLiteral("thumbs.db"),
            ivtest::readText(ivtest::dataPath(QStringLiteral("schema.sql"))) + sql);
        QString error;
        auto file = SnapshotFile::open(db, &error);
        QVERIFY2(file, qPrintable(error));
        const Catalogue catalogue = *file->readCatalogue(&error);
        AppPage page;
        page.resize(800, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setApp(db, catalogue.apps.first());
        QCOMPARE(page.thumbnails().size(), 12);
        QTRY_VERIFY_WITH_TIMEOUT(!page.loader()->isBusy(), 5000);
        QTest::qWait(50);
        auto drawnCount = [&] {
            int n = 0;
            for (ChartThumbnail *t : page.thumbnails())
                n += t->chartView() ? 1 : 0;
            return n;
        };
        const int first = drawnCount();
        QVERIFY2(first >= AppPage::kEagerThumbnails && first < 12, qPrintable(QString::number(first)));
        QVERIFY(page.requested().size() < 12);
        page.verticalScrollBar()->setValue(page.verticalScrollBar()->maximum());
        QTRY_COMPARE_WITH_TIMEOUT(drawnCount(), 12, 5000);
        QCOMPARE(page.requested().size(), 12);
    }
};

QTEST_MAIN(TestScale)
#include "tst_scale.moc"
