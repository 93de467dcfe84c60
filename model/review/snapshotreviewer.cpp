// SPDX-License-Identifier: MIT
#include "snapshotreviewer.h"

#include "findingresolver.h"
#include "localizedtext.h"
#include "metrickind.h"
#include "personaldatascanner.h"
#include "smallcount.h"
#include "snapshotfile.h"
#include "sqlitestatement.h"
#include "sqlitewatchdog.h"
#include "timestamp.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <memory>

#include <unistd.h>

namespace iv::SnapshotReviewer {

namespace {

struct ExpectedColumn
{
    const char *name;
    const char *type;
};
struct ExpectedTable
{
    const char *name;
    std::initializer_list<ExpectedColumn> columns;
};

// Upstream's migration 0001 on SQLite (tests/data/schema.sql), as PRAGMA table_info reports it.
const ExpectedTable kUpstream[] = {
    {"insights_app", {{"uuid", "char(32)"}, {"module", "varchar(254)"}, {"label", "varchar(254)"}}},
    {"insights_executiondelta", {{"id", "integer"}, {"executed_at", "datetime"}, {"uuid", "char(32)"}}},
    {"insights_gauge",
     {{"id", "integer"}, {"created_at", "datetime"}, {"label", "varchar(254)"}, {"question", "text"},
      {"desc", "text"}, {"value", "real"}, {"app_id", "char(32)"}}},
    {"insights_counter",
     {{"id", "integer"}, {"created_at", "datetime"}, {"label", "varchar(254)"}, {"question", "text"},
      {"desc", "text"}, {"value", "integer"}, {"app_id", "char(32)"}}},
    {"insights_bucketvalue",
     {{"id", "integer"}, {"timestamp", "datetime"}, {"xvalue", "real"}, {"yvalue", "real"},
      {"category", "varchar(254)"}, {"bucket_id", "integer"}}},
    {"insights_bucket",
     {{"id", "integer"}, {"created_at", "datetime"}, {"label", "varchar(254)"}, {"question", "text"},
      {"desc", "text"}, {"type", "integer"}, {"xlabel", "varchar(254)"}, {"xformat", "varchar(254)"},
      {"ylabel", "varchar(254)"}, {"yformat", "varchar(254)"}, {"title", "varchar(254)"}, {"app_id", "char(32)"}}},
};

// Tables a file made by Django holds besides the insights tables.
bool isAllowedExtra(const QString &name)
{
    return name == QLatin1String("django_migrations") || name == QLatin1String("sqlite_sequence") ||
           name.startsWith(QLatin1String("sqlite_stat"));
}

QString quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString L(const char *s)
{
    return QString::fromLatin1(s);
}

using PersonalDataScanner::Match;

// Scans text of any length in windows of 64 Ki characters, each starting 1 Ki before the previous one ended,
// so a value across a window edge is seen whole and the scanner's work per window stays bounded. With more
// than one window (or a shared *seen), each distinct (kind, masked sample) is reported once.
QVector<Match> scanWhole(const QString &text, QSet<QString> *seen = nullptr)
{
    constexpr qsizetype kWindow = 65536, kOverlap = 1024;
    if (!seen && text.size() <= kWindow)
        return PersonalDataScanner::scan(text, int(text.size()));
    QSet<QString> local;
    QSet<QString> &once = seen ? *seen : local;
    QVector<Match> out;
    for (qsizetype start = 0;; start += kWindow - kOverlap) {
        const QString window = text.mid(start, kWindow);
        const QVector<Match> found = PersonalDataScanner::scan(window, int(window.size()));
        for (const Match &m : found) {
            const QString key = PersonalDataScanner::kindId(m.kind) + QLatin1Char('|') + m.masked;
            if (!once.contains(key)) {
                once.insert(key);
                out.append(m);
            }
        }
        if (start + kWindow >= text.size())
            break;
    }
    return out;
}

// A BLOB's bytes as text: UTF-8 when they are valid UTF-8, else Latin-1 (every byte a character).
QString blobText(const char *p, int n)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(QByteArrayView(p, n));
    return utf8.hasError() ? QString::fromLatin1(p, n) : text;
}

// Raw file bytes as text for the scanner: printable ASCII and Latin-1 kept, control bytes (record headers,
// page pointers) become spaces so they cannot join two values.
QString rawText(const QByteArray &bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *d++ = (b < 0x20 || b == 0x7f) ? QLatin1Char(' ') : QChar(char16_t(b));
    }
    return out;
}

qint64 readAt(int fd, QByteArray *buffer, qint64 offset)
{
    qint64 done = 0;
    while (done < buffer->size()) {
        const ssize_t got =
            ::pread(fd, buffer->data() + done, size_t(buffer->size() - done), off_t(offset + done));
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        done += got;
    }
    buffer->truncate(done);
    return done;
}

