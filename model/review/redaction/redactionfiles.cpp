// SPDX-License-Identifier: MIT
// The redaction's file helpers: names, the schema read, work files beside OUT and their locks, the log
// written without following links.
#include "redactionrun_p.h"

#include "filehash.h"
#include "fileidentity.h"
#include "pagefreespace.h"
#include "sqlitestatement.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace iv::redaction {

QString quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString cellKey(const QString &table, const QString &column, qint64 row)
{
    return table + QChar(0x1f) + column + QChar(0x1f) + QString::number(row);
}

// Columns of a real (non-virtual) table, in order; empty when there is no such table.
QStringList tableColumns(sqlite3 *db, const QString &table)
{
    SqliteStatement master(db,
                           QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"));
    if (!master.isValid())
        return {};
    const QByteArray name = table.toUtf8();
    sqlite3_bind_text(master.get(), 1, name.constData(), static_cast<int>(name.size()), SQLITE_TRANSIENT);
    if (master.step() != SQLITE_ROW ||
        master.text(0).trimmed().startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive))
        return {};
    QStringList columns;
    SqliteStatement info(db, QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)));
    while (info.isValid() && info.step() == SQLITE_ROW)
        columns << info.text(1);
    return columns;
}

QVector<SchemaObject> schemaObjects(sqlite3 *db)
{
    QVector<SchemaObject> out;
    SqliteStatement st(db, QStringLiteral("SELECT type, name, tbl_name FROM sqlite_master ORDER BY rowid"));
    while (st.isValid() && st.step() == SQLITE_ROW)
        out.append({st.text(0), st.text(1), st.text(2)});
    return out;
}

// ".OUT.redacting-": the prefix of every file a redaction to OUT writes beside it (the copy being filled,
// the log being written, and the snapshot writer's own temporary file of the copy, which starts with a
// further "."). Each holds an flock() while a live redaction owns it, so the next redaction to OUT removes
// what a killed one (kill -9, SIGXFSZ, a timeout) left behind, like collect's temporary files.
QString workPrefix(const QFileInfo &out)
{
    return QStringLiteral(".%1.redacting-").arg(out.fileName());
}

QStringList removeStaleWorkFiles(const QFileInfo &out)
{
    const QString prefix = workPrefix(out);
    const QString writerPrefix = QLatin1Char('.') + prefix;
    const QDir dir = out.absoluteDir();
    QStringList removed;
    const QStringList names = dir.entryList({prefix + QLatin1Char('*'), writerPrefix + QLatin1Char('*')},
                                            QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        if (!name.startsWith(prefix) && !name.startsWith(writerPrefix))
            continue;
        const QByteArray native = QFile::encodeName(dir.filePath(name));
        const int fd = ::open(native.constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0)
            continue;
        struct stat st;
        // A lock we can take: the process that wrote the file is gone (the kernel drops flock() on exit).
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && ::flock(fd, LOCK_EX | LOCK_NB) == 0 &&
            ::unlink(native.constData()) == 0)
            removed << dir.filePath(name);
        ::close(fd);
    }
    return removed;
}

// Opens path (never through a symlink) and takes its flock; -1 when it is not the regular file at path.
int lockFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return -1;
    struct stat mine, named;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0 || ::fstat(fd, &mine) != 0 || !S_ISREG(mine.st_mode) ||
        ::lstat(native.constData(), &named) != 0 || named.st_dev != mine.st_dev ||
        named.st_ino != mine.st_ino) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Writes data to path through a new locked temporary file beside it, renamed over path: never through a
// symbolic link (O_NOFOLLOW | O_EXCL on the temporary file; rename replaces a link at path, not its target),
// and path is never half written.
bool writeFileNoFollow(const QString &path, const QString &temporary, const QByteArray &data, QString *why)
{
    const QByteArray native = QFile::encodeName(temporary);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd < 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    ::flock(fd, LOCK_EX | LOCK_NB);
    qint64 done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *why = QString::fromLocal8Bit(std::strerror(n < 0 ? errno : ENOSPC));
            ::close(fd);
            ::unlink(native.constData());
            return false;
        }
        done += n;
    }
    if (::fsync(fd) != 0 || std::rename(native.constData(), QFile::encodeName(path).constData()) != 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        ::unlink(native.constData());
        return false;
    }
    ::close(fd);
    return true;
}

