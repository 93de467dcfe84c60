// SPDX-License-Identifier: MIT
// The calendar tick generator: property tests over random spans and widths, and the axes of real buckets.
#include "timestamp.h"
#include "timeticks.h"
#include "translations.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace iv;
using Unit = TimeTicks::Unit;

namespace {

qint64 ms(const char *text)
{
    const qint64 us = Timestamp::parseUtcMicros(QString::fromLatin1(text));
    Q_ASSERT(us != Timestamp::Invalid);
    return us / 1000;
}

QStringList labels(const TimeTicks::Result &r)
{
    QStringList out;
    for (const TimeTicks::Tick &t : r.ticks)
        out << t.text();
    return out;
}

const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

int monthOf(const QString &name)
{
    for (int i = 0; i < 12; ++i)
        if (name == QLatin1String(kMonths[i]))
            return i + 1;
    return 0;
}

// Reads a tick back the way a person reads the axis: its label, completed by the last context shown at or
// before it. Returns the instant in ms, or Invalid when the text does not parse.
qint64 readBack(const QString &label, const QString &context, Unit unit)
{
    int year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0, milli = 0;
    bool ok = true;
    auto num = [&ok](const QString &s) {
        bool good = false;
        const int v = s.toInt(&good);
        ok = ok && good;
        return v;
    };
    auto date = [&](const QString &text) { // "4 Mar 2024"
        const QStringList p = text.split(QLatin1Char(' '));
        ok = ok && p.size() == 3;
        if (p.size() == 3) {
            day = num(p.at(0));
            month = monthOf(p.at(1));
            year = num(p.at(2));
        }
    };
    switch (unit) {
    case Unit::Millisecond:
    case Unit::Second:
    case Unit::Minute:
    case Unit::Hour: {
        date(context);
        const QStringList hms = label.split(QLatin1Char(':'));
        ok = ok && hms.size() == (unit == Unit::Millisecond || unit == Unit::Second ? 3 : 2);
        hour = num(hms.value(0));
        minute = num(hms.value(1));
        if (hms.size() == 3) {
            const QStringList sf = hms.at(2).split(QLatin1Char('.'));
            second = num(sf.value(0));
            ok = ok && (sf.size() == 2) == (unit == Unit::Millisecond);
            if (sf.size() == 2)
                milli = num(sf.at(1));
        }
        break;
    }
    case Unit::Day:
    case Unit::Week: {
        const QStringList p = label.split(QLatin1Char(' '));
        ok = ok && p.size() == 2;
        day = num(p.value(0));
        month = monthOf(p.value(1));
        year = num(context);
        break;
    }
    case Unit::Month:
        month = monthOf(label);
        year = num(context);
        break;
    case Unit::Year:
        year = num(label);
        break;
    }
    if (!ok || month == 0)
        return Timestamp::Invalid;
    const QString text = QStringLiteral("%1-%2-%3 %4:%5:%6.%7")
                             .arg(year, 4, 10, QLatin1Char('0'))
                             .arg(month, 2, 10, QLatin1Char('0'))
                             .arg(day, 2, 10, QLatin1Char('0'))
                             .arg(hour, 2, 10, QLatin1Char('0'))
                             .arg(minute, 2, 10, QLatin1Char('0'))
                             .arg(second, 2, 10, QLatin1Char('0'))
                             .arg(milli, 3, 10, QLatin1Char('0'));
    const qint64 us = Timestamp::parseUtcMicros(text);
    return us == Timestamp::Invalid ? us : us / 1000;
}

} // namespace

