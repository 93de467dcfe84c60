// SPDX-License-Identifier: MIT
// ChartBuilder: common parts, timeseries and scatterplots. Bars, histograms and gauges:
// chartbuilder_bars.cpp.
#include "chartbuilder.h"

#include "chartreducer.h"
#include "numberformat.h"
#include "reduction.h"
#include "textbudget.h"
#include "timeaxis.h"
#include "timestamp.h"
#include "translations.h"

#include <QCategoryAxis>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>
#include <QtCharts/QChart>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace iv {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("iv::ChartBuilder", text, nullptr, n);
}

// Colours after the primary one, for further scatter categories (light theme, dark theme).
const QColor kLightPalette[] = {QColor(0xEA, 0x58, 0x0C), QColor(0x05, 0x96, 0x69), QColor(0x93, 0x33, 0xEA),
                                QColor(0xDC, 0x26, 0x26), QColor(0x0D, 0x94, 0x88), QColor(0xCA, 0x8A, 0x04)};
const QColor kDarkPalette[] = {QColor(0xFD, 0xBA, 0x74), QColor(0x6E, 0xE7, 0xB7), QColor(0xD8, 0xB4, 0xFE),
                               QColor(0xFC, 0xA5, 0xA5), QColor(0x5E, 0xEA, 0xD4), QColor(0xFD, 0xE0, 0x47)};

QColor seriesColor(const ChartStyle &style, int i)
{
    if (i == 0)
        return style.primary;
    const QColor *palette = style.dark ? kDarkPalette : kLightPalette;
    return palette[(i - 1) % 6];
}

struct Range
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    void add(double v)
    {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    bool valid() const { return lo <= hi; }
};

constexpr double kMaxDouble = std::numeric_limits<double>::max();

// x + d kept finite (a pad beyond the largest double is the largest double).
double clampedSum(double x, double d)
{
    return std::clamp(x + d, -kMaxDouble, kMaxDouble);
}

QValueAxis *dataAxis(Range r, double markerPixels, bool compact)
{
    if (!r.valid())
        r = Range{0, 1};
    double lo = 0, hi = 0;
    ChartBuilder::dataRange(r.lo, r.hi, markerPixels, compact ? 120 : 300, &lo, &hi);
    return ChartBuilder::valueAxis(lo, hi);
}

// Qt Charts maps a value through (value - min) / (max - min): an axis spanning more than the largest double
// (points at -1.7e308 and +1.7e308) draws nothing. Then the values beyond ±kMaxDouble / 4 are left out (those
// whose side holds fewer points; both sides when even), the range is taken over the rest, and *dropped counts
// the points left out. keep[i] is false for a point left out.
constexpr double kPlaceable = kMaxDouble / 4;

bool spanOverflows(const Range &r)
{
    return r.valid() && !std::isfinite((r.hi - r.lo) * 1.1);
}

// Marks in keep the points of values outside the placeable band when r overflows; returns how many it marked.
int dropUnplaceable(const QVector<double> &values, Range *r, QVector<bool> *keep)
{
    if (!spanOverflows(*r))
        return 0;
    int above = 0, below = 0;
    for (double v : values) {
        above += v > kPlaceable;
        below += v < -kPlaceable;
    }
    // Keep the side with more points when the other side alone fits with the middle.
    const bool dropAbove = above <= below, dropBelow = below <= above;
    Range kept;
    int dropped = 0;
    for (int i = 0; i < values.size(); ++i) {
        const double v = values.at(i);
        if ((dropAbove && v > kPlaceable) || (dropBelow && v < -kPlaceable)) {
            if (keep->at(i)) {
                (*keep)[i] = false;
                ++dropped;
            }
        }
    }
    for (int i = 0; i < values.size(); ++i)
        if (keep->at(i))
            kept.add(values.at(i));
    *r = kept;
    return dropped;
}