bool scrubUnusedBytes(const QString &path, QString *why)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    const auto readAt = [fd](char *to, qint64 length, qint64 offset) {
        return std::max<qint64>(0, preadFully(fd, to, length, offset));
    };
    const auto writeAt = [fd](const char *from, qint64 length, qint64 offset) {
        return pwriteFully(fd, from, length, offset);
    };
    bool ok = true;
    struct stat st = {};
    QByteArray header(100, '\0');
    if (::fstat(fd, &st) != 0 || readAt(header.data(), 100, 0) < 100) {
        *why = QStringLiteral("cannot read the file");
        ::close(fd);
        return false;
    }
    PageFreeSpace space(header, 0, {});
    const qint64 pageSize = space.pageSize();
    const qint64 pageCount = pageSize > 0 ? qint64(st.st_size) / pageSize : 0;
    // An overflow page's first bytes name the next page: below 2^24 pages its first byte is 0 and it never
    // reads as a b-tree page. Larger files (64 GiB and more at 4 KiB a page) are left as they are.
    if (!space.valid() || pageCount >= (1 << 24)) {
        ::close(fd);
        return true;
    }
    space = PageFreeSpace(header, pageCount, {});
    const qint64 perBlock = std::max<qint64>(1, (1 << 20) / pageSize);
    QByteArray block, ignored;
    for (qint64 first = 1; ok && first <= pageCount; first += perBlock) {
        const qint64 pages = std::min(perBlock, pageCount - first + 1);
        block.resize(pages * pageSize);
        if (readAt(block.data(), block.size(), (first - 1) * pageSize) < block.size()) {
            *why = QStringLiteral("cannot read the file");
            ok = false;
            break;
        }
        for (qint64 i = 0; i < pages; ++i) {
            auto *page = reinterpret_cast<unsigned char *>(block.data()) + i * pageSize;
            bool stale = false;
            for (const PageFreeSpace::Region &unused : space.unusedInBtreePage(quint32(first + i), page)) {
                unsigned char *begin = page + unused.offset, *end = begin + unused.length;
                if (std::any_of(begin, end, [](unsigned char c) { return c != 0; })) {
                    std::fill(begin, end, 0);
                    stale = true;
                }
            }
            // Read after the page is zeroed: its overflow chains are all it still needs to note.
            ignored.clear();
            space.addPage(quint32(first + i), page, &ignored);
            if (stale &&
                !writeAt(reinterpret_cast<const char *>(page), pageSize, (first - 1 + i) * pageSize)) {
                *why = QString::fromLocal8Bit(std::strerror(errno));
                ok = false;
                break;
            }
        }
    }
    for (const PageFreeSpace::Region &tail : ok ? space.overflowTails() : QVector<PageFreeSpace::Region>()) {
        QByteArray bytes(tail.length, '\0');
        if (readAt(bytes.data(), tail.length, tail.offset) < tail.length)
            continue;
        if (bytes.count('\0') != bytes.size() &&
            !writeAt(QByteArray(tail.length, '\0').constData(), tail.length, tail.offset)) {
            *why = QString::fromLocal8Bit(std::strerror(errno));
            ok = false;
        }
    }
    if (::close(fd) != 0 && ok) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        ok = false;
    }
    return ok;
}

bool copyBytesVerified(int sourceFd, qint64 size, const QString &path, const QString &sha256, QString *why)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_TRUNC | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    bool ok = true;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 offset = 0; ok && offset < size;) {
        const qint64 wanted = std::min<qint64>(block.size(), size - offset);
        errno = 0;
        const qint64 n = preadFully(sourceFd, block.data(), wanted, offset);
        if (n < wanted) {
            *why = errno == 0 ? QStringLiteral("the original is shorter than it was")
                              : QString::fromLocal8Bit(std::strerror(errno));
            ok = false;
        } else if (!pwriteFully(fd, block.constData(), n, offset)) {
            *why = QString::fromLocal8Bit(std::strerror(errno));
            ok = false;
        }
        offset += n;
    }
    if (ok) {
        const FileHash::Result copied = FileHash::sha256(fd, size, nullptr);
        if (!copied.error.text.isEmpty()) {
            *why = copied.error.english;
            ok = false;
        } else if (copied.sha256 != sha256) {
            *why =
                QStringLiteral("changed since it was reviewed (its copy's SHA-256 is not the one reviewed)");
            ok = false;
        }
    }
    if (::close(fd) != 0 && ok) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        ok = false;
    }
    return ok;
}

} // namespace iv::redaction
