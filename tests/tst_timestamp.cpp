// SPDX-License-Identifier: MIT
// Expected values come from Python's datetime (the language django-insights writes them with).
#include "timestamp.h"

#include <QTest>

using namespace iv;

class TestTimestamp : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("micros");
        QTest::newRow("django") << QStringLiteral("2016-11-28 00:00:00") << qint64(1480291200000000);
        QTest::newRow("micro") << QStringLiteral("2025-12-31 23:59:58.123456") << qint64(1767225598123456);
        QTest::newRow("iso-T-Z") << QStringLiteral("2024-02-29T13:05:00Z") << qint64(1709211900000000);
        QTest::newRow("offset0") << QStringLiteral("2024-02-29 13:05:00+00:00") << qint64(1709211900000000);
        QTest::newRow("date-only") << QStringLiteral("2026-01-01") << qint64(1767225600000000);
        QTest::newRow("no-seconds") << QStringLiteral("2024-02-29 13:05") << qint64(1709211900000000);
        QTest::newRow("millis") << QStringLiteral("2025-12-31 23:59:58.123") << qint64(1767225598123000);
        QTest::newRow("pre-1970") << QStringLiteral("1969-12-31 23:00:00") << qint64(-3600000000);
        QTest::newRow("garbage") << QStringLiteral("yesterday") << Timestamp::Invalid;
        QTest::newRow("month13") << QStringLiteral("2025-13-01 00:00:00") << Timestamp::Invalid;
        QTest::newRow("feb29-nonleap") << QStringLiteral("2025-02-29 00:00:00") << Timestamp::Invalid;
        QTest::newRow("hour24") << QStringLiteral("2025-01-01 24:00:00") << Timestamp::Invalid;
        QTest::newRow("other-zone") << QStringLiteral("2025-01-01 00:00:00+02:00") << Timestamp::Invalid;
        QTest::newRow("empty") << QString() << Timestamp::Invalid;
        QTest::newRow("trailing") << QStringLiteral("2025-01-01 00:00:00 junk") << Timestamp::Invalid;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, micros);
        QCOMPARE(Timestamp::parseUtcMicros(text), micros);
    }

    void format()
    {
        QCOMPARE(Timestamp::formatDjango(1480291200000000), QStringLiteral("2016-11-28 00:00:00"));
        QCOMPARE(Timestamp::formatDjango(1767225598123456), QStringLiteral("2025-12-31 23:59:58.123456"));
        QCOMPARE(Timestamp::formatIso(1767225598123456), QStringLiteral("2025-12-31T23:59:58.123456Z"));
        QCOMPARE(Timestamp::formatDjango(-3600000000), QStringLiteral("1969-12-31 23:00:00"));
        QVERIFY(Timestamp::formatDjango(Timestamp::Invalid).isNull());
    }

    void strftime_data()
    {
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<QString>("expected");
        const QString f = QStringLiteral("%W|%U|%j|%a %A %b %B|%I %p|%y|%e");
        QTest::newRow("2016-11-28") << qint64(1480291200000000) << QStringLiteral("48|48|333|Mon Monday Nov November|12 AM|16|28");
        QTest::newRow("2026-01-01") << qint64(1767225600000000) << QStringLiteral("00|00|001|Thu Thursday Jan January|12 AM|26| 1");
        QTest::newRow("2025-12-31") << qint64(1767225598123456) << QStringLiteral("52|52|365|Wed Wednesday Dec December|11 PM|25|31");
        QTest::newRow("2024-02-29") << qint64(1709211900000000) << QStringLiteral("09|08|060|Thu Thursday Feb February|01 PM|24|29");
        QTest::newRow("1969-12-31") << qint64(-3600000000) << QStringLiteral("52|52|365|Wed Wednesday Dec December|11 PM|69|31");
    }
    void strftime()
    {
        QFETCH(qint64, micros);
        QFETCH(QString, expected);
        QCOMPARE(Timestamp::strftime(QStringLiteral("%W|%U|%j|%a %A %b %B|%I %p|%y|%e"), micros), expected);
        QCOMPARE(Timestamp::strftime(QStringLiteral("%Y-%m-%d %H:%M:%S.%f 100%%"), 1767225598123456),
                 QStringLiteral("2025-12-31 23:59:58.123456 100%"));
    }

    void toQtFormat()
    {
        bool exact = false;
        QCOMPARE(Timestamp::strftimeToQtFormat(QStringLiteral("%Y-%m-%d"), &exact), QStringLiteral("yyyy-MM-dd"));
        QVERIFY(exact);
        QCOMPARE(Timestamp::strftimeToQtFormat(QStringLiteral("%b %Y"), &exact), QStringLiteral("MMM yyyy"));
        QVERIFY(exact);
        QCOMPARE(Timestamp::strftimeToQtFormat(QStringLiteral("Week %W"), &exact), QStringLiteral("'Week 'yyyy-MM-dd"));
        QVERIFY(!exact);
        QCOMPARE(Timestamp::strftimeToQtFormat(QStringLiteral("%m"), &exact), QStringLiteral("MM"));
        QCOMPARE(Timestamp::strftimeToQtFormat(QString(), &exact), QStringLiteral("yyyy-MM-dd"));
        QCOMPARE(Timestamp::strftimeToQtFormat(QStringLiteral("it's %H"), &exact), QStringLiteral("'it''s 'HH"));
    }
};

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