// Removes the points keep marks false from p (and from its initial M4, which indexes p).
void removePoints(PlotPoints &p, const QVector<bool> &keep)
{
    QVector<int> newIndex(p.size(), -1);
    int k = 0;
    for (int i = 0; i < p.size(); ++i) {
        if (!keep.at(i))
            continue;
        newIndex[i] = k;
        p.x[k] = p.x.at(i);
        p.y[k] = p.y.at(i);
        if (!p.group.isEmpty())
            p.group[k] = p.group.at(i);
        p.rows[k] = p.rows.at(i);
        ++k;
    }
    if (!p.group.isEmpty())
        for (int i = 0; i < keep.size(); ++i)
            if (!keep.at(i))
                --p.perGroup[p.group.at(i)];
    p.x.resize(k);
    p.y.resize(k);
    if (!p.group.isEmpty())
        p.group.resize(k);
    p.rows.resize(k);
    QVector<int> initial;
    for (int i : std::as_const(p.initial))
        if (newIndex.value(i, -1) >= 0)
            initial.append(newIndex.at(i));
    p.initial = initial;
}

// Values left out because the axis cannot place them, and the points left out of the drawing (Range of x and
// y refreshed). Returns the note, empty when every point is placed.
QString placeOnAxes(PlotPoints &p, Range *xr, Range *yr, bool checkX)
{
    if (!spanOverflows(*yr) && !(checkX && spanOverflows(*xr)))
        return QString();
    QVector<bool> keep(p.size(), true);
    int dropped = dropUnplaceable(p.y, yr, &keep);
    if (checkX)
        dropped += dropUnplaceable(p.x, xr, &keep);
    if (dropped == 0)
        return QString();
    removePoints(p, keep);
    // The other axis' range over the points still drawn.
    Range x, y;
    for (int i = 0; i < p.size(); ++i) {
        x.add(p.x.at(i));
        y.add(p.y.at(i));
    }
    *xr = x;
    *yr = y;
    return QCoreApplication::translate("iv::ChartBuilder",
                                       "%n point(s) not drawn: values beyond ±%1 do not fit on one axis with "
                                       "values of the other sign (see the values table).",
                                       nullptr, dropped)
        .arg(NumberFormat::ui().display(kPlaceable));
}

void appendNote(ChartNotes *notes, const QString &text)
{
    if (!notes || text.isEmpty())
        return;
    notes->message = notes->message.isEmpty() ? text : notes->message + QLatin1Char(' ') + text;
}

void noteSkipped(ChartNotes *notes, int plotted, int skipped)
{
    if (!notes)
        return;
    notes->plotted = plotted;
    notes->skipped = skipped;
    if (skipped > 0)
        notes->message = QCoreApplication::translate(
            "iv::ChartBuilder", "%n row(s) not drawn: missing or malformed timestamp or value.", nullptr,
            skipped);
}

// A line of plain text at the foot of the chart (on screen, in thumbnails and in every export), for what the
// plot cannot show. The chart owns the item; the bottom margin makes room for it.
void addFootNote(QChart *chart, const QString &text, const ChartStyle &style)
{
    auto *item = new QGraphicsSimpleTextItem(chart); // plain text: never markup
    item->setData(0, QStringLiteral("iv_footnote")); // found by tests
    QFont font = item->font();
    font.setPointSizeF(style.compact ? 7 : 8.5);
    item->setFont(font);
    item->setBrush(style.dark ? QColor(0xFD, 0xBA, 0x74) : QColor(0xB4, 0x53, 0x09));
    const qreal height = QFontMetricsF(font).height();
    QMargins margins = chart->margins();
    margins.setBottom(margins.bottom() + int(std::ceil(height)));
    chart->setMargins(margins);
    auto place = [chart, item, text, font, height] {
        const QRectF r = chart->rect();
        item->setText(
            QFontMetricsF(font).elidedText(text, Qt::ElideRight, std::max<qreal>(r.width() - 12, 20)));
        item->setPos(r.left() + 6, r.bottom() - height - 2);
    };
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, place);
    place();
}

// Round ticks (1, 2 or 5 × 10^k, anchored at 0) for the axis' current range.
void retickValueAxis(QValueAxis *axis)
{
    const qreal min = axis->min(), max = axis->max();
    int decimals = 0;
    // At most 7 intervals; fewer on a narrow plot (attach() sets the limit), so labels do not collide.
    const int intervals =
        axis->property("iv_maxIntervals").isValid() ? axis->property("iv_maxIntervals").toInt() : 7;
    const double step = Reduction::niceStep(max - min, intervals, &decimals);
    if (!Reduction::stepFits(min, max, step)) {
        // No round step for this range (subnormal, overflowing, or below the values' rounding when zoomed
        // in): Qt Charts would add the interval until it passes max, forever. Evenly spaced ticks instead.
        axis->setTickType(QValueAxis::TicksFixed);
        axis->setTickCount(std::clamp(intervals + 1, 2, 8));
        axis->setLabelFormat(QStringLiteral("%.3g"));
        return;
    }
    axis->setTickInterval(step);
    axis->setTickType(QValueAxis::TicksDynamic);
    const double big = std::max(std::abs(min), std::abs(max));
    axis->setLabelFormat(big >= 1e9 || decimals > 6
                             ? QStringLiteral("%.3g")
                             : QStringLiteral("%.") + QString::number(decimals) + QLatin1Char('f'));
}

} // namespace

