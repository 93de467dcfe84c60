// SPDX-License-Identifier: MIT
#include "fileidentity.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace iv {

QString FileIdentity::encodingName() const
{
    switch (textEncoding) {
    case 1: return QStringLiteral("UTF-8");
    case 2: return QStringLiteral("UTF-16le");
    case 3: return QStringLiteral("UTF-16be");
    default: return QStringLiteral("unknown (%1)").arg(textEncoding);
    }
}

QString FileIdentity::journalModeName() const
{
    if (writeVersion == 1 && readVersion == 1)
        return QStringLiteral("rollback journal");
    if (writeVersion == 2 && readVersion == 2)
        return QStringLiteral("WAL");
    return QStringLiteral("unknown (%1/%2)").arg(writeVersion).arg(readVersion);
}

FileIdentity FileIdentity::read(const QString &path, bool withSha256, const std::atomic_bool *cancel)
{
    FileIdentity id;
    const QFileInfo info(path);
    id.path = info.absoluteFilePath();
    if (!info.exists()) {
        id.error = QStringLiteral("no such file");
        return id;
    }
    if (info.isDir()) {
        id.error = QStringLiteral("is a folder");
        return id;
    }
    id.mtime = info.lastModified().toUTC();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        id.error = file.errorString();
        return id;
    }
    id.size = file.size();
    const QByteArray h = file.read(100);
    static const char magic[] = "SQLite format 3";
    if (h.size() == 100 && std::memcmp(h.constData(), magic, sizeof magic) == 0) {
        const auto *p = reinterpret_cast<const unsigned char *>(h.constData());
        auto be32 = [p](int off) {
            return (quint32(p[off]) << 24) | (quint32(p[off + 1]) << 16) | (quint32(p[off + 2]) << 8) |
                   quint32(p[off + 3]);
        };
        id.sqliteHeader = true;
        id.pageSize = (p[16] << 8) | p[17];
        if (id.pageSize == 1)
            id.pageSize = 65536;
        id.writeVersion = p[18];
        id.readVersion = p[19];
        id.pageCount = be32(28);
        id.textEncoding = be32(56);
        id.userVersion = static_cast<qint32>(be32(60));
        id.applicationId = static_cast<qint32>(be32(68));
        id.sqliteVersion = be32(96);
    }
    if (!withSha256)
        return id;
    file.seek(0);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            id.error = QStringLiteral("cancelled");
            return id;
        }
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0) {
            id.error = file.errorString();
            return id;
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), n));
    }
    id.sha256 = QString::fromLatin1(hash.result().toHex());
    return id;
}

} // namespace iv
