// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>

namespace iv {
struct RenderOptions;
}

namespace iv::cli {

// The export options, added to main's parser (--export-charts, --export-data, --export-report and their
// --format, --dpi, --size, --theme, --question).
void addExportOptions(QCommandLineParser &parser);
// Which export command is set: 0 none, 1 a chart/report command (needs QApplication, offscreen), 2
// --export-data (QCoreApplication).
int exportMode(const QCommandLineParser &parser);
// --format, --size (a name or WIDTHxHEIGHT), --dpi and --theme into options; 0, or 2 after saying what is wrong
// on stderr.
int parseRenderOptions(const QCommandLineParser &parser, RenderOptions *options);
// Runs the export command that is set; exit status (0 ok, 2 bad input naming the file).
int runExport(const QCommandLineParser &parser);

} // namespace iv::cli
