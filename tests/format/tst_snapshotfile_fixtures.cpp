// SPDX-License-Identifier: MIT
// SnapshotFile and --dump-json against the real files upstream's collect_insights produced
// (../shared/fixtures/bookstore). Expected values come from the fixtures README and from an independent read
// of each file through Qt's own QSQLITE driver.
#include "snapshotfile.h"
#include "snapshotjson.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace iv;

class TestSnapshotFileFixtures : public QObject
{
    Q_OBJECT

private:
    static QString bookstore() { return ivtest::fixturePath(QStringLiteral("bookstore/insights.db")); }
    static QString allKinds() { return ivtest::fixturePath(QStringLiteral("bookstore/insights-all-kinds.db")); }

    static Catalogue catalogueOf(const QString &path)
    {
        QString error;
        auto file = SnapshotFile::open(path, &error);
        if (!file)
            qFatal("%s", qPrintable(error));
        return *file->readCatalogue(&error);
    }

    // Rows of a query through QSQLITE (read-only, immutable), as JSON values: the oracle for --dump-json.
    static QList<QJsonObject> oracleRows(const QString &path, const QString &sql)
    {
        const QString name = QStringLiteral("oracle");
        QList<QJsonObject> rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral("file:%1?mode=ro&immutable=1").arg(path));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            if (!db.open())
                qFatal("oracle cannot open %s", qPrintable(path));
            QSqlQuery q(db);
            if (!q.exec(sql))
                qFatal("oracle query failed: %s", qPrintable(sql));
            while (q.next()) {
                QJsonObject o;
                const QSqlRecord r = q.record();
                for (int i = 0; i < r.count(); ++i) {
                    const QVariant v = q.value(i);
                    o.insert(r.fieldName(i), v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v));
                }
                rows.append(o);
            }
        }
        QSqlDatabase::removeDatabase(name);
        return rows;
    }

