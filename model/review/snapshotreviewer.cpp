// SPDX-License-Identifier: MIT
// SnapshotReviewer: opening the file (one descriptor, one identity), integrity, data checks and the contents
// summary; conformance with upstream's schema is in snapshotreviewer_schema.cpp, the scans for what should
// not be shared in snapshotreviewer_scan.cpp.
#include "snapshotreviewer.h"
#include "snapshotreviewer_p.h"

#include "integritycheck.h"

#include "findingresolver.h"
#include "sqlitestatement.h"
#include "timestamp.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <ctime>
#include <initializer_list>
#include <optional>

namespace iv::SnapshotReviewer {

namespace detail {

// Whether column col of st's row is Django's datetime text (Timestamp::parseUtcMicros). ASCII text, the
// form Django writes, is parsed from its bytes (no QString per row); other text as parseUtcMicros(QString)
// reads it.
bool isTimestamp(sqlite3_stmt *st, int col)
{
    if (sqlite3_column_type(st, col) != SQLITE_TEXT)
        return false;
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, col));
    const int n = sqlite3_column_bytes(st, col);
    if (!p)
        return false;
    bool ascii = true;
    for (int i = 0; ascii && i < n; ++i)
        ascii = static_cast<unsigned char>(p[i]) < 0x80;
    return (ascii ? Timestamp::parseUtcMicros(p, n) : Timestamp::parseUtcMicros(QString::fromUtf8(p, n))) !=
           Timestamp::Invalid;
}

void Reviewer::add(ReviewFinding::Severity severity, const QString &code, const LocalizedText &message,
                   const QString &table, const QString &column, qint64 row, const QString &sample,
                   QStringView matched)
{
    // Whether this finding is listed may depend on the pending integrity finding before it: settle that
    // first.
    if (m_integrityAt >= 0 && r.findings.size() + 1 >= opt.maxListedFindings)
        settleIntegrity();
    const QString key = code + QLatin1Char('|') + table + QLatin1Char('|') + column;
    if (++m_perKind[key] > opt.maxFindingsPerKind || r.findings.size() >= opt.maxListedFindings) {
        ++m_suppressed[key];
        return;
    }
    // File text quoted in a message (a value, a table's or an app's name) is shown as masked as a sample is.
    r.findings.append({severity, code, PersonalDataScanner::maskValues(message.text), table, column, row,
                       sample, PersonalDataScanner::maskValues(message.english)});
    if (!matched.isEmpty())
        r.findings.last().valueFingerprint = ReviewFinding::fingerprintOf(matched.toString());
}

bool Reviewer::queryFailed(int rc, const LocalizedText &what)
{
    if (stopped())
        return false;
    add(ReviewFinding::Severity::Error, QStringLiteral("read-error"),
        LocalizedText::translate("iv::SnapshotReviewer", "%1 failed: %2")
            .arg(what, LocalizedText::same(QString::fromUtf8(sqlite3_errstr(rc)))));
    return true;
}

void Reviewer::run(const QString &path)
{
    // One file, one identity: the descriptor that is hashed is the one read raw, SQLite's file must be the
    // same device and inode, and nothing about it may change until the review ends.
    LocalizedText notRegular;
    m_fd = FileIdentity::openRegularFile(path, &notRegular);
    if (m_fd < 0) {
        r.identity.path = QFileInfo(path).absoluteFilePath();
        r.identity.error = notRegular.text;
        r.identity.englishError = notRegular.english;
        r.setOpenError(LocalizedText::same(QStringLiteral("%1: %2")).arg(path, notRegular));
        return;
    }
    timespec started{};
    ::clock_gettime(CLOCK_REALTIME, &started);
    const qint64 startedNs = qint64(started.tv_sec) * 1'000'000'000 + started.tv_nsec;
    // The identity without the hash: the hash is computed while SQLite reads the file (startHash).
    r.identity = FileIdentity::read(m_fd, path, false, m_cancel);
    if (!r.identity.error.isEmpty() && r.identity.error != QLatin1String("cancelled")) {
        r.setOpenError(LocalizedText::same(QStringLiteral("%1: %2"))
                           .arg(path, LocalizedText(r.identity.error, r.identity.englishError)));
        return;
    }
    if (opt.computeSha256)
        startHash();
    if (opt.afterIdentity) {
        // The hook runs once the file is hashed, as its contract says.
        if (!settleHash(path))
            return;
        opt.afterIdentity();
    }
    const bool opened = reviewOpened(path);
    if (!settleHash(path) || !opened)
        return;
    LocalizedText why;
    if (!r.identity.unchanged(m_fd, &why)) {
        fileChanged(why);
        return;
    }
    // The ctime comes from a coarse clock: a write within the same tick as the last one before the hash
    // leaves it as it was. A file changed that recently is hashed again, so the report's hash is of the bytes
    // the review read.
    constexpr qint64 kClockSlackNs = 2'000'000'000;
    if (!r.identity.sha256.isEmpty() && r.identity.ctimeNs >= startedNs - kClockSlackNs) {
        const FileIdentity again = FileIdentity::read(m_fd, path, true, nullptr);
        if (again.sha256 != r.identity.sha256)
            fileChanged(
                LocalizedText::translate("iv::SnapshotReviewer", "its contents differ from those hashed"));
    }
}

