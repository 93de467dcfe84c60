// SPDX-License-Identifier: MIT
#include "snapshotfile.h"

#include "fileidentity.h"
#include "localizedtext.h"
#include "sqlitestatement.h"
#include "timestamp.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <limits>
#include <system_error>
#include <thread>

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

LocalizedText sqliteReason(sqlite3 *db, int rc)
{
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        return LocalizedText::translate("iv::SnapshotFile",
                                           "not an SQLite database, or an encrypted one (%1)")
            .arg(LocalizedText::same(detail));
    case SQLITE_CORRUPT:
        return LocalizedText::translate("iv::SnapshotFile", "the SQLite file is corrupt (%1)").arg(LocalizedText::same(detail));
    case SQLITE_IOERR:
        return LocalizedText::translate("iv::SnapshotFile", "could not be read, possibly truncated (%1)")
            .arg(LocalizedText::same(detail));
    case SQLITE_TOOBIG:
        return LocalizedText::translate("iv::SnapshotFile",
                                           "holds a value larger than the %1 MiB limit (%2)")
            .arg(QString::number(kMaxCellBytes / (1024 * 1024)), detail);
    case SQLITE_INTERRUPT:
        return LocalizedText::translate("iv::SnapshotFile", "cancelled");
    default:
        return LocalizedText::same(detail);
    }
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

int progress(void *context)
{
    const auto *cancel = static_cast<const std::atomic_bool *const *>(context);
    return (*cancel && (*cancel)->load(std::memory_order_relaxed)) ? 1 : 0;
}

// The categories of one bucket met so far, by their stored bytes: a run of equal ones costs a comparison, a
// category seen before a hash of its bytes and one probe of an open-addressing table (entries keep their
// hash, so bytes are compared only on an equal hash), without allocating. Up to kMaxSeen distinct ones;
// beyond that each new run goes through internCategory.
struct CategoryRun
{
    static constexpr qsizetype kMaxSeen = 1 << 16;
    QByteArray bytes;
    qint32 index = -1;
    bool have = false;

    struct Entry
    {
        size_t hash;
        QByteArray bytes;
        qint32 index;
    };
    QVector<Entry> entries;
    QVector<quint32> table; // entry number + 1, 0 empty; a power of two, at most half full

    const Entry *find(const char *p, int n, size_t hash) const
    {
        if (table.isEmpty())
            return nullptr;
        const size_t mask = size_t(table.size()) - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            const quint32 used = table.at(qsizetype(i));
            if (used == 0)
                return nullptr;
            const Entry &e = entries.at(used - 1);
            if (e.hash == hash && e.bytes.size() == n && std::memcmp(e.bytes.constData(), p, size_t(n)) == 0)
                return &e;
        }
    }
    void insert(const QByteArray &key, size_t hash, qint32 categoryIndex)
    {
        entries.append({hash, key, categoryIndex});
        if (entries.size() * 2 > table.size()) {
            table.fill(0, std::max<qsizetype>(64, table.size() * 2));
            for (qsizetype k = 0; k < entries.size(); ++k)
                place(entries.at(k).hash, quint32(k + 1));
        } else {
            place(hash, quint32(entries.size()));
        }
    }
    void place(size_t hash, quint32 entry)
    {
        const size_t mask = size_t(table.size()) - 1;
        size_t i = hash & mask;
        while (table.at(qsizetype(i)) != 0)
            i = (i + 1) & mask;
        table[qsizetype(i)] = entry;
    }
};

