// SPDX-License-Identifier: MIT
#pragma once

#include "bucketvalues.h"
#include "catalogue.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace iv {

class SqliteStatement;
struct LocalizedText;

// The one way in to a snapshot. Every read of an insights.db — GUI, command line, export, review, diff — opens
// it through SnapshotFile, so the guarantees hold everywhere by construction:
//  - read-only and immutable (SQLite URI mode=ro&immutable=1): no -journal/-wal/-shm file is created, the file's
//    bytes and mtime never change, a read-only directory is fine;
//  - hardened: trusted_schema off, query_only, no extension loading, triggers and views disabled, bounded string
//    and SQL lengths, an authorizer that allows reads only;
//  - only tables are read as data: a view or virtual table standing where an insights table should be is
//    reported in warnings and never queried;
//  - only regular files are opened (a symlink to one is fine), without blocking: a FIFO, device, socket or folder
//    is refused with the reason, and a path that names another file once SQLite has opened it is refused too.
// Not thread-safe: use one SnapshotFile per thread (opening is cheap; values load in a worker on its own).
class SnapshotFile
{
public:
    ~SnapshotFile();
    SnapshotFile(const SnapshotFile &) = delete;
    SnapshotFile &operator=(const SnapshotFile &) = delete;

    // Opens path. On failure returns nullptr and sets *error to "PATH: reason" (not SQLite, corrupt, not an
    // insights snapshot, unreadable …).
    // englishError, when given, gets the same message in English (for JSON reports).
    static std::unique_ptr<SnapshotFile> open(const QString &path, QString *error, QString *englishError = nullptr);
    // For tests of the "same file at this path?" checks: atStage runs at each point of open() where another
    // file could be put at the path (after the descriptor is checked; after the path is checked again, right
    // before SQLite opens it), so a test can swap the file at exactly that moment.
    enum class OpenStage { DescriptorChecked, PathChecked };
    static std::unique_ptr<SnapshotFile> open(const QString &path, QString *error, QString *englishError,
                                              const std::function<void(OpenStage)> &atStage);

    QString path() const { return m_path; }

    // A hot rollback journal beside path, as SQLite defines it: a PATH-journal file (also beside the real
    // file when path is a symlink) that is not empty and whose first byte is not zero. Every ordinary SQLite
    // reader plays it back first and sees other contents than the immutable read here. Returns the journal's
    // path, or a null string. open() also lists it in the catalogue's warnings.
    static QString hotJournal(const QString &path);

    // Apps, counters, gauges and bucket metadata with point counts; never bucket values. nullopt + *error on a
    // read failure (a corrupt page found late, say).
    std::optional<Catalogue> readCatalogue(QString *error, QString *englishError = nullptr) const;

    // All values of one bucket, in row-id order. cancel, when given, is polled; a cancelled load returns nullopt
    // with *error "cancelled".
    std::optional<BucketValues> loadBucketValues(qint64 bucketId, QString *error,
                                                 const std::atomic_bool *cancel = nullptr) const;

    // The statement loadBucketValues reads, prepared, bound and ready to step, for readers that stream the
    // values instead (--dump-json, data export): columns id, timestamp, xvalue, yvalue, category of one bucket's
    // rows, in id order. *rows gets the bucket's row count. nullptr and *error ("PATH: reason") on failure.
    // Only for model/ (SqliteStatement is internal to it); the statement must not outlive this object.
    std::unique_ptr<SqliteStatement> bucketValuesStatement(qint64 bucketId, qint64 *rows, QString *error) const;

    // Readers of whole files (--dump-json, --diff, data export) take bucket values in batches. Buckets whose
    // rows lie spread among other buckets' rows (several buckets collected at once) are read together by one
    // pass over the row-id span they share, a step per row, where reading each through the bucket_id index
    // costs a B-tree descent per row (4-5 steps). A batch holds consecutive entries of the reader's list.
    struct BucketBatch
    {
        int begin = 0, end = 0;      // entries [begin, end) of the list given to bucketBatches
        QVector<qint64> ids;         // their bucket ids
        bool together = false;       // read by one pass (loadBucketBatch); else each alone is as cheap
        qint64 first = 0, last = -1; // the row-id span read when together
        QVector<qint64> counts;      // their point counts as given (for reserving)
        qint64 points = 0;           // sum of the counts given
    };
    // Splits bucketIds (with their point counts from the catalogue, in the reader's order) into consecutive
    // batches of at most maxPoints points (a bigger bucket stays alone), spread buckets together when one
    // pass over their shared span is cheaper than the bucket_id index. Rows stay in id order either way, so
    // what a reader gets does not depend on the batches.
    QVector<BucketBatch> bucketBatches(const QVector<qint64> &bucketIds, const QVector<qint64> &counts,
                                       qint64 maxPoints) const;
    // The values of a batch's buckets, each exactly as loadBucketValues(id) gives it (same rows, order and
    // cells), in the batch's order; a batch not read together is loaded bucket by bucket. nullopt and *error
    // as loadBucketValues.
    std::optional<QVector<BucketValues>> loadBucketBatch(const BucketBatch &batch, QString *error,
                                                         const std::atomic_bool *cancel = nullptr) const;

    // Names of the schema objects as found: for each insights table, whether it is a real table.
    bool hasTable(const QString &name) const { return m_tables.contains(name); }
    QStringList columns(const QString &table) const;

    // For model/ classes that inspect the file further (review, diff). Owned by this object.
    sqlite3 *handle() const { return m_db; }
    // The read-only descriptor of the file SQLite reads (checked to be the same device and inode), for raw reads
    // with pread. Owned by this object.
    int descriptor() const { return m_fd; }
    quint64 device() const { return m_device; }
    quint64 inode() const { return m_inode; }

private:
    SnapshotFile() = default;
    // Why SQLite refused a file or a statement (its result code rc, db's message), in the reader's words.
    static LocalizedText sqliteReason(sqlite3 *db, int rc);
    bool inspectSchema(QString *error, QString *englishError);
    QString columnOrNull(const QString &table, const QString &column) const;
    bool idIsRowid(const QString &table) const;

    QString m_path;
    sqlite3 *m_db = nullptr;
    int m_fd = -1;
    quint64 m_device = 0;
    quint64 m_inode = 0;
    QStringList m_tables;                     // real tables among the insights tables
    QHash<QString, QStringList> m_columns;    // table → column names
    QStringList m_schemaWarnings;
    bool m_valueIdIsRowid = false;            // insights_bucketvalue.id is its rowid (INTEGER PRIMARY KEY)
    mutable QHash<qint64, qint64> m_pointCounts; // bucket id → rows, as readCatalogue counted them
};

} // namespace iv
