// SPDX-License-Identifier: MIT
#pragma once

#include "bucketvalues.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace iv {

// Loads bucket values off the GUI thread. Each request runs in a worker that opens its own SnapshotFile on
// path() and loads the given buckets in order, emitting loaded() or failed() for each on the thread that owns
// this object. A new request supersedes the previous one: the old load is cancelled (its SQLite loop polls
// the flag) and nothing more is emitted for it. Destroying the loader cancels and waits for the worker.
//
// Loaded buckets are kept in a small process-wide cache shared by all loaders (least recently used first out,
// at most cacheBudgetPoints() points in all), keyed by the file's identity on disk (device, inode, size,
// modification time) and the bucket id: the question page reuses what the app page's thumbnail just loaded
// (the arrays are implicitly shared, so a hit costs no copy), and a file replaced on disk never hits.
class BucketLoader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BucketLoader)

public:
    explicit BucketLoader(QObject *parent = nullptr);
    ~BucketLoader() override;

    void setPath(const QString &path);
    QString path() const { return m_path; }

    // Starts loading, cancelling any earlier request. Returns the request number (increasing).
    quint64 load(qint64 bucketId);
    quint64 load(const QList<qint64> &bucketIds);
    // Cancels the current request; nothing more is emitted for it.
    void cancel();
    // True while the current request has buckets left to deliver.
    bool isBusy() const { return m_pending > 0; }
    quint64 currentRequest() const { return m_request; }

    // The shared cache (thread-safe).
    static void clearCache();
    static qint64 cachedPoints();
    static constexpr qint64 cacheBudgetPoints() { return 1'200'000; } // ~43 MB at 36 bytes a point

signals:
    void loaded(qint64 bucketId, const iv::BucketValues &values);
    void failed(qint64 bucketId, const QString &error);
    // The current request delivered its last bucket.
    void finished();

private:
    void deliver(quint64 request, qint64 bucketId, const BucketValues *values, const QString &error);

    QString m_path;
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_request = 0;
    int m_pending = 0;
};

} // namespace iv

Q_DECLARE_METATYPE(iv::BucketValues)
