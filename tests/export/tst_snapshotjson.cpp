// SPDX-License-Identifier: MIT
// --dump-json's streamed writer against the whole-document writer it replaced (kept here as the reference):
// the same bytes, indented and compact, on the project's own SQL (markup, control characters, surrogates,
// extreme and non-finite numbers, empty buckets, malformed timestamps), the fuzz reproducers and, where they
// are, the upstream fixtures.
#include "snapshotfile.h"
#include "snapshotjson.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>

using namespace iv;

namespace {

// The writer as it was: the whole document in memory, then QJsonDocument::toJson.
QByteArray referenceDump(const SnapshotFile &file, bool indented)
{
    QString error;
    const std::optional<Catalogue> cat = file.readCatalogue(&error);
    if (!cat)
        return QByteArray();
    auto textOrNull = [](const QString &s) {
        return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    QJsonArray apps;
    for (const App &app : cat->apps) {
        QJsonObject a;
        a.insert(QStringLiteral("uuid"), textOrNull(app.uuid));
        a.insert(QStringLiteral("module"), textOrNull(app.module));
        a.insert(QStringLiteral("label"), textOrNull(app.label));
        a.insert(QStringLiteral("name"), app.name());
        QJsonArray questions;
        for (const Question &q : app.questions) {
            QJsonObject o = SnapshotJson::questionObject(q);
            if (q.isBucket()) {
                const std::optional<BucketValues> values = file.loadBucketValues(q.id, &error);
                if (!values)
                    return QByteArray();
                o.insert(QStringLiteral("values"), SnapshotJson::valuesArray(*values));
            }
            questions.append(o);
        }
        a.insert(QStringLiteral("questions"), questions);
        apps.append(a);
    }
    QJsonObject root;
    root.insert(QStringLiteral("file"), cat->filePath);
    root.insert(QStringLiteral("apps"), apps);
    return QJsonDocument(root).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

// Text and numbers that exercise every escape and notation of the JSON writer.
const char *const kOddSql = R"(
INSERT INTO insights_app (uuid, module, label) VALUES ('66666666666666666666666666666666', 'odd.insights', 'Odd "quoted" \ back');
INSERT INTO insights_counter (id, created_at, label, question, "desc", value, app_id) VALUES
  (1, '2026-03-01 00:00:00', 'big', 'int64 max', NULL, 9223372036854775807, '66666666666666666666666666666666'),
  (2, '2026-03-01 00:00:00', 'neg', 'tab	and
newline', '', -5, '66666666666666666666666666666666');
INSERT INTO insights_gauge (id, created_at, label, question, "desc", value, app_id) VALUES
  (1, '2026-03-01 00:00:00', 'g', 'half', NULL, 0.5, '66666666666666666666666666666666'),
  (2, '2026-03-01 00:00:00', 'e', 'tiny', NULL, 1e-7, '66666666666666666666666666666666');
INSERT INTO insights_bucket (id, created_at, label, question, "desc", type, xlabel, xformat, ylabel, yformat, title, app_id) VALUES
  (1, '2026-03-01 00:00:00', 'odd_bars', 'Cats ' || char(1) || char(127) || char(8238), NULL, 4, 'x', NULL, 'y', NULL, NULL, '66666666666666666666666666666666'),
  (2, '2026-03-01 00:00:00', 'empty', NULL, NULL, 1, NULL, NULL, NULL, NULL, NULL, '66666666666666666666666666666666'),
  (3, '2026-03-01 00:00:00', 'series', NULL, NULL, 1, NULL, '%Y', NULL, NULL, NULL, '66666666666666666666666666666666');
INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id) VALUES
  (1, NULL, 2, 0, 'a "b" \c', 1), (2, NULL, 3, -0.0, 'é ü 中文 😀', 1), (3, NULL, 1e300, 5e-324, char(9) || char(10) || char(13) || char(8) || char(12), 1),
  (4, NULL, 18446744073709551616.0, 18446744073709549568.0, '', 1), (5, NULL, 9e999, -9e999, NULL, 1),
  (6, NULL, 123456.789, -0.000001, char(55357), 1), (7, NULL, 1e21, 1e-5, 'x' || char(0) || 'y', 1),
  (8, '2026-01-01 00:00:00', 1, 2, NULL, 3), (9, '2026-01-01T00:00:00Z', 1.5, 2.5, NULL, 3), (10, 'garbage', 0, 0, NULL, 3),
  (11, '2026-01-01 00:00:00.123456', 'text', 'x', NULL, 3);
)";

// A bucket of every class of cell the row writer meets, in bulk (more than one 1 MiB output block): numbers
// of every magnitude (random bit patterns, whole numbers around 2^53 and 2^63, fractions around 0.001 where
// the plain and the exponent form meet, k/7 at every power of ten, numeric text), timestamps in Django's form
// with and without microseconds, ".000000", 'T' and zone forms, years 0001-9999, malformed text, integers
// and blobs, and categories repeated in runs, distinct, empty, non-ASCII, escaped, integer and NULL.
QString generatedRowsSql()
{
    std::mt19937_64 random(20261207);
    auto real = [](double d) {
        if (std::isinf(d))
            return QString::fromLatin1(d > 0 ? "9e999" : "-9e999");
        if (std::isnan(d))
            return QStringLiteral("'nan'");
        return QString::number(d, 'g', 17);
    };
    auto number = [&](int i) -> QString {
        switch (i % 9) {
        case 0: {
            double d;
            const quint64 bits = random();
            std::memcpy(&d, &bits, sizeof d);
            return real(d);
        }
        case 1:
            return real(std::ldexp(1.0, 53) + double(qint64(random() % 9) - 4) * (i % 2 ? 1 : -1));
        case 2:
            return real(std::ldexp(double(qint64(random() % 2001) - 1000), 53 + int(random() % 12)));
        case 3:
            return real((0.0009 + double(random() % 300) * 0.000001) * (i % 2 ? 1 : -1));
        case 4:
            return real(double(random() % 100000) / 7.0 * std::pow(10.0, int(random() % 40) - 20));
        case 5:
            return QString::number(qint64(random() % 2000001) - 1000000);
        case 6:
            return QStringLiteral("' %1 '").arg(double(random() % 100000) / 8.0);
        case 7:
            return real(double(random() % 1000) / 1000.0);
        default:
            return real(double(qint64(random())) * (i % 2 ? 1.0 : -1.0));
        }
    };
    auto timestamp = [&](int i) -> QString {
        const unsigned year = 1 + unsigned(random() % 9999), month = 1 + unsigned(random() % 12),
                       day = 1 + unsigned(random() % 28), micro = unsigned(random() % 1000000);
        const QString date = QStringLiteral("%1-%2-%3")
                                 .arg(year, 4, 10, QLatin1Char('0'))
                                 .arg(month, 2, 10, QLatin1Char('0'))
                                 .arg(day, 2, 10, QLatin1Char('0'));
        const QString time = QStringLiteral("%1:%2:%3")
                                 .arg(unsigned(random() % 24), 2, 10, QLatin1Char('0'))
                                 .arg(unsigned(random() % 60), 2, 10, QLatin1Char('0'))
                                 .arg(unsigned(random() % 60), 2, 10, QLatin1Char('0'));
        switch (i % 11) {
        case 0:
        case 1:
        case 2:
        case 3:
            return QStringLiteral("'%1 %2'").arg(date, time);
        case 4:
        case 5:
            return QStringLiteral("'%1 %2.%3'").arg(date, time).arg(micro, 6, 10, QLatin1Char('0'));
        case 6:
            return QStringLiteral("'%1 %2.000000'").arg(date, time);
        case 7:
            return QStringLiteral("'%1T%2Z'").arg(date, time);
        case 8:
            return i % 2 ? QStringLiteral("'%1'").arg(date) : QStringLiteral("'%1 %2+00:00'").arg(date, time);
        case 9:
            switch (i % 5) {
            case 0:
                return QStringLiteral("1735689600");
            case 1:
                return QStringLiteral("x'00ff41'");
            case 2:
                return QStringLiteral("''");
            case 3:
                return QStringLiteral("'2026-02-30 00:00:00'");
            default:
                return QStringLiteral("'%1 %2 ü'").arg(date, time);
            }
        default:
            return QStringLiteral("NULL");
        }
    };
    auto category = [&](int i) -> QString {
        switch ((i / 7) % 8) {
        case 0:
            return QStringLiteral("'run %1'").arg(i / 56);
        case 1:
            return QStringLiteral("'distinct %1'").arg(i);
        case 2:
            return QStringLiteral("''");
        case 3:
            return QStringLiteral("'Zoë «%1» 中文 😀'").arg(i % 5);
        case 4:
            return QStringLiteral("'quote \" back\\ %1' || char(9)").arg(i % 3);
        case 5:
            return QString::number(i % 4);
        case 6:
            return QStringLiteral("NULL");
        default:
            return QStringLiteral("'~' || char(127) || '%1'").arg(i % 2);
        }
    };
    QString sql = QStringLiteral("INSERT INTO insights_app (uuid, module, label) VALUES "
                                 "('77777777777777777777777777777777', 'gen.insights', 'Gen');\n"
                                 "INSERT INTO insights_bucket (id, created_at, label, question, \"desc\", "
                                 "type, xlabel, xformat, ylabel, yformat, title, app_id) VALUES "
                                 "(1, '2026-03-01 00:00:00', 'rows', NULL, NULL, 3, NULL, NULL, NULL, NULL, "
                                 "NULL, '77777777777777777777777777777777'),"
                                 "(2, '2026-03-01 00:00:00', 'none', NULL, NULL, 1, NULL, NULL, NULL, NULL, "
                                 "NULL, '77777777777777777777777777777777');\n"
                                 "BEGIN;\n");
    for (int i = 0; i < 14000; ++i)
        sql += QStringLiteral("INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, "
                              "bucket_id) VALUES (%1, %2, %3, %4, 1);\n")
                   .arg(timestamp(i), number(i), number(i + 4), category(i));
    return sql + QStringLiteral("COMMIT;\n");
}

} // namespace

class TestSnapshotJson : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    void compareWithReference(const QString &path)
    {
        QString error;
        const auto file = SnapshotFile::open(path, &error);
        QVERIFY2(file, qPrintable(error));
        for (const bool indented : {true, false}) {
            const QByteArray expected = referenceDump(*file, indented);
            QVERIFY(!expected.isEmpty());
            const QByteArray streamed = SnapshotJson::dump(*file, &error, indented);
            if (streamed != expected) {
                qsizetype at = 0;
                while (at < streamed.size() && at < expected.size() && streamed.at(at) == expected.at(at))
                    ++at;
                QFAIL(qPrintable(
                    QStringLiteral("%1 (%2): differs at byte %3: streamed «%4» expected «%5»")
                        .arg(path, indented ? QStringLiteral("indented") : QStringLiteral("compact"))
                        .arg(at)
                        .arg(QString::fromUtf8(streamed.mid(std::max<qsizetype>(0, at - 40), 80)),
                             QString::fromUtf8(expected.mid(std::max<qsizetype>(0, at - 40), 80)))));
            }
            // The streaming interface itself, through a device.
            QByteArray bytes;
            QBuffer buffer(&bytes);
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QVERIFY2(SnapshotJson::write(*file, &buffer, &error, indented), qPrintable(error));
            QVERIFY(bytes == expected);
        }
    }

private slots:
    void ownData_data()
    {
        QTest::addColumn<QStringList>("sql");
        const QString schema = QStringLiteral("schema.sql");
        QTest::newRow("basic") << QStringList{schema, QStringLiteral("basic.sql")};
        QTest::newRow("markup") << QStringList{schema, QStringLiteral("markup.sql")};
        QTest::newRow("tolerant") << QStringList{schema, QStringLiteral("tolerant.sql")};
        QTest::newRow("old schema") << QStringList{QStringLiteral("old_schema.sql")};
        QTest::newRow("empty") << QStringList{schema};
    }
    void ownData()
    {
        QFETCH(QStringList, sql);
        compareWithReference(ivtest::buildDatabase(
            m_dir, QString::fromUtf8(QTest::currentDataTag()) + QStringLiteral(".db"), sql));
    }

