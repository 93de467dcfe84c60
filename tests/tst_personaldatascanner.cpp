// SPDX-License-Identifier: MIT
// PersonalDataScanner: what it must find (independently valid values), what it must not (the texts of clean
// snapshots), and that samples are masked.
#include "personaldatascanner.h"

#include <QTest>

using namespace iv;
using K = PersonalDataScanner::Kind;

class TestPersonalDataScanner : public QObject
{
    Q_OBJECT

private slots:
    void validators()
    {
        QVERIFY(PersonalDataScanner::ibanValid(QStringLiteral("DE89370400440532013000")));
        QVERIFY(PersonalDataScanner::ibanValid(QStringLiteral("GB82WEST12345698765432")));
        QVERIFY(!PersonalDataScanner::ibanValid(QStringLiteral("DE89370400440532013001")));
        QVERIFY(!PersonalDataScanner::ibanValid(QStringLiteral("DE8937040044053201300"))); // DE is 22 long
        QVERIFY(PersonalDataScanner::luhnValid(QStringLiteral("4111111111111111")));
        QVERIFY(PersonalDataScanner::luhnValid(QStringLiteral("378282246310005")));
        QVERIFY(!PersonalDataScanner::luhnValid(QStringLiteral("4111111111111112")));
        QVERIFY(PersonalDataScanner::ipv6Valid(QStringLiteral("2001:db8::1")));
        QVERIFY(PersonalDataScanner::ipv6Valid(QStringLiteral("fe80:0:0:0:202:b3ff:fe1e:8329")));
        QVERIFY(!PersonalDataScanner::ipv6Valid(QStringLiteral("04:00:10")));
        QVERIFY(!PersonalDataScanner::ipv6Valid(QStringLiteral("1::2::3")));
    }

    void finds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("masked");
        QTest::newRow("email") << QStringLiteral("write to jane.doe@example.org now") << int(K::Email)
                               << QStringLiteral("j***@example.org");
        QTest::newRow("phone-intl") << QStringLiteral("+49 30 1234567") << int(K::Phone) << QStringLiteral("+** ** *****67");
        QTest::newRow("phone-us") << QStringLiteral("call +1 (555) 123-4567") << int(K::Phone)
                                  << QStringLiteral("+* (***) ***-**67");
        QTest::newRow("phone-national") << QStringLiteral("0612345678") << int(K::Phone) << QStringLiteral("********78");
        QTest::newRow("iban") << QStringLiteral("GB82 WEST 1234 5698 7654 32") << int(K::Iban)
                              << QStringLiteral("GB82 **** 5432");
        QTest::newRow("iban-in-sentence") << QStringLiteral("pay DE89 3704 0044 0532 0130 00 EUR") << int(K::Iban)
                                          << QStringLiteral("DE89 **** 3000");
        QTest::newRow("visa") << QStringLiteral("4111-1111-1111-1111") << int(K::Card) << QStringLiteral("****-****-****-1111");
        QTest::newRow("amex") << QStringLiteral("378282246310005") << int(K::Card) << QStringLiteral("***********0005");
        QTest::newRow("ipv4") << QStringLiteral("host 10.0.0.1.") << int(K::Ipv4) << QStringLiteral("10.0.*.*");
        QTest::newRow("ipv6") << QStringLiteral("[2001:db8::8a2e:370:7334]") << int(K::Ipv6)
                              << QStringLiteral("2001:****:****");
    }
    void finds()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, masked);
        const auto matches = PersonalDataScanner::scan(text);
        QCOMPARE(matches.size(), 1);
        QCOMPARE(int(matches[0].kind), kind);
        QCOMPARE(matches[0].masked, masked);
    }

    // Texts of upstream's own snapshots and near misses: never a finding.
    void noFalseAlarms_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *t : {"2026-11-28 04:00:10.669599", "2026-11-28T04:00:10Z", "0f33b0a4c32e4313befee9af0c783a6e",
                              "11111111111111111111111111111111", "01234567890123456789012345678901",
                              "project.testapp.insights", "project.testapp.users.insights", "0001_initial",
                              "How many authors are there in our store?", "2000", "1234567", "4243", "2.5",
                              "count_books_title_gt_20", "%Y-%m-%d", "%W", "Catalogue — Ünïcode & <b>HTML</b>",
                              "version 1.2.3", "999.1.1.1", "01-02-2026", "01/02/2026 10:00", "std::vector",
                              "DE89 3704 0044 0532 0130 01", "4111 1111 1111 1112", "1234567890123456",
                              "Books by authors older than 100? <script>alert(1)</script>", "Adam Silva",
                              "ratio 3:4:5", "DE84A1B2C3D4E5F60718293A4B5C6D7E8F901AC3", "GB82WEST12345698765432XY", "12:30:45", "no at sign here", "a@b", "1e+308", "-10.758"})
            QTest::newRow(t) << QString::fromUtf8(t);
    }
    void noFalseAlarms()
    {
        QFETCH(QString, text);
        const auto matches = PersonalDataScanner::scan(text);
        QVERIFY2(matches.isEmpty(), qPrintable(matches.isEmpty() ? QString() : matches[0].masked));
    }

    void boundedInput()
    {
        // A long hostile text is scanned up to the limit only, and quickly.
        const QString huge = QString(200000, QLatin1Char('1')) + QStringLiteral(" jane@example.org");
        QVERIFY(PersonalDataScanner::scan(huge, 65536).isEmpty());
        QCOMPARE(PersonalDataScanner::scan(huge, 300000).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPersonalDataScanner)
#include "tst_personaldatascanner.moc"
