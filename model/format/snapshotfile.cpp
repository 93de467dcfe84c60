// SPDX-License-Identifier: MIT
// SnapshotFile: opening a snapshot read-only and hardened (authorizer, limits, the header, a hot journal),
// its schema and its catalogue; a bucket's values are read in snapshotfile_values.cpp.
#include "snapshotfile.h"

#include "fileidentity.h"
#include "localizedtext.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUrl>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <system_error>

#include <sys/stat.h>
#include <unistd.h>

namespace iv {

namespace {

const char *const kAppTable = "insights_app";
const char *const kCounterTable = "insights_counter";
const char *const kGaugeTable = "insights_gauge";
const char *const kBucketTable = "insights_bucket";
const char *const kValueTable = "insights_bucketvalue";
const char *const kDeltaTable = "insights_executiondelta";

constexpr int kMaxCellBytes = 16 * 1024 * 1024; // SQLITE_LIMIT_LENGTH: longer cells are refused, not read

// SQLite's process-wide memory statistics (on by default) take a mutex and update counters on every
// allocation: about 8 % of opening a small snapshot, which a history of thousands of files does per file.
// Nothing here reads them or sets a heap limit (which would need them). Set before SQLite initialises, at
// static initialisation of the library that opens every file; a later call would be refused harmlessly.
[[maybe_unused]] const int kMemoryStatisticsOff = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);

QString L(const char *s)
{
    return QString::fromLatin1(s);
}

QString quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

// Allows reading only. Everything the viewer runs is its own SQL; this is defence in depth against a schema
// that tries to make a read do something else.
int authorize(void *, int action, const char *arg1, const char *arg2, const char *, const char *)
{
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_FUNCTION:
    case SQLITE_RECURSIVE:
        return SQLITE_OK;
    case SQLITE_PRAGMA: {
        static const char *const withArgument[] = {"table_info", "table_xinfo", "index_list", "index_info",
                                                   "index_xinfo", "integrity_check", "quick_check", "foreign_key_check",
                                                   "query_only"};
        static const char *const readOnly[] = {"page_size",    "page_count",     "encoding",
                                               "journal_mode", "user_version",   "application_id",
                                               "freelist_count", "schema_version", "auto_vacuum"};
        if (!arg1)
            return SQLITE_DENY;
        for (const char *name : withArgument)
            if (std::strcmp(arg1, name) == 0)
                return SQLITE_OK;
        for (const char *name : readOnly)
            if (std::strcmp(arg1, name) == 0)
                return arg2 ? SQLITE_DENY : SQLITE_OK;
        return SQLITE_DENY;
    }
    default:
        return SQLITE_DENY;
    }
}

// The page-count field of the header is only trustworthy when "version-valid-for" equals the change counter.
LocalizedText checkHeader(const QByteArray &header, qint64 fileSize)
{
    static const char magic[] = "SQLite format 3";
    if (header.isEmpty())
        return LocalizedText::translate("iv::SnapshotFile",
                                           "empty file (0 bytes), not an SQLite database");
    if (header.size() < 16 || std::memcmp(header.constData(), magic, sizeof magic) != 0)
        return LocalizedText::translate(
            "iv::SnapshotFile", "not an SQLite database (the file does not start with \"SQLite format 3\")");
    if (header.size() < 100)
        return LocalizedText::translate(
                   "iv::SnapshotFile", "truncated SQLite file (%1 bytes, shorter than the 100-byte header)")
            .arg(fileSize);
    auto be32 = [&](int off) {
        const auto *p = reinterpret_cast<const unsigned char *>(header.constData() + off);
        return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    };
    const auto *p = reinterpret_cast<const unsigned char *>(header.constData());
    quint32 pageSize = (quint32(p[16]) << 8) | p[17];
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return LocalizedText::translate("iv::SnapshotFile",
                                           "the SQLite file is corrupt (invalid page size %1)")
            .arg(pageSize);
    const quint32 pages = be32(28);
    if (pages > 0 && be32(92) == be32(24)) {
        const qint64 expected = qint64(pages) * pageSize;
        if (fileSize < expected)
            return LocalizedText::translate("iv::SnapshotFile",
                                               "truncated SQLite file (%1 bytes, its header says %2)")
                .arg(QString::number(fileSize), QString::number(expected));
    }
    return LocalizedText();
}

} // namespace

