// SPDX-License-Identifier: MIT
#pragma once

// Internal to the compare library: one file's bucket values for a list of buckets taken in order, a batch at
// a time (SnapshotFile::bucketBatches), so a diff of two big files holds at most one batch of each.

#include "snapshotfile.h"

#include <QString>
#include <QVector>

#include <atomic>
#include <optional>

namespace iv {

class BatchCursor
{
public:
    // file must outlive the cursor; ids and counts: the buckets in the order they are asked for.
    BatchCursor(const SnapshotFile &file, const QVector<qint64> &ids, const QVector<qint64> &counts,
                qint64 maxPoints);

    // True when entry k (asked for in increasing order) is not loaded yet.
    bool needs(int k) const { return k >= m_end; }
    // Loads the batch holding entry k, dropping the one before. A batch read together that fails is read
    // again bucket by bucket, so a read error names the bucket it belongs to, as reading each alone does.
    // False only when cancelled.
    bool load(int k, const std::atomic_bool *cancel);
    // Entry k's values (nullopt when they could not be read: error(k) says why).
    const std::optional<BucketValues> &values(int k) const { return m_values.at(k - m_begin); }
    QString error(int k) const { return m_errors.at(k - m_begin); }

private:
    const SnapshotFile &m_file;
    QVector<SnapshotFile::BucketBatch> m_batches;
    int m_next = 0; // the next batch to load
    int m_begin = 0, m_end = 0;
    QVector<std::optional<BucketValues>> m_values;
    QVector<QString> m_errors;
};

} // namespace iv