class Reviewer
{
public:
    Reviewer(ReviewReport &report, const ReviewReport::Options &options, const std::atomic_bool *cancel)
        : r(report), opt(options), m_cancel(cancel)
    {
    }
    ~Reviewer()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Reviewer(const Reviewer &) = delete;
    Reviewer &operator=(const Reviewer &) = delete;

    void run(const QString &path);

private:
    void add(ReviewFinding::Severity severity, const QString &code, const LocalizedText &message,
             const QString &table = QString(), const QString &column = QString(), qint64 row = -1,
             const QString &sample = QString());
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
    void checkSchema();
    void checkData();
    void checkTypes(const QString &table, const QString &column, const QStringList &allowed, bool nullAllowed);
    // values: rows of insights_bucketvalue (else questions) refer to a missing parent.
    void checkOrphans(const QString &table, const QString &column, const QString &parent, const QString &parentKey,
                      bool values);
    void checkNonFinite();
    // Counts below opt.minCount in counters and bar/hbar/histogram buckets (off when minCount <= 1).
    void checkSmallCounts();
    void summarize();
    void scanPersonalData();
    // bucket id → category → matches, every bucket's distinct text categories scanned as one set
    // (PersonalDataScanner::scanCategories). Categories too long for one scan are left out (scanned alone).
    QHash<qint64, QHash<QString, QVector<PersonalDataScanner::Match>>> scanBucketCategories();
    // Bytes SQLite does not show as rows: after the last page, and free pages holding deleted data.
    void checkStorage();
    // Scans length bytes of the file from offset for personal data; where names the region in findings.
    void scanRaw(qint64 offset, qint64 length, QSet<QString> *seen, const LocalizedText &where);
    qint64 pragma(const char *name);
    void fileChanged(const LocalizedText &why);

    ReviewReport &r;
    const ReviewReport::Options &opt;
    const std::atomic_bool *m_cancel;
    std::unique_ptr<SnapshotFile> m_file;
    int m_fd = -1; // the descriptor hashed and read raw; SQLite's file is checked to be the same one
    sqlite3 *m_db = nullptr;
    std::unique_ptr<SqliteWatchdog> m_watchdog;
    QStringList m_realTables;                 // every real (non-virtual) table, schema order
    QSet<QString> m_insightsTables;           // real insights tables
    QHash<QString, QStringList> m_columns;    // real insights table → columns
    QHash<QString, int> m_perKind;            // (code|table|column) → findings so far
    QHash<QString, qint64> m_suppressed;
};

