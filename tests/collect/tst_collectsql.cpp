// SPDX-License-Identifier: MIT
// Metric SQL a developer can trust: strict result shapes (more or fewer columns than the kind takes is an
// error naming the metric, the kind's columns and what came back; numbers shown as numbers), named bound
// parameters (:as_of, :since … declared in the project, --param, ${…} in SQL refused), --keep-going (every
// failure with the engine's message and position, nothing written), --preview all, the portable functions
// date_trunc()/timezone() on SQLite with real time-zone rules, the divergence warnings, and --output-dir /
// --keep for a history of snapshots.
#include "collector.h"
#include "collectpreview.h"
#include "collectproject.h"
#include "snapshothistoryfiles.h"
#include "sqlcheck.h"
#include "sqlitefunctions.h"
#include "sqlparameters.h"
#include "testsupport.h"
#include "translations.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A small event table as an SQL script source (no fixtures needed).
const char *const kData = "CREATE TABLE ev (id INTEGER PRIMARY KEY, created TEXT, n INTEGER, name TEXT);\n"
                          "INSERT INTO ev VALUES (1, '2024-01-01 10:00:00', 1, 'a');\n"
                          "INSERT INTO ev VALUES (2, '2024-01-02 10:00:00', 2, 'b');\n"
                          "INSERT INTO ev VALUES (3, '2024-01-03 10:00:00', 3, 'c');\n"
                          "INSERT INTO ev VALUES (4, '2024-03-30 22:30:00', 4, 'd');\n"
                          "INSERT INTO ev VALUES (5, '2024-03-30 23:30:00', 5, 'e');\n"
                          "INSERT INTO ev VALUES (6, '2024-03-31 21:59:00', 6, 'f');\n"
                          "INSERT INTO ev VALUES (7, '2024-03-31 22:00:00', 7, 'g');\n";

QJsonObject metric(const QString &kind, const QString &label, const QString &sql)
{
    return QJsonObject{
        {QStringLiteral("kind"), kind}, {QStringLiteral("label"), label}, {QStringLiteral("sql"), sql}};
}

