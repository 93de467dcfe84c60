// SPDX-License-Identifier: MIT
#include "sqlsource.h"

#include "collectproject.h"
#include "localizedtext.h"
#include "sqlcheck.h"
#include "timestamp.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <vector>

namespace iv {

namespace {

// PostgreSQL type OIDs (src/include/catalog/pg_type.dat); stable across versions.
enum : Oid {
    BoolOid = 16,
    Int8Oid = 20,
    Int2Oid = 21,
    Int4Oid = 23,
    OidOid = 26,
    Float4Oid = 700,
    Float8Oid = 701,
    DateOid = 1082,
    TimestampOid = 1114,
    TimestampTzOid = 1184,
};

struct PgResultDeleter
{
    void operator()(PGresult *r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, PgResultDeleter>;

QString pgError(PGconn *conn, const PGresult *r)
{
    QString text;
    if (r) {
        text = QString::fromUtf8(PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY)).trimmed();
        if (text.isEmpty())
            text = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
    }
    if (text.isEmpty())
        text = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    return text;
}

// Our own commands (BEGIN, ROLLBACK): simple protocol, no result rows.
bool pgCommand(PGconn *conn, const char *sql, QString *error)
{
    const PgResult r(PQexec(conn, sql));
    if (PQresultStatus(r.get()) == PGRES_COMMAND_OK)
        return true;
    *error = pgError(conn, r.get());
    return false;
}

QVariant pgCell(const PGresult *r, int row, int column)
{
    if (PQgetisnull(r, row, column))
        return QVariant();
    const char *text = PQgetvalue(r, row, column);
    const int length = PQgetlength(r, row, column);
    const QByteArray bytes = QByteArray::fromRawData(text, length);
    bool ok = false;
    switch (PQftype(r, column)) {
    case BoolOid:
        return QVariant(length > 0 && text[0] == 't');
    case Int2Oid:
    case Int4Oid:
    case Int8Oid:
    case OidOid: {
        const qlonglong v = bytes.toLongLong(&ok);
        if (ok)
            return QVariant(v);
        break;
    }
    case Float4Oid:
    case Float8Oid: {
        const double v = bytes.toDouble(&ok);
        if (ok)
            return QVariant(v);
        break;
    }
    case TimestampOid:     // naive: the stored wall clock is UTC (Django's convention)
    case DateOid:          // midnight UTC
    case TimestampTzOid: { // printed in the session TimeZone with its offset: converted to UTC here
        const qint64 micros = SqlSource::utcMicros(QString::fromLatin1(bytes));
        if (micros != Timestamp::Invalid)
            return QVariant(Timestamp::formatDjango(micros));
        break; // infinity, BC …: left as text, the provider says it is not a timestamp
    }
    default:
        break;
    }
    return QVariant(QString::fromUtf8(text, length));
}

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace

SqlSource::SqlSource(const QString &name, const QString &connection)
    : m_name(name), m_connection(connection), m_postgres(CollectProject::isPostgresUrl(connection))
{
}

SqlSource::~SqlSource()
{
    if (m_pg)
        PQfinish(m_pg);
    if (m_sqlite)
        sqlite3_close(m_sqlite);
}

QString SqlSource::displayName() const
{
    if (!m_postgres)
        return QDir::toNativeSeparators(m_connection);
    QUrl url(m_connection);
    url.setPassword(QString());
    return url.toString();
}

bool SqlSource::open(QString *error)
{
    if (m_pg || m_sqlite)
        return true;
    return m_postgres ? openPostgres(error) : openSqlite(error);
}

bool SqlSource::openPostgres(QString *error)
{
    QUrl url(m_connection, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = QCoreApplication::translate("iv::Collect", "not a valid PostgreSQL URL: %1")
                     .arg(url.errorString());
        return false;
    }
    QUrlQuery query(url);
    if (!url.password().isEmpty() || query.hasQueryItem(QStringLiteral("password"))) {
        *error = QCoreApplication::translate(
            "iv::Collect", "the URL carries a password; use PGPASSWORD or ~/.pgpass instead");
        return false;
    }
    // Our one extra URL parameter (libpq would reject it): the per-statement time limit in seconds.
    const QString timeoutKey = QStringLiteral("statement_timeout");
    if (query.hasQueryItem(timeoutKey)) {
        bool ok = false;
        m_timeoutSeconds = query.queryItemValue(timeoutKey).toInt(&ok);
        if (!ok || m_timeoutSeconds < 1 || m_timeoutSeconds > 86400) {
            *error = QCoreApplication::translate(
                "iv::Collect", "statement_timeout must be whole seconds between 1 and 86400");
            return false;
        }
        query.removeAllQueryItems(timeoutKey);
        url.setQuery(query);
    }
    char *parseError = nullptr;
    PQconninfoOption *parsed = PQconninfoParse(url.toEncoded().constData(), &parseError);
    if (!parsed) {
        *error = parseError ? QString::fromUtf8(parseError).trimmed()
                            : QCoreApplication::translate("iv::Collect", "cannot parse the URL");
        PQfreemem(parseError);
        return false;
    }
    // Keywords from the URL, then ours last so they win: later -c options override earlier ones and startup
    // options override the server's, the database's and the role's defaults.
    std::vector<QByteArray> keys, values;
    QByteArray options;
    bool hasConnectTimeout = false;
    for (PQconninfoOption *o = parsed; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QByteArray key(o->keyword);
        if (key == "options") {
            options = o->val;
            continue;
        }
        if (key == "client_encoding")
            continue;
        hasConnectTimeout = hasConnectTimeout || key == "connect_timeout";
        keys.push_back(key);
        values.emplace_back(o->val);
    }
    PQconninfoFree(parsed);
    options +=
        " -c default_transaction_read_only=on -c statement_timeout=" + QByteArray::number(m_timeoutSeconds) +
        "s -c TimeZone=UTC -c DateStyle=ISO,YMD -c standard_conforming_strings=on";
    keys.emplace_back("options");
    values.push_back(options.trimmed());
    keys.emplace_back("client_encoding");
    values.emplace_back("UTF8");
    keys.emplace_back("fallback_application_name");
    values.emplace_back("insights-viewer collect");
    if (!hasConnectTimeout) {
        keys.emplace_back("connect_timeout");
        values.emplace_back("30");
    }
    std::vector<const char *> k, v;
    for (size_t i = 0; i < keys.size(); ++i) {
        k.push_back(keys[i].constData());
        v.push_back(values[i].constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);
    m_pg = PQconnectdbParams(k.data(), v.data(), 0);
    if (!m_pg || PQstatus(m_pg) != CONNECTION_OK) {
        *error = m_pg ? QString::fromUtf8(PQerrorMessage(m_pg)).trimmed()
                      : QCoreApplication::translate("iv::Collect", "out of memory");
        if (m_pg)
            PQfinish(m_pg);
        m_pg = nullptr;
        return false;
    }
    checkRole();
    return true;
}

// A collect needs SELECT and nothing else. The session is read-only anyway, but a role that can write or
// reach the server's files is one mistake (or one server-side function) away from harm: say so in the log.
void SqlSource::checkRole()
{
    static const QString sql = QStringLiteral(
        "SELECT r.rolname, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolreplication, r.rolbypassrls,"
        " (SELECT string_agg(b.rolname, ', ' ORDER BY b.rolname) FROM pg_roles b"
        "   WHERE b.rolname IN ('pg_read_server_files', 'pg_write_server_files', 'pg_execute_server_program',"
        "                       'pg_write_all_data') AND pg_has_role(r.oid, b.oid, 'MEMBER')),"
        " (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        "   WHERE n.nspname = ANY (current_schemas(false)) AND c.relkind IN ('r', 'p', 'v', 'f')"
        "     AND has_table_privilege(c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE')),"
        " (SELECT string_agg(t.relname, ', ') FROM (SELECT c.relname FROM pg_class c"
        "   JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ANY (current_schemas(false))"
        "     AND c.relkind IN ('r', 'p', 'v', 'f') AND has_table_privilege(c.oid, 'INSERT, UPDATE, DELETE, "
        "TRUNCATE')"
        "   ORDER BY c.relname LIMIT 3) t)"
        " FROM pg_roles r WHERE r.rolname = current_user");
    QList<QVariantList> rows;
    QString error;
    if (!run(sql, &rows, &error) || rows.size() != 1 || rows.first().size() != 9) {
        m_warnings << QCoreApplication::translate(
                          "iv::Collect",
                          "could not check what the role may do (%1); collect with a role that can only "
                          "read (GRANT SELECT)")
                          .arg(error.isEmpty() ? QCoreApplication::translate("iv::Collect", "no such role")
                                               : error);
        return;
    }
    const QVariantList &r = rows.first();
    QStringList powers;
    if (r.at(1).toBool())
        powers << QStringLiteral("superuser");
    const char *const attributes[] = {"CREATEROLE", "CREATEDB", "REPLICATION", "BYPASSRLS"};
    for (int i = 0; i < 4; ++i)
        if (r.at(2 + i).toBool())
            powers << QString::fromLatin1(attributes[i]);
    if (!r.at(6).isNull() && !r.at(1).toBool())
        powers << QCoreApplication::translate("iv::Collect", "member of %1").arg(r.at(6).toString());
    const qlonglong writable = r.at(7).toLongLong();
    if (writable > 0)
        powers << QCoreApplication::translate("iv::Collect", "INSERT/UPDATE/DELETE on %n table(s) (%1%2)",
                                              nullptr, clampToInt(writable))
                      .arg(r.at(8).toString(), writable > 3 ? QStringLiteral(", …") : QString());
    if (!powers.isEmpty())
        m_warnings << QCoreApplication::translate(
                          "iv::Collect",
                          "role \"%1\" can do more than read: %2. Metric SQL runs read-only, but a role "
                          "that can only read (GRANT SELECT) is the real guard; see docs/SECURITY.md")
                          .arg(r.at(0).toString(), powers.join(QStringLiteral("; ")));
}

bool SqlSource::openSqlite(QString *error)
{
    const QString shown = QDir::toNativeSeparators(m_connection);
    const QFileInfo info(m_connection);
    if (!info.exists()) {
        *error = QCoreApplication::translate("iv::Collect", "%1: no such file").arg(shown);
        return false;
    }
    if (!info.isFile()) {
        *error = QCoreApplication::translate("iv::Collect", "%1: not a file").arg(shown);
        return false;
    }
    // WAL mode is bytes 18/19 of the header = 2. A WAL reader needs the -shm index and would create it (and
    // -wal) beside the file, or fail in a read-only folder. When neither exists nobody has the file open, and
    // immutable=1 reads it without them. Otherwise (a live WAL database, or rollback journal mode, where a
    // reader creates nothing) plain mode=ro keeps SQLite's locking, so a writer elsewhere stays safe.
    const QString path = info.absoluteFilePath();
    QFile file(path);
    QByteArray header;
    if (file.open(QIODevice::ReadOnly))
        header = file.read(100);
    file.close();
    const bool wal = header.size() >= 20 && (header.at(18) == 2 || header.at(19) == 2);
    const bool sidecars =
        QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(path + QStringLiteral("-shm"));
    const QByteArray uri =
        "file:" + QUrl::toPercentEncoding(path, "/") + "?mode=ro" + (wal && !sidecars ? "&immutable=1" : "");
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(uri.constData(), &db,
                             SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        *error =
            QStringLiteral("%1: %2").arg(shown, db ? sqliteError(db) : QString::fromUtf8(sqlite3_errstr(rc)));
        sqlite3_close(db);
        return false;
    }
    m_sqlite = db;
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0); // no ATTACH, not even through a function
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_busy_timeout(db, 5000);
    char *message = nullptr;
    // query_only also covers a future writable open; the schema read surfaces "not a database" here.
    rc = sqlite3_exec(db, "PRAGMA query_only = ON; SELECT count(*) FROM sqlite_master", nullptr, nullptr,
                      &message);
    if (rc != SQLITE_OK) {
        *error = QStringLiteral("%1: %2").arg(shown, message ? QString::fromUtf8(message) : sqliteError(db));
        sqlite3_free(message);
        sqlite3_close(m_sqlite);
        m_sqlite = nullptr;
        return false;
    }
    return true;
}

bool SqlSource::select(const QString &sql, QList<QVariantList> *rows, QString *error)
{
    rows->clear();
    const QString statement = singleStatement(sql, error, m_postgres ? Engine::PostgreSql : Engine::Sqlite);
    if (statement.isNull())
        return false;
    if (!open(error))
        return false;
    return run(statement, rows, error);
}

bool SqlSource::run(const QString &statement, QList<QVariantList> *rows, QString *error)
{
    rows->clear();
    if (!open(error))
        return false;
    return m_postgres ? runPostgres(statement, rows, error) : runSqlite(statement, rows, error);
}

bool SqlSource::runPostgres(const QString &statement, QList<QVariantList> *rows, QString *error)
{
    if (PQstatus(m_pg) != CONNECTION_OK) {
        *error = QCoreApplication::translate("iv::Collect", "the connection was lost: %1")
                     .arg(QString::fromUtf8(PQerrorMessage(m_pg)).trimmed());
        return false;
    }
    if (!pgCommand(m_pg, "BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", error))
        return false;
    bool ok = false;
    const QByteArray sql = statement.toUtf8();
    // Parse (extended protocol: exactly one statement, or the server refuses), then Describe: a statement
    // without result columns (COPY, SET, DO, CALL, a write without RETURNING …) is never executed.
    PgResult prepared(PQprepare(m_pg, "", sql.constData(), 0, nullptr));
    if (PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) {
        *error = pgError(m_pg, prepared.get());
    } else {
        PgResult described(PQdescribePrepared(m_pg, ""));
        if (PQresultStatus(described.get()) != PGRES_COMMAND_OK) {
            *error = pgError(m_pg, described.get());
        } else if (PQnfields(described.get()) == 0) {
            *error = QCoreApplication::translate(
                "iv::Collect",
                "not a query: the statement returns no rows (metric SQL must be a SELECT; COPY, "
                "SET, DO, CALL and writes are refused)");
        } else {
            PgResult result(PQexecPrepared(m_pg, "", 0, nullptr, nullptr, nullptr, 0));
            if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
                *error = pgError(m_pg, result.get());
            } else {
                const int columns = PQnfields(result.get());
                const int count = PQntuples(result.get());
                rows->reserve(count);
                for (int i = 0; i < count; ++i) {
                    QVariantList row;
                    row.reserve(columns);
                    for (int c = 0; c < columns; ++c)
                        row << pgCell(result.get(), i, c);
                    rows->append(row);
                }
                ok = true;
            }
        }
    }
    QString ignored;
    pgCommand(m_pg, "ROLLBACK", &ignored); // also undoes any set_config() the statement made
    if (!ok)
        rows->clear();
    return ok;
}

bool SqlSource::runSqlite(const QString &statement, QList<QVariantList> *rows, QString *error)
{
    const QByteArray sql = statement.toUtf8();
    const char *tail = nullptr;
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(m_sqlite, sql.constData(), int(sql.size()), &raw, &tail) != SQLITE_OK) {
        *error = sqliteError(m_sqlite);
        return false;
    }
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> stmt(raw, sqlite3_finalize);
    if (!stmt) {
        *error = QCoreApplication::translate("iv::Collect", "the SQL is empty");
        return false;
    }
    // Whatever follows the first statement must be nothing (blanks, comments, ';'): one statement by API.
    const char *end = sql.constData() + sql.size();
    while (tail && tail < end) {
        sqlite3_stmt *next = nullptr;
        const char *after = nullptr;
        const int rc = sqlite3_prepare_v2(m_sqlite, tail, int(end - tail), &next, &after);
        sqlite3_finalize(next);
        if (rc != SQLITE_OK || next) {
            *error = QCoreApplication::translate(
                "iv::Collect", "one SQL statement per metric, please (found more after ';')");
            return false;
        }
        if (after == tail)
            break;
        tail = after;
    }
    // The statement timeout, as PostgreSQL's: a progress callback interrupts a query that runs too long.
    QDeadlineTimer deadline{std::chrono::seconds(m_timeoutSeconds)};
    sqlite3_progress_handler(
        m_sqlite, 10000, [](void *d) { return static_cast<QDeadlineTimer *>(d)->hasExpired() ? 1 : 0; },
        &deadline);
    const int columns = sqlite3_column_count(stmt.get());
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c) {
            switch (sqlite3_column_type(stmt.get(), c)) {
            case SQLITE_NULL:
                row << QVariant();
                break;
            case SQLITE_INTEGER:
                row << QVariant(qlonglong(sqlite3_column_int64(stmt.get(), c)));
                break;
            case SQLITE_FLOAT:
                row << QVariant(sqlite3_column_double(stmt.get(), c));
                break;
            default: // text, or a blob read as UTF-8 text
                row << QVariant(
                    QString::fromUtf8(static_cast<const char *>(sqlite3_column_blob(stmt.get(), c)),
                                      sqlite3_column_bytes(stmt.get(), c)));
            }
        }
        rows->append(row);
    }
    sqlite3_progress_handler(m_sqlite, 0, nullptr, nullptr);
    if (rc != SQLITE_DONE) {
        *error = rc == SQLITE_INTERRUPT
                     ? QCoreApplication::translate("iv::Collect",
                                                   "canceling statement due to statement timeout (%1 s)")
                           .arg(m_timeoutSeconds)
                     : sqliteError(m_sqlite);
        rows->clear();
        return false;
    }
    return true;
}

