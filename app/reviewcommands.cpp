// SPDX-License-Identifier: MIT
#include "reviewcommands.h"

#include "commandline.h"
#include "findingsexport.h"
#include "reviewpolicy.h"
#include "reviewrecord.h"
#include "snapshotdiff.h"
#include "snapshotreviewer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>
#include <optional>
#include <utility>

namespace iv::cli {

namespace {

// --sarif and --csv: every finding of the report; with a policy, acknowledged ones are suppressions.
bool writeFindings(const ReviewReport &report, const ReviewRequest &request, QString *error)
{
    const QVector<FindingsExport::Entry> entries = FindingsExport::fromReport(report);
    const std::pair<QString, QByteArray> outputs[] = {
        {request.sarif,
         request.sarif.isEmpty() ? QByteArray() : FindingsExport::sarif(report, entries, request.policy)},
        {request.csv, request.csv.isEmpty() ? QByteArray() : FindingsExport::csv(entries)}};
    for (const auto &[path, bytes] : outputs) {
        if (path.isEmpty())
            continue;
        if (QFileInfo(path).absoluteFilePath() == QFileInfo(report.identity.path).absoluteFilePath()) {
            *error = QCoreApplication::translate("main", "%1: the output would replace the reviewed file")
                         .arg(path);
            return false;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
            return false;
        }
    }
    return true;
}

} // namespace

int runReview(const ReviewRequest &request)
{
    if (request.files.isEmpty())
        return fail(QCoreApplication::translate("main", "--review expects at least one FILE"));
    if (!request.record.isEmpty() && request.files.size() != 1)
        return fail(QCoreApplication::translate("main", "--record expects exactly one FILE"));
    if ((!request.sarif.isEmpty() || !request.csv.isEmpty()) && request.files.size() != 1)
        return fail(QCoreApplication::translate("main", "--sarif and --csv expect exactly one FILE"));
    std::optional<ReviewPolicy> policy;
    if (!request.policy.isEmpty()) {
        QString error;
        policy = ReviewPolicy::load(request.policy, &error);
        if (!policy)
            return fail(terminalSafe(error));
    }
    ReviewReport::Options options;
    if (policy)
        policy->configure(options);
    if (request.minCount >= 0)
        options.minCount = request.minCount;

    int worst = Success;
    QJsonArray reports;
    for (const QString &file : request.files) {
        ReviewReport report = SnapshotReviewer::review(file, options);
        SnapshotReviewer::locate(report);
        if (policy)
            policy->apply(report);
        if (request.json) {
            if (request.files.size() == 1) {
                const QByteArray out = report.toJson();
                std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stdout);
            } else {
                reports.append(QJsonDocument::fromJson(report.toJson()).object());
            }
        } else if (report.readable()) {
            printOut(report.toText() + (request.files.size() > 1 ? QStringLiteral("\n") : QString()));
        }
        if (!report.readable())
            printErr(QStringLiteral("insights-viewer: %1\n").arg(terminalSafe(report.openError)));
        worst = std::max(worst, report.exitCode());
        if (!request.record.isEmpty() && report.readable()) {
            ReviewRecord record;
            record.report = report;
            record.policyPath = request.policy;
            QString error;
            if (!record.write(request.record, &error))
                return fail(terminalSafe(error));
        }
        if (report.readable()) {
            QString error;
            if (!writeFindings(report, request, &error))
                return fail(terminalSafe(error));
        }
    }
    if (request.json && request.files.size() > 1) {
        const QByteArray out = QJsonDocument(reports).toJson(QJsonDocument::Indented);
        std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stdout);
    }
    return worst;
}

int runDiff(const QString &oldFile, const QString &newFile, bool json, double tolerance, bool includeTimes)
{
    QString error;
    SnapshotDiff::Options options;
    options.tolerance = tolerance;
    options.includeTimes = includeTimes;
    const std::optional<SnapshotDiff> diff = SnapshotDiff::compare(oldFile, newFile, options, &error);
    if (!diff)
        return fail(terminalSafe(error));
    if (json) {
        const QByteArray out = diff->toJson();
        std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stdout);
    } else {
        printOut(diff->toText());
    }
    return diff->differs() ? Findings : Success;
}

} // namespace iv::cli
