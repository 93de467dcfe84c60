// SPDX-License-Identifier: MIT
// Charts that do not mislead: value axes around the data with whole markers at the edges, bars from 0 with
// every bar and value labelled (hbar labels carrying yvalue as upstream's), and merged scatter cells that
// keep the density.
#include "chartbuilder.h"
#include "chartreducer.h"
#include "reduction.h"
#include "timestamp.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QDateTime>
#include <QTimeZone>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QRandomGenerator>
#include <QScatterSeries>
#include <QTest>
#include <QValueAxis>
#include <QtCharts/QChart>

#include <memory>

using namespace iv;

namespace {

// A chart laid out in a scene at a size; the chart leaves the scene (which would delete it) at the end.
struct LaidOut
{
    QGraphicsScene scene;
    QChart *chart;
    LaidOut(QChart *c, QSizeF size) : chart(c)
    {
        scene.addItem(chart);
        chart->resize(size);
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        }
    }
    ~LaidOut() { scene.removeItem(chart); }
    QGraphicsScene *get() { return &scene; }
};
std::unique_ptr<LaidOut> layOut(QChart *chart, QSizeF size)
{
    return std::make_unique<LaidOut>(chart, size);
}

QValueAxis *valueAxis(QChart *chart, Qt::Orientation o)
{
    const auto axes = chart->axes(o);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
}

// Visible axis label texts of the chart, laid out.
QStringList visibleTexts(QGraphicsScene *scene)
{
    QStringList out;
    const auto items = scene->items();
    for (QGraphicsItem *item : items)
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            if (text->isVisible() && text->isVisibleTo(nullptr))
                out << text->toPlainText();
    return out;
}

QList<QGraphicsSimpleTextItem *> barValueItems(QChart *chart)
{
    QList<QGraphicsSimpleTextItem *> out;
    const auto children = chart->childItems();
    for (QGraphicsItem *item : children)
        if (item->data(0).toString() == QLatin1String("iv_barvalue"))
            out << static_cast<QGraphicsSimpleTextItem *>(item);
    return out;
}

Question bucket(MetricKind kind, int type)
{
    Question q;
    q.kind = kind;
    q.bucketType = type;
    q.label = QStringLiteral("b");
    q.xlabel = QStringLiteral("X");
    q.ylabel = QStringLiteral("Y");
    return q;
}

void addRow(BucketValues &v, double x, double y, const QString &category = QString(),
            qint64 ts = Timestamp::Invalid)
{
    v.ids << v.ids.size() + 1;
    v.x << x;
    v.y << y;
    v.timestamps << ts;
    v.categoryIndex << v.internCategory(category);
}

// The marker of point p of series is drawn whole inside the plot area.
bool markerWhole(QChart *chart, QXYSeries *series, QPointF p, qreal marker)
{
    const QPointF c = chart->mapToPosition(p, series);
    const QRectF box(c.x() - marker / 2, c.y() - marker / 2, marker, marker);
    return chart->plotArea().contains(box);
}

} // namespace

