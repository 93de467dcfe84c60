// SPDX-License-Identifier: MIT
// The review's detectors on 100,000 categories: NameDetector::scanCategories and PersonalDataScanner (scan()
// per category, then scanCategories()). Timings, not limits: the unit tests check what the detectors find,
// this measures how fast (docs/PERFORMANCE.md). Run: ninja -C build bench_detectors &&
// build/bench/bench_detectors. With IV_BENCH_DB=FILE also the review's integrity check against SQLite's
// PRAGMA integrity_check on that file (e.g. bench/make-big-snapshot.sh /tmp/big1m.db 1000000).
#include "integritycheck.h"
#include "namedetector.h"
#include "namelexicon.h"
#include "personaldatascanner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <sqlite3.h>

using namespace iv;

class BenchDetectors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { NameLexicon::instance(); } // loaded once, outside the timings

    // Names from the labelled set (tests/data/review-labelled/names.tsv), every seventh with a number.
    void nameDetectorHundredThousand()
    {
        QStringList labelled;
        QFile f(QStringLiteral(IV_TEST_DATA_DIR "/review-labelled/names.tsv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const QString &line : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n')))
            if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                labelled << line.mid(line.indexOf(QLatin1Char('\t')) + 1);
        QVERIFY(!labelled.isEmpty());
        QStringList categories;
        categories.reserve(100000);
        for (int i = 0; i < 100000; ++i)
            categories.append(labelled.at(i % labelled.size()) +
                              (i % 7 == 0 ? QStringLiteral(" %1").arg(i) : QString()));
        qsizetype found = 0;
        QBENCHMARK_ONCE
        {
            found = NameDetector::scanCategories(categories).size();
        }
        QCOMPARE(found, categories.size());
    }

    void scannerHundredThousand()
    {
        QStringList categories;
        for (int i = 0; i < 100000; ++i)
            categories.append(i % 3 == 0   ? QStringLiteral("Author %1").arg(i)
                              : i % 3 == 1 ? QStringLiteral("Adam Silva %1").arg(i % 50)
                                           : QStringLiteral("category-%1@x").arg(i));
        qsizetype n = 0;
        QBENCHMARK_ONCE
        {
            for (const QString &c : std::as_const(categories))
                n += PersonalDataScanner::scan(c).size();
        }
        qInfo("scan(): %lld matches", qint64(n));
    }

    void scannerCategoriesHundredThousand()
    {
        QStringList categories;
        for (int i = 0; i < 100000; ++i)
            categories.append(i % 3 == 0   ? QStringLiteral("Author %1").arg(i)
                              : i % 3 == 1 ? QStringLiteral("Adam Silva %1").arg(i % 50)
                                           : QStringLiteral("category-%1@x").arg(i));
        qsizetype n = 0;
        QBENCHMARK_ONCE
        {
            n = PersonalDataScanner::scanCategories(categories).size();
        }
        QCOMPARE(n, categories.size());
    }

    // The integrity check (quick_check + indexes compared with their tables by hash) and SQLite's
    // integrity_check on the same file, alternated, three times each; both must say "ok".
    void integrityCheckAgainstSqlite()
    {
        const QByteArray path = qgetenv("IV_BENCH_DB");
        if (path.isEmpty())
            QSKIP("set IV_BENCH_DB to a snapshot");
        const QByteArray uri = "file:" + path + "?immutable=1";
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr),
                 SQLITE_OK);
        for (int run = 1; run <= 3; ++run) {
            QElapsedTimer t;
            t.start();
            const IntegrityCheck::Result ours = IntegrityCheck::run(db);
            const qint64 oursMs = t.restart();
            QStringList sqlite;
            sqlite3_stmt *st = nullptr;
            sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr);
            while (sqlite3_step(st) == SQLITE_ROW)
                sqlite << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
            sqlite3_finalize(st);
            const qint64 sqliteMs = t.elapsed();
            qInfo("run %d: IntegrityCheck %lld ms (%d tables compared, %s), PRAGMA integrity_check %lld ms "
                  "(%s)",
                  run, oursMs, ours.tablesCompared, qPrintable(ours.lines.join(u' ')), sqliteMs,
                  qPrintable(sqlite.join(u' ')));
            QCOMPARE(ours.lines, sqlite);
        }
        sqlite3_close(db);
    }
};

QTEST_GUILESS_MAIN(BenchDetectors)
#include "bench_detectors.moc"