class TestTimeTicks : public QObject
{
    Q_OBJECT

private slots:
    // Month and weekday names of an xformat in the UI language, on the axis and in text alike; English keeps
    // Python's names, and a literal "%%b" stays literal.
    void namesInTheUiLanguage()
    {
        const qint64 us = ms("2024-03-14 05:00:00") * 1000;
        QCOMPARE(TimeTicks::localStrftime(QStringLiteral("%d %b %Y, %A"), us),
                 QStringLiteral("14 Mar 2024, Thursday"));
        Translations::instance()->apply(QStringLiteral("de"));
        const QLocale de = Translations::localeFor(QStringLiteral("de"));
        QCOMPARE(TimeTicks::localStrftime(QStringLiteral("%d %b %Y, %A %%b"), us),
                 QStringLiteral("14 ") + de.monthName(3, QLocale::ShortFormat) +
                     QStringLiteral(" 2024, Donnerstag %b"));
        QCOMPARE(TimeTicks::localStrftime(QStringLiteral("%^B"), us), QStringLiteral("MÄRZ"));
        TimeTicks::Options options;
        options.xformat = QStringLiteral("%b %Y");
        const TimeTicks::Result r =
            TimeTicks::generate(ms("2024-01-01 00:00:00"), ms("2024-06-01 00:00:00"), 800, options);
        Translations::instance()->apply(QStringLiteral("nl"));
        const QLocale nl = Translations::localeFor(QStringLiteral("nl"));
        const TimeTicks::Result dutch =
            TimeTicks::generate(ms("2024-01-01 00:00:00"), ms("2024-06-01 00:00:00"), 800, options);
        const QString weekday = TimeTicks::localStrftime(QStringLiteral("%A %B"), us);
        Translations::instance()->apply(QStringLiteral("en"));
        QVERIFY(r.fromXformat);
        QVERIFY2(labels(r).contains(QStringLiteral("Mai 2024")), qPrintable(labels(r).join(u'|')));
        // Dutch: "mei 2024" on the axis, "donderdag maart" in words.
        const QString may = nl.monthName(5, QLocale::ShortFormat) + QStringLiteral(" 2024");
        QVERIFY(may != QStringLiteral("May 2024"));
        QVERIFY2(labels(dutch).contains(may), qPrintable(labels(dutch).join(u'|')));
        QCOMPARE(weekday, QStringLiteral("donderdag maart"));
    }

    // Random spans from one second to a century, anywhere in 1900-2100, at widths of 200-2000 px.
    void properties()
    {
        QRandomGenerator rng(20261202);
        const double minSpan = 1000, maxSpan = 100 * 365.2425 * 86400000.0;
        QSet<int> unitsSeen;
        for (int run = 0; run < 4000; ++run) {
            const double span = minSpan * std::pow(maxSpan / minSpan, rng.generateDouble());
            const qint64 lo = ms("1900-01-01") + qint64(rng.generateDouble() * 200 * 365.2425 * 86400000.0);
            const qint64 hi = lo + qint64(span);
            const double width = 200 + rng.bounded(1801);
            const TimeTicks::Result r = TimeTicks::generate(lo, hi, width);
            const QString where = QStringLiteral("run %1: %2 .. %3 at %4 px")
                                      .arg(run)
                                      .arg(Timestamp::formatIso(lo * 1000), Timestamp::formatIso(hi * 1000))
                                      .arg(width);
            QVERIFY2(r.ticks.size() >= 4 && r.ticks.size() <= 12,
                     qPrintable(where + QStringLiteral(": %1 ticks").arg(r.ticks.size())));
            unitsSeen.insert(int(r.step.unit));
            QSet<QString> seen, shown;
            QString shownContext;
            for (int i = 0; i < r.ticks.size(); ++i) {
                const TimeTicks::Tick &t = r.ticks.at(i);
                QVERIFY2(t.ms >= lo && t.ms <= hi, qPrintable(where));
                QVERIFY2(TimeTicks::isBoundary(t.ms, r.step),
                         qPrintable(where + QLatin1Char(' ') + t.text()));
                if (i > 0)
                    QCOMPARE(TimeTicks::next(r.ticks.at(i - 1).ms, r.step), t.ms);
                const QString key = t.label + QLatin1Char('|') + t.context;
                QVERIFY2(!seen.contains(key), qPrintable(where + QStringLiteral(": repeated ") + key));
                seen.insert(key);
                QVERIFY2(!shown.contains(t.text()),
                         qPrintable(where + QStringLiteral(": reads twice ") + t.text()));
                shown.insert(t.text());
                if (i == 0 && !t.context.isEmpty())
                    QVERIFY2(t.showContext, qPrintable(where));
                if (t.showContext)
                    shownContext = t.context;
                QCOMPARE(shownContext, t.context); // the context in view is the tick's own
                QVERIFY2(
                    readBack(t.label, shownContext, r.step.unit) == t.ms,
                    qPrintable(where + QStringLiteral(": \"%1\" / \"%2\" is not %3")
                                           .arg(t.label, shownContext, Timestamp::formatIso(t.ms * 1000))));
            }
            // Wider axes never get fewer ticks for the same span.
            const TimeTicks::Result wider = TimeTicks::generate(lo, hi, width * 2);
            QVERIFY2(wider.ticks.size() >= r.ticks.size() || wider.step.approxMs() <= r.step.approxMs(),
                     qPrintable(where));
        }
        QVERIFY(unitsSeen.size() >= 7); // from seconds/milliseconds to years
    }

