// SPDX-License-Identifier: MIT
// The cookbook in docs/COLLECT.md: every recipe (tests/data/cookbook/sqlite/NAME.sql and postgresql/NAME.sql)
// runs on upstream's testapp.db and on the same rows in the PostgreSQL cluster the suite starts, through the
// collect's own read-only sources and row shaping. Both engines must give the same stored rows, equal to what
// this test computes in C++ from the raw rows, and to the values upstream's collect_insights wrote into the
// fixtures where upstream has that metric.
#include "sqlprovider.h"
#include "sqlsource.h"
#include "testsupport.h"
#include "timestamp.h"

#include <QDate>
#include <QMap>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace {

struct Book
{
    qlonglong id = 0;
    QString created, modified, title;
    qlonglong author = 0;
};

struct Author
{
    qlonglong id = 0;
    int gender = 0, age = 0;
    QString name;
};

QString recipeText(const QString &engine, const QString &name)
{
    return ivtest::readText(ivtest::dataPath(QStringLiteral("cookbook/%1/%2.sql").arg(engine, name)));
}

// Stored rows as text: "timestamp|xvalue|yvalue|category" (or the gauge/counter value), numbers exact.
QStringList lines(const iv::CollectedMetric &m)
{
    if (m.kind == iv::MetricKind::Counter)
        return {QString::number(m.intValue)};
    if (m.kind == iv::MetricKind::Gauge)
        return {QString::number(m.value, 'g', 17)};
    QStringList out;
    for (const iv::MetricPoint &p : m.points)
        out << QStringLiteral("%1|%2|%3|%4")
                   .arg(p.timestamp.isNull() ? QStringLiteral("NULL") : p.timestamp,
                        QString::number(p.x, 'g', 17), QString::number(p.y, 'g', 17),
                        p.category.isNull() ? QStringLiteral("NULL") : p.category);
    return out;
}

QString point(const QString &timestamp, double x, double y = 0, const QString &category = QString())
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(timestamp.isNull() ? QStringLiteral("NULL") : timestamp, QString::number(x, 'g', 17),
             QString::number(y, 'g', 17), category.isNull() ? QStringLiteral("NULL") : category);
}

QStringList series(const QMap<QString, int> &counts)
{
    QStringList out;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        out << point(it.key(), it.value());
    return out;
}

} // namespace

class TestCookbook : public QObject
{
    Q_OBJECT

    QString m_url = qEnvironmentVariable("IV_PG_URL");
    QString m_testapp = ivtest::fixturePath(QStringLiteral("bookstore/testapp.db"));
    QList<Book> m_books;
    QMap<qlonglong, Author> m_authors;

    static QList<QVariantList> select(const QString &connection, const QString &sql)
    {
        iv::SqlSource source(QStringLiteral("cookbook"), connection);
        QList<QVariantList> rows;
        QString error;
        if (!source.select(sql, &rows, &error))
            qWarning("%s: %s", qPrintable(connection), qPrintable(error));
        return rows;
    }

    // A recipe's rows on one engine, shaped and stored as a collect would.
    static QStringList run(const QString &connection, const QString &sql, iv::MetricKind kind)
    {
        iv::SqlMetricSpec spec;
        spec.meta.kind = kind;
        spec.meta.label = QStringLiteral("recipe");
        spec.sql.insert(QString(), sql);
        iv::SqlSource source(QStringLiteral("cookbook"), connection);
        QList<QVariantList> rows;
        iv::CollectedMetric metric;
        QString error;
        if (!source.open(&error) || !iv::SqlProvider::runMetric(spec, source, &rows, &metric, &error))
            return {QStringLiteral("error: ") + error};
        return lines(metric);
    }

    // The values upstream's collect_insights wrote for a bucket, as stored rows.
    static QStringList upstream(const QString &fixture, const QString &label)
    {
        const QList<QVariantList> rows =
            select(ivtest::fixturePath(QStringLiteral("bookstore/") + fixture),
                   QStringLiteral(
                       "SELECT v.timestamp, v.xvalue, v.yvalue, v.category FROM insights_bucketvalue v JOIN "
                       "insights_bucket b ON b.id = v.bucket_id WHERE b.label = '%1' ORDER BY v.id")
                       .arg(label));
        QStringList out;
        for (const QVariantList &r : rows)
            out << point(r.at(0).isNull() ? QString() : r.at(0).toString(), r.at(1).toDouble(),
                         r.at(2).toDouble(), r.at(3).isNull() ? QString() : r.at(3).toString());
        return out;
    }

