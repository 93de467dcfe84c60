// SPDX-License-Identifier: MIT
// NameDetector on its own: the labelled set's precision and recall (the thresholds are asserted), name
// shapes, the bucket context of scanCategories(), and masking (speed on 100,000 categories:
// bench/bench_detectors).
#include "namedetector.h"
#include "namelexicon.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace iv;
using C = NameDetector::Confidence;

namespace {

struct Labelled
{
    bool name;
    QString text;
};

QVector<Labelled> labelledNames()
{
    QVector<Labelled> set;
    QFile f(ivtest::dataPath(QStringLiteral("review-labelled/names.tsv")));
    if (!f.open(QIODevice::ReadOnly))
        return set;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        set.append({line.left(tab) == QLatin1String("name"), line.mid(tab + 1)});
    }
    return set;
}

} // namespace

class TestNameDetector : public QObject
{
    Q_OBJECT

private slots:
    void lexiconLoaded()
    {
        QElapsedTimer timer;
        timer.start();
        const NameLexicon &lex = NameLexicon::instance(); // first use: decompressed and parsed here
        qInfo("lexicon: %lld entries loaded in %lld ms", qint64(lex.size()), timer.elapsed());
        QVERIFY2(lex.size() > 30000, qPrintable(QString::number(lex.size())));
        QVERIFY(lex.isGiven(u"Adam"));
        QVERIFY(lex.isGiven(u"adam")); // case folded
        QVERIFY(lex.isFamily(u"Silva"));
        QVERIFY(lex.isGiven(u"Sanne"));     // nl_NL
        QVERIFY(lex.isFamily(u"Kowalski")); // pl_PL
        QVERIFY(lex.isCjkFamily(u"王"));    // zh_CN
        QVERIFY(lex.isCjkFamily(u"佐藤"));  // ja_JP
        QVERIFY(!lex.isGiven(u"Monday"));
    }

    // The labelled set (tests/data/review-labelled/names.tsv): each string on its own, no bucket context.
    void labelledSet()
    {
        const QVector<Labelled> set = labelledNames();
        QVERIFY(set.size() >= 300);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        QStringList misses, falseAlarms;
        for (const Labelled &l : set) {
            const bool found = !NameDetector::find(l.text).isEmpty();
            if (found && l.name)
                ++tp;
            else if (found)
                ++fp, falseAlarms << l.text;
            else if (l.name)
                ++fn, misses << l.text;
            else
                ++tn;
        }
        const double precision = tp + fp ? double(tp) / (tp + fp) : 0;
        const double recall = tp + fn ? double(tp) / (tp + fn) : 0;
        qInfo("names: %d labelled (%d names), tp %d fp %d fn %d tn %d, precision %.1f %%, recall %.1f %%",
              int(set.size()), tp + fn, tp, fp, fn, tn, precision * 100, recall * 100);
        qInfo("missed: %s", qPrintable(misses.join(QStringLiteral(" | "))));
        qInfo("false alarms: %s", qPrintable(falseAlarms.join(QStringLiteral(" | "))));
        QVERIFY2(precision >= 0.95, qPrintable(QString::number(precision)));
        QVERIFY2(recall >= 0.90, qPrintable(QString::number(recall)));
    }

