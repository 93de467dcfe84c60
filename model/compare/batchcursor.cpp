// SPDX-License-Identifier: MIT
#include "batchcursor.h"

namespace iv {

BatchCursor::BatchCursor(const SnapshotFile &file, const QVector<qint64> &ids, const QVector<qint64> &counts,
                         qint64 maxPoints)
    : m_file(file), m_batches(file.bucketBatches(ids, counts, maxPoints))
{
}

bool BatchCursor::load(int k, const std::atomic_bool *cancel)
{
    m_values.clear();
    m_errors.clear();
    while (m_next < m_batches.size() && m_batches.at(m_next).end <= k)
        ++m_next;
    if (m_next >= m_batches.size())
        return true;
    const SnapshotFile::BucketBatch &batch = m_batches.at(m_next++);
    m_begin = batch.begin;
    m_end = batch.end;
    if (batch.together) {
        QString error;
        if (std::optional<QVector<BucketValues>> values = m_file.loadBucketBatch(batch, &error, cancel)) {
            for (BucketValues &v : *values)
                m_values.append(std::move(v));
            m_errors.resize(m_values.size());
            return true;
        }
        if (cancel && cancel->load())
            return false;
    }
    for (const qint64 id : batch.ids) {
        QString error;
        m_values.append(m_file.loadBucketValues(id, &error, cancel));
        m_errors.append(error);
        if (!m_values.constLast() && cancel && cancel->load())
            return false;
    }
    return true;
}

} // namespace iv
