// SPDX-License-Identifier: MIT
// Hostile files, deterministically: a few thousand seeded byte mutations and truncations of a built test
// database (and of the upstream fixture when present). Each mutant is opened, its catalogue and every
// bucket's values read, it is compared with itself (identical whenever all its values could be read), and it
// is reviewed: no crash, no hang (each within a time bound), the file never changed. CI also runs this test
// built with AddressSanitizer and UBSan (make sanitize → build-asan). IV_MUTATIONS=N changes the count.
#include "snapshotdiff.h"
#include "snapshotfile.h"
#include "snapshotreviewer.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <random>

using namespace iv;

class TestMutations : public QObject
{
    Q_OBJECT

    static int count(int fallback)
    {
        const int n = qEnvironmentVariableIntValue("IV_MUTATIONS");
        return n > 0 ? n : fallback;
    }

    static QByteArray mutate(const QByteArray &original, std::mt19937 &rng)
    {
        QByteArray m = original;
        auto pick = [&rng](int n) { return static_cast<int>(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
        const int op = pick(100);
        if (op < 80) {
            const int flips = 1 + pick(8);
            for (int i = 0; i < flips; ++i) {
                // Half of the mutations hit the header and the first pages, where the structure is.
                const int pos = pick(2) ? pick(std::min<int>(m.size(), 2048)) : pick(m.size());
                switch (pick(3)) {
                case 0: m[pos] = char(m[pos] ^ (1 << pick(8))); break;          // bit flip
                case 1: m[pos] = char(pick(256)); break;                         // random byte
                default: m[pos] = char(pick(2) ? 0xff : 0x00); break;            // extremes
                }
            }
        }
        if (op >= 65) // truncation, alone or after flips
            m.truncate(pick(m.size()));
        return m;
    }

    static void exercise(const QByteArray &original, int iterations, quint32 seed, const QString &name)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        std::mt19937 rng(seed);
        int opened = 0, unreadable = 0, integrityFailures = 0;
        qint64 slowest = 0;
        QElapsedTimer total;
        total.start();
        ReviewReport::Options options;
        options.timeLimitMs = 5000;
        options.maxScanCells = 200000;
        for (int i = 0; i < iterations; ++i) {
            const QByteArray bytes = mutate(original, rng);
            {
                QFile f(path);
                QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
                QCOMPARE(f.write(bytes), qint64(bytes.size()));
            }
            const ivtest::FileState before = ivtest::fileState(path);
            QElapsedTimer t;
            t.start();
            QString error;
            if (auto file = SnapshotFile::open(path, &error)) {
                ++opened;
                if (const auto cat = file->readCatalogue(&error)) {
                    for (const App &app : cat->apps)
                        for (const Question &q : app.questions)
                            if (q.isBucket())
                                file->loadBucketValues(q.id, &error);
                    // Whatever a file holds, it does not differ from itself (schema, executions, every
                    // value); a bucket whose values cannot be read is reported as not compared, hence not
                    // identical.
                    const auto self = SnapshotDiff::compare(path, path, &error);
                    const bool allRead = self && std::all_of(self->questions.cbegin(), self->questions.cend(),
                                                             [](const QuestionDiff &q) {
                                                                 return q.isValue || q.valuesCompared;
                                                             });
                    if (allRead)
                        QVERIFY2(self->identical(),
                                 qPrintable(QStringLiteral("mutant %1 differs from itself:\n%2")
                                                .arg(i)
                                                .arg(self->toText())));
                }
            } else {
                QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
            }
            const ReviewReport r = SnapshotReviewer::review(path, options);
            unreadable += r.readable() ? 0 : 1;
            integrityFailures += r.readable() && !r.integrityOk() ? 1 : 0;
            QVERIFY(r.exitCode() >= 0 && r.exitCode() <= 2);
            QVERIFY(!r.toText().isEmpty());
            QVERIFY(!r.toJson().isEmpty());
            const qint64 ms = t.elapsed();
            slowest = std::max(slowest, ms);
            QVERIFY2(ms < 20000, qPrintable(QStringLiteral("mutant %1 took %2 ms").arg(i).arg(ms)));
            QVERIFY2(ivtest::fileState(path) == before, qPrintable(QStringLiteral("mutant %1 changed").arg(i)));
        }
        qInfo("%s: %d mutants in %lld ms (slowest %lld ms): %d opened, %d unreadable in review, %d failed "
              "integrity_check",
              qPrintable(name), iterations, total.elapsed(), slowest, opened, unreadable, integrityFailures);
        QVERIFY(opened > 0); // the mutations are not all rejected at the door
    }

private slots:
    void builtDatabase()
    {
        QTemporaryDir dir;
        // Small pages: more b-tree structure per byte, so mutations reach more of the reader.
        const QString path = ivtest::buildDatabaseFromSql(
            dir, QStringLiteral("seed.db"),
            QStringLiteral("PRAGMA page_size=512;\n") + ivtest::basicSnapshotSql() +
                ivtest::readText(ivtest::dataPath(QStringLiteral("review_personal.sql"))));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        exercise(f.readAll(), count(3000), 20260501u, QStringLiteral("mutant.db"));
    }

    void fixture()
    {
        const QString path = ivtest::fixturePath(QStringLiteral("bookstore/insights.db"));
        if (!QFile::exists(path))
            return; // the fixtures are optional for this test; builtDatabase covers the reader without them
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        exercise(f.readAll(), count(3000) / 6, 20260502u, QStringLiteral("fixture-mutant.db"));
    }
};

QTEST_GUILESS_MAIN(TestMutations)
#include "tst_mutations.moc"
