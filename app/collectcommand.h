// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace iv::cli {

// --collect PROJECT.json [--source NAME=CONNECTION]… [--output FILE]: runs the project's providers and writes
// the snapshot. Progress and log on stderr, the written path on stdout. Exit 0 written, 1 a provider failed
// (the message names provider, metric and the database's own error), 2 bad project file or arguments.
// With preview (a metric label): runs only that sql metric's query and prints its rows and the rows a collect
// would store, writing nothing; exit 0 shown, 1 the query failed, 2 bad project or unknown label.
int runCollect(const QString &projectPath, const QStringList &sourceArguments, const QString &output,
               const QString &preview = QString());

} // namespace iv::cli
