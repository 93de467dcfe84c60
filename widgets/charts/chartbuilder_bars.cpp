// SPDX-License-Identifier: MIT
// ChartBuilder: barcharts, hbarcharts, histograms and gauges.
#include "chartbuilder.h"

#include "elidedtext.h"
#include "gaugerange.h"
#include "numberformat.h"
#include "reduction.h"
#include "textbudget.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCoreApplication>
#include <QCursor>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QSet>
#include <QToolTip>
#include <QValueAxis>
#include <QtCharts/QChart>

#include <algorithm>
#include <memory>
#include <cmath>

namespace iv {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("iv::ChartBuilder", text, nullptr, n);
}

struct Bar
{
    QString label; // full plain text
    double value = 0;
    double other = 0; // yvalue
    int folded = 0;   // > 0: the "others" bar, summing this many bars
    int merged = 1;   // histogram: adjacent bins summed in this bar
    int row = -1;     // the BucketValues row (-1 for "others")
    QString suffix;   // appended to the label after eliding (an hbar's yvalue)
};

// Rows with a finite xvalue; *skipped counts the others.
QVector<Bar> barsOf(const BucketValues &v, int *skipped, bool labelFromY)
{
    QVector<Bar> bars;
    bars.reserve(v.size());
    *skipped = 0;
    for (int i = 0; i < v.size(); ++i) {
        const double value = v.x.at(i);
        if (!std::isfinite(value) || (labelFromY && !std::isfinite(v.y.at(i)))) {
            ++*skipped;
            continue;
        }
        Bar bar;
        bar.row = i;
        bar.value = value;
        bar.other = v.y.at(i);
        if (labelFromY) {
            // Labelled by buildHistogram once the bins are merged to their budget.
        } else {
            const QString category = v.categoryAt(i);
            bar.label =
                category.isNull() ? QCoreApplication::translate("iv::ChartBuilder", "(none)") : category;
        }
        bars.append(bar);
    }
    return bars;
}

// More bars than fit: the largest maxBars - 1 in their order, then one "others" bar with the sum of the rest,
// so the total stays what the file holds. *note says so.
QVector<Bar> foldBars(const QVector<Bar> &bars, int maxBars, QString *note)
{
    if (bars.size() <= maxBars)
        return bars;
    QVector<double> values;
    values.reserve(bars.size());
    for (const Bar &bar : bars)
        values << bar.value;
    double othersSum = 0;
    int othersCount = 0;
    const QVector<int> keep = Reduction::topN(values, maxBars - 1, &othersSum, &othersCount);
    QVector<Bar> out;
    out.reserve(keep.size() + 1);
    for (int i : keep)
        out << bars.at(i);
    Bar others;
    others.label = QCoreApplication::translate("iv::ChartBuilder", "Others (%n)", nullptr, othersCount);
    others.value = othersSum;
    others.other = std::nan("");
    others.folded = othersCount;
    out << others;
    *note = QCoreApplication::translate(
                "iv::ChartBuilder", "Showing the %1 largest of %2 bars; the other %3 are summed in one bar "
                                    "(total %4, written on that bar).")
                .arg(keep.size())
                .arg(bars.size())
                .arg(othersCount)
                .arg(NumberFormat::ui().display(othersSum));
    return out;
}

void appendNote(ChartNotes *notes, const QString &text)
{
    if (!notes || text.isEmpty())
        return;
    notes->message = notes->message.isEmpty() ? text : notes->message + QLatin1Char(' ') + text;
}

// QBarCategoryAxis drops duplicate categories: number repeated labels so that every bar keeps its own.
QStringList uniqueAxisLabels(const QVector<Bar> &bars, int maxChars)
{
    QStringList out;
    QSet<QString> seen;
    for (const Bar &bar : bars) {
        // Long labels keep their start and their end (where "/endpoint/009" and "/endpoint/010" differ).
        QString label = ChartBuilder::chartText(TextBudget::elide(bar.label, maxChars, Qt::ElideMiddle)) +
                        ChartBuilder::chartText(bar.suffix);
        QString candidate = label;
        for (int n = 2; seen.contains(candidate); ++n)
            candidate = label + QStringLiteral(" (%1)").arg(n);
        seen.insert(candidate);
        out << candidate;
    }
    return out;
}