bool Reviewer::reviewOpened(const QString &path)
{
    QString error, englishError;
    m_file = SnapshotFile::open(path, &error, &englishError);
    if (!m_file) {
        // The reason may be about another file than the one hashed: then that is the reason.
        LocalizedText why;
        if (r.identity.unchanged(m_fd, &why))
            r.setOpenError({error, englishError});
        else
            fileChanged(why);
        return false;
    }
    if (m_file->device() != r.identity.device || m_file->inode() != r.identity.inode) {
        fileChanged(LocalizedText::translate("iv::FileIdentity", "was replaced by another file"));
        return false;
    }
    m_db = m_file->handle();
    m_watchdog = std::make_unique<SqliteWatchdog>(m_db, opt.timeLimitMs, m_cancel);

    if (r.identity.isWal()) {
        const bool sidecar = QFile::exists(r.identity.path + QStringLiteral("-wal"));
        add(sidecar ? ReviewFinding::Severity::Error : ReviewFinding::Severity::Warning,
            sidecar ? QStringLiteral("wal-file") : QStringLiteral("wal-mode"),
            sidecar ? LocalizedText::translate("iv::SnapshotReviewer",
                                               "the file is in WAL mode and a -wal file lies beside it: "
                                               "changes in that file are not part of what was reviewed")
                    : LocalizedText::translate("iv::SnapshotReviewer",
                                               "the file is in WAL mode (upstream's files use a rollback "
                                               "journal); a -wal file shared with it would hold changes not "
                                               "reviewed here"));
    }
    const QString journal = SnapshotFile::hotJournal(r.identity.path);
    if (!journal.isNull())
        add(ReviewFinding::Severity::Error, QStringLiteral("hot-journal"),
            LocalizedText::translate(
                "iv::SnapshotReviewer",
                "a rollback journal (%1) lies beside the file: a write was not finished; every "
                "other SQLite reader rolls it back first and sees other contents than were "
                "reviewed here")
                .arg(journal));
    r.conformant = true;
    startIntegrity(path);
    checkSchema();
    startValueTable(path);
    checkData();
    checkNonFinite();
    checkSmallCounts();
    summarize();
    scanPersonalData();
    checkStorage();
    settleIntegrity();
    if (!r.scanComplete && !m_watchdog->fired())
        add(ReviewFinding::Severity::Error, QStringLiteral("scan-incomplete"),
            LocalizedText::translate(
                "iv::SnapshotReviewer",
                "the personal-data scan is incomplete: some data was not scanned, so the file "
                "cannot be called clean (see the notes)"));

    for (auto it = m_suppressed.cbegin(); it != m_suppressed.cend(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('|'));
        const LocalizedText more = LocalizedText::translate("iv::SnapshotReviewer",
                                                            "%n more findings like the above were not listed",
                                                            nullptr, clampToInt(it.value()));
        ReviewFinding summary{ReviewFinding::Severity::Error,
                              parts.value(0),
                              more.text,
                              parts.value(1).isEmpty() ? QString() : parts.value(1),
                              parts.value(2).isEmpty() ? QString() : parts.value(2),
                              -1,
                              QString(),
                              more.english};
        summary.unlisted = it.value();
        r.findings.append(summary);
    }
    if (!m_suppressed.isEmpty())
        r.addNote(LocalizedText::translate(
                      "iv::SnapshotReviewer",
                      "not every finding is listed one by one: the limit of %1 listed findings "
                      "was reached")
                      .arg(opt.maxListedFindings));
    if (m_watchdog->fired()) {
        r.addNote(
            m_watchdog->cancelled()
                ? LocalizedText::translate("iv::SnapshotReviewer", "cancelled: the review is incomplete")
                : LocalizedText::translate("iv::SnapshotReviewer",
                                           "the time limit of %1 s was reached: the review is incomplete")
                      .arg(opt.timeLimitMs / 1000.0));
        add(ReviewFinding::Severity::Error, QStringLiteral("incomplete"),
            LocalizedText::translate("iv::SnapshotReviewer",
                                     "the review did not finish (time limit or cancelled)"));
    }
    m_watchdog.reset(); // before the database closes
    return true;
}

