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

inline qint64 toMsecs(qint64 micros) { return micros / 1000; }

// Python strftime for a UTC instant (supports %Y %y %m %d %H %M %S %f %j %U %W %a %A %b %B %p %I %e %%;
// anything else is copied). Used where we must follow a bucket's xformat exactly (tooltips, tables).
QString strftime(const QString &format, qint64 micros);

// Best conversion of a strftime pattern to a QDateTime format string (for QDateTimeAxis). Specifiers with no Qt
// equivalent (%W, %U, %j) become the nearest readable Qt pattern; *exact is set false then.
QString strftimeToQtFormat(const QString &format, bool *exact = nullptr);

} // namespace Timestamp
} // namespace iv
