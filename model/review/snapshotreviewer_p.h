// SPDX-License-Identifier: MIT
#pragma once
// The reviewer's working class, shared by its two source files and by nothing else (not part of the model's
// API): snapshotreviewer.cpp opens the file and checks identity, integrity, schema and data;
// snapshotreviewer_scan.cpp looks for what should not be shared — personal data in cells and in raw bytes
// (after the last page, free pages), non-finite values, small counts.

#include "filehash.h"
#include "localizedtext.h"
#include "personaldatascanner.h"
#include "reviewreport.h"
#include "reviewscanmemo.h"
#include "snapshotfile.h"
#include "sqlitewatchdog.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <memory>
#include <map>
#include <thread>

#include <unistd.h>

struct sqlite3;

namespace iv {
class PageFreeSpace;
}

namespace iv::SnapshotReviewer::detail {

inline QString L(const char *s)
{
    return QString::fromLatin1(s);
}

// An SQL identifier, quoted.
inline QString quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// Whether column col of st's row is Django's datetime text (Timestamp::parseUtcMicros).
bool isTimestamp(sqlite3_stmt *st, int col);
// A TEXT cell's bytes as the detectors read them (invalid UTF-8 read as nothing, *invalid set).
QString cellText(const char *p, int n, bool *invalid);
// Scans text of any length in bounded windows (snapshotreviewer_scan.cpp); with a shared *seen, each distinct
// (kind, masked sample) is reported once.
QVector<PersonalDataScanner::Match> scanWhole(const QString &text, QSet<QString> *seen = nullptr);

class Reviewer
{
public:
    // memo: shared with other reviews of files made from the same one (the caller owns it); null: the
    // review's own.
    Reviewer(ReviewReport &report, const ReviewReport::Options &options, const std::atomic_bool *cancel,
             ReviewScanMemo *memo = nullptr)
        : r(report), opt(options), m_cancel(cancel), m_shared(memo != nullptr),
          m_memo(memo ? memo : &m_ownMemo)
    {
        m_memo->bucketsReused = m_memo->textsReused = m_memo->bucketsVerifiedByPlan = 0;
    }
    ~Reviewer()
    {
        if (m_hashThread.joinable())
            m_hashThread.join();
        joinIntegrity();
        joinValueTable();
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Reviewer(const Reviewer &) = delete;
    Reviewer &operator=(const Reviewer &) = delete;

    void run(const QString &path);

private:
    // Everything between the identity and the end's checks that the file did not change; false where the
    // review stopped early (the file could not be opened, or it is not the one identified).
    bool reviewOpened(const QString &path);
    // The SHA-256 on a thread of its own (FileHash) while SQLite reads the file; settleHash() waits for it
    // and puts it in the report's identity, or, when hashing failed, turns the report into that open error
    // (as if the review had stopped there). false then.
    void startHash();
    bool settleHash(const QString &path);
    // matched: the value as the file holds it (a detector's match), fingerprinted for policies
    // (ReviewFinding::valueFingerprint); never kept itself.
    void add(ReviewFinding::Severity severity, const QString &code, const LocalizedText &message,
             const QString &table = QString(), const QString &column = QString(), qint64 row = -1,
             const QString &sample = QString(), QStringView matched = {});
    void nonconformity(ReviewFinding::Severity severity, const QString &code, const LocalizedText &message,
                       const QString &table = QString(), const QString &column = QString(), qint64 row = -1)
    {
        r.conformant = false;
        add(severity, code, message, table, column, row);
    }
    // Reports a failed statement; false when the watchdog stopped it (the caller stops too).
    bool queryFailed(int rc, const LocalizedText &what);
    bool stopped() const { return m_watchdog && m_watchdog->fired(); }

    void checkIntegrity();
    // What integrity_check finds (IntegrityCheck on db), or why it stopped (watchdog: the one that may stop
    // it).
    QStringList integrityLines(sqlite3 *db, const SqliteWatchdog *watchdog);
    // The integrity check (integritycheck.h) on a second connection to the same file (same device and inode)
    // in a thread of its own, while the other checks and the scan run here: on two cores the review then
    // takes about the longer of the two instead of their sum. Its result goes into the report where
    // checkIntegrity() would have put it (the findings keep their order; add() settles it first whenever the
    // listing limit could depend on it). Falls back to checkIntegrity() when the second connection cannot be
    // had.
    void startIntegrity(const QString &path);
    // Waits for the thread and puts its result in the report (once).
    void settleIntegrity();
    void joinIntegrity();
    void checkSchema();
    // A real table named sqlite_…: SQLite's own (sqlite_sequence, sqlite_stat1-4 with their columns) or a
    // hidden table (an error).
    void checkSqliteTable(const QString &name);
    // An index one of whose keys is an expression (PRAGMA index_xinfo: cid -2).
    bool indexHoldsExpressions(const QString &name);
    void checkData();
    // The one pass over insights_bucketvalue's table (rowid order) made for two things at once: the per-row
    // checks that read the table itself (the types of xvalue and yvalue, non-finite numbers; bucket_id and
    // timestamp are read from their indexes, in the indexes' order), whose findings wait in m_valueChecks
    // until replayValueCheck() adds them where each check's own query would have (same order, same limits);
    // and the categories of every bucket, scanned as sets (scanBucketCategories), which scanTable() takes.
    // On a second connection to the same file in a thread of its own, started once the schema is known
    // (startValueTable), while the integrity check and the hash run beside it; settleValueTable() waits for it
    // (or, when the second connection could not be had, makes the pass here). A part whose columns are
    // missing, or a pass that does not finish, is not used: each check then queries on its own, and every
    // category is scanned alone as a cell.
    void startValueTable(const QString &path);
    void settleValueTable();
    void joinValueTable();
    // Adds what the one pass found for check; false when there was no such pass (the caller queries).
    bool replayValueCheck(int check);
    void checkTypes(const QString &table, const QString &column, const QStringList &allowed,
                    bool nullAllowed);
    // values: rows of insights_bucketvalue (else questions) refer to a missing parent.
    void checkOrphans(const QString &table, const QString &column, const QString &parent,
                      const QString &parentKey, bool values);
    void checkNonFinite();
    // Counts below opt.minCount in counters and bar/hbar/histogram buckets (off when minCount <= 1).
    void checkSmallCounts();
    void summarize();
    void scanPersonalData();
    // Scans the text cells of one table, at most quota of them; returns how many it scanned.
    qint64 scanTable(const QString &table, qint64 quota);
    // What the scanner finds in one cell's text (scanWhole), remembered for short texts.
    QVector<PersonalDataScanner::Match> scanCell(const QString &text);
    // bucket id → category (its UTF-8 bytes) → matches, every bucket's distinct text categories scanned as
    // one set (PersonalDataScanner::scanCategories). Categories too long for one scan are left out (scanned
    // alone).
    // The categories the value table's pass read (distinct per bucket, in the order they first occur, as
    // text and as their bytes), and what their scan found: bucket → category bytes → matches, the categories
    // to check by eye, those whose bytes are not valid UTF-8.
    struct CategoryRows
    {
        std::map<qint64, QStringList> perBucket;
        std::map<qint64, QList<QByteArray>> bytesPerBucket;
        QSet<QByteArray> invalidTexts;
    };
    struct CategoryScan
    {
        QHash<qint64, QHash<QByteArray, QVector<PersonalDataScanner::Match>>> byBucket;
        QHash<qint64, QSet<QString>> toCheck;
        QSet<QByteArray> invalidTexts;
    };
    // Touches nothing of the review's but the shared memo's bucket entries (it may run on the pass's thread).
    CategoryScan scanBucketCategories(sqlite3 *db, CategoryRows rows);
    // bucket id → what its texts say it holds (people, things, unsaid).
    QHash<qint64, BucketContext> bucketContexts(sqlite3 *db);
    // rowid → context of the rows of a counter or gauge table whose texts name people.
    QHash<qint64, BucketContext> textContexts(const QString &table);
    // Bytes SQLite does not show as rows: after the last page, and free pages holding deleted data.
    void checkStorage();
    // The free-list pages (trunks and leaves), each scanned raw; *visited receives their numbers.
    void scanFreeList(qint64 pageSize, qint64 pageCount, qint64 freePages, QSet<quint32> *visited);
    // The bytes of used pages no cell holds (PageFreeSpace), scanned raw.
    void scanPageFreeSpace(qint64 pageCount, const QSet<quint32> &freeList);
    // Fields beyond a record's table or index and bytes after a record's last field (after the pages were
    // walked by `space`).
    void checkHiddenRecordBytes(const PageFreeSpace &space);
    // Scans length bytes of the file from offset for personal data; where names the region in findings.
    void scanRaw(qint64 offset, qint64 length, QSet<QString> *seen, const LocalizedText &where);
    // Scans bytes read from the file (decoded in its text encoding) and adds what it finds.
    void scanBytes(const QByteArray &bytes, QSet<QString> *seen, const LocalizedText &where);
    qint64 pragma(const char *name);
    void fileChanged(const LocalizedText &why);

    ReviewReport &r;
    const ReviewReport::Options &opt;
    const std::atomic_bool *m_cancel;
    std::unique_ptr<SnapshotFile> m_file;
    int m_fd = -1; // the descriptor hashed and read raw; SQLite's file is checked to be the same one
    sqlite3 *m_db = nullptr;
    std::unique_ptr<SqliteWatchdog> m_watchdog;
    QStringList m_realTables;              // every real (non-virtual) table, schema order
    QSet<QString> m_insightsTables;        // real insights tables
    QSet<QByteArray> m_invalidTexts;       // categories whose bytes are not valid UTF-8 (scanBucketCategories)
    QHash<QString, QStringList> m_columns; // real insights table → columns
    QHash<QString, int> m_perKind;         // (code|table|column) → findings so far
    QHash<QString, qint64> m_suppressed;
    // scanCell's memo (and, when shared, each bucket's categories): the review's own, or one shared with an
    // earlier review of the file this one was made from (SnapshotReviewer::review with a ReviewScanMemo).
    ReviewScanMemo m_ownMemo;
    const bool m_shared;
    ReviewScanMemo *m_memo; // m_ownMemo or the caller's
    // The integrity check running apart (startIntegrity): its connection, watchdog and result.
    std::unique_ptr<SnapshotFile> m_integrityFile;
    std::unique_ptr<SqliteWatchdog> m_integrityWatchdog;
    std::thread m_integrityThread;
    QStringList m_integrityResult;
    qsizetype m_integrityAt = -1; // where its finding goes in r.findings; -1 when none is pending
    // Findings of the one pass over insights_bucketvalue (readValueTable), by check: each keeps, per
    // code, as many as add() could list (the rest only counted: add() would not list them either).
    enum ValueCheck { XType, YType, XNonFinite, YNonFinite, ValueChecks };
    struct DeferredFindings
    {
        struct Item
        {
            QString code;
            LocalizedText message;
            qint64 row = -1;
        };
        QVector<Item> items;
        QHash<QString, qint64> kept, past; // code → findings kept, findings past what add() lists
    };
    bool m_valuePass = false;
    DeferredFindings m_valueChecks[ValueChecks];
    // The value table's pass (startValueTable): its connection, watchdog and thread, and what it found.
    struct ValueTablePass
    {
        bool values = false, categories = false; // the parts made
        bool ok = false;                          // the pass finished
        DeferredFindings checks[ValueChecks];
        CategoryScan categoryScan;
        // What the checks reading bucket_id and timestamp from their indexes would find, known to be nothing:
        // every bucket_id an integer, every one an id of insights_bucket, every timestamp Django's datetime
        // text or NULL. Any doubt leaves it false, and the check makes its own query.
        bool bucketIdsIntegers = false, bucketIdsKnown = false, timestampsValid = false;
    };
    ValueTablePass readValueTable(sqlite3 *db, bool values, bool categories);
    // The pass's finding for a check, when it finished and found that the check finds nothing.
    bool valueTableClean(bool ValueTablePass::*part) const
    {
        return m_valueTableSettled && m_valueTable.ok && m_valueTable.*part;
    }
    std::unique_ptr<SnapshotFile> m_valueTableFile;
    std::unique_ptr<SqliteWatchdog> m_valueTableWatchdog;
    std::thread m_valueTableThread;
    ValueTablePass m_valueTable;
    bool m_valueTablePending = false; // started, not yet settled
    bool m_valueTableSettled = false;
    bool m_categoriesReady = false; // m_valueTable.categoryScan holds the categories' scan
    // The hash running apart (startHash).
    std::thread m_hashThread;
    FileHash::Result m_hash;
    bool m_hashPending = false;
    // bucket id → its categories to check by eye (no detector recognised them, the bucket is about people).
    QHash<qint64, QSet<QString>> m_toCheck;
};

} // namespace iv::SnapshotReviewer::detail