QList<qreal> valuesOf(const QVector<Bar> &bars)
{
    QList<qreal> out;
    out.reserve(bars.size());
    for (const Bar &bar : bars)
        out << bar.value;
    return out;
}

// The "others" bar sets the scale only when it is at most twice the longest bar: a bigger sum would flatten
// every other bar, so it runs off the end of the scale, in grey, its real total written on it.
QValueAxis *barValueAxis(const QVector<Bar> &bars, double room = 0.05)
{
    double lo = 0, hi = 0;
    double othersLo = 0, othersHi = 0;
    for (const Bar &bar : bars) {
        if (bar.folded > 0 && bars.size() > 1) {
            othersLo = std::min(othersLo, bar.value);
            othersHi = std::max(othersHi, bar.value);
            continue;
        }
        lo = std::min(lo, bar.value);
        hi = std::max(hi, bar.value);
    }
    if (othersHi <= 2 * hi && othersLo >= 2 * lo) {
        lo = std::min(lo, othersLo);
        hi = std::max(hi, othersHi);
    }
    // Zero is on the axis, so the span is at least the largest magnitude; below 1e-300 (bars of 0 and 5e-324)
    // Qt would divide by a subnormal span: such bars are drawn on a 0..1 axis.
    if (!(hi - lo > 1e-300))
        hi = lo + 1;
    return ChartBuilder::valueAxis(lo < 0 ? lo * (1 + room) : lo, hi > 0 ? hi * (1 + room) : hi);
}

void noteBars(ChartNotes *notes, int plotted, int skipped)
{
    if (!notes)
        return;
    notes->plotted = plotted;
    notes->skipped = skipped;
    if (skipped > 0)
        notes->message = QCoreApplication::translate(
            "iv::ChartBuilder", "%n row(s) not drawn: missing or non-numeric value.", nullptr, skipped);
}

QBarSet *newBarSet(const QString &name, const QVector<Bar> &bars, const ChartStyle &style)
{
    auto *set = new QBarSet(ChartBuilder::chartText(TextBudget::elide(name, TextBudget::kCategoryChars)));
    set->append(valuesOf(bars));
    set->setColor(style.primary);
    set->setBorderColor(style.primary);
    set->setSelectedColor(style.dark ? QColor(0x6B, 0x72, 0x80) : QColor(0x9C, 0xA3, 0xAF));
    QList<int> rows;
    for (int i = 0; i < bars.size(); ++i) {
        rows << bars.at(i).row;
        if (bars.at(i).folded > 0)
            set->selectBar(i); // the "others" bar, in grey
    }
    set->setProperty(ChartBuilder::kBarRowsProperty, QVariant::fromValue(rows)); // hover → table row
    set->setLabelColor(style.dark ? QColor(0xE5, 0xE7, 0xEB) : QColor(0x1F, 0x29, 0x37));
    return set;
}

// Full label and values of the hovered bar, as a plain-text tooltip.
void addHoverTips(QBarSet *set, const QVector<Bar> &bars, bool withOther)
{
    QObject::connect(set, &QBarSet::hovered, set, [bars, withOther](bool status, int index) {
        if (!status || index < 0 || index >= bars.size()) {
            QToolTip::hideText();
            return;
        }
        const Bar &bar = bars.at(index);
        QString text = bar.label + QStringLiteral("\n") +
                       NumberFormat::ui().exact(bar.value);
        if (withOther && std::isfinite(bar.other))
            text += QStringLiteral(" (y %1)").arg(
                NumberFormat::ui().exact(bar.other));
        QToolTip::showText(QCursor::pos(), ElidedText::toolTip(text)); // a 1 MB label: its first 20,000 chars
    });
}