// Writes dir/p.json with the data source and the metrics; returns its path.
QString writeProject(const QString &dir, const QJsonArray &metrics, const QJsonObject &parameters = {})
{
    QFile data(QDir(dir).filePath(QStringLiteral("data.sql")));
    if (!data.exists() && data.open(QIODevice::WriteOnly))
        data.write(kData);
    data.close();
    QJsonObject root{
        {QStringLiteral("output"), QStringLiteral("out.db")},
        {QStringLiteral("sources"), QJsonObject{{QStringLiteral("default"), QStringLiteral("data.sql")}}},
        {QStringLiteral("apps"),
         QJsonArray{QJsonObject{{QStringLiteral("module"), QStringLiteral("shop.insights")},
                                {QStringLiteral("metrics"), metrics}}}}};
    if (!parameters.isEmpty())
        root.insert(QStringLiteral("parameters"), parameters);
    const QString path = QDir(dir).filePath(QStringLiteral("p.json"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(QJsonDocument(root).toJson());
    return path;
}

iv::CollectPreview preview(const QString &path, const QString &label)
{
    QString error;
    const auto project = iv::CollectProject::load(path, {}, {}, &error);
    if (!project) {
        iv::CollectPreview failed;
        failed.error = error;
        return failed;
    }
    return iv::CollectPreview::run(*project, label);
}

} // namespace

class TestCollectSql : public QObject
{
    Q_OBJECT

private slots:
    // Messages in English as the command line writes them (its plural forms: "1 column", "2 columns").
    void initTestCase() { iv::Translations::instance()->apply(QStringLiteral("en")); }

    void strictShapes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("counter with two columns")
            << "counter"
            << "SELECT count(*), 1 FROM ev"
            << "metric \"m\" (source \"default\"): a counter takes the columns (value); the query returns 2 "
               "columns";
        QTest::newRow("gauge with two columns")
            << "gauge"
            << "SELECT avg(n), max(n) FROM ev"
            << "a gauge takes the columns (value); the query returns 2 columns";
        QTest::newRow("timeseries with three columns")
            << "timeseries"
            << "SELECT created, n, name FROM ev"
            << "a timeseries takes the columns (timestamp, value); the query returns 3 columns";
        QTest::newRow("timeseries with one column")
            << "timeseries"
            << "SELECT created FROM ev"
            << "a timeseries takes the columns (timestamp, value); the query returns 1 column";
        QTest::newRow("barchart with four columns")
            << "barchart"
            << "SELECT n, n, name, name FROM ev"
            << "a barchart takes the columns (xvalue, yvalue) or (xvalue, yvalue, category); the query "
               "returns 4 columns";
        // No rows at all: the shape is still known from the statement.
        QTest::newRow("no rows, four columns")
            << "hbarchart"
            << "SELECT n, n, name, name FROM ev WHERE 0"
            << "a hbarchart takes the columns (xvalue, yvalue) or (xvalue, yvalue, category); the query "
               "returns 4 columns";
        // A number in a message is a number, not quoted text.
        QTest::newRow("counter of a fraction") << "counter"
                                               << "SELECT 2.5"
                                               << "expected an integer, got 2.5";
        QTest::newRow("counter of text") << "counter"
                                         << "SELECT 'many'"
                                         << "expected an integer, got 'many'";
    }

    void strictShapes()
    {
        QFETCH(QString, kind);
        QFETCH(QString, sql);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = writeProject(dir.path(), {metric(kind, QStringLiteral("m"), sql)});
        const iv::CollectPreview p = preview(path, QStringLiteral("m"));
        QCOMPARE(p.status, iv::CollectPreview::Status::Failed);
        QVERIFY2(p.error.contains(message), qPrintable(p.error));
        QVERIFY2(p.error.startsWith(QStringLiteral("provider \"sql\", metric \"m\"")), qPrintable(p.error));
        // And a collect writes nothing.
        const auto run = ivtest::runViewer({QStringLiteral("--collect"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.db"))));
    }

    void rightShapesPass()
    {
        QTemporaryDir dir;
        const QString path = writeProject(
            dir.path(),
            {metric(QStringLiteral("counter"), QStringLiteral("c"),
                    QStringLiteral("SELECT count(*) FROM ev")),
             metric(QStringLiteral("barchart"), QStringLiteral("b2"), QStringLiteral("SELECT n, id FROM ev")),
             metric(QStringLiteral("barchart"), QStringLiteral("b3"),
                    QStringLiteral("SELECT n, id, name FROM ev"))});
        for (const char *label : {"c", "b2", "b3"}) {
            const iv::CollectPreview p = preview(path, QString::fromLatin1(label));
            QVERIFY2(p.status == iv::CollectPreview::Status::Ok, qPrintable(p.error));
        }
        QCOMPARE(preview(path, QStringLiteral("c")).metric.intValue, 7);
        QCOMPARE(preview(path, QStringLiteral("b3")).metric.points.at(1).category, QStringLiteral("b"));
    }

    void parameterNames()
    {
        using iv::SqlParameters::Dialect;
        // Outside literals, quoted names and comments; never a :: cast.
        QCOMPARE(iv::SqlParameters::names(
                     QStringLiteral("SELECT :a, ':b', \"c:d\", x::int, :a -- :e\n/* :f */ :g"),
                     Dialect::PostgreSql),
                 (QStringList{QStringLiteral("a"), QStringLiteral("g")}));
        QCOMPARE(iv::SqlParameters::names(QStringLiteral("SELECT strftime('%H:%M', t), [x:y], `p:q`, :since"),
                                          Dialect::Sqlite),
                 QStringList{QStringLiteral("since")});
        QCOMPARE(iv::SqlParameters::names(QStringLiteral("SELECT $$ :no $$, E'\\' :no', :yes"),
                                          Dialect::PostgreSql),
                 QStringList{QStringLiteral("yes")});
        // PostgreSQL: $N padded to the name's length, so positions stay; a name used twice is one parameter.
        QStringList order;
        QCOMPARE(iv::SqlParameters::toPositional(
                     QStringLiteral("WHERE t > :since AND t <= :as_of OR t = :since"), &order),
                 QStringLiteral("WHERE t > $1     AND t <= $2     OR t = $1    "));
        QCOMPARE(order, (QStringList{QStringLiteral("since"), QStringLiteral("as_of")}));
    }

    void parametersBound()
    {
        QTemporaryDir dir;
        const QString path = writeProject(
            dir.path(),
            {metric(QStringLiteral("counter"), QStringLiteral("since"),
                    QStringLiteral("SELECT count(*) FROM ev WHERE created >= :since AND n >= :min")),
             metric(QStringLiteral("counter"), QStringLiteral("year"),
                    QStringLiteral("SELECT CAST(strftime('%Y', :as_of) AS integer)")),
             metric(QStringLiteral("counter"), QStringLiteral("before"),
                    QStringLiteral("SELECT count(*) FROM ev WHERE created < :as_of"))},
            QJsonObject{{QStringLiteral("since"), QStringLiteral("2024-01-02 00:00:00")},
                        {QStringLiteral("min"), 3}});
        QString error;
        auto project = iv::CollectProject::load(path, {}, {}, &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(iv::CollectPreview::run(*project, QStringLiteral("since")).metric.intValue, 5);
        // as_of defaults to the collect's start, UTC.
        QCOMPARE(iv::CollectPreview::run(*project, QStringLiteral("year")).metric.intValue,
                 QDateTime::currentDateTimeUtc().date().year());
        QCOMPARE(iv::CollectPreview::run(*project, QStringLiteral("before")).metric.intValue, 7);
        // --param: text, and a number for a number's default.
        QVERIFY(
            project->setParameter(QStringLiteral("since"), QStringLiteral("2024-03-31 00:00:00"), &error));
        QVERIFY(project->setParameter(QStringLiteral("min"), QStringLiteral("7"), &error));
        QCOMPARE(iv::CollectPreview::run(*project, QStringLiteral("since")).metric.intValue, 1);
        QVERIFY(
            project->setParameter(QStringLiteral("as_of"), QStringLiteral("2024-01-02 12:00:00"), &error));
        QCOMPARE(iv::CollectPreview::run(*project, QStringLiteral("before")).metric.intValue, 2);
        QVERIFY(!project->setParameter(QStringLiteral("min"), QStringLiteral("three"), &error));
        QCOMPARE(error, QStringLiteral("--param min: expected a number, got \"three\""));
        QVERIFY(!project->setParameter(QStringLiteral("nosuch"), QStringLiteral("1"), &error));
        QVERIFY2(error.startsWith(QStringLiteral("--param nosuch: the project declares no parameter")),
                 qPrintable(error));

        // The command line: --param, and a collect that stores the bound result.
        const QString out = dir.filePath(QStringLiteral("o.db"));
        auto run =
            ivtest::runViewer({QStringLiteral("--collect"), path, QStringLiteral("--param"),
                               QStringLiteral("as_of=2024-01-03 00:00:00"), QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("parameter :as_of = 2024-01-03 00:00:00"), run.err.constData());
        run = ivtest::runViewer({QStringLiteral("--collect"), path, QStringLiteral("--preview"),
                                 QStringLiteral("before"), QStringLiteral("--param"),
                                 QStringLiteral("as_of=2024-01-03 00:00:00")});
        QVERIFY2(run.out.contains("\nquery rows: 1\n  2\n"), run.out.constData());
        run = ivtest::runViewer(
            {QStringLiteral("--collect"), path, QStringLiteral("--param"), QStringLiteral("x=1")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--param x: the project declares no parameter of that name"),
                 run.err.constData());
    }

    void parameterErrors_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("${} in SQL") << "SELECT count(*) FROM ev WHERE created > '${AS_OF}'"
                                    << "apps[0].metrics[0] (\"m\"): ${…} in SQL is not expanded";
        QTest::newRow("undeclared")
            << "SELECT count(*) FROM ev WHERE created > :since"
            << "apps[0].metrics[0] (\"m\"): the SQL uses :since, which \"parameters\" does "
               "not declare";
    }

    void parameterErrors()
    {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path =
            writeProject(dir.path(), {metric(QStringLiteral("counter"), QStringLiteral("m"), sql)});
        QString error;
        QVERIFY(!iv::CollectProject::load(path, {}, {}, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        const auto run = ivtest::runViewer({QStringLiteral("--collect"), path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.db"))));
    }

    void otherParameterFormsRefused()
    {
        // SQLite would bind ?, @x and $x to NULL silently; they are errors.
        QTemporaryDir dir;
        const QString path = writeProject(
            dir.path(), {metric(QStringLiteral("counter"), QStringLiteral("m"),
                                QStringLiteral("SELECT count(*) FROM ev WHERE created > @since"))});
        const iv::CollectPreview p = preview(path, QStringLiteral("m"));
        QCOMPARE(p.status, iv::CollectPreview::Status::Failed);
        QVERIFY2(p.error.contains(QStringLiteral("the SQL has a parameter @since; write :name")),
                 qPrintable(p.error));
    }

    void keepGoing()
    {
        QTemporaryDir dir;
        const QString path =
            writeProject(dir.path(), {metric(QStringLiteral("counter"), QStringLiteral("bad_syntax"),
                                             QStringLiteral("SELECT count(*)\nFRM ev")),
                                      metric(QStringLiteral("counter"), QStringLiteral("good"),
                                             QStringLiteral("SELECT count(*) FROM ev")),
                                      metric(QStringLiteral("counter"), QStringLiteral("no_column"),
                                             QStringLiteral("SELECT count(nope) FROM ev")),
                                      metric(QStringLiteral("counter"), QStringLiteral("two_columns"),
                                             QStringLiteral("SELECT 1, 2"))});
        // Without it: the first failure stops the collect.
        auto run = ivtest::runViewer({QStringLiteral("--collect"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("bad_syntax"));
        QVERIFY(!run.err.contains("no_column"));
        // With it: every metric runs, every failure is listed with the engine's message and position.
        run = ivtest::runViewer({QStringLiteral("--collect"), path, QStringLiteral("--keep-going")});
        QCOMPARE(run.exitCode, 1);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(QStringLiteral("3 metrics failed, nothing written:")), run.err.constData());
        QVERIFY2(err.contains(
                     QStringLiteral("metric \"bad_syntax\" (source \"default\"): near \"ev\": syntax error (line "
                                    "2, column 5)")),
                 run.err.constData());
        QVERIFY2(err.contains(
                     QStringLiteral("metric \"no_column\" (source \"default\"): no such column: nope (line 1, "
                                    "column 14)")),
                 run.err.constData());
        QVERIFY2(err.contains(QStringLiteral("metric \"two_columns\"")), run.err.constData());
        QVERIFY2(err.contains(QStringLiteral("[2/4] sql: good")), run.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.db"))));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // p.json, data.sql

        // The same in code.
        QString error;
        const auto project = iv::CollectProject::load(path, {}, {}, &error);
        QVERIFY(project);
        iv::Collector collector;
        QVERIFY(collector.prepare(*project, &error));
        collector.setKeepGoing(true);
        QCOMPARE(collector.run(), iv::Collector::Result::Failed);
        QCOMPARE(collector.errorString().count(QStringLiteral("provider \"sql\", metric")), 3);
    }

    void previewAll()
    {
        QTemporaryDir dir;
        const QString path = writeProject(dir.path(), {metric(QStringLiteral("counter"), QStringLiteral("c"),
                                                              QStringLiteral("SELECT count(*) FROM ev")),
                                                       metric(QStringLiteral("gauge"), QStringLiteral("g"),
                                                              QStringLiteral("SELECT avg(n) FROM ev"))});
        auto run = ivtest::runViewer(
            {QStringLiteral("--collect"), path, QStringLiteral("--preview"), QStringLiteral("all")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("metric \"c\" (counter") && run.out.contains("'c' | 7"),
                 run.out.constData());
        QVERIFY2(run.out.contains("metric \"g\" (gauge") && run.out.contains("'g' | 4"), run.out.constData());
        QCOMPARE(run.out.count("nothing written"), 2);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.db"))));
    }

    void dateTruncAmsterdam_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("ts");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("expected");
        const QString ams = QStringLiteral("Europe/Amsterdam");
        // Summer time starts 2024-03-31 01:00 UTC (02:00 CET -> 03:00 CEST).
        QTest::newRow("last second of 30 March") << "day"
                                                 << "2024-03-30 22:59:59" << ams << "2024-03-29 23:00:00";
        QTest::newRow("first second of 31 March") << "day"
                                                  << "2024-03-30 23:00:00" << ams << "2024-03-30 23:00:00";
        QTest::newRow("31 March, summer time") << "day"
                                               << "2024-03-31 12:00:00" << ams << "2024-03-30 23:00:00";
        QTest::newRow("1 April, summer time") << "day"
                                              << "2024-03-31 22:30:00" << ams << "2024-03-31 22:00:00";
        QTest::newRow("hour after the change") << "hour"
                                               << "2024-03-31 01:30:00" << ams << "2024-03-31 01:00:00";
        QTest::newRow("week of the change") << "week"
                                            << "2024-03-31 12:00:00" << ams << "2024-03-24 23:00:00";
        QTest::newRow("April") << "month"
                               << "2024-04-15 10:00:00" << ams << "2024-03-31 22:00:00";
        QTest::newRow("quarter") << "quarter"
                                 << "2024-05-15 10:00:00" << ams << "2024-03-31 22:00:00";
        QTest::newRow("year") << "year"
                              << "2024-05-15 10:00:00" << ams << "2023-12-31 23:00:00";
        // Winter time returns 2024-10-27 01:00 UTC: 02:30 happens twice; hour keeps each one's own offset.
        QTest::newRow("02:30 CEST") << "hour"
                                    << "2024-10-27 00:30:00" << ams << "2024-10-27 00:00:00";
        QTest::newRow("02:30 CET") << "hour"
                                   << "2024-10-27 01:30:00" << ams << "2024-10-27 01:00:00";
        QTest::newRow("day of the return") << "day"
                                           << "2024-10-27 12:00:00" << ams << "2024-10-26 22:00:00";
        // Without a zone: UTC (collect's PostgreSQL sessions run in UTC).
        QTest::newRow("utc month") << "month"
                                   << "2024-03-31 23:30:00" << QString() << "2024-03-01 00:00:00";
        QTest::newRow("utc minute") << "minute"
                                    << "2024-03-31 23:30:59.5" << QString() << "2024-03-31 23:30:00";
        QTest::newRow("offset input") << "day"
                                      << "2024-03-31 00:30:00+02:00" << QString() << "2024-03-30 00:00:00";
    }

    void dateTruncAmsterdam()
    {
        QFETCH(QString, field);
        QFETCH(QString, ts);
        QFETCH(QString, zone);
        QFETCH(QString, expected);
        QString error;
        QCOMPARE(iv::SqliteFunctions::dateTrunc(field, ts, zone, &error), expected);
        QVERIFY(error.isEmpty());
    }

    void datePart_data()
    {
        // PostgreSQL's date_part on a timestamp (what SELECT date_part(f, ts::timestamp) gives).
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("ts");
        QTest::addColumn<double>("expected");
        QTest::newRow("year") << "year" << "2024-03-31 01:02:03" << 2024.0;
        QTest::newRow("quarter") << "quarter" << "2024-04-01 00:00:00" << 2.0;
        QTest::newRow("month") << "month" << "2024-03-31 01:02:03" << 3.0;
        QTest::newRow("day") << "day" << "2024-03-31 01:02:03" << 31.0;
        QTest::newRow("doy") << "doy" << "2024-12-31 00:00:00" << 366.0;
        QTest::newRow("dow sunday") << "dow" << "2024-03-31 12:00:00" << 0.0;
        QTest::newRow("isodow sunday") << "isodow" << "2024-03-31 12:00:00" << 7.0;
        QTest::newRow("isodow monday") << "isodow" << "2024-04-01 12:00:00" << 1.0;
        QTest::newRow("hour") << "hour" << "2024-03-31 23:59:59" << 23.0;
        QTest::newRow("minute") << "minute" << "2024-03-31 23:59:59" << 59.0;
        QTest::newRow("second with fraction") << "second" << "2024-03-31 23:59:59.25" << 59.25;
        QTest::newRow("milliseconds") << "milliseconds" << "2024-03-31 23:59:59.25" << 59250.0;
        QTest::newRow("microseconds") << "microseconds" << "2024-03-31 23:59:01.000002" << 1000002.0;
        // ISO weeks: 30 December 2024 is a Monday of week 1 of 2025; 1 January 2021 is in week 53 of 2020.
        QTest::newRow("week 1 of next year") << "week" << "2024-12-30 00:30:00" << 1.0;
        QTest::newRow("isoyear next") << "isoyear" << "2024-12-30 00:30:00" << 2025.0;
        QTest::newRow("week 52") << "week" << "2024-12-29 23:30:00" << 52.0;
        QTest::newRow("week 53") << "week" << "2021-01-01 00:00:00" << 53.0;
        QTest::newRow("isoyear previous") << "isoyear" << "2021-01-03 00:00:00" << 2020.0;
        QTest::newRow("week of summer time") << "week" << "2024-03-31 12:00:00" << 13.0;
        QTest::newRow("decade") << "decade" << "2024-03-31 12:00:00" << 202.0;
        QTest::newRow("century 2000") << "century" << "2000-06-01 00:00:00" << 20.0;
        QTest::newRow("century 2001") << "century" << "2001-01-01 00:00:00" << 21.0;
        QTest::newRow("millennium") << "millennium" << "2001-01-01 00:00:00" << 3.0;
        QTest::newRow("epoch") << "epoch" << "1970-01-02 00:00:01.5" << 86401.5;
        QTest::newRow("offset text") << "hour" << "2024-03-31 03:00:00+02:00" << 1.0;
    }

    void datePart()
    {
        QFETCH(QString, field);
        QFETCH(QString, ts);
        QFETCH(double, expected);
        QString error;
        QCOMPARE(iv::SqliteFunctions::datePart(field, ts, &error), expected);
        QVERIFY(error.isEmpty());
    }

    void datePartErrors()
    {
        QString error;
        QVERIFY(qIsNaN(iv::SqliteFunctions::datePart(QStringLiteral("fortnight"),
                                                     QStringLiteral("2024-03-31 12:00:00"), &error)));
        QCOMPARE(error, QStringLiteral("date_part: unit \"fortnight\" not recognized"));
        QVERIFY(qIsNaN(iv::SqliteFunctions::datePart(QStringLiteral("day"), QStringLiteral("soon"), &error)));
        QCOMPARE(error, QStringLiteral("date_part: \"soon\" is not a timestamp"));
    }

    void portableFunctionsInSql()
    {
        // Through an SQLite source: per Amsterdam day, across the change.
        QTemporaryDir dir;
        const QString path = writeProject(
            dir.path(),
            {metric(QStringLiteral("timeseries"), QStringLiteral("per_day"),
                    QStringLiteral(
                        "SELECT date_trunc('day', created, 'Europe/Amsterdam') AS d, count(*) FROM ev "
                        "WHERE id >= 4 GROUP BY d ORDER BY d")),
             metric(QStringLiteral("counter"), QStringLiteral("local_hour"),
                    QStringLiteral(
                        "SELECT CAST(strftime('%H', timezone('Europe/Amsterdam', '2024-03-31 01:30:00')) AS "
                        "integer)")),
             metric(QStringLiteral("counter"), QStringLiteral("bad_zone"),
                    QStringLiteral("SELECT count(date_trunc('day', created, 'Mars/Olympus')) FROM ev"))});
        const iv::CollectPreview p = preview(path, QStringLiteral("per_day"));
        QVERIFY2(p.status == iv::CollectPreview::Status::Ok, qPrintable(p.error));
        QCOMPARE(p.metric.points.size(), size_t(3));
        QCOMPARE(p.metric.points.at(0).timestamp, QStringLiteral("2024-03-29 23:00:00")); // 30 March: id 4
        QCOMPARE(p.metric.points.at(0).x, 1.0);
        QCOMPARE(p.metric.points.at(1).timestamp, QStringLiteral("2024-03-30 23:00:00")); // 31 March: 5, 6
        QCOMPARE(p.metric.points.at(1).x, 2.0);
        QCOMPARE(p.metric.points.at(2).timestamp, QStringLiteral("2024-03-31 22:00:00")); // 1 April: 7
        QCOMPARE(preview(path, QStringLiteral("local_hour")).metric.intValue, 3);
        const iv::CollectPreview bad = preview(path, QStringLiteral("bad_zone"));
        QVERIFY2(bad.error.contains(QStringLiteral("date_trunc: time zone \"Mars/Olympus\" not recognized")),
                 qPrintable(bad.error));
    }

    void divergenceWarnings_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("warnings");
        QTest::newRow("cast of a division") << "SELECT CAST(n / 250 AS integer) FROM ev" << 1;
        QTest::newRow("cast of an average") << "SELECT CAST(avg(n) AS integer) FROM ev" << 1;
        QTest::newRow("cast of trunc") << "SELECT CAST(trunc(avg(n)) AS integer) FROM ev" << 0;
        QTest::newRow("integer division") << "SELECT sum(n) / 10 FROM ev" << 1;
        QTest::newRow("trunc of a division") << "SELECT trunc(sum(n) / 10) FROM ev" << 0;
        QTest::newRow("fraction") << "SELECT sum(n) / 10.0 FROM ev" << 0;
        QTest::newRow("in a string") << "SELECT 'CAST(x AS integer) / 3' FROM ev" << 0;
        QTest::newRow("both") << "SELECT CAST(avg(n) AS int), count(*) / 3 FROM ev" << 2;
    }

    void divergenceWarnings()
    {
        QFETCH(QString, sql);
        QFETCH(int, warnings);
        const QStringList found = iv::SqlCheck::portabilityWarnings(sql, iv::SqlCheck::Dialect::Sqlite);
        QVERIFY2(found.size() == warnings, qPrintable(found.join(QLatin1Char('\n'))));
        if (warnings > 0 && sql.contains(QLatin1String("CAST(n")))
            QVERIFY(found.first().startsWith(QStringLiteral("CAST(x AS integer) truncates on SQLite")));
    }

    void divergenceWarningsInTheLog()
    {
        QTemporaryDir dir;
        const QString path = writeProject(
            dir.path(),
            {metric(QStringLiteral("histogram"), QStringLiteral("h"),
                    QStringLiteral("SELECT count(*), CAST(n / 2 AS integer) AS b FROM ev GROUP BY b"))});
        const auto run = ivtest::runViewer({QStringLiteral("--collect"), path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("metric \"h\": warning: CAST(x AS integer) truncates on SQLite"),
                 run.err.constData());
        const auto shown = ivtest::runViewer(
            {QStringLiteral("--collect"), path, QStringLiteral("--preview"), QStringLiteral("h")});
        QVERIFY2(shown.out.contains("warning: CAST(x AS integer)"), shown.out.constData());
    }

    void outputDirAndKeep()
    {
        QTemporaryDir dir;
        const QString path = writeProject(dir.path(), {metric(QStringLiteral("counter"), QStringLiteral("c"),
                                                              QStringLiteral("SELECT count(*) FROM ev"))});
        const QString history = dir.filePath(QStringLiteral("history"));
        QVERIFY(QDir().mkpath(history));
        const QStringList old = {QStringLiteral("insights-20200101T000000Z.db"),
                                 QStringLiteral("insights-20210101T000000Z.db"),
                                 QStringLiteral("insights-20220101T000000Z.db")};
        for (const QString &name :
             old + QStringList{QStringLiteral("notes.txt"), QStringLiteral("insights-old.db")}) {
            QFile f(QDir(history).filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("x");
        }
        const auto run = ivtest::runViewer({QStringLiteral("--collect"), path, QStringLiteral("--output-dir"),
                                            history, QStringLiteral("--keep"), QStringLiteral("2")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString written = QString::fromUtf8(run.out).trimmed();
        QCOMPARE(QFileInfo(written).absolutePath(), QFileInfo(history).absoluteFilePath());
        QVERIFY2(iv::SnapshotHistoryFiles::isHistoryFileName(QFileInfo(written).fileName()),
                 qPrintable(written));
        const QDateTime stamp = QDateTime::fromString(QFileInfo(written).fileName().mid(9, 15),
                                                      QStringLiteral("yyyyMMdd'T'HHmmss"));
        QVERIFY(qAbs(QDateTime(stamp.date(), stamp.time(), Qt::UTC).secsTo(QDateTime::currentDateTimeUtc())) <
                120);
        // The newest two history files stay; other files are never touched; no temporary file is left.
        QCOMPARE(QDir(history).entryList(QDir::Files | QDir::Hidden, QDir::Name),
                 (QStringList{QStringLiteral("insights-20220101T000000Z.db"), QFileInfo(written).fileName(),
                              QStringLiteral("insights-old.db"), QStringLiteral("notes.txt")}));
        QVERIFY2(run.err.contains("removed ") && run.err.contains("insights-20200101T000000Z.db (--keep 2)"),
                 run.err.constData());
        QVERIFY(QFile(written).size() > 4096);

        // Bad combinations: exit 2, nothing written.
        QCOMPARE(ivtest::runViewer(
                     {QStringLiteral("--collect"), path, QStringLiteral("--keep"), QStringLiteral("2")})
                     .exitCode,
                 2);
        QCOMPARE(ivtest::runViewer({QStringLiteral("--collect"), path, QStringLiteral("--output-dir"),
                                    history, QStringLiteral("-o"), dir.filePath(QStringLiteral("x.db"))})
                     .exitCode,
                 2);
        QCOMPARE(ivtest::runViewer({QStringLiteral("--collect"), path, QStringLiteral("--output-dir"),
                                    history, QStringLiteral("--keep"), QStringLiteral("0")})
                     .exitCode,
                 2);
        QCOMPARE(ivtest::runViewer({QStringLiteral("--collect"), path, QStringLiteral("--output-dir"),
                                    dir.filePath(QStringLiteral("missing"))})
                     .exitCode,
                 2);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.db"))));

        // The same second twice is refused rather than replaced.
        QString error;
        const QDateTime when(QDate(2022, 1, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(iv::SnapshotHistoryFiles::newPath(history, when, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
        QCOMPARE(iv::SnapshotHistoryFiles::fileName(when.addSecs(61)),
                 QStringLiteral("insights-20220101T000101Z.db"));
    }

    void checkAgainst()
    {
        QTemporaryDir dir;
        QJsonArray metrics{
            metric(QStringLiteral("counter"), QStringLiteral("c"), QStringLiteral("SELECT count(*) FROM ev")),
            metric(QStringLiteral("gauge"), QStringLiteral("g"),
                   QStringLiteral("SELECT avg(n) / 3.0 FROM ev")),
            metric(QStringLiteral("barchart"), QStringLiteral("b"),
                   QStringLiteral("SELECT n, id, name FROM ev"))};
        const QString path = writeProject(dir.path(), metrics);
        const QString reference = dir.filePath(QStringLiteral("reference.db"));
        auto run = ivtest::runViewer({QStringLiteral("--collect"), path, QStringLiteral("-o"), reference});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList before = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);

        run = ivtest::runViewer(
            {QStringLiteral("--collect"), path, QStringLiteral("--check-against"), reference});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QString::fromUtf8(run.out), QStringLiteral("exact     c\nexact     g\nexact     b\n"));
        QVERIFY2(run.err.contains("3 metrics: 3 exact, 0 within tolerance, 0 different, 0 missing"),
                 run.err.constData());
        // Nothing was written: not the project's output, no temporary file.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name), before);

        // The reference nudged by float noise, one bar changed, one metric only in the reference.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ref"));
            db.setDatabaseName(reference);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE insights_gauge SET value = value * (1 + 5e-15)")));
            QVERIFY(
                q.exec(QStringLiteral("UPDATE insights_bucketvalue SET xvalue = 99 WHERE category = 'c'")));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO insights_counter (app_id, label, value, question, \"desc\", "
                               "created_at) SELECT app_id, 'extra', 1, '', '', created_at "
                               "FROM insights_counter")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("ref"));
        run = ivtest::runViewer({QStringLiteral("--collect"), path, QStringLiteral("--check-against"),
                                 reference, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray results = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(results.size(), 4);
        QMap<QString, QString> status;
        for (const QJsonValue &v : results) {
            QCOMPARE(v.toObject().keys(), (QStringList{QStringLiteral("label"), QStringLiteral("status")}));
            status.insert(v.toObject().value(QStringLiteral("label")).toString(),
                          v.toObject().value(QStringLiteral("status")).toString());
        }
        QCOMPARE(status.value(QStringLiteral("c")), QStringLiteral("exact"));
        QCOMPARE(status.value(QStringLiteral("g")), QStringLiteral("tolerance"));
        QCOMPARE(status.value(QStringLiteral("b")), QStringLiteral("different"));
        QCOMPARE(status.value(QStringLiteral("extra")), QStringLiteral("missing"));
        // A reference that is not a snapshot: exit 2.
        run = ivtest::runViewer({QStringLiteral("--collect"), path, QStringLiteral("--check-against"), path});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCollectSql)
#include "tst_collectsql.moc"