void Reviewer::fileChanged(const LocalizedText &why)
{
    const LocalizedText message =
        LocalizedText::translate("iv::SnapshotReviewer",
                                 "the file changed while it was reviewed (%1): the hash and the findings may "
                                 "describe different contents")
            .arg(why);
    r.findings.append({ReviewFinding::Severity::Error, QStringLiteral("file-changed"), message.text,
                       QString(), QString(), -1, QString(), message.english});
    r.setOpenError(LocalizedText::same(QStringLiteral("%1: %2")).arg(r.identity.path, message));
}

void Reviewer::startHash()
{
    m_hashPending = true;
    const int fd = m_fd;
    const qint64 size = r.identity.size;
    m_hashThread = std::thread([this, fd, size] { m_hash = FileHash::sha256(fd, size, m_cancel); });
}

bool Reviewer::settleHash(const QString &path)
{
    if (!m_hashPending)
        return true;
    m_hashPending = false;
    m_hashThread.join();
    if (m_hash.error.text.isEmpty()) {
        r.identity.sha256 = m_hash.sha256; // empty when cancelled
        return true;
    }
    // As if the review had stopped at the hash: nothing else it found describes a file with one hash.
    FileIdentity identity = r.identity;
    identity.error = m_hash.error.text;
    identity.englishError = m_hash.error.english;
    r = ReviewReport();
    r.identity = identity;
    r.setOpenError(LocalizedText::same(QStringLiteral("%1: %2")).arg(path, m_hash.error));
    return false;
}

void Reviewer::startIntegrity(const QString &path)
{
    if (stopped())
        return;
    QString error;
    m_integrityFile = SnapshotFile::open(path, &error);
    if (!m_integrityFile || m_integrityFile->device() != r.identity.device ||
        m_integrityFile->inode() != r.identity.inode) {
        m_integrityFile.reset();
        checkIntegrity(); // here, on the review's own connection
        return;
    }
    sqlite3 *db = m_integrityFile->handle();
    m_integrityWatchdog = std::make_unique<SqliteWatchdog>(db, opt.timeLimitMs, m_cancel);
    m_integrityAt = r.findings.size();
    m_integrityThread = std::thread([this, db] {
        m_integrityResult = integrityLines(db, m_integrityWatchdog.get()); // read by settleIntegrity()
    });
}

QStringList Reviewer::integrityLines(sqlite3 *db, const SqliteWatchdog *watchdog)
{
    // integrity_check's findings (IntegrityCheck: quick_check, then every index compared with its table).
    const IntegrityCheck::Result result = IntegrityCheck::run(db, 100);
    QStringList lines = result.lines;
    if (!result.finished) {
        if (lines == QStringList{QStringLiteral("ok")})
            lines.clear();
        lines.append((watchdog && watchdog->fired()) || stopped()
                         ? QStringLiteral("integrity_check did not finish in time")
                         : QStringLiteral("integrity_check stopped: %1").arg(result.error));
    }
    return lines;
}

void Reviewer::joinIntegrity()
{
    if (m_integrityThread.joinable())
        m_integrityThread.join();
    m_integrityWatchdog.reset(); // before its database closes
    m_integrityFile.reset();
}

