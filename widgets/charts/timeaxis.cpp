// SPDX-License-Identifier: MIT
#include "timeaxis.h"

#include <QCategoryAxis>
#include <QFontMetricsF>
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
    options.pixelsPerLabel = std::max(100.0, metrics.horizontalAdvance(QStringLiteral("00:00")) * 3);
    TimeTicks::Result result = TimeTicks::generate(lo, hi, width, options);
    for (int attempt = 0; attempt < 3 && !result.ticks.isEmpty(); ++attempt) {
        double widest = 0;
        for (const TimeTicks::Tick &t : std::as_const(result.ticks))
            for (const QString &line : t.text().split(QLatin1Char('\n')))
                widest = std::max(widest, metrics.horizontalAdvance(line));
        const double share = width / (result.ticks.size() + 1);
        const double needed = widest + metrics.height() * 1.5;
        if (needed <= share || result.ticks.size() <= options.minTicks)
            break;
        options.pixelsPerLabel = needed * (result.ticks.size() + 1) / result.ticks.size();
        result = TimeTicks::generate(lo, hi, width, options);
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
