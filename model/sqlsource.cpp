// SPDX-License-Identifier: MIT
#include "sqlsource.h"

#include "collectproject.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

namespace iv {

namespace {

std::atomic_int g_connectionCounter{0};

QString dbError(const QSqlError &e)
{
    QString text = e.databaseText().trimmed();
    if (text.isEmpty())
        text = e.driverText().trimmed();
    if (text.isEmpty())
        text = e.text().trimmed();
    return text;
}

// Statements that change the transaction or session and so could undo the read-only guard.
bool isTransactionControl(const QString &keyword)
{
    static const QStringList words = {QStringLiteral("BEGIN"),   QStringLiteral("COMMIT"),  QStringLiteral("ROLLBACK"),
                                      QStringLiteral("END"),     QStringLiteral("ABORT"),   QStringLiteral("START"),
                                      QStringLiteral("SET"),     QStringLiteral("RESET"),   QStringLiteral("SAVEPOINT"),
                                      QStringLiteral("RELEASE"), QStringLiteral("PRAGMA"),  QStringLiteral("ATTACH"),
                                      QStringLiteral("DETACH"),  QStringLiteral("DISCARD"), QStringLiteral("PREPARE"),
                                      QStringLiteral("EXECUTE"), QStringLiteral("DO"),      QStringLiteral("CALL"),
                                      QStringLiteral("VACUUM"),  QStringLiteral("LOAD")};
    return words.contains(keyword.toUpper());
}

} // namespace

SqlSource::SqlSource(const QString &name, const QString &connection)
    : m_name(name)
    , m_connection(connection)
    , m_connectionName(QStringLiteral("iv-collect-%1").arg(g_connectionCounter.fetch_add(1)))
    , m_postgres(CollectProject::isPostgresUrl(connection))
{
}

SqlSource::~SqlSource()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QString SqlSource::displayName() const
{
    if (!m_postgres)
        return QDir::toNativeSeparators(m_connection);
    QUrl url(m_connection);
    url.setPassword(QString());
    return url.toString();
}

bool SqlSource::exec(const QString &sql, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (q.exec(sql))
        return true;
    *error = dbError(q.lastError());
    return false;
}

bool SqlSource::open(QString *error)
{
    if (m_open)
        return true;
    if (m_postgres) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            *error = QStringLiteral("the Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed");
            return false;
        }
        const QUrl url(m_connection, QUrl::StrictMode);
        if (!url.isValid()) {
            *error = QStringLiteral("not a valid PostgreSQL URL: %1").arg(url.errorString());
            return false;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        if (!url.host().isEmpty())
            db.setHostName(url.host());
        if (url.port() > 0)
            db.setPort(url.port());
        if (!url.userName().isEmpty())
            db.setUserName(url.userName());
        const QString dbName = url.path().mid(1);
        if (!dbName.isEmpty())
            db.setDatabaseName(dbName);
        // Query parameters are libpq keywords (host=/socket/dir, sslmode=…); the ones Qt knows go to Qt.
        QStringList options;
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items) {
            if (key == QLatin1String("host"))
                db.setHostName(value);
            else if (key == QLatin1String("port"))
                db.setPort(value.toInt());
            else if (key == QLatin1String("user"))
                db.setUserName(value);
            else if (key == QLatin1String("dbname"))
                db.setDatabaseName(value);
            else if (key == QLatin1String("password")) {
                *error = QStringLiteral("the URL carries a password; use PGPASSWORD or ~/.pgpass instead");
                return false;
            } else if (value.contains(QLatin1Char(' ')) || value.contains(QLatin1Char(';')) || value.contains(QLatin1Char('\''))) {
                *error = QStringLiteral("unsupported characters in URL parameter %1").arg(key);
                return false;
            } else
                options << QStringLiteral("%1=%2").arg(key, value);
        }
        if (!options.isEmpty())
            db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open()) {
            *error = dbError(db.lastError());
            return false;
        }
        m_open = true;
        // The session's transactions are read-only by default, and times are shown in UTC.
        return exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"), error)
            && exec(QStringLiteral("SET TIME ZONE 'UTC'"), error);
    }

    const QFileInfo info(m_connection);
    if (!info.exists()) {
        *error = QStringLiteral("%1: no such file").arg(QDir::toNativeSeparators(m_connection));
        return false;
    }
    if (!info.isFile()) {
        *error = QStringLiteral("%1: not a file").arg(QDir::toNativeSeparators(m_connection));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    const QString uri = QStringLiteral("file:%1?mode=ro")
                            .arg(QString::fromLatin1(QUrl::toPercentEncoding(info.absoluteFilePath(), "/")));
    db.setDatabaseName(uri);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    if (!db.open()) {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_connection), dbError(db.lastError()));
        return false;
    }
    m_open = true;
    if (!exec(QStringLiteral("PRAGMA query_only = ON"), error)) {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_connection), *error);
        return false;
    }
    return true;
}

