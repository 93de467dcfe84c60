// SPDX-License-Identifier: MIT
// PersonalDataScanner: what it must find (independently valid values), what it must not (the texts of clean
// snapshots), that samples are masked, the bucket context of scanCategories(), the small-count rule, what the
// upstream fixtures hold (names in top_authors and testapp_author only). How fast a scan is:
// bench/bench_detectors.
#include "personaldatascanner.h"
#include "smallcount.h"
#include "testsupport.h"

#include <QFile>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

namespace {

// The text cells of a fixture: "table.column" and text of every cell but the categories, which come per
// bucket.
struct FixtureTexts
{
    QVector<QPair<QString, QString>> cells;
    QMap<QString, QStringList> buckets; // bucket id → categories
    int count = 0;
};

FixtureTexts readFixture(const QString &path)
{
    FixtureTexts texts;
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return texts;
        for (const QString &table : db.tables()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            const QSqlRecord rec = q.record();
            while (q.next()) {
                for (int c = 0; c < rec.count(); ++c) {
                    const QVariant v = q.value(c);
                    if (v.typeId() != QMetaType::QString || v.toString().isEmpty())
                        continue;
                    ++texts.count;
                    if (table == QLatin1String("insights_bucketvalue") &&
                        rec.fieldName(c) == QLatin1String("category"))
                        texts.buckets[q.value(QStringLiteral("bucket_id")).toString()].append(v.toString());
                    else
                        texts.cells.append({table + QLatin1Char('.') + rec.fieldName(c), v.toString()});
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return texts;
}

// Scanned as the reviewer does: categories bucket by bucket with scanCategories(), everything else with
// scan(). Returns "table.column kind" → count.
QMap<QString, int> scanTexts(const FixtureTexts &texts, QStringList *nameSamples = nullptr)
{
    QMap<QString, int> found;
    auto note = [&](const QString &where, const iv::PersonalDataScanner::Match &m) {
        found[where + QLatin1Char(' ') + iv::PersonalDataScanner::kindId(m.kind)] += 1;
        if (nameSamples && m.kind == iv::PersonalDataScanner::Kind::Name)
            nameSamples->append(m.masked);
    };
    for (const auto &cell : texts.cells)
        for (const auto &m : iv::PersonalDataScanner::scan(cell.second))
            note(cell.first, m);
    for (const QStringList &categories : texts.buckets)
        for (const auto &matches : iv::PersonalDataScanner::scanCategories(categories))
            for (const auto &m : matches)
                note(QStringLiteral("insights_bucketvalue.category"), m);
    return found;
}

#if IV_HAVE_FIXTURES
QMap<QString, int> scanFixture(const QString &path, QStringList *nameSamples = nullptr)
{
    return scanTexts(readFixture(path), nameSamples);
}
#endif

} // namespace

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
        // Every country of the IBAN registry, each with a valid example of its length (a digit changed
        // fails).
        for (const char *iban : {"BI4210000100010000332045181",
                                 "DJ2100010000000154000100186",
                                 "FK88SC123456789012",
                                 "HN88CABF00000000000250005469",
                                 "LY83002048000020100120361",
                                 "MN121234123456789123",
                                 "NI45BAPR00000013000003558124",
                                 "OM810180000001299123456",
                                 "RU0304452522540817810538091310419",
                                 "SD2129010501234001",
                                 "SO211000001001000100141",
                                 "YE15CBYE0001018861234567891234",
                                 "BY13NBRB3600900000002Z00AB00",
                                 "EG380019000500000000263180002",
                                 "IQ98NBIQ850123456789012",
                                 "LC55HEMM000100010012001200023015",
                                 "SC18SSCB11010000000000001497USD",
                                 "ST23000100010051845310146",
                                 "SV62CENR00000000000000700025",
                                 "VA59001123000012345678"}) {
            const QString valid = QString::fromLatin1(iban);
            QVERIFY2(PersonalDataScanner::ibanValid(valid), iban);
            QString changed = valid;
            changed[changed.size() - 2] = changed.at(changed.size() - 2) == QLatin1Char('1') ? u'2' : u'1';
            QVERIFY2(!PersonalDataScanner::ibanValid(changed), iban);
            QVERIFY2(!PersonalDataScanner::ibanValid(valid.chopped(1)), iban); // one short of the length
        }
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
        QTest::newRow("phone-intl") << QStringLiteral("+49 30 1234567") << int(K::Phone)
                                    << QStringLiteral("+** ** *****67");
        QTest::newRow("phone-us") << QStringLiteral("call +1 (555) 123-4567") << int(K::Phone)
                                  << QStringLiteral("+* (***) ***-**67");
        QTest::newRow("phone-national")
            << QStringLiteral("0612345678") << int(K::Phone) << QStringLiteral("********78");
        // National numbers without a trunk 0: their own shape, or a word that says it is a phone number.
        QTest::newRow("phone-brazil")
            << QStringLiteral("(11) 91234-5678") << int(K::Phone) << QStringLiteral("(**) *****-**78");
        QTest::newRow("phone-russia-trunk-8")
            << QStringLiteral("8 (495) 123-45-67") << int(K::Phone) << QStringLiteral("* (***) ***-**-67");
        QTest::newRow("phone-china-mobile")
            << QStringLiteral("138 0013 8000") << int(K::Phone) << QStringLiteral("*** **** **00");
        QTest::newRow("phone-spain-with-word")
            << QStringLiteral("móvil 612 345 678") << int(K::Phone) << QStringLiteral("*** *** *78");
        QTest::newRow("phone-cyrillic-word")
            << QStringLiteral("телефон 495 123 45 67") << int(K::Phone) << QStringLiteral("*** *** ** 67");
        QTest::newRow("phone-tel-uri")
            << QStringLiteral("tel:0612345678") << int(K::Phone) << QStringLiteral("********78");
        QTest::newRow("phone-tel-uri-in-link") << QStringLiteral("<a href=\"tel:0612345678\">Bel ons</a>")
                                               << int(K::Phone) << QStringLiteral("********78");
        QTest::newRow("phone-tel-uri-intl")
            << QStringLiteral("tel:+31-20-624-1111") << int(K::Phone) << QStringLiteral("+**-**-***-**11");
        QTest::newRow("phone-tel-uri-upper")
            << QStringLiteral("TEL:020 624 1111") << int(K::Phone) << QStringLiteral("*** *** **11");
        QTest::newRow("phone-tel-uri-japan")
            << QStringLiteral("電話 tel:03-1234-5678") << int(K::Phone) << QStringLiteral("**-****-**78");
        QTest::newRow("phone-us-spaced-call") << QStringLiteral("Call 212 736 5000 after 5pm")
                                              << int(K::Phone) << QStringLiteral("*** *** **00");
        QTest::newRow("phone-us-spaced-parentheses") << QStringLiteral("please call (415) 555 2671")
                                                     << int(K::Phone) << QStringLiteral("(***) *** **71");
        QTest::newRow("phone-us-spaced-dial") << QStringLiteral("dial 312 555 0186 for support")
                                              << int(K::Phone) << QStringLiteral("*** *** **86");
        QTest::newRow("phone-us-011-uk") << QStringLiteral("011 44 20 7946 0958") << int(K::Phone)
                                         << QStringLiteral("*** ** ** **** **58");
        QTest::newRow("phone-us-011-japan") << QStringLiteral("from the US: 011-81-3-1234-5678")
                                            << int(K::Phone) << QStringLiteral("***-**-*-****-**78");
        QTest::newRow("phone-us-011-germany")
            << QStringLiteral("011 49 30 1234567") << int(K::Phone) << QStringLiteral("*** ** ** *****67");
        QTest::newRow("iban") << QStringLiteral("GB82 WEST 1234 5698 7654 32") << int(K::Iban)
                              << QStringLiteral("GB82 **** 5432");
        QTest::newRow("iban-in-sentence") << QStringLiteral("pay DE89 3704 0044 0532 0130 00 EUR")
                                          << int(K::Iban) << QStringLiteral("DE89 **** 3000");
        QTest::newRow("iban-lower-case") << QStringLiteral("rekening nl91abna0417164300") << int(K::Iban)
                                         << QStringLiteral("nl91 **** 4300");
        QTest::newRow("iban-russia") << QStringLiteral("счёт RU03 0445 2522 5408 1781 0538 0913 1041 9")
                                     << int(K::Iban) << QStringLiteral("RU03 **** 0419");
        QTest::newRow("iban-libya") << QStringLiteral("LY83002048000020100120361") << int(K::Iban)
                                    << QStringLiteral("LY83 **** 0361");
        QTest::newRow("card-dots") << QStringLiteral("4123.4567.8901.2349") << int(K::Card)
                                   << QStringLiteral("****.****.****.2349");
        QTest::newRow("card-slashes") << QStringLiteral("card 4123/4567/8901/2349 exp 12/27") << int(K::Card)
                                      << QStringLiteral("****/****/****/2349");
        QTest::newRow("card-double-spaces") << QStringLiteral("4123  4567  8901  2349") << int(K::Card)
                                            << QStringLiteral("****  ****  ****  2349");
        QTest::newRow("card-amex-dots")
            << QStringLiteral("3714.491760.31375") << int(K::Card) << QStringLiteral("****.******.*1375");
        QTest::newRow("card-underscore")
            << QStringLiteral("pan_4123456789012349") << int(K::Card) << QStringLiteral("************2349");
        QTest::newRow("card-underscore-both-sides") << QStringLiteral("card_5555555555554444_exp")
                                                    << int(K::Card) << QStringLiteral("************4444");
        QTest::newRow("card-after-colon")
            << QStringLiteral("card:4123456789012349") << int(K::Card) << QStringLiteral("************2349");
        QTest::newRow("card-mir") << QStringLiteral("2200 1234 5678 9019") << int(K::Card)
                                  << QStringLiteral("**** **** **** 9019");
        QTest::newRow("card-mir-2204") << QStringLiteral("Карта 2204 5260 1815 9081") << int(K::Card)
                                       << QStringLiteral("**** **** **** 9081");
        QTest::newRow("card-rupay-81")
            << QStringLiteral("8112 1234 5678 9013") << int(K::Card) << QStringLiteral("**** **** **** 9013");
        QTest::newRow("card-rupay-82")
            << QStringLiteral("8212-9139-0996-0305") << int(K::Card) << QStringLiteral("****-****-****-0305");
        QTest::newRow("card-rupay-508")
            << QStringLiteral("5085 1234 5678 9012") << int(K::Card) << QStringLiteral("**** **** **** 9012");
        QTest::newRow("card-rupay-60")
            << QStringLiteral("6076 1234 5678 9011") << int(K::Card) << QStringLiteral("**** **** **** 9011");
        QTest::newRow("card-troy") << QStringLiteral("9792 1234 5678 9018") << int(K::Card)
                                   << QStringLiteral("**** **** **** 9018");
        QTest::newRow("card-elo-6363")
            << QStringLiteral("6363 1234 5678 9013") << int(K::Card) << QStringLiteral("**** **** **** 9013");
        QTest::newRow("card-elo-636368")
            << QStringLiteral("6363682319487578") << int(K::Card) << QStringLiteral("************7578");
        QTest::newRow("card-elo-504175")
            << QStringLiteral("5041 7549 1186 2524") << int(K::Card) << QStringLiteral("**** **** **** 2524");
        QTest::newRow("card-elo-5067")
            << QStringLiteral("5067 2076 0189 5550") << int(K::Card) << QStringLiteral("**** **** **** 5550");
        QTest::newRow("card-elo-509")
            << QStringLiteral("5090 1297 9711 4714") << int(K::Card) << QStringLiteral("**** **** **** 4714");
        QTest::newRow("card-hipercard")
            << QStringLiteral("6062 8212 3456 7890") << int(K::Card) << QStringLiteral("**** **** **** 7890");
        QTest::newRow("card-hipercard-19")
            << QStringLiteral("6062825291703423667") << int(K::Card) << QStringLiteral("***************3667");
        QTest::newRow("card-hipercard-3841")
            << QStringLiteral("3841 0071 2768 4266") << int(K::Card) << QStringLiteral("**** **** **** 4266");
        QTest::newRow("card-verve-19") << QStringLiteral("5061 1234 5678 9012 344") << int(K::Card)
                                       << QStringLiteral("**** **** **** ***2 344");
        QTest::newRow("card-verve-18")
            << QStringLiteral("506007924402685994") << int(K::Card) << QStringLiteral("**************5994");
        QTest::newRow("unionpay") << QStringLiteral("6200 0000 0000 0005") << int(K::Card)
                                  << QStringLiteral("**** **** **** 0005");
        QTest::newRow("maestro") << QStringLiteral("6759 6498 2643 8453") << int(K::Card)
                                 << QStringLiteral("**** **** **** 8453");
        QTest::newRow("email-ascii-idn-tld") << QStringLiteral("ivan@example.xn--p1ai") << int(K::Email)
                                             << QStringLiteral("i***@example.xn--p1ai");
        QTest::newRow("visa") << QStringLiteral("4111-1111-1111-1111") << int(K::Card)
                              << QStringLiteral("****-****-****-1111");
        QTest::newRow("amex") << QStringLiteral("378282246310005") << int(K::Card)
                              << QStringLiteral("***********0005");
        QTest::newRow("ipv4") << QStringLiteral("host 10.0.0.1.") << int(K::Ipv4)
                              << QStringLiteral("10.0.*.*");
        QTest::newRow("ipv6") << QStringLiteral("[2a01:4f8::8a2e:370:7334]") << int(K::Ipv6)
                              << QStringLiteral("2a01:****:****");
        QTest::newRow("ipv6-address-literal")
            << QStringLiteral("Received: from mx ([IPv6:2a00:1450:4001:82b::200e])") << int(K::Ipv6)
            << QStringLiteral("2a00:****:****");
        QTest::newRow("ipv6-after-label") << QStringLiteral("client ip:2a00:1450:4001:82b::200e")
                                          << int(K::Ipv6) << QStringLiteral("2a00:****:****");
        QTest::newRow("ipv6-after-label-full") << QStringLiteral("remote_addr:fe80:0:0:0:202:b3ff:fe1e:8329")
                                               << int(K::Ipv6) << QStringLiteral("fe80:****:****");
        QTest::newRow("ipv6-after-cyrillic-label")
            << QStringLiteral("адрес:2a02:6b8::2:242") << int(K::Ipv6) << QStringLiteral("2a02:****:****");
        QTest::newRow("ipv4-next-to-documentation")
            << QStringLiteral("192.0.3.15") << int(K::Ipv4) << QStringLiteral("192.0.*.*");
        QTest::newRow("name") << QStringLiteral("Adam Silva") << int(K::Name) << QStringLiteral("A*** S****");
        QTest::newRow("name-in-question") << QStringLiteral("How many books did Angela Wright sell?")
                                          << int(K::Name) << QStringLiteral("A***** W*****");
        QTest::newRow("ssn") << QStringLiteral("SSN 078-05-1121") << int(K::NationalId)
                             << QStringLiteral("***-**-1121");
        QTest::newRow("bsn") << QStringLiteral("BSN 123456782") << int(K::NationalId)
                             << QStringLiteral("*******82");
        QTest::newRow("dni-dots") << QStringLiteral("12.345.678-Z") << int(K::NationalId)
                                  << QStringLiteral("**.***.***-Z");
        QTest::newRow("nie-spaces") << QStringLiteral("X 1234567 L") << int(K::NationalId)
                                    << QStringLiteral("* ******* L");
        QTest::newRow("chinese-id-grouped") << QStringLiteral("身份证 110101 19900307 7619")
                                            << int(K::NationalId) << QStringLiteral("****** ******** **19");
        QTest::newRow("aws-key") << QStringLiteral("AKIAIOSFODNN7EXAMPLE") << int(K::Credential)
                                 << QStringLiteral("AKIA************MPLE");
        // The password of a URL is a credential, not an e-mail address "s3cret@db.example.org".
        QTest::newRow("url-password")
            << QStringLiteral("postgres://app:s3cret@db.example.org/shop") << int(K::Credential)
            << QStringLiteral("postgres://app:****@db.example.org");
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
        for (const char *t :
             {"2026-11-28 04:00:10.669599", "2026-11-28T04:00:10Z", "0f33b0a4c32e4313befee9af0c783a6e",
              "11111111111111111111111111111111", "01234567890123456789012345678901",
              "project.testapp.insights", "project.testapp.users.insights", "0001_initial",
              "How many authors are there in our store?", "2000", "1234567", "4243", "2.5",
              "count_books_title_gt_20", "%Y-%m-%d", "%W", "Catalogue — Ünïcode & <b>HTML</b>",
              "version 1.2.3", "999.1.1.1", "01-02-2026", "01/02/2026 10:00", "std::vector",
              "DE89 3704 0044 0532 0130 01", "4111 1111 1111 1112", "1234567890123456",
              "Books by authors older than 100? <script>alert(1)</script>", "Support Team", "Premium Plan",
              "Monday", "django.contrib.auth", "New York", "Harry Potter and the Goblet of Fire", "AKIA1234",
              "BSN 123456789", "ratio 3:4:5", "DE84A1B2C3D4E5F60718293A4B5C6D7E8F901AC3",
              "GB82WEST12345698765432XY", "OM33018001000029991999", "12:30:45", "no at sign here", "a@b",
              "1e+308", "-10.758",
              // Dotted, slashed and glued numbers that are no card: versions, dates, counts, ids, a
              // failed check digit, a mixed separator, an issuer of no scheme.
              "build 2024.11.15.1234", "2024.01.15", "2024/01/15 12:00", "v4.1.2", "4123.4567.8901.2348",
              "4123.4567 8901.2349", "1234.5678.9012.3456", "4123.4567.8901.2349.1", "1/2/3/4", "1 234 567",
              "count  1234  5678", "order_20240115123456", "sku_1234567890123", "event_id_0000000000000000",
              "7000 1234 5678 9012", "4123.456.789.012.349", "ratio_1234567812345670",
              // Colon runs that are no address after a label: hexadecimal pairs read from their second
              // group, times, a ratio, scopes.
              "mac:ab:cd:ef:01:23:45:67:89:ab", "ab:cd:ef:01:23:45:67:89:ab", "at:12:30:45",
              "time:2024-01-15T12:30:45Z", "ratio:1::2", "a::b::c:d:e", "std::chrono::seconds", "key:0:0:0:0",
              "ip:::1", "10:20:30:40:50:60:70:80:90",
              // Numbers near a phone shape that are none: a spaced count, a date, a North American shape
              // without a word that calls it one or with an area code of 1, a tel: too short, a hotel.
              "Call volume 1 234 567", "call 2024 01 15", "call 123 456 7890", "order 212 736 5000",
              "calls 212 736 50", "hotel:0612345678", "tel:112", "tel:2024-01-15", "011 2024",
              "callback after 3600 s", "duration 01:02:03.456",
              // Loopback and documentation addresses point at no one.
              "127.0.0.1", "listen on 127.1.2.3:8000", "192.0.2.15", "198.51.100.7", "from 203.0.113.200",
              "::1", "0:0:0:0:0:0:0:1", "[2001:db8::8a2e:370:7334]", "2001:0DB8:85a3::8a2e:370:7334",
              // Digits in phone-like groups without a word that makes them one.
              "order 612 345 678", "SKU 333 123 4567", "6200 0000 0000 0006", "ab12 cdef ghij klmn",
              "see docs.xn--example", "tel. 2026-12-01", "phone models 2024 2025 2026"})
            QTest::newRow(t) << QString::fromUtf8(t);
    }
    void noFalseAlarms()
    {
        QFETCH(QString, text);
        const auto matches = PersonalDataScanner::scan(text);
        QVERIFY2(matches.isEmpty(), qPrintable(matches.isEmpty() ? QString() : matches[0].masked));
    }

    // The labelled phone set (tests/data/review-labelled/phones.tsv): every 'phone' row holds a phone number
    // found as one, no 'none' row holds one.
    void labelledPhones()
    {
        QFile f(ivtest::dataPath(QStringLiteral("review-labelled/phones.tsv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        int rows = 0;
        for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const qsizetype tab = line.indexOf(QLatin1Char('\t'));
            const bool phone = line.left(tab) == QLatin1String("phone");
            const QString text = line.mid(tab + 1);
            const auto matches = PersonalDataScanner::scan(text);
            const bool found = std::any_of(matches.cbegin(), matches.cend(),
                                           [](const auto &m) { return m.kind == K::Phone; });
            QVERIFY2(found == phone, qPrintable(text));
            ++rows;
        }
        QVERIFY(rows >= 100);
    }

    void findingCodes()
    {
        QCOMPARE(PersonalDataScanner::findingCode(K::Email), QStringLiteral("personal-data-email"));
        QCOMPARE(PersonalDataScanner::findingCode(K::Name), QStringLiteral("personal-data-name"));
        QCOMPARE(PersonalDataScanner::findingCode(K::NationalId),
                 QStringLiteral("personal-data-national-id"));
        QCOMPARE(PersonalDataScanner::findingCode(K::Credential), QStringLiteral("secret-credential"));
        const auto ssn = PersonalDataScanner::scan(QStringLiteral("078-05-1121"));
        QCOMPARE(ssn.size(), 1);
        QCOMPARE(ssn[0].detail, QStringLiteral("SSN")); // not also a phone number
    }

    void categoriesInContext()
    {
        const QStringList categories = {QStringLiteral("Alice"), QStringLiteral("Bob"),
                                        QStringLiteral("Carol"), QStringLiteral("Dave Smith"),
                                        QStringLiteral("jane@example.org")};
        const auto per = PersonalDataScanner::scanCategories(categories);
        QCOMPARE(per.size(), categories.size());
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(per[i].size(), 1);
            QCOMPARE(per[i][0].kind, K::Name);
        }
        QCOMPARE(per[0][0].masked, QStringLiteral("A****"));
        QCOMPARE(per[4].size(), 1);
        QCOMPARE(per[4][0].kind, K::Email);
        // Alone, a given name is no finding.
        QVERIFY(PersonalDataScanner::scan(QStringLiteral("Alice")).isEmpty());
    }

    void smallCounts()
    {
        using iv::MetricKind;
        QVERIFY(!SmallCount::isSmall(MetricKind::Counter, 3, 0)); // off by default
        QVERIFY(!SmallCount::isSmall(MetricKind::Counter, 3, 1));
        QVERIFY(SmallCount::isSmall(MetricKind::Counter, 1, 5));
        QVERIFY(SmallCount::isSmall(MetricKind::Counter, 4, 5));
        QVERIFY(!SmallCount::isSmall(MetricKind::Counter, 5, 5));
        QVERIFY(!SmallCount::isSmall(MetricKind::Counter, 0, 5)); // nobody is no one to single out
        QVERIFY(!SmallCount::isSmall(MetricKind::Counter, -2, 5));
        QVERIFY(!SmallCount::isSmall(MetricKind::Counter, 2.5, 5)); // an average, not a count
        QVERIFY(SmallCount::isSmall(MetricKind::Barchart, 2, 5));
        QVERIFY(SmallCount::isSmall(MetricKind::Hbarchart, 3, 5));
        QVERIFY(SmallCount::isSmall(MetricKind::Histogram, 1, 5));
        QVERIFY(!SmallCount::isSmall(MetricKind::Gauge, 2, 5));
        QVERIFY(!SmallCount::isSmall(MetricKind::Timeseries, 2, 5));
        QVERIFY(!SmallCount::isSmall(MetricKind::Scatterplot, 2, 5));
        QVERIFY(!SmallCount::isSmall(MetricKind::Counter, std::numeric_limits<double>::quiet_NaN(), 5));
    }

#if IV_HAVE_FIXTURES // compiled (and registered as test functions) only with the fixtures
    // The upstream files: the 15 names of top_authors and the authors of testapp.db are found, nothing else
    // (but the one e-mail address of testapp.db's user).
    void bookstoreFixtures()
    {
        const QString dir = ivtest::fixturePath(QStringLiteral("bookstore"));
        QVERIFY2(QFile::exists(dir + QStringLiteral("/insights.db")), qPrintable(dir));
        const QMap<QString, int> plain = scanFixture(dir + QStringLiteral("/insights.db"));
        QVERIFY2(plain.isEmpty(), qPrintable(plain.keys().join(QLatin1Char(','))));

        QStringList samples;
        const QMap<QString, int> allKinds =
            scanFixture(dir + QStringLiteral("/insights-all-kinds.db"), &samples);
        QCOMPARE(allKinds.keys(), QStringList{QStringLiteral("insights_bucketvalue.category name")});
        QCOMPARE(allKinds.value(QStringLiteral("insights_bucketvalue.category name")), 15);
        QVERIFY(samples.contains(QStringLiteral("A*** S****")));     // Adam Silva
        QVERIFY(samples.contains(QStringLiteral("J**** M*******"))); // Jamie Mccarthy

        const QMap<QString, int> app = scanFixture(dir + QStringLiteral("/testapp.db"));
        const int authors = app.value(QStringLiteral("testapp_author.name name"));
        qInfo("testapp.db: %s", qPrintable([&] {
                  QStringList parts;
                  for (auto it = app.cbegin(); it != app.cend(); ++it)
                      parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
                  return parts.join(QStringLiteral(", "));
              }()));
        QVERIFY2(authors >= 1990, qPrintable(QString::number(authors))); // of 2,000 faker-made author names
        QCOMPARE(app.value(QStringLiteral("users_appuser.email email")), 1);
        QCOMPARE(app.size(), 2); // nothing in book titles, permissions, migrations, timestamps
    }

    // The all-kinds fixture holds one finding (speed on 100,000 categories: bench/bench_detectors).
    void allKindsFixture()
    {
        const QString path = ivtest::fixturePath(QStringLiteral("bookstore/insights-all-kinds.db"));
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QCOMPARE(scanTexts(readFixture(path)).size(), 1);
    }
#endif

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
