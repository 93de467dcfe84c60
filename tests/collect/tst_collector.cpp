// SPDX-License-Identifier: MIT
// Collect without the upstream fixtures: project-file validation, the sql provider on a small database of our
// own (read-only, no sidecars, writes refused), command and django providers, atomic output on failure and on
// cancel, and the --collect exit codes.
#include "collectcompare.h"
#include "collector.h"
#include "collectproject.h"
#include "testsupport.h"
#include "tst_collector.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace iv;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    f.write(text);
    return path;
}

QByteArray dataDir()
{
    return QByteArray(IV_TEST_DATA_DIR);
}

// The shop project: sql metrics over collect_source.sql (values counted by hand there).
QByteArray shopProject(const QByteArray &extraMetric = {})
{
    return R"({
  "version": 1,
  "output": "out/shop.db",
  "sources": {"default": "shop.sqlite"},
  "apps": [{"module": "shop.insights", "label": "Shop", "metrics": [
    {"kind": "counter", "label": "orders", "question": "How many orders?", "sql": "SELECT count(*) FROM shop_order;"},
    {"kind": "gauge", "label": "avg_total", "desc": "Average order", "sql": "SELECT avg(total) FROM shop_order"},
    {"kind": "timeseries", "label": "orders_per_month", "xlabel": "Month", "xformat": "%m",
     "sql": {"sqlite": "SELECT strftime(\u0027%Y-%m-01 00:00:00\u0027, created) AS m, count(*) FROM shop_order GROUP BY m ORDER BY m",
             "postgresql": "SELECT date_trunc(\u0027month\u0027, created) AS m, count(*) FROM shop_order GROUP BY m ORDER BY m"}},
    {"kind": "barchart", "label": "orders_by_kind",
     "sql": "SELECT count(*), 0, kind FROM shop_order GROUP BY kind ORDER BY kind"})"
        + extraMetric + R"(
  ]}]
})";
}

} // namespace

std::optional<CollectProject> TestCollector::load(const QByteArray &json, QString *error, const QString &name)
{
    return CollectProject::load(writeFile(m_dir, name, json), {}, QString(), error);
}

void TestCollector::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("out")));
    m_source = ivtest::buildDatabase(m_dir, QStringLiteral("shop.sqlite"), {QStringLiteral("collect_source.sql")});
    QVERIFY(!m_source.isEmpty());
}

void TestCollector::projectValidation_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not valid JSON");
    QTest::newRow("unknown key") << QByteArray(R"({"output": "x.db", "extra": 1})") << QStringLiteral("unknown key \"extra\"");
    QTest::newRow("no output") << QByteArray(R"({"apps": []})") << QStringLiteral("\"output\"");
    QTest::newRow("duplicate label") << shopProject(R"(,
{"kind": "counter", "label": "orders", "sql": "SELECT 1"})")
                                     << QStringLiteral("label \"orders\" is used twice in insights_counter");
    QTest::newRow("duplicate bucket label across kinds") << shopProject(R"(,
{"kind": "scatterplot", "label": "orders_by_kind", "sql": "SELECT 1, 2"})")
                                     << QStringLiteral("label \"orders_by_kind\" is used twice in insights_bucket");
    QTest::newRow("bad kind") << shopProject(R"(,
{"kind": "pie", "label": "p", "sql": "SELECT 1"})") << QStringLiteral("\"kind\" must be one of");
    QTest::newRow("unknown source") << shopProject(R"(,
{"kind": "counter", "label": "c2", "source": "nope", "sql": "SELECT 1"})") << QStringLiteral("unknown source \"nope\"");
    QTest::newRow("unset env") << QByteArray(R"({"output": "${IV_SURELY_UNSET_VARIABLE}/x.db", "providers": []})")
                               << QStringLiteral("environment variable IV_SURELY_UNSET_VARIABLE is not set");
    QTest::newRow("password in url") << QByteArray(R"({"output": "x.db", "sources": {"default": "postgresql://u:secret@h/db"},
        "apps": [{"module": "m", "metrics": [{"kind": "counter", "label": "c", "sql": "SELECT 1"}]}]})")
                                     << QStringLiteral("PGPASSWORD");
    QTest::newRow("nothing") << QByteArray(R"({"output": "x.db"})") << QStringLiteral("nothing to collect");
}

