// SPDX-License-Identifier: MIT
// libFuzzer target: the bytes are a would-be insights.db. Opens it through SnapshotFile, reads the catalogue and
// every bucket's values, compares it with itself (SnapshotDiff) and reviews it (SnapshotReviewer). Any crash,
// sanitizer report, leak or timeout is a bug. Built with -DIV_FUZZ=ON (docs/FUZZING.md).
#include "reduction.h"
#include "snapshotdiff.h"
#include "snapshotfile.h"
#include "snapshotreviewer.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unistd.h>

namespace {

const QString &scratchPath()
{
    static const QString path = QDir::temp().filePath(QStringLiteral("iv-fuzz-%1.db").arg(::getpid()));
    return path;
}

// The axis steps a chart computes over the values' span (bounded; any undefined behaviour is reported).
void axisSteps(const iv::BucketValues &values)
{
    for (const QVector<double> *column : {&values.x, &values.y}) {
        double lo = 0, hi = 0;
        bool any = false;
        for (const double v : *column)
            if (std::isfinite(v)) {
                lo = any ? std::min(lo, v) : v;
                hi = any ? std::max(hi, v) : v;
                any = true;
            }
        if (any)
            for (const double span : {hi - lo, hi / 2 - lo / 2, hi, lo})
                (void)iv::Reduction::stepFits(lo, hi, iv::Reduction::niceStep(span));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString &path = scratchPath();
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }
    QString error;
    if (auto file = iv::SnapshotFile::open(path, &error)) {
        if (const auto cat = file->readCatalogue(&error))
            for (const iv::App &app : cat->apps)
                for (const iv::Question &q : app.questions)
                    if (q.isBucket())
                        if (const auto values = file->loadBucketValues(q.id, &error))
                            axisSteps(*values);
        iv::SnapshotDiff::compare(path, path, &error);
    }
    iv::ReviewReport::Options options;
    options.timeLimitMs = 3000;
    options.maxScanCells = 100000;
    const iv::ReviewReport report = iv::SnapshotReviewer::review(path, options);
    (void)report.toText();
    (void)report.toJson();
    return 0;
}
