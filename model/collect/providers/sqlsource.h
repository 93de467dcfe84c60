// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

struct pg_conn;
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

    // Runs one read-only statement and returns its rows; *error carries the database's own message.
    bool select(const QString &sql, QList<QVariantList> *rows, QString *error);

    // SqlCheck::singleStatement for this engine's dialect (see sqlcheck.h).
    static QString singleStatement(const QString &sql, QString *error, Engine dialect = Engine::PostgreSql);

    // Microseconds since the epoch, UTC, of a date/time text with an optional UTC offset ("+05:30", "-04",
    // "Z"); a text without offset is naive UTC (Django's form). Timestamp::Invalid when it is not one.
    static qint64 utcMicros(const QString &text);

private:
    // The tests prove the engine guards alone, past the text check.
    friend class ::TestCollectPg;
    friend class ::TestSqlSource;

    bool openPostgres(QString *error);
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
    QStringList m_warnings;
    pg_conn *m_pg = nullptr;     // owned, PQfinish in the destructor
    sqlite3 *m_sqlite = nullptr; // owned, sqlite3_close in the destructor
};

} // namespace iv
