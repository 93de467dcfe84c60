// SPDX-License-Identifier: MIT
#include "timeticks.h"

#include "numberformat.h"
#include "timestamp.h"

#include <QDate>
#include <QLocale>

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace iv {

namespace {

constexpr qint64 kSecond = 1000, kMinute = 60 * kSecond, kHour = 60 * kMinute, kDay = 24 * kHour,
                 kWeek = 7 * kDay;
// 1970-01-05 was a Monday, 1970-01-04 a Sunday: week boundaries are counted from there.
constexpr qint64 kMondayOrigin = 4 * kDay, kSundayOrigin = 3 * kDay;

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

qint64 unitMs(TimeTicks::Unit unit)
{
    switch (unit) {
    case TimeTicks::Unit::Millisecond:
        return 1;
    case TimeTicks::Unit::Second:
        return kSecond;
    case TimeTicks::Unit::Minute:
        return kMinute;
    case TimeTicks::Unit::Hour:
        return kHour;
    case TimeTicks::Unit::Day:
        return kDay;
    case TimeTicks::Unit::Week:
        return kWeek;
    case TimeTicks::Unit::Month:
    case TimeTicks::Unit::Year:
        break;
    }
    return 0;
}

qint64 monthStartMs(qint64 monthIndex) // months since year 0, January
{
    const qint64 year = floorDiv(monthIndex, 12);
    const unsigned month = unsigned(monthIndex - year * 12) + 1;
    return Timestamp::daysSinceEpoch(year, month, 1) * kDay;
}

Timestamp::Civil civilOfMs(qint64 ms)
{
    return Timestamp::civil(ms * 1000);
}

// The conversions an strftime pattern uses (flags, widths and E/O modifiers skipped).
QSet<char> conversions(const QString &format)
{
    QSet<char> out;
    for (qsizetype i = 0; i < format.size(); ++i) {
        if (format.at(i) != QLatin1Char('%'))
            continue;
        ++i;
        while (i < format.size() && QByteArrayView("_-0^#").contains(format.at(i).toLatin1()))
            ++i;
        while (i < format.size() && format.at(i).toLatin1() >= '0' && format.at(i).toLatin1() <= '9')
            ++i;
        if (i < format.size() && (format.at(i) == QLatin1Char('E') || format.at(i) == QLatin1Char('O')))
            ++i;
        if (i < format.size())
            out.insert(format.at(i).toLatin1());
    }
    return out;
}

bool anyOf(const QSet<char> &set, const char *chars)
{
    for (const char *c = chars; *c; ++c)
        if (set.contains(*c))
            return true;
    return false;
}

// Whether labels in this pattern still need the viewer's context line to name one instant at unit.
bool needsContext(const QSet<char> &c, TimeTicks::Unit unit)
{
    const bool year = anyOf(c, "YycDFxGg");
    const bool month = anyOf(c, "mbBhcDFx");
    const bool day = anyOf(c, "decDFx");
    const bool dayOfYear = c.contains('j');
    switch (unit) {
    case TimeTicks::Unit::Year:
        return false;
    case TimeTicks::Unit::Month:
        return !year;
    case TimeTicks::Unit::Week:
        if (anyOf(c, "UWV"))
            return !year;
        return !(year && ((month && day) || dayOfYear));
    default:
        return !(year && ((month && day) || dayOfYear));
    }
}

QString pad3(qint64 v)
{
    return QString::number(v).rightJustified(3, QLatin1Char('0'));
}

} // namespace

double TimeTicks::Step::approxMs() const
{
    switch (unit) {
    case Unit::Month:
        return count * 30.436875 * kDay;
    case Unit::Year:
        return count * 365.2425 * kDay;
    default:
        return double(count) * double(unitMs(unit));
    }
}

QString TimeTicks::Tick::text() const
{
    return showContext && !context.isEmpty() ? label + QLatin1Char('\n') + context : label;
}

const QVector<TimeTicks::Step> &TimeTicks::steps()
{
    static const QVector<Step> all = [] {
        QVector<Step> s;
        for (int n : {1, 2, 5, 10, 20, 50, 100, 200, 500})
            s.append({Unit::Millisecond, n});
        for (int n : {1, 2, 5, 10, 15, 30})
            s.append({Unit::Second, n});
        for (int n : {1, 2, 5, 10, 15, 30})
            s.append({Unit::Minute, n});
        for (int n : {1, 2, 3, 6, 12})
            s.append({Unit::Hour, n});
        for (int n : {1, 2, 3})
            s.append({Unit::Day, n});
        for (int n : {1, 2})
            s.append({Unit::Week, n});
        for (int n : {1, 2, 3, 6})
            s.append({Unit::Month, n});
        for (int n : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000})
            s.append({Unit::Year, n});
        return s;
    }();
    return all;
}