    void oddTextAndNumbers()
    {
        const QString path = ivtest::buildDatabaseFromSql(
            m_dir, QStringLiteral("odd.db"),
            ivtest::readText(ivtest::dataPath(QStringLiteral("schema.sql"))) + QString::fromUtf8(kOddSql));
        compareWithReference(path);
    }

    // The row writer reads cells straight from the file and writes numbers and timestamps without Qt's
    // formatting: the same bytes as the reference on every class of cell, across several output blocks.
    void generatedRows()
    {
        // Without the (bucket, timestamp) constraint: the rows repeat timestamps, as hand-made files may.
        QString schema = ivtest::readText(ivtest::dataPath(QStringLiteral("schema.sql")));
        const QString unique = QStringLiteral(
            ", CONSTRAINT \"bucketvalue_unique_bucket_timestamp\" UNIQUE (\"bucket_id\", \"timestamp\")");
        QVERIFY(schema.contains(unique));
        schema.remove(unique);
        const QString path =
            ivtest::buildDatabaseFromSql(m_dir, QStringLiteral("generated.db"), schema + generatedRowsSql());
        compareWithReference(path);
        QString error;
        const auto file = SnapshotFile::open(path, &error);
        QVERIFY(file);
        const QByteArray json = SnapshotJson::dump(*file, &error, false);
        QVERIFY(json.size() > (1 << 20)); // more than one output block
        // Spot checks that the oracle is not empty-handed: each form is there.
        QVERIFY(json.contains("\"x\":9007199254740992,") || json.contains("\"y\":9007199254740992}"));
        QVERIFY(json.contains("e+"));
        QVERIFY(json.contains("e-"));
        QVERIFY(json.contains(".000000\""));
        QVERIFY(json.contains("\"timestamp\":\"1735689600\""));
    }