    // About one label per 100 px where the span allows it.
    void density()
    {
        const qint64 lo = ms("2020-01-01"), hi = ms("2024-01-01");
        QCOMPARE(TimeTicks::generate(lo, hi, 400).ticks.size(), 5); // yearly
        const TimeTicks::Result wide = TimeTicks::generate(lo, hi, 1200);
        QVERIFY(wide.ticks.size() >= 8 && wide.ticks.size() <= 12);
        QCOMPARE(wide.step.unit, Unit::Month);
    }

    // The yearly fixture bucket (2016-2026, "%Y"): every tick names its own year, and when the axis has room
    // for one tick a year the tick under the 2021 point is labelled 2021 (QDateTimeAxis put "2020" there).
    void yearlyFixture()
    {
        const qint64 lo = ms("2016-01-01"), hi = ms("2026-01-01");
        const qint64 pad = (hi - lo) * 3 / 100;
        for (double width : {300.0, 500.0, 700.0, 1000.0, 1200.0, 2000.0}) {
            TimeTicks::Options o;
            o.xformat = QStringLiteral("%Y");
            const TimeTicks::Result r = TimeTicks::generate(lo - pad, hi + pad, width, o);
            QCOMPARE(r.step.unit, Unit::Year);
            QVERIFY(r.fromXformat);
            for (const TimeTicks::Tick &t : r.ticks)
                QCOMPARE(t.text(), Timestamp::strftime(QStringLiteral("%Y"), t.ms * 1000));
            if (width >= 1100) {
                QCOMPARE(r.step.count, 1);
                bool found = false;
                for (const TimeTicks::Tick &t : r.ticks)
                    if (t.ms == ms("2021-01-01")) {
                        QCOMPARE(t.text(), QStringLiteral("2021"));
                        found = true;
                    }
                QVERIFY(found);
            }
        }
    }

    // Three years of yearly points no longer read "2022 2022 2022 2023 …": months with the year where it
    // changes, or one label per year.
    void yearlyNoRepeats()
    {
        TimeTicks::Options o;
        o.xformat = QStringLiteral("%Y");
        const TimeTicks::Result r = TimeTicks::generate(ms("2022-01-01"), ms("2024-01-01"), 700, o);
        const QStringList l = labels(r);
        QCOMPARE(QSet<QString>(l.begin(), l.end()).size(), l.size());
        QCOMPARE(r.step.unit, Unit::Month);
        QVERIFY(!r.fromXformat); // "%Y" cannot name months
        QCOMPARE(l, QStringList({QStringLiteral("Jan\n2022"), QStringLiteral("Jul\n2022"),
                                 QStringLiteral("Jan\n2023"), QStringLiteral("Jul\n2023"),
                                 QStringLiteral("Jan\n2024")}));
    }

