// SPDX-License-Identifier: MIT
// The review's detectors on 100,000 categories: NameDetector::scanCategories and PersonalDataScanner (scan()
// per category, then scanCategories()). Timings, not limits: the unit tests check what the detectors find,
// this measures how fast (docs/PERFORMANCE.md). Run: ninja -C build bench_detectors &&
// build/bench/bench_detectors
#include "namedetector.h"
#include "namelexicon.h"
#include "personaldatascanner.h"

#include <QFile>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(BenchDetectors)
#include "bench_detectors.moc"
