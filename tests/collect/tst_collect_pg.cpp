// SPDX-License-Identifier: MIT
// The sql provider against a real PostgreSQL (a private cluster started by the ctest fixture
// collect_pg_start, data loaded from testapp.db, server TimeZone Pacific/Chatham): the bookstore example
// gives the same values and text timestamps as upstream's insights.db; metric SQL cannot write, run COPY … TO
// PROGRAM, read server files or outlive statement_timeout, even when it smuggles several statements past the
// text check; the log warns about roles that can do more than read; every timestamp is UTC whatever the
// viewer's and the server's zone.
#include "collectcompare.h"
#include "sqlitefunctions.h"
#include "sqlsource.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestCollectPg : public QObject
{
    Q_OBJECT

    QString m_url = qEnvironmentVariable("IV_PG_URL");
    QTemporaryDir m_dir;

    static QString example()
    {
        return QDir::cleanPath(
            QStringLiteral(IV_TEST_DATA_DIR "/../../examples/bookstore/bookstore.insights.json"));
    }

    // The cluster's URL for another login role.
    QString urlAs(const QString &role) const
    {
        QString url = m_url;
        return url.replace(QStringLiteral("ivtest@"), role + QLatin1Char('@'));
    }

    // A project with one app of these metrics ({"kind", "label", "sql"} objects) on source "default".
    QString project(const QString &name, const QJsonArray &metrics) const
    {
        const QJsonObject app{{QStringLiteral("module"), QStringLiteral("pg.insights")},
                              {QStringLiteral("metrics"), metrics}};
        const QJsonObject root{{QStringLiteral("output"), QStringLiteral("out.db")},
                               {QStringLiteral("sources"),
                                QJsonObject{{QStringLiteral("default"), QStringLiteral("unused.db")}}},
                               {QStringLiteral("apps"), QJsonArray{app}}};
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(QJsonDocument(root).toJson());
        return path;
    }

    static QJsonObject metric(const QString &kind, const QString &label, const QString &sql)
    {
        return {
            {QStringLiteral("kind"), kind}, {QStringLiteral("label"), label}, {QStringLiteral("sql"), sql}};
    }

    ivtest::RunResult collect(const QString &projectPath, const QString &url, const QString &out = QString())
    {
        QStringList args{QStringLiteral("--collect"), projectPath, QStringLiteral("--source"),
                         QStringLiteral("default=") + url};
        if (!out.isEmpty())
            args << QStringLiteral("--output") << out;
        return ivtest::runViewer(args);
    }

    // One value straight from the database (as the superuser, through the code under test's own connection).
    QString scalar(const QString &sql)
    {
        iv::SqlSource source(QStringLiteral("check"), m_url);
        QList<QVariantList> rows;
        QString error;
        if (!source.run(sql, &rows, &error))
            return QStringLiteral("error: ") + error;
        return rows.value(0).value(0).toString();
    }

    static constexpr const char *pwned = "/tmp/iv-pg-copy-program-ran";

private slots:
    void initTestCase()
    {
        QVERIFY2(!m_url.isEmpty(), "IV_PG_URL is set by the ctest fixture");
        QVERIFY(m_dir.isValid());
    }

    void sameAsUpstream()
    {
        const QString out = m_dir.filePath(QStringLiteral("pg.db"));
        const auto run = collect(example(), m_url, out);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.contains("(postgresql, read-only)"));
        QCOMPARE(ivtest::snapshotLines(out),
                 ivtest::snapshotLines(ivtest::fixturePath(QStringLiteral("bookstore/insights.db"))));
        QCOMPARE(ivtest::schemaLines(out),
                 ivtest::schemaLines(ivtest::fixturePath(QStringLiteral("bookstore/insights.db"))));
    }

    void sameInAnotherTimeZone()
    {
        // Naive timestamps stay naive UTC whatever the viewer's own zone is.
        const QString out = m_dir.filePath(QStringLiteral("pg-ny.db"));
        qputenv("TZ", "America/New_York");
        const auto run = collect(example(), m_url, out);
        qunsetenv("TZ");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString sql = QStringLiteral(
            "SELECT timestamp FROM insights_bucketvalue WHERE timestamp IS NOT NULL ORDER BY id");
        const QStringList got = ivtest::queryLines(out, sql);
        QCOMPARE(got.size(), 132);
        QCOMPARE(got, ivtest::queryLines(ivtest::fixturePath(QStringLiteral("bookstore/insights.db")), sql));
    }

    void nothingCanWrite_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        const QString readOnly = QStringLiteral("in a read-only transaction");
        QTest::newRow("delete returning") << QStringLiteral("DELETE FROM testapp_book RETURNING id")
                                          << QStringLiteral("cannot execute DELETE ") + readOnly;
        QTest::newRow("delete, no rows")
            << QStringLiteral("DELETE FROM testapp_book") << QStringLiteral("not a query");
        // A data-modifying WITH makes the whole statement a write: the server names it by its SELECT.
        QTest::newRow("delete in a CTE")
            << QStringLiteral("WITH d AS (DELETE FROM testapp_book RETURNING 1) SELECT count(*) FROM d")
            << QStringLiteral("cannot execute SELECT ") + readOnly;
        QTest::newRow("nextval") << QStringLiteral("SELECT nextval('iv_seq')")
                                 << QStringLiteral("nextval() is not allowed");
        // The plan check: functions defined in the database, volatile ones, and what views hide.
        const QString onlyBuiltIns =
            QStringLiteral("metric SQL may call built-in functions marked immutable or "
                           "stable only");
        QTest::newRow("writing function") << QStringLiteral("SELECT iv_log_write()")
                                          << QStringLiteral("iv_log_write() is not allowed: ") + onlyBuiltIns;
        QTest::newRow("transaction_read_only off")
            << QStringLiteral("SELECT length(set_config('transaction_read_only', 'off', false))")
            << QStringLiteral("set_config() is not allowed: ") + onlyBuiltIns;
        QTest::newRow("a view hides pg_read_file") << QStringLiteral("SELECT length(h) FROM iv_hostname")
                                                   << QStringLiteral("pg_read_file() is not allowed");
        QTest::newRow("a view hides dblink_exec") << QStringLiteral("SELECT count(*) FROM iv_remote_delete")
                                                  << QStringLiteral("dblink_exec() is not allowed");
        QTest::newRow("foreign table")
            << QStringLiteral("SELECT count(*) FROM iv_remote") << QStringLiteral("reads a foreign table");
        // Names spelled with Unicode escapes and field notation (the audit's cases).
        QTest::newRow("U& dblink_exec")
            << QStringLiteral("SELECT length(U&\"d\\0062link\\005fexec\"('dbname=bookstore', 'DELETE FROM "
                              "testapp_book'))")
            << QStringLiteral("dblink_exec() is not allowed");
        QTest::newRow("U& pg_terminate_backend")
            << QStringLiteral("SELECT count(U&\"pg_terminate_\\0062ackend\"(pid)) FROM pg_stat_activity")
            << QStringLiteral("pg_terminate_backend() is not allowed");
        QTest::newRow("field notation pg_read_file")
            << QStringLiteral("SELECT length(('/etc/hostname'::text).pg_read_file)")
            << QStringLiteral("pg_read_file() is not allowed");
        QTest::newRow("lo_import") << QStringLiteral("SELECT lo_import('/etc/hostname')::bigint")
                                   << QStringLiteral("lo_import() is not allowed");
        QTest::newRow("pg_ls_dir") << QStringLiteral("SELECT count(*) FROM pg_ls_dir('.')")
                                   << QStringLiteral("pg_ls_dir() is not allowed");
        QTest::newRow("replication slot")
            << QStringLiteral("SELECT count(*) FROM pg_create_physical_replication_slot('iv_slot')")
            << QStringLiteral("pg_create_physical_replication_slot() is not allowed");
        QTest::newRow("pg_stat_reset") << QStringLiteral("SELECT count(*) FROM (SELECT pg_stat_reset()) t")
                                       << QStringLiteral("pg_stat_reset() is not allowed");
        QTest::newRow("pg_reload_conf") << QStringLiteral("SELECT pg_reload_conf()::int")
                                        << QStringLiteral("pg_reload_conf() is not allowed");
        // E'\'' hides nothing: the string ends after \' and '; COMMIT; … are statements of their own.
        QTest::newRow("E'' string, several statements")
            << QStringLiteral(
                   "SELECT E'\\''; COMMIT; BEGIN READ WRITE; DELETE FROM testapp_book; COMMIT; SELECT 1 --'")
            << QStringLiteral("one SQL statement per metric");
        QTest::newRow("SET") << QStringLiteral("SET default_transaction_read_only = off")
                             << QStringLiteral("SET statements are not allowed");
        QTest::newRow("COPY TO PROGRAM")
            << QStringLiteral(
                   "/* nested /* comment */ */ -- and a line comment\nCOPY (SELECT 1) TO PROGRAM 'touch %1'")
                   .arg(QLatin1String(pwned))
            << QStringLiteral("COPY statements are not allowed");
        QTest::newRow("pg_read_file")
            << QStringLiteral("SELECT length(pg_catalog.pg_read_file('/etc/hostname'))")
            << QStringLiteral("pg_read_file() is not allowed");
    }

    void nothingCanWrite()
    {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        QFile::remove(QLatin1String(pwned));
        const QString path = project(QStringLiteral("evil.json"),
                                     {metric(QStringLiteral("counter"), QStringLiteral("evil"), sql)});
        const auto run = collect(path, m_url);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("metric \"evil\"") && QString::fromUtf8(run.err).contains(message),
                 run.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("out.db"))));
        QVERIFY(!QFile::exists(QLatin1String(pwned)));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM testapp_book")), QStringLiteral("5000"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM iv_log")), QStringLiteral("0"));
        QCOMPARE(scalar(QStringLiteral("SELECT is_called FROM iv_seq")), QStringLiteral("false"));
        QCOMPARE(scalar(QStringLiteral("SELECT is_called FROM iv_remote_seq")), QStringLiteral("false"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pg_replication_slots")), QStringLiteral("0"));
    }

    void setConfigDoesNotOutliveItsMetric()
    {
        // The first metric would turn the session default off: the plan check refuses set_config (volatile),
        // and the second metric's write fails anyway (below the check: its transaction is READ ONLY).
        const QString path = project(
            QStringLiteral("setconfig.json"),
            {metric(
                 QStringLiteral("counter"), QStringLiteral("lift"),
                 QStringLiteral("SELECT length(set_config('default_transaction_read_only', 'off', false))")),
             metric(
                 QStringLiteral("counter"), QStringLiteral("evil"),
                 QStringLiteral("WITH d AS (DELETE FROM testapp_book RETURNING 1) SELECT count(*) FROM d"))});
        const auto run = collect(path, m_url);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("metric \"lift\"") && run.err.contains("set_config() is not allowed"),
                 run.err.constData());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM testapp_book")), QStringLiteral("5000"));
        // Past the plan check (run()), the transaction still undoes it.
        iv::SqlSource source(QStringLiteral("default"), m_url);
        QList<QVariantList> rows;
        QString error;
        QVERIFY2(
            source.run(QStringLiteral("SELECT set_config('default_transaction_read_only', 'off', false)"),
                       &rows, &error),
            qPrintable(error));
        QVERIFY(!source.run(
            QStringLiteral("WITH d AS (DELETE FROM testapp_book RETURNING 1) SELECT count(*) FROM d"), &rows,
            &error));
        QVERIFY2(error.contains(QStringLiteral("cannot execute SELECT in a read-only transaction")),
                 qPrintable(error));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM testapp_book")), QStringLiteral("5000"));
    }

    // NOTICEs reach the log as text (the command line shows control characters as \uXXXX), never the
    // terminal directly.
    void noticesGoToTheLog()
    {
        iv::SqlSource source(QStringLiteral("default"), m_url);
        QList<QVariantList> rows;
        QString error;
        QVERIFY2(source.run(QStringLiteral("SELECT iv_notice(E'\\x1b[31mred')"), &rows, &error),
                 qPrintable(error));
        const QStringList notices = source.takeNotices();
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.first().contains(QStringLiteral("\x1b[31mred")), qPrintable(notices.first()));
        QVERIFY(source.takeNotices().isEmpty());
    }

    void protocolAloneRefuses()
    {
        // Past the text check (run() is what select() calls after it): the extended protocol refuses several
        // statements, and a statement without result columns (COPY) is never executed.
        QFile::remove(QLatin1String(pwned));
        iv::SqlSource source(QStringLiteral("default"), m_url);
        QString error;
        QVERIFY2(source.open(&error), qPrintable(error));
        QList<QVariantList> rows;
        QVERIFY(!source.run(
            QStringLiteral(
                "SELECT E'\\''; COMMIT; BEGIN READ WRITE; DELETE FROM testapp_book; COMMIT; SELECT 1 --'"),
            &rows, &error));
        QCOMPARE(error, QStringLiteral("cannot insert multiple commands into a prepared statement"));
        QVERIFY(!source.run(QStringLiteral("COPY (SELECT 1) TO PROGRAM 'touch %1'").arg(QLatin1String(pwned)),
                            &rows, &error));
        QVERIFY2(error.startsWith(QStringLiteral("not a query")), qPrintable(error));
        QVERIFY(!QFile::exists(QLatin1String(pwned)));
        QVERIFY(source.run(
            QStringLiteral(
                "SELECT count(*), current_setting('TimeZone'), current_setting('transaction_read_only'),"
                " current_setting('default_transaction_read_only'), current_setting('statement_timeout')"
                " FROM testapp_book"),
            &rows, &error));
        QCOMPARE(rows, (QList<QVariantList>{{qlonglong(5000), QStringLiteral("UTC"), QStringLiteral("on"),
                                             QStringLiteral("on"), QStringLiteral("1min")}}));
    }

    void statementTimeout()
    {
        const QString path = project(QStringLiteral("sleep.json"),
                                     {metric(QStringLiteral("counter"), QStringLiteral("slow"),
                                             QStringLiteral("SELECT count(*) FROM generate_series(1, "
                                                            "100000) a, generate_series(1, 100000) b"))});
        QElapsedTimer timer;
        timer.start();
        const auto run = collect(path, m_url + QStringLiteral("&statement_timeout=1"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("metric \"slow\"") &&
                     run.err.contains("canceling statement due to statement timeout"),
                 run.err.constData());
        QVERIFY(timer.elapsed() < 15000);
    }

    void roleWarning_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("warning"); // empty: none expected
        QTest::newRow("superuser") << QStringLiteral("ivtest")
                                   << QStringLiteral("role \"ivtest\" can do more than read: superuser");
        QTest::newRow("writer")
            << QStringLiteral("iv_writer")
            << QStringLiteral("role \"iv_writer\" can do more than read: INSERT/UPDATE/DELETE on 5 tables "
                              "(iv_events, iv_log, testapp_author, …)");
        QTest::newRow("reader") << QStringLiteral("iv_reader") << QString();
        // A search path that names no schema does not hide the writable tables.
        QTest::newRow("writer, search_path none")
            << QStringLiteral("iv_writer&options=-c%20search_path%3Dnone")
            << QStringLiteral("role \"iv_writer\" can do more than read: INSERT/UPDATE/DELETE on 5 tables "
                              "(iv_events, iv_log, testapp_author, …)");
    }

    void roleWarning()
    {
        QFETCH(QString, role);
        QFETCH(QString, warning);
        QString extra; // URL parameters after the role's name in the row
        if (const qsizetype amp = role.indexOf(QLatin1Char('&')); amp >= 0) {
            extra = role.mid(amp);
            role.truncate(amp);
        }
        const QString path = project(QStringLiteral("count.json"),
                                     {metric(QStringLiteral("counter"), QStringLiteral("books"),
                                             QStringLiteral("SELECT count(*) FROM public.testapp_book"))});
        const QString out =
            m_dir.filePath(QStringLiteral("role-%1%2.db")
                               .arg(role, extra.isEmpty() ? QString() : QStringLiteral("-options")));
        const auto run = collect(path, urlAs(role) + extra, out);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString log = QString::fromUtf8(run.err);
        if (warning.isEmpty()) {
            QVERIFY2(!log.contains(QStringLiteral("warning")), run.err.constData());
        } else {
            QVERIFY2(log.contains(QStringLiteral("source \"default\": warning: ") + warning),
                     run.err.constData());
            QVERIFY(log.contains(QStringLiteral("a role that can only read (GRANT SELECT)")));
        }
        QCOMPARE(ivtest::queryLines(out, QStringLiteral("SELECT value FROM insights_counter")),
                 QStringList{QStringLiteral("'5000'")});
    }

    void timeZoneMatrix()
    {
        // The same metrics over timestamptz, timestamp and date, collected with three viewer zones and two
        // server session defaults (the server's Pacific/Chatham for ivtest, Asia/Kathmandu for iv_reader).
        const QString path = project(
            QStringLiteral("zones.json"),
            {metric(QStringLiteral("timeseries"), QStringLiteral("tz_raw"),
                    QStringLiteral("SELECT at, amount FROM iv_events ORDER BY id")),
             metric(QStringLiteral("timeseries"), QStringLiteral("tz_month"),
                    QStringLiteral(
                        "SELECT date_trunc('month', at), sum(amount) FROM iv_events GROUP BY 1 ORDER BY 1")),
             metric(QStringLiteral("timeseries"), QStringLiteral("tz_month_utc"),
                    QStringLiteral("SELECT date_trunc('month', at AT TIME ZONE 'UTC'), sum(amount) FROM "
                                   "iv_events GROUP BY 1 ORDER BY 1")),
             metric(QStringLiteral("timeseries"), QStringLiteral("naive_day"),
                    QStringLiteral(
                        "SELECT date_trunc('day', naive), sum(amount) FROM iv_events GROUP BY 1 ORDER BY 1")),
             metric(QStringLiteral("timeseries"), QStringLiteral("dates"),
                    QStringLiteral("SELECT day, amount FROM iv_events ORDER BY id"))});
        const QStringList expected = {
            QStringLiteral("'value'|'dates'|'2024-03-10 00:00:00'|1|0|NULL|'real'"),
            QStringLiteral("'value'|'dates'|'2024-01-31 00:00:00'|2|0|NULL|'real'"),
            QStringLiteral("'value'|'dates'|'2024-02-01 00:00:00'|4|0|NULL|'real'"),
            QStringLiteral("'value'|'dates'|'2024-03-01 00:00:00'|8|0|NULL|'real'"),
            QStringLiteral("'value'|'naive_day'|'2024-01-31 00:00:00'|2|0|NULL|'real'"),
            QStringLiteral("'value'|'naive_day'|'2024-02-01 00:00:00'|4|0|NULL|'real'"),
            QStringLiteral("'value'|'naive_day'|'2024-03-01 00:00:00'|8|0|NULL|'real'"),
            QStringLiteral("'value'|'naive_day'|'2024-03-10 00:00:00'|1|0|NULL|'real'"),
            QStringLiteral("'value'|'tz_month'|'2024-01-01 00:00:00'|2|0|NULL|'real'"),
            QStringLiteral("'value'|'tz_month'|'2024-02-01 00:00:00'|4|0|NULL|'real'"),
            QStringLiteral("'value'|'tz_month'|'2024-03-01 00:00:00'|9|0|NULL|'real'"),
            QStringLiteral("'value'|'tz_month_utc'|'2024-01-01 00:00:00'|2|0|NULL|'real'"),
            QStringLiteral("'value'|'tz_month_utc'|'2024-02-01 00:00:00'|4|0|NULL|'real'"),
            QStringLiteral("'value'|'tz_month_utc'|'2024-03-01 00:00:00'|9|0|NULL|'real'"),
            QStringLiteral("'value'|'tz_raw'|'2024-03-10 09:28:13'|1|0|NULL|'real'"),
            QStringLiteral("'value'|'tz_raw'|'2024-01-31 23:30:00'|2|0|NULL|'real'"),
            QStringLiteral("'value'|'tz_raw'|'2024-02-01 00:15:00.123456'|4|0|NULL|'real'"),
            QStringLiteral("'value'|'tz_raw'|'2024-03-01 04:00:00'|8|0|NULL|'real'"),
        };
        const QByteArray zones[] = {"UTC", "America/New_York", "Asia/Kolkata"};
        const QString roles[] = {QStringLiteral("ivtest"), QStringLiteral("iv_reader")};
        for (const QByteArray &zone : zones) {
            for (const QString &role : roles) {
                const QString out = m_dir.filePath(
                    QStringLiteral("zones-%1-%2.db")
                        .arg(QString::fromLatin1(zone).replace(QLatin1Char('/'), QLatin1Char('_')), role));
                qputenv("TZ", zone);
                const auto run = collect(path, urlAs(role), out);
                qunsetenv("TZ");
                QVERIFY2(run.exitCode == 0, run.err.constData());
                const QStringList values =
                    ivtest::snapshotLines(out).filter(QRegularExpression(QStringLiteral("^'value'")));
                if (values != expected)
                    qWarning().noquote() << zone << role << values.join(QLatin1Char('\n'));
                QCOMPARE(values, expected);
            }
        }
    }

    void dateTruncSameAsSqlite()
    {
        // date_trunc in a real zone across both summer-time changes of 2024: PostgreSQL's own function and
        // the one registered on SQLite sources give the same UTC instant.
        const QStringList stamps = {
            QStringLiteral("2024-03-30 22:59:59"), QStringLiteral("2024-03-30 23:00:00"),
            QStringLiteral("2024-03-31 00:59:59"), QStringLiteral("2024-03-31 01:00:00"),
            QStringLiteral("2024-03-31 01:30:00"), QStringLiteral("2024-03-31 12:00:00"),
            QStringLiteral("2024-03-31 22:30:00"), QStringLiteral("2024-10-26 23:30:00"),
            QStringLiteral("2024-10-27 00:30:00"), QStringLiteral("2024-10-27 01:30:00"),
            QStringLiteral("2024-10-27 12:00:00"), QStringLiteral("2024-04-15 10:00:00.25")};
        const QStringList fields = {QStringLiteral("hour"),    QStringLiteral("day"),
                                    QStringLiteral("week"),    QStringLiteral("month"),
                                    QStringLiteral("quarter"), QStringLiteral("year")};
        iv::SqlSource pg(QStringLiteral("pg"), m_url);
        QString error;
        QVERIFY2(pg.open(&error), qPrintable(error));
        int compared = 0;
        for (const QString &zone : {QStringLiteral("Europe/Amsterdam"), QStringLiteral("America/Santiago")}) {
            for (const QString &field : fields) {
                for (const QString &ts : stamps) {
                    QList<QVariantList> rows;
                    const QString sql =
                        QStringLiteral("SELECT date_trunc('%1', timestamptz '%2+00', '%3'), timezone('%3', "
                                       "timestamptz '%2+00')")
                            .arg(field, ts, zone);
                    QVERIFY2(pg.select(sql, &rows, &error), qPrintable(error));
                    const QString expected = rows.value(0).value(0).toString();
                    QString why;
                    QCOMPARE(iv::SqliteFunctions::dateTrunc(field, ts, zone, &why), expected);
                    QCOMPARE(iv::SqliteFunctions::atTimeZone(zone, ts, &why),
                             rows.value(0).value(1).toString());
                    ++compared;
                }
            }
        }
        QCOMPARE(compared, 144);
    }

    void parametersAndPositions()
    {
        // Named parameters are bound (as $N) on PostgreSQL too; an error names line and column of the text.
        iv::SqlSource pg(QStringLiteral("pg"), m_url);
        QString error;
        QVERIFY2(pg.open(&error), qPrintable(error));
        pg.setParameters({{QStringLiteral("since"), QStringLiteral("2015-01-01 00:00:00")},
                          {QStringLiteral("min"), qlonglong(30)}});
        QList<QVariantList> rows;
        QVERIFY2(pg.select(QStringLiteral("SELECT count(*) FROM testapp_book WHERE created >= :since AND "
                                          "author_id::bigint >= :min"),
                           &rows, &error),
                 qPrintable(error));
        QCOMPARE(rows.value(0).value(0).toString(),
                 scalar(QStringLiteral("SELECT count(*) FROM testapp_book WHERE created >= '2015-01-01' AND "
                                       "author_id >= 30")));
        QVERIFY(!pg.select(QStringLiteral("SELECT count(*)\nFROM testapp_book WHERE :min > nope"), &rows,
                           &error));
        QCOMPARE(error, QStringLiteral("column \"nope\" does not exist (line 2, column 32)"));
        // The columns of a query without rows.
        QVERIFY(pg.select(QStringLiteral("SELECT 1, 2, 3 WHERE false"), &rows, &error));
        QCOMPARE(pg.columnCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCollectPg)
#include "tst_collect_pg.moc"