qint64 TimeTicks::floor(qint64 ms, Step step, bool sundayWeeks)
{
    switch (step.unit) {
    case Unit::Month: {
        const Timestamp::Civil c = civilOfMs(ms);
        const qint64 index = c.year * 12 + (c.month - 1);
        return monthStartMs(floorDiv(index, step.count) * step.count);
    }
    case Unit::Year: {
        const Timestamp::Civil c = civilOfMs(ms);
        return Timestamp::daysSinceEpoch(floorDiv(c.year, step.count) * step.count, 1, 1) * kDay;
    }
    default: {
        const qint64 length = unitMs(step.unit) * step.count;
        const qint64 origin = step.unit == Unit::Week ? (sundayWeeks ? kSundayOrigin : kMondayOrigin) : 0;
        return origin + floorDiv(ms - origin, length) * length;
    }
    }
}

qint64 TimeTicks::next(qint64 ms, Step step, bool sundayWeeks)
{
    switch (step.unit) {
    case Unit::Month: {
        const Timestamp::Civil c = civilOfMs(ms);
        return monthStartMs(c.year * 12 + (c.month - 1) + step.count);
    }
    case Unit::Year: {
        const Timestamp::Civil c = civilOfMs(ms);
        return Timestamp::daysSinceEpoch(c.year + step.count, 1, 1) * kDay;
    }
    default:
        Q_UNUSED(sundayWeeks)
        return ms + unitMs(step.unit) * step.count;
    }
}

bool TimeTicks::isBoundary(qint64 ms, Step step, bool sundayWeeks)
{
    return floor(ms, step, sundayWeeks) == ms;
}

bool TimeTicks::granularity(const QString &xformat, Unit *unit)
{
    const QSet<char> c = conversions(xformat);
    static const struct
    {
        const char *chars;
        Unit unit;
    } kLevels[] = {{"f", Unit::Millisecond}, {"SsTXcr", Unit::Second},  {"MR", Unit::Minute},
                   {"HIkl", Unit::Hour},     {"deajAuwDFx", Unit::Day}, {"UWVGg", Unit::Week},
                   {"mbBh", Unit::Month},    {"YyC", Unit::Year}};
    for (const auto &level : kLevels) {
        if (anyOf(c, level.chars)) {
            *unit = level.unit;
            return true;
        }
    }
    return false;
}

namespace {

// Month names in the UI language (NumberFormat's locale: "Mär" and "Mai" in German, "mrt" in Dutch).
QLocale uiLocale()
{
    return NumberFormat::ui().locale();
}

// The name a %a %A %b %h %B directive gives in locale (empty for other conversions).
QString localName(QChar conv, const Timestamp::Civil &c, const QLocale &locale)
{
    switch (conv.unicode()) {
    case 'a':
        return locale.dayName(c.weekday == 0 ? 7 : int(c.weekday), QLocale::ShortFormat);
    case 'A':
        return locale.dayName(c.weekday == 0 ? 7 : int(c.weekday), QLocale::LongFormat);
    case 'b':
    case 'h':
        return locale.monthName(int(c.month), QLocale::ShortFormat);
    case 'B':
        return locale.monthName(int(c.month), QLocale::LongFormat);
    default:
        return QString();
    }
}

QDate utcDate(qint64 ms)
{
    const Timestamp::Civil c = civilOfMs(ms);
    return QDate(int(c.year), int(c.month), int(c.day));
}

} // namespace