LocalizedText SnapshotFile::sqliteReason(sqlite3 *db, int rc)
{
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        return LocalizedText::translate("iv::SnapshotFile",
                                        "not an SQLite database, or an encrypted one (%1)")
            .arg(LocalizedText::same(detail));
    case SQLITE_CORRUPT:
        return LocalizedText::translate("iv::SnapshotFile", "the SQLite file is corrupt (%1)")
            .arg(LocalizedText::same(detail));
    case SQLITE_IOERR:
        return LocalizedText::translate("iv::SnapshotFile", "could not be read, possibly truncated (%1)")
            .arg(LocalizedText::same(detail));
    case SQLITE_TOOBIG:
        return LocalizedText::translate("iv::SnapshotFile", "holds a value larger than the %1 MiB limit (%2)")
            .arg(QString::number(kMaxCellBytes / (1024 * 1024)), detail);
    case SQLITE_INTERRUPT:
        return LocalizedText::translate("iv::SnapshotFile", "cancelled");
    default:
        return LocalizedText::same(detail);
    }
}

QString SnapshotFile::hotJournal(const QString &path)
{
    const QFileInfo info(path);
    QStringList candidates{info.absoluteFilePath()};
    const QString real = info.canonicalFilePath();
    if (!real.isEmpty() && real != candidates.first())
        candidates << real;
    for (const QString &file : std::as_const(candidates)) {
        const QString journal = file + QStringLiteral("-journal");
        LocalizedText ignored;
        const int fd = FileIdentity::openRegularFile(journal, &ignored);
        if (fd < 0)
            continue;
        char first = 0;
        ssize_t got;
        do
            got = ::pread(fd, &first, 1, 0);
        while (got < 0 && errno == EINTR);
        ::close(fd);
        if (got == 1 && first != 0)
            return journal;
    }
    return QString();
}

SnapshotFile::~SnapshotFile()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    if (m_fd >= 0)
        ::close(m_fd);
}

std::unique_ptr<SnapshotFile> SnapshotFile::open(const QString &path, QString *error, QString *englishError)
{
    return open(path, error, englishError, {});
}

