// SPDX-License-Identifier: MIT
#include "collectcommand.h"

#include "collectcheck.h"
#include "collector.h"
#include "collectpreview.h"
#include "collectproject.h"
#include "commandline.h"
#include "djangodraft.h"

#include "snapshothistoryfiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace iv::cli {

namespace {

int runPreview(const CollectProject &project, const QString &label)
{
    if (label == QLatin1String("all")) {
        // Every sql metric, one report after another; the worst status is the exit status.
        if (project.sqlMetrics.isEmpty())
            return fail(QCoreApplication::translate("collect", "%1: no sql metrics to preview")
                            .arg(QDir::toNativeSeparators(project.path)));
        int status = Success;
        int failed = 0;
        for (const SqlMetricSpec &spec : project.sqlMetrics) {
            const CollectPreview preview = CollectPreview::run(project, spec.meta.label);
            if (preview.status == CollectPreview::Status::Ok) {
                for (const QString &line : preview.report().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                    printOut(terminalSafe(line) + QLatin1Char('\n'));
            } else {
                ++failed;
                printOut(QCoreApplication::translate("collect", "metric \"%1\": preview failed\n")
                             .arg(terminalSafe(spec.meta.label)));
                printErr(QCoreApplication::translate("collect", "preview failed: %1\n")
                             .arg(terminalSafe(preview.error)));
                status = Findings;
            }
            printOut(QStringLiteral("\n"));
        }
        printErr(QCoreApplication::translate("collect", "previewed %1 metrics, %2 failed\n")
                     .arg(project.sqlMetrics.size())
                     .arg(failed));
        return status;
    }
    const CollectPreview preview = CollectPreview::run(project, label);
    switch (preview.status) {
    case CollectPreview::Status::Ok:
        for (const QString &line : preview.report().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            printOut(terminalSafe(line) + QLatin1Char('\n'));
        return Success;
    case CollectPreview::Status::UnknownLabel:
        return fail(terminalSafe(preview.error));
    case CollectPreview::Status::Failed:
        break;
    }
    fail(QCoreApplication::translate("collect", "preview failed: %1").arg(terminalSafe(preview.error)));
    return Findings;
}

int printCheck(const QString &collectedPath, const QList<CollectedMetric> &reference, bool json)
{
    QList<CollectedMetric> collected;
    QString error;
    if (!CollectCheck::readSnapshot(collectedPath, &collected, &error))
        return fail(error);
    const QList<CollectCheck::Result> results = CollectCheck::compare(collected, reference);
    QMap<QString, int> counts;
    bool allPass = true;
    QJsonArray array;
    for (const CollectCheck::Result &r : results) {
        ++counts[r.status];
        allPass = allPass && (r.status == QLatin1String("exact") || r.status == QLatin1String("tolerance"));
        if (json) {
            array.append(
                QJsonObject{{QStringLiteral("label"), r.label}, {QStringLiteral("status"), r.status}});
        } else {
            printOut(QStringLiteral("%1 %2%3\n")
                         .arg(r.status, -9)
                         .arg(terminalSafe(r.label),
                              r.detail.isEmpty() ? QString()
                                                 : QStringLiteral(" (%1)").arg(terminalSafe(r.detail))));
        }
    }
    if (json)
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    printErr(QCoreApplication::translate(
                 "collect", "%1 metrics: %2 exact, %3 within tolerance, %4 different, %5 missing\n")
                 .arg(results.size())
                 .arg(counts.value(QStringLiteral("exact")))
                 .arg(counts.value(QStringLiteral("tolerance")))
                 .arg(counts.value(QStringLiteral("different")))
                 .arg(counts.value(QStringLiteral("missing"))));
    return allPass ? Success : Findings;
}

} // namespace

void addCollectOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("source"),
         QCoreApplication::translate("main", "With --collect: point source NAME at another SQLite path or "
                                             "postgresql:// URL (repeatable)."),
         QStringLiteral("NAME=CONNECTION")});
    parser.addOption(
        {QStringList{QStringLiteral("o"), QStringLiteral("output")},
         QCoreApplication::translate("main", "With --collect: write the snapshot to FILE instead."),
         QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("output-dir"),
         QCoreApplication::translate("main", "With --collect: write DIR/insights-YYYYMMDDTHHMMSSZ.db "
                                             "(UTC now) instead, to build up a history."),
         QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("keep"),
         QCoreApplication::translate("main", "With --output-dir: keep the newest N snapshots of the "
                                             "folder, remove older ones."),
         QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("param"),
         QCoreApplication::translate("main", "With --collect: set the SQL parameter NAME (:NAME in "
                                             "the queries) to VALUE (repeatable)."),
         QStringLiteral("NAME=VALUE")});
    parser.addOption(
        {QStringLiteral("keep-going"),
         QCoreApplication::translate("main", "With --collect: run every metric even after one failed, "
                                             "report all failures; write nothing unless all pass.")});
    parser.addOption(
        {QStringLiteral("check-against"),
         QCoreApplication::translate("main", "With --collect: collect into a temporary file and say per "
                                             "metric whether it equals INSIGHTS.db's (exact, tolerance, "
                                             "different, missing); --json for JSON."),
         QStringLiteral("INSIGHTS.db")});
    parser.addOption(
        {QStringLiteral("draft-project"),
         QCoreApplication::translate("main", "With --django: run the site's metrics once and write a collect "
                                             "project drafted from them (SQL where checked, placeholders "
                                             "else)."),
         QStringLiteral("OUT.json")});
    parser.addOption({QStringLiteral("django"),
                      QCoreApplication::translate("main", "With --draft-project: the site's manage.py."),
                      QStringLiteral("PATH/manage.py")});
    parser.addOption(
        {QStringLiteral("preview"),
         QCoreApplication::translate("main", "With --collect: run only the sql metric LABEL (or all of them) "
                                             "and print its rows and what would be stored; write nothing."),
         QStringLiteral("LABEL")});
}