QString TimeTicks::ownLabel(qint64 ms, Unit unit)
{
    const qint64 us = ms * 1000;
    switch (unit) {
    case Unit::Millisecond:
        return Timestamp::strftime(QStringLiteral("%H:%M:%S."), us) +
               pad3(ms - floorDiv(ms, kSecond) * kSecond);
    case Unit::Second:
        return Timestamp::strftime(QStringLiteral("%H:%M:%S"), us);
    case Unit::Minute:
    case Unit::Hour:
        return Timestamp::strftime(QStringLiteral("%H:%M"), us);
    case Unit::Day:
    case Unit::Week:
        return uiLocale().toString(utcDate(ms), QStringLiteral("d MMM"));
    case Unit::Month:
        return uiLocale().standaloneMonthName(int(civilOfMs(ms).month), QLocale::ShortFormat);
    case Unit::Year:
        break;
    }
    return Timestamp::strftime(QStringLiteral("%Y"), us);
}

QString TimeTicks::ownContext(qint64 ms, Unit unit)
{
    const qint64 us = ms * 1000;
    switch (unit) {
    case Unit::Millisecond:
    case Unit::Second:
    case Unit::Minute:
    case Unit::Hour:
        return uiLocale().toString(utcDate(ms), QStringLiteral("d MMM yyyy"));
    case Unit::Day:
    case Unit::Week:
    case Unit::Month:
        return Timestamp::strftime(QStringLiteral("%Y"), us);
    case Unit::Year:
        break;
    }
    return QString();
}

bool TimeTicks::allowedFor(Step step, Step period)
{
    if (period.unit == Unit::Millisecond && period.count <= 1)
        return true;
    if (step.approxMs() < period.approxMs() * 0.999)
        return false;
    return step.unit != period.unit || step.count % std::max(1, period.count) == 0;
}

bool TimeTicks::detectPeriod(const QVector<double> &ascendingMs, Step *period, bool *sundayWeeks)
{
    QVector<qint64> t;
    t.reserve(ascendingMs.size());
    for (double x : ascendingMs) {
        if (!std::isfinite(x))
            continue;
        const qint64 ms = qint64(std::llround(x));
        if (t.isEmpty() || ms > t.constLast())
            t.append(ms);
    }
    if (t.size() < 2)
        return false;
    qint64 minGap = std::numeric_limits<qint64>::max();
    for (qsizetype i = 1; i < t.size(); ++i)
        minGap = std::min(minGap, t.at(i) - t.at(i - 1));
    auto allOn = [&t](Step step, bool sunday) {
        for (qint64 ms : std::as_const(t))
            if (!isBoundary(ms, step, sunday))
                return false;
        return true;
    };
    if (sundayWeeks)
        *sundayWeeks = false;
    if (allOn({Unit::Year, 1}, false) && minGap >= 365 * kDay) {
        *period = {Unit::Year, 1};
        return true;
    }
    if (allOn({Unit::Month, 1}, false) && minGap >= 28 * kDay) {
        // The months consecutive instants are apart: their greatest common divisor.
        qint64 g = 0;
        for (qsizetype i = 1; i < t.size(); ++i) {
            const Timestamp::Civil a = civilOfMs(t.at(i - 1)), b = civilOfMs(t.at(i));
            const qint64 months = (b.year - a.year) * 12 + (qint64(b.month) - qint64(a.month));
            g = std::gcd(g, months);
        }
        int count = 1;
        for (int c : {6, 3, 2})
            if (g % c == 0) {
                count = c;
                break;
            }
        *period = {Unit::Month, count};
        return true;
    }
    for (bool sunday : {false, true}) {
        if (allOn({Unit::Week, 1}, sunday) && minGap >= kWeek) {
            *period = {Unit::Week, 1};
            if (sundayWeeks)
                *sundayWeeks = sunday;
            return true;
        }
    }
    for (Unit unit : {Unit::Day, Unit::Hour, Unit::Minute, Unit::Second}) {
        if (allOn({unit, 1}, false) && minGap >= unitMs(unit)) {
            *period = {unit, 1};
            return true;
        }
    }
    return false;
}

