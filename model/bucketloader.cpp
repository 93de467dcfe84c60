// SPDX-License-Identifier: MIT
#include "bucketloader.h"

#include "snapshotfile.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace iv {

BucketLoader::BucketLoader(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1); // requests run one after another; a superseded one ends at its next poll
}

BucketLoader::~BucketLoader()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool.waitForDone(); // the worker posts to this object: it must be done before we go
}

void BucketLoader::setPath(const QString &path)
{
    cancel();
    m_path = path;
}

quint64 BucketLoader::load(qint64 bucketId)
{
    return load(QList<qint64>{bucketId});
}

quint64 BucketLoader::load(const QList<qint64> &bucketIds)
{
    cancel();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 request = m_request;
    m_pending = static_cast<int>(bucketIds.size());
    if (bucketIds.isEmpty())
        return request;
    auto cancelFlag = m_cancel;
    const QString path = m_path;
    // Runs in the pool; this object outlives it (the destructor waits), so posting to it is safe.
    (void)QtConcurrent::run(&m_pool, [this, request, bucketIds, cancelFlag, path] {
        QString error;
        std::unique_ptr<SnapshotFile> file = SnapshotFile::open(path, &error);
        for (qint64 id : bucketIds) {
            if (cancelFlag->load())
                return;
            std::optional<BucketValues> values;
            QString loadError = error;
            if (file)
                values = file->loadBucketValues(id, &loadError, cancelFlag.get());
            if (cancelFlag->load())
                return;
            auto shared = std::make_shared<std::optional<BucketValues>>(std::move(values));
            QMetaObject::invokeMethod(
                this,
                [this, request, id, shared, loadError] {
                    deliver(request, id, shared->has_value() ? &shared->value() : nullptr, loadError);
                },
                Qt::QueuedConnection);
        }
    });
    return request;
}

void BucketLoader::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    ++m_request;
    m_pending = 0;
}

void BucketLoader::deliver(quint64 request, qint64 bucketId, const BucketValues *values, const QString &error)
{
    if (request != m_request)
        return; // superseded or cancelled
    --m_pending;
    if (values)
        emit loaded(bucketId, *values);
    else
        emit failed(bucketId, error);
    if (m_pending == 0 && request == m_request)
        emit finished();
}

} // namespace iv