int runDraft(const QCommandLineParser &parser)
{
    const QString out = parser.value(QStringLiteral("draft-project"));
    const QString manage = parser.value(QStringLiteral("django"));
    if (manage.isEmpty() || out.isEmpty() || !parser.positionalArguments().isEmpty() ||
        parser.isSet(QStringLiteral("collect")))
        return fail(QCoreApplication::translate(
            "collect", "--draft-project OUT.json goes with --django PATH/manage.py only"));
    const DjangoDraft draft =
        DjangoDraft::run(manage, out, parser.isSet(QStringLiteral("force")), [](const QString &line) {
            printErr(QStringLiteral("django: %1\n").arg(terminalSafe(line)));
        });
    if (draft.status == DjangoDraft::Status::BadInput)
        return fail(draft.error);
    if (draft.status == DjangoDraft::Status::Failed) {
        printErr(QStringLiteral("insights-viewer: %1\n").arg(terminalSafe(draft.error)));
        return Findings;
    }
    int withSql = 0;
    for (const DjangoDraft::Metric &m : draft.metrics) {
        withSql += m.sql ? 1 : 0;
        printErr(
            m.sql ? QCoreApplication::translate("collect", "%1 %2: sql\n").arg(m.kind, terminalSafe(m.label))
                  : QCoreApplication::translate("collect", "%1 %2: placeholder (%3)\n")
                        .arg(m.kind, terminalSafe(m.label), terminalSafe(m.reason)));
    }
    printErr(
        QCoreApplication::translate("collect", "%1 metrics: %2 with SQL, %3 placeholders to finish by hand\n")
            .arg(draft.metrics.size())
            .arg(withSql)
            .arg(draft.metrics.size() - withSql));
    printOut(QDir::toNativeSeparators(out) + QLatin1Char('\n'));
    return draft.raised.isEmpty() ? Success : Findings;
}

int runCollect(const QCommandLineParser &parser)
{
    CollectRequest request;
    request.project = parser.value(QStringLiteral("collect"));
    request.sources = parser.values(QStringLiteral("source"));
    request.parameters = parser.values(QStringLiteral("param"));
    request.output = parser.value(QStringLiteral("output"));
    request.outputDir = parser.value(QStringLiteral("output-dir"));
    request.keepGoing = parser.isSet(QStringLiteral("keep-going"));
    request.checkAgainst = parser.value(QStringLiteral("check-against"));
    request.json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("preview")))
        request.preview = parser.value(QStringLiteral("preview"));
    if (parser.isSet(QStringLiteral("keep"))) {
        bool ok = false;
        request.keep = parser.value(QStringLiteral("keep")).toInt(&ok);
        if (!ok || request.keep < 1)
            return fail(QCoreApplication::translate("collect",
                                                    "--keep expects a number of snapshots of at least 1, "
                                                    "got \"%1\"")
                            .arg(parser.value(QStringLiteral("keep"))));
        if (request.outputDir.isEmpty())
            return fail(QCoreApplication::translate("collect", "--keep goes with --output-dir DIR"));
    }
    return runCollect(request);
}

