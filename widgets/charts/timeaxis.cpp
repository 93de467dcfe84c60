// SPDX-License-Identifier: MIT
#include "timeaxis.h"

#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QRectF>
#include <QtCharts/QChart>

#include <cmath>

namespace iv {

namespace {

// Axis labels are rich text to Qt Charts: escape every line, break lines with <br>, centre them.
QString labelHtml(const TimeTicks::Tick &tick)
{
    QString html = tick.label.toHtmlEscaped();
    if (tick.showContext && !tick.context.isEmpty())
        html += QStringLiteral("<br>") + tick.context.toHtmlEscaped();
    return QStringLiteral("<div align=\"center\">") + html + QStringLiteral("</div>");
}

} // namespace

TimeAxis::TimeAxis(const QString &xformat, QChart *chart)
    : QObject(chart), m_xformat(xformat), m_chart(chart), m_axis(new QCategoryAxis)
{
    setObjectName(QStringLiteral("iv_timeaxis"));
    m_axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // Never elided by Qt ("2023…" is no date): retick() spaces the ticks so that whole labels fit.
    m_axis->setTruncateLabels(false);
    connect(m_axis, &QCategoryAxis::rangeChanged, this, &TimeAxis::retick);
    connect(chart, &QChart::plotAreaChanged, this, &TimeAxis::retick);
}

TimeAxis *TimeAxis::of(const QChart *chart)
{
    return chart ? chart->findChild<TimeAxis *>(QStringLiteral("iv_timeaxis"), Qt::FindDirectChildrenOnly)
                 : nullptr;
}

QStringList TimeAxis::labelTexts() const
{
    QStringList out;
    for (const TimeTicks::Tick &t : m_ticks.ticks)
        out << t.text();
    return out;
}

void TimeAxis::retick()
{
    if (m_busy)
        return;
    const qint64 lo = qint64(std::ceil(m_axis->min())), hi = qint64(std::floor(m_axis->max()));
    // Before the first layout the plot area is empty: assume the width of a typical chart.
    double width = m_chart->plotArea().width();
    if (width < 1)
        width = m_axis->labelsFont().pointSizeF() < 8 ? 260 : 700;
    if (lo == m_lastLo && hi == m_lastHi && std::abs(width - m_lastWidth) < 0.5)
        return;
    m_busy = true;
    m_lastLo = lo;
    m_lastHi = hi;
    m_lastWidth = width;

    // About one label per 100 px, more room when the labels are wider than that (Qt Charts elides a label
    // wider than its share of the axis).
    const QFontMetricsF metrics(m_axis->labelsFont());
    TimeTicks::Options options;
    options.xformat = m_xformat;
    options.period = m_period;
    // Two ticks at least (a narrow window), so that every label can be drawn whole.
    options.minTicks = 2;
    options.pixelsPerLabel = std::max(100.0, metrics.horizontalAdvance(QStringLiteral("00:00")) * 3);
    auto widestOf = [&metrics](const TimeTicks::Result &r) {
        double widest = 0;
        for (const TimeTicks::Tick &t : r.ticks)
            for (const QString &line : t.text().split(QLatin1Char('\n')))
                widest = std::max(widest, metrics.horizontalAdvance(line));
        return widest;
    };
    // Ticks only where a label centred on them stays inside the chart: the range is inset by half a label
    // beyond the room the chart has left and right of the plot (a tick at the plot's very end would have its
    // label cut by the window's edge).
    qint64 a = lo, b = hi;
    double span = width;
    auto inset = [&](double widest) {
        const QRectF plot = m_chart->plotArea();
        if (plot.width() <= 0 || hi <= lo)
            return;
        const double msPerPx = double(hi - lo) / plot.width();
        const double half = widest / 2 + 3;
        const double left = std::max(0.0, half - plot.left());
        const double right = std::max(0.0, half - (m_chart->size().width() - plot.right()));
        const qint64 na = lo + qint64(std::ceil(left * msPerPx)),
                     nb = hi - qint64(std::ceil(right * msPerPx));
        if (nb > na) {
            a = na;
            b = nb;
            span = width * double(b - a) / double(hi - lo);
        }
    };
    TimeTicks::Result result = TimeTicks::generate(a, b, span, options);
    inset(widestOf(result));
    result = TimeTicks::generate(a, b, span, options);
    for (int attempt = 0; attempt < 6 && !result.ticks.isEmpty(); ++attempt) {
        const double widest = widestOf(result);
        const double share = width / (result.ticks.size() + 1);
        const double needed = widest + metrics.height() * 2;
        if (needed <= share || result.ticks.size() <= options.minTicks)
            break;
        options.pixelsPerLabel = needed * (result.ticks.size() + 1) / result.ticks.size();
        result = TimeTicks::generate(a, b, span, options);
    }

    // A label is centred on its tick: a tick near the plot's end whose label would stick out of the chart
    // (cut by the window's edge) is left out; the first tick kept carries its context line.
    const QRectF plot = m_chart->plotArea();
    const double axisLo = m_axis->min(), axisHi = m_axis->max();
    if (plot.width() > 0 && axisHi > axisLo && !result.ticks.isEmpty()) {
        const qreal chartWidth = m_chart->size().width();
        QVector<TimeTicks::Tick> kept;
        for (const TimeTicks::Tick &t : std::as_const(result.ticks)) {
            const qreal x = plot.left() + (double(t.ms) - axisLo) / (axisHi - axisLo) * plot.width();
            qreal w = 0;
            for (const QString &line : t.text().split(QLatin1Char('\n')))
                w = std::max(w, metrics.horizontalAdvance(line));
            w += 4; // the label item's margins
            if (x - w / 2 >= 0 && x + w / 2 <= chartWidth)
                kept << t;
        }
        if (!kept.isEmpty() && kept.size() < result.ticks.size()) {
            if (!kept.first().showContext && !kept.first().context.isEmpty()) {
                kept.first().showContext = true;
                // Still inside the chart with its context line?
                const qreal x =
                    plot.left() + (double(kept.first().ms) - axisLo) / (axisHi - axisLo) * plot.width();
                if (x - (metrics.horizontalAdvance(kept.first().context) + 4) / 2 < 0)
                    kept.removeFirst();
            }
            result.ticks = kept;
        }
    }

    if (!(result.step == m_ticks.step && result.ticks == m_ticks.ticks)) {
        m_ticks = result;
        const QStringList old = m_axis->categoriesLabels();
        for (const QString &label : old)
            m_axis->remove(label);
        m_axis->setStartValue(m_axis->min());
        for (const TimeTicks::Tick &t : std::as_const(m_ticks.ticks))
            m_axis->append(labelHtml(t), double(t.ms));
    } else if (!m_axis->categoriesLabels().isEmpty()) {
        m_axis->setStartValue(m_axis->min());
    }
    m_busy = false;
}

} // namespace iv
