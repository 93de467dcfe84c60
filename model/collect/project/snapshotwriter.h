// SPDX-License-Identifier: MIT
#pragma once

#include "provider.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace iv {

// Writes a new insights.db in upstream's exact schema (migration 0001's DDL byte for byte, the
// django_migrations row "insights 0001_initial"), into a temporary file beside the target. commit() adds an
// insights_executiondelta row and renames the file over the target; abort() (or destruction without commit)
// deletes the temporary file, so the target is either the complete new snapshot or left byte-identical.
// The temporary file is named ".NAME.collecting-PID-RANDOM" and holds an flock() for as long as it is being
// written; begin() first deletes such files of the same target that nobody holds a lock on any more (left by
// a viewer that was killed), so an interrupted collect leaves nothing behind for long. Not thread-safe: use
// from one thread at a time (the collect worker).
class SnapshotWriter
{
public:
    explicit SnapshotWriter(const QString &targetPath);
    ~SnapshotWriter();
    SnapshotWriter(const SnapshotWriter &) = delete;
    SnapshotWriter &operator=(const SnapshotWriter &) = delete;

    bool begin(QString *error);
    // Declares an app (module unique). Apps are written in the order they are first declared or used.
    bool addApp(const QString &module, const QString &label, QString *error);
    // Writes one metric; its app is created (without label) if not declared. Fails on a duplicate label in
    // the metric's table, or on values the schema cannot hold (e.g. duplicate timestamps in a timeseries).
    // Refuses (nothing written) a metric with a text longer than MaxTextChars (label, question, description,
    // axis texts, a category …) or more than MaxPoints values: a snapshot the viewer could not review.
    bool addMetric(const CollectedMetric &metric, QString *error);
    static constexpr qsizetype MaxTextChars = 64 * 1024;
    static constexpr qsizetype MaxPoints = 1000000;
    bool commit(QString *error);
    void abort();

    QString temporaryPath() const { return m_tempPath; }
    // The stale temporary files the last begin() deleted.
    QStringList removedStaleFiles() const { return m_removedStale; }
    // Deletes the unlocked temporary files of targetPath's earlier, interrupted runs; returns their paths.
    static QStringList removeStaleTemporaryFiles(const QString &targetPath);
    QString targetPath() const { return m_target; }
    // The migration-0001 DDL as upstream's sqlite_master holds it, in creation order.
    static const char *const *upstreamDdl();
    // Django's text form of "now" in UTC, with microseconds ("2026-11-28 04:00:35.857778").
    static QString nowText();

private:
    bool exec(const char *sql, QString *error);
    QString sqliteError() const;

    QString m_target;
    QString m_tempPath;
    int m_lockFd = -1; // open on the temporary file with an flock() while it is ours
    QStringList m_removedStale;
    sqlite3 *m_db = nullptr;
    QHash<QString, QString> m_appUuids;             // module -> uuid
    QHash<QString, QSet<QString>> m_labelsPerTable; // "counter"/"gauge"/"bucket" -> labels
};

} // namespace iv