bool ChartBuilder::includesZero(double lo, double hi)
{
    if (lo <= 0 && hi >= 0)
        return true;
    const double span = hi - lo;
    const double nearEnd = lo > 0 ? lo : -hi; // distance of the data from 0
    const double farEnd = lo > 0 ? hi : -lo;  // the value farthest from 0
    return nearEnd <= span / 3 || nearEnd < farEnd * 0.1;
}

void ChartBuilder::dataRange(double lo, double hi, double markerPixels, double minPlotPixels, double *outLo,
                             double *outHi)
{
    if (includesZero(lo, hi)) {
        lo = std::min(lo, 0.0);
        hi = std::max(hi, 0.0);
    }
    // A span the plot cannot resolve (0 to 5e-324, or 1e17 to 1e17 + 16) maps every value to the same
    // pixel, or divides by a subnormal into infinity: drawn as one value.
    if (!(hi - lo > std::max(1e-300, std::max(std::abs(lo), std::abs(hi)) * 1e-12))) {
        if (hi > lo)
            lo = hi = lo / 2 + hi / 2;
        // One value: a range around it, relative for big values (1.7e308 ± 1 is 1.7e308 again).
        const double d = std::max(1.0, std::abs(lo) * 0.05);
        *outLo = clampedSum(lo, -d);
        *outHi = clampedSum(hi, d);
        return;
    }
    // Room on both sides, zero included: 5 % of the span (as matplotlib's margins), and at least half a
    // marker and 2 px on a plot of minPlotPixels, so the markers at the edges are drawn whole. Halves
    // first: the span of finite values may overflow.
    const double edge = markerPixels / 2 + 2;
    const double plot = std::max(minPlotPixels - 2 * edge, 1.0);
    const double half = hi / 2 - lo / 2;
    // The padded span must stay finite (Qt Charts divides by it): data near ±1.7e308 gets less room.
    const double pad =
        std::min(half * (2 * std::max(0.05, edge / plot)), std::max(0.0, kMaxDouble / 2.2 - half));
    *outLo = clampedSum(lo, -pad);
    *outHi = clampedSum(hi, pad);
}

QLocale ChartBuilder::numberLocale()
{
    // The UI language's notation, as every other number text (NumberFormat): a German UI on an English
    // system writes 3,6 and 1.200,5.
    return NumberFormat::ui().locale();
}

QValueAxis *ChartBuilder::valueAxis(double lo, double hi)
{
    auto *axis = new QValueAxis;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    auto retick = [axis] { retickValueAxis(axis); };
    // On minChanged/maxChanged, not rangeChanged: QValueAxis lays the axis out for the new range before it
    // emits rangeChanged, so an interval fitted to a zoomed-in range would first be drawn over the full range
    // when zooming out (Home after bench_gui's 12 zoom steps: 280 ms instead of 20 ms).
    QObject::connect(axis, &QValueAxis::minChanged, axis, retick);
    QObject::connect(axis, &QValueAxis::maxChanged, axis, retick);
    axis->setRange(lo, hi);
    retick();
    return axis;
}

QString ChartBuilder::chartText(const QString &fileText)
{
    return fileText.toHtmlEscaped();
}

QString ChartBuilder::unsupportedText(const Question &question)
{
    return tr("Unsupported kind (bucket type %1): this viewer cannot draw it.").arg(question.bucketType);
}

qreal ChartBuilder::chartXForTimestamp(qint64 utcMicros)
{
    return qreal(utcMicros >= 0 ? utcMicros / 1000 : (utcMicros - 999) / 1000);
}

qint64 ChartBuilder::timestampForChartX(qreal x)
{
    return qint64(std::llround(x)) * 1000;
}

