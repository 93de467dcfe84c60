// SPDX-License-Identifier: MIT
// SqlSource: opening a source, its SQLite half (the C API, read-only, parameters bound by name) and what both
// engines share (the row cap, cancel, positions in messages, UTC time stamps); the PostgreSQL half is in
// sqlsourcepostgres.cpp.
#include "sqlsource.h"

#include "collectproject.h"
#include "localizedtext.h"
#include "sqlcheck.h"
#include "sqlitefunctions.h"
#include "sqlparameters.h"
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

QString sqliteError(sqlite3 *db)
{
    return SqlSource::bounded(QString::fromUtf8(sqlite3_errmsg(db)));
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

QString SqlSource::target(const QString &connection, QString *error)
{
    if (!CollectProject::isPostgresUrl(connection)) {
        const QString canonical = QFileInfo(connection).canonicalFilePath();
        return QStringLiteral("sqlite %1").arg(canonical.isEmpty() ? connection : canonical);
    }
    PgParameters p;
    if (!postgresParameters(connection, &p, error))
        return QString();
    return p.target;
}

QString SqlSource::bounded(const QString &text)
{
    if (text.size() <= MaxMessageChars)
        return text;
    qsizetype cut = MaxMessageChars;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) +
           QCoreApplication::translate("iv::Collect", "… (%1 more characters)").arg(text.size() - cut);
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
    // A symbolic link is resolved first: the sidecars that matter are the real file's (SQLite resolves the
    // link too, and a writer's -wal sits beside the real file).
    const QString path =
        info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    QFile file(path);
    QByteArray header;
    if (file.open(QIODevice::ReadOnly))
        header = file.read(100);
    file.close();
    const bool wal = header.size() >= 20 && (header.at(18) == 2 || header.at(19) == 2);
    const QString linkPath = info.absoluteFilePath();
    const bool sidecars = QFileInfo::exists(path + QStringLiteral("-wal")) ||
                          QFileInfo::exists(path + QStringLiteral("-shm")) ||
                          QFileInfo::exists(linkPath + QStringLiteral("-wal")) ||
                          QFileInfo::exists(linkPath + QStringLiteral("-shm"));
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
    SqliteFunctions::registerPortable(db);
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

bool SqlSource::select(const QString &sql, QList<QVariantList> *rows, QString *error, qsizetype maxRows)
{
    rows->clear();
    m_columns = -1;
    const QString statement = singleStatement(sql, error, m_postgres ? Engine::PostgreSql : Engine::Sqlite);
    if (statement.isNull())
        return false;
    if (!open(error))
        return false;
    m_maxRows = maxRows;
    m_checkPlan = true;
    const bool ok = run(statement, rows, error);
    m_maxRows = -1;
    m_checkPlan = false;
    m_positionText.clear();
    m_pgValues.clear();
    return ok;
}

QString SqlSource::positionSuffix(qsizetype position) const
{
    position -= m_positionShift;
    if (m_positionText.isEmpty() || position < 1 || position > m_positionText.size() + 1)
        return {};
    const QStringView before = QStringView(m_positionText).left(position - 1);
    const qsizetype lineStart = before.lastIndexOf(QLatin1Char('\n')) + 1;
    return QCoreApplication::translate("iv::Collect", " (line %1, column %2)")
        .arg(before.count(QLatin1Char('\n')) + 1)
        .arg(position - lineStart);
}

bool SqlSource::run(const QString &statement, QList<QVariantList> *rows, QString *error)
{
    rows->clear();
    if (!open(error))
        return false;
    return m_postgres ? runPostgres(statement, rows, error) : runSqlite(statement, rows, error);
}

bool SqlSource::isCanceled() const
{
    return m_isCanceled && m_isCanceled();
}

QString SqlSource::tooManyRows() const
{
    return QCoreApplication::translate("iv::Collect",
                                       "the query returns more than %n row(s), the most this metric "
                                       "takes",
                                       nullptr, clampToInt(m_maxRows));
}

bool SqlSource::runSqlite(const QString &statement, QList<QVariantList> *rows, QString *error)
{
    const QByteArray sql = statement.toUtf8();
    const char *tail = nullptr;
    sqlite3_stmt *raw = nullptr;
    m_positionText = statement;
    auto at = [&](int byteOffset) {
        return byteOffset < 0 ? QString()
                              : positionSuffix(QString::fromUtf8(sql.left(byteOffset)).size() + 1);
    };
    if (sqlite3_prepare_v2(m_sqlite, sql.constData(), int(sql.size()), &raw, &tail) != SQLITE_OK) {
        *error = sqliteError(m_sqlite) + at(sqlite3_error_offset(m_sqlite));
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
    // GUI Cancel interrupts it too.
    struct Guard
    {
        QDeadlineTimer deadline;
        const SqlSource *source;
        bool canceled = false;
    } guard{QDeadlineTimer(std::chrono::seconds(m_timeoutSeconds)), this};
    sqlite3_progress_handler(
        m_sqlite, 10000,
        [](void *d) {
            auto *g = static_cast<Guard *>(d);
            g->canceled = g->canceled || g->source->isCanceled();
            return g->canceled || g->deadline.hasExpired() ? 1 : 0;
        },
        &guard);
    // Named parameters, bound by name; any other parameter form (?, @x, $x) or an unknown name is an error.
    for (int i = 1; i <= sqlite3_bind_parameter_count(stmt.get()); ++i) {
        const char *rawName = sqlite3_bind_parameter_name(stmt.get(), i);
        const QString name = rawName ? QString::fromUtf8(rawName) : QStringLiteral("?");
        const QVariant value =
            name.startsWith(QLatin1Char(':')) ? m_parameters.value(name.mid(1)) : QVariant();
        if (value.isNull()) {
            sqlite3_progress_handler(m_sqlite, 0, nullptr, nullptr);
            *error = name.startsWith(QLatin1Char(':'))
                         ? QCoreApplication::translate("iv::Collect", "the SQL uses %1, which has no value")
                               .arg(name)
                         : QCoreApplication::translate(
                               "iv::Collect", "the SQL has a parameter %1; write :name for a parameter "
                                              "the project declares")
                               .arg(name);
            return false;
        }
        if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
            sqlite3_bind_int64(stmt.get(), i, value.toLongLong());
        else if (value.typeId() == QMetaType::Double)
            sqlite3_bind_double(stmt.get(), i, value.toDouble());
        else
            sqlite3_bind_text(stmt.get(), i, value.toString().toUtf8().constData(), -1, SQLITE_TRANSIENT);
    }
    const int columns = sqlite3_column_count(stmt.get());
    m_columns = columns;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
        if (m_maxRows >= 0 && rows->size() >= m_maxRows) {
            sqlite3_progress_handler(m_sqlite, 0, nullptr, nullptr);
            *error = tooManyRows();
            rows->clear();
            return false;
        }
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
        *error = rc == SQLITE_INTERRUPT && guard.canceled
                     ? QCoreApplication::translate("iv::Collect", "canceled")
                 : rc == SQLITE_INTERRUPT
                     ? QCoreApplication::translate("iv::Collect",
                                                   "canceling statement due to statement timeout (%1 s)")
                           .arg(m_timeoutSeconds)
                     : sqliteError(m_sqlite) + at(sqlite3_error_offset(m_sqlite));
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