int runCollect(const CollectRequest &request)
{
    if (!request.output.isEmpty() && !request.outputDir.isEmpty())
        return fail(QCoreApplication::translate("collect", "--output and --output-dir exclude each other"));
    QString output = request.output;
    QString error;
    // --check-against: the snapshot goes to a private temporary folder, removed when this returns.
    std::unique_ptr<QTemporaryDir> scratch;
    QList<CollectedMetric> reference;
    if (!request.checkAgainst.isEmpty()) {
        if (!request.output.isEmpty() || !request.outputDir.isEmpty() || !request.preview.isNull())
            return fail(QCoreApplication::translate("collect",
                                                    "--check-against writes nothing: it excludes --output, "
                                                    "--output-dir and --preview"));
        if (!CollectCheck::readSnapshot(request.checkAgainst, &reference, &error))
            return fail(error);
        scratch = std::make_unique<QTemporaryDir>(
            QDir(QDir::tempPath()).filePath(QStringLiteral("insights-viewer-check-XXXXXX")));
        if (!scratch->isValid())
            return fail(QCoreApplication::translate("collect", "no temporary folder: %1")
                            .arg(scratch->errorString()));
        output = scratch->filePath(QStringLiteral("collected.db"));
    }
    if (!request.outputDir.isEmpty()) {
        const QFileInfo dir(request.outputDir);
        if (!dir.isDir())
            return fail(QCoreApplication::translate("collect", "--output-dir %1: not a folder")
                            .arg(QDir::toNativeSeparators(request.outputDir)));
        output =
            SnapshotHistoryFiles::newPath(dir.absoluteFilePath(), QDateTime::currentDateTimeUtc(), &error);
        if (output.isEmpty())
            return fail(error);
    }
    const QString &projectPath = request.project;
    const QString &preview = request.preview;
    QMap<QString, QString> overrides;
    for (const QString &arg : request.sources) {
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == arg.size() - 1)
            return fail(QCoreApplication::translate("collect", "--source expects NAME=CONNECTION, got \"%1\"")
                            .arg(arg));
        overrides.insert(arg.left(eq), arg.mid(eq + 1));
    }
    auto project = CollectProject::load(projectPath, overrides, output, &error);
    if (!project)
        return fail(error);
    for (const QString &arg : request.parameters) {
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(
                QCoreApplication::translate("collect", "--param expects NAME=VALUE, got \"%1\"").arg(arg));
        if (!project->setParameter(arg.left(eq), arg.mid(eq + 1), &error))
            return fail(error);
    }
    if (!preview.isNull())
        return runPreview(*project, preview);
    Collector collector;
    if (!collector.prepare(*project, &error))
        return fail(error);
    collector.setKeepGoing(request.keepGoing);

    int known = 0;
    for (const auto &p : collector.providers())
        known += p.metrics.size();
    int done = 0;
    QElapsedTimer timer;
    timer.start();
    QObject context;
    QObject::connect(
        &collector, &Collector::metricProgress, &context,
        [&](const QString &provider, const QString &metric, int step, int total) {
            if (total <= 0 || step != total)
                return;
            ++done;
            const QString count =
                done <= known ? QStringLiteral("%1/%2").arg(done).arg(known) : QString::number(done);
            printErr(
                QStringLiteral("[%1] %2: %3\n").arg(count, terminalSafe(provider), terminalSafe(metric)));
        });
    QObject::connect(&collector, &Collector::logMessage, &context,
                     [](const QString &text) { printErr(QStringLiteral("  %1\n").arg(terminalSafe(text))); });
    QObject::connect(
        &collector, &Collector::providerProgress, &context, [](const QString &provider, int step, int total) {
            printErr(QStringLiteral("  %1: %2/%3\n").arg(terminalSafe(provider)).arg(step).arg(total));
        });
    switch (collector.run()) {
    case Collector::Result::Success:
        if (!request.checkAgainst.isEmpty()) // the temporary file is not worth naming
            return printCheck(project->output, reference, request.json);
        // The log masks ${…} values in the path too; stdout (for scripts) carries the path itself.
        printErr(QCoreApplication::translate("collect", "wrote %1 (%2 metrics, %3 ms)\n")
                     .arg(terminalSafe(project->secrets.apply(QDir::toNativeSeparators(project->output))))
                     .arg(collector.metricsWritten())
                     .arg(timer.elapsed()));
        printOut(QDir::toNativeSeparators(project->output) + QLatin1Char('\n'));
        if (request.keep > 0) {
            const SnapshotHistoryFiles::Pruned pruned =
                SnapshotHistoryFiles::prune(QFileInfo(project->output).absolutePath(), request.keep);
            for (const QString &removed : pruned.removed)
                printErr(QCoreApplication::translate("collect", "removed %1 (--keep %2)\n")
                             .arg(terminalSafe(QDir::toNativeSeparators(removed)))
                             .arg(request.keep));
            for (const QString &problem : pruned.errors)
                printErr(QStringLiteral("  %1\n").arg(terminalSafe(problem)));
        }
        return Success;
    case Collector::Result::Canceled:
    case Collector::Result::Failed:
        break;
    }
    // Keep-going lists one failure per line: each line made safe on its own, so the list stays a list.
    QStringList lines = collector.errorString().split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = terminalSafe(line);
    fail(QCoreApplication::translate("collect", "collect failed, %1 left unchanged: %2")
             .arg(terminalSafe(project->secrets.apply(QDir::toNativeSeparators(project->output))),
                  lines.join(QStringLiteral("\n  "))));
    return Findings;
}

} // namespace iv::cli
