// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

struct sqlite3;

namespace iv {

// Functions with PostgreSQL's meaning, registered on every SQLite source so one metric text runs on both
// engines. SQLite has no time stamp type: a text cell is an instant, naive text (Django's form) in UTC, text
// with an offset converted; results are Django's UTC text ("YYYY-MM-DD HH:MM:SS[.ffffff]").
// - date_trunc(field, ts [, zone]): PostgreSQL's date_trunc on a timestamptz in a session whose TimeZone is
//   UTC (as collect's PostgreSQL sessions are), or in zone with its real rules (QTimeZone: summer time,
//   historic offsets). Fields: microseconds, milliseconds, second, minute, hour, day, week (ISO, Monday),
//   month, quarter, year, decade, century, millennium. For day and larger the truncated local time is
//   converted back with the zone's offset at that time (a time in a gap takes the offset before it, an
//   ambiguous one the later, standard offset, as PostgreSQL); for hour and smaller the instant's own
//   offset stays.
// - timezone(zone, ts): PostgreSQL's timezone(zone, timestamptz) = ts AT TIME ZONE zone: the wall time in
//   zone, as naive text.
// - date_part(field, ts): PostgreSQL's date_part on a timestamp (the text's wall time; with timezone() first
//   for a zone's): year, quarter, month, week (ISO), isoyear, day, doy, dow (Sunday 0), isodow (Monday 1),
//   hour, minute, second (with its fraction), milliseconds, microseconds (seconds included, as PostgreSQL),
//   decade, century, millennium, epoch. An integer when whole, else a real (PostgreSQL: double precision).
// NULL gives NULL; a text that is not a time, an unknown field or zone is an error naming the function.
namespace SqliteFunctions {

void registerPortable(sqlite3 *db);

// The same computations, for tests and for callers without a database. *error set on bad input.
QString dateTrunc(const QString &field, const QString &timestamp, const QString &zone, QString *error);
QString atTimeZone(const QString &zone, const QString &timestamp, QString *error);
// NaN with *error set on bad input.
double datePart(const QString &field, const QString &timestamp, QString *error);

} // namespace SqliteFunctions
} // namespace iv
