// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace iv {

// Named parameters in metric SQL (":as_of", ":since"): found outside string literals, quoted names and
// comments, never in a "::" cast. SQLite binds them by name itself; PostgreSQL gets them rewritten to "$1",
// "$2" … (padded with blanks to the name's length, so an error position in the rewritten text is the same
// character of the original) and bound in that order.
namespace SqlParameters {

enum class Dialect { Sqlite, PostgreSql };

// Every :name in the text, in order of first appearance, without the colon.
QStringList names(const QString &sql, Dialect dialect);

// PostgreSQL: sql with each :name replaced by $N; *order receives the names in N order (each once).
QString toPositional(const QString &sql, QStringList *order);

// sql with string literals, quoted names and comments blanked out (line breaks kept): what is left is code.
QString codeOnly(const QString &sql, Dialect dialect);

// A parameter name: a letter or '_', then letters, digits or '_'.
bool isValidName(const QString &name);

// The text a value is bound as, and the way the preview and errors show it.
QString valueText(const QVariant &value);

// UTC now in Django's text form without fraction ("YYYY-MM-DD HH:MM:SS"): the default of :as_of.
QString utcNowText();

} // namespace SqlParameters
} // namespace iv