// One stored value row (columns col .. col + 4: id, timestamp, xvalue, yvalue, category) appended to values
// by the cell rules of BucketValues: timestamps parsed to UTC microseconds, the stored text kept only when it
// is not Django's canonical form, numbers by numericCell, categories interned.
void appendValueRow(BucketValues &values, const SqliteStatement &st, int col, CategoryRun &run)
{
    const int row = values.size();
    values.ids.append(st.int64(col));

    qint64 micros = Timestamp::Invalid;
    switch (st.type(col + 1)) {
    case SQLITE_NULL:
        break;
    case SQLITE_TEXT: {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st.get(), col + 1));
        const int n = sqlite3_column_bytes(st.get(), col + 1);
        micros = Timestamp::parseUtcMicros(p, n);
        const bool canonical =
            micros != Timestamp::Invalid && p[10] == ' ' && (n == 19 || (n == 26 && micros % 1000000 != 0));
        if (!canonical)
            values.timestampText.insert(row, QString::fromUtf8(p, n));
        if (micros == Timestamp::Invalid)
            ++values.invalidTimestampCount;
        break;
    }
    default:
        values.timestampText.insert(row, st.text(col + 1));
        ++values.invalidTimestampCount;
    }
    values.timestamps.append(micros);

    bool okX = false, okY = false;
    values.x.append(numericCell(st, col + 2, &okX));
    values.y.append(numericCell(st, col + 3, &okY));
    if (!okX || !okY)
        ++values.invalidNumberCount;
    else if (!std::isfinite(values.x.constLast()) || !std::isfinite(values.y.constLast()))
        ++values.nonFiniteCount;

    if (st.isNull(col + 4)) {
        values.categoryIndex.append(-1);
        return;
    }
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st.get(), col + 4));
    const int n = sqlite3_column_bytes(st.get(), col + 4);
    if (!run.have || run.bytes.size() != n || std::memcmp(run.bytes.constData(), p, size_t(n)) != 0) {
        const size_t hash = qHashBits(p, size_t(n));
        if (const CategoryRun::Entry *known = run.find(p, n, hash)) {
            run.bytes = known->bytes; // shared, not copied
            run.index = known->index;
        } else {
            run.bytes = QByteArray(p, n);
            run.index = values.internCategory(n > 0 ? QString::fromUtf8(run.bytes) : QStringLiteral(""));
            if (run.entries.size() < CategoryRun::kMaxSeen)
                run.insert(run.bytes, hash, run.index);
        }
        run.have = true;
    }
    values.categoryIndex.append(run.index);
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

namespace {

// A bucket's rows: its row-id span and size from the bucket_id index alone, and whether the rows are read by
// a scan of that span (close together in the table) or by the index (spread among other buckets' rows).
struct BucketRows
{
    qint64 first = 0, last = -1, count = 0;
    bool span = false;
};

BucketRows bucketRows(sqlite3 *db, qint64 bucketId, bool idIsRowid, const QHash<qint64, qint64> &counted)
{
    BucketRows rows;
    // With the count the catalogue made, the span's ends are two descents of the bucket_id index (which holds
    // each bucket's row ids in order) instead of a walk over all of the bucket's entries.
    const auto known = counted.constFind(bucketId);
    if (idIsRowid && known != counted.cend() && *known > 0) {
        bool ok = true;
        for (const bool first : {true, false}) {
            SqliteStatement end(
                db, first ? QStringLiteral("SELECT rowid FROM insights_bucketvalue WHERE bucket_id = "
                                           "?1 ORDER BY rowid LIMIT 1")
                          : QStringLiteral("SELECT rowid FROM insights_bucketvalue WHERE bucket_id = "
                                           "?1 ORDER BY rowid DESC LIMIT 1"));
            ok = ok && end.isValid();
            if (!ok)
                break;
            sqlite3_bind_int64(end.get(), 1, bucketId);
            ok = end.step() == SQLITE_ROW;
            if (ok)
                (first ? rows.first : rows.last) = end.int64(0);
        }
        if (ok) {
            rows.count = *known;
            rows.span = double(rows.last) - double(rows.first) + 1 <= 4.0 * double(rows.count);
            return rows;
        }
        rows = BucketRows();
    }
    SqliteStatement span(db,
                         QStringLiteral("SELECT min(rowid), max(rowid), count(*) FROM insights_bucketvalue "
                                        "WHERE bucket_id = ?1"));
    if (span.isValid()) {
        sqlite3_bind_int64(span.get(), 1, bucketId);
        if (span.step() == SQLITE_ROW && !span.isNull(0)) {
            rows.first = span.int64(0);
            rows.last = span.int64(1);
            rows.count = span.int64(2);
        }
    }
    // Rows of a bucket that lie close together in the table (django-insights writes a bucket's values at
    // once) are read by a scan of their row-id span, a step per row; rows spread among other buckets' rows by
    // the bucket_id index, a B-tree descent per row (4–5 times the cost of a step). The rows and their order
    // are the same either way: every row of the bucket lies in its span, and id is the rowid.
    rows.span =
        idIsRowid && rows.count > 0 && double(rows.last) - double(rows.first) + 1 <= 4.0 * double(rows.count);
    return rows;
}

// The statement for the bucket's rows (the span [from, to] of them when rows.span).
std::unique_ptr<SqliteStatement> valuesStatement(sqlite3 *db, const QString &columns, const QString &id,
                                                 qint64 bucketId, const BucketRows &rows, qint64 from,
                                                 qint64 to)
{
    const QString sql =
        rows.span ? QStringLiteral("SELECT %1 FROM insights_bucketvalue WHERE rowid BETWEEN ?2 AND ?3 AND "
                                   "+bucket_id = ?1 ORDER BY rowid")
                        .arg(columns)
                  : QStringLiteral("SELECT %1 FROM insights_bucketvalue WHERE bucket_id = ?1 ORDER BY %2")
                        .arg(columns, id);
    auto st = std::make_unique<SqliteStatement>(db, sql);
    if (!st->isValid())
        return st;
    sqlite3_bind_int64(st->get(), 1, bucketId);
    if (rows.span) {
        sqlite3_bind_int64(st->get(), 2, from);
        sqlite3_bind_int64(st->get(), 3, to);
    }
    return st;
}

// Steps st to its end, appending each row to values; SQLITE_DONE, or the code that stopped it.
int readValueRows(SqliteStatement &st, BucketValues &values, const std::atomic_bool *cancel)
{
    CategoryRun run;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        const int row = values.size();
        appendValueRow(values, st, 0, run);
        if ((row & 0xfff) == 0 && cancel && cancel->load(std::memory_order_relaxed))
            return SQLITE_INTERRUPT;
    }
    return rc;
}

