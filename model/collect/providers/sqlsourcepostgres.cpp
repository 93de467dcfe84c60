// SPDX-License-Identifier: MIT
// SqlSource's PostgreSQL half: the connection parameters libpq gets, the session, statements sent without
// blocking within the client's deadline, the role warning, and the plan check (EXPLAIN before a metric runs).
#include "sqlsource.h"

#include "collectproject.h"
#include "localizedtext.h"
#include "sqlcheck.h"
#include "sqlparameters.h"
#include "timestamp.h"

#include <libpq-fe.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <thread>
#include <vector>

#include <poll.h>

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
    return SqlSource::bounded(text);
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

} // namespace

namespace {

bool isTls(const QByteArray &sslmode)
{
    return sslmode == "require" || sslmode == "verify-ca" || sslmode == "verify-full";
}

// One field of a ~/.pgpass line (':' separated, '\' escapes), "*" matching anything.
bool pgpassMatches(const QString &line, const QStringList &wanted)
{
    QStringList fields;
    QString field;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            field += line.at(++i);
        } else if (c == QLatin1Char(':') && fields.size() < 4) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    if (fields.size() < 5)
        return false;
    for (int k = 0; k < 4; ++k)
        if (fields.at(k) != QLatin1String("*") && fields.at(k) != wanted.at(k))
            return false;
    return true;
}

} // namespace

