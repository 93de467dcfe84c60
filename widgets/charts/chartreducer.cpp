// SPDX-License-Identifier: MIT
#include "chartreducer.h"

#include "chartbuilder.h"
#include "numberformat.h"
#include "reduction.h"
#include "timeticks.h"
#include "timestamp.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>
#include <QXYSeries>
#include <QtCharts/QChart>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace iv {

namespace {

// Tooltips: the exact stored value, in the UI language's notation.
QString number(double v)
{
    return NumberFormat::ui().exact(v);
}

} // namespace

ChartReducer::ChartReducer(Kind kind, const Question &question, std::shared_ptr<const BucketValues> values,
                           QChart *chart)
    : QObject(chart), m_kind(kind), m_question(question), m_values(std::move(values)), m_chart(chart)
{
    setObjectName(QStringLiteral("iv_chartreducer"));
}

ChartReducer *ChartReducer::of(const QChart *chart)
{
    return chart ? chart->findChild<ChartReducer *>(QStringLiteral("iv_chartreducer"),
                                                    Qt::FindDirectChildrenOnly)
                 : nullptr;
}

PlotPoints PlotPoints::prepare(const Question &question, const BucketValues &v)
{
    PlotPoints p;
    if (question.kind != MetricKind::Timeseries && question.kind != MetricKind::Scatterplot)
        return p;
    p.prepared = true;
    const bool timeseries = question.kind == MetricKind::Timeseries;
    const int categoryCount = static_cast<int>(v.categories.size());
    if (!timeseries)
        p.perGroup.fill(0, categoryCount + 1);
    double xlo = std::numeric_limits<double>::infinity(), xhi = -xlo, ylo = xlo, yhi = -xlo;
    bool sorted = true;
    // Written through raw pointers into presized arrays: this loop runs over every point of the bucket.
    const int count = v.size();
    p.x.resize(count);
    p.y.resize(count);
    p.rows.resize(count);
    if (!timeseries)
        p.group.resize(count);
    double *px = p.x.data(), *py = p.y.data();
    int *prow = p.rows.data();
    qint32 *pgroup = timeseries ? nullptr : p.group.data();
    const qint64 *ts = v.timestamps.constData();
    const double *vx = v.x.constData(), *vy = v.y.constData();
    const qint32 *vc = v.categoryIndex.constData();
    int k = 0;
    double lastX = -std::numeric_limits<double>::infinity();
    for (int i = 0; i < count; ++i) {
        double x, y;
        if (timeseries) {
            const qint64 t = ts[i];
            y = vx[i];
            if (t == Timestamp::Invalid || !std::isfinite(y))
                continue;
            x = ChartBuilder::chartXForTimestamp(t);
            sorted = sorted && lastX <= x;
            lastX = x;
        } else {
            x = vy[i]; // horizontal: yvalue
            y = vx[i]; // vertical: xvalue
            if (!std::isfinite(x) || !std::isfinite(y))
                continue;
            const qint32 c = vc[i];
            const qint32 g = c < 0 ? categoryCount : c;
            pgroup[k] = g;
            ++p.perGroup[g];
        }
        px[k] = x;
        py[k] = y;
        prow[k] = i;
        ++k;
        xlo = std::min(xlo, x);
        xhi = std::max(xhi, x);
        ylo = std::min(ylo, y);
        yhi = std::max(yhi, y);
    }
    p.x.resize(k);
    p.y.resize(k);
    p.rows.resize(k);
    if (!timeseries)
        p.group.resize(k);
    if (!p.x.isEmpty()) {
        p.xlo = xlo;
        p.xhi = xhi;
        p.ylo = ylo;
        p.yhi = yhi;
    }
    p.skipped = v.size() - p.size();
    // M4 needs x ascending. Small series keep the file's row order (drawn as stored); big unsorted ones are
    // sorted by time (stable, so equal instants keep row order).
    const int n = p.size();
    if (timeseries && !sorted && n > 4 * ChartReducer::kDefaultWidth) {
        QVector<int> order(n);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return p.x.at(a) < p.x.at(b); });
        QVector<double> sx(n), sy(n);
        QVector<int> sr(n);
        for (int k = 0; k < n; ++k) {
            sx[k] = p.x.at(order.at(k));
            sy[k] = p.y.at(order.at(k));
            sr[k] = p.rows.at(order.at(k));
        }
        p.x = std::move(sx);
        p.y = std::move(sy);
        p.rows = std::move(sr);
    }
    if (timeseries && n > 0)
        p.initial =
            Reduction::m4(p.x, p.y, p.xlo, p.xhi > p.xlo ? p.xhi : p.xlo + 1, ChartReducer::kDefaultWidth);
    return p;
}

