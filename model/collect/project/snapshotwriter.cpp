// SPDX-License-Identifier: MIT
#include "snapshotwriter.h"

#include "collectproject.h"
#include "sqlitestatement.h"
#include "timestamp.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace iv {

namespace {

// Upstream django-insights migration 0001 on SQLite, exactly as sqlite_master stores it (Django's own schema
// editor output). Changing a byte breaks "byte-for-byte upstream schema": tests compare with a real file.
const char *const kDdl[] = {
    R"(CREATE TABLE "django_migrations" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app" varchar(255) NOT NULL, "name" varchar(255) NOT NULL, "applied" datetime NOT NULL))",
    R"(CREATE TABLE "insights_app" ("uuid" char(32) NOT NULL PRIMARY KEY, "module" varchar(254) NOT NULL UNIQUE, "label" varchar(254) NULL))",
    R"(CREATE TABLE "insights_executiondelta" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "executed_at" datetime NOT NULL, "uuid" char(32) NOT NULL))",
    R"(CREATE TABLE "insights_gauge" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" datetime NOT NULL, "label" varchar(254) NOT NULL UNIQUE, "question" text NULL, "desc" text NULL, "value" real NOT NULL, "app_id" char(32) NOT NULL REFERENCES "insights_app" ("uuid") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "gauge_unique_app_label" UNIQUE ("app_id", "label")))",
    R"(CREATE INDEX "insights_executiondelta_executed_at_f6688528" ON "insights_executiondelta" ("executed_at"))",
    R"(CREATE INDEX "insights_gauge_created_at_0f93fa9d" ON "insights_gauge" ("created_at"))",
    R"(CREATE INDEX "insights_gauge_app_id_44ec6f64" ON "insights_gauge" ("app_id"))",
    R"(CREATE TABLE "insights_counter" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" datetime NOT NULL, "label" varchar(254) NOT NULL UNIQUE, "question" text NULL, "desc" text NULL, "value" integer NOT NULL, "app_id" char(32) NOT NULL REFERENCES "insights_app" ("uuid") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "counter_unique_app_label" UNIQUE ("app_id", "label")))",
    R"(CREATE INDEX "insights_counter_created_at_d5ba696e" ON "insights_counter" ("created_at"))",
    R"(CREATE INDEX "insights_counter_app_id_909c8224" ON "insights_counter" ("app_id"))",
    R"(CREATE TABLE "insights_bucketvalue" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "timestamp" datetime NULL, "xvalue" real NOT NULL, "yvalue" real NOT NULL, "category" varchar(254) NULL, "bucket_id" integer NOT NULL REFERENCES "insights_bucket" ("id") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "bucketvalue_unique_bucket_timestamp" UNIQUE ("bucket_id", "timestamp")))",
    R"(CREATE INDEX "insights_bucketvalue_timestamp_e190b4da" ON "insights_bucketvalue" ("timestamp"))",
    R"(CREATE INDEX "insights_bucketvalue_category_b3acaa68" ON "insights_bucketvalue" ("category"))",
    R"(CREATE INDEX "insights_bucketvalue_bucket_id_1ca3575e" ON "insights_bucketvalue" ("bucket_id"))",
    R"(CREATE TABLE "insights_bucket" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "created_at" datetime NOT NULL, "label" varchar(254) NOT NULL UNIQUE, "question" text NULL, "desc" text NULL, "type" integer NOT NULL, "xlabel" varchar(254) NULL, "xformat" varchar(254) NULL, "ylabel" varchar(254) NULL, "yformat" varchar(254) NULL, "title" varchar(254) NULL, "app_id" char(32) NOT NULL REFERENCES "insights_app" ("uuid") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "bucket_unique_app_label_timestamp" UNIQUE ("app_id", "label")))",
    R"(CREATE INDEX "insights_bucket_created_at_fe429c69" ON "insights_bucket" ("created_at"))",
    R"(CREATE INDEX "insights_bucket_app_id_f1334980" ON "insights_bucket" ("app_id"))",
    nullptr,
};

int bucketType(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Timeseries:
        return 1;
    case MetricKind::Histogram:
        return 2;
    case MetricKind::Scatterplot:
        return 3;
    case MetricKind::Barchart:
        return 4;
    case MetricKind::Hbarchart:
        return 5;
    default:
        return 0;
    }
}