void TestCollector::projectValidation()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!load(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(error.startsWith(m_dir.filePath(QStringLiteral("p.json")) + QStringLiteral(": ")));
    // The command line says the same with exit 2, and writes nothing.
    const auto run = ivtest::runViewer({QStringLiteral("--collect"), m_dir.filePath(QStringLiteral("p.json"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("out/shop.db"))));
}

void TestCollector::envAndRelativePaths()
{
    qputenv("IV_TEST_COLLECT_NAME", "fromenv");
    QString error;
    const auto p = load(R"({"output": "${IV_TEST_COLLECT_NAME}/a.db", "sources": {"default": "${IV_TEST_UNSET_X:-sub/s.db}",
        "pg": "postgresql://me@db.example:5433/app"}, "apps": [{"module": "m", "metrics": [
        {"kind": "counter", "label": "c", "sql": "SELECT 1"}]}]})", &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->output, m_dir.filePath(QStringLiteral("fromenv/a.db")));
    QCOMPARE(p->sources.value(QStringLiteral("default")), m_dir.filePath(QStringLiteral("sub/s.db")));
    QCOMPARE(p->sources.value(QStringLiteral("pg")), QStringLiteral("postgresql://me@db.example:5433/app"));
    QCOMPARE(p->appLabel(QStringLiteral("m")), QString());
}

void TestCollector::sqlProviderOnSqlite()
{
    const QString project = writeFile(m_dir, QStringLiteral("shop.json"), shopProject());
    const ivtest::FileState sourceBefore = ivtest::fileState(m_source);
    const auto run = ivtest::runViewer({QStringLiteral("--collect"), project});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString out = m_dir.filePath(QStringLiteral("out/shop.db"));
    QCOMPARE(ivtest::snapshotLines(out),
             QStringList({QStringLiteral("'app'|'shop.insights'|'Shop'"),
                          QStringLiteral("'counter'|'shop.insights'|'orders'|'How many orders?'|NULL|'5'|'integer'"),
                          QStringLiteral("'gauge'|'shop.insights'|'avg_total'|NULL|'Average order'|20|'real'"),
                          QStringLiteral("'bucket'|'shop.insights'|'orders_by_kind'|NULL|NULL|'4'|NULL|NULL|NULL|NULL|NULL"),
                          QStringLiteral("'bucket'|'shop.insights'|'orders_per_month'|NULL|NULL|'1'|'Month'|'%m'|NULL|NULL|NULL"),
                          QStringLiteral("'value'|'orders_by_kind'|NULL|1|0|NULL|'real'"),
                          QStringLiteral("'value'|'orders_by_kind'|NULL|1|0|'shop'|'real'"),
                          QStringLiteral("'value'|'orders_by_kind'|NULL|3|0|'web'|'real'"),
                          QStringLiteral("'value'|'orders_per_month'|'2024-01-01 00:00:00'|3|0|NULL|'real'"),
                          QStringLiteral("'value'|'orders_per_month'|'2024-03-01 00:00:00'|2|0|NULL|'real'")}));
    // Read-only for real: same bytes and mtime, no -journal/-wal/-shm beside the source.
    QVERIFY(ivtest::fileState(m_source) == sourceBefore);
}

void TestCollector::writesAreRefused_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("message");
    QTest::newRow("delete") << QByteArray("DELETE FROM shop_order") << QStringLiteral("attempt to write a readonly database");
    QTest::newRow("insert returning") << QByteArray("INSERT INTO shop_order VALUES (9, '2024-01-01', 1, 'x') RETURNING id")
                                      << QStringLiteral("attempt to write a readonly database");
    QTest::newRow("two statements") << QByteArray("SELECT 1; DELETE FROM shop_order")
                                    << QStringLiteral("one SQL statement per metric");
    QTest::newRow("pragma") << QByteArray("PRAGMA query_only = OFF") << QStringLiteral("PRAGMA statements are not allowed");
    QTest::newRow("commit") << QByteArray("COMMIT") << QStringLiteral("COMMIT statements are not allowed");
}

