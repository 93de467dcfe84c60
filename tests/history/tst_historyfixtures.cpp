// SPDX-License-Identifier: MIT
// A history of the upstream bookstore snapshot collected at several "now" times: copies of the fixture whose
// created_at and counts were moved with SQL, opened as one history, in collection order, with the fixture's
// known values.
#include "historyindex.h"
#include "historytimeline.h"
#include "testsupport.h"
#include "timestamp.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace iv;
using namespace ivtest;

namespace {

// A writable copy of the bookstore fixture collected at `when`, with count_books raised by extraBooks.
QString collectedAt(const QTemporaryDir &dir, const QString &name, const QString &when, int extraBooks)
{
    const QString path = copyFile(fixturePath(QStringLiteral("bookstore/insights.db")), dir, name);
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return QString();
        QSqlQuery q(db);
        for (const QString &table : {QStringLiteral("insights_counter"), QStringLiteral("insights_gauge"),
                                     QStringLiteral("insights_bucket")})
            q.exec(QStringLiteral("UPDATE %1 SET created_at = '%2'").arg(table, when));
        q.exec(QStringLiteral("UPDATE insights_counter SET value = value + %1 WHERE label = 'count_books'")
                   .arg(extraBooks));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return path;
}

} // namespace

class TestHistoryFixtures : public QObject
{
    Q_OBJECT

private slots:
    void bookstoreCollectedThreeTimes()
    {
        QTemporaryDir dir;
        QTemporaryDir cache;
        const QString may = collectedAt(dir, QStringLiteral("insights-1.db"),
                                        QStringLiteral("2026-05-01 03:00:00.123456"), 600);
        const QString march =
            collectedAt(dir, QStringLiteral("insights-2.db"), QStringLiteral("2026-03-01 03:00:00"), 0);
        const QString april =
            collectedAt(dir, QStringLiteral("insights-3.db"), QStringLiteral("2026-04-01 03:00:00"), 100);
        QVERIFY(!may.isEmpty() && !march.isEmpty() && !april.isEmpty());
        HistoryIndex::Options o;
        o.cacheDirectory = cache.path();
        const History h = HistoryIndex::open({dir.path()}, o);
        QCOMPARE(h.size(), 3);
        QVERIFY(h.skipped.isEmpty());
        QCOMPARE(h.snapshots.at(0).path, march);
        QCOMPARE(h.snapshots.at(2).path, may);
        QCOMPARE(h.snapshots.at(2).collectedAt,
                 Timestamp::parseUtcMicros(QStringLiteral("2026-05-01 03:00:00.123456")));
        QCOMPARE(h.siteName(), QStringLiteral("Books, Users"));
        QCOMPARE(h.series.size(), 9);
        const HistorySeries &books =
            h.series.at(h.seriesIndex(MetricKind::Counter, QStringLiteral("count_books")));
        QCOMPARE(books.values, (QVector<double>{5000, 5100, 5600}));
        const HistorySeries &authors =
            h.series.at(h.seriesIndex(MetricKind::Counter, QStringLiteral("count_authors")));
        QCOMPARE(authors.values, (QVector<double>{2000, 2000, 2000}));
        const HistorySeries &avg =
            h.series.at(h.seriesIndex(MetricKind::Gauge, QStringLiteral("avg_books_per_author")));
        QCOMPARE(avg.values.constLast(), 2.5);
        QCOMPARE(h.snapshots.at(0).buckets.size(), 4);
        // 5100 → 5600 is +9.8 %: not beyond the default 10 %; beyond 5 %.
        QVERIFY(HistoryTimeline::changes(h).isEmpty());
        QCOMPARE(HistoryTimeline::changes(h, 5.0).size(), 1);
        // The second opening reads nothing.
        const History again = HistoryIndex::open({dir.path()}, o);
        QCOMPARE(again.read, 0);
        QCOMPARE(again.fromCache, 3);
    }

    void allKindsFileJoinsBySharedModules()
    {
        QTemporaryDir dir;
        QTemporaryDir cache;
        collectedAt(dir, QStringLiteral("old.db"), QStringLiteral("2020-01-01 00:00:00"), 0);
        HistoryIndex::Options o;
        o.cacheDirectory = cache.path();
        const History h = HistoryIndex::open(
            {dir.path(), fixturePath(QStringLiteral("bookstore/insights-all-kinds.db"))}, o);
        // The all-kinds file has the bookstore's two apps and a third: the same site, one app added.
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.snapshots.at(1).apps.size(), 3);
        int added = 0;
        for (const HistoryChange &c : HistoryTimeline::changes(h))
            added += c.type == HistoryChange::Type::QuestionAdded ? 1 : 0;
        QVERIFY(added > 5);
    }
};

QTEST_GUILESS_MAIN(TestHistoryFixtures)
#include "tst_historyfixtures.moc"