void bindText(sqlite3_stmt *st, int index, const QString &text)
{
    if (text.isNull()) {
        sqlite3_bind_null(st, index);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(st, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

QString newUuidHex()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

// ".NAME.collecting-": the prefix of every temporary file written for the target NAME. It is created as
// ".NAME.creating-…" and renamed once locked, so a cleanup never sees one of ours without its lock.
QString temporaryPrefix(const QFileInfo &target, bool creating = false)
{
    return QStringLiteral(".%1.%2-").arg(target.fileName(), creating ? QStringLiteral("creating")
                                                                     : QStringLiteral("collecting"));
}

} // namespace

QStringList SnapshotWriter::removeStaleTemporaryFiles(const QString &targetPath)
{
    const QFileInfo target(QFileInfo(targetPath).absoluteFilePath());
    const QStringList prefixes{temporaryPrefix(target), temporaryPrefix(target, true)};
    QStringList removed;
    const QDir dir = target.absoluteDir();
    const QStringList names =
        dir.entryList({prefixes.at(0) + QLatin1Char('*'), prefixes.at(1) + QLatin1Char('*')},
                      QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        // The wildcard is case-insensitive on some systems.
        if (!name.startsWith(prefixes.at(0)) && !name.startsWith(prefixes.at(1)))
            continue;
        const QString path = dir.filePath(name);
        const QByteArray native = QFile::encodeName(path);
        // O_NOFOLLOW: never act through a symlink someone planted under our name.
        const int fd = ::open(native.constData(), O_RDWR | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0)
            continue;
        struct stat st;
        // The writer holds LOCK_EX on its file until it renamed or deleted it; a lock we can take means the
        // process that wrote the file is gone (the kernel drops flock() locks when a process dies).
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && ::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            if (::unlink(native.constData()) == 0)
                removed << path;
        }
        ::close(fd);
    }
    return removed;
}

const char *const *SnapshotWriter::upstreamDdl()
{
    return kDdl;
}

QString SnapshotWriter::nowText()
{
    using namespace std::chrono;
    const qint64 micros = duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
    return Timestamp::formatDjango(micros);
}

SnapshotWriter::SnapshotWriter(const QString &targetPath) : m_target(QFileInfo(targetPath).absoluteFilePath())
{
}

SnapshotWriter::~SnapshotWriter()
{
    abort();
}

QString SnapshotWriter::sqliteError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                : QCoreApplication::translate("iv::Collect", "no database");
}

bool SnapshotWriter::exec(const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_tempPath), QString::fromUtf8(message));
    sqlite3_free(message);
    return false;
}

bool SnapshotWriter::begin(QString *error)
{
    abort();
    const QFileInfo target(m_target);
    if (!target.absoluteDir().exists()) {
        *error = QCoreApplication::translate("iv::Collect", "%1: the folder does not exist")
                     .arg(QDir::toNativeSeparators(m_target));
        return false;
    }
    if (target.exists() && !target.isFile()) {
        *error = QCoreApplication::translate("iv::Collect", "%1: exists and is not a regular file")
                     .arg(QDir::toNativeSeparators(m_target));
        return false;
    }
    m_removedStale = removeStaleTemporaryFiles(m_target);
    // A unique, hidden name beside the target so the final rename stays on one file system (atomic); the pid
    // says who wrote it, the lock says whether that writer still lives.
    const QString unique =
        QStringLiteral("%1-%2").arg(QCoreApplication::applicationPid()).arg(newUuidHex().left(12));
    const QString creating = target.absoluteDir().filePath(temporaryPrefix(target, true) + unique);
    m_tempPath = target.absoluteDir().filePath(temporaryPrefix(target) + unique);
    const QByteArray native = QFile::encodeName(m_tempPath);
    const QByteArray nativeCreating = QFile::encodeName(creating);
    m_lockFd = ::open(nativeCreating.constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (m_lockFd < 0 || ::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0 ||
        std::rename(nativeCreating.constData(), native.constData()) != 0) {
        const int why = errno;
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_tempPath),
                                              QString::fromLocal8Bit(std::strerror(why)));
        if (m_lockFd >= 0)
            ::unlink(nativeCreating.constData()); // ours (O_EXCL); whichever name it has now
        m_tempPath.clear();                       // a file of that name is not ours
        abort();
        return false;
    }
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW;
    if (sqlite3_open_v2(native.constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_tempPath), sqliteError());
        abort();
        return false;
    }
    // The journal lives in memory: the temporary file is thrown away on any failure anyway, and no sidecar
    // file appears beside the target.
    if (!exec("PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF; PRAGMA foreign_keys=ON; BEGIN", error))
        return false;
    for (const char *const *ddl = kDdl; *ddl; ++ddl)
        if (!exec(*ddl, error))
            return false;
    SqliteStatement st(m_db,
                       QStringLiteral("INSERT INTO \"django_migrations\" (\"app\", \"name\", \"applied\") "
                                      "VALUES ('insights', '0001_initial', ?)"));
    bindText(st.get(), 1, nowText());
    if (!st.isValid() || st.step() != SQLITE_DONE) {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_tempPath), sqliteError());
        return false;
    }
    return true;
}