    // The expected stored rows of each recipe, from the raw rows.
    QStringList expected(const QString &name) const
    {
        QMap<QString, int> counts;
        if (name == QLatin1String("per_day") || name == QLatin1String("per_week") ||
            name == QLatin1String("per_month") || name == QLatin1String("per_quarter") ||
            name == QLatin1String("per_year")) {
            for (const Book &b : m_books) {
                QDate d = QDate::fromString(b.created.left(10), Qt::ISODate);
                if (name == QLatin1String("per_week"))
                    d = d.addDays(1 - d.dayOfWeek()); // Monday
                else if (name == QLatin1String("per_month"))
                    d = QDate(d.year(), d.month(), 1);
                else if (name == QLatin1String("per_quarter"))
                    d = QDate(d.year(), (d.month() - 1) / 3 * 3 + 1, 1);
                else if (name == QLatin1String("per_year"))
                    d = QDate(d.year(), 1, 1);
                ++counts[d.toString(Qt::ISODate) + QStringLiteral(" 00:00:00")];
            }
            return series(counts);
        }
        if (name == QLatin1String("avg_duration")) {
            long double micros = 0;
            for (const Book &b : m_books)
                micros +=
                    iv::Timestamp::parseUtcMicros(b.modified) - iv::Timestamp::parseUtcMicros(b.created);
            return {QString::number(double(micros / m_books.size() / 1e6L), 'g', 17)};
        }
        if (name == QLatin1String("weekday")) {
            static const char *const names[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                "Thursday", "Friday", "Saturday"};
            QMap<int, int> perDay;
            for (const Book &b : m_books)
                ++perDay[QDate::fromString(b.created.left(10), Qt::ISODate).dayOfWeek() % 7 +
                         1]; // Qt 7 = Sunday
            QStringList out;
            for (auto it = perDay.begin(); it != perDay.end(); ++it)
                out << point(QString(), it.value(), it.key(), QString::fromLatin1(names[it.key() - 1]));
            return out;
        }
        if (name == QLatin1String("zero_bar")) {
            int perDecade[10] = {};
            for (const Author &a : m_authors)
                if (a.age / 10 < 10)
                    ++perDecade[a.age / 10];
            QStringList out;
            for (int d = 0; d < 10; ++d)
                out << point(QString(), perDecade[d], d, QStringLiteral("%1s").arg(d * 10));
            return out;
        }
        if (name == QLatin1String("scatter")) {
            QList<Book> byId = m_books;
            std::sort(byId.begin(), byId.end(), [](const Book &l, const Book &r) { return l.id < r.id; });
            QStringList out;
            for (qsizetype i = 0; i < std::min<qsizetype>(1500, byId.size()); ++i) {
                const Author a = m_authors.value(byId.at(i).author);
                out << point(QString(), byId.at(i).title.size(), a.age,
                             a.gender == 1 ? QStringLiteral("Male") : QStringLiteral("Female"));
            }
            return out;
        }
        if (name == QLatin1String("top_n")) {
            QMap<qlonglong, int> perAuthor;
            for (const Book &b : m_books)
                ++perAuthor[b.author];
            QList<std::pair<int, Author>> ranked;
            for (auto it = perAuthor.begin(); it != perAuthor.end(); ++it)
                ranked.append({it.value(), m_authors.value(it.key())});
            std::sort(ranked.begin(), ranked.end(), [](const auto &l, const auto &r) {
                return l.first != r.first ? l.first > r.first
                                          : l.second.name.toUtf8() < r.second.name.toUtf8();
            });
            QStringList out;
            for (qsizetype i = 0; i < 15 && i < ranked.size(); ++i)
                out << point(QString(), ranked.at(i).first, ranked.at(i).second.age,
                             ranked.at(i).second.name);
            return out;
        }
        return {QStringLiteral("no expectation for ") + name};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!m_url.isEmpty(), "IV_PG_URL is set by the ctest fixture");
        for (const QVariantList &r :
             select(m_testapp,
                    QStringLiteral("SELECT id, created, modified, title, author_id FROM testapp_book")))
            m_books.append({r.at(0).toLongLong(), r.at(1).toString(), r.at(2).toString(), r.at(3).toString(),
                            r.at(4).toLongLong()});
        for (const QVariantList &r :
             select(m_testapp, QStringLiteral("SELECT id, gender, age, name FROM testapp_author")))
            m_authors.insert(r.at(0).toLongLong(),
                             {r.at(0).toLongLong(), r.at(1).toInt(), r.at(2).toInt(), r.at(3).toString()});
        QCOMPARE(m_books.size(), 5000);
        QCOMPARE(m_authors.size(), 2000);
        // The data has what the recipes are about: fractions of a second, and no author in their 80s or 90s.
        QVERIFY(std::any_of(m_books.cbegin(), m_books.cend(),
                            [](const Book &b) { return b.modified.size() > 19; }));
    }

    void recipe_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("rows");
        const int ts = int(iv::MetricKind::Timeseries);
        QTest::newRow("TruncDay") << QStringLiteral("per_day") << ts
                                  << QStringLiteral("insights-all-kinds.db")
                                  << QStringLiteral("books_per_day") << 2713;
        QTest::newRow("TruncWeek") << QStringLiteral("per_week") << ts
                                   << QStringLiteral("insights-all-kinds.db")
                                   << QStringLiteral("books_per_week") << 522;
        QTest::newRow("TruncMonth") << QStringLiteral("per_month") << ts << QStringLiteral("insights.db")
                                    << QStringLiteral("num_of_books_per_month") << 121;
        QTest::newRow("TruncQuarter") << QStringLiteral("per_quarter") << ts << QString() << QString() << 41;
        QTest::newRow("TruncYear") << QStringLiteral("per_year") << ts << QStringLiteral("insights.db")
                                   << QStringLiteral("num_of_books_per_year") << 11;
        QTest::newRow("Avg of a duration")
            << QStringLiteral("avg_duration") << int(iv::MetricKind::Gauge) << QString() << QString() << 1;
        QTest::newRow("ExtractWeekDay")
            << QStringLiteral("weekday") << int(iv::MetricKind::Barchart) << QString() << QString() << 7;
        QTest::newRow("zero bars") << QStringLiteral("zero_bar") << int(iv::MetricKind::Barchart)
                                   << QStringLiteral("insights-all-kinds.db")
                                   << QStringLiteral("authors_per_decade") << 10;
        QTest::newRow("scatter") << QStringLiteral("scatter") << int(iv::MetricKind::Scatterplot)
                                 << QStringLiteral("insights-all-kinds.db")
                                 << QStringLiteral("title_length_vs_age") << 1500;
        QTest::newRow("top-N hbar") << QStringLiteral("top_n") << int(iv::MetricKind::Hbarchart)
                                    << QStringLiteral("insights-all-kinds.db")
                                    << QStringLiteral("top_authors") << 15;
    }

    void recipe()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(QString, fixture);
        QFETCH(QString, label);
        QFETCH(int, rows);
        const QStringList sqlite =
            run(m_testapp, recipeText(QStringLiteral("sqlite"), name), iv::MetricKind(kind));
        const QStringList postgres =
            run(m_url, recipeText(QStringLiteral("postgresql"), name), iv::MetricKind(kind));
        const QStringList want = expected(name);
        QCOMPARE(want.size(), rows);
        if (kind == int(iv::MetricKind::Gauge)) {
            // A float average: the engines sum in different orders; equal to a few parts in 10^15.
            QCOMPARE(sqlite.size(), 1);
            QCOMPARE(postgres.size(), 1);
            const double w = want.first().toDouble();
            QVERIFY2(std::fabs(sqlite.first().toDouble() - w) <= 1e-6,
                     qPrintable(sqlite.first() + QLatin1Char(' ') + want.first()));
            QVERIFY2(std::fabs(postgres.first().toDouble() - w) <= 1e-6,
                     qPrintable(postgres.first() + QLatin1Char(' ') + want.first()));
        } else {
            QCOMPARE(sqlite, want);
            QCOMPARE(postgres, want);
        }
        if (!fixture.isEmpty()) {
            QStringList got = upstream(fixture, label);
            QVERIFY(!got.isEmpty());
            // Upstream's decades stop at the oldest author's (70s); the recipe adds the empty 80s and 90s.
            QCOMPARE(got, want.mid(0, got.size()));
            if (name == QLatin1String("zero_bar")) {
                QCOMPARE(got.size(), 8);
                QCOMPARE(want.mid(8), (QStringList{point(QString(), 0, 8, QStringLiteral("80s")),
                                                   point(QString(), 0, 9, QStringLiteral("90s"))}));
            } else {
                QCOMPARE(got.size(), rows);
            }
        }
    }

    void strftimeDropsFractions()
    {
        // Why the duration recipe takes seconds and fractions apart: strftime('%s') drops the fraction, so
        // the plain version is off by the average fraction, exactly as much as a C++ truncation to whole
        // seconds.
        const QStringList naive =
            run(m_testapp,
                QStringLiteral("SELECT avg(strftime('%s', modified) - strftime('%s', created)) "
                               "FROM testapp_book"),
                iv::MetricKind::Gauge);
        long double truncated = 0;
        for (const Book &b : m_books)
            truncated += iv::Timestamp::parseUtcMicros(b.modified.left(19)) -
                         iv::Timestamp::parseUtcMicros(b.created.left(19));
        const double wantNaive = double(truncated / m_books.size() / 1e6L);
        QCOMPARE(naive.size(), 1);
        QVERIFY2(std::fabs(naive.first().toDouble() - wantNaive) <= 1e-6, qPrintable(naive.first()));
        const double exact = expected(QStringLiteral("avg_duration")).first().toDouble();
        QVERIFY2(std::fabs(exact - wantNaive) > 0.1, qPrintable(QString::number(exact - wantNaive)));
        QCOMPARE(run(m_testapp,
                     QStringLiteral("SELECT strftime('%s', '2024-01-01 00:00:00.9') - "
                                    "strftime('%s', '2024-01-01 00:00:00')"),
                     iv::MetricKind::Counter),
                 QStringList{QStringLiteral("0")});
    }
};

QTEST_GUILESS_MAIN(TestCookbook)
#include "tst_cookbook.moc"
