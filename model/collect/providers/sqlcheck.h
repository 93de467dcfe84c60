// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace iv {

// The collect's text check of a metric's SQL, before it goes to the database: defence in depth only. The real
// guards are the database's (SqlSource: one statement per protocol message or prepare, read-only
// transactions and files, the role's privileges); this check gives early, clear messages and refuses what a
// read-only transaction would still allow (COPY … TO PROGRAM, server file functions).
namespace SqlCheck {

enum class Dialect { Sqlite, PostgreSql };

// The statement without a trailing ';', or a null string with *error when sql holds several statements,
// transaction/session control or COPY, or calls a function that reaches outside the database (server files,
// programs, other connections). Follows the dialect's lexing: PostgreSQL E'' strings with backslash escapes,
// $tag$ quotes and nested /* */ comments; SQLite `name` and [name]. Unterminated quotes are refused.
// PostgreSQL's U&"…" identifiers and U&'…' strings are decoded (\XXXX, \+XXXXXX, UESCAPE) before names are
// compared, and field notation ((x).pg_read_file) counts as a call.
QString singleStatement(const QString &sql, QString *error, Dialect dialect);

// Known divergences between SQLite and PostgreSQL in sql, one sentence each (empty when none is seen):
// a cast to an integer type (SQLite truncates 2.5 to 2, PostgreSQL rounds it to 3) and a division by an
// integer literal (integer division truncates on both, but what is an integer differs: PostgreSQL's avg() and
// sum() of bigint are numeric, SQLite's are not). A warning, not an error: the metric still runs.
QStringList portabilityWarnings(const QString &sql, Dialect dialect);

// Known divergences between SQLite and PostgreSQL in sql, one sentence each (empty when none is seen):
// a cast to an integer type (SQLite truncates 2.5 to 2, PostgreSQL rounds it to 3) and a division by an
// integer literal (integer division truncates on both, but what is an integer differs: PostgreSQL's avg() and
// sum() of bigint are numeric, SQLite's are not). A warning, not an error: the metric still runs.
QStringList portabilityWarnings(const QString &sql, Dialect dialect);

// Functions a metric may never call (case-insensitive; by name and by prefix: pg_read_*, pg_ls_*, lo_*,
// dblink*, replication slots, pg_stat_reset*, nextval, setval …): they reach outside the database, change
// server state or other sessions. Also used on the names a PostgreSQL plan shows (SqlSource).
bool isRefusedFunction(const QString &name);

// The text of a U&'…' string or U&"…" identifier body (between the quotes, doubled quotes already in
// place) with escapes decoded; escape is the UESCAPE character ('\\' by default). Null when an escape is
// malformed.
QString decodeUnicodeEscapes(const QString &body, QChar escape);

} // namespace SqlCheck
} // namespace iv
