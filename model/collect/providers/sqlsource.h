// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <vector>

class QDeadlineTimer;

struct pg_conn;
struct pg_result;
struct sqlite3;
class TestCollectPg;
class TestSqlSource;

namespace iv {

// One named database the sql provider reads, read-only by construction, not by trusting the SQL text:
// - SQLite (C API): opened SQLITE_OPEN_READONLY on a "file:…?mode=ro" URI, plus `immutable=1` only when the
//   file is in WAL mode and no -wal/-shm file exists (nobody has it open), so a read never creates sidecars
//   and works in a read-only folder; PRAGMA query_only, no ATTACH, one statement per prepare (the rest of
//   the text must be empty).
// - PostgreSQL (libpq): the session starts with default_transaction_read_only=on, statement_timeout,
//   TimeZone=UTC and ISO dates; each metric is ONE statement through the extended query protocol (which
//   refuses several statements), must describe result columns (so COPY, SET, DO… never run), and runs inside
//   BEGIN READ ONLY … ROLLBACK (which also undoes any set_config() it made). No password is ever passed:
//   libpq takes it from PGPASSWORD or ~/.pgpass.
// The text check (singleStatement) runs first as defence in depth. Cells come back as QVariant: integers
// qlonglong, floats double, booleans bool, NULL invalid, and PostgreSQL timestamp/timestamptz/date (by type
// OID) as Django's UTC text "YYYY-MM-DD HH:MM:SS[.ffffff]"; everything else as text.
// Not thread-safe; use it from one thread at a time.
class SqlSource
{
public:
    enum class Engine { Sqlite, PostgreSql };
    static constexpr int DefaultStatementTimeoutSeconds = 60;

    SqlSource(const QString &name, const QString &connection);
    ~SqlSource();
    SqlSource(const SqlSource &) = delete;
    SqlSource &operator=(const SqlSource &) = delete;

    bool open(QString *error);
    QString name() const { return m_name; }
    // "sqlite" or "postgresql": the key of a metric's per-engine sql.
    QString engine() const { return m_postgres ? QStringLiteral("postgresql") : QStringLiteral("sqlite"); }
    // The connection without anything secret (for logs).
    QString displayName() const;
    // After open(): why this connection can do more than a collect needs (superuser, write privileges …),
    // one sentence each; empty for a read-only role.
    QStringList warnings() const { return m_warnings; }

    // Runs one read-only statement and returns its rows; *error carries the database's own message (cut to
    // MaxMessageChars). More than maxRows rows (when not negative) fail without reading the rest. On
    // PostgreSQL the statement's plan is checked first (EXPLAIN VERBOSE: built-in immutable or stable
    // functions only, no foreign scans), rows arrive one at a time and every wait has a client-side deadline.
    // Named parameters (":name") in the SQL are bound from setParameters(): SQLite by name, PostgreSQL as $N
    // (SqlParameters::toPositional). A parameter the text uses that has no value is an error. An engine's
    // error with a position in the statement ends with "(line L, column C)".
    bool select(const QString &sql, QList<QVariantList> *rows, QString *error, qsizetype maxRows = -1);
    void setParameters(const QMap<QString, QVariant> &values) { m_parameters = values; }
    // The result columns of the last select() (also when it returned no rows); -1 when it failed before.
    int columnCount() const { return m_columns; }
    // Polled while a statement runs (SQLite: progress handler; PostgreSQL: between waits); true stops it
    // ("canceled"; a PostgreSQL server gets a cancel request and the connection is dropped).
    void setCancelCheck(std::function<bool()> isCanceled) { m_isCanceled = std::move(isCanceled); }
    // The server's NOTICE and WARNING messages since the last call (PostgreSQL), each cut to MaxMessageChars,
    // at most MaxNotices per statement; for the log, which shows them as visible text.
    QStringList takeNotices();

    // Where a connection goes, as the consent shows it: "sqlite /real/path" or "postgresql host=… port=…
    // dbname=… user=… sslmode=…" with libpq's environment defaults applied. Null with *error when it would
    // be refused (password in the URL, service files, a password over an unencrypted TCP connection).
    static QString target(const QString &connection, QString *error);

    // Text from a database or server cut to MaxMessageChars ("… (N more characters)").
    static QString bounded(const QString &text);
    static constexpr qsizetype MaxMessageChars = 2000;
    static constexpr int MaxNotices = 50;

    // SqlCheck::singleStatement for this engine's dialect (see sqlcheck.h).
    static QString singleStatement(const QString &sql, QString *error, Engine dialect = Engine::PostgreSql);

    // Microseconds since the epoch, UTC, of a date/time text with an optional UTC offset ("+05:30", "-04",
    // "Z"); a text without offset is naive UTC (Django's form). Timestamp::Invalid when it is not one.
    static qint64 utcMicros(const QString &text);

private:
    // The tests prove the engine guards alone, past the text check.
    friend class ::TestCollectPg;
    friend class ::TestSqlSource;

    struct PgParameters
    {
        std::vector<QByteArray> keys, values;
        QString target;
        int timeoutSeconds = DefaultStatementTimeoutSeconds;
    };
    static bool postgresParameters(const QString &connection, PgParameters *out, QString *error);
    static QStringList planFunctions(const QString &json);
    bool openPostgres(QString *error);
    bool pgWait(const QDeadlineTimer &deadline, QString *error);
    bool pgQuery(const QByteArray &sql, bool prepared, QList<QVariantList> *rows, QString *error,
                 const QDeadlineTimer &deadline, int *fields = nullptr, bool withParameters = false);
    // " (line L, column C)" for a 1-based character position in m_positionText, or nothing.
    QString positionSuffix(qsizetype position) const;
    bool checkPlan(const QByteArray &sql, const QDeadlineTimer &deadline, QString *error);
    // The first result of what was sent (the caller PQclears it), the rest read and dropped.
    bool pgResult(const QDeadlineTimer &deadline, QString *error, pg_result **first);
    void dropConnection();
    void addNotice(const char *message);
    bool isCanceled() const;
    QString tooManyRows() const;
    bool openSqlite(QString *error);
    // Runs statement (already checked, or our own) in a read-only transaction.
    bool run(const QString &statement, QList<QVariantList> *rows, QString *error);
    bool runPostgres(const QString &statement, QList<QVariantList> *rows, QString *error);
    bool runSqlite(const QString &statement, QList<QVariantList> *rows, QString *error);
    void checkRole();

    QString m_name;
    QString m_connection;
    bool m_postgres = false;
    int m_timeoutSeconds = DefaultStatementTimeoutSeconds;
    int m_clientTimeoutSeconds = DefaultStatementTimeoutSeconds;
    qsizetype m_maxRows = -1;
    bool m_checkPlan = false;
    std::function<bool()> m_isCanceled;
    QStringList m_notices;
    int m_droppedNotices = 0;
    QString m_ignored;
    QStringList m_warnings;
    QMap<QString, QVariant> m_parameters;
    std::vector<QByteArray> m_pgValues; // the bound values of the running PostgreSQL statement, in $N order
    int m_columns = -1;
    QString m_positionText;      // the statement as the engine sees it, for error positions
    int m_positionShift = 0;     // characters the engine's text has before it (EXPLAIN …)
    pg_conn *m_pg = nullptr;     // owned, PQfinish in the destructor
    sqlite3 *m_sqlite = nullptr; // owned, sqlite3_close in the destructor
};

} // namespace iv
