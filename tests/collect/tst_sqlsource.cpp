// SPDX-License-Identifier: MIT
// SqlSource without a server: the text check per dialect (E'' strings, dollar quotes, nested comments, COPY,
// functions that leave the database), UTC conversion of offsets, and SQLite sources that are never given
// sidecar files: a WAL-mode source in a read-only folder collects, a live WAL source is read with its -wal.
#include "collectcompare.h"
#include "sqlsource.h"
#include "testsupport.h"
#include "timestamp.h"

#include <sqlite3.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using iv::SqlSource;

namespace {

const char *const kSourceSql = R"(
CREATE TABLE ev (id integer PRIMARY KEY, at text NOT NULL, amount integer NOT NULL);
INSERT INTO ev VALUES (1, '2024-03-10 09:28:13', 1);
INSERT INTO ev VALUES (2, '2024-03-10T05:28:13-05:00', 2);
INSERT INTO ev VALUES (3, '2024-02-01 05:45:00.123456+05:30', 4);
INSERT INTO ev VALUES (4, '2024-01-31', 8);
)";

bool sqliteExec(const QString &path, const char *sql, sqlite3 **keepOpen = nullptr)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK &&
              sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    if (keepOpen)
        *keepOpen = db;
    else
        sqlite3_close(db);
    return ok;
}