void ChartReducer::setTimeseries(QXYSeries *series, PlotPoints points)
{
    m_series = {series};
    m_shownRows.resize(1);
    m_x = std::move(points.x);
    m_y = std::move(points.y);
    m_rows = std::move(points.rows);
    m_total = static_cast<int>(m_x.size());
    m_sortedX = std::is_sorted(m_x.cbegin(), m_x.cend());
}

double ChartReducer::nearestX(double x) const
{
    if (m_x.isEmpty())
        return std::numeric_limits<double>::quiet_NaN();
    if (m_sortedX) {
        const auto it = std::lower_bound(m_x.cbegin(), m_x.cend(), x);
        if (it == m_x.cend())
            return m_x.last();
        if (it == m_x.cbegin())
            return *it;
        return (*it - x) < (x - *(it - 1)) ? *it : *(it - 1);
    }
    double best = m_x.first();
    for (double v : m_x)
        if (std::abs(v - x) < std::abs(best - x))
            best = v;
    return best;
}

void ChartReducer::addScatterGroup(QXYSeries *series)
{
    m_series.append(series);
    m_shownRows.resize(m_series.size());
}

void ChartReducer::setScatter(PlotPoints points)
{
    m_x = std::move(points.x);
    m_y = std::move(points.y);
    m_group = std::move(points.group);
    m_rows = std::move(points.rows);
    m_total = static_cast<int>(m_x.size());
}

void ChartReducer::axesRange(double *x0, double *x1, double *y0, double *y1) const
{
    *x0 = *y0 = 0;
    *x1 = *y1 = 1;
    const auto horizontal = m_chart->axes(Qt::Horizontal);
    const auto vertical = m_chart->axes(Qt::Vertical);
    if (!horizontal.isEmpty())
        axisRange(horizontal.first(), x0, x1);
    if (!vertical.isEmpty())
        axisRange(vertical.first(), y0, y1);
}

bool ChartReducer::axisRange(const QAbstractAxis *axis, double *lo, double *hi)
{
    if (const auto *v = qobject_cast<const QValueAxis *>(axis)) {
        *lo = v->min();
        *hi = v->max();
        return true;
    }
    return false;
}

int ChartReducer::applyInitial(const QVector<int> &kept)
{
    if (m_kind != Kind::Timeseries || m_series.isEmpty())
        return 0;
    m_lastWidth = kDefaultWidth;
    // The whole range at the default width (the axes may not be set yet).
    double unitsPerPixel = 0;
    if (!m_x.isEmpty()) {
        const auto [lo, hi] = std::minmax_element(m_x.cbegin(), m_x.cend());
        unitsPerPixel = (*hi - *lo) / kDefaultWidth;
    }
    return showLine(kept, unitsPerPixel);
}

