// SPDX-License-Identifier: MIT
// SnapshotFile on databases the test builds from SQL text (tests/data): values, tolerance, bad input, and the
// read-only guarantee. Runs from a plain clone; the upstream fixtures have their own test.
#include "snapshotfile.h"
#include "snapshotjson.h"
#include "sqlscript.h"
#include "testsupport.h"
#include "timestamp.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>

#include <sqlite3.h>

using namespace iv;

class TestSnapshotFile : public QObject
{
    Q_OBJECT

private:
    static Catalogue openCatalogue(const QString &path)
    {
        QString error;
        auto file = SnapshotFile::open(path, &error);
        if (!file)
            qFatal("open failed: %s", qPrintable(error));
        auto cat = file->readCatalogue(&error);
        if (!cat)
            qFatal("catalogue failed: %s", qPrintable(error));
        return *cat;
    }
    static QString openError(const QString &path)
    {
        QString error;
        auto file = SnapshotFile::open(path, &error);
        return file ? QString() : error;
    }

private slots:
    void basicValues()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(dir, QStringLiteral("basic.db"),
                                                   {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        const ivtest::FileState before = ivtest::fileState(path);
        const Catalogue cat = openCatalogue(path);
        QCOMPARE(cat.apps.size(), 2);
        QCOMPARE(cat.apps[0].name(), QStringLiteral("Shop"));
        QCOMPARE(cat.apps[1].name(), QStringLiteral("blog.insights")); // NULL label: shown by module
        QVERIFY(cat.apps[1].label.isNull());
        // Dashboard order: counters, gauges, timeseries, scatterplots, barcharts, hbarcharts, others.
        QStringList shopOrder;
        for (const Question &q : cat.apps[0].questions)
            shopOrder << q.label;
        QCOMPARE(shopOrder, (QStringList{QStringLiteral("orders"), QStringLiteral("basket"), QStringLiteral("daily"),
                                         QStringLiteral("scatter"), QStringLiteral("hbar")}));
        QStringList blogOrder;
        for (const Question &q : cat.apps[1].questions)
            blogOrder << kindId(q.kind);
        QCOMPARE(blogOrder, (QStringList{QStringLiteral("counter"), QStringLiteral("barchart"),
                                         QStringLiteral("histogram")}));
        const Question *orders = cat.find(MetricKind::Counter, QStringLiteral("orders"));
        QVERIFY(orders);
        QCOMPARE(orders->intValue, qint64(1234567));
        QVERIFY(orders->valueIsInteger);
        QCOMPARE(orders->desc, QStringLiteral("All orders"));
        const Question *posts = cat.find(MetricKind::Counter, QStringLiteral("posts"));
        QVERIFY(posts->question.isNull());
        QCOMPARE(posts->displayText(), QStringLiteral("posts"));
        const Question *basket = cat.find(MetricKind::Gauge, QStringLiteral("basket"));
        QCOMPARE(basket->value, 12.25);
        QVERIFY(!basket->desc.isNull()); // stored '' stays '' (not NULL)
        QVERIFY(basket->desc.isEmpty());
        const Question *daily = cat.findBucket(QStringLiteral("daily"));
        QCOMPARE(daily->kind, MetricKind::Timeseries);
        QCOMPARE(daily->pointCount, qint64(4));
        QCOMPARE(daily->xformat, QStringLiteral("%Y-%m-%d"));
        QCOMPARE(daily->title, QStringLiteral("Daily orders"));
        QCOMPARE(cat.latestCreatedAt, QStringLiteral("2026-01-02 09:30:00"));
        QVERIFY(cat.warnings.isEmpty());

        QString error;
        auto file = SnapshotFile::open(path, &error);
        auto values = file->loadBucketValues(daily->id, &error);
        QVERIFY(values);
        QCOMPARE(values->size(), 4);
        QCOMPARE(values->x, (QVector<double>{5, 7.5, 6, 9}));
        QCOMPARE(values->timestampAt(3), QStringLiteral("2025-12-04 00:00:00.250000"));
        QCOMPARE(values->timestamps[0], Timestamp::parseUtcMicros(QStringLiteral("2025-12-01 00:00:00")));
        QVERIFY(values->timestampText.isEmpty()); // all canonical: no text kept
        auto scatter = file->loadBucketValues(cat.findBucket(QStringLiteral("scatter"))->id, &error);
        QCOMPARE(scatter->categories, (QStringList{QStringLiteral("small"), QStringLiteral("large")}));
        QCOMPARE(scatter->categoryIndex, (QVector<qint32>{0, 1, 0}));
        QCOMPARE(scatter->y, (QVector<double>{1, 2, 1.5}));
        file.reset();
        QVERIFY(ivtest::fileState(path) == before);
    }

    void tolerantReading()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(dir, QStringLiteral("odd.db"),
                                                   {QStringLiteral("schema.sql"), QStringLiteral("tolerant.sql")});
        const Catalogue cat = openCatalogue(path);
        QCOMPARE(cat.apps.size(), 2); // the orphan counter gets a visible stand-in app
        QCOMPARE(cat.apps[1].uuid, QStringLiteral("99999999999999999999999999999999"));
        QCOMPARE(cat.apps[1].questions.size(), 1);
        const Question *text = cat.find(MetricKind::Counter, QStringLiteral("text_value"));
        QVERIFY(!text->valueValid);
        QCOMPARE(text->rawValue, QStringLiteral("lots"));
        const Question *numeric = cat.find(MetricKind::Counter, QStringLiteral("numeric_text"));
        QVERIFY(numeric->valueValid);
        QCOMPARE(numeric->intValue, qint64(77));
        QCOMPARE(cat.find(MetricKind::Gauge, QStringLiteral("gauge_text"))->value, 25.0);
        const Question *weird = cat.findBucket(QStringLiteral("weird_type"));
        QCOMPARE(weird->kind, MetricKind::Unknown);
        QCOMPARE(weird->bucketType, qint64(9));
        QCOMPARE(cat.apps[0].questions.last().label, QStringLiteral("weird_type")); // others last
        QCOMPARE(cat.findBucket(QStringLiteral("bad_times"))->pointCount, qint64(6)); // the orphan value is not counted
        QVERIFY(cat.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("text_value")));

