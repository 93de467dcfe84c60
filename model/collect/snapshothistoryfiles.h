// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace iv {

// The files a scheduled collect accumulates in one folder: insights-YYYYMMDDTHHMMSSZ.db, named by the UTC
// time of the collect, so their names sort in collection order. The snapshot itself is written as any
// collect writes it (a hidden temporary file renamed into place), so a reader of the folder never sees half
// a file.
namespace SnapshotHistoryFiles {

// "insights-20261207T013000Z.db" for that UTC time.
QString fileName(const QDateTime &utc);
// Whether name has that form.
bool isHistoryFileName(const QString &name);

// The absolute path of a new snapshot in dir for time utc; empty with *error when that file already exists
// (two collects in the same second) or dir is not a folder.
QString newPath(const QString &dir, const QDateTime &utc, QString *error);

struct Pruned
{
    QStringList removed; // absolute paths, oldest first
    QStringList errors;  // "PATH: reason" for each file that could not be removed
};
// Removes the oldest history files of dir beyond the newest keep (keep >= 1). Only files named by
// fileName() are considered; anything else in the folder is left alone.
Pruned prune(const QString &dir, int keep);

} // namespace SnapshotHistoryFiles
} // namespace iv
