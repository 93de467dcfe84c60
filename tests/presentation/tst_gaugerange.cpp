// SPDX-License-Identifier: MIT
// GaugeRange: which scale a gauge is drawn on, and the per-question range kept in Preferences.
#include "gaugerange.h"
#include "preferences.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using namespace iv;

namespace {
Question gauge(const QString &label, double value, const QString &question = QString())
{
    Question q;
    q.kind = MetricKind::Gauge;
    q.label = label;
    q.question = question;
    q.value = value;
    q.valueValid = true;
    return q;
}
} // namespace

class TestGaugeRange : public QObject
{
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    void shareIsPercent()
    {
        const GaugeRange r = GaugeRange::resolve(gauge(QStringLiteral("share"), 3.4));
        QCOMPARE(r.source, GaugeRange::Source::Percent);
        QCOMPARE(r.minimum, 0.0);
        QCOMPARE(r.maximum, 100.0);
        QVERIFY(r.hasArc());
        QCOMPARE(r.fraction(3.4), 0.034); // fills 3.4 % of the arc, not ~70 %
        QCOMPARE(r.outside(3.4), 0);
    }

    void percentHints()
    {
        QVERIFY(GaugeRange::saysPercent(gauge(QStringLiteral("avg_share_of_books"), 1)));
        QVERIFY(GaugeRange::saysPercent(gauge(QStringLiteral("x"), 1, QStringLiteral("Returns (%)"))));
        QVERIFY(GaugeRange::saysPercent(gauge(QStringLiteral("conversion_pct"), 1)));
        QVERIFY(
            GaugeRange::saysPercent(gauge(QStringLiteral("x"), 1, QStringLiteral("Percentage of orders"))));
        QVERIFY(GaugeRange::saysPercent(gauge(QStringLiteral("marketShare"), 1)));
        Question withFormat = gauge(QStringLiteral("x"), 1);
        withFormat.yformat = QStringLiteral("%");
        QVERIFY(GaugeRange::saysPercent(withFormat));
        // Not percent: a strftime format, a word merely containing "share".
        withFormat.yformat = QStringLiteral("%Y-%m-%d");
        QVERIFY(!GaugeRange::saysPercent(withFormat));
        QVERIFY(!GaugeRange::saysPercent(gauge(QStringLiteral("shared_books"), 1)));
        QVERIFY(!GaugeRange::saysPercent(gauge(QStringLiteral("avg_price"), 1)));
    }

    void ratioOnlyInsideZeroOne()
    {
        GaugeRange r = GaugeRange::resolve(gauge(QStringLiteral("return_rate"), 0.25));
        QCOMPARE(r.source, GaugeRange::Source::Ratio);
        QCOMPARE(r.maximum, 1.0);
        QCOMPARE(r.fraction(0.25), 0.25);
        QCOMPARE(GaugeRange::resolve(gauge(QStringLiteral("fraction_done"), 1.0)).source,
                 GaugeRange::Source::Ratio);
        QCOMPARE(
            GaugeRange::resolve(gauge(QStringLiteral("x"), 0.5, QStringLiteral("Ratio of A to B"))).source,
            GaugeRange::Source::Ratio);
        // A "rate" of 12.5 is not a 0–1 ratio, and "accurate" / "generated" are not "rate".
        QCOMPARE(GaugeRange::resolve(gauge(QStringLiteral("error_rate"), 12.5)).source,
                 GaugeRange::Source::None);
        QCOMPARE(GaugeRange::resolve(gauge(QStringLiteral("accurate_books"), 0.5)).source,
                 GaugeRange::Source::None);
        QCOMPARE(GaugeRange::resolve(gauge(QStringLiteral("generated"), 0.5)).source,
                 GaugeRange::Source::None);
        // A negative "ratio" is no 0–1 ratio: drawn around 0, with no arc.
        QCOMPARE(GaugeRange::resolve(gauge(QStringLiteral("ratio"), -0.1)).source,
                 GaugeRange::Source::Centred);
        QVERIFY(!GaugeRange::resolve(gauge(QStringLiteral("ratio"), -0.1)).hasArc());
    }

    void noHintNoArc()
    {
        for (double v : {1.748, 87.65, 1e-300, 0.0, -10.758, 1e300}) {
            const GaugeRange r = GaugeRange::resolve(gauge(QStringLiteral("avg_price"), v));
            // A negative value is signed: a bar around 0, still no arc.
            QCOMPARE(r.source, v < 0 ? GaugeRange::Source::Centred : GaugeRange::Source::None);
            QVERIFY(!r.hasArc());
            if (v >= 0)
                QCOMPARE(r.fraction(v), 0.0);
            QCOMPARE(r.outside(v), 0);
        }
        Question invalid = gauge(QStringLiteral("ratio"), std::nan(""));
        invalid.valueValid = false;
        QVERIFY(!GaugeRange::resolve(invalid).hasArc());
    }

