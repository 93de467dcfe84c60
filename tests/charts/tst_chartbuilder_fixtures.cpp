// SPDX-License-Identifier: MIT
// ChartBuilder on every chart of the upstream all-kinds fixture: series type, series and point counts,
// values, axis types and titles, chart titles — the values listed by sqlite3 on the file.
#include "chartbuilder.h"
#include "chartprobe.h"
#include "testsupport.h"
#include "timeaxis.h"
#include "timestamp.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <memory>

using namespace iv;

namespace {
QString allKinds()
{
    return ivtest::fixturePath(QStringLiteral("bookstore/insights-all-kinds.db"));
}
QAbstractAxis *axis(QChart *chart, Qt::Orientation o)
{
    const auto axes = chart->axes(o);
    return axes.isEmpty() ? nullptr : axes.first();
}
std::unique_ptr<QChart> build(const QString &label, ChartNotes *notes = nullptr)
{
    const auto b = ivtest::loadBucket(allKinds(), label);
    return std::unique_ptr<QChart>(ChartBuilder::build(b.question, b.values, ChartStyle(), notes));
}
QList<qreal> barValues(QBarSet *set)
{
    QList<qreal> out;
    for (int i = 0; i < set->count(); ++i)
        out << set->at(i);
    return out;
}
} // namespace