std::unique_ptr<SnapshotFile> SnapshotFile::open(const QString &path, QString *error, QString *englishError,
                                                 const std::function<void(OpenStage)> &atStage)
{
    auto fail = [&](const LocalizedText &reason) {
        const QString where = QDir::toNativeSeparators(path);
        if (error)
            *error = QStringLiteral("%1: %2").arg(where, reason.text);
        if (englishError)
            *englishError = QStringLiteral("%1: %2").arg(where, reason.english);
        return nullptr;
    };
    const QFileInfo info(path);
    std::unique_ptr<SnapshotFile> snapshot(new SnapshotFile);
    // A FIFO or device would block SQLite's open() or read forever: check the file through a descriptor that
    // cannot block, and keep it, so raw reads see the same file.
    LocalizedText notRegular;
    snapshot->m_fd = FileIdentity::openRegularFile(path, &notRegular);
    if (snapshot->m_fd < 0)
        return fail(notRegular);
    struct stat st;
    if (::fstat(snapshot->m_fd, &st) != 0)
        return fail(LocalizedText::translate("iv::SnapshotFile", "cannot be read (%1)")
                        .arg(LocalizedText::same(QString::fromLocal8Bit(std::strerror(errno)))));
    snapshot->m_device = quint64(st.st_dev);
    snapshot->m_inode = quint64(st.st_ino);
    QByteArray header(100, '\0');
    ssize_t got;
    do
        got = ::pread(snapshot->m_fd, header.data(), 100, 0);
    while (got < 0 && errno == EINTR);
    if (got < 0)
        return fail(LocalizedText::translate("iv::SnapshotFile", "cannot be read (%1)")
                        .arg(LocalizedText::same(QString::fromLocal8Bit(std::strerror(errno)))));
    header.truncate(got);
    const LocalizedText headerProblem = checkHeader(header, qint64(st.st_size));
    if (!headerProblem.isEmpty())
        return fail(headerProblem);

    // SQLite opens by path: the path must name the checked file before and after it does.
    const QByteArray nativePath = QFile::encodeName(info.absoluteFilePath());
    auto sameFileAtPath = [&] {
        struct stat now;
        return ::stat(nativePath.constData(), &now) == 0 && quint64(now.st_dev) == snapshot->m_device &&
               quint64(now.st_ino) == snapshot->m_inode;
    };
    const LocalizedText replaced = LocalizedText::translate(
        "iv::SnapshotFile", "was replaced by another file while it was being opened");
    if (atStage)
        atStage(OpenStage::DescriptorChecked);
    // Before SQLite opens the path: a FIFO put there since would block its open() forever.
    if (!sameFileAtPath())
        return fail(replaced);
    if (atStage)
        atStage(OpenStage::PathChecked);

    snapshot->m_path = info.absoluteFilePath();
    // immutable=1: no locks, no journal or WAL lookups, so no sidecar file is ever created and a read-only
    // folder works. Right for a shared snapshot, which nobody writes while we read it.
    const QByteArray uri =
        QUrl::fromLocalFile(snapshot->m_path).toEncoded() + QByteArrayLiteral("?mode=ro&immutable=1");
    int rc = sqlite3_open_v2(uri.constData(), &snapshot->m_db,
                             SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK)
        return fail(sqliteReason(snapshot->m_db, rc));
    sqlite3 *db = snapshot->m_db;
    sqlite3_extended_result_codes(db, 1);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, kMaxCellBytes);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 100000);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    // A hostile schema cannot make parsing or a statement arbitrarily deep or wide: upstream's DDL needs none of
    // this (a schema beyond the limits is refused as unreadable, naming the file).
    sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 100);
    sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 10);
    sqlite3_limit(db, SQLITE_LIMIT_FUNCTION_ARG, 16);
    sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 1000);
    sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, 16);
    sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    sqlite3_limit(db, SQLITE_LIMIT_WORKER_THREADS, 0);
    sqlite3_exec(db, "PRAGMA query_only=1", nullptr, nullptr, nullptr);
    sqlite3_set_authorizer(db, authorize, nullptr);
    if (!snapshot->inspectSchema(error, englishError))
        return nullptr;
    const QString journal = hotJournal(snapshot->m_path);
    if (!journal.isNull())
        snapshot->m_schemaWarnings.prepend(
            QCoreApplication::translate(
                "iv::SnapshotFile",
                "a rollback journal (%1) lies beside the file: an unfinished write; other "
                "SQLite readers roll it back and see other contents than shown here")
                .arg(QDir::toNativeSeparators(journal)));
    // After: the file SQLite opened is the one the descriptor checked (nothing was swapped in between).
    if (!sameFileAtPath())
        return fail(replaced);
    return snapshot;
}