QChart *ChartBuilder::build(const Question &question, const BucketValues &values, const ChartStyle &style,
                            ChartNotes *notes)
{
    // A shallow copy: BucketValues' containers are implicitly shared.
    return build(question, std::make_shared<const BucketValues>(values), style, notes);
}

QChart *ChartBuilder::build(const Question &question, std::shared_ptr<const BucketValues> values,
                            const ChartStyle &style, ChartNotes *notes, PlotPoints points)
{
    if (!points.prepared)
        points = PlotPoints::prepare(question, *values);
    if (points.prepared && points.size() == 0) { // nothing to draw: say so instead of empty axes
        noteSkipped(notes, 0, points.skipped);
        return buildEmpty(question, style);
    }
    switch (question.kind) {
    case MetricKind::Timeseries:
        return buildTimeseries(question, std::move(values), style, notes, std::move(points));
    case MetricKind::Scatterplot:
        return buildScatter(question, std::move(values), style, notes, std::move(points));
    case MetricKind::Barchart:
        return buildBars(question, *values, style, notes);
    case MetricKind::Hbarchart:
        return buildHbars(question, *values, style, notes);
    case MetricKind::Histogram:
        return buildHistogram(question, *values, style, notes);
    case MetricKind::Gauge:
        return buildGauge(question, style);
    case MetricKind::Counter:
        break;
    case MetricKind::Unknown:
        if (notes) {
            notes->unsupported = true;
            notes->message = unsupportedText(question);
        }
        break;
    }
    return nullptr;
}

