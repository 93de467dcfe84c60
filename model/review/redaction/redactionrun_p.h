// SPDX-License-Identifier: MIT
#pragma once

// Internal to the redaction: one run (Run) and what it uses — the copy being written (WorkFile), the file
// helpers (redactionfiles.cpp), the stand-ins and the rows copied (redactionvalues.cpp); redactor.cpp drives
// a run from the review to the copy in place.

#include "redactor.h"
#include "reviewscanmemo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <sqlite3.h>

#include <unistd.h>

#include <functional>
#include <vector>

namespace iv {
struct ReviewReport;
class SqliteStatement;
}

namespace iv::redaction {

// The gate of the transfer (Run::transferTable): whether the original's records may be copied as they are
// stored — only when its review found nothing a copy that re-encodes every row would leave out (no
// "hidden-record-bytes" finding: bytes in a record SQLite never reads), and only from a UTF-8 file.
bool rawRecordCopyAllowed(const ReviewReport &report);

QString quoted(const QString &identifier);
QString native(const QString &path);
QString cellKey(const QString &table, const QString &column, qint64 row);
QStringList tableColumns(sqlite3 *db, const QString &table);
struct SchemaObject
{
    QString type, name, table;
};
QVector<SchemaObject> schemaObjects(sqlite3 *db);
// Files being written beside OUT start with this (".OUT.redacting-").
QString workPrefix(const QFileInfo &out);
// Removes such files nobody holds (left by a run that was killed); returns their names.
QStringList removeStaleWorkFiles(const QFileInfo &out);
// An flock() on path, held while the file is this run's; -1 when it cannot be had.
int lockFile(const QString &path);
// data to path through a new O_EXCL | O_NOFOLLOW temporary renamed into place.
bool writeFileNoFollow(const QString &path, const QString &temporary, const QByteArray &data, QString *why);
// Zeroes the bytes SQLite never reads in the closed SQLite file at path: the unused space of every b-tree page
// (PageFreeSpace::unusedInBtreePage) and the unused end of each long value's last overflow page. A copy
// written row by row keeps, where its index pages split, stale bytes of entries moved away, and the copy's
// review reads them raw; zeroed, the file holds nothing but its records. Returns false with *why when the file
// cannot be read or written.
bool scrubUnusedBytes(const QString &path, QString *why);
// Replaces the contents of the existing file at path (never through a symbolic link) with the size bytes of
// the file open at sourceFd, then hashes what the file at path holds: false with *why when that is not
// sha256 (the original changed since it was hashed) or a read or write fails.
bool copyBytesVerified(int sourceFd, qint64 size, const QString &path, const QString &sha256, QString *why);

// The redacted copy being filled: a file the snapshot writer created, opened for writing and locked. Removed
// unless kept.
class WorkFile
{
public:
    explicit WorkFile(QString path) : m_path(std::move(path)) {}
    ~WorkFile()
    {
        close();
        if (!m_keep) {
            QFile::remove(m_path);
            QFile::remove(m_path + QStringLiteral("-journal"));
        }
        if (m_lockFd >= 0)
            ::close(m_lockFd);
    }
    WorkFile(const WorkFile &) = delete;
    WorkFile &operator=(const WorkFile &) = delete;

