// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace iv::cli {

// --collect PROJECT.json [--source NAME=CONNECTION]… [--output FILE]: runs the project's providers and writes
// the snapshot. Progress and log on stderr, the written path on stdout. Exit 0 written, 1 a provider failed
// (the message names provider, metric and the database's own error), 2 bad project file or arguments.
int runCollect(const QString &projectPath, const QStringList &sourceArguments, const QString &output);

} // namespace iv::cli
