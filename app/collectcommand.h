// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace iv::cli {

// The options that go with --collect: --source, -o/--output, --output-dir, --keep, --param, --keep-going,
// --preview.
void addCollectOptions(QCommandLineParser &parser);

// --collect PROJECT.json [--source NAME=CONNECTION]… [--param NAME=VALUE]… [--output FILE | --output-dir DIR
// [--keep N]] [--keep-going]: runs the project's providers and writes the snapshot. Progress and log on
// stderr, the written path on stdout. Exit 0 written, 1 a provider failed (the message names provider,
// metric and the database's own error; with --keep-going every failure), 2 bad project file or arguments.
// --output-dir writes DIR/insights-YYYYMMDDTHHMMSSZ.db (UTC, atomically) and --keep N then removes the oldest
// such files beyond N. With --preview LABEL (or "all"): runs only that sql metric's (every sql metric's)
// query and prints its rows and the rows a collect would store, writing nothing; exit 0 shown, 1 a query
// failed, 2 bad project or unknown label. With --check-against INSIGHTS.db: collects into a temporary file
// (removed afterwards; the project's output is not written) and prints per metric exact, tolerance, different
// or missing (--json: [{"label", "status"}]); exit 0 when every metric is exact or within tolerance, else 1.
int runCollect(const QCommandLineParser &parser);

// --draft-project OUT.json --django PATH/manage.py: runs the site's metrics once and writes a collect project
// drafted from them (DjangoDraft). Per metric "sql" or "placeholder (reason)" on stderr, OUT.json on stdout.
// Exit 0 written, 1 written but a metric raised (or the run failed: nothing written), 2 bad manage.py, a
// missing Django, django-insights or settings module (one sentence).
int runDraft(const QCommandLineParser &parser);

struct CollectRequest
{
    QString project;
    QStringList sources;    // NAME=CONNECTION
    QStringList parameters; // NAME=VALUE
    QString output;
    QString outputDir;
    int keep = 0; // 0: keep all
    bool keepGoing = false;
    QString preview;      // null: collect; "all": every sql metric
    QString checkAgainst; // a reference insights.db: collect into a temporary file and compare per metric
    bool json = false;
};
int runCollect(const CollectRequest &request);

} // namespace iv::cli