int ChartReducer::showLine(const QVector<int> &kept, double unitsPerPixel)
{
    // Whether the segment from a to b would cross a gap (a run of missing steps) of m_gaps wide enough to
    // be seen at this scale.
    const double minGap = std::isfinite(unitsPerPixel) && unitsPerPixel > 0 ? kMinGapPixels * unitsPerPixel : 0;
    auto crossesGap = [this, minGap](double a, double b) {
        if (m_gaps.isEmpty() || !(a < b))
            return false;
        auto it = std::lower_bound(m_gaps.cbegin(), m_gaps.cend(), a,
                                   [](const QPair<double, double> &g, double x) { return g.first < x; });
        for (; it != m_gaps.cend() && it->second <= b; ++it)
            if (it->second - it->first >= minGap)
                return true;
        return false;
    };
    QVector<QList<QPointF>> runs(1);
    QVector<QVector<int>> runRows(1);
    runs.first().reserve(kept.size());
    runRows.first().reserve(kept.size());
    double previous = 0;
    for (int i : kept) {
        const double x = m_x.at(i);
        if (!runs.last().isEmpty() && crossesGap(previous, x)) {
            runs.append(QList<QPointF>());
            runRows.append(QVector<int>());
        }
        runs.last().append(QPointF(x, m_y.at(i)));
        runRows.last().append(m_rows.at(i));
        previous = x;
    }
    auto *first = m_series.first();
    while (m_series.size() < runs.size()) {
        // A further run: a line like the first, on the same axes, without a legend entry.
        auto *piece = new QLineSeries;
        piece->setName(first->name());
        m_chart->addSeries(piece); // the chart owns it
        piece->setPen(first->pen());
        piece->setColor(first->color());
        piece->setPointsVisible(first->pointsVisible());
        piece->setMarkerSize(first->markerSize());
        const auto axes = first->attachedAxes();
        for (QAbstractAxis *axis : axes)
            piece->attachAxis(axis);
        const auto markers = m_chart->legend()->markers(piece);
        for (QLegendMarker *marker : markers)
            marker->setVisible(false);
        m_series.append(piece);
    }
    m_shownRows.resize(m_series.size());
    m_shown = 0;
    for (int s = 0; s < m_series.size(); ++s) {
        const bool used = s < runs.size();
        m_series.at(s)->replace(used ? runs.at(s) : QList<QPointF>());
        m_shownRows[s] = used ? runRows.at(s) : QVector<int>();
        m_shown += used ? static_cast<int>(runs.at(s).size()) : 0;
    }
    return m_shown;
}

int ChartReducer::reduce()
{
    return reduce(m_chart->plotArea().size());
}

