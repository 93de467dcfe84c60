// SPDX-License-Identifier: MIT
// ChartBuilder on the project's own SQL datasets (basic, markup, tolerant): series types, counts, values,
// axes, titles, skipped rows, unsupported kinds, themes, and file text that stays literal.
#include "chartbuilder.h"
#include "chartprobe.h"
#include "reduction.h"
#include "testsupport.h"
#include "timeaxis.h"
#include "timestamp.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QValueAxis>

#include <cmath>
#include <memory>

using namespace iv;

namespace {
QAbstractAxis *axis(QChart *chart, Qt::Alignment a)
{
    const auto axes = chart->axes(a == Qt::AlignBottom || a == Qt::AlignTop ? Qt::Horizontal : Qt::Vertical);
    return axes.isEmpty() ? nullptr : axes.first();
}
QList<qreal> barValues(QBarSet *set)
{
    QList<qreal> out;
    for (int i = 0; i < set->count(); ++i)
        out << set->at(i);
    return out;
}
} // namespace

class TestChartBuilder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_basic, m_markup, m_tolerant;

private slots:
    void initTestCase()
    {
        m_basic = ivtest::buildDatabase(m_dir, QStringLiteral("basic.db"),
                                        {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        m_markup = ivtest::buildDatabase(m_dir, QStringLiteral("markup.db"),
                                         {QStringLiteral("schema.sql"), QStringLiteral("markup.sql")});
        m_tolerant = ivtest::buildDatabase(m_dir, QStringLiteral("tolerant.db"),
                                           {QStringLiteral("schema.sql"), QStringLiteral("tolerant.sql")});
    }

    void timeseries()
    {
        const auto b = ivtest::loadBucket(m_basic, QStringLiteral("daily"));
        ChartNotes notes;
        std::unique_ptr<QChart> chart(ChartBuilder::build(b.question, b.values, ChartStyle(), &notes));
        QVERIFY(chart);
        QCOMPARE(chart->series().size(), 1);
        auto *line = qobject_cast<QLineSeries *>(chart->series().first());
        QVERIFY(line);
        QCOMPARE(line->type(), QAbstractSeries::SeriesTypeLine);
        QVERIFY(line->pointsVisible());
        QCOMPARE(line->count(), 4);
        QCOMPARE(notes.plotted, 4);
        QCOMPARE(notes.skipped, 0);
        const QList<qreal> ys{5, 7.5, 6, 9};
        for (int i = 0; i < 4; ++i)
            QCOMPARE(line->at(i).y(), ys.at(i));
        // x is UTC milliseconds; the time axis labels calendar days in UTC whatever the local zone.
        auto *x = qobject_cast<QCategoryAxis *>(axis(chart.get(), Qt::AlignBottom));
        QVERIFY(x);
        QCOMPARE(Timestamp::formatDjango(ChartBuilder::timestampForChartX(line->at(0).x())),
                 QStringLiteral("2025-12-01 00:00:00"));
        QCOMPARE(Timestamp::formatDjango(ChartBuilder::timestampForChartX(line->at(3).x())),
                 QStringLiteral("2025-12-04 00:00:00.250000"));
        QVERIFY(x->min() < line->at(0).x() && x->max() > line->at(3).x()); // a little room at both ends
        TimeAxis *time = TimeAxis::of(chart.get());
        QVERIFY(time);
        QCOMPARE(time->labelTexts(),
                 QStringList({QStringLiteral("2025-12-01"), QStringLiteral("2025-12-02"),
                              QStringLiteral("2025-12-03"), QStringLiteral("2025-12-04")}));
        QCOMPARE(x->titleText(), QStringLiteral("Day"));
        auto *y = qobject_cast<QValueAxis *>(axis(chart.get(), Qt::AlignLeft));
        QVERIFY(y);
        QCOMPARE(y->titleText(), QStringLiteral("Orders"));
        // Points, not bars: the axis runs around the data (5..9, zero is not near), 5 % of the span either
        // side.
        QCOMPARE(y->min(), 4.8);
        QCOMPARE(y->max(), 9.2);
        QCOMPARE(y->tickInterval(), 1.0);
        QCOMPARE(chart->title(), QStringLiteral("Daily orders"));
        QCOMPARE(chart->theme(), QChart::ChartThemeLight);
        QCOMPARE(line->color(), QColor(0x25, 0x63, 0xEB));
    }

    void scatterOneSeriesPerCategory()
    {
        const auto b = ivtest::loadBucket(m_basic, QStringLiteral("scatter"));
        std::unique_ptr<QChart> chart(ChartBuilder::build(b.question, b.values, ChartStyle()));
        QVERIFY(chart);
        QCOMPARE(chart->series().size(), 2);
        auto *small = qobject_cast<QScatterSeries *>(chart->series().at(0));
        auto *large = qobject_cast<QScatterSeries *>(chart->series().at(1));
        QVERIFY(small && large);
        QCOMPARE(small->name(), QStringLiteral("small"));
        QCOMPARE(large->name(), QStringLiteral("large"));
        // horizontal = yvalue, vertical = xvalue
        QCOMPARE(small->points(), (QList<QPointF>{QPointF(1, 3.5), QPointF(1.5, 4)}));
        QCOMPARE(large->points(), (QList<QPointF>{QPointF(2, 7)}));
        QVERIFY(small->color() != large->color());
        QVERIFY(chart->legend()->isVisible());
        QCOMPARE(axis(chart.get(), Qt::AlignBottom)->titleText(), QStringLiteral("Size"));
        QCOMPARE(axis(chart.get(), Qt::AlignLeft)->titleText(), QStringLiteral("Price"));
        // Axes: 5 % room around the points, ticks on round numbers anchored at 0 (not applyNiceNumbers, which
        // stretched 0..1030 to 0..1500), and still round after a zoom.
        auto *h = qobject_cast<QValueAxis *>(axis(chart.get(), Qt::AlignBottom));
        auto *v = qobject_cast<QValueAxis *>(axis(chart.get(), Qt::AlignLeft));
        QVERIFY(h && v);
        QCOMPARE(h->min(), 0.95);
        QCOMPARE(h->max(), 2.05);
        QCOMPARE(h->tickType(), QValueAxis::TicksDynamic);
        QCOMPARE(h->tickAnchor(), 0.0);
        QCOMPARE(h->tickInterval(), 0.2);
        QCOMPARE(h->labelFormat(), QStringLiteral("%.1f"));
        QCOMPARE(v->tickInterval(), 1.0);
        QCOMPARE(v->labelFormat(), QStringLiteral("%.0f"));
        h->setRange(1.0, 1.1);
        QCOMPARE(h->tickInterval(), 0.02);
        QCOMPARE(h->labelFormat(), QStringLiteral("%.2f"));
        h->setRange(0, 1030);
        QCOMPARE(h->tickInterval(), 200.0);
        QCOMPARE(h->labelFormat(), QStringLiteral("%.0f"));
    }

    void barchart()
    {
        const auto b = ivtest::loadBucket(m_basic, QStringLiteral("bars"));
        std::unique_ptr<QChart> chart(ChartBuilder::build(b.question, b.values, ChartStyle()));
        QVERIFY(chart);
        auto *bars = qobject_cast<QBarSeries *>(chart->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->type(), QAbstractSeries::SeriesTypeBar);
        QCOMPARE(bars->count(), 1);
        QCOMPARE(barValues(bars->barSets().first()), (QList<qreal>{12, 8}));
        auto *categories = qobject_cast<QBarCategoryAxis *>(axis(chart.get(), Qt::AlignBottom));
        QVERIFY(categories);
        QCOMPARE(categories->categories(), (QStringList{QStringLiteral("qt"), QStringLiteral("sql")}));
        QCOMPARE(categories->titleText(), QStringLiteral("Tag"));
        QCOMPARE(axis(chart.get(), Qt::AlignLeft)->titleText(), QStringLiteral("Posts"));
    }

    void hbarchartLongestOnTop()
    {
        const auto b = ivtest::loadBucket(m_basic, QStringLiteral("hbar"));
        std::unique_ptr<QChart> chart(ChartBuilder::build(b.question, b.values, ChartStyle()));
        QVERIFY(chart);
        auto *bars = qobject_cast<QHorizontalBarSeries *>(chart->series().first());
        QVERIFY(bars);
        // Qt draws the first category at the bottom: the longest bar (Apples, 30) comes last, i.e. on top.
        QCOMPARE(barValues(bars->barSets().first()), (QList<qreal>{10, 20, 30}));
        auto *categories = qobject_cast<QBarCategoryAxis *>(axis(chart.get(), Qt::AlignLeft));
        QVERIFY(categories);
        // Each label carries int(yvalue), as upstream's do.
        QCOMPARE(categories->categories(),
                 (QStringList{QStringLiteral("Plums: 10"), QStringLiteral("Pears: 20"),
                              QStringLiteral("Apples: 30")}));
        QCOMPARE(categories->titleText(), QStringLiteral("Product"));
        QCOMPARE(axis(chart.get(), Qt::AlignBottom)->titleText(), QStringLiteral("Units"));
    }

    void histogramOverYvalue()
    {
        const auto b = ivtest::loadBucket(m_basic, QStringLiteral("histo"));
        std::unique_ptr<QChart> chart(ChartBuilder::build(b.question, b.values, ChartStyle()));
        QVERIFY(chart);
        auto *bars = qobject_cast<QBarSeries *>(chart->series().first());
        QVERIFY(bars);
        QCOMPARE(barValues(bars->barSets().first()), (QList<qreal>{4, 9, 2}));
        auto *bins = qobject_cast<QBarCategoryAxis *>(axis(chart.get(), Qt::AlignBottom));
        QCOMPARE(bins->categories(),
                 (QStringList{QStringLiteral("10"), QStringLiteral("20"), QStringLiteral("30")}));
        QCOMPARE(bins->titleText(), QStringLiteral("Length"));
    }

    // Bins named by the file's bin labels (the category of each row) in the order of their yvalue, every
    // bin's count written on it as on a bar chart, with the reader's digits; the long last label elided once.
    void histogramBinsNamedAndValued()
    {
        const QString path =
            ivtest::buildDatabase(m_dir, QStringLiteral("scripts.db"),
                                  {QStringLiteral("schema.sql"), QStringLiteral("hostile_scripts.sql")});
        const auto b = ivtest::loadBucket(path, QStringLiteral("binned"));
        QGraphicsScene scene; // owns the chart
        QChart *chart = ChartBuilder::build(b.question, b.values, ChartStyle());
        QVERIFY(chart);
        scene.addItem(chart);
        chart->setGeometry(QRectF(0, 0, 1200, 600));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        auto *bins = qobject_cast<QBarCategoryAxis *>(axis(chart, Qt::AlignBottom));
        QVERIFY(bins);
        const QStringList names = bins->categories();
        QCOMPARE(names.size(), 6);
        QCOMPARE(names.mid(0, 5),
                 (QStringList{QStringLiteral("0–1"), QStringLiteral("1–2"), QStringLiteral("2–4"),
                              QStringLiteral("4–8"), QStringLiteral("8–16")}));
        QVERIFY2(names.at(5).startsWith(QStringLiteral("16 or more")) &&
                     names.at(5).endsWith(QStringLiteral("sender")) && names.at(5).count(QChar(0x2026)) <= 1,
                 qPrintable(names.at(5)));
        QStringList values;
        const auto items = scene.items();
        for (QGraphicsItem *item : items)
            if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item);
                text && text->isVisible() && text->data(0).toString() == QLatin1String("iv_barvalue"))
                values << text->text();
        values.sort();
        QCOMPARE(values,
                 (QStringList{QStringLiteral("0"), QStringLiteral("12"), QStringLiteral("250"),
                              QStringLiteral("3"), QStringLiteral("48,210"), QStringLiteral("9,001")}));
    }

    void skippedRowsAndUnsupportedKind()
    {
        const auto bad = ivtest::loadBucket(m_tolerant, QStringLiteral("bad_times"));
        ChartNotes notes;
        std::unique_ptr<QChart> chart(ChartBuilder::build(bad.question, bad.values, ChartStyle(), &notes));
        QVERIFY(chart);
        auto *line = qobject_cast<QLineSeries *>(chart->series().first());
        // rows 2 (2025-01-01, 1) and 7 (2025-01-06, 6) are drawable; NULL, "yesterday", month 13, "five" are
        // not
        QCOMPARE(line->count(), 2);
        QCOMPARE(line->at(1).y(), 6.0);
        QCOMPARE(notes.plotted, 2);
        QCOMPARE(notes.skipped, 4);
        QVERIFY(notes.message.contains(QStringLiteral("4")));

        const auto weird = ivtest::loadBucket(m_tolerant, QStringLiteral("weird_type"));
        ChartNotes unsupported;
        QVERIFY(!ChartBuilder::build(weird.question, weird.values, ChartStyle(), &unsupported));
        QVERIFY(unsupported.unsupported);
        QVERIFY2(unsupported.message.contains(QStringLiteral("bucket type 9")),
                 qPrintable(unsupported.message));
        QVERIFY(unsupported.message.contains(QStringLiteral("nsupported kind")));
    }

    void markupStaysLiteral()
    {
        const auto b = ivtest::loadBucket(m_markup, QStringLiteral("evil_bars"));
        QChart *chart = ChartBuilder::build(b.question, b.values, ChartStyle());
        QVERIFY(chart);
        // Qt Charts renders these strings as HTML: the chart must hold them escaped …
        QCOMPARE(chart->title(), QStringLiteral("&lt;b&gt;title&lt;/b&gt;"));
        auto *categories = qobject_cast<QBarCategoryAxis *>(axis(chart, Qt::AlignBottom));
        QCOMPARE(categories->categories(),
                 (QStringList{QStringLiteral("&lt;b&gt;cat&lt;/b&gt;"), QStringLiteral("&amp;amp;")}));
        // … so that what is drawn is the literal text.
        const QStringList texts = ivtest::renderedTexts(chart);
        for (const char *literal : {"<b>title</b>", "<i>x</i>", "<u>y</u>", "<b>cat</b>", "&amp;"})
            QVERIFY2(texts.contains(QLatin1String(literal)),
                     qPrintable(QLatin1String(literal) + QStringLiteral(" not in ") +
                                texts.join(QLatin1Char('|'))));
        delete chart;
    }

    void darkThemeAndCompact()
    {
        const auto b = ivtest::loadBucket(m_basic, QStringLiteral("bars"));
        std::unique_ptr<QChart> chart(ChartBuilder::build(b.question, b.values, ChartStyle::darkTheme(true)));
        QCOMPARE(chart->theme(), QChart::ChartThemeDark);
        auto *bars = qobject_cast<QBarSeries *>(chart->series().first());
        QCOMPARE(bars->barSets().first()->color(), QColor(0xBF, 0xDB, 0xFE));
        QVERIFY(chart->title().isEmpty()); // compact: no title
    }

    // The exported gauge has the card's honest scale: an arc on a stated range (a share: 0–100) with its ends
    // labelled; no arc without one.
    // Buckets whose values span 0 to 5e-324, two subnormals, the whole double range or infinities: every
    // value axis ends up finite and wide enough to draw, any dynamic tick interval is one Qt Charts can step
    // through (it adds the interval until it passes the maximum), and the chart lays out and paints. A span
    // of 0 to 5e-324 once looped about 2^31 times in the tick step and hung every export.
    void hostileSpansLayOutAndPaint_data()
    {
        QTest::addColumn<QString>("label");
        for (const char *label : {"series", "histogram", "scatter", "bars", "hbars", "scatter-two-subnormals",
                                  "scatter-extremes", "bars-infinite", "histogram-negative-subnormal"})
            QTest::newRow(label) << QString::fromLatin1(label);
    }
    void hostileSpansLayOutAndPaint()
    {
        QFETCH(QString, label);
        const QString path = ivtest::buildDatabaseFromSql(
            m_dir, QStringLiteral("subnormal-%1.db").arg(label),
            ivtest::readText(ivtest::dataPath(QStringLiteral("fuzz-regressions/bucket-subnormal-span.sql"))));
        const auto b = ivtest::loadBucket(path, label);
        QVERIFY(b.values.size() >= 2);
        for (const bool compact : {false, true}) {
            ChartStyle style;
            style.compact = compact;
            std::unique_ptr<QChart> chart(ChartBuilder::build(b.question, b.values, style));
            QVERIFY(chart);
            QGraphicsScene scene;
            scene.addItem(chart.get());
            chart->resize(compact ? 240 : 1440, compact ? 160 : 720);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QImage image(chart->size().toSize(), QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            scene.render(&painter);
            painter.end();
            QString problem; // checked once the scene no longer owns the chart
            const auto axes = chart->axes();
            for (QAbstractAxis *a : axes) {
                auto *v = qobject_cast<QValueAxis *>(a);
                if (!v)
                    continue;
                if (!(std::isfinite(v->min()) && std::isfinite(v->max()) && v->max() - v->min() > 1e-300))
                    problem += QStringLiteral("range %1..%2; ").arg(v->min()).arg(v->max());
                if (v->tickType() == QValueAxis::TicksDynamic &&
                    !Reduction::stepFits(v->min(), v->max(), v->tickInterval()))
                    problem += QStringLiteral("interval %1; ").arg(v->tickInterval());
            }
            scene.removeItem(chart.get());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    void gauge()
    {
        Question q;
        q.kind = MetricKind::Gauge;
        q.question = QStringLiteral("<b>Share</b>?");
        q.value = 51.52;
        q.valueValid = true;
        std::unique_ptr<QChart> chart(ChartBuilder::buildGauge(q, ChartStyle()));
        auto *pie = qobject_cast<QPieSeries *>(chart->series().first());
        QVERIFY(pie);
        QCOMPARE(pie->count(), 2);
        QVERIFY(qFuzzyCompare(pie->slices().at(0)->value(), 0.5152));
        QVERIFY(qFuzzyCompare(pie->sum(), 1.0));
        QCOMPARE(pie->pieStartAngle(), -90.0);
        QCOMPARE(pie->pieEndAngle(), 90.0);
        QCOMPARE(chart->title(), QStringLiteral("&lt;b&gt;Share&lt;/b&gt;?"));
        QStringList texts;
        for (QGraphicsItem *item : chart->childItems())
            if (auto *t = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                texts << t->text();
        QVERIFY2(texts.contains(QStringLiteral("0%")) && texts.contains(QStringLiteral("100%")),
                 qPrintable(texts.join(QLatin1Char('|'))));

        // 1.748 states no range: the number alone, no arc to fill up to an invented maximum.
        Question plain;
        plain.kind = MetricKind::Gauge;
        plain.question = QStringLiteral("Average rating?");
        plain.value = 1.748;
        plain.valueValid = true;
        std::unique_ptr<QChart> bare(ChartBuilder::buildGauge(plain, ChartStyle()));
        QVERIFY(bare->series().isEmpty());
        QStringList bareTexts;
        for (QGraphicsItem *item : bare->childItems())
            if (auto *t = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                bareTexts << t->text();
        QVERIFY2(bareTexts.contains(QStringLiteral("1.748")), qPrintable(bareTexts.join(QLatin1Char('|'))));
    }
};

QTEST_MAIN(TestChartBuilder)
#include "tst_chartbuilder.moc"
