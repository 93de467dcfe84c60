// SPDX-License-Identifier: MIT
// HistoryIndex, HistoryCache, HistoryTimeline, BucketOverlay and HistoryReport on small snapshots built from
// SQL text: order by collection time, other sites and corrupt files apart, values as each file's catalogue
// holds them, the cache and its invalidation, what changed, two snapshots of one bucket, the JSON shape.
#include "bucketoverlay.h"
#include "history.h"
#include "historycache.h"
#include "historyindex.h"
#include "historyreport.h"
#include "historysites.h"
#include "historytimeline.h"
#include "snapshotfile.h"
#include "testsupport.h"
#include "timestamp.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace iv;
using namespace ivtest;

class TestHistoryIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_cache;
    QString m_march, m_january, m_february, m_foreign, m_corrupt;

    HistoryIndex::Options options() const
    {
        HistoryIndex::Options o;
        o.cacheDirectory = m_cache.path();
        return o;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QDateTime t0 = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
        // Names and mtimes both disagree with the collection order (January, February, March).
        m_march = buildSite(
            m_dir, QStringLiteral("a-first.db"),
            {QStringLiteral("2026-03-01 04:00:00.500000"), 1300, 10.0,
             QStringLiteral("(1, NULL, 15, 0, 'qt', 1), (2, NULL, 4, 0, 'rust', 1)"),
             QStringLiteral("INSERT INTO insights_counter (id, created_at, label, question, \"desc\", "
                            "value, app_id) VALUES (3, '2026-03-01 04:00:00', 'refunds', NULL, NULL, 3, "
                            "'11111111111111111111111111111111');")},
            t0);
        m_january = buildSite(m_dir, QStringLiteral("c-third.db"),
                              {QStringLiteral("2026-01-01 04:00:00"), 1000, 12.5, QString(), QString()},
                              t0.addDays(2));
        m_february = buildSite(m_dir, QStringLiteral("b-second.db"),
                               {QStringLiteral("2026-02-01 04:00:00"), 1050, 12.0, QString(), QString()},
                               t0.addDays(1));
        m_foreign = buildDatabase(m_dir, QStringLiteral("weather.db"),
                                  {QStringLiteral("schema.sql"), QStringLiteral("history_foreign.sql")});
        m_corrupt = m_dir.filePath(QStringLiteral("corrupt.db"));
        QFile f(m_corrupt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        // Not a snapshot name: left out of a folder.
        QFile readme(m_dir.filePath(QStringLiteral("README.txt")));
        QVERIFY(readme.open(QIODevice::WriteOnly));
        readme.write("notes\n");
    }

    void ordersByCollectionTime()
    {
        const History h = HistoryIndex::open({m_dir.path()}, options());
        QCOMPARE(h.size(), 3);
        QCOMPARE(h.snapshots.at(0).path, m_january);
        QCOMPARE(h.snapshots.at(1).path, m_february);
        QCOMPARE(h.snapshots.at(2).path, m_march);
        QCOMPARE(h.snapshots.at(2).collectedAtText, QStringLiteral("2026-03-01 04:00:00.500000"));
        QCOMPARE(h.snapshots.at(0).collectedAt,
                 Timestamp::parseUtcMicros(QStringLiteral("2026-01-01 04:00:00")));
        QCOMPARE(h.siteName(), QStringLiteral("Shop, blog.insights"));
    }

    void listsOtherSitesAndCorruptFilesApart()
    {
        const History h = HistoryIndex::open({m_dir.path()}, options());
        QCOMPARE(h.skipped.size(), 2);
        QCOMPARE(h.skipped.at(0).path, m_corrupt);
        QVERIFY2(!h.skipped.at(0).englishReason.isEmpty(), qPrintable(h.skipped.at(0).englishReason));
        QVERIFY(!h.skipped.at(0).englishReason.contains(m_corrupt)); // the path is listed apart
        QCOMPARE(h.skipped.at(1).path, m_foreign);
        QCOMPARE(h.skipped.at(1).englishReason, QStringLiteral("another site (apps weather.insights)"));
        // Named one by one, a missing file is listed too.
        const History named =
            HistoryIndex::open({m_january, m_dir.filePath(QStringLiteral("gone.db"))}, options());
        QCOMPARE(named.size(), 1);
        QCOMPARE(named.skipped.size(), 1);
        QCOMPARE(named.skipped.at(0).englishReason, QStringLiteral("no such file or folder"));
    }

    // One file is one snapshot whatever its names (a symbolic link "latest.db", a hard link); a file another
    // SQLite reader would see differently (a hot rollback journal or a -wal file beside it, checked at every
    // opening, cached or not) and a FIFO are listed apart with their reasons.
    void oneFileOneSnapshotAndUnfinishedWritesApart()
    {
        QTemporaryDir dir;
        const QDateTime t0 = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
        const QString january = buildSite(
            dir, QStringLiteral("insights-01.db"), {QStringLiteral("2026-01-01 04:00:00"), 1000, 12.5, QString(), QString()}, t0);
        const QString february = buildSite(
            dir, QStringLiteral("insights-02.db"), {QStringLiteral("2026-02-01 04:00:00"), 1050, 12.0, QString(), QString()}, t0);
        const QString march = buildSite(
            dir, QStringLiteral("insights-03.db"), {QStringLiteral("2026-03-01 04:00:00"), 1100, 11.0, QString(), QString()}, t0);
        QVERIFY(QFile::link(february, dir.filePath(QStringLiteral("latest.db"))));
        QCOMPARE(::link(QFile::encodeName(january).constData(),
                        QFile::encodeName(dir.filePath(QStringLiteral("z-hardlink.db"))).constData()),
                 0);
        QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("pipe.db"))).constData(), 0600), 0);
        HistoryIndex::Options o = options();
        QTemporaryDir cache;
        o.cacheDirectory = cache.path();
        History h = HistoryIndex::open({dir.path()}, o);
        QCOMPARE(h.size(), 3);
        QStringList reasons;
        for (const HistorySkipped &s : h.skipped)
            reasons << QFileInfo(s.path).fileName() + QStringLiteral(": ") + s.englishReason;
        QCOMPARE(reasons.size(), 3);
        QCOMPARE(reasons.at(0), QStringLiteral("latest.db: the same file as insights-02.db"));
        QVERIFY2(reasons.at(1).startsWith(QStringLiteral("pipe.db: ")) && reasons.at(1).contains(QStringLiteral("FIFO")),
                 qPrintable(reasons.join(QLatin1Char('\n'))));
        QCOMPARE(reasons.at(2), QStringLiteral("z-hardlink.db: the same file as insights-01.db"));

        // A journal and a -wal appear beside files the cache already holds.
        QFile journal(march + QStringLiteral("-journal"));
        QVERIFY(journal.open(QIODevice::WriteOnly));
        journal.write(QByteArray(512, '\x01'));
        journal.close();
        QFile wal(january + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::WriteOnly));
        wal.write(QByteArray(32, '\x02'));
        wal.close();
        h = HistoryIndex::open({dir.path()}, o);
        QVERIFY(h.fromCache >= 3);
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.snapshots.at(0).path, february);
        reasons.clear();
        for (const HistorySkipped &s : h.skipped)
            reasons << QFileInfo(s.path).fileName() + QStringLiteral(": ") + s.englishReason;
        QVERIFY2(reasons.contains(QStringLiteral("insights-01.db: a -wal file lies beside it with changes that are not read here")),
                 qPrintable(reasons.join(QLatin1Char('\n'))));
        QVERIFY2(reasons.contains(QStringLiteral("insights-03.db: an unfinished write: a rollback journal (insights-03.db-journal) "
                                                 "lies beside it, and other SQLite readers see other contents")),
                 qPrintable(reasons.join(QLatin1Char('\n'))));
        // The hard link stays a second name of January's file, not a snapshot of its own.
        QVERIFY(reasons.contains(QStringLiteral("z-hardlink.db: the same file as insights-01.db")));
    }

    void fileWithoutCollectionTimeIsListedApart()
    {
        QTemporaryDir dir;
        const QString empty = buildDatabaseFromSql(
            dir, QStringLiteral("empty.db"),
            readText(dataPath(QStringLiteral("schema.sql"))) +
                QStringLiteral("INSERT INTO insights_app (uuid, module, label) VALUES "
                               "('11111111111111111111111111111111', 'shop.insights', 'Shop');"));
        const History h = HistoryIndex::open({m_january, empty}, options());
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.skipped.size(), 1);
        QCOMPARE(h.skipped.at(0).path, empty);
        QCOMPARE(h.skipped.at(0).englishReason,
                 QStringLiteral("no collection time: no counter, gauge or bucket has a created_at"));
    }

    void seriesHoldEachFilesValues()
    {
        const History h = HistoryIndex::open({m_dir.path()}, options());
        for (int i = 0; i < h.size(); ++i) {
            QString error;
            const auto file = SnapshotFile::open(h.snapshots.at(i).path, &error);
            QVERIFY2(file, qPrintable(error));
            const auto cat = file->readCatalogue(&error);
            QVERIFY(cat);
            int metrics = 0;
            for (const App &app : cat->apps)
                for (const Question &q : app.questions) {
                    if (q.isBucket())
                        continue;
                    ++metrics;
                    const int s = h.seriesIndex(q.kind, q.label);
                    QVERIFY(s >= 0);
                    QCOMPARE(h.series.at(s).values.at(i), q.value);
                    QCOMPARE(h.series.at(s).integer.at(i), q.valueIsInteger);
                    QCOMPARE(h.series.at(s).app, app.module);
                }
            int present = 0;
            for (const HistorySeries &s : h.series)
                present += s.present(i) ? 1 : 0;
            QCOMPARE(present, metrics);
        }
        const HistorySeries &orders =
            h.series.at(h.seriesIndex(MetricKind::Counter, QStringLiteral("orders")));
        QCOMPARE(orders.values, (QVector<double>{1000, 1050, 1300}));
        QCOMPARE(orders.intValues, (QVector<qint64>{1000, 1050, 1300}));
        const HistoryDelta sincePrevious = orders.change(orders.previous(2), 2);
        QCOMPARE(sincePrevious.absolute, 250.0);
        QCOMPARE(QString::number(sincePrevious.percent, 'f', 3), QStringLiteral("23.810"));
        QCOMPARE(orders.change(orders.first(), orders.latest()).percent, 30.0);
        const HistorySeries &refunds =
            h.series.at(h.seriesIndex(MetricKind::Counter, QStringLiteral("refunds")));
        QCOMPARE(refunds.states,
                 (QVector<quint8>{HistorySeries::Absent, HistorySeries::Absent, HistorySeries::Number}));
        QCOMPARE(refunds.previous(2), -1);
        QVERIFY(!refunds.change(refunds.previous(2), 2).valid);
        // The latest snapshot sets the order: its counters, then its gauge.
        QCOMPARE(h.series.at(0).label, QStringLiteral("orders"));
        QCOMPARE(h.series.at(0).appName, QStringLiteral("Shop"));
    }

    void trendIsATimeseriesOverCollectionTime()
    {
        const History h = HistoryIndex::open({m_dir.path()}, options());
        const HistoryTrend t =
            HistoryTrend::of(h, h.series.at(h.seriesIndex(MetricKind::Gauge, QStringLiteral("basket"))));
        QCOMPARE(t.question.kind, MetricKind::Timeseries);
        QCOMPARE(t.values.x, (QVector<double>{12.5, 12.0, 10.0}));
        QCOMPARE(t.values.timestamps.at(1), h.snapshots.at(1).collectedAt);
    }

    void cacheServesUnchangedFilesAndNeverWritesBesideThem()
    {
        QTemporaryDir cacheDir;
        HistoryIndex::Options o;
        o.cacheDirectory = cacheDir.path();
        const FileState before = fileState(m_january);
        const History cold = HistoryIndex::open({m_dir.path()}, o);
        QCOMPARE(cold.read, 5);
        QCOMPARE(cold.fromCache, 0);
        const QString cacheFile = HistoryCache(cacheDir.path()).fileFor(m_dir.path());
        QVERIFY(QFile::exists(cacheFile));
        // The index holds counter and gauge texts: readable by the user alone, like the desk's kept reviews.
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(cacheFile) & others, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(QFileInfo(cacheFile).absolutePath()) & others, QFileDevice::Permissions());
        const History warm = HistoryIndex::open({m_dir.path()}, o);
        QCOMPARE(warm.read, 1); // the corrupt file: its reason is said again, in the UI language of now
        QCOMPARE(warm.fromCache, 4);
        QCOMPARE(warm.size(), cold.size());
        QCOMPARE(warm.skipped.size(), cold.skipped.size());
        QCOMPARE(warm.skipped.at(0).englishReason, cold.skipped.at(0).englishReason);
        QCOMPARE(warm.series.at(0).values, cold.series.at(0).values);
        QCOMPARE(fileState(m_january), before); // same bytes, mtime and neighbours
        // Without the cache nothing is written anywhere.
        QTemporaryDir unused;
        o.cacheDirectory = unused.path() + QStringLiteral("/never");
        o.useCache = false;
        QCOMPARE(HistoryIndex::open({m_dir.path()}, o).read, 5);
        QVERIFY(!QFileInfo::exists(o.cacheDirectory));
    }

    void replacedFileIsReadAgain()
    {
        QTemporaryDir dir;
        QTemporaryDir cacheDir;
        HistoryIndex::Options o;
        o.cacheDirectory = cacheDir.path();
        const QDateTime mtime = QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc());
        const QString path =
            buildSite(dir, QStringLiteral("insights.db"),
                      {QStringLiteral("2026-01-01 04:00:00"), 1000, 12.5, QString(), QString()}, mtime);
        buildSite(dir, QStringLiteral("older.db"),
                  {QStringLiteral("2025-12-01 04:00:00"), 900, 11.5, QString(), QString()}, mtime);
        History h = HistoryIndex::open({dir.path()}, o);
        QCOMPARE(h.read, 2);
        QCOMPARE(h.series.at(0).values.constLast(), 1000.0);

        // Another file of the same size and mtime (other contents, another inode) renamed over it.
        QTemporaryDir other;
        const QString replacement =
            buildSite(other, QStringLiteral("insights.db"),
                      {QStringLiteral("2026-01-01 04:00:00"), 2000, 12.5, QString(), QString()}, mtime);
        QCOMPARE(QFileInfo(replacement).size(), QFileInfo(path).size());
        struct stat a
        {
        };
        struct stat b
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &a), 0);
        // Copied beside it first, so both exist at once and the new file cannot reuse the old inode.
        const QString staged = path + QStringLiteral(".new");
        QVERIFY(QFile::copy(replacement, staged));
        QFile f(staged);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(mtime, QFileDevice::FileModificationTime));
        f.close();
        QCOMPARE(::rename(QFile::encodeName(staged).constData(), QFile::encodeName(path).constData()), 0);
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &b), 0);
        QCOMPARE(QFileInfo(path).size(), qint64(a.st_size));
        QCOMPARE(b.st_mtim.tv_sec, a.st_mtim.tv_sec);
        QCOMPARE(b.st_mtim.tv_nsec, a.st_mtim.tv_nsec);
        QVERIFY(b.st_ino != a.st_ino);

        h = HistoryIndex::open({dir.path()}, o);
        QCOMPARE(h.read, 1);
        QCOMPARE(h.fromCache, 1);
        QCOMPARE(h.series.at(0).values, (QVector<double>{900, 2000}));
    }

    void collectionTimesAsTheDataNeeds()
    {
        auto history = [](std::initializer_list<const char *> times) {
            History h;
            for (const char *t : times) {
                SnapshotSummary s;
                s.collectedAt = Timestamp::parseUtcMicros(QString::fromLatin1(t));
                h.snapshots.append(s);
            }
            h.buildSeries();
            return h;
        };
        // Nightly at 03:00 with a few seconds' jitter: minutes tell them apart.
        History h = history({"2026-01-01 03:00:12", "2026-01-02 03:00:41.250000", "2026-01-03 03:01:00"});
        QCOMPARE(h.timePrecision, History::TimePrecision::Minute);
        QCOMPARE(h.collectedText(0), QStringLiteral("2026-01-01 03:00 UTC"));
        QCOMPARE(h.collectedText(1), QStringLiteral("2026-01-02 03:00 UTC"));
        // Two in one minute: seconds.
        h = history({"2026-01-01 03:00:12", "2026-01-01 03:00:41.250000"});
        QCOMPARE(h.timePrecision, History::TimePrecision::Second);
        QCOMPARE(h.collectedText(1), QStringLiteral("2026-01-01 03:00:41 UTC"));
        // Two in one second: the stored fraction.
        h = history({"2026-01-01 03:00:41", "2026-01-01 03:00:41.250000"});
        QCOMPARE(h.timePrecision, History::TimePrecision::Fraction);
        QCOMPARE(h.collectedText(0), QStringLiteral("2026-01-01 03:00:41 UTC"));
        QCOMPARE(h.collectedText(1), QStringLiteral("2026-01-01 03:00:41.250000 UTC"));
        // Before 1970 the minute is still the floor, not rounded towards zero.
        h = history({"1969-12-31 23:59:30", "1970-01-01 00:00:00"});
        QCOMPARE(h.timePrecision, History::TimePrecision::Minute);
        QCOMPARE(h.collectedText(0), QStringLiteral("1969-12-31 23:59 UTC"));
    }

    void damagedCacheIsIgnored()
    {
        QTemporaryDir cacheDir;
        HistoryIndex::Options o;
        o.cacheDirectory = cacheDir.path();
        HistoryIndex::open({m_dir.path()}, o);
        QFile cacheFile(HistoryCache(cacheDir.path()).fileFor(m_dir.path()));
        QVERIFY(cacheFile.open(QIODevice::ReadWrite));
        cacheFile.seek(40);
        cacheFile.write(QByteArray(200, '\xff'));
        cacheFile.close();
        const History h = HistoryIndex::open({m_dir.path()}, o);
        QCOMPARE(h.size(), 3);
        QCOMPARE(h.series.at(0).values, (QVector<double>{1000, 1050, 1300}));
    }

    void timelineSaysWhatChanged()
    {
        const History h = HistoryIndex::open({m_dir.path()}, options());
        const QVector<HistoryChange> changes = HistoryTimeline::changes(h);
        // February: orders +5 %, basket -4 %: nothing beyond 10 %.
        int inFebruary = 0;
        for (const HistoryChange &c : changes)
            inFebruary += c.snapshot == 1 ? 1 : 0;
        QCOMPARE(inFebruary, 0);
        QStringList march;
        for (const HistoryChange &c : changes) {
            QCOMPARE(c.snapshot, 2);
            march << QStringLiteral("%1 %2").arg(int(c.type)).arg(c.label);
        }
        // refunds added; orders +23.8 % and basket -16.7 % moved.
        QCOMPARE(march, (QStringList{QStringLiteral("0 refunds"), QStringLiteral("2 orders"),
                                     QStringLiteral("2 basket")}));
        // A higher threshold keeps only the larger move.
        QStringList loose;
        for (const HistoryChange &c : HistoryTimeline::changes(h, 20.0))
            loose << c.label;
        QCOMPARE(loose, (QStringList{QStringLiteral("refunds"), QStringLiteral("orders")}));
    }

    void overlayPairsBarsAndNamesCategories()
    {
        const History h = HistoryIndex::open({m_dir.path()}, options());
        const BucketOverlay o =
            BucketOverlay::load(h.snapshots.at(1).path, h.snapshots.at(2).path, QStringLiteral("bars"));
        QVERIFY2(o.ok(), qPrintable(o.error));
        QVERIFY(o.hasOlder && o.hasNewer);
        QCOMPARE(o.question.kind, MetricKind::Barchart);
        QCOMPARE(o.added, QStringList{QStringLiteral("rust")});
        QCOMPARE(o.removed, QStringList{QStringLiteral("sql")});
        QCOMPARE(o.pairs.size(), 3);
        QCOMPARE(o.pairs.at(0).category, QStringLiteral("qt"));
        QCOMPARE(o.pairs.at(0).older, 12.0);
        QCOMPARE(o.pairs.at(0).newer, 15.0);
        QVERIFY(std::isnan(o.pairs.at(1).older));
        QCOMPARE(o.pairs.at(2).category, QStringLiteral("sql"));
        QVERIFY(std::isnan(o.pairs.at(2).newer));
        const BucketOverlay missing =
            BucketOverlay::load(h.snapshots.at(1).path, h.snapshots.at(2).path, QStringLiteral("nope"));
        QVERIFY(!missing.ok());
        const BucketOverlay series =
            BucketOverlay::load(h.snapshots.at(0).path, h.snapshots.at(2).path, QStringLiteral("daily"));
        QVERIFY(series.ok());
        QCOMPARE(series.older.size(), 2);
        QCOMPARE(series.newer.size(), 2);
        QVERIFY(series.pairs.isEmpty());
    }

    void jsonShape()
    {
        HistoryIndex::Options o = options();
        o.sha256 = true;
        const History h = HistoryIndex::open({m_dir.path()}, o);
        const QJsonObject root = HistoryReport::json(h);
        QCOMPARE(root.keys(), (QStringList{QStringLiteral("series"), QStringLiteral("skipped"),
                                           QStringLiteral("snapshots")}));
        const QJsonArray snapshots = root.value(QStringLiteral("snapshots")).toArray();
        QCOMPARE(snapshots.size(), 3);
        const QJsonObject first = snapshots.at(0).toObject();
        QCOMPARE(first.keys(), (QStringList{QStringLiteral("collected_at"), QStringLiteral("path"),
                                            QStringLiteral("sha256")}));
        QCOMPARE(first.value(QStringLiteral("path")).toString(), m_january);
        QCOMPARE(first.value(QStringLiteral("sha256")).toString().toLatin1(), sha256(m_january));
        QCOMPARE(first.value(QStringLiteral("collected_at")).toString(),
                 QStringLiteral("2026-01-01T04:00:00Z"));
        const QJsonObject orders = root.value(QStringLiteral("series")).toArray().at(0).toObject();
        QCOMPARE(orders.keys(), (QStringList{QStringLiteral("app"), QStringLiteral("kind"),
                                             QStringLiteral("label"), QStringLiteral("points")}));
        QCOMPARE(orders.value(QStringLiteral("app")).toString(), QStringLiteral("shop.insights"));
        QCOMPARE(orders.value(QStringLiteral("kind")).toString(), QStringLiteral("counter"));
        const QJsonArray points = orders.value(QStringLiteral("points")).toArray();
        QCOMPARE(points.size(), 3);
        QCOMPARE(points.at(2).toObject().value(QStringLiteral("snapshot")).toInt(), 2);
        QCOMPARE(points.at(2).toObject().value(QStringLiteral("value")).toInteger(), 1300);
        const QJsonArray skipped = root.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 2);
        QCOMPARE(skipped.at(1).toObject().keys(),
                 (QStringList{QStringLiteral("path"), QStringLiteral("reason")}));
    }
};

QTEST_GUILESS_MAIN(TestHistoryIndex)
#include "tst_historyindex.moc"
