// SPDX-License-Identifier: MIT
// Expected values come from Python's datetime (the language django-insights writes them with).
#include "timestamp.h"

#include <QFile>
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
    // Every directive, flag, width and modifier against what Python's own strftime printed for 300 instants
    // (tests/data/strftime-table.tsv, written by tools/make-strftime-table.py).
    void strftimeTable()
    {
        QFile file(QStringLiteral(IV_TEST_DATA_DIR "/strftime-table.tsv"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        auto unescape = [](const QByteArray &cell) {
            QString out;
            for (qsizetype i = 0; i < cell.size(); ++i) {
                if (cell.at(i) == '\\' && i + 1 < cell.size()) {
                    const char e = cell.at(++i);
                    out += QLatin1Char(e == 't' ? '\t' : e == 'n' ? '\n' : e);
                } else {
                    out += QLatin1Char(cell.at(i));
                }
            }
            return out;
        };
        const QList<QByteArray> header = file.readLine().chopped(1).split('\t');
        QStringList formats;
        for (qsizetype i = 1; i < header.size(); ++i)
            formats << unescape(header.at(i));
        QVERIFY(formats.size() > 250);
        int rows = 0, checked = 0, failures = 0;
        QStringList report;
        while (!file.atEnd()) {
            QByteArray line = file.readLine();
            if (line.endsWith('\n'))
                line.chop(1);
            const QList<QByteArray> cells = line.split('\t');
            QCOMPARE(cells.size(), formats.size() + 1);
            const qint64 micros = cells.at(0).toLongLong();
            for (qsizetype i = 0; i < formats.size(); ++i) {
                const QString expected = unescape(cells.at(i + 1));
                const QString actual = Timestamp::strftime(formats.at(i), micros);
                ++checked;
                if (actual != expected && ++failures <= 40)
                    report << QStringLiteral("%1 %2 (%3): expected \"%4\", got \"%5\"")
                                  .arg(QString::number(micros), formats.at(i),
                                       Timestamp::formatIso(micros), expected, actual);
            }
            ++rows;
        }
        QVERIFY(rows >= 300);
        if (failures)
            qWarning().noquote() << report.join(QLatin1Char('\n'));
        QCOMPARE(failures, 0);
        QVERIFY(checked > 75000);
    }

    // The instants charts meet most: year 0000 prints as Python's time.strftime prints it, not as -0001.
    void strftimeYearZero()
    {
        const qint64 y0 = Timestamp::parseUtcMicros(QStringLiteral("0000-01-01 00:00:00"));
        QVERIFY(y0 != Timestamp::Invalid);
        QCOMPARE(Timestamp::strftime(QStringLiteral("%Y|%F|%a|%G-W%V"), y0), QStringLiteral("0|0-01-01|Sat|-1-W52"));
        QCOMPARE(Timestamp::strftime(QStringLiteral("%Y-W%W"), Timestamp::parseUtcMicros(QStringLiteral("2024-04-01"))),
                 QStringLiteral("2024-W14"));
    }
};

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
