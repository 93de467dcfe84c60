// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

class QTemporaryDir;

// Helpers shared by the tests: databases built from SQL text in tests/data, fixture paths, file-state
// snapshots (bytes + mtime + neighbours) to prove that opening changes nothing, and running the binary.
namespace ivtest {

QString dataPath(const QString &name);           // tests/data/<name>
QString fixturePath(const QString &relative);    // ../shared/fixtures/<relative>
QString readText(const QString &path);
// tests/data/schema.sql and basic.sql: the small snapshot most tests start from, as one SQL text.
QString basicSnapshotSql();

// Builds dir/<fileName> from the concatenated SQL files in tests/data (e.g. {"schema.sql", "basic.sql"}).
QString buildDatabase(const QTemporaryDir &dir, const QString &fileName, const QStringList &sqlFiles);
QString buildDatabaseFromSql(const QTemporaryDir &dir, const QString &fileName, const QString &sql);
// A copy of src in dir (writable), for tests that corrupt or truncate.
QString copyFile(const QString &src, const QTemporaryDir &dir, const QString &fileName);

QByteArray sha256(const QString &path);

// What a reader must never change: the file's bytes, its mtime, and the set of files beside it.
struct FileState
{
    QByteArray sha;
    QDateTime mtime;
    QStringList siblings;
    bool operator==(const FileState &o) const
    {
        return sha == o.sha && mtime == o.mtime && siblings == o.siblings;
    }
};
FileState fileState(const QString &path);

struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// Runs the built insights-viewer with args and no display; waits up to timeoutMs.
RunResult runViewer(const QStringList &args, int timeoutMs = 60000);

} // namespace ivtest