QString writeProject(const QString &dir, const QString &source)
{
    auto metric = [](const char *kind, const char *label, const char *sql) {
        return QJsonObject{{QStringLiteral("kind"), QLatin1String(kind)},
                           {QStringLiteral("label"), QLatin1String(label)},
                           {QStringLiteral("sql"), QLatin1String(sql)}};
    };
    const QJsonObject root{
        {QStringLiteral("output"), QStringLiteral("out.db")},
        {QStringLiteral("sources"), QJsonObject{{QStringLiteral("default"), source}}},
        {QStringLiteral("apps"),
         QJsonArray{QJsonObject{
             {QStringLiteral("module"), QStringLiteral("wal.insights")},
             {QStringLiteral("metrics"),
              QJsonArray{metric("counter", "events", "SELECT count(*) FROM ev"),
                         metric("timeseries", "times", "SELECT at, amount FROM ev ORDER BY id")}}}}}};
    const QString path = QDir(dir).filePath(QStringLiteral("wal.json"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(QJsonDocument(root).toJson());
    return path;
}

} // namespace

class TestSqlSource : public QObject
{
    Q_OBJECT

private slots:
    void singleStatement_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("expected"); // the statement, or "error: <part of the message>"
        const QString several = QStringLiteral("error: one SQL statement per metric");
        QTest::newRow("trailing ;") << QStringLiteral("SELECT 1;  -- done\n;") << true
                                    << QStringLiteral("SELECT 1");
        QTest::newRow("E'' hides nothing")
            << QStringLiteral("SELECT E'\\''; COMMIT; BEGIN READ WRITE; DELETE FROM t; COMMIT; SELECT 1 --'")
            << true << several;
        QTest::newRow("e'' escaped backslash")
            << QStringLiteral("SELECT e'\\\\'; DELETE FROM t") << true << several;
        QTest::newRow("E'' with ; inside")
            << QStringLiteral("SELECT E'it\\'s; fine'") << true << QStringLiteral("SELECT E'it\\'s; fine'");
        QTest::newRow("standard string, backslash literal")
            << QStringLiteral("SELECT 'a\\'; DELETE FROM t; --'") << true << several;
        QTest::newRow("identifier ending in e")
            << QStringLiteral("SELECT the'x\\'; DELETE FROM t") << true << several;
        // To PostgreSQL a no-break space starts a name: "\u00a0E" is a name and '\' a plain string.
        QTest::newRow("no-break space before E")
            << QStringLiteral("SELECT 1,\u00a0E'\\'; DELETE FROM t; --'") << true << several;
        QTest::newRow("dollar quote") << QStringLiteral("SELECT $q$ '; DELETE $$ $q$") << true
                                      << QStringLiteral("SELECT $q$ '; DELETE $$ $q$");
        QTest::newRow("dollar quote, then more")
            << QStringLiteral("SELECT $$x$$; DELETE FROM t") << true << several;
        // A dollar-quote tag never starts with a digit: "$1$ … $1$" is no quote (PostgreSQL reads parameters
        // and runs three statements), so the ";" between them count.
        QTest::newRow("$1 is no quote")
            << QStringLiteral("SELECT $1$; DELETE FROM t; SELECT $1$") << true << several;
        QTest::newRow("$1 alone") << QStringLiteral("SELECT $1; DELETE FROM t $1") << true << several;
        QTest::newRow("nested comment (postgres)")
            << QStringLiteral("SELECT 1 /* a /* b */ ; DELETE FROM t */") << true
            << QStringLiteral("SELECT 1 /* a /* b */ ; DELETE FROM t */");
        QTest::newRow("no nesting (sqlite)")
            << QStringLiteral("SELECT 1 /* a /* b */ ; DELETE FROM t */") << false << several;
        QTest::newRow("unterminated comment") << QStringLiteral("SELECT 1 /* a /* b */") << true
                                              << QStringLiteral("error: unterminated /* comment");
        QTest::newRow("unterminated string")
            << QStringLiteral("SELECT 'abc") << false << QStringLiteral("error: unterminated string");
        QTest::newRow("COPY after comments")
            << QStringLiteral("/* report */ -- daily\n  copy (SELECT 1) TO PROGRAM 'touch /tmp/x'") << true
            << QStringLiteral("error: COPY statements are not allowed");
        QTest::newRow("COPY after ;") << QStringLiteral(";COPY t TO STDOUT") << true
                                      << QStringLiteral("error: COPY statements are not allowed");
        QTest::newRow("pg_read_file")
            << QStringLiteral("SELECT pg_catalog.pg_read_file /* x */ ('/etc/passwd')") << true
            << QStringLiteral("error: pg_read_file() is not allowed");
        QTest::newRow("quoted pg_read_file")
            << QStringLiteral("SELECT \"pg_read_file\"('/etc/passwd')") << true
            << QStringLiteral("error: pg_read_file() is not allowed");
        QTest::newRow("query_to_xml")
            << QStringLiteral("SELECT query_to_xml('COPY t TO PROGRAM ''x''', true, true, '')") << true
            << QStringLiteral("error: query_to_xml() is not allowed");
        QTest::newRow("column named like a function")
            << QStringLiteral("SELECT lo_export FROM t") << true << QStringLiteral("SELECT lo_export FROM t");
        QTest::newRow("backtick (sqlite)") << QStringLiteral("SELECT `a;b`, [c;d] FROM t") << false
                                           << QStringLiteral("SELECT `a;b`, [c;d] FROM t");
        QTest::newRow("backtick is no quote (postgres)")
            << QStringLiteral("SELECT `a;b` FROM t") << true << several;
        QTest::newRow("SET") << QStringLiteral("  set transaction_read_only = off") << true
                             << QStringLiteral("error: SET statements are not allowed");
        QTest::newRow("empty") << QStringLiteral(" -- nothing\n ;") << true
                               << QStringLiteral("error: the SQL is empty");
    }

    void singleStatement()
    {
        QFETCH(QString, sql);
        QFETCH(bool, postgres);
        QFETCH(QString, expected);
        QString error;
        const QString got = SqlSource::singleStatement(
            sql, &error, postgres ? SqlSource::Engine::PostgreSql : SqlSource::Engine::Sqlite);
        if (expected.startsWith(QLatin1String("error: "))) {
            QVERIFY2(got.isNull(), qPrintable(got));
            QVERIFY2(error.contains(expected.mid(7)), qPrintable(error));
        } else {
            QVERIFY2(!got.isNull(), qPrintable(error));
            QCOMPARE(got, expected);
        }
    }

    void utcMicros_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // empty: not a timestamp
        QTest::newRow("naive") << QStringLiteral("2024-03-10 09:28:13")
                               << QStringLiteral("2024-03-10 09:28:13");
        QTest::newRow("-05") << QStringLiteral("2024-03-10 04:28:13-05")
                             << QStringLiteral("2024-03-10 09:28:13");
        QTest::newRow("+05:30 micros") << QStringLiteral("2024-02-01 05:45:00.123456+05:30")
                                       << QStringLiteral("2024-02-01 00:15:00.123456");
        QTest::newRow("across a month")
            << QStringLiteral("2024-02-29 20:00:00-08") << QStringLiteral("2024-03-01 04:00:00");
        QTest::newRow("+1345") << QStringLiteral("2024-01-01T13:45:00+1345")
                               << QStringLiteral("2024-01-01 00:00:00");
        QTest::newRow("Z") << QStringLiteral("2024-01-01T00:00:00Z") << QStringLiteral("2024-01-01 00:00:00");
        QTest::newRow("date") << QStringLiteral("2024-01-31") << QStringLiteral("2024-01-31 00:00:00");
        QTest::newRow("infinity") << QStringLiteral("infinity") << QString();
        QTest::newRow("one-digit offset") << QStringLiteral("2024-01-01 00:00:00+5") << QString();
    }

    void utcMicros()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const qint64 micros = SqlSource::utcMicros(text);
        QCOMPARE(micros == iv::Timestamp::Invalid ? QString() : iv::Timestamp::formatDjango(micros), utc);
    }

    void walSourceInReadOnlyFolder()
    {
        // A WAL-mode source nobody has open, in a folder we cannot write: opened immutable, so it collects
        // and no -wal/-shm appears; the offsets in its text are converted to UTC whatever the viewer's zone.
        QTemporaryDir sourceDir, workDir;
        const QString source =
            ivtest::buildDatabaseFromSql(sourceDir, QStringLiteral("app.sqlite3"), QLatin1String(kSourceSql));
        QVERIFY(sqliteExec(source, "PRAGMA journal_mode=WAL"));
        QVERIFY(!QFile::exists(source + QStringLiteral("-wal")));
        QFile::setPermissions(source, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        QFile::setPermissions(sourceDir.path(), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                                    QFile::ExeGroup | QFile::ReadOther |
                                                    QFile::ExeOther); // 0555
        const ivtest::FileState before = ivtest::fileState(source);
        QCOMPARE(before.siblings, QStringList{QStringLiteral("app.sqlite3")});
        const auto run = [&] {
            // The collect runs in another zone; this process' zone is restored afterwards, as it was (set or
            // not), so the tests after this one see the machine's zone.
            const bool hadTz = qEnvironmentVariableIsSet("TZ");
            const QByteArray oldTz = qgetenv("TZ");
            qputenv("TZ", "America/New_York");
            const auto result =
                ivtest::runViewer({QStringLiteral("--collect"), writeProject(workDir.path(), source)});
            if (hadTz)
                qputenv("TZ", oldTz);
            else
                qunsetenv("TZ");
            return result;
        }();
        QFile::setPermissions(sourceDir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(ivtest::fileState(source) == before);
        QCOMPARE(ivtest::snapshotLines(workDir.filePath(QStringLiteral("out.db")))
                     .filter(QStringLiteral("'value'")),
                 QStringList({QStringLiteral("'value'|'times'|'2024-03-10 09:28:13'|1|0|NULL|'real'"),
                              QStringLiteral("'value'|'times'|'2024-03-10 10:28:13'|2|0|NULL|'real'"),
                              QStringLiteral("'value'|'times'|'2024-02-01 00:15:00.123456'|4|0|NULL|'real'"),
                              QStringLiteral("'value'|'times'|'2024-01-31 00:00:00'|8|0|NULL|'real'")}));
    }

    void sqliteGuardsAlone()
    {
        // Past the text check (run() is what select() calls after it): one statement per prepare, a read-only
        // file, no ATTACH (so no VACUUM INTO either), and the statement time limit.
        QTemporaryDir dir;
        const QString path =
            ivtest::buildDatabaseFromSql(dir, QStringLiteral("app.sqlite3"), QLatin1String(kSourceSql));
        const ivtest::FileState before = ivtest::fileState(path);
        SqlSource source(QStringLiteral("default"), path);
        QString error;
        QVERIFY2(source.open(&error), qPrintable(error));
        QList<QVariantList> rows;
        QVERIFY(!source.run(QStringLiteral("SELECT count(*) FROM ev; DELETE FROM ev"), &rows, &error));
        QCOMPARE(error, QStringLiteral("one SQL statement per metric, please (found more after ';')"));
        QVERIFY(!source.run(QStringLiteral("DELETE FROM ev"), &rows, &error));
        QCOMPARE(error, QStringLiteral("attempt to write a readonly database"));
        QVERIFY(
            !source.run(QStringLiteral("ATTACH '%1' AS other").arg(dir.filePath(QStringLiteral("other.db"))),
                        &rows, &error));
        QVERIFY2(error.contains(QStringLiteral("too many attached databases")), qPrintable(error));
        QVERIFY(!source.run(QStringLiteral("VACUUM INTO '%1'").arg(dir.filePath(QStringLiteral("copy.db"))),
                            &rows, &error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("copy.db"))));
        source.m_timeoutSeconds = 1;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!source.run(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                                           "SELECT count(*) FROM n"),
                            &rows, &error));
        QCOMPARE(error, QStringLiteral("canceling statement due to statement timeout (1 s)"));
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY(source.run(QStringLiteral("SELECT count(*), sum(amount) FROM ev;  -- done"), &rows, &error));
        QCOMPARE(rows, (QList<QVariantList>{{qlonglong(4), qlonglong(15)}}));
        QVERIFY(ivtest::fileState(path) == before);
    }

    void liveWalSourceIsReadWithItsWal()
    {
        // While a writer has the file open (its -wal holds a committed row not yet in the main file), the
        // source is read with SQLite's locking, not as immutable: the row is counted.
        QTemporaryDir sourceDir, workDir;
        const QString source =
            ivtest::buildDatabaseFromSql(sourceDir, QStringLiteral("app.sqlite3"), QLatin1String(kSourceSql));
        sqlite3 *writer = nullptr;
        QVERIFY(sqliteExec(source,
                           "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;"
                           "INSERT INTO ev VALUES (5, '2024-04-01 00:00:00', 16)",
                           &writer));
        QVERIFY(QFile::exists(source + QStringLiteral("-wal")));
        const auto run =
            ivtest::runViewer({QStringLiteral("--collect"), writeProject(workDir.path(), source)});
        sqlite3_close(writer);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(ivtest::queryLines(workDir.filePath(QStringLiteral("out.db")),
                                    QStringLiteral("SELECT value FROM insights_counter")),
                 QStringList{QStringLiteral("'5'")});
    }
};

QTEST_GUILESS_MAIN(TestSqlSource)
#include "tst_sqlsource.moc"
