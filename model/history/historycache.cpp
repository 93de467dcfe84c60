// SPDX-License-Identifier: MIT
#include "historycache.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace iv {

namespace {
constexpr quint32 kMagic = 0x49564849; // "IVHI"
constexpr quint32 kVersion = 1;
} // namespace

HistoryCache::HistoryCache(const QString &directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{
}

QString HistoryCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
           QStringLiteral("/insights-viewer/history");
}

QString HistoryCache::fileFor(const QString &folder) const
{
    const QByteArray key =
        QCryptographicHash::hash(folder.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return m_directory + QLatin1Char('/') + QString::fromLatin1(key) + QStringLiteral(".index");
}

QHash<QString, SnapshotSummary> HistoryCache::load(const QString &folder) const
{
    QHash<QString, SnapshotSummary> entries;
    QFile file(fileFor(folder));
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    QString storedFolder;
    qint32 count = 0;
    in >> magic >> version >> storedFolder >> count;
    // A hash collision or a foreign file is treated as no cache.
    if (magic != kMagic || version != kVersion || storedFolder != folder || count < 0 || count > 10000000)
        return entries;
    entries.reserve(count);
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        SnapshotSummary s;
        in >> s;
        if (in.status() == QDataStream::Ok)
            entries.insert(s.path, std::move(s));
    }
    if (in.status() != QDataStream::Ok)
        entries.clear();
    return entries;
}

bool HistoryCache::store(const QString &folder, const QHash<QString, SnapshotSummary> &entries,
                         QString *error) const
{
    // The index holds the snapshots' counter and gauge texts and values: the directory and files are the
    // user's alone, whatever the umask (a snapshot kept 0600 must not become readable through its cache).
    if (!QDir().mkpath(m_directory) ||
        !QFile::setPermissions(m_directory,
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        if (error)
            *error = QStringLiteral("%1: cannot create the directory").arg(m_directory);
        return false;
    }
    QSaveFile file(fileFor(folder));
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kVersion << folder << qint32(entries.size());
    for (const SnapshotSummary &s : entries)
        out << s;
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace iv