bool SnapshotFile::inspectSchema(QString *error, QString *englishError)
{
    auto fail = [&](const LocalizedText &reason) {
        const QString where = QDir::toNativeSeparators(m_path);
        if (error)
            *error = QStringLiteral("%1: %2").arg(where, reason.text);
        if (englishError)
            *englishError = QStringLiteral("%1: %2").arg(where, reason.english);
        return false;
    };
    static const QStringList insightsTables = {L(kAppTable),    L(kCounterTable), L(kGaugeTable),
                                               L(kBucketTable), L(kValueTable),   L(kDeltaTable)};
    SqliteStatement schema(m_db, QStringLiteral("SELECT type, name, sql FROM sqlite_master"));
    if (!schema.isValid())
        return fail(sqliteReason(m_db, schema.prepareCode()));
    int rc;
    QStringList found;
    while ((rc = schema.step()) == SQLITE_ROW) {
        const QString type = schema.text(0);
        const QString name = schema.text(1);
        if (!insightsTables.contains(name))
            continue;
        found.append(name);
        if (type == QLatin1String("table") &&
            !schema.text(2).trimmed().startsWith(QLatin1String("CREATE VIRTUAL"), Qt::CaseInsensitive))
            m_tables.append(name);
        else
            m_schemaWarnings.append(
                type == QLatin1String("table")
                    ? QCoreApplication::translate("iv::SnapshotFile", "%1 is a virtual table, not a table; it was "
                                                                      "not read")
                          .arg(name)
                : type == QLatin1String("view")
                    ? QCoreApplication::translate("iv::SnapshotFile", "%1 is a view, not a table; it was not read")
                          .arg(name)
                    : QCoreApplication::translate("iv::SnapshotFile", "%1 is a %2, not a table; it was not read")
                          .arg(name, type));
    }
    if (rc != SQLITE_DONE)
        return fail(sqliteReason(m_db, rc));
    if (found.isEmpty())
        return fail(LocalizedText::translate(
            "iv::SnapshotFile", "no django-insights tables (insights_app, insights_counter, …): "
                                "not an insights snapshot"));
    if (!m_tables.contains(L(kAppTable)))
        return fail(LocalizedText::translate(
            "iv::SnapshotFile", "the insights_app table is missing, so no question can be attributed"));

    for (const QString &table : std::as_const(m_tables)) {
        SqliteStatement info(m_db, QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)));
        QStringList cols;
        while (info.isValid() && (rc = info.step()) == SQLITE_ROW)
            cols.append(info.text(1));
        if (!info.isValid() || rc != SQLITE_DONE)
            return fail(sqliteReason(m_db, info.isValid() ? rc : info.prepareCode()));
        m_columns.insert(table, cols);
    }
    if (m_tables.contains(L(kValueTable)))
        m_valueIdIsRowid = idIsRowid(L(kValueTable));

    static const QHash<QString, QStringList> required = {
        {L(kAppTable), {L("uuid"), L("module")}},
        {L(kCounterTable), {L("label"), L("value"), L("app_id")}},
        {L(kGaugeTable), {L("label"), L("value"), L("app_id")}},
        {L(kBucketTable), {L("label"), L("type"), L("app_id")}},
        {L(kValueTable), {L("xvalue"), L("yvalue"), L("bucket_id")}},
    };
    for (auto it = required.cbegin(); it != required.cend(); ++it) {
        if (!m_tables.contains(it.key())) {
            if (!found.contains(it.key()))
                m_schemaWarnings.append(
                    QCoreApplication::translate("iv::SnapshotFile", "%1 is missing; read as empty").arg(it.key()));
            continue;
        }
        for (const QString &col : it.value())
            if (!m_columns.value(it.key()).contains(col))
                return fail(LocalizedText::translate("iv::SnapshotFile", "table %1 lacks the column %2")
                                .arg(it.key(), col));
    }
    return true;
}

QStringList SnapshotFile::columns(const QString &table) const
{
    return m_columns.value(table);
}

QString SnapshotFile::columnOrNull(const QString &table, const QString &column) const
{
    if (m_columns.value(table).contains(column))
        return quoted(column);
    if (column == QLatin1String("id"))
        return QStringLiteral("rowid");
    return QStringLiteral("NULL");
}