    // sourceUri, when not empty, is the original attached read-only as "src" (a file: URI with mode=ro and
    // immutable=1), for tables copied by SQLite's transfer (Run::transferTable). Attached before the
    // transaction begins (SQLite attaches nothing inside one). Opened again after a close, the file keeps the
    // lock taken the first time.
    bool open(QString *error, const QByteArray &sourceUri = QByteArray())
    {
        if (m_lockFd < 0)
            m_lockFd = lockFile(m_path);
        if (m_lockFd < 0) {
            *error = QStringLiteral("%1: the copy being written was replaced or removed").arg(native(m_path));
            return false;
        }
        const QByteArray name = QFile::encodeName(m_path);
        // SQLITE_OPEN_URI for the attached original's URI; the copy's own name is a plain path (it never
        // starts with "file:": it is absolute). NOMUTEX: one thread uses the connection (a mutex taken on
        // every call cost a quarter of a pass over 4M rows).
        if (sqlite3_open_v2(name.constData(), &m_db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_URI |
                                SQLITE_OPEN_NOMUTEX,
                            nullptr) != SQLITE_OK) {
            *error = QStringLiteral("%1: %2").arg(native(m_path), lastError());
            return false;
        }
        // Hardened like SnapshotFile: the original's schema is parsed by this connection once it is attached.
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
        sqlite3_limit(m_db, SQLITE_LIMIT_EXPR_DEPTH, 100);
        sqlite3_limit(m_db, SQLITE_LIMIT_COMPOUND_SELECT, 10);
        sqlite3_limit(m_db, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
        sqlite3_limit(m_db, SQLITE_LIMIT_WORKER_THREADS, 0);
        m_attached = false;
        if (!sourceUri.isEmpty()) {
            // foreign_keys off: the transfer is never used into a table with foreign keys otherwise.
            if (!exec("PRAGMA foreign_keys=OFF", error))
                return false;
            sqlite3_stmt *attach = nullptr;
            int rc = sqlite3_prepare_v2(m_db, "ATTACH DATABASE ?1 AS src", -1, &attach, nullptr);
            if (rc == SQLITE_OK) {
                sqlite3_bind_text(attach, 1, sourceUri.constData(), int(sourceUri.size()), SQLITE_TRANSIENT);
                rc = sqlite3_step(attach);
            }
            sqlite3_finalize(attach);
            if (rc != SQLITE_DONE) {
                *error = QStringLiteral("%1: cannot be attached to the copy: %2")
                             .arg(QString::fromUtf8(sourceUri), lastError());
                return false;
            }
            m_attached = true;
        }
        // The journal stays in memory: the file is thrown away on any failure, and no sidecar file appears.
        // A 192 MiB page cache keeps most index pages the rows go into (timestamp, category: random order) in
        // memory instead of re-reading them for every row (4M rows copied row by row: 50.3 s with 64 MiB,
        // 46.4 s with this; peak RSS 332 MiB, within the 500 MB a command may take).
        return exec("PRAGMA main.journal_mode=MEMORY; PRAGMA synchronous=OFF; PRAGMA main.cache_size=-196608; PRAGMA main.secure_delete=ON; "
                    "BEGIN",
                    error);
    }
    bool attached() const { return m_attached; }
    bool exec(const char *sql, QString *error)
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
            return true;
        *error = QStringLiteral("%1: %2").arg(native(m_path), QString::fromUtf8(message));
        sqlite3_free(message);
        return false;
    }
    bool close()
    {
        if (!m_db)
            return true;
        const bool ok = sqlite3_close(m_db) == SQLITE_OK;
        if (!ok)
            sqlite3_close_v2(m_db);
        m_db = nullptr;
        return ok;
    }
    QString lastError() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database");
    }
    sqlite3 *db() const { return m_db; }
    QString path() const { return m_path; }
    void keep() { m_keep = true; }

private:
    QString m_path;
    sqlite3 *m_db = nullptr;
    int m_lockFd = -1; // flock() held while the copy is ours
    bool m_keep = false;
    bool m_attached = false; // the original is attached as "src"
};

struct Replacement
{
    QString text;
    QString code;
};

