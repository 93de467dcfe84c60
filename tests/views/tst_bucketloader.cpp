// SPDX-License-Identifier: MIT
// BucketLoader: values arrive on the GUI thread, a newer request supersedes (cancels) the older, errors name
// the file.
#include "bucketloader.h"
#include "snapshotfile.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace iv;

class TestBucketLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_basic;
    QString m_big;

private slots:
    void initTestCase()
    {
        m_basic = ivtest::buildDatabase(m_dir, QStringLiteral("basic.db"),
                                        {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        // 400k points in one bucket: long enough to be cancelled mid-way.
        m_big = ivtest::buildDatabaseFromSql(
            m_dir, QStringLiteral("big.db"),
            ivtest::readText(ivtest::dataPath(QStringLiteral("schema.sql"))) + QStringLiteral(R"(
INSERT INTO insights_app (uuid, module, label) VALUES ('11111111111111111111111111111111', 'big', 'Big');
INSERT INTO insights_bucket (id, created_at, label, question, "desc", type, xlabel, xformat, ylabel, yformat, title, app_id)
  VALUES (1, '2026-01-01 00:00:00', 'big', 'Big?', NULL, 1, NULL, '%Y', NULL, NULL, NULL, '11111111111111111111111111111111'),
         (2, '2026-01-01 00:00:00', 'small', 'Small?', NULL, 4, NULL, NULL, NULL, NULL, NULL, '11111111111111111111111111111111');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400000)
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)
  SELECT datetime(1500000000 + i * 60, 'unixepoch'), i, 0, NULL, 1 FROM n;
INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES (NULL, 3, 0, 'a', 2), (NULL, 4, 0, 'b', 2);
)"));
    }

    void loadsOnGuiThread()
    {
        BucketLoader loader;
        loader.setPath(m_basic);
        QSignalSpy loaded(&loader, &BucketLoader::loaded);
        QSignalSpy finished(&loader, &BucketLoader::finished);
        Qt::HANDLE guiThread = QThread::currentThreadId();
        Qt::HANDLE deliveredOn = nullptr;
        connect(&loader, &BucketLoader::loaded, this, [&] { deliveredOn = QThread::currentThreadId(); });
        loader.load(QList<qint64>{2, 1}); // daily (4 points), then hbar (3 points)
        QVERIFY(loader.isBusy());
        QVERIFY(finished.wait(10000));
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(deliveredOn, guiThread);
        QCOMPARE(loaded.at(0).at(0).toLongLong(), 2);
        const auto daily = loaded.at(0).at(1).value<BucketValues>();
        QCOMPARE(daily.x, (QVector<double>{5, 7.5, 6, 9}));
        const auto hbar = loaded.at(1).at(1).value<BucketValues>();
        QCOMPARE(hbar.categories,
                 (QStringList{QStringLiteral("Apples"), QStringLiteral("Pears"), QStringLiteral("Plums")}));
        QVERIFY(!loader.isBusy());
    }

    void newerRequestSupersedes()
    {
        BucketLoader loader;
        loader.setPath(m_big);
        QSignalSpy loaded(&loader, &BucketLoader::loaded);
        QSignalSpy failed(&loader, &BucketLoader::failed);
        QSignalSpy finished(&loader, &BucketLoader::finished);
        QElapsedTimer timer;
        timer.start();
        loader.load(1); // 400k rows
        loader.load(2); // supersedes at once
        QVERIFY(finished.wait(20000));
        QTest::qWait(200); // anything late from the first request would arrive now
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toLongLong(), 2);
        QCOMPARE(loaded.at(0).at(1).value<BucketValues>().x, (QVector<double>{3, 4}));
        QCOMPARE(failed.size(), 0);
    }

    void cancelEmitsNothing()
    {
        BucketLoader loader;
        loader.setPath(m_big);
        QSignalSpy loaded(&loader, &BucketLoader::loaded);
        QSignalSpy finished(&loader, &BucketLoader::finished);
        loader.load(1);
        loader.cancel();
        QVERIFY(!loader.isBusy());
        QTest::qWait(1500);
        QCOMPARE(loaded.size(), 0);
        QCOMPARE(finished.size(), 0);
    }

    void bigLoadCompletes()
    {
        BucketLoader loader;
        loader.setPath(m_big);
        QSignalSpy loaded(&loader, &BucketLoader::loaded);
        loader.load(1);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.at(0).at(1).value<BucketValues>().size(), 400000);
    }

    void destroyWhileLoading()
    {
        auto *loader = new BucketLoader;
        loader->setPath(m_big);
        loader->load(1);
        delete loader; // cancels and waits; nothing is delivered to a dead object
        QTest::qWait(100);
    }

    // A second loader (the question page after the app page's thumbnail) gets the same arrays back without
    // reading the file; a file replaced on disk (a new collect renamed over it) is read afresh.
    void cacheSharesAndFollowsTheFile()
    {
        BucketLoader::clearCache();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("insights.db"));
        QVERIFY(QFile::copy(m_big, path));
        BucketLoader first, second;
        first.setPath(path);
        second.setPath(path);
        QSignalSpy loaded1(&first, &BucketLoader::loaded);
        QSignalSpy loaded2(&second, &BucketLoader::loaded);
        first.load(1);
        QVERIFY(loaded1.wait(30000));
        const auto a = loaded1.at(0).at(1).value<BucketValues>();
        QCOMPARE(a.size(), 400000);
        QCOMPARE(BucketLoader::cachedPoints(), 400000);
        second.load(1);
        QVERIFY(loaded2.wait(10000));
        const auto b = loaded2.at(0).at(1).value<BucketValues>();
        QCOMPARE(b.size(), 400000);
        QCOMPARE(b.x.constData(), a.x.constData()); // the very same array: a cache hit, not a second read
        QCOMPARE(b.timestamps.constData(), a.timestamps.constData());

        // Replace the file by another with the same bucket id but other values.
        const QString other = dir.filePath(QStringLiteral("new.db"));
        QVERIFY(QFile::copy(m_basic, other));
        QVERIFY(::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData()) == 0);
        loaded2.clear();
        second.load(1);
        QVERIFY(loaded2.wait(10000));
        const auto c = loaded2.at(0).at(1).value<BucketValues>();
        QVERIFY(c.x.constData() != a.x.constData());
        QString error;
        const auto direct = SnapshotFile::open(m_basic, &error)->loadBucketValues(1, &error);
        QVERIFY2(direct, qPrintable(error));
        QCOMPARE(c.x, direct->x);
        QVERIFY(c.size() != 400000);
        QCOMPARE(BucketLoader::cachedPoints(), 400000 + c.size());
    }

    // The cache never holds more than its budget: four 400k-point buckets (four copies of the file) leave the
    // last three (1.2M points = the budget); the least recently used one is read again.
    void cacheBudget()
    {
        BucketLoader::clearCache();
        QTemporaryDir dir;
        QVector<BucketValues> first;
        auto loadFrom = [&](const QString &path) {
            BucketLoader loader;
            loader.setPath(path);
            QSignalSpy loaded(&loader, &BucketLoader::loaded);
            loader.load(1);
            if (!loaded.wait(30000))
                return BucketValues();
            return loaded.at(0).at(1).value<BucketValues>();
        };
        QStringList copies;
        for (int i = 0; i < 4; ++i) {
            copies << dir.filePath(QStringLiteral("copy%1.db").arg(i));
            QVERIFY(QFile::copy(m_big, copies.last()));
            first << loadFrom(copies.last());
            QCOMPARE(first.last().size(), 400000);
            QCOMPARE(BucketLoader::cachedPoints(), std::min<qint64>((i + 1) * 400000, BucketLoader::cacheBudgetPoints()));
        }
        QCOMPARE(BucketLoader::cacheBudgetPoints(), 1200000);
        QCOMPARE(loadFrom(copies.at(3)).x.constData(), first.at(3).x.constData()); // still cached
        QVERIFY(loadFrom(copies.at(0)).x.constData() != first.at(0).x.constData()); // evicted, read again
        QCOMPARE(BucketLoader::cachedPoints(), 1200000);
        BucketLoader::clearCache();
    }

    void errorNamesTheFile()
    {
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just text\n");
        f.close();
        BucketLoader loader;
        loader.setPath(text);
        QSignalSpy failed(&loader, &BucketLoader::failed);
        loader.load(1);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).toLongLong(), 1);
        QVERIFY2(failed.at(0).at(1).toString().contains(text), qPrintable(failed.at(0).at(1).toString()));
    }
};

QTEST_GUILESS_MAIN(TestBucketLoader)
#include "tst_bucketloader.moc"