void Reviewer::settleIntegrity()
{
    if (m_integrityAt < 0)
        return;
    const qsizetype at = std::min(m_integrityAt, r.findings.size());
    m_integrityAt = -1;
    joinIntegrity();
    r.integrity = m_integrityResult;
    if (r.integrityOk())
        return;
    // As add() would have listed it at its place: the listing limit counted the findings before it only.
    const QString key = QStringLiteral("integrity||");
    if (++m_perKind[key] > opt.maxFindingsPerKind || at >= opt.maxListedFindings) {
        ++m_suppressed[key];
        return;
    }
    const LocalizedText message =
        LocalizedText::same(QStringLiteral("PRAGMA integrity_check: %1").arg(r.integrity.value(0)));
    r.findings.insert(at, {ReviewFinding::Severity::Error, QStringLiteral("integrity"), message.text,
                           QString(), QString(), -1, QString(), message.english});
}

void Reviewer::checkIntegrity()
{
    if (stopped())
        return;
    r.integrity = integrityLines(m_db, nullptr);
    if (!r.integrityOk())
        add(ReviewFinding::Severity::Error, QStringLiteral("integrity"),
            LocalizedText::same(QStringLiteral("PRAGMA integrity_check: %1").arg(r.integrity.value(0))));
}

void Reviewer::checkTypes(const QString &table, const QString &column, const QStringList &allowed,
                          bool nullAllowed)
{
    if (!m_columns.value(table).contains(column) || stopped())
        return;
    if (table == QLatin1String("insights_bucketvalue") && column != QLatin1String("bucket_id") &&
        replayValueCheck(column == QLatin1String("xvalue") ? XType : YType))
        return;
    if (table == QLatin1String("insights_bucketvalue") && column == QLatin1String("bucket_id") &&
        allowed == QStringList{QStringLiteral("integer")} && !nullAllowed &&
        valueTableClean(&ValueTablePass::bucketIdsIntegers))
        return; // the value table's pass saw only integers: the query finds nothing
    QStringList list;
    for (const QString &a : allowed)
        list << QLatin1Char('\'') + a + QLatin1Char('\'');
    if (nullAllowed)
        list << QStringLiteral("'null'");
    SqliteStatement st(m_db,
                       QStringLiteral("SELECT rowid, typeof(%1), substr(CAST(%1 AS TEXT), 1, 40) FROM %2 "
                                      "WHERE typeof(%1) NOT IN (%3)")
                           .arg(quoted(column), quoted(table), list.join(QLatin1Char(','))));
    const LocalizedText expected =
        allowed.size() == 2
            ? LocalizedText::translate("iv::SnapshotReviewer", "%1 or %2").arg(allowed.at(0), allowed.at(1))
            : LocalizedText::same(allowed.join(QStringLiteral(", ")));
    int rc = SQLITE_ERROR;
    while (st.isValid() && (rc = st.step()) == SQLITE_ROW) {
        const QString type = st.text(1);
        const bool isNull = type == QLatin1String("null");
        nonconformity(ReviewFinding::Severity::Warning,
                      isNull ? QStringLiteral("null-value") : QStringLiteral("non-numeric"),
                      isNull ? LocalizedText::translate("iv::SnapshotReviewer",
                                                        "%1.%2 is NULL where upstream stores a number")
                                   .arg(table, column)
                             : LocalizedText::translate("iv::SnapshotReviewer",
                                                        "%1.%2 holds %3 \"%4\" where upstream stores %5")
                                   .arg(table, column, type, st.text(2), expected),
                      table, column, st.int64(0));
    }
    if (!st.isValid() || rc != SQLITE_DONE)
        queryFailed(st.isValid() ? rc : st.prepareCode(),
                    LocalizedText::translate("iv::SnapshotReviewer", "checking %1.%2").arg(table, column));
}