// Appends the rows of tail (read after those of values) to values, as if one reader had read both: categories
// keep their order of first appearance, stored timestamp texts their row numbers.
void appendValues(BucketValues &values, BucketValues &&tail)
{
    const int offset = values.size();
    QVector<qint32> categoryMap(tail.categories.size());
    for (qsizetype i = 0; i < tail.categories.size(); ++i)
        categoryMap[i] = values.internCategory(tail.categories.at(i));
    values.ids.append(tail.ids);
    values.x.append(tail.x);
    values.y.append(tail.y);
    values.timestamps.append(tail.timestamps);
    values.categoryIndex.reserve(values.categoryIndex.size() + tail.categoryIndex.size());
    for (const qint32 c : std::as_const(tail.categoryIndex))
        values.categoryIndex.append(c < 0 ? c : categoryMap.at(c));
    for (auto it = tail.timestampText.cbegin(); it != tail.timestampText.cend(); ++it)
        values.timestampText.insert(offset + it.key(), it.value());
    values.invalidTimestampCount += tail.invalidTimestampCount;
    values.invalidNumberCount += tail.invalidNumberCount;
    values.nonFiniteCount += tail.nonFiniteCount;
}

// Buckets of at least this many rows in one span are read by two connections, a half each, in parallel
// (IV_BUCKET_READERS=1 keeps one: tests compare the two).
constexpr qint64 kTwoReadersFrom = 100'000;

} // namespace

std::unique_ptr<SqliteStatement> SnapshotFile::bucketValuesStatement(qint64 bucketId, qint64 *rows,
                                                                     QString *error) const
{
    const QString t = L(kValueTable);
    const QString id = columnOrNull(t, L("id"));
    const QString columns = QStringLiteral("%1, %2, xvalue, yvalue, %3")
                                .arg(id, columnOrNull(t, L("timestamp")), columnOrNull(t, L("category")));
    const BucketRows span = bucketRows(m_db, bucketId, m_valueIdIsRowid, m_pointCounts);
    if (rows)
        *rows = span.count;
    auto st = valuesStatement(m_db, columns, id, bucketId, span, span.first, span.last);
    if (!st->isValid()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path),
                                                  sqliteReason(m_db, st->prepareCode()).text);
        return nullptr;
    }
    return st;
}