void TestCollector::writesAreRefused()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, message);
    const QString project = writeFile(m_dir, QStringLiteral("evil.json"), shopProject(R"(,
{"kind": "counter", "label": "evil", "sql": ")" + sql + R"("})"));
    const QString out = ivtest::copyFile(m_source, m_dir, QStringLiteral("previous.db")); // any existing file
    const ivtest::FileState outBefore = ivtest::fileState(out);
    const ivtest::FileState sourceBefore = ivtest::fileState(m_source);
    const auto run = ivtest::runViewer({QStringLiteral("--collect"), project, QStringLiteral("--output"), out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("provider \"sql\", metric \"evil\" (source \"default\"): ") + message),
             run.err.constData());
    QVERIFY(ivtest::fileState(m_source) == sourceBefore);
    QVERIFY(ivtest::fileState(out) == outBefore); // the failing metric left the previous output alone
    QCOMPARE(ivtest::queryLines(m_source, QStringLiteral("SELECT count(*) FROM shop_order")), QStringList{QStringLiteral("'5'")});
}

void TestCollector::commandProvider()
{
    const QByteArray json = R"({"output": "out/cmd.db", "apps": [{"module": "ext.insights", "label": "Ignored"}],
        "providers": [{"name": "ext", "kind": "command", "program": "python3", "timeout": 60,
                       "arguments": [")" + dataDir() + R"(/collect/ndjson.py"]}]})";
    const auto run = ivtest::runViewer({QStringLiteral("--collect"), writeFile(m_dir, QStringLiteral("cmd.json"), json)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.contains("ext: starting")); // stderr goes to the log
    QCOMPARE(ivtest::snapshotLines(m_dir.filePath(QStringLiteral("out/cmd.db"))),
             QStringList({QStringLiteral("'app'|'ext.insights'|'External'"),
                          QStringLiteral("'counter'|'ext.insights'|'ext_users'|'How many users?'|NULL|'7'|'integer'"),
                          QStringLiteral("'gauge'|'ext.insights'|'ext_ratio'|NULL|'a ratio'|-1.25|'real'"),
                          QStringLiteral("'bucket'|'ext.insights'|'ext_daily'|NULL|NULL|'1'|NULL|NULL|NULL|NULL|NULL"),
                          QStringLiteral("'bucket'|'ext.insights'|'ext_top'|NULL|NULL|'5'|'Count'|NULL|NULL|NULL|NULL"),
                          QStringLiteral("'value'|'ext_daily'|'2024-02-01 00:00:00'|1|0|NULL|'real'"),
                          QStringLiteral("'value'|'ext_daily'|'2024-02-02 00:00:00'|4|0|NULL|'real'"),
                          QStringLiteral("'value'|'ext_top'|NULL|3|1|'alpha'|'real'"),
                          QStringLiteral("'value'|'ext_top'|NULL|5|2|'beta'|'real'")}));
}

void TestCollector::commandProviderFailsMidway()
{
    const QByteArray json = R"({"output": "keep.db", "providers": [{"name": "ext", "kind": "command",
        "program": "python3", "arguments": [")" + dataDir() + R"(/collect/ndjson.py", "fail"]}]})";
    const QString project = writeFile(m_dir, QStringLiteral("fail.json"), json);
    const QString out = ivtest::copyFile(m_source, m_dir, QStringLiteral("keep.db"));
    const ivtest::FileState before = ivtest::fileState(out);
    const auto run = ivtest::runViewer({QStringLiteral("--collect"), project});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("provider \"ext\": python3 exited with status 3: database is gone"), run.err.constData());
    QVERIFY(ivtest::fileState(out) == before);
}