int ChartReducer::reduce(const QSizeF &plotPixels)
{
    const int width = std::max(1, int(std::lround(plotPixels.width())));
    const int height = std::max(1, int(std::lround(plotPixels.height())));
    m_lastWidth = width;
    double x0, x1, y0, y1;
    axesRange(&x0, &x1, &y0, &y1);
    if (m_kind == Kind::Timeseries) {
        if (m_series.isEmpty())
            return 0;
        return showLine(Reduction::m4(m_x, m_y, x0, x1, width), (x1 - x0) / width);
    }

    // Scatter: only points inside the visible ranges take part (the others are off the plot anyway).
    QVector<double> hx, vy;
    QVector<qint32> groups;
    QVector<int> index;
    for (int i = 0; i < m_x.size(); ++i) {
        const double h = m_x.at(i), v = m_y.at(i);
        if (h < x0 || h > x1 || v < y0 || v > y1)
            continue;
        hx.append(h);
        vy.append(v);
        groups.append(m_group.at(i));
        index.append(i);
    }
    // One point per marker-sized cell and group; cells grow (by the ratio of occupied cells to the budget)
    // until the markers fit the budget: QScatterSeries costs one QGraphicsItem per point.
    double cell = 1;
    if (auto *scatter = qobject_cast<QScatterSeries *>(m_series.value(0)))
        cell = std::max(1.0, scatter->markerSize() * 0.8);
    QVector<int> kept, counts;
    for (int pass = 0; pass < 6; ++pass) {
        const int cellPixels = std::max(1, int(std::lround(cell)));
        kept = Reduction::scatterCells(hx, vy, groups, x0, x1, y0, y1, width, height, cellPixels,
                                       kMaxScatterPoints, &counts);
        if (kept.size() <= kMaxScatterPoints)
            break;
        cell = cellPixels * std::max(1.2, std::sqrt(double(kept.size()) / kMaxScatterPoints));
    }
    QVector<QList<QPointF>> lists(m_series.size());
    for (QVector<int> &rows : m_shownRows)
        rows.clear();
    const int most = counts.isEmpty() ? 1 : *std::max_element(counts.cbegin(), counts.cend());
    const bool merged = most > 1;
    // The ramp's strong end: the fullest cell (at least 10), so the density reads at any size and zoom.
    const int top = std::max(10, most);
    using Config = QHash<QXYSeries::PointConfiguration, QVariant>;
    QVector<QHash<int, Config>> configs(merged ? m_series.size() : 0);
    const bool dark = m_chart->theme() == QChart::ChartThemeDark;
    for (int j = 0; j < kept.size(); ++j) {
        const int k = kept.at(j);
        const int s = std::clamp<int>(groups.at(k), 0, int(m_series.size()) - 1);
        if (merged) {
            // Density kept: a cell that merged more points is drawn in a stronger shade of its colour.
            configs[s].insert(int(lists.at(s).size()),
                              Config{{QXYSeries::PointConfiguration::Color,
                                      densityColor(m_series.at(s)->color(), counts.at(j), dark, top)}});
        }
        lists[s].append(QPointF(hx.at(k), vy.at(k)));
        m_shownRows[s].append(m_rows.at(index.at(k)));
    }
    for (int s = 0; s < m_series.size(); ++s) {
        QXYSeries *series = m_series.at(s);
        series->clearPointsConfiguration();
        // Shaded cells without a light rim (the rim would make every marker look alike).
        if (auto *scatter = qobject_cast<QScatterSeries *>(series)) {
            if (!scatter->property("iv_border").isValid())
                scatter->setProperty("iv_border", scatter->borderColor());
            scatter->setBorderColor(merged ? QColor(Qt::transparent)
                                           : scatter->property("iv_border").value<QColor>());
        }
        series->replace(lists.at(s));
        if (merged)
            series->setPointsConfiguration(configs.at(s));
    }
    showDensityLegend(merged, top);
    m_shown = static_cast<int>(kept.size());
    // Points outside the view are not "dropped": count what the view could show.
    m_visibleTotal = static_cast<int>(hx.size());
    return m_shown;
}

QColor ChartReducer::densityColor(const QColor &base, int count, bool dark, int top)
{
    // Log scale, as density is: 1 point a pale shade, √top the base colour, top and more the strong shade.
    const double t = std::clamp(std::log(std::max(1, count)) / std::log(std::max(2, top)), 0.0, 1.0);
    const QColor pale = dark ? QColor(0x4B, 0x55, 0x63) : QColor(0xDB, 0xE4, 0xF5);
    const QColor strong = dark ? base.lighter(135) : base.darker(175);
    auto lerp = [](const QColor &a, const QColor &b, double u, int alpha) {
        auto c = [u](int x, int y) { return int(std::lround(x + (y - x) * u)); };
        return QColor(c(a.red(), b.red()), c(a.green(), b.green()), c(a.blue(), b.blue()), alpha);
    };
    return t <= 0.5 ? lerp(pale, base, 0.3 + 0.7 * t * 2, base.alpha())
                    : lerp(base, strong, (t - 0.5) * 2, base.alpha());
}