std::optional<BucketValues> SnapshotFile::loadBucketValues(qint64 bucketId, QString *error,
                                                           const std::atomic_bool *cancel) const
{
    const QString t = L(kValueTable);
    BucketValues values;
    values.bucketId = bucketId;
    if (!m_tables.contains(t))
        return values;
    const QString id = columnOrNull(t, L("id"));
    const QString columns = QStringLiteral("%1, %2, xvalue, yvalue, %3")
                                .arg(id, columnOrNull(t, L("timestamp")), columnOrNull(t, L("category")));
    const BucketRows rows = bucketRows(m_db, bucketId, m_valueIdIsRowid, m_pointCounts);
    auto fail = [&](sqlite3 *db, int rc) {
        if (error)
            *error =
                QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path), sqliteReason(db, rc).text);
        return std::nullopt;
    };

    // A big bucket read as one span: the second half on a second connection to the same file (opened with the
    // same checks; the same device and inode), on a thread of its own. SQLite's stepping is most of the cost.
    std::unique_ptr<SnapshotFile> other;
    if (rows.span && rows.count >= kTwoReadersFrom && qgetenv("IV_BUCKET_READERS") != "1") {
        QString ignored;
        other = open(m_path, &ignored);
        if (other && (other->m_device != m_device || other->m_inode != m_inode || !other->m_valueIdIsRowid))
            other.reset(); // not the same file any more: this connection reads it all
    }
    // The halves [first, mid - 1] and [mid, last]; unsigned, as a hostile file's row ids may span all 64
    // bits. With at least kTwoReadersFrom rows in the span, first < mid <= last.
    const qint64 mid =
        other ? qint64(quint64(rows.first) + (quint64(rows.last) - quint64(rows.first)) / 2 + 1) : rows.last;
    const std::unique_ptr<SqliteStatement> statement =
        valuesStatement(m_db, columns, id, bucketId, rows, rows.first, other ? mid - 1 : rows.last);
    if (!statement->isValid())
        return fail(m_db, statement->prepareCode());
    std::unique_ptr<SqliteStatement> tailStatement;
    if (other) {
        tailStatement = valuesStatement(other->m_db, columns, id, bucketId, rows, mid, rows.last);
        if (!tailStatement->isValid())
            return fail(other->m_db, tailStatement->prepareCode());
    }

    // Reserving up front avoids ~20 regrow-and-copy rounds of five arrays on a 1M-point bucket.
    values.reserve(static_cast<int>(std::min<qint64>(rows.count, 50'000'000)));
    const std::atomic_bool *cancelFlag = cancel;
    struct ResetProgress
    {
        sqlite3 *db;
        ~ResetProgress()
        {
            if (db)
                sqlite3_progress_handler(db, 0, nullptr, nullptr);
        }
    } resetProgress{m_db}, resetOther{other ? other->m_db : nullptr};
    sqlite3_progress_handler(m_db, 10000, progress, &cancelFlag);
    BucketValues tail;
    int tailCode = SQLITE_DONE;
    std::thread reader;
    if (other) {
        sqlite3_progress_handler(other->m_db, 10000, progress, &cancelFlag);
        tail.reserve(static_cast<int>(std::min<qint64>(rows.count, 50'000'000) / 2));
        try {
            reader = std::thread([&] { tailCode = readValueRows(*tailStatement, tail, cancel); });
        } catch (const std::system_error &) {
            // No thread to be had: the second connection reads its half after this one.
        }
    }
    const int rc = readValueRows(*statement, values, cancel);
    if (other && !reader.joinable() && rc == SQLITE_DONE)
        tailCode = readValueRows(*tailStatement, tail, cancel);
    if (reader.joinable())
        reader.join();
    if (rc != SQLITE_DONE)
        return fail(m_db, rc);
    if (tailCode != SQLITE_DONE)
        return fail(other->m_db, tailCode);
    if (other)
        appendValues(values, std::move(tail));
    return values;
}

