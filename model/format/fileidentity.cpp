// SPDX-License-Identifier: MIT
#include "fileidentity.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace iv {

namespace {

qint64 mtimeNsOf(const struct stat &st)
{
    return qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
}

qint64 ctimeNsOf(const struct stat &st)
{
    return qint64(st.st_ctim.tv_sec) * 1'000'000'000 + st.st_ctim.tv_nsec;
}

LocalizedText typeReason(mode_t mode)
{
    if (S_ISDIR(mode))
        return LocalizedText::translate("iv::FileIdentity", "is a folder, not a regular file");
    if (S_ISFIFO(mode))
        return LocalizedText::translate("iv::FileIdentity", "is a FIFO, not a regular file");
    if (S_ISSOCK(mode))
        return LocalizedText::translate("iv::FileIdentity", "is a socket, not a regular file");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return LocalizedText::translate("iv::FileIdentity", "is a device, not a regular file");
    return LocalizedText::translate("iv::FileIdentity", "is not a regular file");
}

} // namespace

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

int FileIdentity::openRegularFile(const QString &path, LocalizedText *reason)
{
    auto fail = [&](const LocalizedText &why) {
        if (reason)
            *reason = why;
        return -1;
    };
    if (path.isEmpty())
        return fail(LocalizedText::translate("iv::FileIdentity", "no such file"));
    const QByteArray native = QFile::encodeName(path);
    int flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC;
#ifdef O_NOCTTY
    flags |= O_NOCTTY;
#endif
    int fd;
    do
        fd = ::open(native.constData(), flags);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        const int e = errno;
        if (e == ENOENT || e == ENOTDIR)
            return fail(LocalizedText::translate("iv::FileIdentity", "no such file"));
        if (e == ENXIO) { // a socket, or a FIFO on some systems: name what it is (stat does not open it)
            struct stat st;
            if (::stat(native.constData(), &st) == 0 && !S_ISREG(st.st_mode))
                return fail(typeReason(st.st_mode));
            return fail(LocalizedText::translate("iv::FileIdentity", "is not a regular file"));
        }
        return fail(LocalizedText::translate("iv::FileIdentity", "cannot be read (%1)")
                        .arg(LocalizedText::same(QString::fromLocal8Bit(std::strerror(e)))));
    }
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        const int e = errno;
        ::close(fd);
        return fail(LocalizedText::translate("iv::FileIdentity", "cannot be read (%1)")
                        .arg(LocalizedText::same(QString::fromLocal8Bit(std::strerror(e)))));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(typeReason(st.st_mode));
    }
    return fd;
}

FileIdentity FileIdentity::read(const QString &path, bool withSha256, const std::atomic_bool *cancel)
{
    LocalizedText reason;
    const int fd = openRegularFile(path, &reason);
    if (fd < 0) {
        FileIdentity id;
        id.path = QFileInfo(path).absoluteFilePath();
        id.error = reason.text;
        id.englishError = reason.english;
        return id;
    }
    FileIdentity id = read(fd, path, withSha256, cancel);
    ::close(fd);
    return id;
}