QString SqlSource::singleStatement(const QString &sql, QString *error, Engine dialect)
{
    return SqlCheck::singleStatement(sql, error,
                                     dialect == Engine::PostgreSql ? SqlCheck::Dialect::PostgreSql
                                                                   : SqlCheck::Dialect::Sqlite);
}

qint64 SqlSource::utcMicros(const QString &text)
{
    const QString t = text.trimmed();
    // An offset follows the time of day: the last '+' or '-' after "YYYY-MM-DD".
    qsizetype sign = -1;
    for (qsizetype i = t.size() - 1; i > 10; --i) {
        if (t.at(i) == QLatin1Char('+') || t.at(i) == QLatin1Char('-')) {
            sign = i;
            break;
        }
    }
    if (sign < 0)
        return Timestamp::parseUtcMicros(t);
    const QString offset = t.mid(sign + 1);
    static const QRegularExpression form(QStringLiteral("^(\\d\\d)(?::?(\\d\\d)(?::?(\\d\\d))?)?$"));
    const QRegularExpressionMatch m = form.match(offset);
    if (!m.hasMatch())
        return Timestamp::Invalid;
    const qint64 seconds =
        m.captured(1).toLongLong() * 3600 + m.captured(2).toLongLong() * 60 + m.captured(3).toLongLong();
    if (seconds > 16 * 3600)
        return Timestamp::Invalid;
    const qint64 local = Timestamp::parseUtcMicros(t.left(sign));
    if (local == Timestamp::Invalid)
        return Timestamp::Invalid;
    return local - (t.at(sign) == QLatin1Char('-') ? -1 : 1) * seconds * 1000000LL;
}

} // namespace iv