    // A monthly bucket ("%Y-%m"): the April point sits on the tick labelled 2023-04.
    void monthlyXformat()
    {
        TimeTicks::Options o;
        o.xformat = QStringLiteral("%Y-%m");
        const TimeTicks::Result r = TimeTicks::generate(ms("2023-01-01"), ms("2023-08-01"), 900, o);
        QCOMPARE(r.step.unit, Unit::Month);
        QCOMPARE(r.step.count, 1);
        QVERIFY(r.fromXformat);
        QCOMPARE(labels(r),
                 QStringList({QStringLiteral("2023-01"), QStringLiteral("2023-02"), QStringLiteral("2023-03"),
                              QStringLiteral("2023-04"), QStringLiteral("2023-05"), QStringLiteral("2023-06"),
                              QStringLiteral("2023-07"), QStringLiteral("2023-08")}));
        QCOMPARE(r.ticks.at(3).ms, ms("2023-04-01"));
        // "%b %Y" names the year itself: no context line.
        o.xformat = QStringLiteral("%b %Y");
        const TimeTicks::Result b = TimeTicks::generate(ms("2023-11-01"), ms("2024-03-01"), 600, o);
        QCOMPARE(labels(b), QStringList({QStringLiteral("Nov 2023"), QStringLiteral("Dec 2023"),
                                         QStringLiteral("Jan 2024"), QStringLiteral("Feb 2024"),
                                         QStringLiteral("Mar 2024")}));
        // "%m" alone (the monthly fixture) gets the year as context where it changes.
        o.xformat = QStringLiteral("%m");
        const TimeTicks::Result m = TimeTicks::generate(ms("2023-11-01"), ms("2024-03-01"), 600, o);
        QCOMPARE(labels(m),
                 QStringList({QStringLiteral("11\n2023"), QStringLiteral("12"), QStringLiteral("01\n2024"),
                              QStringLiteral("02"), QStringLiteral("03")}));
    }

    // "%d %b" daily bucket at a day step; the year joins where it changes.
    void dailyXformat()
    {
        TimeTicks::Options o;
        o.xformat = QStringLiteral("%d %b");
        const TimeTicks::Result r = TimeTicks::generate(ms("2023-12-29"), ms("2024-01-03"), 700, o);
        QCOMPARE(r.step.unit, Unit::Day);
        QCOMPARE(labels(r), QStringList({QStringLiteral("29 Dec\n2023"), QStringLiteral("30 Dec"),
                                         QStringLiteral("31 Dec"), QStringLiteral("01 Jan\n2024"),
                                         QStringLiteral("02 Jan"), QStringLiteral("03 Jan")}));
    }

    // Eleven days of seconds with "%H:%M": days, never "00:00 22:17 20:35 …".
    void hoursAndMinutesOverDays()
    {
        TimeTicks::Options o;
        o.xformat = QStringLiteral("%H:%M");
        const qint64 lo = ms("2024-03-01 00:00:07"), hi = ms("2024-03-12 00:00:03");
        const TimeTicks::Result r = TimeTicks::generate(lo, hi, 1000, o);
        QCOMPARE(r.step.unit, Unit::Day);
        QVERIFY(!r.fromXformat);
        QCOMPARE(r.ticks.first().text(), QStringLiteral("2 Mar\n2024"));
        for (int i = 1; i < r.ticks.size(); ++i)
            QVERIFY(r.ticks.at(i).ms > r.ticks.at(i - 1).ms);
        // Zoomed into one evening: "%H:%M" names the minutes, the date is the context.
        const TimeTicks::Result z =
            TimeTicks::generate(ms("2024-03-05 23:41"), ms("2024-03-06 00:19"), 800, o);
        QCOMPARE(z.step.unit, Unit::Minute);
        QVERIFY(z.fromXformat);
        QCOMPARE(labels(z).first(), QStringLiteral("23:45\n5 Mar 2024"));
        QVERIFY(labels(z).contains(QStringLiteral("00:00\n6 Mar 2024")));
    }

    // "%Y-W%W" names weeks; %W is a number, not "2024-04-01".
    void weeks()
    {
        TimeTicks::Options o;
        o.xformat = QStringLiteral("%Y-W%W");
        const TimeTicks::Result r = TimeTicks::generate(ms("2024-03-20"), ms("2024-05-10"), 1000, o);
        QCOMPARE(r.step.unit, Unit::Week);
        QVERIFY(r.fromXformat);
        QCOMPARE(labels(r).first(), QStringLiteral("2024-W13"));
        QCOMPARE(r.ticks.first().ms, ms("2024-03-25")); // a Monday
        QVERIFY(labels(r).contains(QStringLiteral("2024-W14")));
        // Across New Year: W53 of 2024 then W01 of 2025, both on Mondays.
        const TimeTicks::Result y = TimeTicks::generate(ms("2024-12-01"), ms("2025-02-01"), 1000, o);
        QVERIFY(labels(y).contains(QStringLiteral("2024-W53")));
        QVERIFY(labels(y).contains(QStringLiteral("2025-W01")));
        // "%W" alone (the weekly fixture): the year is the context.
        o.xformat = QStringLiteral("%W");
        const TimeTicks::Result w = TimeTicks::generate(ms("2024-12-01"), ms("2025-02-01"), 1000, o);
        QVERIFY(labels(w).contains(QStringLiteral("01\n2025")));
        // "%U" counts weeks from Sunday: its ticks are Sundays.
        o.xformat = QStringLiteral("%Y-U%U");
        const TimeTicks::Result u = TimeTicks::generate(ms("2024-03-20"), ms("2024-05-10"), 1000, o);
        QCOMPARE(u.step.unit, Unit::Week);
        QCOMPARE(Timestamp::strftime(QStringLiteral("%a"), u.ticks.first().ms * 1000), QStringLiteral("Sun"));
    }

