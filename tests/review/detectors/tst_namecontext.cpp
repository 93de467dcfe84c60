// SPDX-License-Identifier: MIT
// Names judged with their bucket's context and in their many written forms: BucketContext read from question
// labels, texts and axis labels in five languages; the same categories in a person, a thing and an unlabelled
// bucket; composites, caseless scripts, initials, lower case and capitals, handles, CJK names in sentences,
// buckets of given names, and brands or works named after people.
#include "bucketcontext.h"
#include "namedetector.h"
#include "personaldatascanner.h"

#include <QTest>

using namespace iv;
using C = NameDetector::Confidence;
using Kind = BucketContext::Kind;

namespace {

QString u(const char16_t *s)
{
    return QString::fromUtf16(s);
}

BucketContext person()
{
    return BucketContext::rate({u(u"tickets_per_agent"), u(u"Tickets per agent?"), {}, {}, {}, {}});
}

BucketContext thing()
{
    return BucketContext::rate({u(u"books"), u(u"Best-selling books?"), {}, u(u"Book"), {}, {}});
}

// Which of categories are found (their indexes).
QList<int> foundIn(const QStringList &categories, const BucketContext &context)
{
    QList<int> out;
    const auto found = NameDetector::scanCategories(categories, context);
    for (int i = 0; i < found.size(); ++i)
        if (!found.at(i).isEmpty())
            out.append(i);
    return out;
}

} // namespace

