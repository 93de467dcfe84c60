// SPDX-License-Identifier: MIT
#include "bucketloader.h"

#include "snapshotfile.h"

#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>

#include <list>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace iv {

namespace {

// What the file on disk is: a rename over it (a new collect) or a rewrite changes at least one field.
struct FileStamp
{
    QString path;
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = -1;
    qint64 mtimeNs = 0;
    bool operator==(const FileStamp &o) const
    {
        return path == o.path && device == o.device && inode == o.inode && size == o.size && mtimeNs == o.mtimeNs;
    }
    bool valid() const { return size >= 0; }
};

FileStamp stampOf(const QString &path)
{
    FileStamp s;
    s.path = QFileInfo(path).absoluteFilePath();
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return s;
    s.device = quint64(st.st_dev);
    s.inode = quint64(st.st_ino);
    s.size = qint64(st.st_size);
    s.mtimeNs = qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
#else
    const QFileInfo info(path);
    if (!info.exists())
        return s;
    s.size = info.size();
    s.mtimeNs = info.lastModified().toMSecsSinceEpoch() * 1'000'000;
#endif
    return s;
}

struct CacheEntry
{
    FileStamp file;
    qint64 bucketId;
    BucketValues values;
};

QMutex g_cacheMutex;
std::list<CacheEntry> g_cache; // most recently used first
qint64 g_cachedPoints = 0;

std::optional<BucketValues> cacheLookup(const FileStamp &file, qint64 bucketId)
{
    if (!file.valid())
        return std::nullopt;
    QMutexLocker lock(&g_cacheMutex);
    for (auto it = g_cache.begin(); it != g_cache.end(); ++it) {
        if (it->bucketId == bucketId && it->file == file) {
            g_cache.splice(g_cache.begin(), g_cache, it);
            return g_cache.front().values; // a shallow copy
        }
    }
    return std::nullopt;
}

void cacheInsert(const FileStamp &file, qint64 bucketId, const BucketValues &values)
{
    const qint64 points = values.size();
    if (!file.valid() || points > BucketLoader::cacheBudgetPoints())
        return;
    QMutexLocker lock(&g_cacheMutex);
    for (auto it = g_cache.begin(); it != g_cache.end(); ++it) {
        if (it->bucketId == bucketId && it->file == file) {
            g_cachedPoints -= it->values.size();
            g_cache.erase(it);
            break;
        }
    }
    g_cache.push_front({file, bucketId, values});
    g_cachedPoints += points;
    while (g_cachedPoints > BucketLoader::cacheBudgetPoints() && !g_cache.empty()) {
        g_cachedPoints -= g_cache.back().values.size();
        g_cache.pop_back();
    }
}

} // namespace

void BucketLoader::clearCache()
{
    QMutexLocker lock(&g_cacheMutex);
    g_cache.clear();
    g_cachedPoints = 0;
}

qint64 BucketLoader::cachedPoints()
{
    QMutexLocker lock(&g_cacheMutex);
    return g_cachedPoints;
}

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
        std::unique_ptr<SnapshotFile> file;
        bool opened = false;
        const FileStamp stamp = stampOf(path);
        for (qint64 id : bucketIds) {
            if (cancelFlag->load())
                return;
            std::optional<BucketValues> values = cacheLookup(stamp, id);
            QString loadError;
            if (!values) {
                if (!opened) { // opened on the first miss only
                    file = SnapshotFile::open(path, &error);
                    opened = true;
                }
                loadError = error;
                if (file)
                    values = file->loadBucketValues(id, &loadError, cancelFlag.get());
                if (cancelFlag->load())
                    return;
                if (values && stampOf(path) == stamp) // not replaced while it was read
                    cacheInsert(stamp, id, *values);
            }
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
