// SPDX-License-Identifier: MIT
#pragma once

// What the redaction tests read from the files they make and compare: rows through an immutable read-only
// connection, a file's bytes, files shaped by hand through an ordinary connection, upstream's tables.

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QStringList>

namespace redactiontest {

// Every row of a query as "a|b|c" (NULL as \N), read through an immutable read-only connection.
inline QStringList rows(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    const QByteArray uri = "file:" + QFile::encodeName(path) + "?mode=ro&immutable=1";
    sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    sqlite3_stmt *st = nullptr;
    QStringList out;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            QStringList cells;
            for (int c = 0; c < sqlite3_column_count(st); ++c)
                cells << (sqlite3_column_type(st, c) == SQLITE_NULL
                              ? QStringLiteral("\\N")
                              : QString::fromUtf8(
                                    reinterpret_cast<const char *>(sqlite3_column_text(st, c))));
            out << cells.join(QLatin1Char('|'));
        }
    } else {
        out << QStringLiteral("prepare failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

inline QString cell(const QString &path, const char *sql)
{
    return rows(path, sql).value(0);
}

inline QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// Runs sql on path through an ordinary read-write connection (for files the tests shape by hand).
inline bool execOn(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
              SQLITE_OK;
    char *message = nullptr;
    ok = ok && sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK;
    if (message)
        qWarning("%s", message);
    sqlite3_free(message);
    sqlite3_close(db);
    return ok;
}

inline QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline const QStringList kUpstreamTables = {
    QStringLiteral("django_migrations"),       QStringLiteral("insights_app"),
    QStringLiteral("insights_executiondelta"), QStringLiteral("insights_gauge"),
    QStringLiteral("insights_counter"),        QStringLiteral("insights_bucketvalue"),
    QStringLiteral("insights_bucket")};

inline constexpr char kSchemaSql[] =
    "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' "
    "ORDER BY rowid";

} // namespace redactiontest