    // The same set as buckets: 15 strings at a time in file order (names of one culture, negatives of one
    // kind), scanned with their bucket's context.
    void labelledSetInBuckets()
    {
        const QVector<Labelled> set = labelledNames();
        int tp = 0, fp = 0, fn = 0;
        QStringList falseAlarms;
        for (qsizetype from = 0; from < set.size(); from += 15) {
            QStringList bucket;
            QVector<bool> truth;
            for (qsizetype i = from; i < std::min<qsizetype>(from + 15, set.size()); ++i) {
                if (!truth.isEmpty() && set[i].name != truth.first())
                    break; // buckets never mix names and negatives
                bucket << set[i].text;
                truth << set[i].name;
            }
            from -= 15 - bucket.size();
            const auto found = NameDetector::scanCategories(bucket);
            for (qsizetype i = 0; i < bucket.size(); ++i) {
                const bool f = !found[i].isEmpty();
                tp += f && truth[i];
                fp += f && !truth[i];
                fn += !f && truth[i];
                if (f && !truth[i])
                    falseAlarms << bucket[i];
            }
        }
        const double precision = double(tp) / (tp + fp), recall = double(tp) / (tp + fn);
        qInfo("names in buckets of 15: tp %d fp %d fn %d, precision %.1f %%, recall %.1f %%", tp, fp, fn,
              precision * 100, recall * 100);
        qInfo("false alarms: %s", qPrintable(falseAlarms.join(QStringLiteral(" | "))));
        QVERIFY2(precision >= 0.95, qPrintable(QString::number(precision)));
        QVERIFY2(recall >= 0.90, qPrintable(QString::number(recall)));
    }