qint64 TimeTicks::missingSteps(const QVector<double> &ascendingMs, Step period, bool sundayWeeks,
                               qint64 *firstMissing, qint64 limit)
{
    qint64 missing = 0;
    qint64 previous = std::numeric_limits<qint64>::min();
    for (double x : ascendingMs) {
        if (!std::isfinite(x))
            continue;
        const qint64 ms = qint64(std::llround(x));
        if (previous != std::numeric_limits<qint64>::min() && ms > previous) {
            for (qint64 s = next(previous, period, sundayWeeks); s < ms && missing < limit;
                 s = next(s, period, sundayWeeks)) {
                if (missing == 0 && firstMissing)
                    *firstMissing = s;
                ++missing;
            }
        }
        previous = std::max(previous, ms);
        if (missing >= limit)
            break;
    }
    return missing;
}

TimeTicks::Result TimeTicks::generate(qint64 loMs, qint64 hiMs, double widthPx)
{
    return generate(loMs, hiMs, widthPx, Options());
}

TimeTicks::Result TimeTicks::generate(qint64 loMs, qint64 hiMs, double widthPx, const Options &o)
{
    Result result;
    if (!(hiMs > loMs))
        return result;
    const QSet<char> xConversions = conversions(o.xformat);
    Unit xUnit = Unit::Year;
    const bool hasXUnit = !o.xformat.trimmed().isEmpty() && granularity(o.xformat, &xUnit);
    // %U numbers weeks from Sunday; every other pattern (and the viewer) from Monday.
    const bool sundayWeeks = xConversions.contains('U') && !anyOf(xConversions, "WV");
    const double span = double(hiMs) - double(loMs);
    const int minTicks = std::max(1, o.minTicks), maxTicks = std::max(minTicks, o.maxTicks);
    const double target = std::max<double>(minTicks, widthPx / std::max(1.0, o.pixelsPerLabel));

    auto countTicks = [&](Step step, int limit) {
        int n = 0;
        qint64 t = floor(loMs, step, sundayWeeks);
        if (t < loMs)
            t = next(t, step, sundayWeeks);
        for (; t <= hiMs && n <= limit; t = next(t, step, sundayWeeks))
            ++n;
        return n;
    };

    // Finest step whose ticks are no denser than the target; among steps giving minTicks..maxTicks only.
    const QVector<Step> &all = steps();
    int chosen = -1, coarsestCandidate = -1, fallback = -1;
    double fallbackDistance = std::numeric_limits<double>::infinity();
    for (int i = 0; i < all.size(); ++i) {
        if (!allowedFor(all.at(i), o.period))
            continue; // finer than the series' period
        const double estimate = span / all.at(i).approxMs();
        if (estimate > maxTicks * 1.5 + 2)
            continue; // far too many: not worth counting
        const int n = countTicks(all.at(i), maxTicks + 1);
        if (n >= minTicks && n <= maxTicks) {
            coarsestCandidate = i;
            if (chosen < 0 && n <= target)
                chosen = i;
        } else if (n >= 1) {
            const double distance = n < minTicks ? minTicks - n : n - maxTicks;
            if (distance < fallbackDistance) {
                fallbackDistance = distance;
                fallback = i;
            }
        }
        if (estimate < 1)
            break; // coarser steps only get fewer ticks
    }
    if (chosen < 0)
        chosen = coarsestCandidate >= 0 ? coarsestCandidate : fallback;
    if (chosen < 0)
        return result;
    const Step step = all.at(chosen);
    result.step = step;

    QVector<qint64> instants;
    qint64 t = floor(loMs, step, sundayWeeks);
    if (t < loMs)
        t = next(t, step, sundayWeeks);
    for (; t <= hiMs && instants.size() <= maxTicks + 1; t = next(t, step, sundayWeeks))
        instants.append(t);

    auto label = [&](bool useXformat) {
        QVector<Tick> ticks;
        ticks.reserve(instants.size());
        const bool context = !useXformat || needsContext(xConversions, step.unit);
        QSet<QString> seen;
        QString lastContext;
        for (qint64 ms : std::as_const(instants)) {
            Tick tick;
            tick.ms = ms;
            tick.label = useXformat ? localStrftime(o.xformat, ms * 1000) : ownLabel(ms, step.unit);
            tick.context = context ? ownContext(ms, step.unit) : QString();
            tick.showContext = !tick.context.isEmpty() && (ticks.isEmpty() || tick.context != lastContext);
            lastContext = tick.context;
            const QString key = tick.label + QChar(0) + tick.context;
            if (useXformat && (tick.label.trimmed().isEmpty() || seen.contains(key)))
                return QVector<Tick>();
            seen.insert(key);
            ticks.append(tick);
        }
        // Where a label alone repeats ("Jul" of two years, "06:00" of two days) every tick carries its
        // context, so no two ticks read the same.
        QSet<QString> labelsSeen;
        bool repeats = false;
        for (const Tick &tick : std::as_const(ticks)) {
            repeats = repeats || labelsSeen.contains(tick.label);
            labelsSeen.insert(tick.label);
        }
        if (repeats)
            for (Tick &tick : ticks)
                tick.showContext = !tick.context.isEmpty();
        return ticks;
    };

    // The xformat names ticks whose unit it has (a day pattern also names week ticks: they are days).
    const bool xMatches = hasXUnit && (xUnit == step.unit || (xUnit == Unit::Day && step.unit == Unit::Week));
    if (xMatches) {
        result.ticks = label(true);
        result.fromXformat = !result.ticks.isEmpty() || instants.isEmpty();
    }
    if (!result.fromXformat)
        result.ticks = label(false);
    return result;
}

