// SPDX-License-Identifier: MIT
#include "catalogcommands.h"

#include "commandline.h"
#include "localizedtext.h"
#include "numberformat.h"
#include "snapshotfile.h"
#include "snapshotjson.h"

#include <QCoreApplication>
#include <QFile>

namespace iv::cli {

namespace {

QString valueText(const Question &q)
{
    if (!q.valueValid)
        return QCoreApplication::translate("iv::cli", "(not a number: %1)")
            .arg(q.rawValue.isNull() ? QStringLiteral("NULL") : terminalSafe(q.rawValue.left(60)));
    // In the UI language's notation (--language), exact: a text report must not merge two different values.
    // --dump-json is the machine-readable form.
    const NumberFormat format = NumberFormat::ui();
    return q.valueIsInteger ? format.integer(q.intValue) : format.exact(q.value);
}

} // namespace

int runList(const QString &file)
{
    QString error;
    const auto snapshot = SnapshotFile::open(file, &error);
    if (!snapshot)
        return fail(error);
    const std::optional<Catalogue> cat = snapshot->readCatalogue(&error);
    if (!cat)
        return fail(error);
    QString out;
    for (const App &app : cat->apps) {
        out += QStringLiteral("%1 [%2]\n").arg(terminalSafe(app.name()), terminalSafe(app.module));
        for (const Question &q : app.questions) {
            out += QStringLiteral("  %1 %2 (%3)")
                       .arg(kindId(q.kind).leftJustified(11), terminalSafe(q.displayText()),
                            terminalSafe(q.label));
            if (q.isBucket()) {
                // Two sources, not "%n point(s)": English has no catalogue to pick the singular. The count is
                // then grouped in the UI language's notation.
                const QString points = q.pointCount == 1
                                           ? QCoreApplication::translate("iv::cli", "%n point", nullptr,
                                                                         clampToInt(q.pointCount))
                                           : QCoreApplication::translate("iv::cli", "%n points", nullptr,
                                                                         clampToInt(q.pointCount));
                out += QStringLiteral(": ") + QString(points).replace(QString::number(clampToInt(q.pointCount)),
                                                                      NumberFormat::ui().integer(q.pointCount));
            } else {
                out += QStringLiteral(" = %1").arg(valueText(q));
            }
            if (q.kind == MetricKind::Unknown)
                out += QLatin1Char(' ') +
                       QCoreApplication::translate("iv::cli", "[unsupported kind: bucket type %1]")
                           .arg(q.bucketType);
            out += QLatin1Char('\n');
        }
    }
    for (const QString &warning : cat->warnings)
        printErr(
            QStringLiteral("insights-viewer: %1: %2\n")
                .arg(file, QCoreApplication::translate("iv::cli", "warning: %1").arg(terminalSafe(warning))));
    printOut(out);
    return Success;
}

int runDumpJson(const QString &file)
{
    QString error;
    const auto snapshot = SnapshotFile::open(file, &error);
    if (!snapshot)
        return fail(error);
    // Streamed: one bucket's values in memory at a time, whatever the file's size.
    std::fflush(stdout);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(QStringLiteral("%1: %2").arg(file, out.errorString()));
    if (!SnapshotJson::write(*snapshot, &out, &error))
        return fail(error);
    return Success;
}

} // namespace iv::cli
