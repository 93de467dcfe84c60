// SPDX-License-Identifier: MIT
#pragma once

#include "programlaunch.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace iv {

struct CollectProject;

// The user's "yes, run this" for a collect project, keyed on what would actually run: the project file's
// absolute path and SHA-256, the expanded output path, every source as the connection goes (SQLite: the real
// path; PostgreSQL: host, port, database, user and sslmode after libpq's environment defaults), and for every
// program it starts the resolved absolute path, the file it resolves to (symlinks followed) with its SHA-256,
// its working folder, its arguments and project environment as expanded (${…} values included), the viewer's
// own loader variables it inherits (LD_PRELOAD, PYTHONPATH …, and the files LD_PRELOAD names), the SHA-256 of
// each file it is handed (the script of an interpreter: manage.py, run.sh) and, for a Python interpreter,
// of every module file (.py, .pyc, .so, .pth) under the scripts' folders and the working folder, which Python
// imports from. Any change gives another fingerprint, so the GUI asks again. Granted fingerprints are
// remembered in QSettings ("collect/consent/<SHA-256 of the path>") as their SHA-256 only (they hold the
// expanded values, which may be secrets).
//
// of() hashes the files when called — 6.8 MB of python3 take ~150 ms — unless warmUp() already hashed them in
// a worker thread and they have not changed since (same inode, size, mtime and ctime), which is the case when
// the dialog called warmUp() as it opened. A project that starts no program (sql metrics only) is keyed on
// its path, output and sources alone: its SQL runs read-only by construction, so editing it asks nothing.
// Plain data, copyable; no widgets: the dialog shows programs() and asks. of() and warmUp() are safe to call
// from any thread.
class CollectConsent
{
public:
    struct FileHash
    {
        QString path;          // as it is used (absolute)
        QString canonicalPath; // with symlinks resolved; empty when the file is missing
        QByteArray sha256;     // empty when the file cannot be read
    };

    static CollectConsent of(const CollectProject &project, const QList<ProgramLaunch> &programs);
    // Hashes the programs' files in the global thread pool so that a later of() is quick.
    static void warmUp(const QList<ProgramLaunch> &programs);

    QString projectPath() const { return m_projectPath; }
    QString output() const { return m_output; }
    // "NAME: target" per source (SqlSource::target), in name order.
    QStringList sources() const { return m_sources; }
    // Why this cannot be vouched for (an unreadable program, too many module files, a source that would be
    // refused …), one sentence each; isGranted() is false while there is one.
    QStringList problems() const { return m_problems; }
    // Most module files hashed for one program; beyond it the consent cannot be given.
    static constexpr int MaxModuleFiles = 5000;
    QList<ProgramLaunch> programs() const { return m_programs; }
    QList<FileHash> files() const { return m_files; }
    // Only the sql provider and no program: then an edit of the project (its SQL text) does not change the
    // fingerprint; its sources and output still do.
    bool isReadOnlySql() const { return m_readOnlySql; }
    // One line per fact consent depends on; equal fingerprints mean the same thing would run.
    QString fingerprint() const;

    bool isGranted() const;
    void grant() const;
    static void revoke(const QString &projectPath);

private:
    QString storedForm() const;

    QString m_projectPath;
    QByteArray m_projectSha256;
    bool m_readOnlySql = false; // no programs: the project's content is not part of the fingerprint
    QString m_output;
    QStringList m_sources;
    QStringList m_problems;
    QList<ProgramLaunch> m_programs;
    QList<FileHash> m_files; // programs and the files they are handed, in order, each once
};

} // namespace iv
