// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace iv::cli {

// --list FILE: a text outline of apps and questions (values for counters/gauges, point counts for buckets),
// numbers in the UI language's notation (NumberFormat).
int runList(const QString &file);
// --dump-json FILE: the whole snapshot as JSON on stdout (format: docs/FORMATS.md).
int runDumpJson(const QString &file);

} // namespace iv::cli