bool SnapshotWriter::addApp(const QString &module, const QString &label, QString *error)
{
    if (m_appUuids.contains(module))
        return true;
    if (module.size() > MaxTextChars || label.size() > MaxTextChars) {
        *error = QCoreApplication::translate("iv::Collect",
                                             "an app's module or label is longer than the %1 characters a "
                                             "snapshot cell may hold")
                     .arg(MaxTextChars);
        return false;
    }
    const QString uuid = newUuidHex();
    SqliteStatement st(
        m_db,
        QStringLiteral("INSERT INTO \"insights_app\" (\"uuid\", \"module\", \"label\") VALUES (?, ?, ?)"));
    bindText(st.get(), 1, uuid);
    bindText(st.get(), 2, module);
    bindText(st.get(), 3, label);
    if (!st.isValid() || st.step() != SQLITE_DONE) {
        *error = QCoreApplication::translate("iv::Collect", "app \"%1\": %2").arg(module, sqliteError());
        return false;
    }
    m_appUuids.insert(module, uuid);
    return true;
}

bool SnapshotWriter::addMetric(const CollectedMetric &metric, QString *error)
{
    const QString table = metricTable(metric.kind);
    if (table.isEmpty()) {
        *error = QCoreApplication::translate("iv::Collect", "metric \"%1\": unknown kind").arg(metric.label);
        return false;
    }
    if (metric.label.isEmpty()) {
        *error = QCoreApplication::translate("iv::Collect", "a metric without a label");
        return false;
    }
    if (m_labelsPerTable[table].contains(metric.label)) {
        *error = QCoreApplication::translate(
                     "iv::Collect",
                     "metric \"%1\": the label is already used in insights_%2 (labels are unique per table)")
                     .arg(metric.label, table);
        return false;
    }
    // Cell caps: every text a provider hands over is bounded before anything is written.
    auto tooLong = [&](const QString &what, qsizetype length) {
        *error = QCoreApplication::translate(
                     "iv::Collect", "metric \"%1\": %2 has %3 characters, more than the %4 a snapshot "
                                    "cell may hold")
                     .arg(metric.label.left(200), what)
                     .arg(length)
                     .arg(MaxTextChars);
        return false;
    };
    const std::pair<const char *, const QString *> texts[] = {
        {"label", &metric.label},       {"question", &metric.question}, {"desc", &metric.desc},
        {"xlabel", &metric.xlabel},     {"xformat", &metric.xformat},   {"ylabel", &metric.ylabel},
        {"yformat", &metric.yformat},   {"title", &metric.title},       {"app", &metric.appModule},
        {"app_label", &metric.appLabel}};
    for (const auto &[what, text] : texts)
        if (text->size() > MaxTextChars)
            return tooLong(QLatin1String(what), text->size());
    if (qsizetype(metric.points.size()) > MaxPoints) {
        *error = QCoreApplication::translate("iv::Collect", "metric \"%1\": %2 values, more than %3")
                     .arg(metric.label)
                     .arg(metric.points.size())
                     .arg(MaxPoints);
        return false;
    }
    for (size_t i = 0; i < metric.points.size(); ++i) {
        const MetricPoint &p = metric.points[i];
        if (p.category.size() > MaxTextChars)
            return tooLong(QCoreApplication::translate("iv::Collect", "the category of value %1").arg(i + 1),
                           p.category.size());
        if (p.timestamp.size() > MaxTextChars)
            return tooLong(QCoreApplication::translate("iv::Collect", "the timestamp of value %1").arg(i + 1),
                           p.timestamp.size());
    }
    if (!addApp(metric.appModule, QString(), error))
        return false;
    const QString uuid = m_appUuids.value(metric.appModule);
    const QString created = nowText();
    auto failed = [&]() {
        *error =
            QCoreApplication::translate("iv::Collect", "metric \"%1\": %2").arg(metric.label, sqliteError());
        return false;
    };
    if (metric.kind == MetricKind::Counter || metric.kind == MetricKind::Gauge) {
        SqliteStatement st(
            m_db, QStringLiteral("INSERT INTO \"insights_%1\" (\"created_at\", \"label\", \"question\", "
                                 "\"desc\", \"value\", \"app_id\") VALUES (?, ?, ?, ?, ?, ?)")
                      .arg(table));
        bindText(st.get(), 1, created);
        bindText(st.get(), 2, metric.label);
        bindText(st.get(), 3, metric.question);
        bindText(st.get(), 4, metric.desc);
        if (metric.kind == MetricKind::Counter)
            sqlite3_bind_int64(st.get(), 5, metric.intValue);
        else
            sqlite3_bind_double(st.get(), 5, metric.value);
        bindText(st.get(), 6, uuid);
        if (!st.isValid() || st.step() != SQLITE_DONE)
            return failed();
    } else {
        SqliteStatement st(
            m_db, QStringLiteral("INSERT INTO \"insights_bucket\" (\"created_at\", \"label\", \"question\", "
                                 "\"desc\", \"type\", \"xlabel\", \"xformat\", \"ylabel\", \"yformat\", "
                                 "\"title\", \"app_id\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        bindText(st.get(), 1, created);
        bindText(st.get(), 2, metric.label);
        bindText(st.get(), 3, metric.question);
        bindText(st.get(), 4, metric.desc);
        sqlite3_bind_int(st.get(), 5, bucketType(metric.kind));
        bindText(st.get(), 6, metric.xlabel);
        bindText(st.get(), 7, metric.xformat);
        bindText(st.get(), 8, metric.ylabel);
        bindText(st.get(), 9, metric.yformat);
        bindText(st.get(), 10, metric.title);
        bindText(st.get(), 11, uuid);
        if (!st.isValid() || st.step() != SQLITE_DONE)
            return failed();
        const sqlite3_int64 bucketId = sqlite3_last_insert_rowid(m_db);
        SqliteStatement values(
            m_db, QStringLiteral("INSERT INTO \"insights_bucketvalue\" (\"timestamp\", \"xvalue\", "
                                 "\"yvalue\", \"category\", \"bucket_id\") VALUES (?, ?, ?, ?, ?)"));
        if (!values.isValid())
            return failed();
        for (const MetricPoint &p : metric.points) {
            sqlite3_reset(values.get());
            bindText(values.get(), 1, p.timestamp);
            sqlite3_bind_double(values.get(), 2, p.x);
            sqlite3_bind_double(values.get(), 3, p.y);
            bindText(values.get(), 4, p.category);
            sqlite3_bind_int64(values.get(), 5, bucketId);
            if (values.step() != SQLITE_DONE)
                return failed();
        }
    }
    m_labelsPerTable[table].insert(metric.label);
    return true;
}

bool SnapshotWriter::commit(QString *error)
{
    if (!m_db) {
        *error = QCoreApplication::translate("iv::Collect", "%1: nothing to commit")
                     .arg(QDir::toNativeSeparators(m_target));
        return false;
    }
    {
        SqliteStatement st(
            m_db, QStringLiteral("INSERT INTO \"insights_executiondelta\" (\"executed_at\", \"uuid\") "
                                 "VALUES (?, ?)"));
        bindText(st.get(), 1, nowText());
        bindText(st.get(), 2, newUuidHex());
        if (!st.isValid() || st.step() != SQLITE_DONE) {
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_tempPath), sqliteError());
            return false;
        }
    }
    if (!exec("COMMIT", error))
        return false;
    if (sqlite3_close(m_db) != SQLITE_OK) {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_tempPath), sqliteError());
        return false;
    }
    m_db = nullptr;
    // rename(2) replaces the target atomically; readers see the old or the new file, never a mix.
    if (std::rename(QFile::encodeName(m_tempPath).constData(), QFile::encodeName(m_target).constData()) !=
        0) {
        *error = QCoreApplication::translate("iv::Collect", "%1: cannot move the new snapshot into place: %2")
                     .arg(QDir::toNativeSeparators(m_target), QString::fromLocal8Bit(std::strerror(errno)));
        abort();
        return false;
    }
    m_tempPath.clear();
    // Only now, with the file under its final name: until the rename, the lock kept other runs' cleanup away.
    ::close(m_lockFd);
    m_lockFd = -1;
    return true;
}

void SnapshotWriter::abort()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    if (!m_tempPath.isEmpty()) {
        QFile::remove(m_tempPath);
        QFile::remove(m_tempPath + QStringLiteral("-journal"));
        m_tempPath.clear();
    }
    if (m_lockFd >= 0) { // after the unlink: a lock-free moment would let another run's cleanup race us
        ::close(m_lockFd);
        m_lockFd = -1;
    }
}

} // namespace iv