    // A bucket's rows are read by a scan of their row-id span when they lie close together, else through the
    // bucket_id index; both give exactly the bucket's rows in id order, and the span is taken only when id is
    // the rowid (not for "PRIMARY KEY DESC", a WITHOUT ROWID table or a table without id).
    void rowsOfEveryLayout_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("rowid alias") << QStringLiteral(
            "CREATE TABLE insights_bucketvalue (id integer NOT NULL PRIMARY KEY AUTOINCREMENT, timestamp "
            "datetime, "
            "xvalue real NOT NULL, yvalue real NOT NULL, category varchar(254), bucket_id integer NOT NULL);"
            "CREATE INDEX v_bucket ON insights_bucketvalue (bucket_id);");
        QTest::newRow("primary key desc")
            << QStringLiteral("CREATE TABLE insights_bucketvalue (id integer PRIMARY KEY DESC, timestamp "
                              "datetime, xvalue real, "
                              "yvalue real, category text, bucket_id integer);");
        QTest::newRow("without rowid") << QStringLiteral(
            "CREATE TABLE insights_bucketvalue (id integer PRIMARY KEY, timestamp datetime, xvalue real, "
            "yvalue real, category text, bucket_id integer) WITHOUT ROWID;"
            "CREATE INDEX v_bucket ON insights_bucketvalue (bucket_id);");
        QTest::newRow("text id") << QStringLiteral(
            "CREATE TABLE insights_bucketvalue (id text PRIMARY KEY, timestamp datetime, xvalue real, "
            "yvalue real, category text, bucket_id integer);");
    }
    void rowsOfEveryLayout()
    {
        QFETCH(QString, table);
        QString schema = ivtest::readText(ivtest::dataPath(QStringLiteral("schema.sql")));
        const qsizetype from =
            schema.indexOf(QLatin1String("CREATE TABLE IF NOT EXISTS \"insights_bucketvalue\""));
        QVERIFY(from >= 0);
        schema.remove(from, schema.indexOf(QLatin1Char('\n'), from) - from);
        for (const char *index : {"timestamp_e190b4da", "category_b3acaa68", "bucket_id_1ca3575e"}) {
            const qsizetype at =
                schema.indexOf(QLatin1String("CREATE INDEX \"insights_bucketvalue_") + QLatin1String(index));
            QVERIFY(at >= 0);
            schema.remove(at, schema.indexOf(QLatin1Char('\n'), at) - at);
        }
        // Bucket 1: ids 1-100 together; 2 and 3 alternate in 101-300; 4 every tenth id of 301-999 among 5's;
        // 6: 2000-2010 and 5000 alone; 7 none.
        QMap<int, QVector<qint64>> expected;
        for (qint64 id = 1; id <= 100; ++id)
            expected[1] << id;
        for (qint64 id = 101; id <= 300; ++id)
            expected[id % 2 ? 2 : 3] << id;
        for (qint64 id = 301; id <= 999; ++id)
            expected[id % 10 == 1 ? 4 : 5] << id;
        for (qint64 id = 2000; id <= 2010; ++id)
            expected[6] << id;
        expected[6] << 5000;
        QMap<int, QVector<qint64>> order = expected; // the order ORDER BY id gives: as text for a text id
        if (table.contains(QLatin1String("id text")))
            for (QVector<qint64> &ids : order)
                std::sort(ids.begin(), ids.end(),
                          [](qint64 a, qint64 b) { return QString::number(a) < QString::number(b); });
        QString sql = schema + table +
                      QStringLiteral("\nINSERT INTO insights_app (uuid, module, label) VALUES "
                                     "('88888888888888888888888888888888', 'lay.insights', 'Layout');\n");
        for (int b = 1; b <= 7; ++b)
            sql +=
                QStringLiteral(
                    "INSERT INTO insights_bucket (id, created_at, label, question, \"desc\", type, xlabel, "
                    "xformat, ylabel, yformat, title, app_id) VALUES (%1, '2026-03-01 00:00:00', "
                    "'b%1', NULL, NULL, 3, NULL, NULL, NULL, NULL, NULL, "
                    "'88888888888888888888888888888888');\n")
                    .arg(b);
        // Inserted out of id order, so the table's own order is not the answer.
        QVector<QPair<qint64, int>> rows;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            for (const qint64 id : it.value())
                rows.append({id, it.key()});
        std::reverse(rows.begin(), rows.end());
        for (const auto &[id, bucket] : std::as_const(rows))
            sql +=
                QStringLiteral("INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, "
                               "bucket_id) VALUES (%1, NULL, %1, %2, 'c%2', %2);\n")
                    .arg(id)
                    .arg(bucket);
        const QString path = ivtest::buildDatabaseFromSql(
            m_dir,
            QStringLiteral("layout-%1.db")
                .arg(QString::fromUtf8(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))),
            sql);
        QString error;
        const auto file = SnapshotFile::open(path, &error);
        QVERIFY2(file, qPrintable(error));
        for (int b = 1; b <= 7; ++b) {
            const std::optional<BucketValues> values = file->loadBucketValues(b, &error);
            QVERIFY2(values, qPrintable(error));
            QCOMPARE(values->ids, order.value(b));
            for (int i = 0; i < values->size(); ++i) {
                QCOMPARE(values->x.at(i), double(values->ids.at(i)));
                QCOMPARE(values->y.at(i), double(b));
            }
        }
        compareWithReference(path);
    }

    // Buckets whose rows lie spread among each other's are read together by one pass over the table
    // (SnapshotFile::bucketBatches, loadBucketBatch): each exactly as read alone, and the dump the same
    // bytes. Rows of a bucket outside the list (3) lie among them; bucket_id declared real is stored as REAL
    // and matches as "bucket_id = ?" matches it; declared text, it does not compare as a number, so each
    // bucket is read alone.
    void spreadBucketsReadTogether_data()
    {
        QTest::addColumn<QString>("bucketIdType");
        QTest::addColumn<bool>("index");
        QTest::addColumn<bool>("together");
        QTest::newRow("integer") << QStringLiteral("integer") << true << true;
        QTest::newRow("real") << QStringLiteral("real") << true << true;
        QTest::newRow("text") << QStringLiteral("text") << true << false;
        // Without an index on bucket_id, finding a bucket's span is a scan of the table: no batches.
        QTest::newRow("no index") << QStringLiteral("integer") << false << false;
    }
    void spreadBucketsReadTogether()
    {
        QFETCH(QString, bucketIdType);
        QFETCH(bool, index);
        QFETCH(bool, together);
        QString schema = ivtest::readText(ivtest::dataPath(QStringLiteral("schema.sql")));
        const qsizetype from =
            schema.indexOf(QLatin1String("CREATE TABLE IF NOT EXISTS \"insights_bucketvalue\""));
        QVERIFY(from >= 0);
        schema.remove(from, schema.indexOf(QLatin1Char('\n'), from) - from);
        schema.insert(from,
                      QStringLiteral(
                          "CREATE TABLE insights_bucketvalue (id integer NOT NULL PRIMARY KEY AUTOINCREMENT, "
                          "timestamp datetime, xvalue real NOT NULL, yvalue real NOT NULL, category "
                          "varchar(254), bucket_id %1 NOT NULL);")
                          .arg(bucketIdType));
        if (!index) {
            const qsizetype at =
                schema.indexOf(QLatin1String("CREATE INDEX \"insights_bucketvalue_bucket_id_1ca3575e\""));
            QVERIFY(at >= 0);
            schema.remove(at, schema.indexOf(QLatin1Char('\n'), at) - at);
        }
        const QString sql =
            schema + generatedRowsSql() +
            QStringLiteral(
                "INSERT INTO insights_bucket (id, created_at, label, question, \"desc\", type, xlabel, "
                "xformat, ylabel, yformat, title, app_id) VALUES (4, '2026-03-01 00:00:00', 'fourth', "
                "NULL, NULL, 1, NULL, NULL, NULL, NULL, NULL, '77777777777777777777777777777777');\n"
                "UPDATE insights_bucketvalue SET bucket_id = CASE id % 10 WHEN 0 THEN 1 WHEN 5 THEN 1 "
                "WHEN 1 THEN 2 WHEN 6 THEN 2 WHEN 3 THEN 4 ELSE 3 END;\n");
        const QString path = ivtest::buildDatabaseFromSql(
            m_dir, QStringLiteral("spread-%1-%2.db").arg(bucketIdType).arg(index), sql);
        QString error;
        const auto file = SnapshotFile::open(path, &error);
        QVERIFY2(file, qPrintable(error));
        const QVector<qint64> ids{1, 2, 4}, counts{2800, 2800, 1400};
        const QVector<SnapshotFile::BucketBatch> one = file->bucketBatches(ids, counts, 1'000'000);
        if (together) {
            QCOMPARE(one.size(), 1);
            QVERIFY(one.first().together);
            QCOMPARE(one.first().begin, 0);
            QCOMPARE(one.first().end, 3);
            QCOMPARE(one.first().points, qint64(7000));
        } else {
            QCOMPARE(one.size(), 3);
            for (const SnapshotFile::BucketBatch &b : one)
                QVERIFY(!b.together);
        }
        // At most 5,600 points a batch: buckets 1 and 2 together, 4 alone (a pass over a lone spread bucket's
        // span is not cheaper than its index).
        const QVector<SnapshotFile::BucketBatch> two = file->bucketBatches(ids, counts, 5600);
        QCOMPARE(two.size(), 2 + (together ? 0 : 1));
        for (const auto &batches : {one, two}) {
            int next = 0;
            for (const SnapshotFile::BucketBatch &b : batches) {
                QCOMPARE(b.begin, next);
                next = b.end;
                const std::optional<QVector<BucketValues>> values = file->loadBucketBatch(b, &error);
                QVERIFY2(values, qPrintable(error));
                QCOMPARE(values->size(), b.end - b.begin);
                for (int k = 0; k < values->size(); ++k) {
                    const BucketValues &got = values->at(k);
                    const std::optional<BucketValues> alone =
                        file->loadBucketValues(ids.at(b.begin + k), &error);
                    QVERIFY2(alone, qPrintable(error));
                    QCOMPARE(got.bucketId, ids.at(b.begin + k));
                    QCOMPARE(got.ids, alone->ids);
                    QCOMPARE(got.size(), int(counts.at(b.begin + k)));
                    QVERIFY(std::memcmp(got.x.constData(), alone->x.constData(),
                                        sizeof(double) * size_t(got.size())) == 0);
                    QVERIFY(std::memcmp(got.y.constData(), alone->y.constData(),
                                        sizeof(double) * size_t(got.size())) == 0);
                    QCOMPARE(got.timestamps, alone->timestamps);
                    QCOMPARE(got.invalidTimestampCount, alone->invalidTimestampCount);
                    QCOMPARE(got.invalidNumberCount, alone->invalidNumberCount);
                    QCOMPARE(got.nonFiniteCount, alone->nonFiniteCount);
                    for (int i = 0; i < got.size(); ++i) {
                        QCOMPARE(got.timestampAt(i), alone->timestampAt(i));
                        QCOMPARE(got.timestampAt(i).isNull(), alone->timestampAt(i).isNull());
                        QCOMPARE(got.categoryAt(i), alone->categoryAt(i));
                        QCOMPARE(got.categoryAt(i).isNull(), alone->categoryAt(i).isNull());
                    }
                }
            }
            QCOMPARE(next, 3);
        }
        compareWithReference(path);
    }

    void fuzzReproducers()
    {
        const QDir dir(ivtest::dataPath(QStringLiteral("fuzz-regressions")));
        const auto files = dir.entryInfoList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QFileInfo &fi : files) {
            const QString path = ivtest::buildDatabaseFromSql(
                m_dir, fi.completeBaseName() + QStringLiteral(".db"), ivtest::readText(fi.filePath()));
            QString error;
            if (const auto file = SnapshotFile::open(path, &error); file && file->readCatalogue(&error))
                compareWithReference(path);
        }
    }

#if IV_HAVE_FIXTURES // compiled (and registered as test functions) only with the fixtures
    void fixtures()
    {
        // Where the checkout has upstream's fixtures (CI always does) both must be there and compared; a
        // plain clone without ../shared has no such test function.
        for (const char *name : {"bookstore/insights.db", "bookstore/insights-all-kinds.db"}) {
            const QString path = ivtest::fixturePath(QLatin1String(name));
            QVERIFY2(QFile::exists(path), qPrintable(path));
            compareWithReference(path);
        }
    }
#endif
};

QTEST_GUILESS_MAIN(TestSnapshotJson)
#include "tst_snapshotjson.moc"