// The parameters libpq gets, resolved once from the URL and libpq's own defaults (PGHOST, PGPORT, PGUSER …):
// what the consent shows is exactly where the connection goes, and nothing in the environment can redirect it
// later (the values are passed explicitly). A service file (service=, PGSERVICE) is refused: it could name
// another host. Passwords: never in the URL; from PGPASSWORD or a password file, and then only over TLS or a
// Unix socket (libpq 15 cannot refuse cleartext password authentication; 16's require_auth is added when the
// library has it).
bool SqlSource::postgresParameters(const QString &connection, PgParameters *out, QString *error)
{
    QUrl url(connection, QUrl::StrictMode);
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
    out->timeoutSeconds = DefaultStatementTimeoutSeconds;
    if (query.hasQueryItem(timeoutKey)) {
        bool ok = false;
        out->timeoutSeconds = query.queryItemValue(timeoutKey).toInt(&ok);
        if (!ok || out->timeoutSeconds < 1 || out->timeoutSeconds > 86400) {
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
    QMap<QByteArray, QByteArray> given;
    for (PQconninfoOption *o = parsed; o->keyword; ++o)
        if (o->val && *o->val)
            given.insert(o->keyword, o->val);
    PQconninfoFree(parsed);
    if (given.contains("service") || qEnvironmentVariableIsSet("PGSERVICE")) {
        *error = QCoreApplication::translate("iv::Collect",
                                             "connection service files (service=, PGSERVICE) are not used by "
                                             "collect: give host, port and database in the URL");
        return false;
    }
    // libpq's defaults as it would apply them now (environment variables, then built-in values).
    QMap<QByteArray, QByteArray> defaults;
    if (PQconninfoOption *d = PQconndefaults()) {
        for (PQconninfoOption *o = d; o->keyword; ++o)
            if (o->val && *o->val)
                defaults.insert(o->keyword, o->val);
        PQconninfoFree(d);
    }
    auto value = [&](const char *key) { return given.value(key, defaults.value(key)); };
    QByteArray host = value("host"), hostaddr = value("hostaddr"), port = value("port"), user = value("user"),
               dbname = value("dbname"), sslmode = value("sslmode");
    if (host.isEmpty() && hostaddr.isEmpty())
        host = "/var/run/postgresql"; // libpq's DEFAULT_PGSOCKET_DIR on Debian
    if (port.isEmpty())
        port = "5432";
    if (user.isEmpty())
        user = qgetenv("USER");
    if (dbname.isEmpty())
        dbname = user;
    if (sslmode.isEmpty())
        sslmode = "prefer";
    for (const QByteArray &key : {QByteArray("host"), QByteArray("hostaddr"), QByteArray("port"),
                                  QByteArray("user"), QByteArray("dbname"), QByteArray("sslmode")})
        given.remove(key);
    // A password goes only where it cannot be read on the way.
    const QByteArray password = defaults.value("password"); // PGPASSWORD
    QString passfile = QString::fromLocal8Bit(value("passfile"));
    if (passfile.isEmpty())
        passfile = QDir::home().filePath(QStringLiteral(".pgpass"));
    const QList<QByteArray> hosts = (hostaddr.isEmpty() ? host : hostaddr).split(',');
    for (const QByteArray &h : hosts) {
        const bool socket = h.startsWith('/') || h.startsWith('@');
        if (socket || isTls(sslmode))
            continue;
        bool hasPassword = !password.isEmpty();
        if (!hasPassword) {
            QFile file(passfile);
            if (QFileInfo(passfile).isFile() && file.open(QIODevice::ReadOnly)) {
                const QStringList wanted = {QString::fromUtf8(h), QString::fromUtf8(port),
                                            QString::fromUtf8(dbname), QString::fromUtf8(user)};
                const QStringList lines = QString::fromUtf8(file.read(1024 * 1024)).split(QLatin1Char('\n'));
                for (const QString &line : lines)
                    if (!line.startsWith(QLatin1Char('#')) && pgpassMatches(line.trimmed(), wanted))
                        hasPassword = true;
            }
        }
        if (hasPassword) {
            *error = QCoreApplication::translate(
                         "iv::Collect",
                         "a password (PGPASSWORD or %1) would go to %2 over a connection that may not be "
                         "encrypted; use sslmode=require or verify-full, or a Unix socket")
                         .arg(QDir::toNativeSeparators(passfile), QString::fromUtf8(h));
            return false;
        }
    }
    out->keys.clear();
    out->values.clear();
    auto add = [&](const QByteArray &k, const QByteArray &v) {
        out->keys.push_back(k);
        out->values.push_back(v);
    };
    if (!host.isEmpty())
        add("host", host);
    if (!hostaddr.isEmpty())
        add("hostaddr", hostaddr);
    add("port", port);
    add("user", user);
    add("dbname", dbname);
    add("sslmode", sslmode);
    if (PQlibVersion() >= 160000)
        add("require_auth", "!password"); // never a cleartext password, even over TLS
    QByteArray options;
    for (auto it = given.begin(); it != given.end(); ++it) {
        if (it.key() == "options") {
            options = it.value();
            continue;
        }
        if (it.key() == "client_encoding")
            continue;
        add(it.key(), it.value());
    }
    // Ours last so they win: later -c options override earlier ones and startup options override the
    // server's, the database's and the role's defaults.
    options += " -c default_transaction_read_only=on -c statement_timeout=" +
               QByteArray::number(out->timeoutSeconds) +
               "s -c TimeZone=UTC -c DateStyle=ISO,YMD -c standard_conforming_strings=on";
    add("options", options.trimmed());
    add("client_encoding", "UTF8");
    add("fallback_application_name", "insights-viewer collect");
    if (!given.contains("connect_timeout"))
        add("connect_timeout", "30");
    out->target =
        QStringLiteral("postgresql host=%1%2 port=%3 dbname=%4 user=%5 sslmode=%6")
            .arg(QString::fromUtf8(host),
                 hostaddr.isEmpty() ? QString() : QStringLiteral(" hostaddr=") + QString::fromUtf8(hostaddr),
                 QString::fromUtf8(port), QString::fromUtf8(dbname), QString::fromUtf8(user),
                 QString::fromUtf8(sslmode));
    return true;
}

bool SqlSource::openPostgres(QString *error)
{
    PgParameters p;
    if (!postgresParameters(m_connection, &p, error))
        return false;
    m_timeoutSeconds = p.timeoutSeconds;
    std::vector<const char *> k, v;
    for (size_t i = 0; i < p.keys.size(); ++i) {
        k.push_back(p.keys[i].constData());
        v.push_back(p.values[i].constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);
    m_pg = PQconnectdbParams(k.data(), v.data(), 0);
    if (!m_pg || PQstatus(m_pg) != CONNECTION_OK) {
        *error = m_pg ? bounded(QString::fromUtf8(PQerrorMessage(m_pg)).trimmed())
                      : QCoreApplication::translate("iv::Collect", "out of memory");
        if (m_pg)
            PQfinish(m_pg);
        m_pg = nullptr;
        return false;
    }
    // The server's NOTICEs and WARNINGs go to the log (as visible text), never raw to the terminal.
    PQsetNoticeProcessor(
        m_pg, [](void *self, const char *message) { static_cast<SqlSource *>(self)->addNotice(message); },
        this);
    checkRole();
    if (!m_pg) { // the server stopped answering during the role check
        *error = m_ignored;
        return false;
    }
    return true;
}

void SqlSource::addNotice(const char *message)
{
    if (m_notices.size() >= MaxNotices) {
        ++m_droppedNotices;
        return;
    }
    m_notices << bounded(QString::fromUtf8(message).trimmed());
}

QStringList SqlSource::takeNotices()
{
    QStringList result = std::move(m_notices);
    m_notices.clear();
    if (m_droppedNotices > 0)
        result << QCoreApplication::translate("iv::Collect", "(%n more notice(s) not shown)", nullptr,
                                              m_droppedNotices);
    m_droppedNotices = 0;
    return result;
}

// A collect needs SELECT and nothing else. The session is read-only anyway, but a role that can write or
// reach the server's files is one mistake (or one server-side function) away from harm: say so in the log.
void SqlSource::checkRole()
{
    // Every name qualified with pg_catalog (a URL's search_path cannot swap in look-alike functions), and
    // every schema counted, not only the searched ones (options=-c search_path=none must not hide a
    // writable table).
    static const QString sql = QStringLiteral(
        "SELECT r.rolname, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolreplication, r.rolbypassrls,"
        " (SELECT pg_catalog.string_agg(b.rolname, ', ' ORDER BY b.rolname) FROM pg_catalog.pg_roles b"
        "   WHERE b.rolname OPERATOR(pg_catalog.=) ANY (ARRAY['pg_read_server_files', "
        "'pg_write_server_files',"
        "       'pg_execute_server_program', 'pg_write_all_data']::pg_catalog.name[])"
        "     AND pg_catalog.pg_has_role(r.oid, b.oid, 'MEMBER')),"
        " (SELECT pg_catalog.count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
        "     ON n.oid OPERATOR(pg_catalog.=) c.relnamespace"
        "   WHERE n.nspname OPERATOR(pg_catalog.<>) ALL (ARRAY['pg_catalog', 'information_schema', "
        "'pg_toast']"
        "         ::pg_catalog.name[])"
        "     AND c.relkind OPERATOR(pg_catalog.=) ANY (ARRAY['r', 'p', 'v', 'f']::pg_catalog.\"char\"[])"
        "     AND pg_catalog.has_table_privilege(c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE')),"
        " (SELECT pg_catalog.string_agg(t.relname, ', ') FROM (SELECT c.relname FROM pg_catalog.pg_class c"
        "   JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace"
        "   WHERE n.nspname OPERATOR(pg_catalog.<>) ALL (ARRAY['pg_catalog', 'information_schema', "
        "'pg_toast']"
        "         ::pg_catalog.name[])"
        "     AND c.relkind OPERATOR(pg_catalog.=) ANY (ARRAY['r', 'p', 'v', 'f']::pg_catalog.\"char\"[])"
        "     AND pg_catalog.has_table_privilege(c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE')"
        "   ORDER BY c.relname LIMIT 3) t)"
        " FROM pg_catalog.pg_roles r WHERE r.rolname OPERATOR(pg_catalog.=) pg_catalog.\"current_user\"()");
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

// Waits until libpq has a whole result, never longer than the client's deadline, polling the cancel flag.
// On cancel or deadline the server is asked to cancel (from a thread of its own: PQcancel blocks until the
// server answers, and a stalled server never does) and the connection is dropped.
bool SqlSource::pgWait(const QDeadlineTimer &deadline, QString *error)
{
    for (;;) {
        if (!PQconsumeInput(m_pg)) {
            *error = bounded(QString::fromUtf8(PQerrorMessage(m_pg)).trimmed());
            return false;
        }
        if (!PQisBusy(m_pg))
            return true;
        const bool canceled = isCanceled();
        if (canceled || deadline.hasExpired()) {
            *error = canceled ? QCoreApplication::translate("iv::Collect", "canceled")
                              : QCoreApplication::translate("iv::Collect",
                                                            "no answer from the server within %1 s; the "
                                                            "connection was dropped")
                                    .arg(m_clientTimeoutSeconds);
            m_ignored = *error;
            dropConnection();
            return false;
        }
        pollfd p{PQsocket(m_pg), POLLIN, 0};
        ::poll(&p, 1, 100);
    }
}

void SqlSource::dropConnection()
{
    if (!m_pg)
        return;
    if (PGcancel *cancel = PQgetCancel(m_pg)) {
        std::thread([cancel] {
            char message[256];
            PQcancel(cancel, message, sizeof message);
            PQfreeCancel(cancel);
        }).detach();
    }
    PQfinish(m_pg);
    m_pg = nullptr;
}

// The first result of what was sent, the rest read and dropped, every read within the deadline.
bool SqlSource::pgResult(const QDeadlineTimer &deadline, QString *error, pg_result **out)
{
    PgResult first;
    for (;;) {
        if (!pgWait(deadline, error))
            return false;
        PgResult r(PQgetResult(m_pg));
        if (!r)
            break;
        if (!first)
            first = std::move(r);
    }
    *out = first.release();
    if (!*out) {
        *error = bounded(QString::fromUtf8(PQerrorMessage(m_pg)).trimmed());
        return false;
    }
    return true;
}

// One statement, sent without blocking: every step waits at most until the client deadline (the statement
// timeout plus a margin: the server's own statement_timeout normally ends it first), rows arrive one at a
// time (single-row mode) and stop at the row cap.
bool SqlSource::pgQuery(const QByteArray &sql, bool prepared, QList<QVariantList> *rows, QString *error,
                        const QDeadlineTimer &deadline, int *fields, bool withParameters)
{
    std::vector<const char *> values;
    if (withParameters)
        for (const QByteArray &v : m_pgValues)
            values.push_back(v.constData());
    const int count = int(values.size());
    const int sent = prepared ? PQsendQueryPrepared(m_pg, "", count, values.data(), nullptr, nullptr, 0)
                              : PQsendQueryParams(m_pg, sql.constData(), count, nullptr, values.data(),
                                                  nullptr, nullptr, 0);
    if (!sent) {
        *error = bounded(QString::fromUtf8(PQerrorMessage(m_pg)).trimmed());
        return false;
    }
    PQsetSingleRowMode(m_pg);
    bool ok = true;
    for (;;) {
        if (!pgWait(deadline, error))
            return false;
        PgResult r(PQgetResult(m_pg));
        if (!r)
            break;
        const ExecStatusType status = PQresultStatus(r.get());
        if (status == PGRES_SINGLE_TUPLE) {
            if (m_maxRows >= 0 && rows->size() >= m_maxRows) {
                // The rest is not wanted: the server is told to stop and the connection is dropped.
                *error = tooManyRows();
                dropConnection();
                return false;
            }
            const int columns = PQnfields(r.get());
            if (fields)
                *fields = columns;
            QVariantList row;
            row.reserve(columns);
            for (int c = 0; c < columns; ++c)
                row << pgCell(r.get(), 0, c);
            rows->append(row);
        } else if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
            if (fields && PQnfields(r.get()) > 0)
                *fields = PQnfields(r.get());
        } else if (ok) {
            *error = pgError(m_pg, r.get());
            if (withParameters || prepared)
                *error += positionSuffix(
                    QByteArray(PQresultErrorField(r.get(), PG_DIAG_STATEMENT_POSITION)).toLongLong());
            ok = false;
        }
    }
    return ok;
}

bool SqlSource::runPostgres(const QString &statement, QList<QVariantList> *rows, QString *error)
{
    if (!m_pg || PQstatus(m_pg) != CONNECTION_OK) {
        *error = QCoreApplication::translate("iv::Collect", "the connection was lost: %1")
                     .arg(m_pg ? bounded(QString::fromUtf8(PQerrorMessage(m_pg)).trimmed()) : QString());
        return false;
    }
    m_clientTimeoutSeconds = m_timeoutSeconds + qMax(2, m_timeoutSeconds / 2);
    const QDeadlineTimer deadline{std::chrono::seconds(m_clientTimeoutSeconds)};
    QList<QVariantList> ignoredRows;
    const qsizetype maxRows = m_maxRows;
    m_maxRows = -1;
    if (!pgQuery("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", false, &ignoredRows, error,
                 deadline)) {
        m_maxRows = maxRows;
        return false;
    }
    bool ok = false;
    // Named parameters become $1, $2 … (padded to the name's length: positions stay those of the text).
    QStringList order;
    const QString positional = SqlParameters::toPositional(statement, &order);
    m_pgValues.clear();
    for (const QString &name : std::as_const(order)) {
        if (!m_parameters.contains(name) || m_parameters.value(name).isNull()) {
            *error =
                QCoreApplication::translate("iv::Collect", "the SQL uses :%1, which has no value").arg(name);
            m_maxRows = maxRows;
            if (m_pg)
                pgQuery("ROLLBACK", false, &ignoredRows, &m_ignored, deadline);
            return false;
        }
        m_pgValues.push_back(SqlParameters::valueText(m_parameters.value(name)).toUtf8());
    }
    const QByteArray sql = positional.toUtf8();
    m_positionText = positional;
    // The plan first: which functions the statement calls (after views are expanded and U&"…" names are
    // resolved), and whether it reaches other servers (foreign tables, dblink).
    if (m_checkPlan && !checkPlan(sql, deadline, error)) {
        m_maxRows = maxRows;
        if (m_pg)
            pgQuery("ROLLBACK", false, &ignoredRows, &m_ignored, deadline);
        return false;
    }
    // Parse (extended protocol: exactly one statement, or the server refuses), then Describe: a statement
    // without result columns (COPY, SET, DO, CALL, a write without RETURNING …) is never executed.
    PGresult *preparedRaw = nullptr, *describedRaw = nullptr;
    m_positionShift = 0;
    if (!PQsendPrepare(m_pg, "", sql.constData(), int(m_pgValues.size()), nullptr)) {
        *error = bounded(QString::fromUtf8(PQerrorMessage(m_pg)).trimmed());
    } else if (pgResult(deadline, error, &preparedRaw)) {
        const PgResult prepared(preparedRaw);
        if (PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) {
            *error =
                pgError(m_pg, prepared.get()) +
                positionSuffix(
                    QByteArray(PQresultErrorField(prepared.get(), PG_DIAG_STATEMENT_POSITION)).toLongLong());
        } else if (!PQsendDescribePrepared(m_pg, "")) {
            *error = bounded(QString::fromUtf8(PQerrorMessage(m_pg)).trimmed());
        } else if (pgResult(deadline, error, &describedRaw)) {
            const PgResult described(describedRaw);
            if (PQresultStatus(described.get()) != PGRES_COMMAND_OK) {
                *error = pgError(m_pg, described.get());
            } else if (PQnfields(described.get()) == 0) {
                *error = QCoreApplication::translate(
                    "iv::Collect",
                    "not a query: the statement returns no rows (metric SQL must be a SELECT; COPY, "
                    "SET, DO, CALL and writes are refused)");
            } else {
                m_maxRows = maxRows;
                m_columns = PQnfields(described.get());
                ok = pgQuery(sql, true, rows, error, deadline, nullptr, true);
            }
        }
    }
    m_maxRows = maxRows;
    // Also undoes any set_config() the statement made.
    if (m_pg)
        pgQuery("ROLLBACK", false, &ignoredRows, &m_ignored, deadline);
    if (!ok)
        rows->clear();
    return ok;
}

// EXPLAIN (VERBOSE) shows every function a statement calls, with views expanded, operators and names as the
// server resolved them. Allowed: built-in functions (pg_catalog, OID below 16384) marked immutable or stable,
// and not on SqlCheck's refused list. Refused: anything volatile, any function defined in the database
// (extensions such as dblink, SECURITY DEFINER functions), foreign scans.
bool SqlSource::checkPlan(const QByteArray &sql, const QDeadlineTimer &deadline, QString *error)
{
    QList<QVariantList> plan;
    const QByteArray prefix = "EXPLAIN (VERBOSE, FORMAT JSON) ";
    m_positionShift = int(prefix.size());
    const bool explained = pgQuery(prefix + sql, false, &plan, error, deadline, nullptr, true);
    m_positionShift = 0;
    if (!explained)
        return false;
    QString text;
    for (const QVariantList &row : std::as_const(plan))
        for (const QVariant &cell : row)
            text += cell.toString() + QLatin1Char('\n');
    if (text.contains(QLatin1String("\"Node Type\": \"Foreign Scan\"")) ||
        text.contains(QLatin1String("\"Node Type\":\"Foreign Scan\""))) {
        *error = QCoreApplication::translate("iv::Collect",
                                             "the query reads a foreign table (another server); not allowed");
        return false;
    }
    const QStringList names = planFunctions(text);
    for (const QString &name : names) {
        if (SqlCheck::isRefusedFunction(name)) {
            *error = QCoreApplication::translate("iv::Collect",
                                                 "%1() is not allowed: it reaches outside the database "
                                                 "(server files, programs or other connections)")
                         .arg(name);
            return false;
        }
    }
    if (names.isEmpty())
        return true;
    // Any function of that name that is volatile or not built in refuses the name (a conservative match:
    // the plan shows names, not OIDs).
    QStringList quoted;
    for (const QString &name : names) {
        QString literal = name;
        literal.replace(QLatin1Char('\''), QStringLiteral("''"));
        quoted << QLatin1Char('\'') + literal + QLatin1Char('\'');
    }
    const QByteArray lookup =
        "SELECT p.proname::pg_catalog.text FROM pg_catalog.pg_proc p WHERE p.proname OPERATOR(pg_catalog.=) "
        "ANY (ARRAY[" +
        quoted.join(QLatin1Char(',')).toUtf8() +
        "]::pg_catalog.name[]) AND (p.oid OPERATOR(pg_catalog.>=) 16384 OR p.provolatile "
        "OPERATOR(pg_catalog.=) 'v') ORDER BY 1 LIMIT 1";
    QList<QVariantList> refused;
    if (!pgQuery(lookup, false, &refused, error, deadline))
        return false;
    if (!refused.isEmpty()) {
        *error = QCoreApplication::translate("iv::Collect",
                                             "%1() is not allowed: metric SQL may call built-in functions "
                                             "marked immutable or stable only (this one is volatile or "
                                             "defined in the database)")
                     .arg(refused.first().value(0).toString());
        return false;
    }
    return true;
}

// Names followed by "(" in the expressions of an EXPLAIN (VERBOSE, FORMAT JSON) text: words and "quoted
// names" (the last part of a qualified name), outside string literals. Keywords that take parentheses
// (ANY, ARRAY, COALESCE …) are not in pg_proc and so pass the lookup.
QStringList SqlSource::planFunctions(const QString &json)
{
    // The JSON's own strings hold the expressions: decode them first.
    QStringList texts;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    std::function<void(const QJsonValue &)> walk = [&](const QJsonValue &v) {
        if (v.isString()) {
            texts << v.toString();
        } else if (v.isArray()) {
            for (const QJsonValue &x : v.toArray())
                walk(x);
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key() == QLatin1String("Relation Name") || it.key() == QLatin1String("Alias") ||
                    it.key() == QLatin1String("Schema") || it.key() == QLatin1String("Node Type"))
                    continue;
                walk(it.value());
            }
        }
    };
    walk(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    QStringList names;
    for (const QString &t : std::as_const(texts)) {
        const qsizetype n = t.size();
        QString last;
        for (qsizetype i = 0; i < n; ++i) {
            const QChar c = t.at(i);
            if (c == QLatin1Char('\'')) {
                qsizetype j = i + 1;
                while (j < n &&
                       !(t.at(j) == QLatin1Char('\'') && (j + 1 >= n || t.at(j + 1) != QLatin1Char('\''))))
                    j += t.at(j) == QLatin1Char('\'') ? 2 : 1;
                i = j;
                last.clear();
                continue;
            }
            if (c == QLatin1Char('"')) {
                qsizetype j = i + 1;
                QString name;
                while (j < n) {
                    if (t.at(j) == QLatin1Char('"')) {
                        if (j + 1 < n && t.at(j + 1) == QLatin1Char('"')) {
                            name += QLatin1Char('"');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    name += t.at(j++);
                }
                last = name;
                i = j;
                continue;
            }
            if (c.isLetter() || c == QLatin1Char('_')) {
                qsizetype j = i;
                while (j < n && (t.at(j).isLetterOrNumber() || t.at(j) == QLatin1Char('_') ||
                                 t.at(j) == QLatin1Char('$')))
                    ++j;
                last = t.mid(i, j - i);
                i = j - 1;
                continue;
            }
            if (c == QLatin1Char(' ') || c == QLatin1Char('.'))
                continue; // "f (" does not occur in deparsed text, but "schema.f(" does
            if (c == QLatin1Char('(') && !last.isEmpty() && !names.contains(last))
                names << last;
            last.clear();
        }
    }
    return names;
}

} // namespace iv