void ChartReducer::showDensityLegend(bool visible, int top)
{
    if (!visible) {
        if (m_densityLegend)
            m_densityLegend->setVisible(false);
        return;
    }
    if (!m_densityLegend) {
        m_densityLegend = new QGraphicsRectItem(m_chart); // owned by the chart
        m_densityLegend->setPen(Qt::NoPen);
        m_densityLegend->setData(0, QStringLiteral("iv_densitylegend"));
        QFont font = m_chart->font();
        font.setPointSizeF(8);
        QMargins margins = m_chart->margins();
        margins.setBottom(margins.bottom() + int(std::ceil(QFontMetricsF(font).height())));
        m_chart->setMargins(margins);
        connect(m_chart, &QGraphicsWidget::geometryChanged, this, [this] {
            const QRectF r = m_chart->rect();
            const QRectF own = m_densityLegend->rect();
            m_densityLegend->setPos(r.right() - own.width() - 8, r.bottom() - own.height() - 2);
        });
    }
    m_densityLegend->setVisible(true);
    if (m_densityTop == top)
        return;
    m_densityTop = top;
    // "Points per cell: ● 1  ● 8  ● 64" at the chart's bottom right, in the first series' shades.
    const auto old = m_densityLegend->childItems();
    for (QGraphicsItem *item : old)
        delete item;
    const bool dark = m_chart->theme() == QChart::ChartThemeDark;
    const QColor base = m_series.isEmpty() ? QColor(Qt::gray) : m_series.first()->color();
    QFont font = m_chart->font();
    font.setPointSizeF(8);
    const QFontMetricsF metrics(font);
    const QColor textColor = dark ? QColor(0xD1, 0xD5, 0xDB) : QColor(0x37, 0x41, 0x51);
    qreal x = 0;
    auto addText = [&](const QString &text) {
        auto *item = new QGraphicsSimpleTextItem(text, m_densityLegend); // plain text
        item->setFont(font);
        item->setBrush(textColor);
        item->setPos(x, 0);
        x += metrics.horizontalAdvance(text) + 4;
    };
    addText(QCoreApplication::translate("iv::ChartReducer", "Points per cell:"));
    const qreal d = metrics.height() * 0.7;
    const int middle = int(std::lround(std::sqrt(double(top))));
    for (int count : {1, middle, top}) {
        auto *dot = new QGraphicsEllipseItem(x, (metrics.height() - d) / 2, d, d, m_densityLegend);
        dot->setPen(Qt::NoPen);
        dot->setBrush(densityColor(base, count, dark, top));
        x += d + 3;
        addText(NumberFormat::ui().integer(count));
        x += 4;
    }
    m_densityLegend->setRect(0, 0, x, metrics.height());
    const QRectF r = m_chart->rect();
    m_densityLegend->setPos(r.right() - x - 8, r.bottom() - metrics.height() - 2);
}

QString ChartReducer::note() const
{
    if (m_kind != Kind::Scatter || m_shown >= m_visibleTotal)
        return QString();
    return tr("Showing %1 of %2 points: overlapping points are merged (one per marker-sized cell and "
              "category).")
        .arg(NumberFormat::ui().integer(m_shown), NumberFormat::ui().integer(m_visibleTotal));
}

int ChartReducer::rowOf(const QXYSeries *series, int index) const
{
    const int s = static_cast<int>(m_series.indexOf(const_cast<QXYSeries *>(series)));
    if (s < 0 || index < 0 || index >= m_shownRows.at(s).size())
        return -1;
    return m_shownRows.at(s).at(index);
}

QString ChartReducer::tooltipForRow(int row) const
{
    const BucketValues &v = *m_values;
    if (row < 0 || row >= v.size())
        return QString();
    if (m_kind == Kind::Timeseries) {
        // The full UTC instant first (an xformat such as "%m" names no year), then the bucket's own text.
        const qint64 t = v.timestamps.at(row);
        const QString full = Timestamp::formatDjango(t) + QStringLiteral(" UTC");
        QString text = full;
        if (!m_question.xformat.trimmed().isEmpty()) {
            const QString own = TimeTicks::localStrftime(m_question.xformat, t); // names in the UI language
            if (own + QStringLiteral(" UTC") != full)
                text += QLatin1Char('\n') + own;
        }
        const QString name = m_question.ylabel.isEmpty() ? tr("value") : m_question.ylabel;
        return text + QLatin1Char('\n') + tr("%1: %2").arg(name, number(v.x.at(row)));
    }
    const QString category = v.categoryAt(row);
    const QString h = m_question.xlabel.isEmpty() ? tr("yvalue") : m_question.xlabel;
    const QString vert = m_question.ylabel.isEmpty() ? tr("xvalue") : m_question.ylabel;
    return (category.isNull() ? tr("(none)") : category) + QLatin1Char('\n') +
           tr("%1: %2").arg(h, number(v.y.at(row))) + QLatin1Char('\n') +
           tr("%1: %2").arg(vert, number(v.x.at(row)));
}

} // namespace iv
