// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace iv {

// One named database the sql provider reads, through Qt Sql, strictly read-only:
// - SQLite: opened with QSQLITE_OPEN_READONLY on a "file:…?mode=ro" URI (not immutable: the source may be
//   live), plus PRAGMA query_only; it is never created, modified, or given sidecar files.
// - PostgreSQL (QPSQL): a libpq URL; no password is ever passed, so libpq takes it from PGPASSWORD or
//   ~/.pgpass; the session defaults to read-only transactions and every query runs inside
//   BEGIN … READ ONLY … ROLLBACK.
// Each query must be a single statement; transaction control (COMMIT, SET …) is refused before it is sent.
// Lives in the thread that created it (Qt Sql connections are per thread).
class SqlSource
{
public:
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

    // Runs one read-only statement and returns its rows; *error carries the database's own message.
    bool select(const QString &sql, QList<QVariantList> *rows, QString *error);

    // The statement without a trailing ';', or a null string with *error when sql holds several statements or
    // transaction/session control that could lift the read-only guard.
    static QString singleStatement(const QString &sql, QString *error);

private:
    bool exec(const QString &sql, QString *error);

    QString m_name;
    QString m_connection;
    QString m_connectionName; // QSqlDatabase registry name, unique per instance
    bool m_postgres = false;
    bool m_open = false;
};

} // namespace iv