class Run
{
public:
    Run(RedactionResult &result, const Redactor::Options &options, const std::atomic_bool *cancel)
        : r(result), opt(options), m_cancel(cancel)
    {
    }
    bool run(const QString &source, const QString &target);

private:
    bool fail(const QString &message)
    {
        r.error = message;
        return false;
    }
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    bool check(const QString &source, const QString &target);
    bool collectValues(sqlite3 *src, sqlite3 *dst, const QHash<QString, QString> &flags,
                       const QVector<QString> &order);
    bool copyTable(sqlite3 *src, WorkFile &dst, const QString &table);
    // The same copy made inside SQLite, from the original attached to the copy's connection ("src"): one
    // INSERT … SELECT whose every column goes through a function making replacedCell's decision for each text
    // cell, in the same order (rowid order, columns left to right). *done is false (and nothing was written)
    // when SQLite cannot make it so (no original attached, no rowid): copyTable's loop then does.
    bool copyTableInSqlite(WorkFile &dst, const QString &table, const QStringList &common, bool explicitRowid,
                           int categoryColumn, int bucketColumn, bool *done);
    static void cellFunction(sqlite3_context *context, int argc, sqlite3_value **argv);
    // The copy's check (reviewed again, or standing on the original's review `report`), then the log and the
    // copy into place.
    bool putInPlace(WorkFile &work, const QFileInfo &out, const QString &unique, const ReviewReport &report,
                    bool reviewAgain);
    // Where a text cell lies, for the decision about it (replacedCell): in insights_bucketvalue's category
    // column, and that row's bucket_id when it is an integer.
    struct CellPlace
    {
        bool categoryColumn = false; // insights_bucketvalue.category, in a table that has bucket_id
        bool integerBucket = false;
        qint64 bucket = -1;
    };
    // The per-cell decision of a copy, the same for a row copied row by row (copyTable) and for a table
    // looked at before it is transferred (anyCellReplaced): true with *replacement when the text cell (n
    // bytes of UTF-8 at p, as read) of table.column at rowid is replaced — with record, logged in r.changes
    // and a whole category planned in m_memo.standIns — false when it goes over as it is.
    bool replacedCell(const QString &table, const QString &column, qint64 rowid, const char *p, int n,
                      const CellPlace &place, QString *replacement, bool record = true);
    // A flagged INTEGER cell (a payment card's number stored as a number): its stand-in is 0, logged like a
    // text's. False for any other number.
    bool replacedNumber(const QString &table, const QString &column, qint64 rowid, QString *replacement,
                        bool record = true);
    // replacedCell for column c (0-based) of the row `read` stands on — its rowid first, then `columns` —
    // placed by categoryColumn and bucketColumn (indexes into columns, -1 for none); replacedNumber for an
    // INTEGER cell. False for a cell of another type.
    bool replacedCellOfRow(const SqliteStatement &read, const QString &table, const QStringList &columns,
                           int c, int categoryColumn, int bucketColumn, QString *replacement,
                           bool record = true);
    // The original's table and indexes as the work file's: the same CREATE TABLE text and the same set of
    // indexes (each index's text; automatic indexes by name). Reads the attached original ("src").
    bool sameTableAsWriter(WorkFile &dst, const QString &table) const;
    // Whether copyTable would replace any cell of table: yes without reading it when a cell of it is flagged
    // (or it holds the categories of a bucket of people); else read in rowid order up to the first such cell,
    // each text cell decided by replacedCell without recording it. Nothing read when nothing is flagged.
    bool anyCellReplaced(sqlite3 *src, const QString &table, bool *any);
    // Every text cell of table (its `columns`, rows in rowid order, read through db; file names it in
    // errors) that replacedCell replaces — recorded or not — handed to found(rowid, column index,
    // replacement) until found returns false. False (r.error set) when the table cannot be read or the run
    // is cancelled.
    bool replacedCells(sqlite3 *db, const QString &file, const QString &table, const QStringList &columns,
                       bool record, const std::function<bool(qint64, int, const QString &)> &found);
    // table copied by SQLite's transfer (INSERT INTO main.t SELECT * FROM src.t: records and index entries
    // byte for byte, in order, rowids kept). *transferred false when SQLite would not transfer it (the copy
    // is then made row by row); false (r.error set) on a failure.
    bool transferTable(WorkFile &dst, const QString &table, bool *transferred);
    bool copySequences(sqlite3 *src, WorkFile &dst);
    // In a copy of the reviewed bytes (open as work): every table's text cells decided by replacedCell as
    // copyTable decides them (rowid order, columns left to right: the same log, the same plan), each
    // replaced cell written by an UPDATE of its row. secure_delete zeroes what an old cell occupied and every
    // page freed; what SQLite's rebalancing leaves in a page's unused space is zeroed by scrubUnusedBytes
    // once the copy is closed. Tables without a replaced cell are listed as transferred (their records are
    // the original's as stored).
    bool replaceInPlace(WorkFile &work);
    // A bucket whose categories are mostly flagged as names is a bucket of people: its other categories are
    // replaced too (bucket id → category → stand-in), whether the detector rated them names or not.
    bool collectPersonBuckets(sqlite3 *src, const QHash<QString, QString> &flags,
                              const QVector<QString> &order);
    // Every value given a stand-in (flagged values and the members of buckets of people) also where it is
    // part of a longer text (a question naming a person of a category), in any of its spellings: matched on
    // the text as the detectors read it (TextNormalizer: NFKC, default-ignorables removed), case-folded, any
    // run of white space, '_', '-' or '.' between its words, and a name of two or more words also as
    // "Last, First".
    void buildSubstringPatterns();
    // text with every such value in it replaced by its stand-in; *code gets the first value's code.
    QString replaceSubstrings(const QString &text, QString *code);
    // The chunks (m_chunks) that may match somewhere in the folded text (foldedForm), ascending: those with a
    // value whose key (the start of its longest word) occurs in it. A chunk not listed cannot match.
    QVector<int> candidateChunks(const QString &folded) const;
    // The log lists what was dropped by name; a name that holds personal data or a value given a stand-in
    // is shown masked. Called once everything dropped is known.
    void maskDroppedNames();
    // False when the text cell (n bytes of UTF-8 at p) can neither be nor hold a value given a stand-in, in
    // any spelling: an ASCII text without '&', '%', '\\' or '<' (what the normalizer would decode) in which
    // no value's key occurs, compared without case. True when it may (or when that cannot be told from its
    // bytes: any text with a byte outside ASCII).
    bool mayHoldValue(const char *p, int n) const;
    // The next stand-in with prefix whose text does not occur in the file (m_taken).
    QString nextStandIn(const QString &prefix);
    // Every stand-in-shaped token ("Person 3", "redacted-email-12") in the text cells of the tables copied.
    void collectTakenStandIns(sqlite3 *src);

