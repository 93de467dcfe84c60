// SPDX-License-Identifier: MIT
#pragma once

#include "programlaunch.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace iv {

struct CollectProject;

// The user's "yes, run this" for a collect project, keyed on what would actually run: the project file's
// absolute path and SHA-256, and for every program it starts the resolved absolute path, the file it resolves
// to (symlinks followed) with its SHA-256, its working folder, and the SHA-256 of each file it is handed (the
// script of an interpreter: manage.py, run.sh). Any change — the project moved or copied elsewhere, edited, a
// program or script edited, a program name resolving to another file — gives another fingerprint, so the GUI
// asks again. Granted fingerprints are remembered in QSettings ("collect/consent/<SHA-256 of the path>").
//
// of() hashes the files when called — 6.8 MB of python3 take ~150 ms — unless warmUp() already hashed them in
// a worker thread and they have not changed since (same inode, size, mtime and ctime), which is the case when
// the dialog called warmUp() as it opened. Plain data, copyable; no widgets: the dialog shows programs() and
// asks. of() and warmUp() are safe to call from any thread.
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
    QList<ProgramLaunch> programs() const { return m_programs; }
    QList<FileHash> files() const { return m_files; }
    // One line per fact consent depends on; equal fingerprints mean the same thing would run.
    QString fingerprint() const;

    bool isGranted() const;
    void grant() const;
    static void revoke(const QString &projectPath);

private:
    QString m_projectPath;
    QByteArray m_projectSha256;
    QList<ProgramLaunch> m_programs;
    QList<FileHash> m_files; // programs and the files they are handed, in order, each once
};

} // namespace iv