QVector<SnapshotFile::BucketBatch> SnapshotFile::bucketBatches(const QVector<qint64> &bucketIds,
                                                               const QVector<qint64> &counts,
                                                               qint64 maxPoints) const
{
    QVector<BucketBatch> batches;
    const int n = int(bucketIds.size());
    auto count = [&](int i) { return std::max<qint64>(0, counts.value(i)); };
    auto single = [&](int i) {
        BucketBatch b;
        b.begin = i;
        b.end = i + 1;
        b.ids = {bucketIds.at(i)};
        b.counts = {count(i)};
        b.points = count(i);
        batches.append(b);
    };
    // A shared pass keeps the id order only when id is the rowid.
    SqliteStatement first(m_db, QStringLiteral("SELECT rowid FROM insights_bucketvalue WHERE bucket_id = ?1 "
                                               "ORDER BY rowid LIMIT 1"));
    SqliteStatement last(m_db, QStringLiteral("SELECT rowid FROM insights_bucketvalue WHERE bucket_id = ?1 "
                                              "ORDER BY rowid DESC LIMIT 1"));
    // The shared pass matches bucket_id as "bucket_id = ?" does only when the column compares numerically (an
    // INTEGER, REAL or NUMERIC affinity: text stored there never equals a number).
    bool numericBucketId = false;
    {
        SqliteStatement info(m_db, QStringLiteral("PRAGMA table_info(%1)").arg(quoted(L(kValueTable))));
        while (info.isValid() && info.step() == SQLITE_ROW)
            if (info.text(1) == QLatin1String("bucket_id")) {
                const QString type = info.text(2).toUpper();
                numericBucketId =
                    type.contains(QLatin1String("INT")) ||
                    (!type.contains(QLatin1String("CHAR")) && !type.contains(QLatin1String("CLOB")) &&
                     !type.contains(QLatin1String("TEXT")) && !type.contains(QLatin1String("BLOB")) &&
                     !type.isEmpty());
            }
    }
    if (!m_valueIdIsRowid || !numericBucketId || !m_tables.contains(L(kValueTable)) || !first.isValid() ||
        !last.isValid()) {
        for (int i = 0; i < n; ++i)
            single(i);
        return batches;
    }
    // Each bucket's row-id span: two seeks in the bucket_id index. Unknown (-1, -2) when it has no rows.
    auto rowid = [](SqliteStatement &st, qint64 bucket, qint64 none) {
        sqlite3_reset(st.get());
        sqlite3_bind_int64(st.get(), 1, bucket);
        return st.step() == SQLITE_ROW && st.type(0) == SQLITE_INTEGER ? st.int64(0) : none;
    };
    QVector<qint64> from(n), to(n);
    for (int i = 0; i < n; ++i) {
        from[i] = rowid(first, bucketIds.at(i), -1);
        // Without an index on bucket_id a seek is a scan of the table: no batches then (one scan at most).
        if (sqlite3_stmt_status(first.get(), SQLITE_STMTSTATUS_FULLSCAN_STEP, 0) > 0) {
            batches.clear();
            for (int k = 0; k < n; ++k)
                single(k);
            return batches;
        }
        to[i] = from[i] < 0 ? -2 : rowid(last, bucketIds.at(i), -2);
    }
    sqlite3_reset(first.get());
    sqlite3_reset(last.get());
    // Spread: its span holds over four times its rows, so a pass over the span alone costs more than the
    // index.
    auto spread = [&](int i) {
        return count(i) > 0 && to[i] >= from[i] &&
               double(to[i]) - double(from[i]) + 1 > 4.0 * double(count(i));
    };
    for (int i = 0; i < n;) {
        if (!spread(i)) {
            single(i++);
            continue;
        }
        // The longest run of spread buckets within maxPoints, read together when one pass over the span they
        // share costs no more than reading each by the index.
        BucketBatch b;
        b.begin = i;
        b.first = from[i];
        b.last = to[i];
        int j = i;
        while (j < n && spread(j) && (j == i || b.points + count(j) <= maxPoints)) {
            b.ids.append(bucketIds.at(j));
            b.counts.append(count(j));
            b.points += count(j);
            b.first = std::min(b.first, from[j]);
            b.last = std::max(b.last, to[j]);
            ++j;
        }
        b.end = j;
        if (j - i >= 2 && double(b.last) - double(b.first) + 1 <= 4.0 * double(b.points)) {
            b.together = true;
            batches.append(b);
        } else {
            for (int k = i; k < j; ++k)
                single(k);
        }
        i = j;
    }
    return batches;
}

