// SPDX-License-Identifier: MIT
// The name detector measured on its labelled set (tests/data/review-labelled/names-set.tsv, made by
// tools/make-labelled-names.py): names of 55 locales in twelve written forms and non-names of nineteen
// classes, each string placed (1) in buckets with realistic question labels — names in person buckets with a
// placeholder among them, non-names in buckets of their kind, (2) alone among product formats, (3) inside a
// question sentence, (4) in buckets without any label. Precision and recall per context and per class are
// printed as Markdown (docs/REVIEW.md quotes them); each context and class has its own threshold, so a
// regression in one culture or form fails loudly.
#include "bucketcontext.h"
#include "personaldatascanner.h"
#include "testsupport.h"

#include <QFile>
#include <QHash>
#include <QMap>
#include <QTest>

using namespace iv;

namespace {

struct Item
{
    bool name = false;
    QString cls, form, text;
};

QVector<Item> labelledSet()
{
    QVector<Item> items;
    QFile f(ivtest::dataPath(QStringLiteral("review-labelled/names-set.tsv")));
    if (!f.open(QIODevice::ReadOnly))
        return items;
    const QString all = QString::fromUtf8(f.readAll());
    for (const QString &line : all.split(QLatin1Char('\n'))) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cols = line.split(QLatin1Char('\t'));
        if (cols.size() != 4)
            continue;
        items.append({cols[0] == QLatin1String("name"), cols[1], cols[2], cols[3]});
    }
    return items;
}

struct Tally
{
    int tp = 0, fn = 0, fp = 0, tn = 0;
    void add(bool name, bool found) { (name ? (found ? tp : fn) : (found ? fp : tn)) += 1; }
    double recall() const { return tp + fn ? double(tp) / (tp + fn) : 1.0; }
    double precision() const { return tp + fp ? double(tp) / (tp + fp) : 1.0; }
    double falseAlarms() const { return fp + tn ? double(fp) / (fp + tn) : 0.0; }
};

bool hasName(const QVector<PersonalDataScanner::Match> &matches)
{
    for (const auto &m : matches)
        if (m.kind == PersonalDataScanner::Kind::Name)
            return true;
    return false;
}

// Realistic texts of buckets of people (English, Dutch, German, French, Spanish) and of things per class.
const QVector<BucketContext::Texts> &personBuckets()
{
    static const QVector<BucketContext::Texts> texts = {
        {QStringLiteral("tickets_per_agent"),
         QStringLiteral("How many tickets did each agent close?"),
         {},
         QStringLiteral("Tickets"),
         QStringLiteral("Agent"),
         {}},
        {QStringLiteral("top_customers_by_open_amount"),
         QStringLiteral("Which customers owe the most?"),
         {},
         {},
         {},
         {}},
        {QStringLiteral("omzet_per_klant"), QStringLiteral("Omzet per klant"), {}, {}, {}, {}},
        {QStringLiteral("umsatz_pro_mitarbeiter"), QStringLiteral("Umsatz pro Mitarbeiter"), {}, {}, {}, {}},
        {QStringLiteral("ventes_par_vendeur"), QStringLiteral("Ventes par vendeur"), {}, {}, {}, {}},
        {QStringLiteral("pedidos_por_cliente"), QStringLiteral("Pedidos por cliente"), {}, {}, {}, {}},
        {QStringLiteral("reviews_by_author"), QStringLiteral("Reviews written per author"), {}, {}, {}, {}},
        {QStringLiteral("logins_per_user"), QStringLiteral("Logins per user this month"), {}, {}, {}, {}},
    };
    return texts;
}

BucketContext::Texts thingBucket(const QString &cls)
{
    const QString q = cls == QLatin1String("brand")           ? QStringLiteral("Revenue per brand")
                      : cls == QLatin1String("book-title")    ? QStringLiteral("Best-selling books")
                      : cls == QLatin1String("film-title")    ? QStringLiteral("Most watched films")
                      : cls == QLatin1String("place")         ? QStringLiteral("Orders per city")
                      : cls == QLatin1String("team")          ? QStringLiteral("Tickets per team")
                      : cls == QLatin1String("tag")           ? QStringLiteral("Issues per tag")
                      : cls == QLatin1String("job-title")     ? QStringLiteral("Openings per job title")
                      : cls == QLatin1String("calendar")      ? QStringLiteral("Orders per month")
                      : cls == QLatin1String("word-name")     ? QStringLiteral("Searches per keyword")
                      : cls == QLatin1String("module-path")   ? QStringLiteral("Calls per module")
                      : cls == QLatin1String("error-message") ? QStringLiteral("Failures per error")
                      : cls == QLatin1String("url")           ? QStringLiteral("Visits per page")
                      : cls == QLatin1String("product")       ? QStringLiteral("Sales per product")
                      : cls == QLatin1String("plan")          ? QStringLiteral("Subscriptions per plan")
                      : cls == QLatin1String("currency")      ? QStringLiteral("Payments per currency")
                      : cls == QLatin1String("status")        ? QStringLiteral("Tickets per status")
                      : cls == QLatin1String("colour")        ? QStringLiteral("Sales per colour")
                      : cls == QLatin1String("cjk-word")      ? QStringLiteral("Top categories")
                                                              : QStringLiteral("Top items");
    return {cls, q, {}, {}, {}, {}};
}