std::optional<Catalogue> SnapshotFile::readCatalogue(QString *error, QString *englishError) const
{
    auto fail = [&](int rc) {
        const LocalizedText reason = sqliteReason(m_db, rc);
        const QString where = QDir::toNativeSeparators(m_path);
        if (error)
            *error = QStringLiteral("%1: %2").arg(where, reason.text);
        if (englishError)
            *englishError = QStringLiteral("%1: %2").arg(where, reason.english);
        return std::nullopt;
    };
    Catalogue cat;
    cat.filePath = m_path;
    cat.warnings = m_schemaWarnings;
    QHash<QString, int> appIndex;
    int rc;

    {
        const QString sql = QStringLiteral("SELECT %1, %2, %3 FROM insights_app")
                                .arg(quoted(L("uuid")), quoted(L("module")), columnOrNull(L(kAppTable), L("label")));
        // rowid order is upstream's insertion order; a WITHOUT ROWID table has none, so fall back to the scan.
        SqliteStatement ordered(m_db, sql + QStringLiteral(" ORDER BY rowid"));
        SqliteStatement plain(m_db, ordered.isValid() ? QStringLiteral("SELECT 1 WHERE 0") : sql);
        SqliteStatement &st = ordered.isValid() ? ordered : plain;
        if (!st.isValid())
            return fail(st.prepareCode());
        while ((rc = st.step()) == SQLITE_ROW) {
            App app;
            app.uuid = st.text(0);
            app.module = st.text(1);
            app.label = st.text(2);
            appIndex.insert(app.uuid, static_cast<int>(cat.apps.size()));
            cat.apps.append(app);
        }
        if (rc != SQLITE_DONE)
            return fail(rc);
    }

    auto appFor = [&](const QString &uuid) -> App & {
        auto it = appIndex.constFind(uuid);
        if (it == appIndex.cend()) {
            // A question whose app row is missing is still shown: the reader must see what the file holds.
            App orphan;
            orphan.uuid = uuid;
            orphan.module = uuid.isNull() ? QStringLiteral("(no app)") : QStringLiteral("(missing app %1)").arg(uuid);
            it = appIndex.insert(uuid, static_cast<int>(cat.apps.size()));
            cat.apps.append(orphan);
            cat.warnings.append(QCoreApplication::translate("iv::SnapshotFile",
                                                            "questions refer to app %1, which insights_app does "
                                                            "not hold")
                                    .arg(uuid.isNull() ? QStringLiteral("NULL") : uuid));
        }
        return cat.apps[*it];
    };
    auto noteCreated = [&](const QString &createdAt) {
        if (!createdAt.isEmpty() && (cat.latestCreatedAt.isNull() || createdAt > cat.latestCreatedAt))
            cat.latestCreatedAt = createdAt;
    };

    for (const char *table : {kCounterTable, kGaugeTable}) {
        const QString t = L(table);
        if (!m_tables.contains(t))
            continue;
        const bool isCounter = table == kCounterTable;
        const QString id = columnOrNull(t, L("id"));
        const QString sql = QStringLiteral("SELECT %1, %2, label, %3, %4, value, app_id FROM %5 ORDER BY %1")
                                .arg(id, columnOrNull(t, L("created_at")), columnOrNull(t, L("question")),
                                     columnOrNull(t, L("desc")), t);
        SqliteStatement st(m_db, sql);
        if (!st.isValid())
            return fail(st.prepareCode());
        while ((rc = st.step()) == SQLITE_ROW) {
            Question q;
            q.kind = isCounter ? MetricKind::Counter : MetricKind::Gauge;
            q.id = st.int64(0);
            q.createdAt = st.text(1);
            q.label = st.text(2);
            q.question = st.text(3);
            q.desc = st.text(4);
            bool ok = false;
            bool isInt = false;
            q.value = numericCell(st, 5, &ok, &isInt, &q.intValue);
            q.valueValid = ok;
            q.valueIsInteger = isInt;
            // A counter is an integer: a real beyond 64 bits (or not finite) has none, and a cast would be
            // undefined behaviour. Its value is kept as the number it is (shown, exported and compared as
            // such), never silently: the catalogue warns.
            const bool noInteger = ok && !isInt && !exactInt64(std::trunc(q.value), &q.intValue);
            if (!ok) {
                q.valueValid = false;
                q.rawValue = st.text(5);
                cat.warnings.append(QCoreApplication::translate("iv::SnapshotFile",
                                                                "%1 %2 has a value that is not a number (%3)")
                                        .arg(kindId(q.kind), q.label,
                                             q.rawValue.isNull() ? QStringLiteral("NULL") : q.rawValue.left(40)));
            } else if (isCounter && noInteger) {
                q.intValue = 0;
                cat.warnings.append(QCoreApplication::translate("iv::SnapshotFile",
                                                                "%1 %2 has a value that is not a 64-bit integer (%3)")
                                        .arg(kindId(q.kind), q.label, st.text(5).left(40)));
            } else if (!std::isfinite(q.value)) {
                // Kept as the value it is (JSON has no spelling for it and writes null), but never silently.
                cat.warnings.append(QCoreApplication::translate("iv::SnapshotFile",
                                                                "%1 %2 has a value that is not finite (%3)")
                                        .arg(kindId(q.kind), q.label, st.text(5).left(40)));
            }
            q.appUuid = st.text(6);
            noteCreated(q.createdAt);
            appFor(q.appUuid).questions.append(q);
        }
        if (rc != SQLITE_DONE)
            return fail(rc);
    }

    if (m_tables.contains(L(kBucketTable))) {
        const QString t = L(kBucketTable);
        const QString id = columnOrNull(t, L("id"));
        QStringList cols = {id};
        for (const char *c : {"created_at", "label", "question", "desc", "type", "xlabel", "xformat", "ylabel",
                              "yformat", "title", "app_id"})
            cols.append(columnOrNull(t, L(c)));
        // Point counts per bucket through the bucket_id index: an index-only count per bucket, about twice as fast
        // as one GROUP BY over the whole table (45 vs 110 ms for 1.2M values). Values whose bucket is missing are
        // not counted here; the review reports them.
        cols.append(m_tables.contains(L(kValueTable))
                        ? QStringLiteral("(SELECT count(*) FROM insights_bucketvalue v WHERE v.bucket_id = b.%1)").arg(id)
                        : QStringLiteral("0"));
        SqliteStatement st(m_db, QStringLiteral("SELECT %1 FROM insights_bucket b ORDER BY b.%2")
                                     .arg(cols.join(QLatin1String(", ")), id));
        if (!st.isValid())
            return fail(st.prepareCode());
        while ((rc = st.step()) == SQLITE_ROW) {
            Question q;
            q.id = st.int64(0);
            q.createdAt = st.text(1);
            q.label = st.text(2);
            q.question = st.text(3);
            q.desc = st.text(4);
            bool ok = false;
            bool isInt = false;
            qint64 intType = 0;
            const double type = numericCell(st, 5, &ok, &isInt, &intType);
            // A type is an integer; anything else (1e300, inf, 1.5, text) is an unknown kind, and no cast is
            // UB.
            if (!ok || (!isInt && !exactInt64(type, &intType)))
                intType = 0;
            q.bucketType = intType;
            q.kind = kindFromBucketType(intType);
            q.xlabel = st.text(6);
            q.xformat = st.text(7);
            q.ylabel = st.text(8);
            q.yformat = st.text(9);
            q.title = st.text(10);
            q.appUuid = st.text(11);
            q.pointCount = st.int64(12);
            m_pointCounts.insert(q.id, q.pointCount); // loading the bucket needs it again
            noteCreated(q.createdAt);
            appFor(q.appUuid).questions.append(q);
        }
        if (rc != SQLITE_DONE)
            return fail(rc);
    }
    for (App &app : cat.apps)
        std::stable_sort(app.questions.begin(), app.questions.end(), [](const Question &a, const Question &b) {
            return kindRank(a.kind) < kindRank(b.kind);
        });
    return cat;
}

// True when the table's id column is its rowid: the only primary key column, declared INTEGER, in a rowid
// table (no index of origin "pk": a WITHOUT ROWID table or an "INTEGER PRIMARY KEY DESC" column has one).
bool SnapshotFile::idIsRowid(const QString &table) const
{
    int keys = 0;
    bool idKey = false;
    {
        SqliteStatement info(m_db, QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)));
        while (info.isValid() && info.step() == SQLITE_ROW) {
            if (info.int64(5) == 0)
                continue;
            ++keys;
            idKey = info.text(1) == QLatin1String("id") &&
                    info.text(2).compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
        }
    }
    if (keys != 1 || !idKey)
        return false;
    SqliteStatement indexes(m_db, QStringLiteral("PRAGMA index_list(%1)").arg(quoted(table)));
    int rc = SQLITE_OK;
    while (indexes.isValid() && (rc = indexes.step()) == SQLITE_ROW)
        if (indexes.text(3) == QLatin1String("pk"))
            return false;
    return indexes.isValid() && rc == SQLITE_DONE;
}

} // namespace iv