class TestChartBuilderFixtures : public QObject
{
    Q_OBJECT

private slots:
    void timeseries_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("points");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("xTitle");
        QTest::addColumn<QString>("yTitle");
        QTest::addColumn<QString>("title");
        QTest::newRow("books_per_day") << "books_per_day" << 2713 << "2016-11-29"
                                       << "Day"
                                       << "Books"
                                       << "Daily additions";
        QTest::newRow("books_per_week") << "books_per_week" << 522 << "2016-11-28"
                                        << "Week"
                                        << "Books"
                                        << "";
        QTest::newRow("per_month") << "num_of_books_per_month" << 121 << "2016-11-01"
                                   << "Month"
                                   << "Num of books"
                                   << "";
        QTest::newRow("per_year") << "num_of_books_per_year" << 11 << "2016-01-01"
                                  << "Year"
                                  << "Num of books"
                                  << "";
    }
    void timeseries()
    {
        QFETCH(QString, label);
        QFETCH(int, points);
        ChartNotes notes;
        auto chart = build(label, &notes);
        QVERIFY(chart);
        // One line, broken into pieces where days of a daily series are missing: every point on one of them.
        auto *line = qobject_cast<QLineSeries *>(chart->series().first());
        QVERIFY(line);
        QVERIFY(line->pointsVisible());
        int total = 0;
        for (QAbstractSeries *s : chart->series()) {
            auto *piece = qobject_cast<QLineSeries *>(s);
            QVERIFY(piece);
            QCOMPARE(piece->pen(), line->pen());
            total += int(piece->count());
        }
        QCOMPARE(total, points);
        QCOMPARE(notes.skipped, 0);
        QFETCH(QString, first);
        QCOMPARE(Timestamp::formatDjango(ChartBuilder::timestampForChartX(line->at(0).x())).left(10), first);
        QVERIFY(qobject_cast<QCategoryAxis *>(axis(chart.get(), Qt::Horizontal)));
        QVERIFY(qobject_cast<QValueAxis *>(axis(chart.get(), Qt::Vertical)));
        QTEST(axis(chart.get(), Qt::Horizontal)->titleText(), "xTitle");
        QTEST(axis(chart.get(), Qt::Vertical)->titleText(), "yTitle");
        QTEST(chart->title(), "title");
    }

    // Calendar ticks named by the bucket's xformat where it fits the step: every label is the xformat (or
    // the viewer's own calendar label) of the very instant under it.
    void timeAxisLabelsItsTicks()
    {
        for (const char *label :
             {"books_per_day", "num_of_books_per_year", "num_of_books_per_month", "books_per_week"}) {
            auto chart = build(QString::fromLatin1(label));
            TimeAxis *time = TimeAxis::of(chart.get());
            QVERIFY(time);
            const TimeTicks::Result &r = time->ticks();
            QVERIFY2(r.ticks.size() >= 4 && r.ticks.size() <= 12, label);
            for (const TimeTicks::Tick &t : r.ticks) {
                QVERIFY(TimeTicks::isBoundary(t.ms, r.step));
                if (!r.fromXformat)
                    QCOMPARE(t.label, TimeTicks::ownLabel(t.ms, r.step.unit));
            }
        }
        auto year = build(QStringLiteral("num_of_books_per_year"));
        const TimeTicks::Result &y = TimeAxis::of(year.get())->ticks();
        QCOMPARE(y.step.unit, TimeTicks::Unit::Year);
        QVERIFY(y.fromXformat);
        for (const TimeTicks::Tick &t : y.ticks)
            QCOMPARE(t.text(), Timestamp::strftime(QStringLiteral("%Y"), t.ms * 1000));
    }

    void scatterTwoCategories()
    {
        auto chart = build(QStringLiteral("title_length_vs_age"));
        QCOMPARE(chart->series().size(), 2);
        auto *female = qobject_cast<QScatterSeries *>(chart->series().at(0));
        auto *male = qobject_cast<QScatterSeries *>(chart->series().at(1));
        QVERIFY(female && male);
        QCOMPARE(female->name(), QStringLiteral("Female")); // first appearance: row 3664
        QCOMPARE(male->name(), QStringLiteral("Male"));
        QCOMPARE(female->count(), 802);
        QCOMPARE(male->count(), 698);
        QVERIFY(chart->legend()->isVisible());
        QCOMPARE(axis(chart.get(), Qt::Horizontal)->titleText(), QStringLiteral("Title length"));
        QCOMPARE(axis(chart.get(), Qt::Vertical)->titleText(), QStringLiteral("Author age"));

        auto authors = build(QStringLiteral("author_age_vs_num_of_books"));
        QCOMPARE(authors->series().size(), 1);
        QCOMPARE(qobject_cast<QScatterSeries *>(authors->series().first())->count(), 80);
        // row 347: xvalue 55, yvalue 0 → point (0, 55)
        QCOMPARE(qobject_cast<QScatterSeries *>(authors->series().first())->at(0), QPointF(0, 55));
        QCOMPARE(axis(authors.get(), Qt::Horizontal)->titleText(), QStringLiteral("Age"));
    }

    void barcharts()
    {
        auto decades = build(QStringLiteral("authors_per_decade"));
        auto *bars = qobject_cast<QBarSeries *>(decades->series().first());
        QVERIFY(bars);
        QCOMPARE(barValues(bars->barSets().first()), (QList<qreal>{250, 250, 253, 244, 252, 280, 234, 237}));
        auto *categories = qobject_cast<QBarCategoryAxis *>(axis(decades.get(), Qt::Horizontal));
        QVERIFY(categories);
        QCOMPARE(categories->categories(),
                 QStringLiteral("0s 10s 20s 30s 40s 50s 60s 70s").split(QLatin1Char(' ')));
        QCOMPARE(categories->titleText(), QStringLiteral("Decade"));
        QCOMPARE(axis(decades.get(), Qt::Vertical)->titleText(), QStringLiteral("Authors"));

        auto gender = build(QStringLiteral("author_gender_vs_num_of_books"));
        auto *gbars = qobject_cast<QBarSeries *>(gender->series().first());
        QCOMPARE(barValues(gbars->barSets().first()), (QList<qreal>{2424, 2576}));
        QCOMPARE(qobject_cast<QBarCategoryAxis *>(axis(gender.get(), Qt::Horizontal))->categories(),
                 (QStringList{QStringLiteral("Male"), QStringLiteral("Female")}));
    }

    void hbarchartTopAuthors()
    {
        auto chart = build(QStringLiteral("top_authors"));
        auto *bars = qobject_cast<QHorizontalBarSeries *>(chart->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->count(), 1);
        QBarSet *set = bars->barSets().first();
        QCOMPARE(set->count(), 15);
        auto *categories = qobject_cast<QBarCategoryAxis *>(axis(chart.get(), Qt::Vertical));
        QVERIFY(categories);
        QCOMPARE(categories->count(), 15);
        // Top of the chart (last category): the first 8-book author in file order; bottom: the last 7-book
        // one.
        // Labelled as upstream labels them (category[:30] + "..:" + int(yvalue)): "Angela Wright..:18".
        QCOMPARE(categories->categories().last(), QStringLiteral("Angela Wright: 18"));
        QCOMPARE(set->at(14), 8.0);
        QCOMPARE(categories->categories().first(), QStringLiteral("Jamie Mccarthy: 74"));
        QCOMPARE(set->at(0), 7.0);
        for (int i = 1; i < 15; ++i)
            QVERIFY(set->at(i - 1) <= set->at(i));
        QCOMPARE(categories->titleText(), QStringLiteral("Author"));
        QCOMPARE(axis(chart.get(), Qt::Horizontal)->titleText(), QStringLiteral("Books"));
    }

    void everyChartRendersItsTitles()
    {
        auto chart = build(QStringLiteral("books_per_day"));
        const QStringList texts = ivtest::renderedTexts(chart.get());
        QVERIFY2(texts.contains(QStringLiteral("Daily additions")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("Day")));
        QVERIFY(texts.contains(QStringLiteral("Books")));
        // Ten years of days: one calendar year per tick, each shown once (not the range's first instant).
        QVERIFY2(texts.contains(QStringLiteral("2018")), qPrintable(texts.join(QLatin1Char('|'))));
        QCOMPARE(texts.count(QStringLiteral("2018")), 1);
        QVERIFY(!texts.contains(QStringLiteral("2016-11-29")));
    }
};

QTEST_MAIN(TestChartBuilderFixtures)
#include "tst_chartbuilder_fixtures.moc"