    // A pattern that would repeat ("%a" over weeks) is not used.
    void repeatingXformatFallsBack()
    {
        TimeTicks::Options o;
        o.xformat = QStringLiteral("%a");
        const TimeTicks::Result r = TimeTicks::generate(ms("2024-03-01"), ms("2024-03-20"), 1000, o);
        QCOMPARE(r.step.unit, Unit::Day);
        QVERIFY(!r.fromXformat);
        const QStringList l = labels(r);
        QCOMPARE(QSet<QString>(l.begin(), l.end()).size(), l.size());
    }

    // Year 0 and 9999 boundaries, and ranges that hold nothing.
    void extremes()
    {
        const TimeTicks::Result r = TimeTicks::generate(ms("0000-01-01"), ms("0010-01-01"), 800);
        QCOMPARE(r.ticks.first().text(), QStringLiteral("0"));
        QCOMPARE(TimeTicks::generate(ms("9990-01-01"), ms("9999-12-31"), 1200).ticks.last().text(),
                 QStringLiteral("9999"));
        QVERIFY(TimeTicks::generate(5, 5, 800).ticks.isEmpty());
        QVERIFY(TimeTicks::generate(6, 5, 800).ticks.isEmpty());
        // One millisecond-level second: millisecond steps.
        const TimeTicks::Result s =
            TimeTicks::generate(ms("2024-01-01 12:00:00"), ms("2024-01-01 12:00:01"), 800);
        QCOMPARE(s.step.unit, Unit::Millisecond);
        QCOMPARE(s.ticks.first().text(), QStringLiteral("12:00:00.000\n1 Jan 2024"));
    }

    void floorAndNext()
    {
        const TimeTicks::Step month{Unit::Month, 3};
        QCOMPARE(TimeTicks::floor(ms("2024-05-17 13:00"), month), ms("2024-04-01"));
        QCOMPARE(TimeTicks::next(ms("2024-10-01"), month), ms("2025-01-01"));
        const TimeTicks::Step week{Unit::Week, 1};
        QCOMPARE(TimeTicks::floor(ms("2024-04-03"), week), ms("2024-04-01"));
        QCOMPARE(TimeTicks::floor(ms("2024-04-03"), week, true), ms("2024-03-31"));
        QCOMPARE(TimeTicks::floor(ms("1969-12-31 23:59:59"), TimeTicks::Step{Unit::Hour, 6}),
                 ms("1969-12-31 18:00"));
        QCOMPARE(TimeTicks::floor(ms("2023-06-01"), TimeTicks::Step{Unit::Year, 5}), ms("2020-01-01"));
        Unit u;
        QVERIFY(TimeTicks::granularity(QStringLiteral("%Y-%m"), &u));
        QCOMPARE(u, Unit::Month);
        QVERIFY(TimeTicks::granularity(QStringLiteral("%H:%M"), &u));
        QCOMPARE(u, Unit::Minute);
        QVERIFY(!TimeTicks::granularity(QStringLiteral("week"), &u));
    }

