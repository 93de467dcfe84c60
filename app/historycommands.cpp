// SPDX-License-Identifier: MIT
// --history: the history of a folder of snapshots as a table, as JSON or as trend charts.
#include "historycommands.h"

#include "chartrenderer.h"
#include "commandline.h"
#include "dataexport.h"
#include "exportcommands.h"
#include "history.h"
#include "historyindex.h"
#include "historyreport.h"
#include "numberformat.h"
#include "timestamp.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace iv::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("iv::cli", text);
}

const QLatin1String kHistory("history");

// The table is read by people: numbers in the UI language's format, like --list and the History page.
QString number(double v, bool integer, qint64 intValue)
{
    const NumberFormat format = NumberFormat::ui();
    return integer ? format.integer(intValue) : format.exact(v);
}

QString deltaText(const HistoryDelta &d)
{
    if (!d.valid)
        return QStringLiteral("-");
    const NumberFormat format = NumberFormat::ui();
    const QString sign = d.absolute > 0 ? QStringLiteral("+") : QString();
    const QString absolute = sign + format.display(d.absolute);
    if (!std::isfinite(d.percent))
        return absolute;
    return QStringLiteral("%1 (%2%3 %)").arg(absolute, d.percent > 0 ? QStringLiteral("+") : QString(),
                                            format.percent(d.percent));
}

void printTable(const History &history)
{
    printOut(tr("History of %1: %2 snapshots, collected %3 to %4\n")
                 .arg(terminalSafe(history.siteName()))
                 .arg(history.size())
                 .arg(history.collectedText(0), history.collectedText(history.size() - 1)));
    QVector<QStringList> rows;
    rows.append({tr("APP"), tr("LABEL"), tr("KIND"), tr("LATEST"), tr("SINCE PREVIOUS"), tr("SINCE FIRST")});
    for (const HistorySeries &s : history.series) {
        const int latest = s.latest();
        QStringList row = {terminalSafe(s.appName), terminalSafe(s.label), kindId(s.kind)};
        if (latest < 0) {
            row << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("-");
        } else {
            row << number(s.values.at(latest), s.integer.at(latest), s.intValues.at(latest))
                << deltaText(s.change(s.previous(latest), latest))
                << deltaText(s.first() == latest ? HistoryDelta() : s.change(s.first(), latest));
            if (latest != history.size() - 1)
                row[3] += tr(" (in snapshot %1)").arg(latest + 1);
        }
        rows.append(row);
    }
    QVector<int> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], static_cast<int>(row.at(c).size()));
    QString out;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (int c = 0; c < row.size(); ++c)
            line += c + 1 == row.size() ? row.at(c) : row.at(c).leftJustified(widths.at(c) + 2);
        out += line + QLatin1Char('\n');
    }
    printOut(out);
    if (!history.skipped.isEmpty()) {
        QString skipped = tr("Skipped:\n");
        for (const HistorySkipped &s : history.skipped)
            skipped += QStringLiteral("  %1: %2\n").arg(terminalSafe(s.path), terminalSafe(s.reason));
        printOut(skipped);
    }
}

int exportCharts(const QCommandLineParser &parser, const History &history)
{
    RenderOptions options;
    if (const int status = parseRenderOptions(parser, &options))
        return status;
    const QString dir = parser.value(QStringLiteral("export-charts"));
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return fail(tr("%1: exists and is not a directory").arg(dir));
    if (!QDir().mkpath(dir))
        return fail(tr("%1: cannot create the directory").arg(dir));
    const QStringList wanted = parser.values(QStringLiteral("question"));
    QSet<QString> used;
    int status = Success;
    for (const HistorySeries &s : history.series) {
        if (!wanted.isEmpty() && !wanted.contains(s.label))
            continue;
        const HistoryTrend trend = HistoryTrend::of(history, s);
        const QString path =
            QDir(dir).filePath(DataExport::safeFileName(s.label, options.extension(), &used));
        QString error;
        if (!ChartRenderer::exportChart(trend.question, trend.values, options, path, &error))
            status = fail(error);
    }
    return status;
}

} // namespace

void addHistoryOptions(QCommandLineParser &parser)
{
    parser.addOption({kHistory, tr("Open the snapshots DIR|FILE… as one history: print the latest values and "
                                   "their changes (--json: as JSON; --export-charts OUT: one trend chart per "
                                   "counter and gauge) and exit.")});
}

bool historySet(const QCommandLineParser &parser)
{
    return parser.isSet(kHistory);
}

int runHistory(const QCommandLineParser &parser)
{
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return fail(tr("--history expects DIR or FILE…"));
    for (const char *other :
         {"list", "dump-json", "review", "diff", "redact", "collect", "export-data", "export-report"})
        if (parser.isSet(QLatin1String(other)))
            return fail(tr("--history and --%1 exclude each other").arg(QLatin1String(other)));
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool charts = parser.isSet(QStringLiteral("export-charts"));
    if (json && charts)
        return fail(tr("--json and --export-charts exclude each other"));
    HistoryIndex::Options options;
    options.sha256 = json;
    const History history = HistoryIndex::open(paths, options);
    if (json) {
        printOut(
            QString::fromUtf8(QJsonDocument(HistoryReport::json(history)).toJson(QJsonDocument::Indented)));
        return history.isEmpty() ? BadInput : Success;
    }
    if (history.isEmpty()) {
        QStringList reasons;
        for (const HistorySkipped &s : history.skipped)
            reasons << QStringLiteral("%1: %2").arg(s.path, s.reason);
        return fail(reasons.isEmpty()
                        ? tr("%1: no snapshots found").arg(paths.join(QStringLiteral(", ")))
                        : tr("no snapshot could be read: %1").arg(reasons.join(QStringLiteral("; "))));
    }
    if (charts)
        return exportCharts(parser, history);
    printTable(history);
    return Success;
}

} // namespace iv::cli
