// SPDX-License-Identifier: MIT
#pragma once

#include "snapshotsummary.h"

#include <QHash>
#include <QString>

namespace iv {

// The small index cache of histories: one file per folder of snapshots, under the XDG cache folder
// ($XDG_CACHE_HOME/insights-viewer/history/, never beside the snapshots), holding each file's
// SnapshotSummary. An entry is used only when the file's device, inode, size, mtime and ctime are still the
// same (SnapshotSummary::sameFileAs), so a changed or replaced file is read again. A damaged or foreign cache
// file is ignored (and rewritten). Files are written atomically (QSaveFile). Any thread; no shared state.
class HistoryCache
{
public:
    // directory: where the cache files live; empty for the XDG default.
    explicit HistoryCache(const QString &directory = QString());

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    // The cache file for the snapshots of folder (an absolute path).
    QString fileFor(const QString &folder) const;

    // The entries cached for folder, keyed by absolute file path (empty when none or unreadable).
    QHash<QString, SnapshotSummary> load(const QString &folder) const;
    // Replaces folder's cache file with entries. False with *error on a write failure (the history still
    // opens).
    bool store(const QString &folder, const QHash<QString, SnapshotSummary> &entries,
               QString *error = nullptr) const;

private:
    QString m_directory;
};

} // namespace iv