    void userRangeFirst()
    {
        const auto range = std::make_optional(std::make_pair(-50.0, 50.0));
        GaugeRange r = GaugeRange::resolve(gauge(QStringLiteral("share"), 25), range);
        QCOMPARE(r.source, GaugeRange::Source::User);
        QCOMPARE(r.minimum, -50.0);
        QCOMPARE(r.fraction(25), 0.75);
        QCOMPARE(r.fraction(-50), 0.0);
        // An unusable stored range is ignored: the hint applies.
        r = GaugeRange::resolve(gauge(QStringLiteral("share"), 25), std::make_pair(5.0, 5.0));
        QCOMPARE(r.source, GaugeRange::Source::Percent);
        r = GaugeRange::resolve(gauge(QStringLiteral("x"), 25),
                                std::make_pair(0.0, std::numeric_limits<double>::infinity()));
        QCOMPARE(r.source, GaugeRange::Source::None);
        // A range near the double limits does not overflow.
        r = GaugeRange::resolve(gauge(QStringLiteral("x"), 0), std::make_pair(-1e308, 1e308));
        QCOMPARE(r.fraction(0), 0.5);
    }

    // A percentage gets 0–100 only when its value lies there: 140 % (growth) and -12.2 % (a change) are not
    // shares of a whole. A signed value without a stated range is drawn around 0, never on an invented arc.
    void percentOnlyInsideZeroHundred()
    {
        QCOMPARE(GaugeRange::resolve(gauge(QStringLiteral("share"), 100)).source,
                 GaugeRange::Source::Percent);
        QCOMPARE(GaugeRange::resolve(gauge(QStringLiteral("share"), 140)).source, GaugeRange::Source::None);
        const GaugeRange change = GaugeRange::resolve(
            gauge(QStringLiteral("revenue_change"), -12.2, QStringLiteral("Revenue change (%)")));
        QCOMPARE(change.source, GaugeRange::Source::Centred);
        QVERIFY(!change.hasArc());
        QVERIFY(change.centred());
        QCOMPARE(change.minimum, -12.2);
        QCOMPARE(change.maximum, 12.2);
        QCOMPARE(change.outside(-12.2), 0);
        // A positive change is signed too; a plain negative value as well.
        QCOMPARE(
            GaugeRange::resolve(gauge(QStringLiteral("x"), 3.5, QStringLiteral("Growth of sales"))).source,
            GaugeRange::Source::Centred);
        QCOMPARE(GaugeRange::resolve(gauge(QStringLiteral("balance"), -40)).source,
                 GaugeRange::Source::Centred);
        QCOMPARE(GaugeRange::resolve(gauge(QStringLiteral("balance"), 40)).source, GaugeRange::Source::None);
        // A stated range wins over the sign.
        QCOMPARE(
            GaugeRange::resolve(gauge(QStringLiteral("balance"), -40), std::make_pair(-100.0, 100.0)).source,
            GaugeRange::Source::User);
    }

    void unitsStatedByTheQuestion()
    {
        QCOMPARE(GaugeRange::unitOf(gauge(QStringLiteral("x"), 1, QStringLiteral("Revenue change (%)"))),
                 QStringLiteral("%"));
        QCOMPARE(GaugeRange::unitOf(
                     gauge(QStringLiteral("x"), 1, QStringLiteral("Average resolution time (hours)"))),
                 QStringLiteral("hours"));
        QCOMPARE(GaugeRange::unitOf(gauge(QStringLiteral("x"), 1, QStringLiteral("Lead time in days"))),
                 QStringLiteral("days"));
        QCOMPARE(GaugeRange::unitOf(gauge(QStringLiteral("x"), 1, QStringLiteral("Revenue (EUR)"))),
                 QStringLiteral("EUR"));
        QCOMPARE(GaugeRange::unitOf(gauge(QStringLiteral("x"), 1, QStringLiteral("Revenue in €"))),
                 QStringLiteral("€"));
        // A rate is not a unit; no unit stated is none.
        QCOMPARE(GaugeRange::unitOf(gauge(QStringLiteral("x"), 1, QStringLiteral("Books per day"))),
                 QString());
        QCOMPARE(GaugeRange::unitOf(gauge(QStringLiteral("avg_price"), 1)), QString());
        QCOMPARE(
            GaugeRange::withUnit(QStringLiteral("-12.2"), QStringLiteral("%"), QLocale(QLocale::English)),
            QStringLiteral("-12.2%"));
        QCOMPARE(GaugeRange::withUnit(QStringLiteral("-12,2"), QStringLiteral("%"), QLocale(QLocale::German)),
                 QStringLiteral("-12,2\u00A0%"));
        QCOMPARE(
            GaugeRange::withUnit(QStringLiteral("3"), QStringLiteral("hours"), QLocale(QLocale::English)),
            QStringLiteral("3\u00A0hours"));
    }

