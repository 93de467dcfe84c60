// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QVector>

namespace iv {

// Ticks for a time axis at UTC calendar boundaries, as matplotlib's AutoDateLocator or d3's time scale place
// them: the step (1/2/5/10/20/50/100/200/500 ms, 1/2/5/10/15/30 s, 1/2/5/10/15/30 min, 1/2/3/6/12 h,
// 1/2/3 d, 1/2 weeks, 1/2/3/6 months, 1/2/5 × 10^k years) is chosen for the axis' width in pixels (about one
// label per Options::pixelsPerLabel, never fewer than minTicks nor more than maxTicks), and every tick sits
// on a boundary of its unit. Each tick's label names the instant under it at the step's granularity; the
// coarser context (the year under months, the date under hours) is carried by every tick and shown on the
// first tick and wherever it changes (on every tick when a label alone would repeat), so label + context
// always names one instant and no two ticks read the same.
//
// A bucket's xformat (Python strftime) labels the ticks when its finest directive has the step's granularity
// and the labels it gives are unique; otherwise the viewer's own labels are used, so an xformat never repeats
// or mislabels a tick.
//
// Pure computation on UTC milliseconds since 1970-01-01, no widgets; any thread.
class TimeTicks
{
public:
    enum class Unit { Millisecond, Second, Minute, Hour, Day, Week, Month, Year };

    struct Step
    {
        Unit unit = Unit::Year;
        int count = 1;
        // Nominal length (months as 30.44 days, years as 365.2425 days).
        double approxMs() const;
        bool operator==(const Step &o) const { return unit == o.unit && count == o.count; }
    };

    struct Tick
    {
        qint64 ms = 0;
        QString label;   // the instant at the step's granularity ("Mar", "14:00", "2024")
        QString context; // the coarser fields ("2024", "4 Mar 2024"); empty for years
        bool showContext = false;
        // label, plus "\n" + context where it is shown.
        QString text() const;
        bool operator==(const Tick &o) const
        {
            return ms == o.ms && label == o.label && context == o.context && showContext == o.showContext;
        }
    };

    struct Options
    {
        double pixelsPerLabel = 100;
        int minTicks = 4;
        int maxTicks = 12;
        QString xformat; // the bucket's strftime pattern; empty: the viewer's own labels
        // The series' period (detectPeriod): no step finer than it is used, and steps of its unit only in
        // multiples of it (a quarterly series gets quarter starts, 6 months or years, never 2 months).
        Step period{Unit::Millisecond, 1};
    };

    struct Result
    {
        Step step;
        QVector<Tick> ticks;
        bool fromXformat = false; // labels are the xformat's
    };

    TimeTicks() = delete;

    // Ticks in [loMs, hiMs] for an axis widthPx pixels wide. Empty for an empty or invalid range.
    static Result generate(qint64 loMs, qint64 hiMs, double widthPx, const Options &options);
    static Result generate(qint64 loMs, qint64 hiMs, double widthPx);

    // Every step, finest first.
    static const QVector<Step> &steps();
    // The last boundary of step at or before ms; weeks start on Monday (Sunday when sundayWeeks).
    static qint64 floor(qint64 ms, Step step, bool sundayWeeks = false);
    // The first boundary of step after the boundary ms.
    static qint64 next(qint64 ms, Step step, bool sundayWeeks = false);
    static bool isBoundary(qint64 ms, Step step, bool sundayWeeks = false);

    // The finest unit an strftime pattern names (Unit::Year for "%Y", Unit::Minute for "%H:%M"); false when
    // it names none (empty, literal text, %f only).
    static bool granularity(const QString &xformat, Unit *unit);
    // The period of a regular series: the coarsest calendar step all the instants (ascending) sit on whose
    // length their closest pair is at least (years, 6/3/2/1 months by the months they are apart, weeks of
    // Mondays or Sundays, days, hours, minutes, seconds). False for fewer than two distinct instants or
    // instants on no whole second. *sundayWeeks says which weeks.
    static bool detectPeriod(const QVector<double> &ascendingMs, Step *period, bool *sundayWeeks = nullptr);
    // The steps of period missing between consecutive instants (ascending, on the period's boundaries) and
    // the first missing instant; counting stops at limit.
    static qint64 missingSteps(const QVector<double> &ascendingMs, Step period, bool sundayWeeks,
                               qint64 *firstMissing, qint64 limit = 1000000);
    // Whether step may label a series of this period (see Options::period).
    static bool allowedFor(Step step, Step period);
    // Timestamp::strftime with the names of months and weekdays (%a %A %b %h %B, with the ^ flag in capitals)
    // in the UI language ("Mär", "März", "Do" in German); English keeps Python's names exactly, and every
    // other directive is Timestamp::strftime's. For what the reader sees (axis labels, tooltips).
    static QString localStrftime(const QString &format, qint64 micros);
    // The viewer's own label and context of a boundary instant at unit.
    static QString ownLabel(qint64 ms, Unit unit);
    static QString ownContext(qint64 ms, Unit unit);
};

} // namespace iv