FileIdentity FileIdentity::read(int fd, const QString &path, bool withSha256, const std::atomic_bool *cancel)
{
    FileIdentity id;
    id.path = QFileInfo(path).absoluteFilePath();
    auto fail = [&](const LocalizedText &why) {
        id.error = why.text;
        id.englishError = why.english;
        return id;
    };
    auto ioError = [&](int e) {
        return fail(LocalizedText::translate("iv::FileIdentity", "cannot be read (%1)")
                        .arg(LocalizedText::same(QString::fromLocal8Bit(std::strerror(e)))));
    };
    struct stat st;
    if (::fstat(fd, &st) != 0)
        return ioError(errno);
    if (!S_ISREG(st.st_mode))
        return fail(typeReason(st.st_mode));
    id.device = quint64(st.st_dev);
    id.inode = quint64(st.st_ino);
    id.size = qint64(st.st_size);
    id.mtimeNs = mtimeNsOf(st);
    id.ctimeNs = ctimeNsOf(st);
    id.mtime = QDateTime::fromMSecsSinceEpoch(id.mtimeNs / 1'000'000, Qt::UTC);

    char h[100];
    const qint64 headerBytes = preadFully(fd, h, sizeof h, 0);
    if (headerBytes < 0)
        return ioError(errno);
    static const char magic[] = "SQLite format 3";
    if (headerBytes == 100 && std::memcmp(h, magic, sizeof magic) == 0) {
        const auto *p = reinterpret_cast<const unsigned char *>(h);
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
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(1 << 20, Qt::Uninitialized);
    qint64 offset = 0;
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            id.error = id.englishError = QStringLiteral("cancelled");
            return id;
        }
        const qint64 n = preadFully(fd, block.data(), block.size(), offset);
        if (n < 0)
            return ioError(errno);
        if (n == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), n));
        offset += n;
    }
    // What was hashed must be what fstat described: a file growing or shrinking meanwhile has no one hash.
    if (offset != id.size)
        return fail(LocalizedText::translate("iv::FileIdentity",
                                             "changed while it was hashed (%1 bytes read, %2 expected)")
                        .arg(QString::number(offset), QString::number(id.size)));
    id.sha256 = QString::fromLatin1(hash.result().toHex());
    return id;
}

bool FileIdentity::unchanged(int fd, LocalizedText *reason) const
{
    auto fail = [&](const LocalizedText &why) {
        if (reason)
            *reason = why;
        return false;
    };
    struct stat now;
    if (::fstat(fd, &now) != 0)
        return fail(LocalizedText::translate("iv::FileIdentity", "cannot be read (%1)")
                        .arg(LocalizedText::same(QString::fromLocal8Bit(std::strerror(errno)))));
    if (quint64(now.st_dev) != device || quint64(now.st_ino) != inode)
        return fail(LocalizedText::translate("iv::FileIdentity", "was replaced by another file"));
    if (qint64(now.st_size) != size)
        return fail(LocalizedText::translate("iv::FileIdentity", "changed size from %1 to %2 bytes")
                        .arg(QString::number(size), QString::number(qint64(now.st_size))));
    if (mtimeNsOf(now) != mtimeNs)
        return fail(
            LocalizedText::translate("iv::FileIdentity", "was modified (its modification time changed)"));
    struct stat named;
    if (::stat(QFile::encodeName(path).constData(), &named) != 0)
        return fail(LocalizedText::translate("iv::FileIdentity", "was removed or renamed"));
    if (quint64(named.st_dev) != device || quint64(named.st_ino) != inode)
        return fail(LocalizedText::translate("iv::FileIdentity", "was replaced by another file"));
    // Last: a rename or unlink of the file moves its ctime too, and then "replaced" is the better reason.
    if (ctimeNsOf(now) != ctimeNs)
        return fail(
            LocalizedText::translate("iv::FileIdentity", "was modified (its status change time changed)"));
    return true;
}

qint64 preadFully(int fd, char *data, qint64 n, qint64 offset)
{
    qint64 done = 0;
    while (done < n) {
        const ssize_t got = ::pread(fd, data + done, size_t(n - done), off_t(offset + done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return -1;
        if (got == 0)
            break;
        done += got;
    }
    return done;
}

bool pwriteFully(int fd, const char *data, qint64 n, qint64 offset)
{
    qint64 done = 0;
    while (done < n) {
        const ssize_t put = ::pwrite(fd, data + done, size_t(n - done), off_t(offset + done));
        if (put < 0 && errno == EINTR)
            continue;
        if (put <= 0) {
            if (put == 0)
                errno = ENOSPC;
            return false;
        }
        done += put;
    }
    return true;
}

} // namespace iv