void TestCollector::djangoProvider()
{
    const QString written = m_dir.filePath(QStringLiteral("django-insights.db"));
    qputenv("IV_TEST_FAKE_DB", written.toUtf8());
    const QByteArray json = R"({"output": "out/dj.db", "providers": [{"name": "dj", "kind": "django",
        "project": ")" + dataDir() + R"(/collect/fakedjango", "settings": "fake.settings",
        "database": "${IV_TEST_FAKE_DB}", "environment": {"FAKE_INSIGHTS_DB": "${IV_TEST_FAKE_DB}"}}]})";
    QString error;
    const auto project = load(json, &error, QStringLiteral("dj.json"));
    QVERIFY2(project, qPrintable(error));
    Collector collector;
    QVERIFY2(collector.prepare(*project, &error), qPrintable(error));
    QStringList progress;
    connect(&collector, &Collector::providerProgress, this,
            [&](const QString &p, int done, int total) { progress << QStringLiteral("%1 %2/%3").arg(p).arg(done).arg(total); });
    QStringList finished;
    connect(&collector, &Collector::metricProgress, this, [&](const QString &, const QString &m, int done, int total) {
        if (done == total)
            finished << m;
    });
    QCOMPARE(collector.run(), Collector::Result::Success);
    QCOMPARE(progress, QStringList({QStringLiteral("dj 1/3"), QStringLiteral("dj 2/3"), QStringLiteral("dj 3/3")}));
    QCOMPARE(finished, QStringList({QStringLiteral("count_things"), QStringLiteral("avg_things"),
                                    QStringLiteral("things_per_day")}));
    QCOMPARE(ivtest::snapshotLines(m_dir.filePath(QStringLiteral("out/dj.db"))),
             QStringList({QStringLiteral("'app'|'fake.app.insights'|'Fake'"),
                          QStringLiteral("'counter'|'fake.app.insights'|'count_things'|'How many things?'|NULL|'12'|'integer'"),
                          QStringLiteral("'gauge'|'fake.app.insights'|'avg_things'|NULL|'per day'|0.75|'real'"),
                          QStringLiteral("'bucket'|'fake.app.insights'|'things_per_day'|'Things per day?'|NULL|'1'|'Day'|'%d'|'Things'|NULL|NULL"),
                          QStringLiteral("'value'|'things_per_day'|'2024-01-01 00:00:00'|5|0|NULL|'real'"),
                          QStringLiteral("'value'|'things_per_day'|'2024-01-02 00:00:00'|7|0|NULL|'real'")}));
}

void TestCollector::cancelKeepsOutput()
{
    const QByteArray json = shopProject().replace("\"output\": \"out/shop.db\"", "\"output\": \"cancel.db\"")
                                .replace(R"(  ]}]
})", R"(  ]}], "providers": [{"name": "slow", "kind": "command", "program": "python3",
        "arguments": [")" + dataDir() + R"(/collect/ndjson.py", "slow"]}]})");
    QString error;
    const auto project = load(json, &error, QStringLiteral("cancel.json"));
    QVERIFY2(project, qPrintable(error));
    const QString out = ivtest::copyFile(m_source, m_dir, QStringLiteral("cancel.db"));
    const ivtest::FileState before = ivtest::fileState(out);
    Collector collector;
    QVERIFY2(collector.prepare(*project, &error), qPrintable(error));
    // Cancel from this (another) thread as soon as the slow provider's first metric arrived.
    connect(&collector, &Collector::metricProgress, this, [&](const QString &p, const QString &, int done, int total) {
        if (p == QLatin1String("slow") && done == total)
            collector.cancel();
    }, Qt::DirectConnection);
    Collector::Result result = Collector::Result::Success;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QThread> worker(QThread::create([&] { result = collector.run(); }));
    worker->start();
    QVERIFY(worker->wait(30000));
    QCOMPARE(result, Collector::Result::Canceled);
    QVERIFY(timer.elapsed() < 20000); // the 60 s sleeper was stopped, not waited for
    QVERIFY(ivtest::fileState(out) == before);
}

QTEST_GUILESS_MAIN(TestCollector)
