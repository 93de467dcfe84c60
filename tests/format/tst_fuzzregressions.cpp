// SPDX-License-Identifier: MIT
// The kept fuzz reproducers (tests/data/fuzz-regressions: *.sql built here, *.db small files as found) go
// through the fuzz target's path — open, catalogue, every bucket's values, a diff with itself, a review — and
// each ends in a clean error or a clean read with the stored numbers intact. Built in the sanitizer build too
// (make sanitize), where any undefined behaviour on the way (an out-of-range float → integer conversion, say)
// stops the test.
#include "reduction.h"
#include "snapshotdiff.h"
#include "snapshotfile.h"
#include "snapshotreviewer.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace iv;

// The axis computations a chart makes over a bucket's values (every span between two of its finite values,
// at every tick density): bounded, and a step either 0 or usable. In the sanitizer build, the log10 of a
// subnormal span's interval (0 to 5e-324) cast to int was undefined behaviour and looped about 2^31 times.
void axisSteps(const QVector<double> &values)
{
    QVector<double> finite;
    for (const double v : values)
        if (std::isfinite(v))
            finite << v;
    for (int i = 0; i < finite.size() && i < 20; ++i)
        for (int j = 0; j < finite.size() && j < 20; ++j)
            for (int intervals = 1; intervals <= 7; ++intervals) {
                const double lo = std::min(finite.at(i), finite.at(j)),
                             hi = std::max(finite.at(i), finite.at(j));
                int decimals = -1;
                const double step = Reduction::niceStep(hi - lo, intervals, &decimals);
                QVERIFY(step >= 0 && std::isfinite(step));
                QVERIFY(decimals >= 0 && decimals <= 330);
                if (step > 0)
                    QVERIFY(step * intervals >= (hi - lo) * (1 - 1e-9));
                (void)Reduction::stepFits(lo, hi, step);
            }
}

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void reproducer_data()
    {
        QTest::addColumn<QString>("source");
        const QDir dir(ivtest::dataPath(QStringLiteral("fuzz-regressions")));
        const auto files =
            dir.entryInfoList({QStringLiteral("*.sql"), QStringLiteral("*.db")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 8);
        for (const QFileInfo &fi : files)
            QTest::newRow(qPrintable(fi.fileName())) << fi.filePath();
    }

    void reproducer()
    {
        QFETCH(QString, source);
        QTemporaryDir dir;
        const QString path =
            source.endsWith(QLatin1String(".sql"))
                ? ivtest::buildDatabaseFromSql(dir, QStringLiteral("case.db"), ivtest::readText(source))
                : ivtest::copyFile(source, dir, QStringLiteral("case.db"));
        QVERIFY(QFile::exists(path));
        const ivtest::FileState before = ivtest::fileState(path);
        QString error;
        QHash<QString, double> values; // label → value as read
        int points = 0;
        if (auto file = SnapshotFile::open(path, &error)) {
            const auto cat = file->readCatalogue(&error);
            QVERIFY2(cat || error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
            if (cat)
                for (const App &app : cat->apps)
                    for (const Question &q : app.questions) {
                        if (!q.isBucket()) {
                            values.insert(q.label, q.valueValid ? q.value : std::nan(""));
                        } else if (const auto v = file->loadBucketValues(q.id, &error)) {
                            QCOMPARE(qint64(v->size()), q.pointCount);
                            points += v->size();
                            axisSteps(v->x);
                            axisSteps(v->y);
                        }
                    }
            if (cat) {
                const auto self = SnapshotDiff::compare(path, path, &error);
                QVERIFY2(self, qPrintable(error));
                QVERIFY(self->identical());
                QVERIFY(!self->toText().isEmpty());
                QVERIFY(!self->toJson().isEmpty());
            }
        } else {
            QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        }
        ReviewReport::Options options;
        options.timeLimitMs = 5000;
        const ReviewReport report = SnapshotReviewer::review(path, options);
        QVERIFY(report.exitCode() >= 0 && report.exitCode() <= 2);
        QVERIFY(!report.toText().isEmpty());
        QVERIFY(ivtest::fileState(path) == before);

        // The crafted cases: the stored numbers come through exactly, however far out of int64's range.
        const double inf = std::numeric_limits<double>::infinity();
        const QString name = QFileInfo(source).completeBaseName();
        if (name == QLatin1String("gauge-1e300")) {
            QCOMPARE(values.value(QStringLiteral("huge")), 1e300);
            QCOMPARE(values.value(QStringLiteral("tiny")), -1e300);
        } else if (name == QLatin1String("gauge-inf")) {
            QCOMPARE(values.value(QStringLiteral("inf")), inf);
            QCOMPARE(values.value(QStringLiteral("minf")), -inf);
        } else if (name == QLatin1String("counter-real-beyond-int64")) {
            QCOMPARE(values.value(QStringLiteral("above")), 9.3e18);
            QCOMPARE(values.value(QStringLiteral("below")), -9.3e18);
        } else if (name == QLatin1String("gauge-text-out-of-range")) {
            QCOMPARE(values.size(), 3);
        } else if (name.startsWith(QLatin1String("bucket-type-1e300"))) {
            QCOMPARE(points, 2);
        } else if (name == QLatin1String("bucketvalue-extremes")) {
            QCOMPARE(points, 4);
        } else if (name == QLatin1String("bucket-subnormal-span")) {
            QCOMPARE(points, 21);
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