QChart *ChartBuilder::newChart(const Question &question, const ChartStyle &style)
{
    auto *chart = new QChart;
    chart->setTheme(style.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    // Axis and bar labels in the reader's number format (decimal comma in German).
    chart->setLocalizeNumbers(true);
    chart->setLocale(numberLocale());
    chart->legend()->setVisible(false);
    if (style.compact) {
        chart->setMargins(QMargins(2, 2, 2, 2));
        chart->layout()->setContentsMargins(0, 0, 0, 0);
        chart->setBackgroundRoundness(0);
    } else if (!question.title.isEmpty()) {
        QFont font = chart->titleFont();
        font.setPointSizeF(font.pointSizeF() * 1.25);
        font.setBold(true);
        chart->setTitleFont(font);
        chart->setTitle(chartText(TextBudget::elide(question.title, TextBudget::kTitleChars)));
    }
    return chart;
}

QString ChartBuilder::noValuesText()
{
    return tr("No values");
}

QChart *ChartBuilder::buildEmpty(const Question &question, const ChartStyle &style)
{
    QChart *chart = newChart(question, style);
    auto *text = new QGraphicsSimpleTextItem(noValuesText(), chart);
    text->setData(0, QStringLiteral("iv_novalues"));
    QFont font = chart->titleFont();
    font.setBold(false);
    font.setPointSizeF(style.compact ? 9 : 14);
    text->setFont(font);
    text->setBrush(style.dark ? QColor(0x9C, 0xA3, 0xAF) : QColor(0x6B, 0x72, 0x80));
    auto centre = [chart, text] {
        const QRectF r = text->boundingRect();
        const QRectF area = chart->rect();
        text->setPos(area.center() - QPointF(r.width() / 2, r.height() / 2));
    };
    QObject::connect(chart, &QChart::geometryChanged, chart, centre);
    centre();
    return chart;
}

void ChartBuilder::styleAxis(QAbstractAxis *axis, const QString &fileTitle, const ChartStyle &style)
{
    QFont labels = axis->labelsFont();
    if (style.compact) {
        labels.setPointSizeF(7);
        axis->setLabelsFont(labels);
    }
    if (!fileTitle.isEmpty() && !style.compact) {
        axis->setTitleText(chartText(TextBudget::elide(fileTitle, TextBudget::kAxisTitleChars)));
        QFont title = axis->titleFont();
        title.setBold(false);
        axis->setTitleFont(title);
    }
    axis->setGridLineColor(style.dark ? QColor(0x37, 0x41, 0x51) : QColor(0xE5, 0xE7, 0xEB));
}

void ChartBuilder::attach(QChart *chart, QAbstractAxis *axis, Qt::Alignment alignment)
{
    chart->addAxis(axis, alignment);
    if (auto *value = qobject_cast<QValueAxis *>(axis)) {
        // As many intervals as the plot's extent holds labels (about 3 label widths, or 3 lines, each).
        const bool horizontal = alignment == Qt::AlignBottom || alignment == Qt::AlignTop;
        auto fit = [chart, value, horizontal] {
            const QRectF plot = chart->plotArea();
            const QFontMetricsF metrics(value->labelsFont());
            const qreal label = horizontal ? metrics.horizontalAdvance(QStringLiteral("-0,000.0")) * 1.4
                                           : metrics.height() * 2.5;
            const qreal extent = horizontal ? plot.width() : plot.height();
            if (extent <= 0)
                return;
            const int intervals = std::clamp(int(extent / label), 2, 7);
            if (value->property("iv_maxIntervals").toInt() != intervals) {
                value->setProperty("iv_maxIntervals", intervals);
                retickValueAxis(value);
            }
        };
        QObject::connect(chart, &QChart::plotAreaChanged, value, fit);
    }
    const auto series = chart->series();
    for (QAbstractSeries *s : series)
        s->attachAxis(axis);
}

QChart *ChartBuilder::buildTimeseries(const Question &q, std::shared_ptr<const BucketValues> values,
                                      const ChartStyle &s, ChartNotes *n, PlotPoints p)
{
    Range xr{p.xlo, p.xhi}, yr{p.ylo, p.yhi};
    const QString unplaced = placeOnAxes(p, &xr, &yr, false);
    const int plotted = p.size();
    noteSkipped(n, plotted, p.skipped);

    QChart *chart = newChart(q, s);
    if (!unplaced.isEmpty()) {
        appendNote(n, unplaced);
        addFootNote(chart, unplaced, s);
    }
    auto *series = new QLineSeries;
    series->setName(chartText(TextBudget::elide(q.ylabel, TextBudget::kCategoryChars)));
    QPen pen(s.primary);
    const bool dense = plotted > 1000;
    pen.setWidthF(s.compact || dense ? 1.2 : 2.0);
    // A reduced big series zigzags through ~4 points per pixel column: a 1 px cosmetic pen takes the raster
    // engine's fast path (stroking a 1.2 px wide zigzag dominated each repaint).
    if (plotted > 4 * ChartReducer::kDefaultWidth) {
        pen.setWidthF(1.0);
        pen.setCosmetic(true);
    }
    series->setPen(pen);
    series->setColor(s.primary);
    // Markers only where they can be told apart; a dense line is read as a line.
    series->setPointsVisible(plotted <= 4 * ChartReducer::kDefaultWidth);
    series->setMarkerSize(s.compact ? 3 : (dense ? 3.5 : plotted > 200 ? 5 : 7));
    chart->addSeries(series);
    series->setPen(pen); // the theme set its own pen on addSeries
    auto *reducer = new ChartReducer(ChartReducer::Kind::Timeseries, q, std::move(values), chart);
    const QVector<int> initial = p.initial;
    reducer->setTimeseries(series, std::move(p));

    // Calendar ticks (TimeAxis), with a little room so that the first and last points and their tick labels
    // are not cut at the plot's edges; a single instant gets a day either side.
    auto *timeAxis = new TimeAxis(q.xformat, chart);
    QCategoryAxis *xAxis = timeAxis->axis();
    if (xr.valid()) {
        const double pad = xr.hi > xr.lo ? (xr.hi - xr.lo) * 0.03 : 86400000.0;
        xAxis->setRange(std::floor(xr.lo - pad), std::ceil(xr.hi + pad));
    }
    styleAxis(xAxis, q.xlabel, s);
    timeAxis->retick(); // for the label font; again at the plot's real width once laid out
    attach(chart, xAxis, Qt::AlignBottom);
    QValueAxis *yAxis = dataAxis(yr, series->markerSize(), s.compact);
    styleAxis(yAxis, q.ylabel, s);
    attach(chart, yAxis, Qt::AlignLeft);
    reducer->applyInitial(initial); // the full range, reduced with the points (maybe in a worker)
    return chart;
}

QChart *ChartBuilder::buildScatter(const Question &q, std::shared_ptr<const BucketValues> values,
                                   const ChartStyle &s, ChartNotes *n, PlotPoints p)
{
    // One series per category in order of first appearance; rows without a category go last, as "(none)".
    const BucketValues &v = *values;
    const int categoryCount = static_cast<int>(v.categories.size());
    Range xr{p.xlo, p.xhi}, yr{p.ylo, p.yhi};
    const QString unplaced = placeOnAxes(p, &xr, &yr, true);
    const int plotted = p.size();
    noteSkipped(n, plotted, p.skipped);
    const QVector<int> perGroup = p.perGroup;

    // Groups with points; beyond maxScatterSeries() the largest keep their own series (in order of first
    // appearance) and the rest share one "Others (N)" series: a series and a legend entry per category cost
    // minutes and gigabytes for thousands of categories, and no one tells 5,000 colours apart.
    QVector<int> groups;
    for (int c = 0; c <= categoryCount; ++c)
        if (perGroup.at(c) > 0 || (c == categoryCount && plotted == 0 && categoryCount == 0))
            groups << c;
    QVector<bool> own(categoryCount + 1, true);
    int folded = 0, foldedPoints = 0;
    if (groups.size() > kMaxScatterSeries) {
        QVector<int> bySize = groups;
        std::stable_sort(bySize.begin(), bySize.end(),
                         [&perGroup](int a, int b) { return perGroup.at(a) > perGroup.at(b); });
        for (int i = kMaxScatterSeries - 1; i < bySize.size(); ++i) {
            own[bySize.at(i)] = false;
            ++folded;
            foldedPoints += perGroup.at(bySize.at(i));
        }
    }

    QChart *chart = newChart(q, s);
    if (!unplaced.isEmpty()) {
        appendNote(n, unplaced);
        addFootNote(chart, unplaced, s);
    }
    auto *reducer = new ChartReducer(ChartReducer::Kind::Scatter, q, std::move(values), chart);
    // Group index → series index (groups without points get no series).
    QVector<qint32> seriesOf(categoryCount + 1, -1);
    qint32 seriesCount = 0;
    int colour = 0;
    const double markerSize = s.compact ? 4 : (plotted > 500 ? 7 : 9);
    auto addSeries = [&](const QString &name, const QColor &base) {
        auto *series = new QScatterSeries;
        series->setName(name);
        series->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        series->setMarkerSize(markerSize);
        chart->addSeries(series);
        QColor color = base;
        if (plotted > 300)
            color.setAlpha(200); // overlapping markers stay readable
        series->setColor(color);
        series->setBorderColor(s.dark ? color.darker(150) : color.lighter(130));
        reducer->addScatterGroup(series);
        return seriesCount++;
    };
    for (int c : std::as_const(groups)) {
        if (!own.at(c))
            continue;
        const QString name = c < categoryCount
                                 ? chartText(TextBudget::elide(v.categories.at(c), TextBudget::kCategoryChars,
                                                               Qt::ElideMiddle))
                                 : tr("(none)");
        seriesOf[c] = addSeries(name, seriesColor(s, colour++));
    }
    if (folded > 0) {
        const qint32 others = addSeries(QCoreApplication::translate("iv::ChartBuilder", "Others (%n)", nullptr, folded),
                                        s.dark ? QColor(0x9C, 0xA3, 0xAF) : QColor(0x6B, 0x72, 0x80));
        for (int c : std::as_const(groups))
            if (!own.at(c))
                seriesOf[c] = others;
        appendNote(n, QCoreApplication::translate("iv::ChartBuilder",
                                                  "%1 of %2 categories (%3 points) are drawn as one series, "
                                                  "\"Others\"; the values table has each.")
                          .arg(folded)
                          .arg(groups.size())
                          .arg(foldedPoints));
    }
    for (qint32 &g : p.group)
        g = seriesOf.at(g);
    reducer->setScatter(std::move(p));
    chart->legend()->setVisible(!s.compact);
    chart->legend()->setAlignment(Qt::AlignTop);

    QValueAxis *xAxis = dataAxis(xr, markerSize, s.compact);
    styleAxis(xAxis, q.xlabel, s);
    attach(chart, xAxis, Qt::AlignBottom);
    QValueAxis *yAxis = dataAxis(yr, markerSize, s.compact);
    styleAxis(yAxis, q.ylabel, s);
    attach(chart, yAxis, Qt::AlignLeft);
    reducer->reduce(QSizeF(ChartReducer::kDefaultWidth, ChartReducer::kDefaultHeight));
    appendNote(n, reducer->note());
    return chart;
}

} // namespace iv
