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
        QVERIFY(NationalId::spanishIdValid(u"12345678Z"));
        QVERIFY(NationalId::spanishIdValid(u"Y0000000Z")); // NIE: Y stands for 1
        QVERIFY(!NationalId::spanishIdValid(u"12345678A"));
        QVERIFY(NationalId::italianFiscalCodeValid(u"MRTMTT91D08F205J"));
        QVERIFY(!NationalId::italianFiscalCodeValid(u"MRTMTT91D08F205K"));
        QVERIFY(NationalId::cpfValid(u"52998224725"));
        QVERIFY(!NationalId::cpfValid(u"11111111111")); // one digit repeated passes the sums
        QVERIFY(NationalId::peselValid(u"02070803628"));
        QVERIFY(!NationalId::peselValid(u"02130803628"));                    // month 13 of no century
        QVERIFY(NationalId::chineseIdValid(u"440524188001010014") == false); // born 1880: before 1900
        QVERIFY(NationalId::chineseIdValid(u"11010519491231002x"));
        QVERIFY(NationalId::personnummerValid(u"8112189876"));
        QVERIFY(NationalId::personnummerValid(u"8507699806") == false);
        QVERIFY(NationalId::ahvValid(u"7569217076985"));
        QVERIFY(!NationalId::ahvValid(u"7579217076985")); // not 756
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
        QTest::newRow("dni") << QStringLiteral("DNI 12345678Z") << int(S::SpanishDni)
                             << QStringLiteral("DNI ********Z").mid(4);
        QTest::newRow("nie-dashed") << QStringLiteral("X1234567-L") << int(S::SpanishDni)
                                    << QStringLiteral("********-L");
        // Separators as people print them: thousands dots in a DNI, a NIE's letters set apart.
        QTest::newRow("dni-dots") << QStringLiteral("12.345.678-Z") << int(S::SpanishDni)
                                  << QStringLiteral("**.***.***-Z");
        QTest::newRow("dni-dots-space")
            << QStringLiteral("DNI: 87.654.321 X") << int(S::SpanishDni) << QStringLiteral("**.***.*** X");
        QTest::newRow("dni-dots-glued")
            << QStringLiteral("45.678.912S") << int(S::SpanishDni) << QStringLiteral("**.***.***S");
        QTest::newRow("nie-hyphens") << QStringLiteral("X-1234567-L") << int(S::SpanishDni)
                                     << QStringLiteral("*-*******-L");
        QTest::newRow("nie-spaces") << QStringLiteral("NIE X 1234567 L") << int(S::SpanishDni)
                                    << QStringLiteral("* ******* L");
        QTest::newRow("nie-y-hyphens")
            << QStringLiteral("Y-7654321-G") << int(S::SpanishDni) << QStringLiteral("*-*******-G");
        QTest::newRow("chinese-id-grouped")
            << QStringLiteral("身份证 110101 19900307 7619") << int(S::ChineseResidentId)
            << QStringLiteral("****** ******** **19");
        QTest::newRow("chinese-id-dashed")
            << QStringLiteral("440305-19851015-1236") << int(S::ChineseResidentId)
            << QStringLiteral("******-********-**36");
        QTest::newRow("chinese-id-grouped-after-long-number")
            << QStringLiteral("order 123456789012345678, 身份证 110101 19900307 7619")
            << int(S::ChineseResidentId) << QStringLiteral("****** ******** **19");
        QTest::newRow("chinese-id-grouped-x")
            << QStringLiteral("ID 110105 19491231 002X") << int(S::ChineseResidentId)
            << QStringLiteral("****** ******** **2X");
        QTest::newRow("codice-fiscale") << QStringLiteral("CF: RSSMRA85T10A562S") << int(S::ItalianFiscalCode)
                                        << QString(15, QLatin1Char('*')) + QStringLiteral("S");
        QTest::newRow("codice-fiscale-omocodia")
            << QStringLiteral("RSSMRA85T10A56NH") << int(S::ItalianFiscalCode)
            << QString(15, QLatin1Char('*')) + QStringLiteral("H");
        QTest::newRow("cpf-printed") << QStringLiteral("cliente 529.982.247-25") << int(S::BrazilianCpf)
                                     << QStringLiteral("***.***.***-25");
        QTest::newRow("cpf-context") << QStringLiteral("CPF 11144477735") << int(S::BrazilianCpf)
                                     << QStringLiteral("*********35");
        QTest::newRow("pesel-context")
            << QStringLiteral("PESEL: 44051401359") << int(S::PolishPesel) << QStringLiteral("*********59");
        QTest::newRow("chinese-id") << QStringLiteral("身份证 11010519491231002X")
                                    << int(S::ChineseResidentId)
                                    << QString(16, QLatin1Char('*')) + QStringLiteral("2X");
        QTest::newRow("personnummer") << QStringLiteral("pnr 850709-9805") << int(S::SwedishPersonnummer)
                                      << QStringLiteral("******-**05");
        QTest::newRow("personnummer-century")
            << QStringLiteral("19811218-9876") << int(S::SwedishPersonnummer)
            << QStringLiteral("********-**76");
        QTest::newRow("ahv-printed") << QStringLiteral("756.1234.5678.97") << int(S::SwissAhv)
                                     << QStringLiteral("***.****.****.97");
        QTest::newRow("ahv-context") << QStringLiteral("AHV-Nr 7569217076985") << int(S::SwissAhv)
                                     << QStringLiteral("***********85");
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
                              "666-12-3456",
                              "000-12-3456",
                              "123-00-4567",
                              "2026-11-28 04:00:10", // a timestamp
                              "85073003328",         // valid Belgian number, bare
                              "QQ 12 34 56 C",       // invalid NI prefix
                              "AB123456E",           // invalid NI suffix
                              "count 4243 of 5000",  // counts
                              "0f33b0a4c32e4313befee9af0c783a6e",
                              "+31 6 12345678",
                              "1234 5678 9012",
                              "12345678A",                // DNI shape, wrong check letter
                              "SKU 20261201X",            // a code of the shape, wrong letter
                              "RSSMRA85T10A562T",         // codice fiscale, wrong check letter
                              "529.982.247-26",           // CPF, wrong check digit
                              "52998224725",              // valid CPF, bare
                              "44051401359",              // valid PESEL, bare
                              "PESEL 44051401358",        // fails the check
                              "11010519491231002Y",       // not a check character
                              "11010519491331002X",       // month 13
                              "order 123456789012345678", // 18 digits
                              "850709-9806",              // fails Luhn
                              "851309-9805",              // month 13
                              "7561234567897",            // valid AHV, bare
                              "756.1234.5678.98",         // fails the check
                              "ticket 2026-1207-4711",
                              "12.345.678-A",         // dotted DNI, wrong check letter
                              "1.12.345.678-Z",       // a longer dotted number
                              "X-1234567 L",          // NIE, separators that differ
                              "X-1234567-M",          // NIE, wrong check letter
                              "110101 19900307 7618", // grouped id, wrong check digit
                              "110101 19901307 7619", // month 13
                              "110101-19900307 7619", // separators that differ
                              "2024 01 15 123456 12345678 1234",
                              "1 234 567 890 123 456 789", // a spaced count
                              "20240115 12345678 1234"})
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
