// SPDX-License-Identifier: MIT
#pragma once

#include "bucketvalues.h"
#include "catalogue.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <cmath>

namespace iv {

// One bucket of two snapshots of a history, side by side: both snapshots' values (loaded on demand, each file
// opened read-only through SnapshotFile), the categories the newer one added and the older one had that are
// gone, and for bar charts the bars paired by category with their change. A plain value type: load() in a
// worker, hand the result to the GUI thread.
struct BucketOverlay
{
    struct Pair
    {
        QString category;
        double older = std::nan(""); // NaN: the category is not in that snapshot
        double newer = std::nan("");
    };

    Question question; // the newer snapshot's (the older one's when the newer lacks the bucket)
    bool hasOlder = false;
    bool hasNewer = false;
    BucketValues older;
    BucketValues newer;
    QStringList added;   // categories in newer, not in older (newer's order)
    QStringList removed; // categories in older, not in newer (older's order)
    QVector<Pair> pairs; // bars: newer's categories in its order, then the removed ones
    QString error;       // "PATH: reason"; empty on success

    bool ok() const { return error.isEmpty(); }

    // Loads the bucket labelled label from both files. Either file may lack it (then has… is false); neither
    // holding it is an error.
    static BucketOverlay load(const QString &olderPath, const QString &newerPath, const QString &label,
                              const std::atomic_bool *cancel = nullptr);
    // Pairs, added and removed from older and newer (done by load; public for tests).
    void pairCategories();
};

} // namespace iv
