// SPDX-License-Identifier: MIT
// SqlSource without a server: the text check per dialect (E'' strings, dollar quotes, nested comments, COPY,
// functions that leave the database), UTC conversion of offsets, and SQLite sources that are never given
// sidecar files: a WAL-mode source in a read-only folder collects, a live WAL source is read with its -wal.
#include "collectcompare.h"
#include "sqlprovider.h"
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

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <thread>
#include <vector>

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
        // Names spelled with Unicode escapes, and field notation: decoded before they are compared.
        QTest::newRow("U& dblink_exec")
            << QStringLiteral("SELECT U&\"d\\0062link\\005fexec\"('dbname=x', 'DELETE FROM t')") << true
            << QStringLiteral("error: dblink_exec() is not allowed");
        QTest::newRow("U& with UESCAPE")
            << QStringLiteral("SELECT u&\"pg_terminate!005fbackend\" UESCAPE '!'(1234)") << true
            << QStringLiteral("error: pg_terminate_backend() is not allowed");
        QTest::newRow("U& six-digit escape")
            << QStringLiteral("SELECT U&\"pg_read\\+00005ffile\"('/etc/hostname')") << true
            << QStringLiteral("error: pg_read_file() is not allowed");
        QTest::newRow("field notation") << QStringLiteral("SELECT ('/etc/hostname'::text).pg_read_file")
                                        << true << QStringLiteral("error: pg_read_file() is not allowed");
        QTest::newRow("field notation, quoted")
            << QStringLiteral("SELECT ('/etc'::text) . \"pg_ls_dir\"") << true
            << QStringLiteral("error: pg_ls_dir() is not allowed");
        QTest::newRow("lo_import") << QStringLiteral("SELECT lo_import('/etc/hostname')") << true
                                   << QStringLiteral("error: lo_import() is not allowed");
        QTest::newRow("replication slot")
            << QStringLiteral("SELECT * FROM pg_create_physical_replication_slot('s')") << true
            << QStringLiteral("error: pg_create_physical_replication_slot() is not allowed");
        QTest::newRow("pg_stat_reset") << QStringLiteral("SELECT pg_stat_reset()") << true
                                       << QStringLiteral("error: pg_stat_reset() is not allowed");
        QTest::newRow("pg_reload_conf") << QStringLiteral("SELECT pg_reload_conf()") << true
                                        << QStringLiteral("error: pg_reload_conf() is not allowed");
        QTest::newRow("nextval") << QStringLiteral("SELECT nextval('s')") << true
                                 << QStringLiteral("error: nextval() is not allowed");
        QTest::newRow("a column after a dot stays a column")
            << QStringLiteral("SELECT t.amount FROM t") << true << QStringLiteral("SELECT t.amount FROM t");
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

    void symlinkedLiveWalSourceIsReadWithItsWal()
    {
        // The same through a symbolic link in another folder: the -wal beside the real file counts, so the
        // file is not opened immutable and the row in the -wal is seen.
        QTemporaryDir sourceDir, linkDir, workDir;
        const QString source =
            ivtest::buildDatabaseFromSql(sourceDir, QStringLiteral("app.sqlite3"), QLatin1String(kSourceSql));
        sqlite3 *writer = nullptr;
        QVERIFY(sqliteExec(source,
                           "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;"
                           "INSERT INTO ev VALUES (5, '2024-04-01 00:00:00', 16)",
                           &writer));
        const QString link = linkDir.filePath(QStringLiteral("linked.sqlite3"));
        QVERIFY(QFile::link(source, link));
        QList<QVariantList> rows;
        QString error;
        SqlSource linked(QStringLiteral("default"), link);
        const bool ok = linked.select(QStringLiteral("SELECT count(*) FROM ev"), &rows, &error);
        sqlite3_close(writer);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(rows, (QList<QVariantList>{{qlonglong(5)}}));
        QCOMPARE(QDir(linkDir.path()).entryList(QDir::Files | QDir::System | QDir::Hidden),
                 QStringList{QStringLiteral("linked.sqlite3")});
    }

    void rowCapsAndBoundedMessages()
    {
        QTemporaryDir dir;
        const QString path =
            ivtest::buildDatabaseFromSql(dir, QStringLiteral("app.sqlite3"), QLatin1String(kSourceSql));
        SqlSource source(QStringLiteral("default"), path);
        QList<QVariantList> rows;
        QString error;
        // More rows than the cap: refused without reading the rest.
        QVERIFY(
            !source.select(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                                          "SELECT i FROM n"),
                           &rows, &error, 10));
        QVERIFY2(error.contains(QStringLiteral("more than 10 row")), qPrintable(error));
        QVERIFY(rows.isEmpty());
        QVERIFY(source.select(QStringLiteral("SELECT id FROM ev"), &rows, &error, 4));
        QCOMPARE(rows.size(), 4);
        // A counter takes one row: a second one already fails, through the provider.
        iv::SqlMetricSpec spec;
        spec.meta.kind = iv::MetricKind::Counter;
        spec.meta.label = QStringLiteral("c");
        spec.sql.insert(QString(), QStringLiteral("SELECT id FROM ev"));
        iv::CollectedMetric metric;
        QVERIFY(!iv::SqlProvider::runMetric(spec, source, &rows, &metric, &error));
        QVERIFY2(error.contains(QStringLiteral("more than 1 row")), qPrintable(error));
        // A database's message is cut (a 100,000-character name in "no such table").
        const QString name(100000, QLatin1Char('x'));
        QVERIFY(!source.select(QStringLiteral("SELECT * FROM %1").arg(name), &rows, &error));
        QVERIFY2(error.startsWith(QStringLiteral("no such table: xxx")), qPrintable(error.left(100)));
        QVERIFY2(error.size() < SqlSource::MaxMessageChars + 100, qPrintable(QString::number(error.size())));
        QVERIFY(error.endsWith(QStringLiteral("more characters)")));
        // Cancel stops a running query.
        std::atomic_bool cancel{false};
        source.setCancelCheck([&cancel] { return cancel.load(); });
        QElapsedTimer timer;
        timer.start();
        std::thread canceler([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        const bool ran =
            source.select(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                                         "FROM n) SELECT count(*) FROM n"),
                          &rows, &error);
        canceler.join();
        QVERIFY(!ran);
        QCOMPARE(error, QStringLiteral("canceled"));
        QVERIFY(timer.elapsed() < 5000);
    }

    // A server that accepts the connection, completes the start-up and then never answers: the client's own
    // deadline ends the query (statement_timeout alone is the server's, and a stalled server ignores it).
    void stalledServerHitsTheClientDeadline()
    {
        const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QVERIFY(listener >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        QCOMPARE(::listen(listener, 8), 0);
        socklen_t length = sizeof address;
        QCOMPARE(::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length), 0);
        const int port = ntohs(address.sin_port);
        std::atomic_bool stop{false};
        std::vector<int> clients;
        std::thread server([&] {
            while (!stop) {
                pollfd p{listener, POLLIN, 0};
                if (::poll(&p, 1, 100) <= 0)
                    continue;
                const int c = ::accept(listener, nullptr, nullptr);
                if (c < 0)
                    continue;
                clients.push_back(c);
                // Start-up: an SSL or GSS request is declined, then the start-up message is answered with
                // "authentication ok", key data and "ready for query"; after that, silence.
                for (;;) {
                    unsigned char head[8];
                    if (::recv(c, head, 8, MSG_WAITALL) != 8)
                        break;
                    const quint32 size = (quint32(head[0]) << 24) | (quint32(head[1]) << 16) |
                                         (quint32(head[2]) << 8) | head[3];
                    const quint32 code = (quint32(head[4]) << 24) | (quint32(head[5]) << 16) |
                                         (quint32(head[6]) << 8) | head[7];
                    if (code == 80877103 || code == 80877104) {
                        (void)::send(c, "N", 1, MSG_NOSIGNAL);
                        continue;
                    }
                    if (code == 80877102) // a cancel request: nothing to cancel
                        break;
                    std::vector<char> rest(size > 8 ? size - 8 : 0);
                    if (!rest.empty() &&
                        ::recv(c, rest.data(), rest.size(), MSG_WAITALL) != ssize_t(rest.size()))
                        break;
                    const unsigned char ready[] = {'R', 0, 0, 0, 8,  0,  0, 0, 0, // AuthenticationOk
                                                   'K', 0, 0, 0, 12, 0,  0, 0, 1, 0, 0, 0, 2, // key data
                                                   'Z', 0, 0, 0, 5,  'I'}; // ready for query
                    (void)::send(c, ready, sizeof ready, MSG_NOSIGNAL);
                    break;
                }
            }
        });
        SqlSource source(
            QStringLiteral("stalled"),
            QStringLiteral("postgresql://nobody@127.0.0.1:%1/db?sslmode=disable&gssencmode=disable&"
                           "connect_timeout=5&statement_timeout=1")
                .arg(port));
        QElapsedTimer timer;
        timer.start();
        QList<QVariantList> rows;
        QString error;
        const bool ok = source.select(QStringLiteral("SELECT 1"), &rows, &error);
        const qint64 elapsed = timer.elapsed();
        stop = true;
        server.join();
        for (int c : clients)
            ::close(c);
        ::close(listener);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("no answer from the server within 3 s")), qPrintable(error));
        QVERIFY2(elapsed < 15000, qPrintable(QString::number(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestSqlSource)
#include "tst_sqlsource.moc"
