// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue.h"
#include "reviewreport.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <memory>

namespace iv {

class SnapshotFile;
class SqliteStatement;

// What a finding is about, in the words of the viewer: the app and the question of the row it cites, and for
// a value of a bucket the value's row id (to select it in the question's table). Null strings when the
// finding is not about a question's row (a missing table, an extra table, an orphan value).
struct FindingLocation
{
    QString appUuid;
    QString appName; // label, else module
    MetricKind kind = MetricKind::Unknown;
    QString questionLabel;  // null when not about a question
    QString questionText;   // the question, else its label
    qint64 valueRowId = -1; // insights_bucketvalue row, -1 otherwise

    bool hasQuestion() const { return !questionLabel.isNull(); }
    bool hasApp() const { return !appUuid.isNull(); }
};

// Maps a finding's table and row to its question through SnapshotFile (read-only, hardened): rows of
// insights_bucketvalue → their bucket → its label and app; rows of insights_counter, insights_gauge and
// insights_bucket → that question; rows of insights_app → the app. Reads the catalogue once on open(), then
// one small query per bucket value. Also reports the storage facts the review page shows (freelist pages).
// Blocking: use from a worker thread; one resolver per thread (it owns its SnapshotFile).
class FindingResolver
{
public:
    // nullptr and *error ("PATH: reason") when the file cannot be opened as a snapshot.
    static std::unique_ptr<FindingResolver> open(const QString &path, QString *error);
    ~FindingResolver();
    FindingResolver(const FindingResolver &) = delete;
    FindingResolver &operator=(const FindingResolver &) = delete;

    FindingLocation locate(const QString &table, qint64 row) const;
    FindingLocation locate(const ReviewFinding &finding) const { return locate(finding.table, finding.row); }
    QVector<FindingLocation> locateAll(const QVector<ReviewFinding> &findings) const;

    const Catalogue &catalogue() const { return m_catalogue; }
    // PRAGMA freelist_count: pages of deleted data still in the file (-1 when unknown).
    qint64 freelistPages() const;

private:
    FindingResolver() = default;
    FindingLocation questionAt(const QString &family, qint64 id) const;

    std::unique_ptr<SnapshotFile> m_file;
    Catalogue m_catalogue;
    QHash<QString, QPair<int, int>> m_questions; // "counter|id" / "gauge|id" / "bucket|id" → (app, question)
    QHash<qint64, int> m_appRows;                // insights_app rowid → app index
    // A bucket value's bucket_id, prepared once (a review may locate a million values); -1 until known
    // whether insights_bucketvalue has that column.
    mutable int m_valuesHaveBucket = -1;
    mutable std::unique_ptr<SqliteStatement> m_bucketOfValue;
};

} // namespace iv
