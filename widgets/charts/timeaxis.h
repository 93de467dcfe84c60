// SPDX-License-Identifier: MIT
#pragma once

#include "timeticks.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QChart;
QT_END_NAMESPACE

namespace iv {

// The x axis of a timeseries: a QCategoryAxis over UTC milliseconds whose categories end at calendar
// boundaries (QDateTimeAxis can only divide its range evenly), labelled on the boundary itself
// (AxisLabelsPositionOnValue). TimeTicks chooses the ticks for the axis' range and the plot area's width and
// TimeAxis re-chooses them whenever either changes (zoom, pan, resize, the export's layout), so the screen,
// thumbnails and exported files share one generator. Labels are drawn as escaped rich text: two lines where a
// tick carries its context (the year under "Jan", the date under "14:00").
//
// A child of the chart it is made for (found again with of()); the chart owns the axis once it is added.
// GUI thread only.
class TimeAxis : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeAxis)

public:
    TimeAxis(const QString &xformat, QChart *chart);

    static TimeAxis *of(const QChart *chart);

    QCategoryAxis *axis() const { return m_axis; }
    // The ticks on the axis now.
    const TimeTicks::Result &ticks() const { return m_ticks; }
    // The plain text of each tick's label ("Jan\n2024"), left to right.
    QStringList labelTexts() const;
    // The series' period (TimeTicks::detectPeriod): ticks are never finer. Call before the first retick().
    void setPeriod(TimeTicks::Step period) { m_period = period; }
    // Recomputes the ticks for the axis' range at the plot area's width (an estimate before the first
    // layout).
    void retick();

private:
    QString m_xformat;
    QChart *m_chart = nullptr;       // parent, owns this
    QCategoryAxis *m_axis = nullptr; // the chart owns it (ChartBuilder adds it at once)
    TimeTicks::Result m_ticks;
    TimeTicks::Step m_period{TimeTicks::Unit::Millisecond, 1};
    double m_lastWidth = -1;
    qint64 m_lastLo = 0, m_lastHi = -1;
    bool m_busy = false;
};

} // namespace iv
