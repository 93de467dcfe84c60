// SPDX-License-Identifier: MIT
// The chart size sweep on the hostile snapshots (tests/data/hostile_labels.sql, hostile_scripts.sql): every
// chart at widths 320 to 1920 px and heights 200 to 900 px, light and dark, English and German, read back
// from the scene.
#include "chartsweep.h"
#include "testsupport.h"
#include "translations.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace iv;

class TestChartSweep : public QObject
{
    Q_OBJECT

private slots:
    void hostileLabels_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        // hostile_labels.sql: negative, huge, float noise, many categories, every period;
        // hostile_scripts.sql: right-to-left, Thai, Devanagari, CJK, empty and 200-letter labels.
        for (const char *sql : {"hostile_labels.sql", "hostile_scripts.sql"}) {
            const QString file = QString::fromLatin1(sql);
            QTest::addRow("%s en light", sql) << file << QStringLiteral("en") << false;
            QTest::addRow("%s de dark", sql) << file << QStringLiteral("de") << true;
        }
    }
    void hostileLabels()
    {
        QFETCH(QString, sql);
        QFETCH(QString, language);
        QFETCH(bool, dark);
        Translations::instance()->apply(language);
        QTemporaryDir dir;
        const QString path =
            ivtest::buildDatabase(dir, QStringLiteral("hostile.db"), {QStringLiteral("schema.sql"), sql});
        QElapsedTimer timer;
        timer.start();
        const QStringList problems =
            ivtest::sweepFile(path, dark ? ChartStyle::darkTheme() : ChartStyle::light());
        qInfo("swept in %lld ms", timer.elapsed());
        if (!problems.isEmpty() && qEnvironmentVariableIsSet("IV_SWEEP_LOG")) {
            QFile log(qEnvironmentVariable("IV_SWEEP_LOG"));
            if (log.open(QIODevice::WriteOnly | QIODevice::Append))
                log.write(problems.join(QLatin1Char('\n')).toUtf8() + "\n");
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(QLatin1Char('\n')) +
                                                QStringLiteral("\n(%1 problems)").arg(problems.size())));
    }

    // Every text drawn on every chart of the snapshot, light and dark, against what lies under it (the
    // chart's background, or the bar for a value written inside one): WCAG AA, 4.5:1 or more.
    void textContrast()
    {
        Translations::instance()->apply(QStringLiteral("en"));
        QTemporaryDir dir;
        QStringList problems;
        for (const QString &sql :
             {QStringLiteral("hostile_labels.sql"), QStringLiteral("hostile_scripts.sql")}) {
            const QString path =
                ivtest::buildDatabase(dir, sql + QStringLiteral(".db"), {QStringLiteral("schema.sql"), sql});
            for (const ChartStyle &style : {ChartStyle::light(), ChartStyle::darkTheme()})
                problems += ivtest::contrastProblems(path, style);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 30).join(QLatin1Char('\n'))));
    }

    // The categorical palette: colours told apart (also by the colour-blind: Okabe & Ito's), a category's
    // colour the same in every chart whatever comes before it, muted text legible on both themes.
    void paletteAndMutedText()
    {
        QColor a =
            ivtest::scatterColour(QStringLiteral("alpha"), {QStringLiteral("alpha"), QStringLiteral("beta")});
        QColor b =
            ivtest::scatterColour(QStringLiteral("alpha"), {QStringLiteral("gamma"), QStringLiteral("delta"),
                                                            QStringLiteral("alpha")});
        QCOMPARE(a, b);
        // Seven categories of one chart: seven different colours.
        QStringList seven;
        for (int i = 0; i < 7; ++i)
            seven << QStringLiteral("category %1").arg(i);
        QSet<QRgb> colours;
        for (const QString &c : std::as_const(seven))
            colours.insert(ivtest::scatterColour(c, seven).rgb());
        QCOMPARE(colours.size(), 7);
        for (const bool dark : {false, true}) {
            const QColor window = dark ? QColor(0x1F, 0x23, 0x2A) : QColor(0xEF, 0xEF, 0xEF);
            const QColor text = dark ? QColor(0xE5, 0xE7, 0xEB) : QColor(Qt::black);
            const QColor muted = ChartStyle::mutedText(text, window);
            QVERIFY(ChartStyle::contrast(muted, window) >= ChartStyle::kTextContrast);
            QVERIFY(muted != text); // still muted
            // The old disabled-label grey failed.
            QVERIFY(ChartStyle::contrast(QColor(0xBE, 0xBE, 0xBE), QColor(0xEF, 0xEF, 0xEF)) < 2);
            const ChartStyle style = dark ? ChartStyle::darkTheme() : ChartStyle::light();
            QVERIFY(
                ChartStyle::contrast(style.warning(), dark ? QColor(0x1F, 0x23, 0x2A) : QColor(Qt::white)) >=
                ChartStyle::kTextContrast);
        }
    }
};

QTEST_MAIN(TestChartSweep)
#include "tst_chartsweep.moc"