    void outsideIsClamped()
    {
        const GaugeRange r = GaugeRange::resolve(gauge(QStringLiteral("x"), 140), std::make_pair(0.0, 100.0));
        QCOMPARE(r.fraction(140), 1.0);
        QCOMPARE(r.outside(140), 1);
        QCOMPARE(r.fraction(-3), 0.0);
        QCOMPARE(r.outside(-3), -1);
        QCOMPARE(r.outside(100), 0);
        QCOMPARE(r.fraction(std::nan("")), 0.0);
    }

    void preferencesKeepRangePerModuleAndLabel()
    {
        Preferences prefs;
        QSignalSpy changed(&prefs, &Preferences::changed);
        QVERIFY(!prefs.gaugeRange(QStringLiteral("shop.books"), QStringLiteral("avg_price")));
        QVERIFY(prefs.setGaugeRange(QStringLiteral("shop.books"), QStringLiteral("avg_price"), 0, 0.1 + 0.2));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), Preferences::GaugeRangesKey);
        // Setting the same again changes nothing.
        QVERIFY(prefs.setGaugeRange(QStringLiteral("shop.books"), QStringLiteral("avg_price"), 0, 0.1 + 0.2));
        QCOMPARE(changed.size(), 1);
        // Read back bit for bit by a new object, and only for that module and label.
        Preferences other;
        const auto range = other.gaugeRange(QStringLiteral("shop.books"), QStringLiteral("avg_price"));
        QVERIFY(range);
        QCOMPARE(range->first, 0.0);
        QCOMPARE(range->second, 0.1 + 0.2);
        QVERIFY(!other.gaugeRange(QStringLiteral("shop.authors"), QStringLiteral("avg_price")));
        QVERIFY(!other.gaugeRange(QStringLiteral("shop.books"), QStringLiteral("avg_prices")));
        // Invalid ranges are refused.
        QVERIFY(!prefs.setGaugeRange(QStringLiteral("m"), QStringLiteral("l"), 5, 1));
        QVERIFY(!prefs.setGaugeRange(QStringLiteral("m"), QStringLiteral("l"), 0, std::nan("")));
        QVERIFY(!prefs.gaugeRange(QStringLiteral("m"), QStringLiteral("l")));
        // Module and label may hold anything, slashes and '|' included.
        const QString oddModule = QStringLiteral("a/b|c [x]=%"), oddLabel = QStringLiteral("über/share|1");
        QVERIFY(prefs.setGaugeRange(oddModule, oddLabel, -1e300, 1e-300));
        const auto odd = other.gaugeRange(oddModule, oddLabel);
        QVERIFY(odd);
        QCOMPARE(odd->first, -1e300);
        QCOMPARE(odd->second, 1e-300);
        const QList<Preferences::GaugeRangeEntry> all = other.gaugeRanges();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).appModule, oddModule);
        QCOMPARE(all.at(0).label, oddLabel);
        QCOMPARE(all.at(1).appModule, QStringLiteral("shop.books"));
        QCOMPARE(all.at(1).maximum, 0.1 + 0.2);
        // Restore Defaults keeps them (they are data about questions, like the recent files); clear removes.
        prefs.resetToDefaults();
        QCOMPARE(other.gaugeRanges().size(), 2);
        changed.clear();
        prefs.clearGaugeRange(oddModule, oddLabel);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!other.gaugeRange(oddModule, oddLabel));
        QCOMPARE(other.gaugeRanges().size(), 1);
        // Junk in the settings file falls back to no range.
        QSettings().setValue(Preferences::GaugeRangesKey + QStringLiteral("/x|y"),
                             QStringLiteral("nonsense"));
        QVERIFY(!other.gaugeRange(QStringLiteral("x"), QStringLiteral("y")));
        QCOMPARE(other.gaugeRanges().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestGaugeRange)
#include "tst_gaugerange.moc"