struct Measured
{
    QMap<QString, Tally> byContext;              // "labelled", "alone", "sentence", "unlabelled"
    QMap<QString, QMap<QString, Tally>> byClass; // context → class (locale or non-name class)
    QMap<QString, QMap<QString, Tally>> byForm;  // context → written form of the names
};

Measured measure(const QVector<Item> &items)
{
    Measured out;
    auto note = [&out](const QString &context, const Item &item, bool found) {
        out.byContext[context].add(item.name, found);
        out.byClass[context][item.cls].add(item.name, found);
        if (item.name)
            out.byForm[context][item.form].add(true, found);
    };
    // Chunks of eight of one class, a placeholder with every chunk of names.
    QMap<QString, QVector<const Item *>> classes;
    QVector<const Item *> placeholders;
    for (const Item &item : items) {
        if (item.cls == QLatin1String("placeholder"))
            placeholders.append(&item);
        else
            classes[item.cls].append(&item);
    }
    int bucket = 0, placeholder = 0;
    for (auto it = classes.cbegin(); it != classes.cend(); ++it) {
        const QVector<const Item *> &members = it.value();
        for (qsizetype start = 0; start < members.size(); start += 8, ++bucket) {
            QVector<const Item *> chunk = members.mid(start, 8);
            const bool names = chunk.first()->name;
            if (names && !placeholders.isEmpty())
                chunk.append(placeholders.at(placeholder++ % placeholders.size()));
            QStringList categories;
            for (const Item *i : chunk)
                categories.append(i->text);
            const BucketContext labelled = BucketContext::rate(
                names ? personBuckets().at(bucket % personBuckets().size()) : thingBucket(it.key()));
            const auto inLabelled = PersonalDataScanner::scanCategories(categories, 65536, labelled);
            const auto inUnlabelled = PersonalDataScanner::scanCategories(categories);
            for (qsizetype k = 0; k < chunk.size(); ++k) {
                note(QStringLiteral("labelled"), *chunk.at(k), hasName(inLabelled.at(k)));
                note(QStringLiteral("unlabelled"), *chunk.at(k), hasName(inUnlabelled.at(k)));
            }
        }
    }
    for (const Item *p : std::as_const(placeholders))
        note(QStringLiteral("unlabelled"), *p, false); // never among names without a label: counted as seen

    const QStringList formats = {QStringLiteral("Hardcover"), QStringLiteral("Paperback"),
                                 QStringLiteral("E-book"),    QStringLiteral("Audiobook"),
                                 QStringLiteral("Gift card"), QStringLiteral("Bundle")};
    const BucketContext formatBucket = BucketContext::rate(
        {QStringLiteral("sales_per_format"), QStringLiteral("Sales per format"), {}, {}, {}, {}});
    for (const Item &item : items) {
        QStringList categories = formats;
        categories.insert(3, item.text);
        note(QStringLiteral("alone"), item,
             hasName(PersonalDataScanner::scanCategories(categories, 65536, formatBucket).at(3)));
        // Names and non-names in the same sentences: one that introduces a person ("did … close") and one
        // that does not ("mention …"), so a rule for either is measured on both.
        for (const QString &sentence :
             {QStringLiteral("How many tickets did %1 close last week?").arg(item.text),
              QStringLiteral("How many orders mention %1 this week?").arg(item.text)})
            note(QStringLiteral("sentence"), item, hasName(PersonalDataScanner::scan(sentence)));
    }
    return out;
}

QString percent(double v)
{
    return QString::number(v * 100.0, 'f', 1);
}

} // namespace

