// SPDX-License-Identifier: MIT
// ChartBuilder: barcharts, hbarcharts, histograms and gauges.
#include "chartbuilder.h"

#include "elidedtext.h"
#include "reduction.h"
#include "textbudget.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCoreApplication>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QSet>
#include <QToolTip>
#include <QValueAxis>
#include <QtCharts/QChart>

#include <algorithm>
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
    // The "others" bar does not set the scale (barValueAxis), so the note gives its total.
    *note = QCoreApplication::translate("iv::ChartBuilder",
                                        "Showing the %1 largest of %2 bars; the other %3 are summed in one bar "
                                        "(total %4, cut off at the top of the scale).")
                .arg(keep.size())
                .arg(bars.size())
                .arg(othersCount)
                .arg(QLocale().toString(othersSum, 'g', 12));
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
        QString label = ChartBuilder::chartText(TextBudget::elide(bar.label, maxChars, Qt::ElideMiddle));
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

// The "others" bar does not set the scale (its sum would flatten every other bar); it runs off the top,
// in grey, with its total in its label.
QValueAxis *barValueAxis(const QVector<Bar> &bars)
{
    double lo = 0, hi = 0;
    for (const Bar &bar : bars) {
        if (bar.folded > 0 && bars.size() > 1)
            continue;
        lo = std::min(lo, bar.value);
        hi = std::max(hi, bar.value);
    }
    if (hi - lo <= 0)
        hi = lo + 1;
    return ChartBuilder::valueAxis(lo < 0 ? lo * 1.05 : lo, hi > 0 ? hi * 1.05 : hi);
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
                       QLocale().toString(bar.value, 'f', QLocale::FloatingPointShortest);
        if (withOther && std::isfinite(bar.other))
            text += QStringLiteral(" (y %1)").arg(
                QLocale().toString(bar.other, 'f', QLocale::FloatingPointShortest));
        QToolTip::showText(QCursor::pos(), ElidedText::toolTip(text)); // a 1 MB label: its first 20,000 chars
    });
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
    series->setLabelsVisible(!s.compact && bars.size() <= 20);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
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
    QValueAxis *values = barValueAxis(bars);
    styleAxis(values, q.ylabel, s);
    attach(chart, values, Qt::AlignLeft);
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
    std::stable_sort(bars.begin(), bars.end(), [](const Bar &a, const Bar &b) { return a.value < b.value; });

    QChart *chart = newChart(q, s);
    auto *series = new QHorizontalBarSeries;
    QBarSet *set = newBarSet(q.ylabel, bars, s);
    series->append(set);
    series->setBarWidth(0.75);
    series->setLabelsVisible(!s.compact && bars.size() <= 40);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(series);
    set->setColor(s.primary);
    set->setBorderColor(s.primary);
    addHoverTips(set, bars, true);

    auto *categories = new QBarCategoryAxis;
    categories->append(uniqueAxisLabels(bars, s.compact ? 14 : 30));
    categories->setTruncateLabels(false); // already elided above; Qt 6.4 otherwise elides every label to "…"
    styleAxis(categories, q.xlabel, s);
    attach(chart, categories, Qt::AlignLeft);
    QValueAxis *values = barValueAxis(bars);
    styleAxis(values, q.ylabel, s);
    attach(chart, values, Qt::AlignBottom);
    return chart;
}

QChart *ChartBuilder::buildHistogram(const Question &q, const BucketValues &v, const ChartStyle &s,
                                     ChartNotes *n)
{
    int skipped = 0;
    QVector<Bar> bars = barsOf(v, &skipped, true);
    noteBars(n, bars.size(), skipped);
    std::stable_sort(bars.begin(), bars.end(), [](const Bar &a, const Bar &b) { return a.other < b.other; });
    // Beyond kMaxHistogramBins, adjacent bins are summed (the same number in each bar, the shape and the total
    // kept): one bar and one axis label per bin of a million-bin histogram cost minutes and gigabytes.
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
            bar.label = QLocale().toString(bars.at(i).other, 'g', 6) + QStringLiteral("–") +
                        QLocale().toString(bars.at(last).other, 'g', 6);
            merged << bar;
        }
        appendNote(n, QCoreApplication::translate("iv::ChartBuilder",
                                                  "%1 bins drawn as %2 bars, each the sum of %3 adjacent bins.")
                          .arg(binCount)
                          .arg(merged.size())
                          .arg(per));
        bars = merged;
    } else {
        for (Bar &bar : bars)
            bar.label = QLocale().toString(bar.other, 'f', QLocale::FloatingPointShortest);
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

double ChartBuilder::gaugeMaximum(double value)
{
    const double a = std::fabs(value);
    if (!std::isfinite(a) || a == 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(a)));
    for (double step : {1.0, 2.0, 5.0, 10.0})
        if (a <= step * magnitude)
            return step * magnitude;
    return 10 * magnitude;
}

QChart *ChartBuilder::buildGauge(const Question &question, const ChartStyle &style)
{
    QChart *chart = newChart(Question(), style);
    if (!style.compact)
        chart->setTitle(chartText(TextBudget::elide(question.displayText(), TextBudget::kTitleChars)));
    const bool valid = question.valueValid && std::isfinite(question.value);
    const double maximum = gaugeMaximum(valid ? question.value : 0);
    const double filled = valid ? std::min(std::fabs(question.value), maximum) : 0;

    auto *series = new QPieSeries;
    series->setPieStartAngle(-90);
    series->setPieEndAngle(90);
    series->setHoleSize(0.62);
    series->setPieSize(1.0);
    series->setVerticalPosition(0.85);
    QPieSlice *value = series->append(QString(), filled);
    QPieSlice *rest = series->append(QString(), maximum - filled);
    chart->addSeries(series);
    const QColor warning = style.dark ? QColor(0xFD, 0xBA, 0x74) : QColor(0xEA, 0x58, 0x0C);
    const QColor fill = valid && question.value < 0 ? warning : style.primary;
    value->setColor(fill);
    value->setBorderColor(fill);
    const QColor track = style.dark ? QColor(0x37, 0x41, 0x51) : QColor(0xE5, 0xE7, 0xEB);
    rest->setColor(track);
    rest->setBorderColor(track);
    chart->setBackgroundVisible(!style.compact);
    if (style.compact)
        chart->setMargins(QMargins(0, 0, 0, 0));
    return chart;
}

} // namespace iv
