// SPDX-License-Identifier: MIT
// ChartBuilder: barcharts, hbarcharts, histograms and gauges.
#include "chartbuilder.h"

#include "categorycolours.h"
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
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPen>
#include <QPieSeries>
#include <QPieSlice>
#include <QSet>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QtCharts/QChart>

#include <algorithm>
#include <cmath>
#include <memory>

namespace iv {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("iv::ChartBuilder", text, nullptr, n);
}

struct Bar
{
    QString label;    // full plain text
    QString category; // as stored (the key of its colour)
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
            bar.category = category;
            // NULL and '' are named, never drawn as a bare "…" that reads as a cut label.
            bar.label = category.isNull()    ? QCoreApplication::translate("iv::ChartBuilder", "(none)")
                        : category.isEmpty() ? QCoreApplication::translate("iv::ChartBuilder", "(empty)")
                                             : category;
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

// Full label and values of the hovered bar, as a plain-text tooltip, kept on the chart while the bar is
// hovered (kBarHoverTextProperty) so the view shows it again instead of letting it vanish.
void addHoverTips(QChart *chart, QBarSet *set, const QVector<Bar> &bars, bool withOther)
{
    QObject::connect(set, &QBarSet::hovered, set, [chart, bars, withOther](bool status, int index) {
        if (!status || index < 0 || index >= bars.size()) {
            chart->setProperty(ChartBuilder::kBarHoverTextProperty, QString());
            QToolTip::hideText();
            return;
        }
        const Bar &bar = bars.at(index);
        QString text = bar.label + QStringLiteral("\n") + NumberFormat::ui().exact(bar.value);
        if (withOther && std::isfinite(bar.other))
            text += QStringLiteral(" (y %1)").arg(NumberFormat::ui().exact(bar.other));
        text = ElidedText::toolTip(text); // a 1 MB label: its first 20,000 chars
        chart->setProperty(ChartBuilder::kBarHoverTextProperty, text);
        QToolTip::showText(QCursor::pos(), text);
    });
}

// The bar series: one set in the primary, the "others" bar grey (selected). Bars whose category has a
// colour in this snapshot (ChartStyle::colorOf) are drawn in it: then the series is stacked, one set per
// colour holding that colour's bars and 0 elsewhere (a QBarSet has one colour; unstacked sets, or more
// series, would sit side by side), the first set the bars in the primary. Every set carries the rows
// (kBarRowsProperty) and the hover tooltips. *fills receives each bar's colour, for the labels drawn on it.
QAbstractBarSeries *newBarSeries(QChart *chart, const QString &name, const QVector<Bar> &bars,
                                 bool horizontal, bool withOther, const ChartStyle &style,
                                 QVector<QColor> *fills)
{
    fills->fill(style.primary, bars.size());
    QVector<int> slotOf(bars.size(), -1);
    QVector<int> used;
    for (int i = 0; i < bars.size(); ++i) {
        if (bars.at(i).folded > 0) {
            (*fills)[i] = style.neutral();
            continue;
        }
        slotOf[i] = style.categories && !bars.at(i).category.isNull()
                        ? style.categories->slot(bars.at(i).category)
                        : -1;
        if (slotOf.at(i) >= 0 && !used.contains(slotOf.at(i)))
            used << slotOf.at(i);
    }
    std::sort(used.begin(), used.end());
    QBarSet *first = newBarSet(name, bars, style);
    QAbstractBarSeries *series = nullptr;
    if (used.isEmpty()) {
        series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
        series->append(first);
    } else {
        series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                            : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
        for (int i = 0; i < bars.size(); ++i)
            if (slotOf.at(i) >= 0)
                first->replace(i, 0);
        first->setPen(Qt::NoPen); // a bar of 0 would draw a line at the base of a coloured one
        series->append(first);
        const QVariant rows = first->property(ChartBuilder::kBarRowsProperty);
        for (int slot : std::as_const(used)) {
            const QColor colour = style.categoryColor(slot);
            auto *set = new QBarSet(first->label());
            QList<qreal> values;
            for (int i = 0; i < bars.size(); ++i) {
                values << (slotOf.at(i) == slot ? bars.at(i).value : 0.0);
                if (slotOf.at(i) == slot)
                    (*fills)[i] = colour;
            }
            set->append(values);
            set->setColor(colour);
            set->setPen(Qt::NoPen);
            set->setLabelColor(first->labelColor());
            set->setProperty(ChartBuilder::kBarRowsProperty, rows);
            series->append(set);
        }
    }
    chart->addSeries(series);
    const auto sets = series->barSets();
    for (QBarSet *set : sets)
        addHoverTips(chart, set, bars, withOther);
    // The legend names the value, not the colours (a bar's colour belongs to its category label).
    const auto markers = chart->legend()->markers(series);
    for (int i = 1; i < markers.size(); ++i)
        markers.at(i)->setVisible(false);
    return series;
}

// A value as written on its bar: at most the digits a reader needs (NumberFormat::display: whole numbers in
// full, three decimals at most), never float noise such as "573,607.729999993"; the tooltip has it exact.
QString barValueText(double value)
{
    return NumberFormat::ui().display(value);
}

// ChartBuilder::chartText undone: the plain text of an escaped title, to measure and cut it.
QString plainOfChartText(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

// How value labels are written when the plot is small: whole and level, abbreviated by NumberFormat::compact
// ("852 K", "1,2 Mio."), then the same turned a quarter along vertical bars; the first way in which every
// label fits its bar wins. Where none fits, labels that cannot be placed are left out (hover and the values
// table still give every value) — a label is never cut, never overlaps a neighbour and never sits on the
// other side of zero.
struct ValueLabelMode
{
    bool compact = false;
    bool rotated = false;
};

// The value of every bar, written at its end: outside the bar when the plot has room there, else inside in
// a colour that contrasts with the bar (the longest bar's label is never hidden under the bar's own
// colour). Plain text items owned by the chart, placed again whenever the plot area changes; the "others"
// bar, which may run past the scale, is labelled with its real total. The chart's property
// "iv_valueLabelsLeftOut" counts the labels left out at the current size.
void addValueLabels(QChart *chart, QAbstractBarSeries *series, const QVector<Bar> &bars, bool horizontal,
                    const ChartStyle &style, const QVector<QColor> &fills)
{
    QVector<QGraphicsSimpleTextItem *> items;
    QStringList full, compact;
    const QColor outside = style.dark ? QColor(0xE5, 0xE7, 0xEB) : QColor(0x1F, 0x29, 0x37);
    // Inside a bar: near-black or white, whichever contrasts more with that bar's fill (4.5:1 or more on
    // every category colour, the primary and the grey "others" bar).
    QVector<QColor> inside;
    for (int i = 0; i < bars.size(); ++i)
        inside << ChartStyle::inkOn(i < fills.size() ? fills.at(i) : style.primary);
    const NumberFormat format = NumberFormat::ui();
    for (int i = 0; i < bars.size(); ++i) {
        full << barValueText(bars.at(i).value);
        compact << format.compact(bars.at(i).value);
        auto *item = new QGraphicsSimpleTextItem(full.last(), chart); // plain text
        item->setData(0, QStringLiteral("iv_barvalue"));
        item->setData(1, i);
        item->setZValue(20);
        items << item;
    }
    auto place = [chart, series, bars, items, full, compact, horizontal, outside, inside] {
        const QRectF plot = chart->plotArea();
        const int n = int(bars.size());
        if (plot.width() < 10 || plot.height() < 10 || n == 0) {
            for (QGraphicsSimpleTextItem *item : items)
                item->setVisible(false);
            chart->setProperty("iv_valueLabelsLeftOut", n);
            return;
        }
        const qreal spacing = (horizontal ? plot.height() : plot.width()) / n;
        QFont font = chart->font();
        font.setPixelSize(std::clamp(int(spacing * 0.75), 8, 12));
        const QFontMetricsF metrics(font);
        const qreal gap = 3;
        // Pixel positions along the value direction (x for hbars, y for bars) of each bar's base and end.
        QVector<qreal> base(n), end(n);
        for (int i = 0; i < n; ++i) {
            const QPointF b = chart->mapToPosition(horizontal ? QPointF(0, i) : QPointF(i, 0), series);
            QPointF e = chart->mapToPosition(
                horizontal ? QPointF(bars.at(i).value, i) : QPointF(i, bars.at(i).value), series);
            // A bar past the scale (the "others" bar) ends at the plot's edge.
            e.setX(std::clamp(e.x(), plot.left(), plot.right()));
            e.setY(std::clamp(e.y(), plot.top(), plot.bottom()));
            base[i] = horizontal ? b.x() : b.y();
            end[i] = horizontal ? e.x() : e.y();
        }
        const qreal lo = horizontal ? plot.left() : plot.top(),
                    hi = horizontal ? plot.right() : plot.bottom();
        // Where label i goes along the value direction for an extent of length: its start, and whether it
        // is inside the bar; false when it fits neither beyond the end nor inside the bar.
        auto alongOf = [&](int i, qreal length, qreal *start, bool *in) {
            // Outward: away from the base, on the value's own side of zero (screen y grows downwards).
            const bool positive = horizontal ? end[i] >= base[i] : end[i] <= base[i];
            const qreal dir = horizontal ? (positive ? 1 : -1) : (positive ? -1 : 1);
            const qreal outStart = dir > 0 ? end[i] + gap : end[i] - gap - length;
            if (outStart >= lo && outStart + length <= hi) {
                *start = outStart;
                *in = false;
                return true;
            }
            if (std::abs(end[i] - base[i]) >= length + 2 * gap) {
                *start = dir > 0 ? end[i] - gap - length : end[i] + gap;
                *in = true;
                return true;
            }
            return false;
        };
        const ValueLabelMode modes[] = {{false, false}, {true, false}, {false, true}, {true, true}};
        int chosen = -1, bestPlaced = -1;
        for (int m = 0; m < int(std::size(modes)); ++m) {
            const ValueLabelMode mode = modes[m];
            if (mode.rotated && horizontal)
                continue;
            int placed = 0;
            bool across = true;
            for (int i = 0; i < n && across; ++i) {
                const QString &text = mode.compact ? compact.at(i) : full.at(i);
                const qreal w = metrics.horizontalAdvance(text), h = metrics.height();
                // Across the bars: the label within its own bar's slot.
                const qreal acrossExtent = horizontal || mode.rotated ? h : w;
                across = acrossExtent + 2 <= spacing;
                const qreal length = horizontal ? w : (mode.rotated ? w : h);
                qreal start = 0;
                bool in = false;
                placed += across && alongOf(i, length, &start, &in);
            }
            if (!across)
                continue;
            if (placed > bestPlaced) {
                bestPlaced = placed;
                chosen = m;
            }
            if (placed == n)
                break;
        }
        int leftOut = 0;
        for (int i = 0; i < n; ++i) {
            QGraphicsSimpleTextItem *item = items.at(i);
            if (chosen < 0) {
                item->setVisible(false);
                ++leftOut;
                continue;
            }
            const ValueLabelMode mode = modes[chosen];
            const QString &text = mode.compact ? compact.at(i) : full.at(i);
            const qreal w = metrics.horizontalAdvance(text), h = metrics.height();
            const qreal length = horizontal ? w : (mode.rotated ? w : h);
            qreal start = 0;
            bool in = false;
            if (!alongOf(i, length, &start, &in)) {
                item->setVisible(false);
                ++leftOut;
                continue;
            }
            item->setFont(font);
            item->setText(text);
            item->setRotation(mode.rotated ? -90 : 0);
            const qreal centre = horizontal ? chart->mapToPosition(QPointF(0, i), series).y()
                                            : chart->mapToPosition(QPointF(i, 0), series).x();
            QPointF pos;
            if (horizontal)
                pos = QPointF(start, centre - h / 2);
            else if (mode.rotated) // turned about its origin: the text runs upwards from pos
                pos = QPointF(centre - h / 2, start + w);
            else
                pos = QPointF(centre - w / 2, start);
            item->setBrush(in ? inside.at(i) : outside);
            item->setData(2, in);
            item->setPos(pos);
            item->setVisible(true);
        }
        chart->setProperty("iv_valueLabelsLeftOut", leftOut);
        // Never left out silently: the value axis' title says how many values are not written (each is in
        // the bar's tooltip and the values table).
        const auto axes = chart->axes(horizontal ? Qt::Horizontal : Qt::Vertical, series);
        if (QAbstractAxis *axis = axes.isEmpty() ? nullptr : axes.first()) {
            if (!axis->property("iv_baseTitle").isValid())
                axis->setProperty("iv_baseTitle", axis->titleText());
            const QString base = axis->property("iv_baseTitle").toString();
            QString title = base;
            if (leftOut > 0) {
                // The long form where the axis has room for it, else the short one, so Qt does not cut
                // the sentence ("… not written at …"); the axis name stays first.
                const QString longSaid = ChartBuilder::chartText(QCoreApplication::translate(
                    "iv::ChartBuilder", "%n value(s) not written at this size: hover a bar or see the table",
                    nullptr, leftOut));
                const QString shortSaid = ChartBuilder::chartText(QCoreApplication::translate(
                    "iv::ChartBuilder", "%n value(s) not written", nullptr, leftOut));
                // Where neither fits, Qt cuts the title at its end: allowed only after the whole count
                // ("Tickets (18 Werte nicht ge…"), never in or right after it ("Sales (1…" could be the start
                // of "(12 …"). Else the axis name is cut instead (once, at its end), and on a plot too small
                // even for that the short form stands alone.
                const QFontMetricsF titleMetrics(axis->titleFont());
                const qreal room = (horizontal ? plot.width() : plot.height()) - 8;
                const QString plainBase = plainOfChartText(base);
                const QString shortTail = QStringLiteral(" (") + shortSaid + QLatin1Char(')');
                bool fits = false;
                for (const QString &said : {longSaid, shortSaid}) {
                    title = base.isEmpty() ? said : base + QStringLiteral(" (") + said + QLatin1Char(')');
                    if (titleMetrics.horizontalAdvance(plainOfChartText(title)) <= room) {
                        fits = true;
                        break;
                    }
                }
                if (!fits) {
                    const qreal left = room - titleMetrics.horizontalAdvance(plainOfChartText(shortTail));
                    const QString counted = QStringLiteral(" (%1 …").arg(leftOut);
                    if (titleMetrics.horizontalAdvance(plainBase + counted) <= room)
                        title = base + shortTail; // Qt cuts the words after the whole count
                    else if (!plainBase.isEmpty() &&
                             left >= titleMetrics.horizontalAdvance(QStringLiteral("MM…")))
                        title = ChartBuilder::chartText(
                                    titleMetrics.elidedText(plainBase, Qt::ElideRight, left)) +
                                shortTail;
                    else
                        title = shortSaid;
                }
            }
            if (axis->titleText() != title)
                axis->setTitleText(title);
            axis->setTitleVisible(!title.isEmpty());
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
}

// text elided in the middle to width, never inside a number: a cut that would split a run of digits moves
// to its edge ("Agent 1…" for "Agent 13th …" would name another agent), and a whole number next to the
// "…" is kept apart from it by a space.
//
// A text that fits is returned as it is, without asking Qt: QFontMetricsF::elidedText measures in 26.6
// fixed point and, for a width of 2^25 px or more, overflows and returns the text doubled around an
// ellipsis
// ("<b>cat</b…b>cat</b>" for "<b>cat</b>"). What it returns is used only when it is a real middle elision
// (a prefix, "…", a suffix, shorter than the text).
QString elideWhole(const QFontMetricsF &metrics, const QString &text, qreal width)
{
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    const QString elided = metrics.elidedText(text, Qt::ElideMiddle, std::min<qreal>(width, 1e6));
    const qsizetype at = elided.indexOf(QChar(0x2026));
    if (at < 0 || elided == text)
        return elided;
    QString left = elided.left(at), right = elided.mid(at + 1);
    if (left.size() + right.size() >= text.size() || !text.startsWith(left) || !text.endsWith(right))
        return TextBudget::elide(text, std::max(1, int(elided.size())), Qt::ElideMiddle);
    // left is a prefix of text, right a suffix.
    while (!left.isEmpty() && left.back().isDigit() && text.at(left.size()).isDigit())
        left.chop(1);
    while (!right.isEmpty() && right.front().isDigit() && text.at(text.size() - right.size() - 1).isDigit())
        right.remove(0, 1);
    if (!left.isEmpty() && left.back().isDigit())
        left += QLatin1Char(' ');
    if (!right.isEmpty() && right.front().isDigit())
        right.prepend(QLatin1Char(' '));
    return left + QChar(0x2026) + right;
}

// Category labels that name every bar whole where they can: level when they fit between bars, else turned
// a quarter (vertical bars) in a font no taller than the spacing between bars, so Qt Charts (which hides
// a label that overlaps its neighbour) keeps every one; only then elided — once, in the middle, keeping
// what follows (the hbar's ": 74", the end where "/endpoint/009" and "/endpoint/010" differ) — to a share
// of the chart (a third of its width beside hbars, a quarter of its height under bars). The hover tooltip
// and the values table give the full text.
void fitCategoryLabels(QChart *chart, QBarCategoryAxis *axis, const QVector<Bar> &bars, bool vertical)
{
    const QFont normal = axis->labelsFont();
    axis->setTruncateLabels(false); // elided here, once; Qt 6.4 would elide again (or every label to "…")
    // Measured within the text budget: a 100,000-character category costs no layout time.
    QStringList names, suffixes;
    for (const Bar &bar : bars) {
        names << TextBudget::elide(bar.label, TextBudget::kTitleChars, Qt::ElideMiddle);
        suffixes << bar.suffix;
    }
    auto fit = [chart, axis, names, suffixes, normal, vertical] {
        const QRectF plot = chart->plotArea();
        const int count = std::max(1, int(names.size()));
        const qreal spacing = (vertical ? plot.height() : plot.width()) / count;
        if (spacing <= 0)
            return;
        QFont font = normal;
        const int normalPx = QFontInfo(normal).pixelSize();
        QFontMetricsF metrics(font);
        qreal widest = 0;
        for (int i = 0; i < names.size(); ++i)
            widest = std::max(widest, metrics.horizontalAdvance(names.at(i) + suffixes.at(i)));
        const bool level = vertical || widest + 6 <= spacing;
        if (!level || vertical) {
            // The label's height across the bars: the largest font, down to 6 px, that fits the spacing.
            for (int px = normalPx; px >= 6; --px) {
                font.setPixelSize(px);
                if (QFontMetricsF(font).height() + 4 <= spacing)
                    break;
            }
        }
        metrics = QFontMetricsF(font);
        const qreal room = vertical ? std::max<qreal>(48, chart->size().width() * 0.33)
                                    : std::max<qreal>(40, chart->size().height() * 0.25);
        QStringList labels;
        QSet<QString> seen;
        for (int i = 0; i < names.size(); ++i) {
            const QString &suffix = suffixes.at(i);
            const qreal budget = std::max<qreal>(room - metrics.horizontalAdvance(suffix), 12);
            // Elided once, to the room and to the category budget (kCategoryChars) alike.
            // Level labels under bars are whole (they fit between the bars); the others fit their room.
            QString label = level && !vertical ? names.at(i) : elideWhole(metrics, names.at(i), budget);
            for (int k = 0; label.size() > TextBudget::kCategoryChars && k < 40; ++k)
                label = elideWhole(metrics, names.at(i), metrics.horizontalAdvance(label) * 0.85);
            if (label.isEmpty())
                label = QStringLiteral("…");
            label = ChartBuilder::chartText(label + suffix);
            QString candidate = label;
            for (int k = 2; seen.contains(candidate); ++k)
                candidate = label + QStringLiteral(" (%1)").arg(k);
            seen.insert(candidate);
            labels << candidate;
        }
        const int angle = level ? 0 : -90;
        if (axis->labelsAngle() != angle)
            axis->setLabelsAngle(angle);
        if (font != axis->labelsFont())
            axis->setLabelsFont(font);
        if (axis->categories() != labels)
            axis->setCategories(labels);
    };
    QObject::connect(chart, &QChart::plotAreaChanged, axis, fit);
    fit();
}

} // namespace

void ChartBuilder::fitCategoryAxis(QChart *chart, QBarCategoryAxis *axis, const QStringList &names,
                                   bool horizontalBars)
{
    QVector<Bar> bars;
    bars.reserve(names.size());
    for (const QString &name : names) {
        Bar bar;
        bar.label = name;
        bars.append(bar);
    }
    fitCategoryLabels(chart, axis, bars, horizontalBars);
}

QChart *ChartBuilder::buildBars(const Question &q, const BucketValues &v, const ChartStyle &s, ChartNotes *n)
{
    int skipped = 0;
    QVector<Bar> bars = barsOf(v, &skipped, false);
    noteBars(n, bars.size(), skipped);
    QString folded;
    bars = foldBars(bars, maxBars(s), &folded);
    appendNote(n, folded);
    QChart *chart = newChart(q, s);
    QVector<QColor> fills;
    QAbstractBarSeries *series = newBarSeries(chart, q.ylabel, bars, false, false, s, &fills);
    series->setBarWidth(0.7);

    auto *categories = new QBarCategoryAxis;
    categories->append(uniqueAxisLabels(bars, TextBudget::kCategoryChars));
    styleAxis(categories, q.xlabel, s);
    attach(chart, categories, Qt::AlignBottom);
    QValueAxis *values = barValueAxis(bars, s.compact ? 0.05 : 0.08); // room for the value above the top
    styleAxis(values, q.ylabel, s);
    attach(chart, values, Qt::AlignLeft);
    fitCategoryLabels(chart, categories, bars, false);
    if (!s.compact)
        addValueLabels(chart, series, bars, false, s, fills);
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
    QVector<QColor> fills;
    QAbstractBarSeries *series = newBarSeries(chart, q.ylabel, bars, true, true, s, &fills);
    series->setBarWidth(0.75);

    auto *categories = new QBarCategoryAxis;
    categories->append(uniqueAxisLabels(bars, TextBudget::kCategoryChars));
    styleAxis(categories, q.xlabel, s);
    attach(chart, categories, Qt::AlignLeft);
    QValueAxis *values = barValueAxis(bars, s.compact ? 0.05 : 0.1); // room for the value after the end
    styleAxis(values, q.ylabel, s);
    attach(chart, values, Qt::AlignBottom);
    fitCategoryLabels(chart, categories, bars, true);
    if (!s.compact)
        addValueLabels(chart, series, bars, true, s, fills);
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
        // The file's bin label (its category) where it has one, else the bin's value.
        for (Bar &bar : bars) {
            const QString category = bar.row >= 0 ? v.categoryAt(bar.row) : QString();
            bar.label = category.isEmpty() ? NumberFormat::ui().exact(bar.other) : category;
        }
    }

    QChart *chart = newChart(q, s);
    auto *series = new QBarSeries;
    QBarSet *set = newBarSet(q.ylabel, bars, s);
    series->append(set);
    series->setBarWidth(0.95); // adjacent bins
    chart->addSeries(series);
    set->setColor(s.primary);
    set->setBorderColor(s.primary);
    addHoverTips(chart, set, bars, false);

    auto *bins = new QBarCategoryAxis;
    bins->append(uniqueAxisLabels(bars, TextBudget::kCategoryChars));
    styleAxis(bins, q.xlabel, s);
    attach(chart, bins, Qt::AlignBottom);
    fitCategoryLabels(chart, bins, bars, false);
    QValueAxis *values = barValueAxis(bars, s.compact ? 0.05 : 0.08); // room for the value above the top
    styleAxis(values, q.ylabel, s);
    attach(chart, values, Qt::AlignLeft);
    if (!s.compact) {
        QVector<QColor> fills; // bins are not categories: the primary, "others" never folds here
        fills.fill(s.primary, bars.size());
        addValueLabels(chart, series, bars, false, s, fills);
    }
    return chart;
}

QChart *ChartBuilder::buildGauge(const Question &question, const ChartStyle &style)
{
    // The same honest scale as the card (GaugeRange): an arc only when the question states its range
    // (percent, a ratio); otherwise the number alone. A range the user set is kept per app module, which a
    // lone question does not carry: the exported chart uses the stated range only.
    QChart *chart = newChart(Question(), style);
    if (!style.compact)
        chart->setTitle(chartText(TextBudget::elide(question.displayText(), TextBudget::kTitleChars)));
    const GaugeRange range = GaugeRange::resolve(question);
    const bool valid = question.valueValid && !std::isnan(question.value);
    const NumberFormat format = NumberFormat::ui();
    const QColor muted = style.dark ? QColor(0x9C, 0xA3, 0xAF) : QColor(0x6B, 0x72, 0x80);
    const QColor warning = style.dark ? QColor(0xFD, 0xBA, 0x74) : QColor(0xB4, 0x53, 0x09);
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
    const QString unit = GaugeRange::unitOf(question);
    const QString valueText =
        valid ? GaugeRange::withUnit(question.valueIsInteger ? format.integer(question.intValue)
                                                             : format.display(question.value),
                                     unit, format.locale())
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
        // Below the range: a sliver in the warning colour at the start, so the clamp is seen, not only read.
        const double shown = valid && range.outside(question.value) < 0 ? 0.015 : f;
        QPieSlice *value = series->append(QString(), shown);
        QPieSlice *rest = series->append(QString(), 1 - shown);
        chart->addSeries(series);
        const QColor fill = valid && range.outside(question.value) != 0 ? warning : style.primary;
        value->setColor(fill);
        value->setBorderColor(fill);
        const QColor track = style.dark ? QColor(0x37, 0x41, 0x51) : QColor(0xE5, 0xE7, 0xEB);
        rest->setColor(track);
        rest->setBorderColor(track);
        const QColor ink = style.dark ? QColor(0xF3, 0xF4, 0xF6) : QColor(0x11, 0x18, 0x27);
        place(valueText, big, true, ink, QPointF(0.5, 0.72));
        place(GaugeRange::withUnit(format.display(range.minimum), unit, format.locale()), small, false, muted,
              QPointF(0.5 - 0.36, 0.93));
        place(GaugeRange::withUnit(format.display(range.maximum), unit, format.locale()), small, false, muted,
              QPointF(0.5 + 0.36, 0.93));
        if (valid && range.outside(question.value) != 0)
            place(range.outside(question.value) < 0 ? tr("below the range") : tr("above the range"), small,
                  false, warning, QPointF(0.5, 0.84));
    } else if (range.centred()) {
        // A signed value without a stated range: a bar from a centre line at 0 to the value's side.
        const QColor ink = style.dark ? QColor(0xF3, 0xF4, 0xF6) : QColor(0x11, 0x18, 0x27);
        place(valueText, big * 1.4, true, ink, QPointF(0.5, 0.3));
        place(format.display(0), small, false, muted, QPointF(0.5, 0.68));
        place(tr("no range stored: the bar shows the sign around 0"), small, false, muted, QPointF(0.5, 0.8));
        auto *track = new QGraphicsRectItem(chart);
        track->setPen(Qt::NoPen);
        track->setBrush(style.dark ? QColor(0x37, 0x41, 0x51) : QColor(0xE5, 0xE7, 0xEB));
        auto *bar = new QGraphicsRectItem(chart);
        bar->setPen(Qt::NoPen);
        bar->setBrush(style.primary);
        auto *zero = new QGraphicsLineItem(chart);
        zero->setPen(QPen(ink, 2));
        const bool negative = question.value < 0;
        auto layoutBar = [chart, track, bar, zero, negative] {
            const QRectF area = chart->plotArea().isEmpty() ? chart->rect() : chart->plotArea();
            const QRectF t(area.left() + area.width() * 0.1, area.top() + area.height() * 0.5,
                           area.width() * 0.8, std::clamp(area.height() * 0.08, 6.0, 18.0));
            track->setRect(t);
            const qreal mid = t.center().x();
            bar->setRect(negative ? QRectF(t.left(), t.top(), mid - t.left(), t.height())
                                  : QRectF(mid, t.top(), t.right() - mid, t.height()));
            zero->setLine(QLineF(mid, t.top() - 4, mid, t.bottom() + 4));
        };
        QObject::connect(chart, &QChart::plotAreaChanged, chart, layoutBar);
        QObject::connect(chart, &QChart::geometryChanged, chart, layoutBar);
        layoutBar();
    } else {
        const QColor ink = style.dark ? QColor(0xF3, 0xF4, 0xF6) : QColor(0x11, 0x18, 0x27);
        place(valueText, big * 1.4, true, ink, QPointF(0.5, 0.45));
        place(tr("no range stored"), small, false, muted, QPointF(0.5, 0.62));
    }
    auto layout = [chart, texts] {
        const QRectF area = chart->plotArea().isEmpty() ? chart->rect() : chart->plotArea();
        for (const Placed &p : std::as_const(*texts)) {
            // Whole at every size: a smaller font where the chart is narrow, never a cut number.
            QFont font = p.item->font();
            const qreal room = std::max<qreal>(chart->rect().width() - 12, 20);
            if (!p.item->data(1).isValid())
                p.item->setData(1, font.pointSizeF());
            font.setPointSizeF(p.item->data(1).toDouble());
            p.item->setFont(font);
            // …and no taller than its share of the height, so that the texts stacked under each other (value,
            // note, ends) never overlap on a short chart.
            const qreal tallest = area.height() * (font.bold() ? 0.14 : 0.08);
            while ((p.item->boundingRect().width() > room || p.item->boundingRect().height() > tallest) &&
                   font.pointSizeF() > 5) {
                font.setPointSizeF(font.pointSizeF() * 0.9);
                p.item->setFont(font);
            }
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