class TestChartBuilderHonest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void zeroOnlyWhenNear_data()
    {
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::addColumn<bool>("zero");
        QTest::newRow("score 3.58..4.05") << 3.58 << 4.05 << false;
        QTest::newRow("counts 5..9") << 5.0 << 9.0 << false;
        QTest::newRow("counts 1..40") << 1.0 << 40.0 << true;
        QTest::newRow("near: min within a third of the span") << 20.0 << 80.0 << true;
        QTest::newRow("crossing") << -3.0 << 4.0 << true;
        QTest::newRow("negative near") << -40.0 << -1.0 << true;
        QTest::newRow("negative far") << -4.05 << -3.58 << false;
        QTest::newRow("big far") << 1e6 << 1.1e6 << false;
    }
    void zeroOnlyWhenNear()
    {
        QFETCH(double, lo);
        QFETCH(double, hi);
        QFETCH(bool, zero);
        QCOMPARE(ChartBuilder::includesZero(lo, hi), zero);
        double a = 0, b = 0;
        ChartBuilder::dataRange(lo, hi, 7, 300, &a, &b);
        QVERIFY(a < lo && b > hi); // room on both sides, always
        if (zero)
            QVERIFY(a < 0 || (lo < 0 && b > 0));
        else
            QVERIFY(lo > 0 ? a > 0 : b < 0);
    }

    void scoreLineIsNotFlattenedAndMarkersAreWhole()
    {
        // A satisfaction score moving from 3.58 to 4.05 (upstream's matplotlib shows the movement).
        BucketValues v;
        const QList<double> scores{3.58, 3.71, 3.66, 3.9, 4.05};
        const qint64 day = qint64(86400) * 1000000;
        for (int i = 0; i < scores.size(); ++i)
            addRow(v, scores.at(i), 0, QString(), 1764547200000000LL + i * day);
        std::unique_ptr<QChart> chart(
            ChartBuilder::build(bucket(MetricKind::Timeseries, 1), v, ChartStyle()));
        QVERIFY(chart);
        auto *y = valueAxis(chart.get(), Qt::Vertical);
        QVERIFY(y);
        QVERIFY2(y->min() > 3 && y->min() < 3.58, qPrintable(QString::number(y->min())));
        QVERIFY(y->max() > 4.05 && y->max() < 4.2);
        // The movement fills most of the plot: 0.47 of a range under 0.6.
        QVERIFY(y->max() - y->min() < 0.6);
        auto scene = layOut(chart.get(), QSizeF(1440, 720));
        auto *line = qobject_cast<QLineSeries *>(chart->series().first());
        QVERIFY(line && line->pointsVisible());
        QCOMPARE(line->count(), 5);
        const qreal marker = line->markerSize();
        for (int i = 0; i < line->count(); ++i)
            QVERIFY2(markerWhole(chart.get(), line, line->at(i), marker), qPrintable(QString::number(i)));
        // Also on a small plot (a page at 800×500).
        chart->resize(560, 300);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        for (int i = 0; i < line->count(); ++i)
            QVERIFY(markerWhole(chart.get(), line, line->at(i), marker));
    }

    // Negative values whose labels fit nowhere in a small plot: the value axis says how many are not written
    // (none silently dropped); at full size every one is written and the axis says nothing more.
    void valueLabelsLeftOutAreSaid()
    {
        BucketValues v;
        for (int i = 0; i < 16; ++i)
            addRow(v, -119589.01 - i * 1000.5, 0, QStringLiteral("Währung %1").arg(i));
        std::unique_ptr<QChart> chart(ChartBuilder::build(bucket(MetricKind::Barchart, 4), v, ChartStyle()));
        auto *values = valueAxis(chart.get(), Qt::Vertical);
        QVERIFY(values);
        {
            auto scene = layOut(chart.get(), QSizeF(320, 200));
            const int leftOut = chart->property("iv_valueLabelsLeftOut").toInt();
            QVERIFY(leftOut > 0);
            int hidden = 0;
            for (QGraphicsSimpleTextItem *item : barValueItems(chart.get()))
                hidden += item->isVisible() ? 0 : 1;
            QCOMPARE(hidden, leftOut);
            QVERIFY2(values->titleText().contains(QString::number(leftOut)) &&
                         values->titleText().contains(QLatin1String("not written")),
                     qPrintable(values->titleText()));
            QVERIFY2(values->titleText().startsWith(QLatin1String("Y (")), qPrintable(values->titleText()));
        }
        auto scene = layOut(chart.get(), QSizeF(1920, 1080));
        QCOMPARE(chart->property("iv_valueLabelsLeftOut").toInt(), 0);
        QCOMPARE(values->titleText(), QStringLiteral("Y"));
    }

    // A monthly series without April: no line runs from March to May (the line breaks), every value is still
    // drawn, hovering still finds its row, and the note names the missing month.
    void missingStepBreaksTheLine()
    {
        BucketValues v;
        const QList<int> months{1, 2, 3, 5, 6};
        for (int m : months)
            addRow(v, m * 10, 0, QString(),
                   QDateTime(QDate(2024, m, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() * 1000);
        ChartNotes notes;
        std::unique_ptr<QChart> chart(
            ChartBuilder::build(bucket(MetricKind::Timeseries, 1), v, ChartStyle(), &notes));
        QVERIFY(chart);
        auto scene = layOut(chart.get(), QSizeF(1000, 500));
        const double april = double(QDateTime(QDate(2024, 4, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        int points = 0, lines = 0;
        const auto all = chart->series();
        for (QAbstractSeries *s : all) {
            auto *line = qobject_cast<QLineSeries *>(s);
            QVERIFY(line);
            if (line->count() > 0)
                ++lines;
            QCOMPARE(line->pen(), qobject_cast<QLineSeries *>(all.first())->pen()); // one line, in pieces
            for (int i = 0; i < line->count(); ++i) {
                ++points;
                if (i > 0)
                    QVERIFY2(!(line->at(i - 1).x() < april && line->at(i).x() > april),
                             "a line bridges the missing April");
                QVERIFY(ChartReducer::of(chart.get())->rowOf(line, i) >= 0);
            }
        }
        QCOMPARE(points, 5);
        QCOMPARE(lines, 2);
        QVERIFY2(notes.message.contains(QLatin1String("Apr 2024")) &&
                     notes.message.contains(QLatin1String("line breaks")),
                 qPrintable(notes.message));
    }

    // A daily series over years with single days missing: a break narrower than two pixels could not be
    // seen, so the whole range is one line (not a series per run, whose cost grows with their number);
    // zoomed in to a month, the same gaps are wide and the line breaks at each of them.
    void gapsBreakTheLineWhereTheyCanBeSeen()
    {
        BucketValues v;
        const QDate start(2020, 1, 1);
        int kept = 0;
        for (int d = 0; d < 2000; ++d) {
            if (d % 7 == 3)
                continue; // every week one day without a value
            addRow(v, d % 5 + 1, 0, QString(),
                   QDateTime(start.addDays(d), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() * 1000);
            ++kept;
        }
        ChartNotes notes;
        std::unique_ptr<QChart> chart(
            ChartBuilder::build(bucket(MetricKind::Timeseries, 1), v, ChartStyle(), &notes));
        QVERIFY(chart);
        QVERIFY2(notes.message.contains(QLatin1String("line breaks")), qPrintable(notes.message));
        auto scene = layOut(chart.get(), QSizeF(1000, 500));
        auto *reducer = ChartReducer::of(chart.get());
        QVERIFY(reducer);
        auto nonEmptyLines = [&chart] {
            int lines = 0;
            const auto all = chart->series();
            for (QAbstractSeries *s : all)
                if (qobject_cast<QLineSeries *>(s)->count() > 0)
                    ++lines;
            return lines;
        };
        reducer->reduce(QSizeF(1000, 400));
        QCOMPARE(nonEmptyLines(), 1);
        QVERIFY(reducer->lineCount() < 10);

        // Zoomed to 30 days from day 100: gaps at days 101, 108, 115, 122 (each two days wide, ~66 px).
        auto *axis = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).first());
        QVERIFY(axis);
        const double from = double(QDateTime(start.addDays(100), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        const double to = double(QDateTime(start.addDays(130), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        axis->setRange(from, to);
        reducer->reduce(QSizeF(1000, 400));
        QVERIFY2(nonEmptyLines() >= 5, qPrintable(QString::number(nonEmptyLines())));
        // No drawn segment spans a missing day inside the zoomed range.
        const auto all = chart->series();
        for (QAbstractSeries *s : all) {
            auto *line = qobject_cast<QLineSeries *>(s);
            for (int i = 1; i < line->count(); ++i) {
                const double a = line->at(i - 1).x(), b = line->at(i).x();
                if (a >= from && b <= to)
                    QVERIFY2(b - a < 1.5 * 86400000.0, "a line bridges a missing day while zoomed in");
            }
        }
    }

    void scatterMarkersAtTheEdgesAreWhole()
    {
        BucketValues v;
        addRow(v, 0, 0);   // a corner at 0, 0: the axes pad below zero too
        addRow(v, 10, 50); // the opposite corner
        addRow(v, 5, 20);
        std::unique_ptr<QChart> chart(
            ChartBuilder::build(bucket(MetricKind::Scatterplot, 3), v, ChartStyle()));
        auto scene = layOut(chart.get(), QSizeF(1440, 720));
        auto *series = qobject_cast<QScatterSeries *>(chart->series().first());
        QVERIFY(series);
        QCOMPARE(series->count(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(markerWhole(chart.get(), series, series->at(i), series->markerSize()),
                     qPrintable(QString::number(i)));
        QVERIFY(valueAxis(chart.get(), Qt::Vertical)->min() < 0);
        QVERIFY(valueAxis(chart.get(), Qt::Horizontal)->min() < 0);
    }

    void hbarLabelsCarryYvalue()
    {
        BucketValues v;
        addRow(v, 8, 18, QStringLiteral("Angela Wright"));
        addRow(v, 7, 74, QStringLiteral("Jamie Mccarthy"));
        addRow(v, 6, 2.9, QStringLiteral("An author whose name is far longer than thirty characters"));
        addRow(v, 5, 1234, QStringLiteral("Brian West"));
        std::unique_ptr<QChart> chart(ChartBuilder::build(bucket(MetricKind::Hbarchart, 5), v, ChartStyle()));
        auto *categories = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).first());
        QVERIFY(categories);
        const QStringList labels = categories->categories();
        QCOMPARE(labels.size(), 4);
        QCOMPARE(labels.last(), QStringLiteral("Angela Wright: 18"));
        QVERIFY(labels.contains(QStringLiteral("Jamie Mccarthy: 74")));
        QVERIFY(labels.contains(QStringLiteral("Brian West: 1,234")));
        // int(yvalue) as upstream (2.9 → 2), the category elided to its budget first.
        const QString longLabel = labels.at(1);
        QVERIFY2(longLabel.endsWith(QStringLiteral(": 2")) && longLabel.contains(QChar(0x2026)),
                 qPrintable(longLabel));

        // yvalue all 0 (a bucket that does not use it): no suffix.
        BucketValues zero;
        addRow(zero, 3, 0, QStringLiteral("a"));
        addRow(zero, 2, 0, QStringLiteral("b"));
        std::unique_ptr<QChart> plain(
            ChartBuilder::build(bucket(MetricKind::Hbarchart, 5), zero, ChartStyle()));
        QCOMPARE(qobject_cast<QBarCategoryAxis *>(plain->axes(Qt::Vertical).first())->categories(),
                 (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    }

    void everyHbarAndOthersIsLabelled_data()
    {
        QTest::addColumn<QSizeF>("size");
        QTest::newRow("export 1440x720") << QSizeF(1440, 720);
        QTest::newRow("page at 1280x800") << QSizeF(1000, 520);
    }
    void everyHbarAndOthersIsLabelled()
    {
        QFETCH(QSizeF, size);
        BucketValues v;
        for (int i = 0; i < 40; ++i)
            addRow(v, 100 + (i * 7) % 40, i + 1,
                   QStringLiteral("/api/endpoint/%1").arg(i, 2, 10, QLatin1Char('0')));
        ChartNotes notes;
        std::unique_ptr<QChart> chart(
            ChartBuilder::build(bucket(MetricKind::Hbarchart, 5), v, ChartStyle(), &notes));
        auto *categories = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).first());
        QCOMPARE(categories->count(), ChartBuilder::maxBars(ChartStyle()));
        QCOMPARE(categories->categories().first(), QStringLiteral("Others (11)"));
        auto scene = layOut(chart.get(), size);
        const QStringList texts = visibleTexts(scene->get());
        for (const QString &category : categories->categories())
            QVERIFY2(texts.contains(category),
                     qPrintable(category + QStringLiteral(" | ") + texts.join(u'|')));
        // Every bar's value is written, inside the plot, each at its own bar; the "others" total
        // (11 bars summed) too, though its bar runs past the scale.
        const auto values = barValueItems(chart.get());
        QCOMPARE(values.size(), 30);
        const QRectF plot = chart->plotArea();
        for (QGraphicsSimpleTextItem *item : values) {
            QVERIFY(item->isVisible());
            const QRectF r = item->mapRectToParent(item->boundingRect());
            QVERIFY2(plot.adjusted(-1, -1, 1, 1).contains(r), qPrintable(item->text()));
        }
        double othersSum = 0;
        for (int i = 0; i < 40; ++i)
            othersSum += 100 + (i * 7) % 40;
        auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().first());
        const auto *set = series->barSets().first();
        double shown = 0;
        for (int i = 1; i < set->count(); ++i)
            shown += set->at(i);
        othersSum -= shown;
        QCOMPARE(values.first()->text(), QLocale().toString(othersSum, 'f', QLocale::FloatingPointShortest));
        // The longest bar's value sits outside the bar (room was left for it), after its end.
        QGraphicsSimpleTextItem *longest = values.last();
        QCOMPARE(longest->text(), QStringLiteral("139"));
        QCOMPARE(longest->data(2).toBool(), false);
        const QPointF end = chart->mapToPosition(QPointF(139, 29), series);
        QVERIFY(longest->pos().x() >= end.x());
    }

    void barValueLabelAboveTheTallestBar()
    {
        BucketValues v;
        addRow(v, 2424, 0, QStringLiteral("Male"));
        addRow(v, 2576, 0, QStringLiteral("Female"));
        std::unique_ptr<QChart> chart(ChartBuilder::build(bucket(MetricKind::Barchart, 4), v, ChartStyle()));
        QCOMPARE(valueAxis(chart.get(), Qt::Vertical)->min(), 0.0); // bars start at 0
        auto scene = layOut(chart.get(), QSizeF(1440, 720));
        const auto values = barValueItems(chart.get());
        QCOMPARE(values.size(), 2);
        QCOMPARE(values.at(1)->text(), QStringLiteral("2,576"));
        const QPointF top = chart->mapToPosition(QPointF(1, 2576), chart->series().first());
        const QRectF r = values.at(1)->mapRectToParent(values.at(1)->boundingRect());
        QVERIFY2(r.bottom() <= top.y(), qPrintable(QStringLiteral("%1 %2").arg(r.bottom()).arg(top.y())));
        QVERIFY(chart->plotArea().contains(r));
    }

    void narrowPlotsGetFewerTicks()
    {
        BucketValues v;
        addRow(v, 15000, 0, QStringLiteral("a"));
        addRow(v, 9000, 0, QStringLiteral("b"));
        std::unique_ptr<QChart> chart(ChartBuilder::build(bucket(MetricKind::Hbarchart, 5), v, ChartStyle()));
        auto *values = valueAxis(chart.get(), Qt::Horizontal);
        {
            auto wide = layOut(chart.get(), QSizeF(1440, 720));
            QCOMPARE(values->tickInterval(), 5000.0); // 0..16,500 in 7 intervals at most
        }
        auto narrow = layOut(chart.get(), QSizeF(300, 300));
        const double labels = (values->max() - values->min()) / values->tickInterval();
        QVERIFY2(labels < 3.0, qPrintable(QString::number(values->tickInterval()))); // 10,000: 0 and 10,000
    }

    void mergedCellsKeepTheDensity()
    {
        // Reduction reports how many points each kept cell merged.
        QVector<double> x, y;
        for (int i = 0; i < 100; ++i) {
            x << 0.5;
            y << 0.5;
        }
        x << 0.01;
        y << 0.99;
        QVector<int> counts;
        const QVector<int> kept = Reduction::scatterCells(x, y, {}, 0, 1, 0, 1, 100, 100, 2, 10, &counts);
        QCOMPARE(kept, (QVector<int>{0, 100}));
        QCOMPARE(counts, (QVector<int>{100, 1}));

        // The ramp: more points, a darker shade (light theme), a brighter one (dark theme).
        const QColor base(0x25, 0x63, 0xEB);
        const int l1 = ChartReducer::densityColor(base, 1, false).lightness();
        const int l10 = ChartReducer::densityColor(base, 10, false).lightness();
        const int l100 = ChartReducer::densityColor(base, 100, false).lightness();
        QVERIFY2(l1 > l10 && l10 > l100, qPrintable(QStringLiteral("%1 %2 %3").arg(l1).arg(l10).arg(l100)));
        QCOMPARE(ChartReducer::densityColor(base, 1000, false), ChartReducer::densityColor(base, 100, false));
        QVERIFY(ChartReducer::densityColor(base, 1, true).lightness() <
                ChartReducer::densityColor(base, 100, true).lightness());

        // A big scatterplot dense in the middle: merged cells in the middle are drawn darker than at the rim.
        BucketValues v;
        QRandomGenerator rng(7);
        for (int i = 0; i < 60000; ++i) {
            const double gx = rng.generateDouble() + rng.generateDouble() + rng.generateDouble();
            const double gy = rng.generateDouble() + rng.generateDouble() + rng.generateDouble();
            addRow(v, gy, gx);
        }
        std::unique_ptr<QChart> chart(
            ChartBuilder::build(bucket(MetricKind::Scatterplot, 3), v, ChartStyle()));
        auto *series = qobject_cast<QScatterSeries *>(chart->series().first());
        QVERIFY(series->count() < 60000);
        const auto config = series->pointsConfiguration();
        QCOMPARE(config.size(), series->count());
        int centre = -1, rim = -1;
        double bestCentre = 1e9, bestRim = -1;
        for (int i = 0; i < series->count(); ++i) {
            const double d = std::hypot(series->at(i).x() - 1.5, series->at(i).y() - 1.5);
            if (d < bestCentre)
                bestCentre = d, centre = i;
            if (d > bestRim)
                bestRim = d, rim = i;
        }
        const auto colourOf = [&](int i) {
            return config.value(i).value(QXYSeries::PointConfiguration::Color).value<QColor>();
        };
        QVERIFY(colourOf(centre).isValid() && colourOf(rim).isValid());
        QVERIFY2(colourOf(centre).lightness() < colourOf(rim).lightness(),
                 qPrintable(colourOf(centre).name() + QLatin1Char(' ') + colourOf(rim).name()));
        // A legend says what the shades mean.
        bool legend = false;
        const auto children = chart->childItems();
        for (QGraphicsItem *item : children)
            legend = legend ||
                     (item->data(0).toString() == QLatin1String("iv_densitylegend") && item->isVisible());
        QVERIFY(legend);
    }
};

QTEST_MAIN(TestChartBuilderHonest)
#include "tst_chartbuilder_honest.moc"
