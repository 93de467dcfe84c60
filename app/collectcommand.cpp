// SPDX-License-Identifier: MIT
#include "collectcommand.h"

#include "collector.h"
#include "collectpreview.h"
#include "collectproject.h"
#include "commandline.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

namespace iv::cli {

namespace {

int runPreview(const CollectProject &project, const QString &label)
{
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

} // namespace

int runCollect(const QString &projectPath, const QStringList &sourceArguments, const QString &output,
               const QString &preview)
{
    QMap<QString, QString> overrides;
    for (const QString &arg : sourceArguments) {
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == arg.size() - 1)
            return fail(QCoreApplication::translate("collect", "--source expects NAME=CONNECTION, got \"%1\"")
                            .arg(arg));
        overrides.insert(arg.left(eq), arg.mid(eq + 1));
    }
    QString error;
    const auto project = CollectProject::load(projectPath, overrides, output, &error);
    if (!project)
        return fail(error);
    if (!preview.isNull())
        return runPreview(*project, preview);
    Collector collector;
    if (!collector.prepare(*project, &error))
        return fail(error);

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
        // The log masks ${…} values in the path too; stdout (for scripts) carries the path itself.
        printErr(QCoreApplication::translate("collect", "wrote %1 (%2 metrics, %3 ms)\n")
                     .arg(terminalSafe(project->secrets.apply(QDir::toNativeSeparators(project->output))))
                     .arg(collector.metricsWritten())
                     .arg(timer.elapsed()));
        printOut(QDir::toNativeSeparators(project->output) + QLatin1Char('\n'));
        return Success;
    case Collector::Result::Canceled:
    case Collector::Result::Failed:
        break;
    }
    fail(QCoreApplication::translate("collect", "collect failed, %1 left unchanged: %2")
             .arg(terminalSafe(project->secrets.apply(QDir::toNativeSeparators(project->output))),
                  terminalSafe(collector.errorString())));
    return Findings;
}

} // namespace iv::cli
