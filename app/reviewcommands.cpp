// SPDX-License-Identifier: MIT
#include "reviewcommands.h"

#include "commandline.h"
#include "snapshotdiff.h"
#include "snapshotreviewer.h"

namespace iv::cli {

int runReview(const QString &file, bool json)
{
    const ReviewReport report = SnapshotReviewer::review(file);
    if (json) {
        const QByteArray out = report.toJson();
        std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stdout);
    } else if (report.readable()) {
        printOut(report.toText());
    }
    if (!report.readable())
        return fail(terminalSafe(report.openError));
    return report.exitCode();
}

int runDiff(const QString &oldFile, const QString &newFile, bool json)
{
    QString error;
    const std::optional<SnapshotDiff> diff = SnapshotDiff::compare(oldFile, newFile, &error);
    if (!diff)
        return fail(terminalSafe(error));
    if (json) {
        const QByteArray out = diff->toJson();
        std::fwrite(out.constData(), 1, static_cast<size_t>(out.size()), stdout);
    } else {
        printOut(diff->toText());
    }
    return diff->identical() ? Success : Findings;
}

} // namespace iv::cli