    // The series' period from its values: the tick step is never finer, and steps of the period's unit only
    // in multiples of it.
    void periodDetected_data()
    {
        QTest::addColumn<QByteArrayList>("instants");
        QTest::addColumn<int>("unit");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("missing");
        QTest::newRow("yearly") << QByteArrayList{"2022-01-01", "2023-01-01", "2024-01-01"} << int(Unit::Year)
                                << 1 << 0;
        QTest::newRow("yearly gap") << QByteArrayList{"2020-01-01", "2021-01-01", "2023-01-01"}
                                    << int(Unit::Year) << 1 << 1;
        QTest::newRow("quarterly") << QByteArrayList{"2022-01-01", "2022-04-01", "2022-07-01", "2022-10-01",
                                                     "2023-01-01"}
                                   << int(Unit::Month) << 3 << 0;
        QTest::newRow("quarterly gap")
            << QByteArrayList{"2022-01-01", "2022-04-01", "2022-10-01", "2023-01-01"} << int(Unit::Month) << 3
            << 1;
        QTest::newRow("monthly") << QByteArrayList{"2024-01-01", "2024-02-01", "2024-03-01", "2024-05-01"}
                                 << int(Unit::Month) << 1 << 1;
        QTest::newRow("weekly") << QByteArrayList{"2024-01-01", "2024-01-08", "2024-01-15", "2024-01-29"}
                                << int(Unit::Week) << 1 << 1;
        QTest::newRow("daily") << QByteArrayList{"2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04"}
                               << int(Unit::Day) << 1 << 0;
        QTest::newRow("hourly gap") << QByteArrayList{"2024-03-14 03:00:00", "2024-03-14 04:00:00",
                                                      "2024-03-14 06:00:00", "2024-03-14 07:00:00"}
                                    << int(Unit::Hour) << 1 << 1;
    }
    void periodDetected()
    {
        QFETCH(QByteArrayList, instants);
        QVector<double> xs;
        for (const QByteArray &i : instants)
            xs << double(ms(i.constData()));
        TimeTicks::Step period;
        bool sunday = true;
        QVERIFY(TimeTicks::detectPeriod(xs, &period, &sunday));
        QTEST(int(period.unit), "unit");
        QTEST(period.count, "count");
        QVERIFY(!sunday);
        qint64 first = 0;
        QTEST(int(TimeTicks::missingSteps(xs, period, false, &first)), "missing");
        // Ticks over the series at any width: never finer than the period.
        for (double width : {200.0, 800.0, 1920.0, 4000.0}) {
            TimeTicks::Options o;
            o.period = period;
            o.minTicks = 2;
            const TimeTicks::Result r = TimeTicks::generate(qint64(xs.first()), qint64(xs.last()), width, o);
            QVERIFY(!r.ticks.isEmpty());
            QVERIFY2(r.step.approxMs() >= period.approxMs() * 0.999, qPrintable(QString::number(width)));
            if (r.step.unit == period.unit)
                QCOMPARE(r.step.count % period.count, 0);
            for (const TimeTicks::Tick &t : r.ticks)
                QVERIFY(TimeTicks::isBoundary(t.ms, period));
        }
    }

    void quarterTicksOnQuarterStarts()
    {
        TimeTicks::Options o;
        o.period = {Unit::Month, 3};
        o.minTicks = 2;
        const TimeTicks::Result r = TimeTicks::generate(ms("2022-01-01"), ms("2023-10-01"), 4000, o);
        QCOMPARE(r.step.unit, Unit::Month);
        QCOMPARE(r.step.count, 3);
        for (const TimeTicks::Tick &t : r.ticks) {
            const int month = monthOf(t.label);
            QVERIFY2(month == 1 || month == 4 || month == 7 || month == 10, qPrintable(t.label));
        }
        // A yearly series of three points at full width: years, never quarters.
        o.period = {Unit::Year, 1};
        const TimeTicks::Result y = TimeTicks::generate(ms("2021-12-10"), ms("2024-01-20"), 1920, o);
        QCOMPARE(y.step.unit, Unit::Year);
        QCOMPARE(labels(y),
                 (QStringList{QStringLiteral("2022"), QStringLiteral("2023"), QStringLiteral("2024")}));
    }

    void noPeriodWithoutRegularInstants()
    {
        TimeTicks::Step period;
        QVERIFY(!TimeTicks::detectPeriod({}, &period));
        QVERIFY(!TimeTicks::detectPeriod({1000.0}, &period));
        // Instants on no whole second.
        QVERIFY(!TimeTicks::detectPeriod({1.5, 3.25, 9.0}, &period));
    }
};

QTEST_GUILESS_MAIN(TestTimeTicks)
#include "tst_timeticks.moc"
