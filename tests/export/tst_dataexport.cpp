// SPDX-License-Identifier: MIT
#include "csvparse.h"
#include "dataexport.h"
#include "snapshotfile.h"
#include "testsupport.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace iv;

class TestDataExport : public QObject
{
    Q_OBJECT

private slots:
    void numbersRoundTrip()
    {
        const double values[] = {0.0,
                                 -0.0,
                                 1.0,
                                 2.5,
                                 1234567.0,
                                 0.1,
                                 1.0 / 3.0,
                                 -10.758000000000003,
                                 1e-7,
                                 6.02214076e23,
                                 1e300,
                                 4.9e-324,
                                 123456789012345678.0,
                                 9007199254740993.0};
        for (double v : values) {
            const QString text = DataExport::number(v);
            bool ok = false;
            const double back = text.toDouble(&ok);
            QVERIFY2(ok, qPrintable(text));
            QCOMPARE(std::signbit(back), std::signbit(v));
            QCOMPARE(back, v);
            QVERIFY2(!text.contains(QLatin1Char(',')), qPrintable(text));
        }
        QCOMPARE(DataExport::number(1234567.0), QStringLiteral("1234567"));
        QCOMPARE(DataExport::number(2.5), QStringLiteral("2.5"));
        QCOMPARE(DataExport::number(0.1), QStringLiteral("0.1"));
        QVERIFY(DataExport::number(std::nan("")).isEmpty());
    }

