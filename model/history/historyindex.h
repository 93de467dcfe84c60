// SPDX-License-Identifier: MIT
#pragma once

#include "history.h"

#include <QString>
#include <QStringList>

#include <atomic>

namespace iv {

// Opens a history: the snapshot files of folders (*.db, *.sqlite, *.sqlite3, *.db3; not recursive, hidden
// files left out) and files named one by one. Each file is opened through SnapshotFile (read-only, immutable,
// hardened) and only its catalogue is read (apps, counters, gauges, bucket metadata; never bucket values),
// in parallel on the machine's cores. Unchanged files come from the index cache (HistoryCache) without being
// opened at all.
//
// Snapshots are recognised as one site by their apps' modules: the largest group of files with the same
// modules is the site, and a file sharing at least one module with it belongs to it too (an app added or
// removed between collections). Other files are listed under skipped ("another site"), as are unreadable
// ones and files whose counters, gauges and buckets carry no created_at. Snapshots are ordered by collection
// time (ties by path). Blocking: call it off the GUI thread for more than a few files.
class HistoryIndex
{
public:
    struct Options
    {
        bool sha256 = false; // hash each file (JSON output); cached once computed
        bool useCache = true;
        QString cacheDirectory; // empty: HistoryCache::defaultDirectory()
        const std::atomic_bool *cancel =
            nullptr; // polled between files; a cancelled open returns what it has
    };

    HistoryIndex() = delete;

    // The snapshot files paths name (folders expanded), absolute and without duplicates; paths that name
    // nothing go to *missing with the reason.
    static QStringList expand(const QStringList &paths, QVector<HistorySkipped> *missing);
    static History open(const QStringList &paths, const Options &options);
    static History open(const QStringList &paths) { return open(paths, Options()); }
};

} // namespace iv