bool SqlSource::select(const QString &sql, QList<QVariantList> *rows, QString *error)
{
    rows->clear();
    const QString statement = singleStatement(sql, error);
    if (statement.isNull())
        return false;
    if (!open(error))
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (m_postgres && !exec(QStringLiteral("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"), error))
        return false;
    bool ok = true;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.setNumericalPrecisionPolicy(QSql::HighPrecision);
        if (!q.exec(statement)) {
            *error = dbError(q.lastError());
            ok = false;
        } else {
            const int columns = q.record().count();
            while (q.next()) {
                QVariantList row;
                row.reserve(columns);
                for (int c = 0; c < columns; ++c)
                    row << q.value(c);
                rows->append(row);
            }
            if (q.lastError().isValid()) {
                *error = dbError(q.lastError());
                ok = false;
            }
        }
    }
    if (m_postgres) {
        QString ignored;
        exec(QStringLiteral("ROLLBACK"), &ignored);
    }
    return ok;
}

QString SqlSource::singleStatement(const QString &sql, QString *error)
{
    const qsizetype n = sql.size();
    qsizetype end = -1; // position of the first top-level ';'
    QString firstWord;
    bool sawCode = false;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            while (i < n && sql.at(i) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype close = sql.indexOf(QLatin1String("*/"), i + 2);
            i = close < 0 ? n : close + 1;
            continue;
        }
        if (c.isSpace())
            continue;
        if (end >= 0) { // code after the first ';'
            if (c == QLatin1Char(';'))
                continue;
            *error = QStringLiteral("one SQL statement per metric, please (found more after ';')");
            return QString();
        }
        if (!sawCode) {
            sawCode = true;
            qsizetype j = i;
            while (j < n && sql.at(j).isLetter())
                ++j;
            firstWord = sql.mid(i, j - i);
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            qsizetype j = i + 1;
            while (j < n) {
                if (sql.at(j) == c) {
                    if (j + 1 < n && sql.at(j + 1) == c) { // doubled quote inside
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            i = j;
            continue;
        }
        if (c == QLatin1Char('$')) { // PostgreSQL dollar quoting: $tag$ … $tag$
            qsizetype j = i + 1;
            while (j < n && (sql.at(j).isLetterOrNumber() || sql.at(j) == QLatin1Char('_')))
                ++j;
            if (j < n && sql.at(j) == QLatin1Char('$')) {
                const QString tag = sql.mid(i, j - i + 1);
                const qsizetype close = sql.indexOf(tag, j + 1);
                i = close < 0 ? n : close + tag.size() - 1;
                continue;
            }
        }
        if (c == QLatin1Char(';'))
            end = i;
    }
    if (!sawCode) {
        *error = QStringLiteral("the SQL is empty");
        return QString();
    }
    if (isTransactionControl(firstWord)) {
        *error = QStringLiteral("%1 statements are not allowed: metric SQL runs read-only").arg(firstWord.toUpper());
        return QString();
    }
    return end >= 0 ? sql.left(end) : sql;
}

} // namespace iv