std::optional<QVector<BucketValues>> SnapshotFile::loadBucketBatch(const BucketBatch &batch, QString *error,
                                                                   const std::atomic_bool *cancel) const
{
    QVector<BucketValues> out;
    if (!batch.together) {
        for (const qint64 id : batch.ids) {
            std::optional<BucketValues> v = loadBucketValues(id, error, cancel);
            if (!v)
                return std::nullopt;
            out.append(std::move(*v));
        }
        return out;
    }
    const QString t = L(kValueTable);
    auto fail = [&](int rc) {
        if (error)
            *error =
                QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_path), sqliteReason(m_db, rc).text);
        return std::nullopt;
    };
    out.resize(batch.ids.size());
    QHash<qint64, int> slot; // bucket id → its first entry (a bucket listed twice is copied at the end)
    qint64 low = std::numeric_limits<qint64>::max(), high = std::numeric_limits<qint64>::min();
    for (int k = 0; k < batch.ids.size(); ++k) {
        const qint64 id = batch.ids.at(k);
        out[k].bucketId = id;
        if (!slot.contains(id)) {
            slot.insert(id, k);
            out[k].reserve(int(std::min<qint64>(batch.counts.value(k), 50'000'000)));
        }
        low = std::min(low, id);
        high = std::max(high, id);
    }
    // The rows of the span in storage order; rows of buckets outside the batch's id range are skipped by
    // SQLite before their cells are read, the rest by the slot lookup. bucket_id matches as "bucket_id = ?"
    // does: an INTEGER, or a REAL that equals the integer.
    const QString sql =
        QStringLiteral("SELECT bucket_id, %1, %2, xvalue, yvalue, %3 FROM insights_bucketvalue "
                       "WHERE rowid BETWEEN ?1 AND ?2 AND +bucket_id BETWEEN ?3 AND ?4 ORDER BY rowid")
            .arg(columnOrNull(t, L("id")), columnOrNull(t, L("timestamp")), columnOrNull(t, L("category")));
    SqliteStatement st(m_db, sql);
    if (!st.isValid())
        return fail(st.prepareCode());
    sqlite3_bind_int64(st.get(), 1, batch.first);
    sqlite3_bind_int64(st.get(), 2, batch.last);
    sqlite3_bind_int64(st.get(), 3, low);
    sqlite3_bind_int64(st.get(), 4, high);

    const std::atomic_bool *cancelFlag = cancel;
    sqlite3_progress_handler(m_db, 10000, progress, &cancelFlag);
    struct ResetProgress
    {
        sqlite3 *db;
        ~ResetProgress() { sqlite3_progress_handler(db, 0, nullptr, nullptr); }
    } resetProgress{m_db};

    QVector<CategoryRun> runs(batch.ids.size());
    qint64 lastId = 0;
    int lastSlot = -1;
    qint64 row = 0;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        qint64 id = 0;
        if (st.type(0) == SQLITE_INTEGER)
            id = st.int64(0);
        else if (st.type(0) != SQLITE_FLOAT || !exactInt64(st.real(0), &id))
            continue;
        if (lastSlot < 0 || id != lastId) {
            const auto it = slot.constFind(id);
            lastId = id;
            lastSlot = it == slot.cend() ? -1 : *it;
            if (lastSlot < 0)
                continue;
        }
        appendValueRow(out[lastSlot], st, 1, runs[lastSlot]);
        if ((++row & 0xfff) == 0 && cancel && cancel->load(std::memory_order_relaxed)) {
            rc = SQLITE_INTERRUPT;
            break;
        }
    }
    if (rc != SQLITE_DONE)
        return fail(rc);
    for (int k = 0; k < batch.ids.size(); ++k) {
        const int s = slot.value(batch.ids.at(k));
        if (s != k)
            out[k] = out[s];
    }
    return out;
}

} // namespace iv