        QString error;
        auto file = SnapshotFile::open(path, &error);
        auto values = file->loadBucketValues(cat.findBucket(QStringLiteral("bad_times"))->id, &error);
        QVERIFY(values);
        QCOMPARE(values->size(), 6);
        QCOMPARE(values->invalidTimestampCount, 2);            // "yesterday", month 13
        QVERIFY(values->timestampAt(1).isNull());              // SQL NULL
        QCOMPARE(values->timestampAt(2), QStringLiteral("yesterday"));
        QCOMPARE(values->timestampAt(4), QStringLiteral("2025-01-05T00:00:00Z")); // stored text kept
        QVERIFY(values->timestamps[4] != Timestamp::Invalid);
        QVERIFY(std::isnan(values->x[4]));                     // 'five'
        QCOMPARE(values->invalidNumberCount, 1);
        QVERIFY(!values->categoryAt(5).isNull());               // '' is not NULL
        QVERIFY(values->categoryAt(5).isEmpty());
        QVERIFY(values->categoryAt(0).isNull());
    }

    void olderSchema()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(dir, QStringLiteral("old.db"), {QStringLiteral("old_schema.sql")});
        const Catalogue cat = openCatalogue(path);
        QCOMPARE(cat.apps.size(), 1);
        QCOMPARE(cat.apps[0].questions.size(), 3);
        const Question *q = cat.findBucket(QStringLiteral("per_year"));
        QVERIFY(q->xformat.isNull());
        QVERIFY(q->createdAt.isNull());
        QCOMPARE(q->pointCount, qint64(2));
        QString error;
        auto file = SnapshotFile::open(path, &error);
        auto values = file->loadBucketValues(q->id, &error);
        QCOMPARE(values->x, (QVector<double>{3, 7}));
        QVERIFY(values->categoryAt(0).isNull());
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty file");
        QTest::newRow("text") << QByteArray("hello, I am a text file\n") << QStringLiteral("not an SQLite database");
        QTest::newRow("short-header") << QByteArray("SQLite format 3\0abc", 19) << QStringLiteral("truncated");
    }
    void badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("insights.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const ivtest::FileState before = ivtest::fileState(path);
        const QString error = openError(path);
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(ivtest::fileState(path) == before);
    }

    void truncatedDatabase()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(dir, QStringLiteral("t.db"),
                                                   {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        QFile f(path);
        QVERIFY(f.resize(f.size() / 2));
        const QString error = openError(path);
        QVERIFY2(error.contains(QStringLiteral("truncated SQLite file")), qPrintable(error));
    }

    void notInsights()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(dir, QStringLiteral("app.db"), {QStringLiteral("no_insights.sql")});
        QVERIFY2(openError(path).contains(QStringLiteral("not an insights snapshot")), qPrintable(openError(path)));
        const QString path2 =
            ivtest::buildDatabase(dir, QStringLiteral("mc.db"), {QStringLiteral("missing_column.sql")});
        QVERIFY2(openError(path2).contains(QStringLiteral("insights_counter lacks the column value")),
                 qPrintable(openError(path2)));
        QVERIFY(openError(dir.filePath(QStringLiteral("nope.db"))).contains(QStringLiteral("no such file")));
        QVERIFY(openError(dir.path()).contains(QStringLiteral("folder")));
    }

    void walFileInReadOnlyFolder()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(dir, QStringLiteral("wal.db"),
                                                   {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // closed cleanly
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        const ivtest::FileState before = ivtest::fileState(path);
        {
            const Catalogue cat = openCatalogue(path);
            QCOMPARE(cat.questionCount(), 8);
            QString error;
            auto file = SnapshotFile::open(path, &error);
            QVERIFY(file->loadBucketValues(cat.findBucket(QStringLiteral("daily"))->id, &error));
            QCOMPARE(ivtest::fileState(path).siblings, QStringList{QStringLiteral("wal.db")}); // while open too
        }
        QVERIFY(ivtest::fileState(path) == before);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void cancelledLoad()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(dir, QStringLiteral("basic.db"),
                                                   {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        QString error;
        auto file = SnapshotFile::open(path, &error);
        std::atomic_bool cancel{true};
        QVERIFY(!file->loadBucketValues(2, &error, &cancel));
        QVERIFY2(error.endsWith(QStringLiteral("cancelled")), qPrintable(error));
    }

    // A bucket big enough for two readers (each half of its row-id span on a connection of its own): the very
    // values one reader loads — rows and their order, numbers, timestamps and their stored text, categories
    // in order of first appearance (some only in the second half), the counts — checked against SQL's own
    // view.
    void bigBucketReadByTwoConnections()
    {
        QTemporaryDir dir;
        QFile schema(QStringLiteral(IV_TEST_DATA_DIR "/schema.sql"));
        QVERIFY(schema.open(QIODevice::ReadOnly));
        const QString sql = QString::fromUtf8(schema.readAll()) + QStringLiteral(R"(
INSERT INTO insights_app (uuid, module, label) VALUES ('11111111111111111111111111111111', 'big', 'Big');
INSERT INTO insights_bucket (id, created_at, label, question, "desc", type, xlabel, xformat, ylabel, yformat,
  title, app_id) VALUES
  (1, '2026-01-01 10:00:00', 'big', 'Big?', NULL, 1, 'X', NULL, 'Y', NULL, 'Big', '11111111111111111111111111111111'),
  (2, '2026-01-01 10:00:00', 'between', 'Between?', NULL, 1, 'X', NULL, 'Y', NULL, 'B', '11111111111111111111111111111111');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)
INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id)
SELECT i,
  CASE WHEN i % 997 = 0 THEN NULL
       WHEN i % 1009 = 0 THEN 'garbage ' || i
       WHEN i > 100000 AND i % 13 = 0 THEN strftime('%Y-%m-%dT%H:%M:%S', 1700000000 + i, 'unixepoch')
       ELSE datetime(1700000000 + i, 'unixepoch') END,
  CASE WHEN i % 101 = 0 THEN 'x' WHEN i % 103 = 0 THEN 9e999 ELSE i * 0.5 END,
  i,
  CASE WHEN i < 100000 THEN CASE i % 3 WHEN 0 THEN 'a' WHEN 1 THEN 'b' ELSE NULL END
       ELSE CASE i % 4 WHEN 0 THEN 'c' WHEN 1 THEN 'd' WHEN 2 THEN 'a' ELSE 'b' END END,
  CASE WHEN i % 10 = 0 THEN 2 ELSE 1 END
FROM n;
)");
        const QString path = ivtest::buildDatabaseFromSql(dir, QStringLiteral("big.db"), sql);
        QString error;
        auto file = SnapshotFile::open(path, &error);
        QVERIFY2(file, qPrintable(error));
        const auto two = file->loadBucketValues(1, &error);
        QVERIFY2(two, qPrintable(error));
        qputenv("IV_BUCKET_READERS", "1");
        const auto one = file->loadBucketValues(1, &error);
        qunsetenv("IV_BUCKET_READERS");
        QVERIFY2(one, qPrintable(error));

        QCOMPARE(two->size(), 180000);
        QCOMPARE(two->ids, one->ids);
        QCOMPARE(two->timestamps, one->timestamps);
        QCOMPARE(two->categoryIndex, one->categoryIndex);
        QCOMPARE(two->categories, one->categories);
        QCOMPARE(two->timestampText, one->timestampText);
        QCOMPARE(std::memcmp(two->x.constData(), one->x.constData(), sizeof(double) * size_t(one->size())),
                 0);
        QCOMPARE(std::memcmp(two->y.constData(), one->y.constData(), sizeof(double) * size_t(one->size())),
                 0);
        QCOMPARE(two->invalidTimestampCount, one->invalidTimestampCount);
        QCOMPARE(two->invalidNumberCount, one->invalidNumberCount);
        QCOMPARE(two->nonFiniteCount, one->nonFiniteCount);
        // After the catalogue (which counts each bucket's rows, so the span's ends come from the index alone).
        QVERIFY(file->readCatalogue(&error));
        const auto counted = file->loadBucketValues(1, &error);
        QVERIFY2(counted, qPrintable(error));
        QCOMPARE(counted->ids, one->ids);
        QCOMPARE(counted->categoryIndex, one->categoryIndex);
        QCOMPARE(counted->categories, one->categories);
        QCOMPARE(counted->timestampText, one->timestampText);
        QCOMPARE(std::memcmp(counted->x.constData(), one->x.constData(), sizeof(double) * size_t(one->size())), 0);
        const auto between = file->loadBucketValues(2, &error); // spread: read through the index
        QVERIFY2(between, qPrintable(error));
        QCOMPARE(between->size(), 20000);
        QCOMPARE(between->ids.first(), 10);
        QCOMPARE(between->ids.last(), 200000);

        // What SQL says of the same rows.
        sqlite3 *db = file->handle();
        auto scalar = [&](const char *query) {
            sqlite3_stmt *st = nullptr;
            sqlite3_prepare_v2(db, query, -1, &st, nullptr);
            const qint64 v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
            sqlite3_finalize(st);
            return v;
        };
        QCOMPARE(two->ids.first(), 1);
        QCOMPARE(two->ids.last(), 199999);
        QVERIFY(std::is_sorted(two->ids.cbegin(), two->ids.cend()));
        QCOMPARE(two->categories, (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("d"),
                                               QStringLiteral("c")}));
        QCOMPARE(
            two->invalidTimestampCount,
            scalar("SELECT count(*) FROM insights_bucketvalue WHERE bucket_id = 1 AND timestamp LIKE 'g%'"));
        QCOMPARE(
            two->timestampText.size(),
            scalar("SELECT count(*) FROM insights_bucketvalue WHERE bucket_id = 1 AND (timestamp LIKE 'g%' "
                   "OR timestamp LIKE '%T%')"));
        QCOMPARE(
            two->invalidNumberCount,
            scalar(
                "SELECT count(*) FROM insights_bucketvalue WHERE bucket_id = 1 AND typeof(xvalue) = 'text'"));
        QCOMPARE(two->nonFiniteCount,
                 scalar("SELECT count(*) FROM insights_bucketvalue WHERE bucket_id = 1 AND "
                        "typeof(xvalue) = 'real' AND xvalue > 1e308"));
        const int late = int(two->ids.indexOf(199992)); // 199992 % 13 == 0: ISO text, kept as stored
        QCOMPARE(two->timestampAt(late), QStringLiteral("2023-11-17T05:46:32"));
        QCOMPARE(two->categoryAt(late), QStringLiteral("c"));
        QCOMPARE(two->categoryAt(int(two->ids.indexOf(2))), QString());
        QCOMPARE(two->timestampAt(int(two->ids.indexOf(150001))), QStringLiteral("2023-11-16 15:53:21"));
    }

    void sample()
    {
        QTemporaryDir dir;
        QString error;
        const QString path = SqlScript::createSample(dir.path(), &error);
        QVERIFY2(!path.isEmpty(), qPrintable(error));
        const Catalogue cat = openCatalogue(path);
        QCOMPARE(cat.apps.size(), 3);
        // The sample covers every kind the viewer draws.
        for (MetricKind k : {MetricKind::Counter, MetricKind::Gauge, MetricKind::Timeseries, MetricKind::Scatterplot,
                             MetricKind::Barchart, MetricKind::Hbarchart})
            QVERIFY2(cat.countOf(k) > 0, qPrintable(kindId(k)));
        QCOMPARE(cat.findBucket(QStringLiteral("orders_per_day"))->pointCount, qint64(365));
        QVERIFY(!SqlScript::createDatabase(path, QStringLiteral("SELECT 1"), &error)); // never overwrites
        QVERIFY(error.contains(QStringLiteral("already exists")));
    }

    void dumpJsonShape()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(dir, QStringLiteral("basic.db"),
                                                   {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        QString error;
        auto file = SnapshotFile::open(path, &error);
        const QJsonObject root = QJsonDocument::fromJson(SnapshotJson::dump(*file, &error)).object();
        QCOMPARE(root.value(QStringLiteral("file")).toString(), file->path());
        const QJsonArray apps = root.value(QStringLiteral("apps")).toArray();
        QCOMPARE(apps.size(), 2);
        QVERIFY(apps[1].toObject().value(QStringLiteral("label")).isNull());
        QCOMPARE(apps[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("blog.insights"));
        const QJsonObject orders = apps[0].toObject().value(QStringLiteral("questions")).toArray()[0].toObject();
        QCOMPARE(orders.value(QStringLiteral("kind")).toString(), QStringLiteral("counter"));
        QCOMPARE(orders.value(QStringLiteral("value")).toInteger(), qint64(1234567));
        QCOMPARE(orders.value(QStringLiteral("created_at")).toString(), QStringLiteral("2026-01-01 10:00:00.000001"));
        const QJsonObject daily = apps[0].toObject().value(QStringLiteral("questions")).toArray()[2].toObject();
        QCOMPARE(daily.value(QStringLiteral("kind")).toString(), QStringLiteral("timeseries"));
        const QJsonArray values = daily.value(QStringLiteral("values")).toArray();
        QCOMPARE(values.size(), 4);
        QCOMPARE(values[1].toObject().value(QStringLiteral("x")).toDouble(), 7.5);
        QCOMPARE(values[1].toObject().value(QStringLiteral("timestamp")).toString(),
                 QStringLiteral("2025-12-02 00:00:00"));
        QVERIFY(values[1].toObject().value(QStringLiteral("category")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotFile)
#include "tst_snapshotfile.moc"
