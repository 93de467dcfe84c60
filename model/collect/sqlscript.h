// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace iv {

// Builds a new SQLite file from SQL text: the sample snapshot ("Open sample") and the test databases are kept as
// SQL scripts, never as binary files. Only ever writes to a path that does not exist yet.
namespace SqlScript {

// Runs script into a new database at path. Fails (false, *error names the file) when path exists or the SQL
// fails; a failed build leaves no file behind.
bool createDatabase(const QString &path, const QString &script, QString *error);

// Creates the bundled sample (resources/sample.sql) in dir and returns its path, or an empty string + *error.
QString createSample(const QString &dir, QString *error);

} // namespace SqlScript
} // namespace iv