class TestNameContext : public QObject
{
    Q_OBJECT

private slots:
    void rate_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("xlabel");
        QTest::addColumn<QString>("ylabel");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("word");
        QTest::newRow("snake") << u(u"tickets_per_agent") << QString() << QString() << QString()
                               << int(Kind::Person) << u(u"agent");
        QTest::newRow("camel") << u(u"topCustomersByOpenAmount") << QString() << QString() << QString()
                               << int(Kind::Person) << u(u"customers");
        QTest::newRow("nl") << u(u"omzet") << u(u"Omzet per klant?") << QString() << QString()
                            << int(Kind::Person) << u(u"klant");
        QTest::newRow("de") << u(u"umsatz") << u(u"Umsatz pro Mitarbeiter") << QString() << QString()
                            << int(Kind::Person) << u(u"mitarbeiter");
        QTest::newRow("fr") << u(u"ventes") << u(u"Ventes par vendeur") << QString() << QString()
                            << int(Kind::Person) << u(u"vendeur");
        QTest::newRow("es") << u(u"pedidos") << u(u"Pedidos por cliente") << QString() << QString()
                            << int(Kind::Person) << u(u"cliente");
        QTest::newRow("axis") << u(u"authors") << u(u"Books per author?") << u(u"Books") << u(u"Author")
                              << int(Kind::Person) << u(u"author");
        QTest::newRow("product") << u(u"hbar") << u(u"Top products?") << u(u"Product") << u(u"Units")
                                 << int(Kind::Thing) << u(u"product");
        QTest::newRow("plan") << u(u"plans") << u(u"Orders per plan?") << u(u"Orders") << u(u"Plan")
                              << int(Kind::Thing) << u(u"plan");
        QTest::newRow("user-agent") << u(u"browsers") << u(u"Requests per user agent") << QString()
                                    << QString() << int(Kind::Thing) << u(u"user");
        QTest::newRow("measure-after") << u(u"authors") << u(u"Authors by book count") << QString()
                                       << QString() << int(Kind::Person) << u(u"authors");
        QTest::newRow("unsaid") << u(u"daily") << u(u"Orders per day?") << u(u"Day") << u(u"Orders")
                                << int(Kind::Thing) << u(u"day");
        QTest::newRow("sellers-of-plants") << u(u"top_sellers") << u(u"Best-selling plants?") << u(u"Plant")
                                           << u(u"Units") << int(Kind::Thing) << u(u"plant");
        QTest::newRow("per-decade") << u(u"authors_per_decade") << u(u"Authors per decade of birth?")
                                    << u(u"Decade") << u(u"Authors") << int(Kind::Thing) << u(u"decade");
        QTest::newRow("nothing") << u(u"misc") << u(u"How many?") << QString() << QString()
                                 << int(Kind::Unlabelled) << QString();
        // Languages that inflect their words for people, and scripts that join them to other words.
        QTest::newRow("it") << u(u"vendite") << u(u"Vendite per venditore") << QString() << QString()
                            << int(Kind::Person) << u(u"venditore");
        QTest::newRow("pl") << u(u"zamowienia") << u(u"Zamówienia według klientów") << QString() << QString()
                            << int(Kind::Person) << u(u"klientów");
        QTest::newRow("ru") << u(u"zakazy") << u(u"Заказы по покупателям") << QString() << QString()
                            << int(Kind::Person) << u(u"покупателям");
        QTest::newRow("tr") << u(u"siparisler") << u(u"Müşteri başına siparişler") << QString() << QString()
                            << int(Kind::Person) << u(u"müşteri");
        QTest::newRow("sv") << u(u"ordrar") << u(u"Ordrar per kund") << QString() << QString()
                            << int(Kind::Person) << u(u"kund");
        QTest::newRow("id") << u(u"pesanan") << u(u"Pesanan per pelanggan") << QString() << QString()
                            << int(Kind::Person) << u(u"pelanggan");
        QTest::newRow("zh") << u(u"orders") << u(u"每个客户的订单") << QString() << QString()
                            << int(Kind::Person) << u(u"每个客户的订单");
        QTest::newRow("ja") << u(u"tickets") << u(u"担当者別の件数") << QString() << QString()
                            << int(Kind::Person) << u(u"担当者別の件数");
        QTest::newRow("ko") << u(u"orders") << u(u"고객별 주문") << QString() << QString()
                            << int(Kind::Person) << u(u"고객별");
        QTest::newRow("ar") << u(u"orders") << u(u"الطلبات حسب العملاء") << QString() << QString()
                            << int(Kind::Person) << u(u"العملاء");
        QTest::newRow("ru-cities") << u(u"prodazhi") << u(u"Продажи по городам") << QString() << QString()
                                   << int(Kind::Unlabelled) << QString();
        QTest::newRow("ru-authorisations") << u(u"auth") << u(u"Авторизации по дням") << QString()
                                           << QString() << int(Kind::Unlabelled) << QString();
        QTest::newRow("zh-products") << u(u"orders") << u(u"每个产品的订单") << QString() << QString()
                                     << int(Kind::Unlabelled) << QString();
        QTest::newRow("id-usage") << u(u"usage") << u(u"Penggunaan per hari") << QString() << QString()
                                  << int(Kind::Unlabelled) << QString();
    }
    void rate()
    {
        QFETCH(QString, label);
        QFETCH(QString, question);
        QFETCH(QString, xlabel);
        QFETCH(QString, ylabel);
        QFETCH(int, kind);
        QFETCH(QString, word);
        const BucketContext c = BucketContext::rate({label, question, {}, xlabel, ylabel, {}});
        QCOMPARE(int(c.kind), kind);
        QCOMPARE(c.word, word);
    }

    // The same categories in three buckets.
    void sameStringsEachContext()
    {
        const QStringList categories = {u(u"Emma"),         u(u"Dirk"),         u(u"Maria Garcia"),
                                        u(u"Unassigned"),   u(u"Support Team"), u(u"Jane Eyre"),
                                        u(u"Calvin Klein"), u(u"12345"),        u(u"Xochitl Qwzrtyk")};
        // People: every category but the placeholder, the team and the number.
        QCOMPARE(foundIn(categories, person()), (QList<int>{0, 1, 2, 5, 6, 8}));
        // Periods and versions in a person bucket are not people.
        QVERIFY(foundIn({u(u"1960s"), u(u"0s"), u(u"Q3 2025"), u(u"v2"), u(u"FY2024"), u(u"H1"), u(u"2024-Q1"),
                         u(u"Week 7"), u(u"Sprint 12"), u(u"May 2024"), u(u"v2.1.0"), u(u"KW 07")},
                        person())
                    .isEmpty());
        // A handle with digits still is one.
        QCOMPARE(foundIn({u(u"jsmith42"), u(u"Q3 2025")}, person()), (QList<int>{0}));
        // Things: only strong names, and not those named after people.
        QCOMPARE(foundIn(categories, thing()), (QList<int>{2}));
        // Unlabelled: as the categories decide (here mostly names): brands stay out of nothing.
        const QList<int> unlabelled = foundIn(categories, {});
        QVERIFY(unlabelled.contains(2));
        QVERIFY(!unlabelled.contains(3) && !unlabelled.contains(4) && !unlabelled.contains(7));
    }

    // What no detector recognised in a person-like bucket is listed to check by eye; not in a thing bucket.
    void unrecognisedToCheck()
    {
        const QStringList people = {u(u"Dirk"), u(u"Support Team"), u(u"Unassigned"), u(u"Q3 2025"),
                                    u(u"Billing Team"), u(u"42")};
        QVector<bool> check;
        const auto found = NameDetector::scanCategories(people, person(), &check);
        QCOMPARE(found.size(), people.size());
        QCOMPARE(check, (QVector<bool>{false, true, false, false, true, false}));
        const QStringList formats = {u(u"Hardcover"), u(u"Emma"), u(u"Paperback")};
        NameDetector::scanCategories(formats, {}, &check);
        QCOMPARE(check, (QVector<bool>{false, true, false}));
        NameDetector::scanCategories(formats, thing(), &check);
        QCOMPARE(check, (QVector<bool>{false, false, false}));
        // Unrelated words: nothing to check.
        NameDetector::scanCategories({u(u"Hardcover"), u(u"Paperback"), u(u"E-book")}, {}, &check);
        QCOMPARE(check, (QVector<bool>{false, false, false}));
        // Names no lexicon knows, in an unlabelled bucket: most categories have a name's shape (two to four
        // capitalised words, or words of a script without case), so those are listed.
        const QStringList unknown = {u(u"Wayra Quispe Mamani"), u(u"Tupaq Yupanki"), u(u"Unassigned"),
                                     u(u"Sumaq T'ika Huaman"),
                                     u(u"\u1230\u120B\u121D \u1270\u1235\u134B\u12EC")};
        NameDetector::scanCategories(unknown, {}, &check);
        QCOMPARE(check, (QVector<bool>{true, true, false, true, true}));
        // Not a name's shape: one word, lower case, digits, five words; a thing bucket: nothing listed.
        NameDetector::scanCategories({u(u"Widgets"), u(u"premium plan"), u(u"Order 17"),
                                      u(u"One Two Three Four Five"), u(u"Tupaq Yupanki")},
                                     {}, &check);
        QCOMPARE(check, (QVector<bool>{false, false, false, false, false}));
        NameDetector::scanCategories(unknown, thing(), &check);
        QCOMPARE(check, (QVector<bool>{false, false, false, false, false}));
    }

    // A counter's or gauge's text about people: weaker names count there, with the context named.
    void textAboutPeople()
    {
        const BucketContext agent = BucketContext::rate({u(u"tickets_of_agent"), u(u"Open tickets of agent?"), {}, {}, {}, {}});
        QCOMPARE(int(agent.kind), int(Kind::Person));
        const QString text = u(u"Open tickets of agent Adam Qwzrtyk?");
        QVERIFY(PersonalDataScanner::scan(text).isEmpty());
        const auto found = PersonalDataScanner::scan(text, 65536, agent);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].masked, u(u"A*** Q******"));
        QVERIFY(found[0].context.english.startsWith(u(u"in a text about people ('agent'")));
        QVERIFY(PersonalDataScanner::scan(u(u"Tickets in Q3 2025 per agent"), 65536, agent).isEmpty());
    }

    void contextNamedInFinding()
    {
        const auto found =
            PersonalDataScanner::scanCategories({u(u"Dirk"), u(u"Unassigned")}, 65536, person());
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].size(), 1);
        QCOMPARE(found[0][0].context.english, u(u"category of a person bucket ('agent' in its label)"));
        QVERIFY(found[1].isEmpty());
    }

    void forms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("found"); // the span found, "" for none
        QTest::newRow("company-contact") << u(u"Acme Corp \u2014 John Smith") << u(u"John Smith");
        QTest::newRow("en-dash") << u(u"Globex Ltd \u2013 Maria Garcia") << u(u"Maria Garcia");
        QTest::newRow("pipe") << u(u"Initech | Peter Gibbons") << u(u"Peter Gibbons");
        QTest::newRow("slash") << u(u"Sales / Anna Kowalska") << u(u"Anna Kowalska");
        QTest::newRow("spaced-hyphen") << u(u"Umbrella Inc - Alice Johnson") << u(u"Alice Johnson");
        QTest::newRow("parentheses") << u(u"(Acme) Thomas Müller") << u(u"Thomas Müller");
        QTest::newRow("family-given") << u(u"Silva, Adam") << u(u"Silva, Adam");
        QTest::newRow("given-initial") << u(u"Sophie K.") << u(u"Sophie K.");
        QTest::newRow("initial-family") << u(u"J. Kowalski") << u(u"J. Kowalski");
        QTest::newRow("lower-case") << u(u"john smith") << u(u"john smith");
        QTest::newRow("all-caps") << u(u"MARIA GARCIA") << u(u"MARIA GARCIA");
        QTest::newRow("handle-dot") << u(u"john.smith") << u(u"john.smith");
        QTest::newRow("handle-underscore") << u(u"maria_garcia") << u(u"maria_garcia");
        QTest::newRow("cjk-in-sentence") << u(u"请联系王秀英处理退款") << u(u"王秀英");
        QTest::newRow("japanese-honorific") << u(u"担当は田中さんです") << u(u"田中");
        QTest::newRow("brand") << u(u"Calvin Klein") << QString();
        QTest::newRow("work") << u(u"Anna Karenina") << QString();
        QTest::newRow("company-only") << u(u"Acme Corp \u2014 Europe") << QString();
        QTest::newRow("lower-words") << u(u"green apple") << QString();
        QTest::newRow("module-path") << u(u"django.contrib") << QString();
    }
    void forms()
    {
        QFETCH(QString, text);
        QFETCH(QString, found);
        const auto matches = NameDetector::find(text);
        if (found.isEmpty()) {
            QVERIFY2(matches.isEmpty(), qPrintable(matches.isEmpty() ? QString() : matches[0].masked));
            return;
        }
        QCOMPARE(matches.size(), 1);
        QCOMPARE(text.mid(matches[0].start, matches[0].length), found);
    }

    void caselessScripts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("arabic") << u(u"محمد العلي");
        QTest::newRow("hebrew") << u(u"דוד כהן");
        QTest::newRow("thai") << u(u"สมชาย วรรณดำรง");
        QTest::newRow("devanagari") << u(u"राहुल शर्मा");
        QTest::newRow("georgian") << u(u"გიორგი ბერიძე");
        QTest::newRow("armenian") << u(u"Արամ Պետրոսյան");
    }
    void caselessScripts()
    {
        QFETCH(QString, text);
        // In a person bucket always; in an unlabelled bucket of such names too.
        QCOMPARE(foundIn({text, u(u"Other")}, person()), (QList<int>{0}));
        QVERIFY2(NameDetector::classify(text) != C::None, qPrintable(text));
    }

    void givenNamesBucket()
    {
        const QStringList nicknames = {u(u"Emma"), u(u"Liam"),  u(u"Noah"), u(u"Olivia"),
                                       u(u"Mia"),  u(u"Lukas"), u(u"Other")};
        QCOMPARE(foundIn(nicknames, {}), (QList<int>{0, 1, 2, 3, 4, 5}));
        // The same names among things stay silent.
        QVERIFY(foundIn(nicknames, thing()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNameContext)
#include "tst_namecontext.moc"