void Reviewer::checkOrphans(const QString &table, const QString &column, const QString &parent,
                            const QString &parentKey, bool values)
{
    if (!m_columns.value(table).contains(column) || !m_columns.value(parent).contains(parentKey) || stopped())
        return;
    if (table == QLatin1String("insights_bucketvalue") && column == QLatin1String("bucket_id") &&
        parent == QLatin1String("insights_bucket") && parentKey == QLatin1String("id") &&
        valueTableClean(&ValueTablePass::bucketIdsKnown))
        return; // the value table's pass found every bucket_id among the buckets' integer ids
    SqliteStatement st(m_db,
                       QStringLiteral("SELECT %1, count(*), min(rowid) FROM %2 WHERE %1 IS NULL OR %1 NOT IN "
                                      "(SELECT %3 FROM %4 WHERE %3 IS NOT NULL) GROUP BY 1")
                           .arg(quoted(column), quoted(table), quoted(parentKey), quoted(parent)));
    int rc = SQLITE_ERROR;
    while (st.isValid() && (rc = st.step()) == SQLITE_ROW) {
        const int n = clampToInt(st.int64(1));
        const QString key = st.isNull(0) ? QStringLiteral("NULL") : st.text(0).left(80);
        nonconformity(ReviewFinding::Severity::Warning, QStringLiteral("orphan-rows"),
                      (values ? LocalizedText::translate(
                                    "iv::SnapshotReviewer",
                                    "%n values of %1 refer to %2 %3, which %4 does not hold", nullptr, n)
                              : LocalizedText::translate(
                                    "iv::SnapshotReviewer",
                                    "%n questions of %1 refer to %2 %3, which %4 does not hold", nullptr, n))
                          .arg(table, column, key, parent),
                      table, column, st.int64(2));
    }
    if (!st.isValid() || rc != SQLITE_DONE)
        queryFailed(st.isValid() ? rc : st.prepareCode(),
                    LocalizedText::translate("iv::SnapshotReviewer", "checking %1.%2").arg(table, column));
}

void Reviewer::checkData()
{
    const QString counter = QStringLiteral("insights_counter"), gauge = QStringLiteral("insights_gauge"),
                  bucket = QStringLiteral("insights_bucket"), value = QStringLiteral("insights_bucketvalue"),
                  app = QStringLiteral("insights_app");
    const QString integer = QStringLiteral("integer"), real = QStringLiteral("real");
    settleValueTable();
    checkTypes(counter, QStringLiteral("value"), {integer}, false);
    checkTypes(gauge, QStringLiteral("value"), {real, integer}, false);
    checkTypes(bucket, QStringLiteral("type"), {integer}, false);
    checkTypes(value, QStringLiteral("xvalue"), {real, integer}, false);
    checkTypes(value, QStringLiteral("yvalue"), {real, integer}, false);
    checkTypes(value, QStringLiteral("bucket_id"), {integer}, false);
    for (const QString &t : {counter, gauge, bucket})
        checkOrphans(t, QStringLiteral("app_id"), app, QStringLiteral("uuid"), false);
    checkOrphans(value, QStringLiteral("bucket_id"), bucket, QStringLiteral("id"), true);

    if (m_columns.value(bucket).contains(QStringLiteral("type")) && !stopped()) {
        SqliteStatement st(m_db, QStringLiteral("SELECT rowid, type, label FROM insights_bucket WHERE "
                                                "typeof(type) = 'integer' AND type NOT BETWEEN 1 AND 5"));
        int rc = SQLITE_ERROR;
        while (st.isValid() && (rc = st.step()) == SQLITE_ROW)
            nonconformity(ReviewFinding::Severity::Warning, QStringLiteral("unknown-bucket-type"),
                          LocalizedText::translate("iv::SnapshotReviewer",
                                                   "bucket %1 has type %2; upstream knows 1 to 5")
                              .arg(st.text(2).left(80), QString::number(st.int64(1))),
                          bucket, QStringLiteral("type"), st.int64(0));
        if (!st.isValid() || rc != SQLITE_DONE)
            queryFailed(st.isValid() ? rc : st.prepareCode(),
                        LocalizedText::translate("iv::SnapshotReviewer", "checking bucket types"));
    }
    // created_at must be Django's datetime text; a timestamp, when present, too.
    for (const QString &t : {counter, gauge, bucket, value}) {
        const QString col = t == value ? QStringLiteral("timestamp") : QStringLiteral("created_at");
        if (!m_columns.value(t).contains(col) || stopped())
            continue;
        if (t == value && valueTableClean(&ValueTablePass::timestampsValid))
            continue; // the value table's pass read every timestamp as one
        SqliteStatement st(
            m_db, QStringLiteral("SELECT rowid, %1 FROM %2 WHERE %1 IS NOT NULL OR %3")
                      .arg(quoted(col), quoted(t), t == value ? QStringLiteral("0") : QStringLiteral("1")));
        int rc = SQLITE_ERROR;
        while (st.isValid() && (rc = st.step()) == SQLITE_ROW) {
            if (isTimestamp(st.get(), 1))
                continue;
            const QString text = st.text(1);
            nonconformity(
                ReviewFinding::Severity::Warning, QStringLiteral("bad-datetime"),
                LocalizedText::translate("iv::SnapshotReviewer", "%1.%2 is not a date and time: \"%3\"")
                    .arg(t, col, text.isNull() ? QStringLiteral("NULL") : text.left(40)),
                t, col, st.int64(0));
        }
        if (!st.isValid() || rc != SQLITE_DONE)
            queryFailed(st.isValid() ? rc : st.prepareCode(),
                        LocalizedText::translate("iv::SnapshotReviewer", "checking %1.%2").arg(t, col));
    }
}