class TestNamesMeasured : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_items = labelledSet();
        int names = 0;
        QSet<QString> locales, classes;
        for (const Item &i : std::as_const(m_items)) {
            names += i.name ? 1 : 0;
            (i.name ? locales : classes).insert(i.cls);
        }
        QVERIFY2(m_items.size() >= 1500, qPrintable(QString::number(m_items.size())));
        QVERIFY(locales.size() >= 40);
        QVERIFY(classes.size() >= 15);
        QVERIFY(names >= 1000);
        m_measured = measure(m_items);

        // The report docs/REVIEW.md quotes.
        QString report =
            QStringLiteral("\n| context | precision % | recall % | names | non-names | false alarms |\n"
                           "|---|---|---|---|---|---|\n");
        for (auto it = m_measured.byContext.cbegin(); it != m_measured.byContext.cend(); ++it)
            report += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                          .arg(it.key(), percent(it->precision()), percent(it->recall()))
                          .arg(it->tp + it->fn)
                          .arg(it->fp + it->tn)
                          .arg(it->fp);
        report += QStringLiteral(
            "\n| form | labelled % | alone % | sentence % | unlabelled % |\n|---|---|---|---|---|\n");
        for (auto it = m_measured.byForm[QStringLiteral("labelled")].cbegin();
             it != m_measured.byForm[QStringLiteral("labelled")].cend(); ++it)
            report += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                          .arg(it.key(), percent(it->recall()),
                               percent(m_measured.byForm[QStringLiteral("alone")][it.key()].recall()),
                               percent(m_measured.byForm[QStringLiteral("sentence")][it.key()].recall()),
                               percent(m_measured.byForm[QStringLiteral("unlabelled")][it.key()].recall()));
        report +=
            QStringLiteral("\n| class | labelled | alone | sentence | unlabelled |\n|---|---|---|---|---|\n");
        for (auto it = m_measured.byClass[QStringLiteral("labelled")].cbegin();
             it != m_measured.byClass[QStringLiteral("labelled")].cend(); ++it) {
            const bool names = it->tp + it->fn > 0;
            auto cell = [&](const QString &context) {
                const Tally &t = m_measured.byClass[context][it.key()];
                return names ? percent(t.recall()) + QStringLiteral(" % found")
                             : QString::number(t.fp) + QStringLiteral(" of ") + QString::number(t.fp + t.tn);
            };
            report += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                          .arg(it.key(), cell(QStringLiteral("labelled")), cell(QStringLiteral("alone")),
                               cell(QStringLiteral("sentence")), cell(QStringLiteral("unlabelled")));
        }
        qInfo().noquote() << report;
    }

    void contexts_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<double>("minPrecision");
        QTest::addColumn<double>("minRecall");
        // The goals: labelled buckets 97 % / 95 %, a lone value among unrelated categories 95 % / 80 %.
        QTest::newRow("labelled") << QStringLiteral("labelled") << 0.97 << 0.95;
        QTest::newRow("alone") << QStringLiteral("alone") << 0.95 << 0.80;
        QTest::newRow("sentence") << QStringLiteral("sentence") << 0.95 << 0.75;
        // Without any label, buckets of words that are also given names ("Will", "Grace", "Rose") read as
        // names: the context is what keeps them apart.
        QTest::newRow("unlabelled") << QStringLiteral("unlabelled") << 0.93 << 0.90;
    }
    void contexts()
    {
        QFETCH(QString, context);
        QFETCH(double, minPrecision);
        QFETCH(double, minRecall);
        const Tally t = m_measured.byContext.value(context);
        QVERIFY2(t.precision() >= minPrecision, qPrintable(percent(t.precision())));
        QVERIFY2(t.recall() >= minRecall, qPrintable(percent(t.recall())));
    }

    // Per class in labelled buckets: every locale's names found, every non-name class nearly silent.
    void classes_data()
    {
        QTest::addColumn<QString>("cls");
        QSet<QString> seen;
        for (const Item &i : std::as_const(m_items))
            if (!seen.contains(i.cls)) {
                seen.insert(i.cls);
                QTest::newRow(qPrintable(i.cls)) << i.cls;
            }
    }
    void classes()
    {
        QFETCH(QString, cls);
        const Tally t = m_measured.byClass[QStringLiteral("labelled")].value(cls);
        if (t.tp + t.fn > 0)
            QVERIFY2(t.recall() >= 0.90, qPrintable(percent(t.recall())));
        else
            QVERIFY2(t.falseAlarms() <= 0.10, qPrintable(percent(t.falseAlarms())));
    }

    // Per class for a lone value among product formats: most names of every locale; the known weak spots
    // have their own floor (a lone given name is never reported alone, by design).
    // CJK names inside sentences (Han, kana, Hangul between particles, verbs and honorifics), per locale.
    void cjkSentences_data()
    {
        QTest::addColumn<QString>("cls");
        for (const char *cls : {"ja_JP", "ko_KR", "zh_CN", "zh_TW"})
            QTest::newRow(cls) << QString::fromLatin1(cls);
    }
    void cjkSentences()
    {
        QFETCH(QString, cls);
        Tally t;
        for (const Item &i : std::as_const(m_items))
            if (i.cls == cls && i.form == QLatin1String("cjk-sentence"))
                t.add(true, hasName(PersonalDataScanner::scan(i.text)));
        QVERIFY(t.tp + t.fn >= 5);
        QVERIFY2(t.recall() >= 0.95, qPrintable(percent(t.recall())));
    }

    void aloneClasses_data() { classes_data(); }
    void aloneClasses()
    {
        QFETCH(QString, cls);
        static const QHash<QString, double> floors = {{QStringLiteral("given-only"), 0.0},
                                                      {QStringLiteral("vi_VN"), 0.70},
                                                      {QStringLiteral("hu_HU"), 0.10}};
        const Tally t = m_measured.byClass[QStringLiteral("alone")].value(cls);
        if (t.tp + t.fn > 0)
            QVERIFY2(t.recall() >= floors.value(cls, 0.75), qPrintable(percent(t.recall())));
        else
            QVERIFY2(t.falseAlarms() <= 0.10, qPrintable(percent(t.falseAlarms())));
    }

private:
    QVector<Item> m_items;
    Measured m_measured;
};

QTEST_GUILESS_MAIN(TestNamesMeasured)
#include "tst_namesmeasured.moc"