    void shapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("confidence");
        QTest::newRow("given-family") << QStringLiteral("Adam Silva") << int(C::Strong);
        QTest::newRow("family-given") << QStringLiteral("Silva, Adam") << int(C::Strong);
        QTest::newRow("particles") << QStringLiteral("Pieter van der Berg") << int(C::Strong);
        QTest::newRow("de-la") << QStringLiteral("María de la Cruz") << int(C::Strong);
        QTest::newRow("von") << QStringLiteral("Otto von Bismarck") << int(C::Strong);
        QTest::newRow("initials") << QStringLiteral("J. R. R. Tolkien") << int(C::Strong);
        QTest::newRow("title") << QStringLiteral("Dr. Emily Watson") << int(C::Strong);
        QTest::newRow("hyphenated") << QStringLiteral("Anna Müller-Schmidt") << int(C::Strong);
        QTest::newRow("zh") << QStringLiteral("王小明") << int(C::Strong);
        QTest::newRow("ja-space") << QStringLiteral("佐藤 太郎") << int(C::Strong);
        QTest::newRow("count-suffix") << QStringLiteral("Adam Silva (12)") << int(C::Strong);
        QTest::newRow("given-unknown-family") << QStringLiteral("Adam Qwzrtyk") << int(C::Medium);
        QTest::newRow("lone-given") << QStringLiteral("Alice") << int(C::Weak);
        // Lower case when both parts are known names and neither is a word.
        QTest::newRow("lowercase") << QStringLiteral("adam silva") << int(C::Strong);
        QTest::newRow("lowercase-words") << QStringLiteral("rose garden") << int(C::None);
        QTest::newRow("team") << QStringLiteral("Support Team") << int(C::None);
        QTest::newRow("plan") << QStringLiteral("Premium Plan") << int(C::None);
        QTest::newRow("weekday") << QStringLiteral("Monday") << int(C::None);
        QTest::newRow("common-words") << QStringLiteral("Will Power") << int(C::None);
        QTest::newRow("calendar") << QStringLiteral("Ruby May") << int(C::None);
        QTest::newRow("module") << QStringLiteral("django.contrib.auth") << int(C::None);
        QTest::newRow("place") << QStringLiteral("New York") << int(C::None);
        QTest::newRow("zh-word") << QStringLiteral("周末") << int(C::None);
        QTest::newRow("ja-family-only") << QStringLiteral("田中") << int(C::Weak);
        QTest::newRow("title-book") << QStringLiteral("Harry Potter and the Goblet of Fire") << int(C::None);
        QTest::newRow("ampersand") << QStringLiteral("Johnson & Johnson") << int(C::None);
    }
    void shapes()
    {
        QFETCH(QString, text);
        QFETCH(int, confidence);
        QCOMPARE(int(NameDetector::classify(text)), confidence);
    }

    void inSentences()
    {
        const QString q = QStringLiteral("How many books did Adam Silva write since 2020?");
        const auto m = NameDetector::find(q);
        QCOMPARE(m.size(), 1);
        QCOMPARE(q.mid(m[0].start, m[0].length), QStringLiteral("Adam Silva"));
        QCOMPARE(m[0].masked, QStringLiteral("A*** S****"));
        QVERIFY(NameDetector::find(QStringLiteral("How many authors are there in our store?")).isEmpty());
        QVERIFY(NameDetector::find(QStringLiteral("Harry Potter and the philosopher's stone")).isEmpty());
        QVERIFY(
            NameDetector::find(QStringLiteral("Health low capital mention special image particular force "
                                              "someone eight catch marriage street deal Republican sister."))
                .isEmpty());
    }

    // A name whose family name the lexicon does not know (medium confidence) counts inside a sentence after a
    // word that introduces a person, and only there.
    void inSentencesAfterAPersonCue_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name"); // empty: none
        QTest::newRow("did") << QStringLiteral("How many orders did Fatima Qwzrtyk approve?")
                             << QStringLiteral("Fatima Qwzrtyk");
        QTest::newRow("by") << QStringLiteral("Refunds signed off by Adam Qwzrtyk last month")
                            << QStringLiteral("Adam Qwzrtyk");
        QTest::newRow("assigned-to") << QStringLiteral("Tickets assigned to Priya Qwzrtyk")
                                     << QStringLiteral("Priya Qwzrtyk");
        QTest::newRow("no-cue") << QStringLiteral("How many orders mention Fatima Qwzrtyk this week?")
                                << QString();
        QTest::newRow("cue-before-a-thing")
            << QStringLiteral("Orders shipped by Express Courier") << QString();
        // A known name after a word that says whose something is, in a text whose other words are
        // capitalised (German nouns, a title-cased question) or that starts with a capitalised word and a
        // particle.
        QTest::newRow("de-von") << QStringLiteral("Umsatz von Hannah Schmidt")
                                << QStringLiteral("Hannah Schmidt");
        QTest::newRow("de-fuer") << QStringLiteral("Offene Tickets f\u00FCr Hannah Schmidt")
                                 << QStringLiteral("Hannah Schmidt");
        QTest::newRow("nl-van") << QStringLiteral("Omzet van Jan Jansen") << QStringLiteral("Jan Jansen");
        QTest::newRow("es-de") << QStringLiteral("Pedidos de Mar\u00EDa Garc\u00EDa")
                               << QStringLiteral("Mar\u00EDa Garc\u00EDa");
        QTest::newRow("title-cased-for")
            << QStringLiteral("Total Sales For John Smith") << QStringLiteral("John Smith");
        QTest::newRow("title-cased-from")
            << QStringLiteral("Revenue From Hannah Schmidt") << QStringLiteral("Hannah Schmidt");
        QTest::newRow("family-in-capitals")
            << QStringLiteral("Ventes de Marie DUPONT") << QStringLiteral("Marie DUPONT");
        // Titles, places and acronyms stay what they are.
        QTest::newRow("acronym-and-family") << QStringLiteral("Revenue from IBM Watson") << QString();
        QTest::newRow("book-title") << QStringLiteral("Harry Potter and the Goblet of Fire") << QString();
        QTest::newRow("plan-after-for") << QStringLiteral("Total Sales For Premium Plus") << QString();
    }
    void inSentencesAfterAPersonCue()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        const auto m = NameDetector::find(text);
        QCOMPARE(m.size(), name.isEmpty() ? 0 : 1);
        if (!name.isEmpty())
            QCOMPARE(text.mid(m[0].start, m[0].length), name);
    }

    void masks()
    {
        QCOMPARE(NameDetector::mask(u"John Smith"), QStringLiteral("J*** S****"));
        QCOMPARE(NameDetector::mask(u"J. R. R. Tolkien"), QStringLiteral("J. R. R. T******"));
        QCOMPARE(NameDetector::mask(u"Michael O'Brien"), QStringLiteral("M****** O'B****"));
        QCOMPARE(NameDetector::mask(u"Karl-Heinz Zimmermann"), QStringLiteral("K***-H**** Z*********"));
        QCOMPARE(NameDetector::mask(u"王小明"), QStringLiteral("王**"));
    }

    // The person-bucket threshold is 60 % of the distinct categories: 3 person-like of 5 makes the lone given
    // names findings, 3 of 6 (50 %) and 3 of 10 (30 %) do not.
    void personBucketThreshold_data()
    {
        QTest::addColumn<int>("others");
        QTest::addColumn<bool>("personBucket");
        QTest::newRow("3 of 5 (60 %)") << 2 << true;
        QTest::newRow("3 of 6 (50 %)") << 3 << false;
        QTest::newRow("3 of 7 (43 %)") << 4 << false;
        QTest::newRow("3 of 10 (30 %)") << 7 << false;
    }
    void personBucketThreshold()
    {
        QFETCH(int, others);
        QFETCH(bool, personBucket);
        const QStringList notPeople = {QStringLiteral("Other"),          QStringLiteral("Returns"),
                                       QStringLiteral("Shipping"),       QStringLiteral("Paper invoices"),
                                       QStringLiteral("Card payments"),  QStringLiteral("Open tickets"),
                                       QStringLiteral("Gift cards")};
        QStringList categories = {QStringLiteral("Alice"), QStringLiteral("Bob"),
                                  QStringLiteral("Adam Qwzrtyk")};
        for (int i = 0; i < others; ++i) {
            QCOMPARE(NameDetector::classify(notPeople.at(i)), C::None);
            categories << notPeople.at(i);
        }
        QCOMPARE(NameDetector::classify(u"Alice"), C::Weak);
        QCOMPARE(NameDetector::classify(u"Adam Qwzrtyk"), C::Medium);
        const auto found = NameDetector::scanCategories(categories);
        QCOMPARE(found.at(0).isEmpty(), !personBucket); // "Alice": a finding only in a person bucket
        QCOMPARE(found.at(1).isEmpty(), !personBucket);
        for (int i = 3; i < categories.size(); ++i)
            QVERIFY(found.at(i).isEmpty());
    }

    // A bucket of mostly person-like categories reports the weaker candidates too; a mixed one does not.
    void bucketContext()
    {
        const QStringList people = {QStringLiteral("Alice"), QStringLiteral("Bob"), QStringLiteral("Carol"),
                                    QStringLiteral("Adam Qwzrtyk"), QStringLiteral("Other")};
        const auto inPeople = NameDetector::scanCategories(people);
        QCOMPARE(inPeople.size(), people.size());
        QCOMPARE(inPeople[0].size(), 1);
        QCOMPARE(inPeople[0][0].masked, QStringLiteral("A****"));
        QCOMPARE(inPeople[1].size(), 1);
        QCOMPARE(inPeople[2].size(), 1);
        QCOMPARE(inPeople[3].size(), 1);
        QCOMPARE(inPeople[3][0].confidence, C::Medium);
        QVERIFY(inPeople[4].isEmpty());

        const QStringList mixed = {QStringLiteral("Alice"), QStringLiteral("Premium Plan"),
                                   QStringLiteral("Basic Plan"), QStringLiteral("Monday"),
                                   QStringLiteral("Adam Silva")};
        const auto inMixed = NameDetector::scanCategories(mixed);
        QVERIFY(inMixed[0].isEmpty()); // a lone given name among plans is not reported
        QVERIFY(inMixed[1].isEmpty());
        QVERIFY(inMixed[3].isEmpty());
        QCOMPARE(inMixed[4].size(), 1); // a strong name always is

        // Fewer than three distinct categories: no context.
        const auto pair = NameDetector::scanCategories({QStringLiteral("Alice"), QStringLiteral("Bob")});
        QVERIFY(pair[0].isEmpty() && pair[1].isEmpty());
        // Plain labels stay silent however many there are.
        const auto labels = NameDetector::scanCategories({QStringLiteral("Female"), QStringLiteral("Male"),
                                                          QStringLiteral("author"), QStringLiteral("0s")});
        for (const auto &m : labels)
            QVERIFY(m.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNameDetector)
#include "tst_namedetector.moc"