void Reviewer::summarize()
{
    if (stopped())
        return;
    QString error, englishError;
    const std::optional<Catalogue> cat = m_file->readCatalogue(&error, &englishError);
    if (!cat) {
        if (!stopped())
            add(ReviewFinding::Severity::Error, QStringLiteral("read-error"), {error, englishError});
        return;
    }
    for (const App &app : cat->apps) {
        r.apps.append(PersonalDataScanner::maskValues(app.name()));
        for (const Question &q : app.questions) {
            r.questionsPerKind[kindId(q.kind)] += 1;
            r.bucketPoints += q.pointCount;
            if (Timestamp::parseUtcMicros(q.createdAt) == Timestamp::Invalid)
                continue;
            if (r.createdFirst.isNull() || q.createdAt < r.createdFirst)
                r.createdFirst = q.createdAt;
            if (r.createdLast.isNull() || q.createdAt > r.createdLast)
                r.createdLast = q.createdAt;
        }
    }
    const QString delta = QStringLiteral("insights_executiondelta");
    if (m_insightsTables.contains(delta)) {
        const bool hasAt = m_columns.value(delta).contains(QStringLiteral("executed_at"));
        SqliteStatement st(
            m_db, hasAt ? QStringLiteral("SELECT count(*), min(executed_at), max(executed_at) FROM "
                                         "insights_executiondelta")
                        : QStringLiteral("SELECT count(*), NULL, NULL FROM insights_executiondelta"));
        if (st.isValid() && st.step() == SQLITE_ROW) {
            r.executionDeltas = st.int64(0);
            r.executedFirst = PersonalDataScanner::maskValues(st.text(1));
            r.executedLast = PersonalDataScanner::maskValues(st.text(2));
        }
    }
}

qint64 Reviewer::pragma(const char *name)
{
    SqliteStatement st(m_db, QStringLiteral("PRAGMA %1").arg(L(name)));
    return st.isValid() && st.step() == SQLITE_ROW ? st.int64(0) : -1;
}
} // namespace detail

ReviewReport review(const QString &path, const ReviewReport::Options &options, const std::atomic_bool *cancel)
{
    ReviewReport report;
    detail::Reviewer(report, options, cancel).run(path);
    return report;
}

ReviewReport review(const QString &path, const ReviewReport::Options &options, const std::atomic_bool *cancel,
                    ReviewScanMemo &memo)
{
    ReviewReport report;
    detail::Reviewer(report, options, cancel, &memo).run(path);
    return report;
}

void locate(ReviewReport &report)
{
    if (!report.readable() || (report.findings.isEmpty() && report.toCheck.isEmpty()))
        return;
    QString error;
    const std::unique_ptr<FindingResolver> resolver = FindingResolver::open(report.identity.path, &error);
    if (!resolver)
        return;
    for (ReviewFinding &f : report.findings) {
        const FindingLocation where = resolver->locate(f);
        if (where.hasApp())
            f.app = PersonalDataScanner::maskValues(where.appName);
        if (where.hasQuestion())
            f.question = PersonalDataScanner::maskValues(where.questionLabel);
    }
    for (ReviewToCheck &c : report.toCheck) {
        const FindingLocation where = resolver->locate(c.table, c.row);
        if (where.hasApp())
            c.app = PersonalDataScanner::maskValues(where.appName);
        if (where.hasQuestion())
            c.question = PersonalDataScanner::maskValues(where.questionLabel);
    }
}

} // namespace iv::SnapshotReviewer
