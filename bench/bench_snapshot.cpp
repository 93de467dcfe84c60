// SPDX-License-Identifier: MIT
// Model-side benchmarks on the large snapshot (bench/make-large-snapshot.sh): catalogue open and value loading.
// IV_LARGE_SNAPSHOT names the file. Run through bench/run.sh, which also times sqlite3 on the same rows.
#include "reduction.h"
#include "snapshotfile.h"
#include "timestamp.h"

#include <QTest>

using namespace iv;

class BenchSnapshot : public QObject
{
    Q_OBJECT

private:
    QString m_path;

private slots:
    void initTestCase()
    {
        m_path = qEnvironmentVariable("IV_LARGE_SNAPSHOT");
        QVERIFY2(!m_path.isEmpty(), "set IV_LARGE_SNAPSHOT to the large snapshot (bench/make-large-snapshot.sh)");
    }

    void catalogue()
    {
        int questions = 0;
        QBENCHMARK {
            QString error;
            auto file = SnapshotFile::open(m_path, &error);
            QVERIFY2(file, qPrintable(error));
            questions = file->readCatalogue(&error)->questionCount();
        }
        QCOMPARE(questions, 10000 + 400 + 3);
    }

    void loadMillionPoints()
    {
        QString error;
        auto file = SnapshotFile::open(m_path, &error);
        const qint64 id = file->readCatalogue(&error)->findBucket(QStringLiteral("big_timeseries"))->id;
        int n = 0;
        QBENCHMARK {
            n = file->loadBucketValues(id, &error)->size();
        }
        QCOMPARE(n, 1000000);
    }

    void m4MillionPoints()
    {
        QString error;
        auto file = SnapshotFile::open(m_path, &error);
        const qint64 id = file->readCatalogue(&error)->findBucket(QStringLiteral("big_timeseries"))->id;
        const BucketValues v = *file->loadBucketValues(id, &error);
        QVector<double> x(v.size());
        for (int i = 0; i < v.size(); ++i)
            x[i] = double(v.timestamps[i] / 1000);
        int kept = 0;
        QBENCHMARK {
            kept = Reduction::m4(x, v.x, x.first(), x.last(), 1600).size();
        }
        QVERIFY(kept <= 4 * 1600 + 2);
    }

    void loadScatter()
    {
        QString error;
        auto file = SnapshotFile::open(m_path, &error);
        const qint64 id = file->readCatalogue(&error)->findBucket(QStringLiteral("big_scatter"))->id;
        int n = 0;
        QBENCHMARK {
            n = file->loadBucketValues(id, &error)->size();
        }
        QCOMPARE(n, 200000);
    }
};

QTEST_GUILESS_MAIN(BenchSnapshot)
#include "bench_snapshot.moc"
