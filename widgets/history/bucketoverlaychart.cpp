// SPDX-License-Identifier: MIT
#include "bucketoverlaychart.h"

#include "chartbuilder.h"
#include "reduction.h"
#include "textbudget.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>
#include <memory>

namespace iv {

namespace {

QChart *newChart(const ChartStyle &style, const Question &q)
{
    auto *chart = new QChart;
    chart->setTheme(style.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(ChartBuilder::numberLocale());
    if (!q.title.isEmpty())
        chart->setTitle(ChartBuilder::chartText(TextBudget::elide(q.title, TextBudget::kTitleChars)));
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart *buildTimeseries(const BucketOverlay &o, const QString &olderName, const QString &newerName,
                        const ChartStyle &style)
{
    // The newer values (or the only ones) through the one chart builder: calendar ticks, reduction, style.
    const bool newerFirst = o.hasNewer;
    const BucketValues &main = newerFirst ? o.newer : o.older;
    QChart *chart = ChartBuilder::build(o.question, std::make_shared<const BucketValues>(main), style);
    if (!chart)
        return nullptr;
    const auto list = chart->series();
    auto *primary = list.isEmpty() ? nullptr : qobject_cast<QLineSeries *>(list.constFirst());
    if (primary)
        primary->setName(ChartBuilder::chartText(newerFirst ? newerName : olderName));
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (!o.hasOlder || !o.hasNewer || !primary)
        return chart;
    auto *older = new QLineSeries;
    older->setName(ChartBuilder::chartText(olderName));
    QList<QPointF> points;
    // At most ~4,000 points of the older line (every n-th): the newer line is reduced by its ChartReducer.
    const int stride = std::max(1, o.older.size() / 4000);
    double lo = INFINITY, hi = -INFINITY, tlo = INFINITY, thi = -INFINITY;
    for (int i = 0; i < o.older.size(); i += stride) {
        const qint64 t = o.older.timestamps.at(i);
        const double v = o.older.x.at(i);
        if (t == std::numeric_limits<qint64>::min() || !std::isfinite(v))
            continue;
        const qreal x = ChartBuilder::chartXForTimestamp(t);
        points.append(QPointF(x, v));
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        tlo = std::min<double>(tlo, x);
        thi = std::max<double>(thi, x);
    }
    older->replace(points);
    chart->addSeries(older);
    QPen pen(BucketOverlayChart::olderColor(style));
    pen.setWidthF(1.5);
    pen.setStyle(Qt::DashLine);
    older->setPen(pen);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        older->attachAxis(axis);
        if (points.isEmpty())
            continue;
        // Widen both axes to hold the older line too.
        if (axis->orientation() == Qt::Vertical) {
            if (auto *value = qobject_cast<QValueAxis *>(axis)) {
                double outLo = 0, outHi = 0;
                ChartBuilder::dataRange(std::min(lo, value->min()), std::max(hi, value->max()), 7, 200,
                                        &outLo, &outHi);
                value->setRange(outLo, outHi);
            }
        } else {
            const double min = axis->property("min").toDouble();
            const double max = axis->property("max").toDouble();
            const double pad = thi > tlo ? (thi - tlo) * 0.03 : 86400000.0;
            axis->setProperty("min", std::min(min, std::floor(tlo - pad)));
            axis->setProperty("max", std::max(max, std::ceil(thi + pad)));
        }
    }
    return chart;
}

QChart *buildBars(const BucketOverlay &o, const QString &olderName, const QString &newerName,
                  const ChartStyle &style)
{
    QChart *chart = newChart(style, o.question);
    const bool horizontal = o.question.kind == MetricKind::Hbarchart;
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    auto *older = new QBarSet(ChartBuilder::chartText(olderName));
    auto *newer = new QBarSet(ChartBuilder::chartText(newerName));
    auto finite = [](double v) { return std::isfinite(v) ? v : 0.0; };
    // As many pairs as a bar chart draws bars: the largest (by the larger of the two values) in the file's
    // order, the rest summed in one "Others (N)" pair, as ChartBuilder folds bars.
    QVector<BucketOverlay::Pair> pairs;
    QVector<double> sizes;
    for (const auto &p : o.pairs)
        sizes << std::max(std::abs(finite(p.older)), std::abs(finite(p.newer)));
    const int maxBars = ChartBuilder::maxBars(style);
    int folded = 0;
    if (o.pairs.size() > maxBars) {
        double ignored = 0;
        const QVector<int> keep = Reduction::topN(sizes, maxBars - 1, &ignored, &folded);
        QVector<bool> kept(o.pairs.size(), false);
        for (int i : keep) {
            pairs << o.pairs.at(i);
            kept[i] = true;
        }
        BucketOverlay::Pair others{QString(), 0, 0};
        for (int i = 0; i < o.pairs.size(); ++i)
            if (!kept.at(i)) {
                others.older += finite(o.pairs.at(i).older);
                others.newer += finite(o.pairs.at(i).newer);
            }
        pairs << others;
    } else {
        pairs = o.pairs;
    }
    chart->setProperty(BucketOverlayChart::kFoldedProperty, folded);
    QStringList names;
    double hi = 0;
    double lo = 0;
    // Horizontal bars are drawn bottom-up: reverse, so the first category is at the top.
    if (horizontal)
        std::reverse(pairs.begin(), pairs.end());
    for (int i = 0; i < pairs.size(); ++i) {
        const auto &p = pairs.at(i);
        const bool isOthers = folded > 0 && (horizontal ? i == 0 : i == pairs.size() - 1);
        names << (isOthers ? QCoreApplication::translate("iv::ChartBuilder", "Others (%n)", nullptr, folded)
                  : p.category.isNull() ? QStringLiteral("(none)")
                                        : p.category);
        const double a = finite(p.older);
        const double b = finite(p.newer);
        older->append(a);
        newer->append(b);
        hi = std::max({hi, a, b});
        lo = std::min({lo, a, b});
    }
    older->setColor(BucketOverlayChart::olderColor(style));
    newer->setColor(style.primary);
    series->append(older);
    series->append(newer);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    QStringList unique;
    for (int i = 0; i < names.size(); ++i)
        unique << QString::number(i); // replaced by the fitted labels below (an axis drops repeated names)
    categoryAxis->append(unique);
    QValueAxis *valueAxis = ChartBuilder::valueAxis(lo, hi > lo ? hi * 1.05 : lo + 1);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    // Every category named as the bar charts name theirs: level, turned or smaller, elided once at most.
    ChartBuilder::fitCategoryAxis(chart, categoryAxis, names, horizontal);
    return chart;
}

QChart *buildPoints(const BucketOverlay &o, const QString &olderName, const QString &newerName,
                    const ChartStyle &style)
{
    QChart *chart = newChart(style, o.question);
    double xlo = INFINITY, xhi = -INFINITY, ylo = INFINITY, yhi = -INFINITY;
    auto add = [&](const BucketValues &v, const QString &name, const QColor &color) {
        auto *series = new QScatterSeries;
        series->setName(ChartBuilder::chartText(name));
        series->setMarkerSize(7);
        QList<QPointF> points;
        const int stride = std::max(1, v.size() / 20000);
        for (int i = 0; i < v.size(); i += stride) {
            // Upstream's reading: horizontal = yvalue, vertical = xvalue.
            const double h = v.y.at(i);
            const double u = v.x.at(i);
            if (!std::isfinite(h) || !std::isfinite(u))
                continue;
            points.append(QPointF(h, u));
            xlo = std::min(xlo, h);
            xhi = std::max(xhi, h);
            ylo = std::min(ylo, u);
            yhi = std::max(yhi, u);
        }
        series->replace(points);
        chart->addSeries(series);
        series->setColor(color);
        series->setBorderColor(color);
    };
    if (o.hasOlder)
        add(o.older, olderName, BucketOverlayChart::olderColor(style));
    if (o.hasNewer)
        add(o.newer, newerName, style.primary);
    if (!std::isfinite(xlo)) {
        xlo = ylo = 0;
        xhi = yhi = 1;
    }
    double a = 0, b = 0, c = 0, d = 0;
    ChartBuilder::dataRange(xlo, xhi, 7, 200, &a, &b);
    ChartBuilder::dataRange(ylo, yhi, 7, 200, &c, &d);
    QValueAxis *x = ChartBuilder::valueAxis(a, b);
    QValueAxis *y = ChartBuilder::valueAxis(c, d);
    x->setTitleText(
        ChartBuilder::chartText(TextBudget::elide(o.question.xlabel, TextBudget::kCategoryChars)));
    y->setTitleText(
        ChartBuilder::chartText(TextBudget::elide(o.question.ylabel, TextBudget::kCategoryChars)));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const auto list = chart->series();
    for (QAbstractSeries *s : list) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

} // namespace

int BucketOverlayChart::minimumLength(const BucketOverlay &overlay, const ChartStyle &style)
{
    if (overlay.question.kind != MetricKind::Barchart && overlay.question.kind != MetricKind::Hbarchart)
        return 0;
    // Per category: two bars and the smallest label fitCategoryAxis draws (6 px and its gap); plus title,
    // legend and the value axis.
    const int categories = std::min<int>(overlay.pairs.size(), ChartBuilder::maxBars(style));
    return categories * 14 + 160;
}

QColor BucketOverlayChart::olderColor(const ChartStyle &style)
{
    return style.dark ? QColor(0xFD, 0xBA, 0x74) : QColor(0xEA, 0x58, 0x0C); // orange 300 / 600
}

QChart *BucketOverlayChart::build(const BucketOverlay &overlay, const QString &olderName,
                                  const QString &newerName, const ChartStyle &style)
{
    switch (overlay.question.kind) {
    case MetricKind::Timeseries:
        return buildTimeseries(overlay, olderName, newerName, style);
    case MetricKind::Barchart:
    case MetricKind::Hbarchart:
        return buildBars(overlay, olderName, newerName, style);
    case MetricKind::Scatterplot:
    case MetricKind::Histogram:
        return buildPoints(overlay, olderName, newerName, style);
    default:
        return nullptr;
    }
}

} // namespace iv
