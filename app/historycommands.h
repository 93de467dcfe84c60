// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>

namespace iv::cli {

// --history DIR|FILE…: a readable table of the latest values and their changes; with --json the history as
// JSON (HistoryReport); with --export-charts OUT one trend chart per counter and gauge.
void addHistoryOptions(QCommandLineParser &parser);
bool historySet(const QCommandLineParser &parser);
// 0 ok, 2 bad usage or no readable snapshot of a site.
int runHistory(const QCommandLineParser &parser);

} // namespace iv::cli
