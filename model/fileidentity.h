// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

#include <atomic>

namespace iv {

// What a file is, independent of whether SQLite can read it: size, mtime, SHA-256 (streamed in 1 MiB blocks,
// so a large file costs no memory) and the facts of the 100-byte SQLite header. Reads with QFile only, never
// writes. read() may take seconds on a large file: call it off the GUI thread. A plain value type.
struct FileIdentity
{
    QString path;           // absolute
    qint64 size = -1;
    QDateTime mtime;        // UTC
    QString sha256;         // lower-case hex; empty when not computed or unreadable
    QString error;          // non-empty when the file could not be read

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

    // cancel, when given, is polled between blocks; a cancelled read leaves sha256 empty and error "cancelled".
    static FileIdentity read(const QString &path, bool withSha256 = true, const std::atomic_bool *cancel = nullptr);
};

} // namespace iv
