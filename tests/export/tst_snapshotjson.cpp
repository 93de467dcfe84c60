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
#include <QTemporaryDir>
#include <QTest>

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
        compareWithReference(
            ivtest::buildDatabase(m_dir, QString::fromUtf8(QTest::currentDataTag()) + QStringLiteral(".db"), sql));
    }

    void oddTextAndNumbers()
    {
        const QString path = ivtest::buildDatabaseFromSql(
            m_dir, QStringLiteral("odd.db"),
            ivtest::readText(ivtest::dataPath(QStringLiteral("schema.sql"))) + QString::fromUtf8(kOddSql));
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

    void fixtures()
    {
        for (const char *name : {"bookstore/insights.db", "bookstore/insights-all-kinds.db"}) {
            const QString path = ivtest::fixturePath(QLatin1String(name));
            if (QFile::exists(path)) // registered without FIXTURES: the suite passes without ../shared
                compareWithReference(path);
        }
    }
};

QTEST_GUILESS_MAIN(TestSnapshotJson)
#include "tst_snapshotjson.moc"
