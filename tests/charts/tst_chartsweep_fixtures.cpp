// SPDX-License-Identifier: MIT
// The chart size sweep on every chart of every upstream fixture: widths 320 to 1920 px, heights 200 to
// 900 px, read back from the scene (chartsweep.h).
#include "chartsweep.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace iv;

class TestChartSweepFixtures : public QObject
{
    Q_OBJECT

private slots:
    void everyFixture_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"bookstore/insights-all-kinds.db", "bookstore/insights.db"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void everyFixture()
    {
        QFETCH(QString, file);
        QElapsedTimer timer;
        timer.start();
        const QStringList problems = ivtest::sweepFile(ivtest::fixturePath(file), ChartStyle::light());
        qInfo("swept in %lld ms", timer.elapsed());
        if (!problems.isEmpty() && qEnvironmentVariableIsSet("IV_SWEEP_LOG")) {
            QFile log(qEnvironmentVariable("IV_SWEEP_LOG"));
            if (log.open(QIODevice::WriteOnly | QIODevice::Append))
                log.write(problems.join(QLatin1Char('\n')).toUtf8() + "\n");
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(QLatin1Char('\n')) +
                                                QStringLiteral("\n(%1 problems)").arg(problems.size())));
    }
};

QTEST_MAIN(TestChartSweepFixtures)
#include "tst_chartsweep_fixtures.moc"