QString barValueText(double value)
{
    return ChartBuilder::numberLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

// The value of every bar, written at its end: outside the bar when the plot has room there, else inside in
// a colour that contrasts with the bar (the longest bar's label is never hidden under the bar's own
// colour). Plain text items owned by the chart, placed again whenever the plot area changes; the "others"
// bar, which may run past the scale, is labelled with its real total. Font no taller than a bar is thick.
void addValueLabels(QChart *chart, QAbstractBarSeries *series, const QVector<Bar> &bars, bool horizontal,
                    const ChartStyle &style)
{
    QVector<QGraphicsSimpleTextItem *> items;
    const QColor outside = style.dark ? QColor(0xE5, 0xE7, 0xEB) : QColor(0x1F, 0x29, 0x37);
    const QColor inside = style.primary.lightness() > 140 ? QColor(0x11, 0x18, 0x27) : QColor(Qt::white);
    const QColor insideOthers = style.dark ? QColor(0x11, 0x18, 0x27) : QColor(Qt::white);
    for (int i = 0; i < bars.size(); ++i) {
        auto *item = new QGraphicsSimpleTextItem(barValueText(bars.at(i).value), chart); // plain text
        item->setData(0, QStringLiteral("iv_barvalue"));
        item->setData(1, i);
        item->setZValue(20);
        items << item;
    }
    auto place = [chart, series, bars, items, horizontal, outside, inside, insideOthers] {
        const QRectF plot = chart->plotArea();
        if (plot.width() < 10 || plot.height() < 10)
            return;
        const int n = int(bars.size());
        const qreal thickness =
            (horizontal ? plot.height() : plot.width()) / std::max(1, n) * series->barWidth();
        QFont font = chart->font();
        font.setPixelSize(std::clamp(int(thickness * 0.8), 1, 13));
        const bool readable = thickness >= 7;
        const QFontMetricsF metrics(font);
        for (int i = 0; i < n; ++i) {
            QGraphicsSimpleTextItem *item = items.at(i);
            item->setVisible(readable);
            if (!readable)
                continue;
            item->setFont(font);
            const Bar &bar = bars.at(i);
            const QPointF base = chart->mapToPosition(horizontal ? QPointF(0, i) : QPointF(i, 0), series);
            QPointF end =
                chart->mapToPosition(horizontal ? QPointF(bar.value, i) : QPointF(i, bar.value), series);
            // A bar past the scale (the "others" bar) ends at the plot's edge.
            end.setX(std::clamp(end.x(), plot.left(), plot.right()));
            end.setY(std::clamp(end.y(), plot.top(), plot.bottom()));
            const QSizeF size(metrics.horizontalAdvance(item->text()), metrics.height());
            const qreal gap = 3;
            QPointF pos;
            bool in = false;
            if (horizontal) {
                const bool positive = end.x() >= base.x();
                const qreal y = end.y() - size.height() / 2;
                qreal x = positive ? end.x() + gap : end.x() - gap - size.width();
                if (x < plot.left() || x + size.width() > plot.right()) {
                    in = true;
                    x = positive ? end.x() - gap - size.width() : end.x() + gap;
                    if (std::abs(end.x() - base.x()) < size.width() + 2 * gap) { // too short: beyond the base
                        in = false;
                        x = positive ? base.x() - gap - size.width() : base.x() + gap;
                    }
                }
                pos = QPointF(x, y);
            } else {
                const bool positive = end.y() <= base.y();
                const qreal x = end.x() - size.width() / 2;
                qreal y = positive ? end.y() - gap - size.height() : end.y() + gap;
                if (y < plot.top() || y + size.height() > plot.bottom()) {
                    in = true;
                    y = positive ? end.y() + gap : end.y() - gap - size.height();
                    if (std::abs(end.y() - base.y()) <
                        size.height() + 2 * gap) { // too short: beyond the base
                        in = false;
                        y = positive ? base.y() + gap : base.y() - gap - size.height();
                    }
                }
                pos = QPointF(x, y);
            }
            item->setBrush(in ? (bar.folded > 0 ? insideOthers : inside) : outside);
            item->setData(2, in);
            item->setPos(pos);
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

// Category labels no taller than the spacing between bars, so Qt Charts (which hides a label that overlaps
// its neighbour) keeps every one: 30 bars and "Others" on a short chart still name each bar.
void fitCategoryLabels(QChart *chart, QBarCategoryAxis *axis, int count, bool vertical)
{
    const QFont normal = axis->labelsFont();
    auto fit = [chart, axis, count, normal, vertical] {
        const QRectF plot = chart->plotArea();
        const qreal spacing = (vertical ? plot.height() : plot.width()) / std::max(1, count);
        if (spacing <= 0)
            return;
        // Qt Charts hides a label whose box (the text's height and a small margin) reaches its neighbour:
        // the largest font, down to 6 px, whose box fits the spacing.
        QFont font = normal;
        for (int px = QFontInfo(normal).pixelSize(); px >= 6; --px) {
            font.setPixelSize(px);
            if (QFontMetricsF(font).height() + 4 <= spacing)
                break;
        }
        if (font != axis->labelsFont())
            axis->setLabelsFont(font);
    };
    QObject::connect(chart, &QChart::plotAreaChanged, axis, fit);
    fit();
}

} // namespace

QChart *ChartBuilder::buildBars(const Question &q, const BucketValues &v, const ChartStyle &s, ChartNotes *n)
{
    int skipped = 0;
    QVector<Bar> bars = barsOf(v, &skipped, false);
    noteBars(n, bars.size(), skipped);
    QString folded;
    bars = foldBars(bars, maxBars(s), &folded);
    appendNote(n, folded);
    QChart *chart = newChart(q, s);
    auto *series = new QBarSeries;
    QBarSet *set = newBarSet(q.ylabel, bars, s);
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    set->setColor(s.primary);
    set->setBorderColor(s.primary);
    addHoverTips(set, bars, false);

    auto *categories = new QBarCategoryAxis;
    categories->append(uniqueAxisLabels(bars, s.compact ? 12 : (bars.size() > 20 ? 16 : 24)));
    if (!s.compact && bars.size() > 10) {
        // Vertical: Qt centres a rotated label's bounding box on its tick, so only -90 keeps each label
        // under its own bar. Already elided above; untruncated so that each keeps its text.
        categories->setLabelsAngle(bars.size() > 20 ? -90 : -45);
        categories->setTruncateLabels(bars.size() <= 20);
    }
    styleAxis(categories, q.xlabel, s);
    attach(chart, categories, Qt::AlignBottom);
    QValueAxis *values = barValueAxis(bars, s.compact ? 0.05 : 0.08); // room for the value above the top
    styleAxis(values, q.ylabel, s);
    attach(chart, values, Qt::AlignLeft);
    if (!s.compact) {
        if (bars.size() > 20)
            fitCategoryLabels(chart, categories, int(bars.size()), false);
        addValueLabels(chart, series, bars, false, s);
    }
    return chart;
}

QChart *ChartBuilder::buildHbars(const Question &q, const BucketValues &v, const ChartStyle &s, ChartNotes *n)
{
    int skipped = 0;
    QVector<Bar> bars = barsOf(v, &skipped, false);
    noteBars(n, bars.size(), skipped);
    QString folded;
    bars = foldBars(bars, maxBars(s), &folded);
    appendNote(n, folded);
    // Longest first at the top: Qt draws the first category at the bottom, so sort ascending (stable, so
    // equal bars keep file order from the top down).
    std::reverse(bars.begin(), bars.end());
    // The "others" bar is not ranked: it stays at the bottom, below the smallest shown bar.
    std::stable_sort(bars.begin(), bars.end(), [](const Bar &a, const Bar &b) {
        if ((a.folded > 0) != (b.folded > 0))
            return a.folded > 0;
        return a.value < b.value;
    });
    // Upstream labels each bar category[:30] + "..:" + int(yvalue); so do we ("Jamie Mccarthy: 74", the
    // category elided to 30 characters), when the bucket uses yvalue at all (any finite non-zero one).
    const bool withY = std::any_of(bars.cbegin(), bars.cend(), [](const Bar &b) {
        return b.folded == 0 && std::isfinite(b.other) && b.other != 0;
    });
    if (withY)
        for (Bar &bar : bars)
            if (bar.folded == 0 && std::isfinite(bar.other))
                bar.suffix = QStringLiteral(": ") + numberLocale().toString(std::trunc(bar.other), 'f', 0);

    QChart *chart = newChart(q, s);
    auto *series = new QHorizontalBarSeries;
    QBarSet *set = newBarSet(q.ylabel, bars, s);
    series->append(set);
    series->setBarWidth(0.75);
    chart->addSeries(series);
    set->setColor(s.primary);
    set->setBorderColor(s.primary);
    addHoverTips(set, bars, true);

    auto *categories = new QBarCategoryAxis;
    categories->append(uniqueAxisLabels(bars, s.compact ? 14 : 30));
    categories->setTruncateLabels(false); // already elided above; Qt 6.4 otherwise elides every label to "…"
    styleAxis(categories, q.xlabel, s);
    attach(chart, categories, Qt::AlignLeft);
    QValueAxis *values = barValueAxis(bars, s.compact ? 0.05 : 0.1); // room for the value after the end
    styleAxis(values, q.ylabel, s);
    attach(chart, values, Qt::AlignBottom);
    if (!s.compact) {
        fitCategoryLabels(chart, categories, int(bars.size()), true);
        addValueLabels(chart, series, bars, true, s);
    }
    return chart;
}

QChart *ChartBuilder::buildHistogram(const Question &q, const BucketValues &v, const ChartStyle &s,
                                     ChartNotes *n)
{
    int skipped = 0;
    QVector<Bar> bars = barsOf(v, &skipped, true);
    noteBars(n, bars.size(), skipped);
    std::stable_sort(bars.begin(), bars.end(), [](const Bar &a, const Bar &b) { return a.other < b.other; });
    // Beyond kMaxHistogramBins, adjacent bins are summed (the same number in each bar, the shape and the
    // total kept): one bar and one axis label per bin of a million-bin histogram cost minutes and gigabytes.
    const int binCount = int(bars.size());
    if (binCount > kMaxHistogramBins) {
        const int per = (binCount + kMaxHistogramBins - 1) / kMaxHistogramBins;
        QVector<Bar> merged;
        merged.reserve(kMaxHistogramBins);
        for (int i = 0; i < binCount; i += per) {
            Bar bar = bars.at(i);
            const int last = std::min(binCount, i + per) - 1;
            for (int k = i + 1; k <= last; ++k)
                bar.value += bars.at(k).value;
            bar.merged = last - i + 1;
            if (bar.merged > 1)
                bar.row = -1;
            bar.label = NumberFormat::ui().display(bars.at(i).other) + QStringLiteral("–") +
                        NumberFormat::ui().display(bars.at(last).other);
            merged << bar;
        }
        appendNote(n, QCoreApplication::translate(
                          "iv::ChartBuilder", "%1 bins drawn as %2 bars, each the sum of %3 adjacent bins.")
                          .arg(binCount)
                          .arg(merged.size())
                          .arg(per));
        bars = merged;
    } else {
        for (Bar &bar : bars)
            bar.label = NumberFormat::ui().exact(bar.other);
    }

    QChart *chart = newChart(q, s);
    auto *series = new QBarSeries;
    QBarSet *set = newBarSet(q.ylabel, bars, s);
    series->append(set);
    series->setBarWidth(0.95); // adjacent bins
    chart->addSeries(series);
    set->setColor(s.primary);
    set->setBorderColor(s.primary);
    addHoverTips(set, bars, false);

    auto *bins = new QBarCategoryAxis;
    bins->append(uniqueAxisLabels(bars, 16));
    styleAxis(bins, q.xlabel, s);
    attach(chart, bins, Qt::AlignBottom);
    QValueAxis *values = barValueAxis(bars);
    styleAxis(values, q.ylabel, s);
    attach(chart, values, Qt::AlignLeft);
    return chart;
}

QChart *ChartBuilder::buildGauge(const Question &question, const ChartStyle &style)
{
    // The same honest scale as the card (GaugeRange): an arc only when the question states its range (percent,
    // a ratio); otherwise the number alone. A range the user set is kept per app module, which a lone question
    // does not carry: the exported chart uses the stated range only.
    QChart *chart = newChart(Question(), style);
    if (!style.compact)
        chart->setTitle(chartText(TextBudget::elide(question.displayText(), TextBudget::kTitleChars)));
    const GaugeRange range = GaugeRange::resolve(question);
    const bool valid = question.valueValid && !std::isnan(question.value);
    const NumberFormat format = NumberFormat::ui();
    const QColor muted = style.dark ? QColor(0x9C, 0xA3, 0xAF) : QColor(0x6B, 0x72, 0x80);
    const QColor warning = style.dark ? QColor(0xFD, 0xBA, 0x74) : QColor(0xEA, 0x58, 0x0C);
    chart->setBackgroundVisible(!style.compact);
    if (style.compact)
        chart->setMargins(QMargins(0, 0, 0, 0));

    // Texts laid out over the plot area: the value, the ends of the arc, a note.
    struct Placed
    {
        QGraphicsSimpleTextItem *item;
        QPointF at; // fraction of the plot area: the item's centre goes there
    };
    auto texts = std::make_shared<QVector<Placed>>();
    auto place = [&](const QString &text, double pointSize, bool bold, const QColor &colour, QPointF at) {
        auto *item = new QGraphicsSimpleTextItem(text, chart);
        QFont font = chart->titleFont();
        font.setBold(bold);
        font.setPointSizeF(pointSize);
        item->setFont(font);
        item->setBrush(colour);
        texts->append({item, at});
        return item;
    };
    const QString valueText = valid ? (question.valueIsInteger ? format.integer(question.intValue)
                                                               : format.display(question.value))
                                    : QStringLiteral("—");
    const double big = style.compact ? 11 : 22, small = style.compact ? 7 : 10;

    if (range.hasArc()) {
        const double f = valid ? range.fraction(question.value) : 0;
        auto *series = new QPieSeries;
        series->setPieStartAngle(-90);
        series->setPieEndAngle(90);
        series->setHoleSize(0.62);
        series->setPieSize(1.0);
        series->setVerticalPosition(0.85);
        QPieSlice *value = series->append(QString(), f);
        QPieSlice *rest = series->append(QString(), 1 - f);
        chart->addSeries(series);
        const QColor fill = valid && range.outside(question.value) != 0 ? warning : style.primary;
        value->setColor(fill);
        value->setBorderColor(fill);
        const QColor track = style.dark ? QColor(0x37, 0x41, 0x51) : QColor(0xE5, 0xE7, 0xEB);
        rest->setColor(track);
        rest->setBorderColor(track);
        const QColor ink = style.dark ? QColor(0xF3, 0xF4, 0xF6) : QColor(0x11, 0x18, 0x27);
        place(valueText, big, true, ink, QPointF(0.5, 0.72));
        place(format.display(range.minimum), small, false, muted, QPointF(0.5 - 0.36, 0.93));
        place(format.display(range.maximum), small, false, muted, QPointF(0.5 + 0.36, 0.93));
        if (valid && range.outside(question.value) != 0)
            place(range.outside(question.value) < 0 ? tr("below the range") : tr("above the range"), small,
                  false, warning, QPointF(0.5, 0.84));
    } else {
        const QColor ink = style.dark ? QColor(0xF3, 0xF4, 0xF6) : QColor(0x11, 0x18, 0x27);
        place(valueText, big * 1.4, true, ink, QPointF(0.5, 0.45));
        place(tr("no range stored"), small, false, muted, QPointF(0.5, 0.62));
    }
    auto layout = [chart, texts] {
        const QRectF area = chart->plotArea().isEmpty() ? chart->rect() : chart->plotArea();
        for (const Placed &p : std::as_const(*texts)) {
            const QRectF r = p.item->boundingRect();
            const QPointF c(area.left() + area.width() * p.at.x(), area.top() + area.height() * p.at.y());
            p.item->setPos(c - QPointF(r.width() / 2, r.height() / 2));
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, layout);
    QObject::connect(chart, &QChart::geometryChanged, chart, layout);
    layout();
    return chart;
}

} // namespace iv
