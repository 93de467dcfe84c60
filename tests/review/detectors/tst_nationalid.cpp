// SPDX-License-Identifier: MIT
// NationalId on its own: each scheme's check rule, what is found (with context words or the printed form),
// what is not (numbers that fail the check, bare digits without context, counts and dates), and the masks.
#include "nationalid.h"

#include <QTest>

using namespace iv;
using S = NationalId::Scheme;

class TestNationalId : public QObject
{
    Q_OBJECT

private slots:
    void checkRules()
    {
        QVERIFY(NationalId::bsnValid(u"123456782"));
        QVERIFY(NationalId::bsnValid(u"111222333"));
        QVERIFY(!NationalId::bsnValid(u"123456789"));
        QVERIFY(!NationalId::bsnValid(u"000000000"));
        QVERIFY(NationalId::germanTaxIdValid(u"86095742719"));
        QVERIFY(NationalId::germanTaxIdValid(u"47036892816"));
        QVERIFY(!NationalId::germanTaxIdValid(u"86095742718")); // check digit
        QVERIFY(!NationalId::germanTaxIdValid(u"12345678903")); // no repeated digit
        QVERIFY(!NationalId::germanTaxIdValid(u"06095742719")); // leading zero
        QVERIFY(!NationalId::germanTaxIdValid(u"11123456780")); // a digit three times in a row
        QVERIFY(NationalId::ssnValid(u"078051121"));
        QVERIFY(!NationalId::ssnValid(u"078051120")); // the Woolworth wallet card number
        QVERIFY(!NationalId::ssnValid(u"666123456"));
        QVERIFY(!NationalId::ssnValid(u"912345678"));
        QVERIFY(!NationalId::ssnValid(u"123004567"));
        QVERIFY(!NationalId::ssnValid(u"123450000"));
        QVERIFY(NationalId::ninoValid(u"AB123456C"));
        QVERIFY(!NationalId::ninoValid(u"QQ123456C"));           // Q never a first letter
        QVERIFY(!NationalId::ninoValid(u"GB123456A"));           // reserved prefix
        QVERIFY(!NationalId::ninoValid(u"AO123456A"));           // O never a second letter
        QVERIFY(!NationalId::ninoValid(u"AB123456E"));           // suffix A-D
        QVERIFY(NationalId::belgianNumberValid(u"85073003328")); // born 1985
        QVERIFY(NationalId::belgianNumberValid(u"17073003384")); // born 2017: 2 before the nine digits
        QVERIFY(!NationalId::belgianNumberValid(u"85073003329"));
        QVERIFY(!NationalId::belgianNumberValid(u"85133003328")); // month 13
    }

    void finds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("scheme");
        QTest::addColumn<QString>("masked");
        QTest::newRow("bsn-context") << QStringLiteral("BSN 123456782") << int(S::DutchBsn)
                                     << QStringLiteral("*******82");
        QTest::newRow("bsn-dotted")
            << QStringLiteral("burgerservicenummer: 1234.56.782") << int(S::DutchBsn)
            << QStringLiteral("****.**.782").replace(QStringLiteral("782"), QStringLiteral("*82"));
        QTest::newRow("taxid-context") << QStringLiteral("Steuer-ID 86095742719") << int(S::GermanTaxId)
                                       << QStringLiteral("*********19");
        QTest::newRow("taxid-printed")
            << QStringLiteral("86 095 742 719") << int(S::GermanTaxId) << QStringLiteral("** *** *** *19");
        QTest::newRow("ssn-dashed") << QStringLiteral("078-05-1121") << int(S::UsSsn)
                                    << QStringLiteral("***-**-1121");
        QTest::newRow("ssn-context") << QStringLiteral("SSN: 123456789") << int(S::UsSsn)
                                     << QStringLiteral("*****6789");
        QTest::newRow("ssn-sentence") << QStringLiteral("her social security number is 123-45-6789.")
                                      << int(S::UsSsn) << QStringLiteral("***-**-6789");
        QTest::newRow("nino") << QStringLiteral("NI AB 12 34 56 C") << int(S::UkNino)
                              << QStringLiteral("AB ** ** ** C");
        QTest::newRow("nino-compact")
            << QStringLiteral("JG103759A") << int(S::UkNino) << QStringLiteral("JG******A");
        QTest::newRow("belgian-printed") << QStringLiteral("85.07.30-033.28") << int(S::BelgianNationalNumber)
                                         << QStringLiteral("**.**.**-***.28");
        QTest::newRow("belgian-2000s") << QStringLiteral("rijksregisternummer 17073003384")
                                       << int(S::BelgianNationalNumber) << QStringLiteral("*********84");
    }
    void finds()
    {
        QFETCH(QString, text);
        QFETCH(int, scheme);
        QFETCH(QString, masked);
        const auto m = NationalId::find(text);
        QCOMPARE(m.size(), 1);
        QCOMPARE(int(m[0].scheme), scheme);
        QCOMPARE(m[0].masked, masked);
        QVERIFY(!m[0].masked.contains(text.mid(m[0].start, m[0].length)));
    }

    void ignores_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *t : {"123456782",             // valid BSN, no context
                              "BSN 123456789",         // fails the elfproef
                              "86095742719",           // valid tax id, bare
                              "Steuer-ID 86095742718", // fails the check
                              "123456789",             // bare nine digits
                              "078-05-1120",           // advertised, never issued
                              "666-12-3456", "000-12-3456", "123-00-4567",
                              "2026-11-28 04:00:10", // a timestamp
                              "85073003328",         // valid Belgian number, bare
                              "QQ 12 34 56 C",       // invalid NI prefix
                              "AB123456E",           // invalid NI suffix
                              "count 4243 of 5000",  // counts
                              "0f33b0a4c32e4313befee9af0c783a6e", "+31 6 12345678", "1234 5678 9012"})
            QTest::newRow(t) << QString::fromUtf8(t);
    }
    void ignores()
    {
        QFETCH(QString, text);
        const auto m = NationalId::find(text);
        QVERIFY2(m.isEmpty(), qPrintable(m.isEmpty() ? QString() : m[0].masked));
    }
};

QTEST_GUILESS_MAIN(TestNationalId)
#include "tst_nationalid.moc"