private slots:
    void knownValues()
    {
        const ivtest::FileState before = ivtest::fileState(bookstore());
        const Catalogue cat = catalogueOf(bookstore());
        QCOMPARE(cat.apps.size(), 2);
        QCOMPARE(cat.apps[0].name(), QStringLiteral("Books"));
        QCOMPARE(cat.apps[1].name(), QStringLiteral("Users"));
        QCOMPARE(cat.countOf(MetricKind::Counter), 8);
        QCOMPARE(cat.countOf(MetricKind::Gauge), 1);
        QCOMPARE(cat.countOf(MetricKind::Timeseries), 2);
        QCOMPARE(cat.countOf(MetricKind::Scatterplot), 1);
        QCOMPARE(cat.countOf(MetricKind::Barchart), 1);
        const QList<QPair<QString, qint64>> counters = {
            {QStringLiteral("count_authors"), 2000},
            {QStringLiteral("count_books"), 5000},
            {QStringLiteral("count_books_title_gt_20"), 4243},
            {QStringLiteral("count_books_title_lt_10"), 444},
            {QStringLiteral("count_authors_with_two_or_more_books"), 1449},
            {QStringLiteral("count_authors_without_books"), 164},
            {QStringLiteral("count_authors_name_gt_20"), 8},
            {QStringLiteral("count_app_users"), 1},
        };
        for (const auto &c : counters) {
            const Question *q = cat.find(MetricKind::Counter, c.first);
            QVERIFY2(q, qPrintable(c.first));
            QCOMPARE(q->intValue, c.second);
        }
        QCOMPARE(cat.find(MetricKind::Gauge, QStringLiteral("avg_books_per_author"))->value, 2.5);
        QCOMPARE(cat.findBucket(QStringLiteral("num_of_books_per_month"))->pointCount, qint64(121));
        QCOMPARE(cat.findBucket(QStringLiteral("num_of_books_per_year"))->pointCount, qint64(11));
        QCOMPARE(cat.findBucket(QStringLiteral("author_age_vs_num_of_books"))->pointCount, qint64(80));
        QCOMPARE(cat.findBucket(QStringLiteral("author_gender_vs_num_of_books"))->pointCount, qint64(2));
        QVERIFY2(cat.warnings.isEmpty(), qPrintable(cat.warnings.join(QLatin1Char('\n'))));
        // Books: 7 counters, 1 gauge, 2 timeseries, 1 scatterplot, 1 barchart, in that order.
        QStringList kinds;
        for (const Question &q : cat.apps[0].questions)
            kinds << kindId(q.kind);
        QCOMPARE(kinds.join(QLatin1Char(',')),
                 QStringLiteral("counter,counter,counter,counter,counter,counter,counter,gauge,timeseries,"
                                "timeseries,scatterplot,barchart"));
        QVERIFY(ivtest::fileState(bookstore()) == before);
    }

    void allKindsStructure()
    {
        const ivtest::FileState before = ivtest::fileState(allKinds());
        const Catalogue cat = catalogueOf(allKinds());
        QCOMPARE(cat.apps.size(), 3);
        QCOMPARE(cat.apps[2].name(), QStringLiteral("Catalogue — Ünïcode & <b>HTML</b>"));
        QCOMPARE(cat.findBucket(QStringLiteral("books_per_day"))->pointCount, qint64(2713));
        QCOMPARE(cat.findBucket(QStringLiteral("books_per_week"))->pointCount, qint64(522));
        QCOMPARE(cat.findBucket(QStringLiteral("books_per_week"))->xformat, QStringLiteral("%W"));
        QCOMPARE(cat.findBucket(QStringLiteral("title_length_vs_age"))->pointCount, qint64(1500));
        QCOMPARE(cat.findBucket(QStringLiteral("authors_per_decade"))->pointCount, qint64(8));
        QCOMPARE(cat.findBucket(QStringLiteral("top_authors"))->kind, MetricKind::Hbarchart);
        QCOMPARE(cat.findBucket(QStringLiteral("top_authors"))->pointCount, qint64(15));
        QCOMPARE(cat.find(MetricKind::Gauge, QStringLiteral("mean_age_offset"))->value, -10.758);
        QVERIFY(cat.find(MetricKind::Counter, QStringLiteral("count_books_by_centenarians"))
                    ->question.contains(QStringLiteral("<script>alert(1)</script>")));
        QCOMPARE(cat.latestCreatedAt, QStringLiteral("2026-11-28 04:00:37.141070"));
        QString error;
        auto file = SnapshotFile::open(allKinds(), &error);
        auto scatter = file->loadBucketValues(cat.findBucket(QStringLiteral("title_length_vs_age"))->id, &error);
        QCOMPARE(scatter->size(), 1500);
        QCOMPARE(scatter->categories.size(), 2);
        QCOMPARE(scatter->invalidTimestampCount, 0);
        auto days = file->loadBucketValues(cat.findBucket(QStringLiteral("books_per_day"))->id, &error);
        QCOMPARE(days->timestampAt(0), QStringLiteral("2016-11-29 00:00:00"));
        QCOMPARE(days->timestampAt(2712), QStringLiteral("2026-11-27 00:00:00"));
        QCOMPARE(days->invalidTimestampCount, 0);
        file.reset();
        QVERIFY(ivtest::fileState(allKinds()) == before);
    }

    // --dump-json holds exactly what the file holds: every app, question and value, compared with an independent
    // read through QSQLITE.
    void dumpMatchesFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("insights.db") << bookstore();
        QTest::newRow("insights-all-kinds.db") << allKinds();
    }
    void dumpMatchesFile()
    {
        QFETCH(QString, path);
        const ivtest::FileState before = ivtest::fileState(path);
        const ivtest::RunResult run = ivtest::runViewer({QStringLiteral("--dump-json"), path});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError perr;
        const QJsonObject root = QJsonDocument::fromJson(run.out, &perr).object();
        QCOMPARE(perr.error, QJsonParseError::NoError);

        const auto apps = oracleRows(path, QStringLiteral("SELECT uuid, module, label FROM insights_app ORDER BY rowid"));
        const QJsonArray dumped = root.value(QStringLiteral("apps")).toArray();
        QCOMPARE(dumped.size(), apps.size());
        int questions = 0, values = 0;
        for (int a = 0; a < apps.size(); ++a) {
            const QJsonObject app = dumped[a].toObject();
            for (const QString &k : {QStringLiteral("uuid"), QStringLiteral("module"), QStringLiteral("label")})
                QCOMPARE(app.value(k), apps[a].value(k));
            const QString uuid = apps[a].value(QStringLiteral("uuid")).toString();
            QHash<QString, QJsonObject> byKey;
            for (const QJsonValue &v : app.value(QStringLiteral("questions")).toArray()) {
                const QJsonObject q = v.toObject();
                const QString kind = q.value(QStringLiteral("kind")).toString();
                const QString family = kind == QLatin1String("counter") || kind == QLatin1String("gauge")
                                           ? kind : QStringLiteral("bucket");
                byKey.insert(family + QLatin1Char('/') + q.value(QStringLiteral("label")).toString(), q);
            }
            for (const QString &table : {QStringLiteral("counter"), QStringLiteral("gauge")}) {
                const auto rows = oracleRows(path, QStringLiteral("SELECT label, question, \"desc\", created_at, value "
                                                                  "FROM insights_%1 WHERE app_id = '%2'").arg(table, uuid));
                for (const QJsonObject &row : rows) {
                    const QJsonObject q = byKey.value(table + QLatin1Char('/') + row.value(QStringLiteral("label")).toString());
                    QCOMPARE(q.value(QStringLiteral("kind")).toString(), table);
                    for (const QString &k : {QStringLiteral("question"), QStringLiteral("desc"), QStringLiteral("created_at")})
                        QCOMPARE(q.value(k), row.value(k));
                    QCOMPARE(q.value(QStringLiteral("value")).toDouble(), row.value(QStringLiteral("value")).toDouble());
                    ++questions;
                }
            }
            const auto buckets = oracleRows(path, QStringLiteral("SELECT id, label, question, \"desc\", created_at, xlabel, "
                                                                 "xformat, ylabel, yformat, title FROM insights_bucket "
                                                                 "WHERE app_id = '%1'").arg(uuid));
            for (const QJsonObject &row : buckets) {
                const QJsonObject q = byKey.value(QStringLiteral("bucket/") + row.value(QStringLiteral("label")).toString());
                for (const QString &k : {QStringLiteral("question"), QStringLiteral("desc"), QStringLiteral("created_at"),
                                         QStringLiteral("xlabel"), QStringLiteral("xformat"), QStringLiteral("ylabel"),
                                         QStringLiteral("yformat"), QStringLiteral("title")})
                    QCOMPARE(q.value(k), row.value(k));
                const auto rowsV = oracleRows(path, QStringLiteral("SELECT timestamp, xvalue, yvalue, category FROM "
                                                                   "insights_bucketvalue WHERE bucket_id = %1 ORDER BY id")
                                                        .arg(row.value(QStringLiteral("id")).toInteger()));
                const QJsonArray dumpedValues = q.value(QStringLiteral("values")).toArray();
                QCOMPARE(dumpedValues.size(), rowsV.size());
                for (int i = 0; i < rowsV.size(); ++i) {
                    const QJsonObject v = dumpedValues[i].toObject();
                    QCOMPARE(v.value(QStringLiteral("timestamp")), rowsV[i].value(QStringLiteral("timestamp")));
                    QCOMPARE(v.value(QStringLiteral("category")), rowsV[i].value(QStringLiteral("category")));
                    QCOMPARE(v.value(QStringLiteral("x")).toDouble(), rowsV[i].value(QStringLiteral("xvalue")).toDouble());
                    QCOMPARE(v.value(QStringLiteral("y")).toDouble(), rowsV[i].value(QStringLiteral("yvalue")).toDouble());
                    ++values;
                }
                ++questions;
            }
            QCOMPARE(app.value(QStringLiteral("questions")).toArray().size(), byKey.size());
        }
        const int expectedValues = oracleRows(path, QStringLiteral("SELECT count(*) AS n FROM insights_bucketvalue"))
                                       .first().value(QStringLiteral("n")).toInt();
        QCOMPARE(values, expectedValues);
        QVERIFY(questions > 10);
        QVERIFY(ivtest::fileState(path) == before);
    }

    void listOutline()
    {
        const ivtest::RunResult run = ivtest::runViewer({QStringLiteral("--list"), bookstore()});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY(out.startsWith(QStringLiteral("Books [project.testapp.insights]\n")));
        QVERIFY(out.contains(QStringLiteral("  counter     How many authors are there in our store? (count_authors) = 2,000\n")));
        QVERIFY(out.contains(QStringLiteral("  gauge       Average book(s) per author? (avg_books_per_author) = 2.5\n")));
        QVERIFY(out.contains(QStringLiteral("  timeseries  Num of books created per month? (num_of_books_per_month): 121 points\n")));
        QVERIFY(out.contains(QStringLiteral("Users [project.testapp.users.insights]\n")));
        QVERIFY(run.err.isEmpty());
    }

    void truncatedFixture()
    {
        QTemporaryDir dir;
        const QString copy = ivtest::copyFile(allKinds(), dir, QStringLiteral("insights.db"));
        QFile f(copy);
        QVERIFY(f.resize(200000));
        const ivtest::RunResult run = ivtest::runViewer({QStringLiteral("--list"), copy});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(copy.toUtf8()));
        QVERIFY(run.err.contains("truncated"));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotFileFixtures)
#include "tst_snapshotfile_fixtures.moc"
