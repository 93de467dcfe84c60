// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

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
QString singleStatement(const QString &sql, QString *error, Dialect dialect);

} // namespace SqlCheck
} // namespace iv