    void csvQuoting()
    {
        QCOMPARE(DataExport::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(DataExport::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(DataExport::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(DataExport::csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    }

    void safeFileNames()
    {
        QCOMPARE(DataExport::safeFileName(QStringLiteral("daily"), QStringLiteral("png")),
                 QStringLiteral("daily.png"));
        QCOMPARE(DataExport::safeFileName(QStringLiteral("../etc/passwd"), QStringLiteral("png")),
                 QStringLiteral("_._etc_passwd.png"));
        QCOMPARE(DataExport::safeFileName(QStringLiteral(".hidden"), QStringLiteral("csv")),
                 QStringLiteral("_hidden.csv"));
        QCOMPARE(DataExport::safeFileName(QStringLiteral("-rf"), QStringLiteral("csv")),
                 QStringLiteral("_rf.csv"));
        QCOMPARE(DataExport::safeFileName(QString(), QStringLiteral("csv")), QStringLiteral("_.csv"));
        QCOMPARE(DataExport::safeFileName(QStringLiteral("CON"), QStringLiteral("csv")),
                 QStringLiteral("_CON.csv"));
        QCOMPARE(DataExport::safeFileName(QStringLiteral("a\x1b[31mb"), QStringLiteral("csv")),
                 QStringLiteral("a_[31mb.csv"));
        QSet<QString> used;
        QCOMPARE(DataExport::safeFileName(QStringLiteral("a/b"), QStringLiteral("csv"), &used),
                 QStringLiteral("a_b.csv"));
        QCOMPARE(DataExport::safeFileName(QStringLiteral("a_b"), QStringLiteral("csv"), &used),
                 QStringLiteral("a_b-2.csv"));
        QCOMPARE(DataExport::safeFileName(QStringLiteral("A_B"), QStringLiteral("csv"), &used),
                 QStringLiteral("A_B-3.csv"));
    }

    // Every bucket of basic.sql: the CSV parses back to exactly the stored values (known from the SQL text).
    void basicCsv()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(
            dir, QStringLiteral("basic.db"), {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        QString error;
        const auto snapshot = SnapshotFile::open(path, &error);
        QVERIFY2(snapshot, qPrintable(error));
        const auto cat = snapshot->readCatalogue(&error);
        QVERIFY(cat);

        const Question *daily = cat->findBucket(QStringLiteral("daily"));
        QVERIFY(daily);
        const auto values = snapshot->loadBucketValues(daily->id, &error);
        QVERIFY(values);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(DataExport::write(&buffer, DataExport::Format::Csv, *daily, &*values, &error));
        bool ok = false;
        const QVector<QStringList> rows = ivtest::parseCsv(QString::fromUtf8(buffer.data()), &ok);
        QVERIFY(ok);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0),
                 (QStringList{QStringLiteral("id"), QStringLiteral("timestamp"), QStringLiteral("Orders"),
                              QStringLiteral("y"), QStringLiteral("category")}));
        QCOMPARE(rows.at(1), (QStringList{QStringLiteral("4"), QStringLiteral("2025-12-01T00:00:00Z"),
                                          QStringLiteral("5"), QStringLiteral("0"), QString()}));
        QCOMPARE(rows.at(2).at(2), QStringLiteral("7.5"));
        QCOMPARE(rows.at(4).at(1), QStringLiteral("2025-12-04T00:00:00.250000Z"));

        const Question *scatter = cat->findBucket(QStringLiteral("scatter"));
        const auto sv = snapshot->loadBucketValues(scatter->id, &error);
        QBuffer b2;
        b2.open(QIODevice::WriteOnly);
        QVERIFY(DataExport::write(&b2, DataExport::Format::Csv, *scatter, &*sv, &error));
        const QVector<QStringList> srows = ivtest::parseCsv(QString::fromUtf8(b2.data()), &ok);
        // xvalue is drawn on the ylabel (Price) axis, yvalue on the xlabel (Size) axis.
        QCOMPARE(srows.at(0),
                 (QStringList{QStringLiteral("id"), QStringLiteral("timestamp"), QStringLiteral("Price"),
                              QStringLiteral("Size"), QStringLiteral("category")}));
        QCOMPARE(srows.at(1), (QStringList{QStringLiteral("8"), QString(), QStringLiteral("3.5"),
                                           QStringLiteral("1"), QStringLiteral("small")}));
    }

    void ndjsonAndCounters()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(
            dir, QStringLiteral("basic.db"), {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        QString error;
        const auto snapshot = SnapshotFile::open(path, &error);
        const auto cat = snapshot->readCatalogue(&error);
        const Question *hbar = cat->findBucket(QStringLiteral("hbar"));
        const auto values = snapshot->loadBucketValues(hbar->id, &error);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(DataExport::write(&buffer, DataExport::Format::Ndjson, *hbar, &*values, &error));
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.size(), 4); // three objects and the empty tail
        QJsonParseError perr;
        const QJsonObject first = QJsonDocument::fromJson(lines.at(0), &perr).object();
        QCOMPARE(perr.error, QJsonParseError::NoError);
        QCOMPARE(first.value(QStringLiteral("bucket")).toString(), QStringLiteral("hbar"));
        QCOMPARE(first.value(QStringLiteral("id")).toInteger(), 1);
        QVERIFY(first.value(QStringLiteral("timestamp")).isNull());
        QCOMPARE(first.value(QStringLiteral("x")).toDouble(), 30.0);
        QCOMPARE(first.value(QStringLiteral("category")).toString(), QStringLiteral("Apples"));

        const Question *orders = cat->find(MetricKind::Counter, QStringLiteral("orders"));
        QBuffer b2;
        b2.open(QIODevice::WriteOnly);
        QVERIFY(DataExport::write(&b2, DataExport::Format::Csv, *orders, nullptr, &error));
        QCOMPARE(b2.data(),
                 QByteArray("id,created_at,label,value\r\n1,2026-01-01 10:00:00.000001,orders,1234567\r\n"));
        const Question *basket = cat->find(MetricKind::Gauge, QStringLiteral("basket"));
        QBuffer b3;
        b3.open(QIODevice::WriteOnly);
        QVERIFY(DataExport::write(&b3, DataExport::Format::Ndjson, *basket, nullptr, &error));
        const QJsonObject g = QJsonDocument::fromJson(b3.data()).object();
        QCOMPARE(g.value(QStringLiteral("value")).toDouble(), 12.25);
        QCOMPARE(g.value(QStringLiteral("kind")).toString(), QStringLiteral("gauge"));
    }
};

QTEST_GUILESS_MAIN(TestDataExport)
#include "tst_dataexport.moc"
