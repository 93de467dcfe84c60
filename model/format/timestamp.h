// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdint>
#include <limits>

namespace iv {

// Fast, allocation-free handling of django-insights' naive-UTC datetime text ("YYYY-MM-DD HH:MM:SS[.ffffff]").
// QDateTime::fromString costs ~20 µs a row (see QTCHARTS-NOTES.md); these functions cost well under 100 ns.
namespace Timestamp {

constexpr qint64 Invalid = std::numeric_limits<qint64>::min();

// Microseconds since 1970-01-01T00:00:00 UTC, or Invalid. Accepts a 'T' or ' ' separator, optional seconds,
// 1-6 fraction digits and a trailing "Z" or "+00:00"; a date alone is midnight. Anything else is Invalid.
qint64 parseUtcMicros(const char *text, int length);
qint64 parseUtcMicros(const QString &text);

// Django's own text form: "YYYY-MM-DD HH:MM:SS", plus ".ffffff" when the microseconds are not zero.
QString formatDjango(qint64 micros);
// ISO 8601 with 'T' and 'Z' ("2016-11-01T00:00:00Z", with ".ffffff" when non-zero), for CSV/NDJSON exports.
QString formatIso(qint64 micros);
// The same texts written into p without allocating (room for 32 bytes; returns the end): Django's form with
// separator ' ' and no suffix, ISO's with 'T' and zulu. nullptr for a year outside 0000-9999 (the callers
// fall back to formatDjango/formatIso, which print any year).
char *writeText(char *p, qint64 micros, char separator, bool zulu);

// Calendar fields of a UTC instant (proleptic Gregorian, year 0 included).
struct Civil
{
    qint64 year;
    unsigned month, day, hour, minute, second, micro;
    unsigned weekday; // 0 = Sunday
    unsigned yearDay; // 0-based
};
Civil civil(qint64 micros);
// Days from 1970-01-01 to a proleptic Gregorian date (negative before).
qint64 daysSinceEpoch(qint64 year, unsigned month, unsigned day);

inline qint64 toMsecs(qint64 micros) { return micros / 1000; }

// Python's datetime.strftime on Linux for a UTC instant (an aware datetime in UTC), C locale: every glibc
// directive (%a %A %b %B %c %C %d %D %e %F %g %G %h %H %I %j %k %l %m %M %n %p %P %r %R %s %S %t %T %u %U %V
// %w %W %x %X %y %Y %%), Python's %f, %z ("+0000") and %Z ("UTC"), glibc's flags (- _ 0 ^ #), field widths and
// E/O modifiers; unknown directives are copied as glibc copies them. Years below 1000 print as Python prints
// them ("%Y" of 0999 is "999"). Checked against tests/data/strftime-table.tsv (tools/make-strftime-table.py).
// Used wherever a bucket's xformat must be followed exactly (axis labels, tooltips).
QString strftime(const QString &format, qint64 micros);

} // namespace Timestamp
} // namespace iv
