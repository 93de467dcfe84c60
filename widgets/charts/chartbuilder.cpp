// SPDX-License-Identifier: MIT
// ChartBuilder: common parts, timeseries and scatterplots. Bars, histograms and gauges:
// chartbuilder_bars.cpp.
#include "chartbuilder.h"

#include "categorycolours.h"
#include "chartreducer.h"
#include "numberformat.h"
#include "reduction.h"
#include "textbudget.h"
#include "timeaxis.h"
#include "timestamp.h"
#include "translations.h"

#include <QCategoryAxis>
#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QSet>
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
    const int baseBottom = chart->margins().bottom();
    // Wrapped at words to the chart's width (a narrow window gets more lines, at most four; a longer note
    // ends at a word with "…"), never cut inside a number. The bottom margin follows the lines.
    auto place = [chart, item, text, font, height, baseBottom] {
        const QRectF r = chart->rect();
        const QFontMetricsF metrics(font);
        const qreal width = std::max<qreal>(r.width() - 12, 40);
        const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QStringList lines;
        QString line;
        for (const QString &word : words) {
            const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > width) {
                lines << line;
                line = word;
            } else {
                line = candidate;
            }
        }
        if (!line.isEmpty())
            lines << line;
        constexpr int kMaxLines = 4;
        if (lines.size() > kMaxLines) {
            lines = lines.mid(0, kMaxLines);
            QString &last = lines.last();
            while (last.contains(QLatin1Char(' ')) &&
                   metrics.horizontalAdvance(last + QStringLiteral(" …")) > width)
                last = last.left(last.lastIndexOf(QLatin1Char(' ')));
            last += QStringLiteral(" …");
        }
        item->setText(lines.join(QLatin1Char('\n')));
        const int needed = baseBottom + int(std::ceil(height * lines.size()));
        QMargins margins = chart->margins();
        if (margins.bottom() != needed) {
            margins.setBottom(needed);
            chart->setMargins(margins);
        }
        item->setPos(r.left() + 6, r.bottom() - height * lines.size() - 2);
    };
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, place);
    place();
}

// The printf format of a value axis' labels for ticks step apart: fixed with the step's decimals, or with
// as many significant digits as the ticks need to differ (never "1e+09" twice) for huge or tiny values.
QString valueLabelFormat(double big, double step, int decimals)
{
    if (big >= 1e9 || decimals > 6) {
        const int digits = std::clamp(int(std::ceil(std::log10(big / step))) + 1, 3, 15);
        return QStringLiteral("%.") + QString::number(digits) + QLatin1Char('g');
    }
    return QStringLiteral("%.") + QString::number(decimals) + QLatin1Char('f');
}

// A label as the axis writes it (for measuring): the chart's number locale and the axis' format.
QString valueLabelText(QValueAxis *axis, double v, double step, int decimals)
{
    const double big = std::max(std::abs(axis->min()), std::abs(axis->max()));
    const QString f = valueLabelFormat(big, step, decimals);
    const char kind = f.endsWith(QLatin1Char('g')) ? 'g' : 'f';
    const int precision = f.mid(2, f.size() - 3).toInt();
    return ChartBuilder::numberLocale().toString(v, kind, precision);
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
    axis->setLabelFormat(valueLabelFormat(big, step, decimals));
}

// Series longer than this skip period detection (a reduced big series is read as a line anyway).
constexpr int kMaxPeriodPoints = 200000;