void Reviewer::add(ReviewFinding::Severity severity, const QString &code, const LocalizedText &message,
                   const QString &table, const QString &column, qint64 row, const QString &sample)
{
    const QString key = code + QLatin1Char('|') + table + QLatin1Char('|') + column;
    if (++m_perKind[key] > opt.maxFindingsPerKind) {
        ++m_suppressed[key];
        return;
    }
    r.findings.append({severity, code, message.text, table, column, row, sample, message.english});
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
    r.identity = FileIdentity::read(m_fd, path, opt.computeSha256, m_cancel);
    if (!r.identity.error.isEmpty() && r.identity.error != QLatin1String("cancelled")) {
        r.setOpenError(LocalizedText::same(QStringLiteral("%1: %2"))
                           .arg(path, LocalizedText(r.identity.error, r.identity.englishError)));
        return;
    }
    if (opt.afterIdentity)
        opt.afterIdentity();
    QString error, englishError;
    m_file = SnapshotFile::open(path, &error, &englishError);
    if (!m_file) {
        // The reason may be about another file than the one hashed: then that is the reason.
        LocalizedText why;
        if (r.identity.unchanged(m_fd, &why))
            r.setOpenError({error, englishError});
        else
            fileChanged(why);
        return;
    }
    if (m_file->device() != r.identity.device || m_file->inode() != r.identity.inode) {
        fileChanged(LocalizedText::translate("iv::FileIdentity", "was replaced by another file"));
        return;
    }
    m_db = m_file->handle();
    m_watchdog = std::make_unique<SqliteWatchdog>(m_db, opt.timeLimitMs, m_cancel);

    if (r.identity.isWal()) {
        const bool sidecar = QFile::exists(r.identity.path + QStringLiteral("-wal"));
        add(sidecar ? ReviewFinding::Severity::Error : ReviewFinding::Severity::Warning,
            QStringLiteral("wal-mode"),
            sidecar ? LocalizedText::translate("iv::SnapshotReviewer", "the file is in WAL mode and a -wal file lies beside it: "
                                                "changes in that file are not part of what was reviewed")
                    : LocalizedText::translate("iv::SnapshotReviewer", "the file is in WAL mode (upstream's files use a rollback "
                                                "journal); a -wal file shared with it would hold changes not "
                                                "reviewed here"));
    }
    r.conformant = true;
    checkIntegrity();
    checkSchema();
    checkData();
    checkNonFinite();
    checkSmallCounts();
    summarize();
    scanPersonalData();
    checkStorage();

    for (auto it = m_suppressed.cbegin(); it != m_suppressed.cend(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char('|'));
        const LocalizedText more = LocalizedText::translate("iv::SnapshotReviewer", "%n more findings like the above were not listed",
                                                            nullptr, clampToInt(it.value()));
        r.findings.append({ReviewFinding::Severity::Warning, parts.value(0), more.text,
                           parts.value(1).isEmpty() ? QString() : parts.value(1),
                           parts.value(2).isEmpty() ? QString() : parts.value(2), -1, QString(), more.english});
    }
    if (m_watchdog->fired()) {
        r.addNote(m_watchdog->cancelled()
                      ? LocalizedText::translate("iv::SnapshotReviewer", "cancelled: the review is incomplete")
                      : LocalizedText::translate("iv::SnapshotReviewer", "the time limit of %1 s was reached: the review is incomplete")
                            .arg(opt.timeLimitMs / 1000.0));
        add(ReviewFinding::Severity::Warning, QStringLiteral("incomplete"),
            LocalizedText::translate("iv::SnapshotReviewer", "the review did not finish (time limit or cancelled)"));
    }
    m_watchdog.reset(); // before the database closes
    LocalizedText why;
    if (!r.identity.unchanged(m_fd, &why))
        fileChanged(why);
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

void Reviewer::checkIntegrity()
{
    if (stopped())
        return;
    SqliteStatement st(m_db, QStringLiteral("PRAGMA integrity_check(100)"));
    if (!st.isValid()) {
        r.integrity = {QStringLiteral("could not run integrity_check: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)))};
    } else {
        int rc;
        while ((rc = st.step()) == SQLITE_ROW)
            r.integrity.append(st.text(0));
        if (rc != SQLITE_DONE)
            r.integrity.append(stopped() ? QStringLiteral("integrity_check did not finish in time")
                                         : QStringLiteral("integrity_check stopped: %1")
                                               .arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
    }
    if (!r.integrityOk())
        add(ReviewFinding::Severity::Error, QStringLiteral("integrity"),
            LocalizedText::same(QStringLiteral("PRAGMA integrity_check: %1").arg(r.integrity.value(0))));
}

void Reviewer::checkSchema()
{
    if (stopped()) {
        r.conformant = false; // not known
        return;
    }
    QHash<QString, const ExpectedTable *> expected;
    for (const ExpectedTable &t : kUpstream)
        expected.insert(L(t.name), &t);
    QSet<QString> seen;
    SqliteStatement st(m_db, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master"));
    int rc = SQLITE_ERROR;
    while (st.isValid() && (rc = st.step()) == SQLITE_ROW) {
        const QString type = st.text(0), name = st.text(1), table = st.text(2);
        const bool isVirtual = st.text(3).trimmed().startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive);
        const bool isInsights = expected.contains(name);
        if (type == QLatin1String("table") && !isVirtual) {
            m_realTables.append(name);
            if (isInsights)
                m_insightsTables.insert(name);
            else if (!isAllowedExtra(name) && !opt.allowedExtraTables.contains(name))
                nonconformity(ReviewFinding::Severity::Warning, QStringLiteral("extra-table"),
                              LocalizedText::translate("iv::SnapshotReviewer", "table %1 is not part of upstream's schema; "
                                                                    "its text was scanned for personal data")
                                  .arg(name),
                              name);
        } else if (type == QLatin1String("table")) {
            nonconformity(isInsights ? ReviewFinding::Severity::Error : ReviewFinding::Severity::Warning,
                          QStringLiteral("virtual-table"),
                          isInsights ? LocalizedText::translate("iv::SnapshotReviewer", "%1 is a virtual table standing where an "
                                                                   "insights table should be; it was not read")
                                           .arg(name)
                                     : LocalizedText::translate("iv::SnapshotReviewer", "%1 is a virtual table; it was not read").arg(name),
                          name);
        } else if (type == QLatin1String("view")) {
            nonconformity(isInsights ? ReviewFinding::Severity::Error : ReviewFinding::Severity::Warning,
                          QStringLiteral("view"),
                          isInsights ? LocalizedText::translate("iv::SnapshotReviewer", "%1 is a view standing where an insights "
                                                                   "table should be; it was not read")
                                           .arg(name)
                                     : LocalizedText::translate("iv::SnapshotReviewer", "%1 is a view; it was not read").arg(name),
                          name);
        } else if (type == QLatin1String("trigger")) {
            nonconformity(ReviewFinding::Severity::Warning, QStringLiteral("trigger"),
                          LocalizedText::translate("iv::SnapshotReviewer", "trigger %1 on %2 (upstream defines none; it never ran here)")
                              .arg(name, table),
                          table);
        }
        if (isInsights)
            seen.insert(name);
    }
    if (!st.isValid() || rc != SQLITE_DONE) {
        queryFailed(st.isValid() ? rc : st.prepareCode(), LocalizedText::translate("iv::SnapshotReviewer", "reading the schema"));
        r.conformant = false;
        return;
    }
    for (const ExpectedTable &t : kUpstream) {
        const QString name = L(t.name);
        if (!seen.contains(name)) {
            nonconformity(ReviewFinding::Severity::Error, QStringLiteral("missing-table"),
                          LocalizedText::translate("iv::SnapshotReviewer", "table %1 is missing").arg(name), name);
            continue;
        }
        if (!m_insightsTables.contains(name))
            continue;
        QHash<QString, QString> types;
        QStringList order;
        SqliteStatement info(m_db, QStringLiteral("PRAGMA table_info(%1)").arg(quoted(name)));
        while (info.isValid() && (rc = info.step()) == SQLITE_ROW) {
            types.insert(info.text(1), info.text(2));
            order.append(info.text(1));
        }
        m_columns.insert(name, order);
        for (const ExpectedColumn &c : t.columns) {
            const QString col = L(c.name);
            if (!types.contains(col))
                nonconformity(ReviewFinding::Severity::Error, QStringLiteral("missing-column"),
                              LocalizedText::translate("iv::SnapshotReviewer", "%1 lacks the column %2").arg(name, col), name, col);
            else if (types.value(col).compare(L(c.type), Qt::CaseInsensitive) != 0)
                nonconformity(ReviewFinding::Severity::Warning, QStringLiteral("type-mismatch"),
                              LocalizedText::translate("iv::SnapshotReviewer", "%1.%2 is declared %3, upstream declares %4")
                                  .arg(name, col, types.value(col), L(c.type)),
                              name, col);
        }
        for (const QString &col : std::as_const(order)) {
            bool known = false;
            for (const ExpectedColumn &c : t.columns)
                known = known || col == L(c.name);
            if (!known)
                nonconformity(ReviewFinding::Severity::Warning, QStringLiteral("extra-column"),
                              LocalizedText::translate("iv::SnapshotReviewer", "%1 has a column %2 that upstream's schema does not")
                                  .arg(name, col),
                              name, col);
        }
    }
}

void Reviewer::checkTypes(const QString &table, const QString &column, const QStringList &allowed, bool nullAllowed)
{
    if (!m_columns.value(table).contains(column) || stopped())
        return;
    QStringList list;
    for (const QString &a : allowed)
        list << QLatin1Char('\'') + a + QLatin1Char('\'');
    if (nullAllowed)
        list << QStringLiteral("'null'");
    SqliteStatement st(m_db, QStringLiteral("SELECT rowid, typeof(%1), substr(CAST(%1 AS TEXT), 1, 40) FROM %2 "
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
        nonconformity(ReviewFinding::Severity::Warning, isNull ? QStringLiteral("null-value") : QStringLiteral("non-numeric"),
                      isNull ? LocalizedText::translate("iv::SnapshotReviewer", "%1.%2 is NULL where upstream stores a number")
                                   .arg(table, column)
                             : LocalizedText::translate("iv::SnapshotReviewer", "%1.%2 holds %3 \"%4\" where upstream stores %5")
                                   .arg(table, column, type, st.text(2), expected),
                      table, column, st.int64(0));
    }
    if (!st.isValid() || rc != SQLITE_DONE)
        queryFailed(st.isValid() ? rc : st.prepareCode(), LocalizedText::translate("iv::SnapshotReviewer", "checking %1.%2").arg(table, column));
}

void Reviewer::checkOrphans(const QString &table, const QString &column, const QString &parent,
                            const QString &parentKey, bool values)
{
    if (!m_columns.value(table).contains(column) || !m_columns.value(parent).contains(parentKey) || stopped())
        return;
    SqliteStatement st(m_db, QStringLiteral("SELECT %1, count(*), min(rowid) FROM %2 WHERE %1 IS NULL OR %1 NOT IN "
                                            "(SELECT %3 FROM %4 WHERE %3 IS NOT NULL) GROUP BY 1")
                                 .arg(quoted(column), quoted(table), quoted(parentKey), quoted(parent)));
    int rc = SQLITE_ERROR;
    while (st.isValid() && (rc = st.step()) == SQLITE_ROW) {
        const int n = clampToInt(st.int64(1));
        const QString key = st.isNull(0) ? QStringLiteral("NULL") : st.text(0).left(80);
        nonconformity(ReviewFinding::Severity::Warning, QStringLiteral("orphan-rows"),
                      (values ? LocalizedText::translate("iv::SnapshotReviewer", "%n values of %1 refer to %2 %3, which %4 does not hold",
                                                          nullptr, n)
                              : LocalizedText::translate("iv::SnapshotReviewer", "%n questions of %1 refer to %2 %3, which %4 does not hold",
                                                          nullptr, n))
                          .arg(table, column, key, parent),
                      table, column, st.int64(2));
    }
    if (!st.isValid() || rc != SQLITE_DONE)
        queryFailed(st.isValid() ? rc : st.prepareCode(), LocalizedText::translate("iv::SnapshotReviewer", "checking %1.%2").arg(table, column));
}

void Reviewer::checkData()
{
    const QString counter = QStringLiteral("insights_counter"), gauge = QStringLiteral("insights_gauge"),
                  bucket = QStringLiteral("insights_bucket"), value = QStringLiteral("insights_bucketvalue"),
                  app = QStringLiteral("insights_app");
    const QString integer = QStringLiteral("integer"), real = QStringLiteral("real");
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
                          LocalizedText::translate("iv::SnapshotReviewer", "bucket %1 has type %2; upstream knows 1 to 5")
                              .arg(st.text(2).left(80), QString::number(st.int64(1))),
                          bucket, QStringLiteral("type"), st.int64(0));
        if (!st.isValid() || rc != SQLITE_DONE)
            queryFailed(st.isValid() ? rc : st.prepareCode(), LocalizedText::translate("iv::SnapshotReviewer", "checking bucket types"));
    }
    // created_at must be Django's datetime text; a timestamp, when present, too.
    for (const QString &t : {counter, gauge, bucket, value}) {
        const QString col = t == value ? QStringLiteral("timestamp") : QStringLiteral("created_at");
        if (!m_columns.value(t).contains(col) || stopped())
            continue;
        SqliteStatement st(m_db, QStringLiteral("SELECT rowid, %1 FROM %2 WHERE %1 IS NOT NULL OR %3")
                                     .arg(quoted(col), quoted(t), t == value ? QStringLiteral("0") : QStringLiteral("1")));
        int rc = SQLITE_ERROR;
        while (st.isValid() && (rc = st.step()) == SQLITE_ROW) {
            const QString text = st.text(1);
            if (st.type(1) != SQLITE_TEXT || Timestamp::parseUtcMicros(text) == Timestamp::Invalid)
                nonconformity(ReviewFinding::Severity::Warning, QStringLiteral("bad-datetime"),
                              LocalizedText::translate("iv::SnapshotReviewer", "%1.%2 is not a date and time: \"%3\"")
                                  .arg(t, col, text.isNull() ? QStringLiteral("NULL") : text.left(40)),
                              t, col, st.int64(0));
        }
        if (!st.isValid() || rc != SQLITE_DONE)
            queryFailed(st.isValid() ? rc : st.prepareCode(), LocalizedText::translate("iv::SnapshotReviewer", "checking %1.%2").arg(t, col));
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
        r.apps.append(app.name());
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
        SqliteStatement st(m_db, hasAt ? QStringLiteral("SELECT count(*), min(executed_at), max(executed_at) FROM "
                                                        "insights_executiondelta")
                                       : QStringLiteral("SELECT count(*), NULL, NULL FROM insights_executiondelta"));
        if (st.isValid() && st.step() == SQLITE_ROW) {
            r.executionDeltas = st.int64(0);
            r.executedFirst = st.text(1);
            r.executedLast = st.text(2);
        }
    }
}

void Reviewer::scanPersonalData()
{
    qint64 budget = opt.maxScanCells;
    r.scanComplete = true;
    for (const QString &table : std::as_const(m_realTables)) {
        if (table.startsWith(QLatin1String("sqlite_")))
            continue; // SQLite's own bookkeeping: table names and statistics
        if (stopped() || budget <= 0) {
            r.scanComplete = false;
            r.addNote(stopped() ? LocalizedText::translate("iv::SnapshotReviewer", "table %1 was not scanned for personal data (time "
                                                                    "limit)")
                                          .arg(table)
                                    : LocalizedText::translate("iv::SnapshotReviewer", "table %1 was not scanned for personal data (cell "
                                                                    "limit)")
                                          .arg(table));
            continue;
        }
        SqliteStatement withRowid(m_db, QStringLiteral("SELECT rowid, * FROM %1").arg(quoted(table)));
        // A WITHOUT ROWID table has no rowid: rows are then numbered in scan order.
        SqliteStatement plain(m_db, withRowid.isValid() ? QStringLiteral("SELECT 1 WHERE 0")
                                                        : QStringLiteral("SELECT NULL, * FROM %1").arg(quoted(table)));
        SqliteStatement &st = withRowid.isValid() ? withRowid : plain;
        if (!st.isValid()) {
            queryFailed(st.prepareCode(), LocalizedText::translate("iv::SnapshotReviewer", "scanning %1").arg(table));
            r.scanComplete = false;
            continue;
        }
        ++r.scannedTables;
        const int columns = sqlite3_column_count(st.get());
        QStringList names;
        for (int c = 0; c < columns; ++c)
            names << QString::fromUtf8(sqlite3_column_name(st.get(), c));
        // A bucket's categories are read together: a set of person names makes its weaker candidates
        // (a lone given name) findings too, which one category alone would not.
        int categoryColumn = -1, bucketColumn = -1;
        QHash<qint64, QHash<QString, QVector<Match>>> byBucket;
        if (table == QLatin1String("insights_bucketvalue")) {
            categoryColumn = int(names.indexOf(QStringLiteral("category"), 1));
            bucketColumn = int(names.indexOf(QStringLiteral("bucket_id"), 1));
            if (categoryColumn > 0 && bucketColumn > 0)
                byBucket = scanBucketCategories();
            else
                categoryColumn = -1;
        }
        qint64 ordinal = 0;
        int rc;
        while ((rc = st.step()) == SQLITE_ROW) {
            ++ordinal;
            const qint64 row = st.isNull(0) ? ordinal : st.int64(0);
            for (int c = 1; c < columns; ++c) {
                // Whole cells (SQLite's length limit bounds them), and BLOBs too: --dump-json shows a BLOB
                // category as text, so its bytes are shared like any text.
                const int type = st.type(c);
                if (type != SQLITE_TEXT && type != SQLITE_BLOB)
                    continue;
                const auto *p = type == SQLITE_TEXT
                                    ? reinterpret_cast<const char *>(sqlite3_column_text(st.get(), c))
                                    : static_cast<const char *>(sqlite3_column_blob(st.get(), c));
                const int n = sqlite3_column_bytes(st.get(), c);
                if (!p || n <= 0)
                    continue;
                ++r.scannedCells;
                --budget;
                const QString text = type == SQLITE_TEXT ? QString::fromUtf8(p, n) : blobText(p, n);
                const QHash<QString, QVector<Match>> *context = nullptr;
                if (c == categoryColumn && type == SQLITE_TEXT && st.type(bucketColumn) == SQLITE_INTEGER) {
                    const auto it = byBucket.constFind(st.int64(bucketColumn));
                    if (it != byBucket.cend() && it->contains(text))
                        context = &it.value();
                }
                const auto matches = context ? context->value(text) : scanWhole(text);
                for (const auto &m : matches)
                    add(ReviewFinding::Severity::Error, PersonalDataScanner::findingCode(m.kind),
                        LocalizedText::translate("iv::SnapshotReviewer", "%1 in %2.%3")
                            .arg(PersonalDataScanner::kindText(m.kind), table, names.at(c)),
                        table, names.at(c), row, m.masked);
            }
            if (budget <= 0)
                break;
        }
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            r.scanComplete = false;
            queryFailed(rc, LocalizedText::translate("iv::SnapshotReviewer", "scanning %1").arg(table));
        } else if (budget <= 0) {
            r.scanComplete = false;
            r.addNote(LocalizedText::translate("iv::SnapshotReviewer", "the personal-data scan stopped in table %1 after %n text cells",
                                                nullptr, clampToInt(opt.maxScanCells))
                          .arg(table));
        }
    }
}

QHash<qint64, QHash<QString, QVector<Match>>> Reviewer::scanBucketCategories()
{
    constexpr int kMaxCategory =
        65536; // scanCategories() reads this much of each; longer ones go to scanWhole
    QHash<qint64, QHash<QString, QVector<Match>>> out;
    SqliteStatement st(m_db,
                       QStringLiteral("SELECT DISTINCT bucket_id, category FROM insights_bucketvalue WHERE "
                                      "typeof(bucket_id) = 'integer' AND typeof(category) = 'text' AND "
                                      "length(category) BETWEEN 1 AND %1 ORDER BY bucket_id")
                           .arg(kMaxCategory));
    if (!st.isValid())
        return out;
    qint64 bucket = 0;
    QStringList categories;
    auto flush = [&] {
        if (categories.isEmpty())
            return;
        const QVector<QVector<Match>> found = PersonalDataScanner::scanCategories(categories, kMaxCategory);
        QHash<QString, QVector<Match>> &perCategory = out[bucket];
        for (qsizetype i = 0; i < categories.size() && i < found.size(); ++i)
            perCategory.insert(categories.at(i), found.at(i));
        categories.clear();
    };
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        if (st.int64(0) != bucket)
            flush();
        bucket = st.int64(0);
        categories.append(st.text(1));
    }
    if (rc != SQLITE_DONE)
        return {}; // stopped or failed: every cell is scanned alone, as before
    flush();
    return out;
}

void Reviewer::checkNonFinite()
{
    // SQLite stores a REAL infinity as it is (a NaN becomes NULL, reported by checkTypes); upstream's Python
    // float() can write one. JSON has no spelling for it, so exports write null: the review must say so.
    const struct
    {
        const char *table, *column;
    } numeric[] = {{"insights_gauge", "value"},
                   {"insights_counter", "value"},
                   {"insights_bucketvalue", "xvalue"},
                   {"insights_bucketvalue", "yvalue"}};
    for (const auto &n : numeric) {
        const QString table = L(n.table), column = L(n.column);
        if (!m_columns.value(table).contains(column) || stopped())
            continue;
        SqliteStatement st(m_db, QStringLiteral("SELECT rowid, %1 FROM %2 WHERE typeof(%1) = 'real' AND "
                                                "abs(%1) > 1.7976931348623157e308")
                                     .arg(quoted(column), quoted(table)));
        int rc = SQLITE_ERROR;
        while (st.isValid() && (rc = st.step()) == SQLITE_ROW)
            add(ReviewFinding::Severity::Warning, QStringLiteral("non-finite"),
                LocalizedText::translate("iv::SnapshotReviewer",
                                         "%1.%2 is %3, not a finite number; JSON exports write it as null")
                    .arg(table, column, st.real(1) > 0 ? QStringLiteral("inf") : QStringLiteral("-inf")),
                table, column, st.int64(0));
        if (!st.isValid() || rc != SQLITE_DONE)
            queryFailed(
                st.isValid() ? rc : st.prepareCode(),
                LocalizedText::translate("iv::SnapshotReviewer", "checking %1.%2").arg(table, column));
    }
}

void Reviewer::checkSmallCounts()
{
    if (opt.minCount <= 1 || stopped())
        return;
    const QString counter = QStringLiteral("insights_counter"),
                  value = QStringLiteral("insights_bucketvalue"), bucket = QStringLiteral("insights_bucket");
    // Whole numbers from 1 to K-1 only: a share (2.5) or a zero is not a count of people.
    const QString small = QStringLiteral("typeof(%1) IN ('integer', 'real') AND %1 >= 1 AND %1 < %2 AND "
                                         "%1 = CAST(%1 AS INTEGER)");
    if (m_columns.value(counter).contains(QStringLiteral("value"))) {
        SqliteStatement st(m_db, QStringLiteral("SELECT rowid, value FROM insights_counter WHERE ") +
                                     small.arg(QStringLiteral("value")).arg(opt.minCount));
        int rc = SQLITE_ERROR;
        while (st.isValid() && (rc = st.step()) == SQLITE_ROW) {
            if (!SmallCount::isSmall(MetricKind::Counter, st.real(1), opt.minCount))
                continue;
            add(ReviewFinding::Severity::Warning, QStringLiteral("small-count"),
                LocalizedText::translate(
                    "iv::SnapshotReviewer",
                    "a count of %1 is below the minimum count %2: it may single out people")
                    .arg(QString::number(st.int64(1)), QString::number(opt.minCount)),
                counter, QStringLiteral("value"), st.int64(0));
        }
        if (!st.isValid() || rc != SQLITE_DONE)
            queryFailed(st.isValid() ? rc : st.prepareCode(),
                        LocalizedText::translate("iv::SnapshotReviewer", "checking %1.%2")
                            .arg(counter, QStringLiteral("value")));
    }
    if (!m_columns.value(value).contains(QStringLiteral("xvalue")) ||
        !m_columns.value(value).contains(QStringLiteral("bucket_id")) ||
        !m_columns.value(bucket).contains(QStringLiteral("type")) || stopped())
        return;
    SqliteStatement st(m_db,
                       QStringLiteral("SELECT v.rowid, v.xvalue, b.type FROM insights_bucketvalue v JOIN "
                                      "insights_bucket b ON b.id = v.bucket_id WHERE typeof(b.type) = "
                                      "'integer' AND ") +
                           small.arg(QStringLiteral("v.xvalue")).arg(opt.minCount) +
                           QStringLiteral(" ORDER BY v.rowid"));
    int rc = SQLITE_ERROR;
    while (st.isValid() && (rc = st.step()) == SQLITE_ROW) {
        if (!SmallCount::isSmall(kindFromBucketType(st.int64(2)), st.real(1), opt.minCount))
            continue;
        add(ReviewFinding::Severity::Warning, QStringLiteral("small-count"),
            LocalizedText::translate("iv::SnapshotReviewer",
                                     "a count of %1 is below the minimum count %2: it may single out people")
                .arg(QString::number(qint64(st.real(1))), QString::number(opt.minCount)),
            value, QStringLiteral("xvalue"), st.int64(0));
    }
    if (!st.isValid() || rc != SQLITE_DONE)
        queryFailed(st.isValid() ? rc : st.prepareCode(),
                    LocalizedText::translate("iv::SnapshotReviewer", "checking %1.%2")
                        .arg(value, QStringLiteral("xvalue")));
}

qint64 Reviewer::pragma(const char *name)
{
    SqliteStatement st(m_db, QStringLiteral("PRAGMA %1").arg(L(name)));
    return st.isValid() && st.step() == SQLITE_ROW ? st.int64(0) : -1;
}

void Reviewer::scanRaw(qint64 offset, qint64 length, QSet<QString> *seen, const LocalizedText &where)
{
    constexpr qint64 kBlock = 1 << 20;
    constexpr qint64 kOverlap = 1024; // a value across a block edge is read whole in the next block
    qint64 done = 0;
    while (done < length) {
        if (stopped()) {
            r.scanComplete = false;
            r.addNote(LocalizedText::translate("iv::SnapshotReviewer",
                                               "%1 were not fully scanned for personal data (time limit)")
                          .arg(where));
            return;
        }
        const qint64 start = std::max<qint64>(0, done - kOverlap);
        const qint64 wanted = std::min(kBlock, length - start);
        QByteArray block(int(wanted), Qt::Uninitialized);
        if (readAt(m_fd, &block, offset + start) < wanted) {
            add(ReviewFinding::Severity::Error, QStringLiteral("read-error"),
                LocalizedText::translate("iv::SnapshotReviewer", "%1 could not be read").arg(where));
            r.scanComplete = false;
            return;
        }
        done = start + block.size();
        const auto matches = scanWhole(rawText(block), seen);
        for (const auto &m : matches)
            add(ReviewFinding::Severity::Error, PersonalDataScanner::findingCode(m.kind),
                LocalizedText::translate("iv::SnapshotReviewer", "%1 in %2")
                    .arg(PersonalDataScanner::kindText(m.kind), where),
                QString(), QString(), -1, m.masked);
    }
}

void Reviewer::checkStorage()
{
    if (stopped())
        return;
    const qint64 pageSize = pragma("page_size");
    const qint64 pageCount = pragma("page_count");
    const qint64 freePages = pragma("freelist_count");
    if (pageSize < 512 || pageCount < 1)
        return;
    const qint64 used = pageSize * pageCount;
    if (r.identity.size > used) {
        const qint64 extra = r.identity.size - used;
        add(ReviewFinding::Severity::Warning, QStringLiteral("trailing-bytes"),
            LocalizedText::translate(
                "iv::SnapshotReviewer",
                "%1 bytes follow the last page: SQLite ignores them, but they travel with the "
                "file")
                .arg(QString::number(extra)));
        QSet<QString> seen;
        scanRaw(used, extra, &seen,
                LocalizedText::translate("iv::SnapshotReviewer", "the bytes after the last page"));
    }
    if (freePages <= 0)
        return;
    add(ReviewFinding::Severity::Warning, QStringLiteral("free-pages"),
        LocalizedText::translate(
            "iv::SnapshotReviewer",
            "%1 free pages may still hold deleted rows; run VACUUM on a copy before sharing "
            "the file")
            .arg(QString::number(freePages)));
    // The freelist: header offset 32 names the first trunk page; a trunk page holds the next trunk, a count
    // and that many leaf page numbers. Every page is scanned raw, trunks included (only their first bytes are
    // pointers).
    QByteArray header(40, Qt::Uninitialized);
    if (readAt(m_fd, &header, 0) < 40)
        return;
    auto be32 = [](const QByteArray &b, qint64 off) {
        const auto *p = reinterpret_cast<const unsigned char *>(b.constData() + off);
        return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    };
    const LocalizedText where =
        LocalizedText::translate("iv::SnapshotReviewer", "the free pages (deleted data)");
    QSet<QString> seen;
    QSet<quint32> visited;
    qint64 scanned = 0;
    auto scanPage = [&](quint32 page) {
        if (page < 2 || page > quint64(pageCount) || visited.contains(page))
            return false;
        visited.insert(page);
        ++scanned;
        scanRaw(qint64(page - 1) * pageSize, pageSize, &seen, where);
        return true;
    };
    quint32 trunk = be32(header, 32);
    while (trunk != 0 && scanned < freePages && !stopped()) {
        QByteArray page(int(pageSize), Qt::Uninitialized);
        if (visited.contains(trunk) || readAt(m_fd, &page, qint64(trunk - 1) * pageSize) < pageSize ||
            !scanPage(trunk))
            break;
        const qint64 leaves = std::min<qint64>(be32(page, 4), pageSize / 4 - 2);
        for (qint64 i = 0; i < leaves && scanned < freePages && !stopped(); ++i)
            scanPage(be32(page, 8 + 4 * i));
        trunk = be32(page, 0);
    }
    if (scanned < freePages) {
        r.scanComplete = false;
        r.addNote(LocalizedText::translate("iv::SnapshotReviewer",
                                           "%1 of %2 free pages were scanned for personal data")
                      .arg(QString::number(scanned), QString::number(freePages)));
    }
}

} // namespace

ReviewReport review(const QString &path, const ReviewReport::Options &options, const std::atomic_bool *cancel)
{
    ReviewReport report;
    Reviewer(report, options, cancel).run(path);
    return report;
}

void locate(ReviewReport &report)
{
    if (!report.readable() || report.findings.isEmpty())
        return;
    QString error;
    const std::unique_ptr<FindingResolver> resolver = FindingResolver::open(report.identity.path, &error);
    if (!resolver)
        return;
    for (ReviewFinding &f : report.findings) {
        const FindingLocation where = resolver->locate(f);
        if (where.hasApp())
            f.app = where.appName;
        if (where.hasQuestion())
            f.question = where.questionLabel;
    }
}

} // namespace iv::SnapshotReviewer