QString TimeTicks::localStrftime(const QString &format, qint64 micros)
{
    const QLocale locale = uiLocale();
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return Timestamp::strftime(format, micros);
    const Timestamp::Civil c = Timestamp::civil(micros);
    // The names are put in as literal text (their % doubled); every other directive is left to strftime.
    QString rewritten;
    rewritten.reserve(format.size());
    for (qsizetype i = 0; i < format.size(); ++i) {
        if (format.at(i) != QLatin1Char('%')) {
            rewritten += format.at(i);
            continue;
        }
        qsizetype j = i + 1;
        bool upper = false;
        while (j < format.size() && QStringLiteral("-_0^#").contains(format.at(j)))
            upper = upper || format.at(j++) == QLatin1Char('^');
        while (j < format.size() && format.at(j).isDigit())
            ++j;
        while (j < format.size() && (format.at(j) == QLatin1Char('E') || format.at(j) == QLatin1Char('O')))
            ++j;
        if (j >= format.size()) {
            rewritten += format.mid(i);
            break;
        }
        QString name = localName(format.at(j), c, locale);
        if (name.isEmpty()) {
            rewritten += format.mid(i, j - i + 1);
        } else {
            if (upper)
                name = locale.toUpper(name);
            rewritten += name.replace(QLatin1Char('%'), QStringLiteral("%%"));
        }
        i = j;
    }
    return Timestamp::strftime(rewritten, micros);
}

} // namespace iv
