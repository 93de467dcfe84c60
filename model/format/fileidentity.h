// SPDX-License-Identifier: MIT
#pragma once

#include "localizedtext.h"

#include <QDateTime>
#include <QString>

#include <atomic>

namespace iv {

// What a file is, independent of whether SQLite can read it: device, inode, size, mtime, SHA-256 (streamed in
// 1 MiB blocks, so a large file costs no memory) and the facts of the 100-byte SQLite header. Only regular
// files are read (openRegularFile): a FIFO, device, socket or folder is refused without blocking. Reads
// through one descriptor, never writes. read() may take seconds on a large file: call it off the GUI thread.
// A plain value type.
struct FileIdentity
{
    QString path;           // absolute
    qint64 size = -1;
    QDateTime mtime;        // UTC
    QString sha256;         // lower-case hex; empty when not computed or unreadable
    QString error; // non-empty when the file could not be read (UI language; "cancelled" when cancelled)
    QString englishError; // the same in English

    quint64 device = 0; // st_dev, st_ino and the mtime in nanoseconds of the descriptor that was read:
    quint64 inode = 0;  // together with size they tell whether the file changed or was replaced
    qint64 mtimeNs = 0;
    qint64 ctimeNs = 0; // st_ctime in nanoseconds: every write (and every reset of the mtime) moves it

    bool sqliteHeader = false; // starts with "SQLite format 3\0" and is at least 100 bytes long
    int pageSize = 0;
    quint32 pageCount = 0;     // header field (may be stale in legacy files)
    int writeVersion = 0;      // header byte 18: 1 legacy rollback journal, 2 WAL
    int readVersion = 0;       // header byte 19
    quint32 textEncoding = 0;  // 1 UTF-8, 2 UTF-16le, 3 UTF-16be
    qint32 userVersion = 0;
    qint32 applicationId = 0;
    quint32 sqliteVersion = 0; // SQLITE_VERSION_NUMBER of the last writer, e.g. 3040001

    QString encodingName() const;    // "UTF-8", "UTF-16le", "UTF-16be", "unknown (n)"
    QString journalModeName() const; // "rollback journal", "WAL", "unknown (w/r)"
    bool isWal() const { return writeVersion == 2 || readVersion == 2; }

    // Same device, inode, size and modification time: the same file in the same state.
    bool sameFileAs(const FileIdentity &other) const
    {
        return device == other.device && inode == other.inode && size == other.size &&
               mtimeNs == other.mtimeNs && ctimeNs == other.ctimeNs;
    }

    // Opens path read-only, non-blocking, close-on-exec and without becoming a controlling terminal, then
    // refuses anything fstat does not call a regular file (a symlink to a regular file is fine). Returns the
    // descriptor (the caller closes it) or -1 with *reason ("no such file", "is a FIFO, not a regular file",
    // …).
    static int openRegularFile(const QString &path, LocalizedText *reason);

    // cancel, when given, is polled between blocks; a cancelled read leaves sha256 empty and error "cancelled".
    static FileIdentity read(const QString &path, bool withSha256 = true, const std::atomic_bool *cancel = nullptr);
    // The same through an open descriptor (kept open; read with pread, so its offset is untouched): the hash
    // is of exactly the file that descriptor names, whatever happens to path meanwhile.
    static FileIdentity read(int fd, const QString &path, bool withSha256 = true,
                             const std::atomic_bool *cancel = nullptr);

    // Whether fd still has this identity's size, mtime and ctime and path still names fd's file; *reason says
    // what changed otherwise. A write that restores the mtime still moves the ctime, which only the kernel
    // sets.
    bool unchanged(int fd, LocalizedText *reason) const;
};

// Positional reads and writes that finish: pread()/pwrite() again after a short count or EINTR.
// n bytes at offset into data; returns how many were read (fewer only at the end of the file), -1 on an error
// (errno set).
qint64 preadFully(int fd, char *data, qint64 n, qint64 offset);
// n bytes of data at offset; false on an error (errno set; ENOSPC when the device took nothing).
bool pwriteFully(int fd, const char *data, qint64 n, qint64 offset);

} // namespace iv