// An instant at a period's granularity, month names in the UI language ("14 Mar 2024 05:00 UTC", "14. Mär
// 2024", "Mar 2024", "2024").
QString periodInstantText(qint64 ms, TimeTicks::Unit unit)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const QLocale locale = ChartBuilder::numberLocale();
    switch (unit) {
    case TimeTicks::Unit::Year:
        return QString::number(t.date().year());
    case TimeTicks::Unit::Month:
        return locale.toString(t.date(), QStringLiteral("MMM yyyy"));
    case TimeTicks::Unit::Week:
    case TimeTicks::Unit::Day:
        return locale.toString(t.date(), QStringLiteral("d MMM yyyy"));
    default:
        return locale.toString(t.date(), QStringLiteral("d MMM yyyy ")) +
               t.time().toString(QStringLiteral("HH:mm:ss")) + QStringLiteral(" UTC");
    }
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
            const qreal extent = horizontal ? plot.width() : plot.height();
            if (extent <= 0)
                return;
            // The most intervals (7 down to 1) whose labels, at their widest, fit side by side with a gap,
            // with at least two ticks inside the range (an axis with one label says nothing); failing that,
            // the fewest ticks that still make two.
            const QFontMetricsF metrics(value->labelsFont());
            const double lo = value->min(), hi = value->max();
            int intervals = 0, fallback = 0, fallbackTicks = std::numeric_limits<int>::max();
            for (int k = 7; k >= 1; --k) {
                int decimals = 0;
                const double step = Reduction::niceStep(hi - lo, k, &decimals);
                if (!(step > 0))
                    continue;
                const double ticks = std::floor(hi / step) - std::ceil(lo / step) + 1;
                if (!(ticks >= 2))
                    continue;
                qreal widest = 0;
                for (double v : {lo, hi, -std::max(std::abs(lo), std::abs(hi))})
                    widest =
                        std::max(widest, metrics.horizontalAdvance(valueLabelText(value, v, step, decimals)));
                const qreal label = horizontal ? widest + metrics.height() : metrics.height() * 1.6;
                if (ticks * label <= extent) {
                    intervals = k;
                    break;
                }
                if (int(ticks) <= fallbackTicks) {
                    fallbackTicks = int(ticks);
                    fallback = k;
                }
            }
            if (intervals == 0)
                intervals = fallback > 0 ? fallback : 2;
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
    // The series' period (yearly, quarterly, weekly, …): ticks never finer, and steps without a value said.
    auto *timeAxis = new TimeAxis(q.xformat, chart);
    QVector<QPair<double, double>> gaps; // consecutive instants with missing steps between them
    if (p.size() <= kMaxPeriodPoints) {
        QVector<double> xs = p.x;
        std::sort(xs.begin(), xs.end());
        TimeTicks::Step period;
        bool sundayWeeks = false;
        if (TimeTicks::detectPeriod(xs, &period, &sundayWeeks)) {
            timeAxis->setPeriod(period);
            qint64 first = 0;
            const qint64 missing = TimeTicks::missingSteps(xs, period, sundayWeeks, &first, xs.size() + 1);
            // A regular series with a few steps missing (not a sparse one): the line breaks there, and the
            // note says which.
            if (missing > 0 && missing <= xs.size()) {
                for (int i = 1; i < xs.size(); ++i)
                    if (xs.at(i) > xs.at(i - 1) &&
                        TimeTicks::next(qint64(xs.at(i - 1)), period, sundayWeeks) < qint64(xs.at(i)))
                        gaps.append({xs.at(i - 1), xs.at(i)});
                const QString text =
                    QCoreApplication::translate("iv::ChartBuilder",
                                                "%n step(s) of the series' period have no value (the first: "
                                                "%1); the line breaks there.",
                                                nullptr, int(missing))
                        .arg(periodInstantText(first, period.unit));
                appendNote(n, text);
                addFootNote(chart, text, s);
            }
        }
    }
    auto *reducer = new ChartReducer(ChartReducer::Kind::Timeseries, q, std::move(values), chart);
    const QVector<int> initial = p.initial;
    reducer->setTimeseries(series, std::move(p));
    reducer->setLineBreaks(std::move(gaps));

    // Calendar ticks (TimeAxis), with a little room so that the first and last points and their tick labels
    // are not cut at the plot's edges; a single instant gets a day either side.
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
    // Colours: the snapshot's category colours (CategoryColours); without them (a chart built alone), this
    // chart's own assignment. The largest category without a colour gets the primary, the rest grey.
    std::shared_ptr<const CategoryColours> owned = s.categories;
    if (!owned) {
        CategoryColours::Chart alone;
        alone.scatter = true;
        for (int c : std::as_const(groups))
            if (c < categoryCount && own.at(c))
                alone.rows.insert(v.categories.at(c), perGroup.at(c));
        owned = std::make_shared<const CategoryColours>(CategoryColours::assign({alone}));
    }
    QVector<int> bySize;
    for (int c : std::as_const(groups))
        if (own.at(c))
            bySize << c;
    std::stable_sort(bySize.begin(), bySize.end(),
                     [&perGroup](int a, int b) { return perGroup.at(a) > perGroup.at(b); });
    QVector<QColor> colourOf(categoryCount + 1);
    // Grey series are told apart by their marker's shape (the legend shows it).
    QVector<QScatterSeries::MarkerShape> shapeOf(categoryCount + 1, QScatterSeries::MarkerShapeCircle);
    const QScatterSeries::MarkerShape greyShapes[] = {
        QScatterSeries::MarkerShapeRectangle, QScatterSeries::MarkerShapeTriangle,
        QScatterSeries::MarkerShapeRotatedRectangle, QScatterSeries::MarkerShapeStar,
        QScatterSeries::MarkerShapePentagon};
    bool primaryTaken = false;
    int grey = 0;
    for (int c : std::as_const(bySize)) {
        const int slot = c < categoryCount ? owned->slot(v.categories.at(c)) : -1;
        if (slot >= 0) {
            colourOf[c] = s.categoryColor(slot);
        } else if (!primaryTaken) {
            colourOf[c] = s.primary;
            primaryTaken = true;
        } else {
            colourOf[c] = s.neutral();
            shapeOf[c] = greyShapes[grey % int(std::size(greyShapes))];
            ++grey;
        }
    }
    const double markerSize = s.compact ? 4 : (plotted > 500 ? 7 : 9);
    auto addSeries = [&](const QString &name, const QColor &base,
                         QScatterSeries::MarkerShape shape = QScatterSeries::MarkerShapeCircle) {
        auto *series = new QScatterSeries;
        series->setName(name);
        series->setMarkerShape(shape);
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
        seriesOf[c] = addSeries(name, colourOf.at(c), shapeOf.at(c));
    }
    if (grey > 1 || (grey > 0 && folded > 0))
        appendNote(n, QCoreApplication::translate("iv::ChartBuilder",
                                                  "%n categories without a colour of their own are drawn in "
                                                  "grey, each with its own marker shape (see the legend).",
                                                  nullptr, grey));
    if (folded > 0) {
        const qint32 others = addSeries(
            QCoreApplication::translate("iv::ChartBuilder", "Others (%n)", nullptr, folded), s.neutral());
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
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

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