    RedactionResult &r;
    const Redactor::Options &opt;
    const std::atomic_bool *m_cancel;
    QString m_source;
    QHash<QString, Replacement> m_values; // original text → stand-in
    QHash<QString, QString> m_numberCells; // cellKey of a flagged INTEGER cell → its finding's code
    QHash<QString, int> m_numbers;        // prefix → stand-ins handed out
    QHash<qint64, QHash<QString, Replacement>> m_personBuckets;
    // The flagged values in chunks of at most 256, longest first; each chunk's expression is compiled when a
    // text first needs it (m_patterns[i] invalid until then).
    QVector<QStringList> m_chunks;
    QVector<QRegularExpression> m_patterns;
    QVector<bool> m_compiled;
    // The key of a value (the first one to three units of its longest word, folded) → chunks holding it.
    QHash<quint64, QVector<int>> m_chunksByKey;
    bool m_keyLengths[4] = {false, false, false, false}; // keys of that length exist
    // A value's form (its folded words joined by one space) → its stand-in.
    QHash<QString, Replacement> m_forms;
    // A value of words of three or more characters, its folded words run together → its stand-in.
    QHash<QString, Replacement> m_joinedForms;
    QSet<QString> m_taken; // stand-in texts already in the file
    QStringList m_targetTables;
    QSet<QString> m_flaggedTables; // tables with a flagged or marked cell
    // Texts copied as they were (copyTable), by their bytes.
    FingerprintSet m_unchanged;
    // Bit k set: some value's ASCII key (the start of its longest ASCII word, lower case) is the three bytes
    // k (2^24 bits, 2 MiB); keys of one and two bytes in the small sets; see mayHoldValue.
    std::vector<quint64> m_firstBytes;
    std::vector<quint64> m_twoBytes;
    quint64 m_oneByte[4] = {0, 0, 0, 0};
    bool m_twoByteKeys = false, m_oneByteKeys = false;
    bool m_firstBytesUsable = false;
    // The original's scan, shared with the copy's check, and the plan of whole categories replaced.
    ReviewScanMemo m_memo;
};

} // namespace iv::redaction
