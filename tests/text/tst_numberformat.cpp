// SPDX-License-Identifier: MIT
// NumberFormat: numbers in the UI language's locale, exact and display forms.
#include "numberformat.h"
#include "translations.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace iv;

namespace {
NumberFormat fmt(const char *language)
{
    return NumberFormat(Translations::localeFor(QString::fromLatin1(language)));
}
} // namespace

class TestNumberFormat : public QObject
{
    Q_OBJECT

private slots:
    void uiLanguageNotSystem()
    {
        // The tests run with LC_ALL=C.UTF-8; the numbers follow the UI language regardless.
        Translations::instance()->apply(QStringLiteral("de"));
        QCOMPARE(NumberFormat::ui().integer(2000), QStringLiteral("2.000"));
        QCOMPARE(NumberFormat::ui().display(2000.0), QStringLiteral("2.000"));
        Translations::instance()->apply(QStringLiteral("en"));
        QCOMPARE(NumberFormat::ui().integer(2000), QStringLiteral("2,000"));
        // A caller's locale with grouping switched off still groups.
        QLocale noGroups(QLocale::English, QLocale::UnitedStates);
        noGroups.setNumberOptions(QLocale::OmitGroupSeparator);
        QCOMPARE(NumberFormat(noGroups).integer(5000), QStringLiteral("5,000"));
    }

    void integers_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en 5000") << "en" << qint64(5000) << "5,000";
        QTest::newRow("nl 5000") << "nl" << qint64(5000) << "5.000";
        QTest::newRow("de 5000") << "de" << qint64(5000) << "5.000";
        QTest::newRow("en 0") << "en" << qint64(0) << "0";
        QTest::newRow("de negative") << "de" << qint64(-1234567) << "-1.234.567";
        QTest::newRow("en max") << "en" << std::numeric_limits<qint64>::max() << "9,223,372,036,854,775,807";
        QTest::newRow("de max") << "de" << std::numeric_limits<qint64>::max() << "9.223.372.036.854.775.807";
        QTest::newRow("nl min") << "nl" << std::numeric_limits<qint64>::min() << "-9.223.372.036.854.775.808";
    }
    void integers()
    {
        QFETCH(QString, language);
        QFETCH(qint64, value);
        QFETCH(QString, expected);
        QCOMPARE(fmt(language.toLatin1()).integer(value), expected);
    }

    void exact_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en table value") << "en" << 99.29763265501352 << "99.29763265501352";
        QTest::newRow("de table value") << "de" << 99.29763265501352 << "99,29763265501352";
        QTest::newRow("nl grouped") << "nl" << 573607.73 << "573.607,73";
        QTest::newRow("de grouped") << "de" << 573607.73 << "573.607,73";
        QTest::newRow("en grouped") << "en" << 573607.73 << "573,607.73";
        QTest::newRow("en negative") << "en" << -10.758 << "-10.758";
        QTest::newRow("de negative") << "de" << -1234.5 << "-1.234,5";
        QTest::newRow("en zero") << "en" << 0.0 << "0";
        QTest::newRow("en minus zero") << "en" << -0.0 << "-0";
        QTest::newRow("de minus zero") << "de" << -0.0 << "-0";
        QTest::newRow("en int64 max as double")
            << "en" << 9223372036854775807.0 << "9,223,372,036,854,776,000";
        QTest::newRow("de 1e300") << "de" << 1e300 << "1E+300";
        QTest::newRow("en 1e300") << "en" << 1e300 << "1E+300";
        QTest::newRow("en 1e-300") << "en" << 1e-300 << "1E-300";
        QTest::newRow("de 1.5e-300") << "de" << 1.5e-300 << "1,5E-300";
        QTest::newRow("en tiny fixed") << "en" << 0.00001234 << "0.00001234";
        QTest::newRow("en nan") << "en" << std::nan("") << "NaN";
        QTest::newRow("en inf") << "en" << std::numeric_limits<double>::infinity() << "∞";
        QTest::newRow("de -inf") << "de" << -std::numeric_limits<double>::infinity() << "-∞";
        QTest::newRow("en max double")
            << "en" << std::numeric_limits<double>::max() << "1.7976931348623157E+308";
        QTest::newRow("en denormal") << "en" << 5e-324 << "5E-324";
    }
    void exact()
    {
        QFETCH(QString, language);
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(fmt(language.toLatin1()).exact(value), expected);
    }

    void exactIsDistinctAndReadsBack()
    {
        const double values[] = {1.0,           1.0 + 1e-12,
                                 0.1 + 0.2,     0.3,
                                 79.1997137393, 79.19971373930001,
                                 1e-300,        1.0000000000000002e-300,
                                 123456789.123, -0.5,
                                 2.5e15,        1e21,
                                 1e20};
        for (const char *language : {"en", "nl", "de"}) {
            const NumberFormat f = fmt(language);
            QStringList texts;
            for (double v : values) {
                const QString t = f.exact(v);
                texts << t;
                bool ok = false;
                QCOMPARE(f.parse(t, &ok), v);
                QVERIFY2(ok, qPrintable(t));
            }
            for (int i = 0; i < texts.size(); ++i)
                for (int j = i + 1; j < texts.size(); ++j)
                    QVERIFY2(texts.at(i) != texts.at(j),
                             qPrintable((QLatin1String(language) + QLatin1Char(' ') + texts.at(i))));
        }
        QCOMPARE(fmt("de").exact(1.0 + 1e-12), QStringLiteral("1,000000000001"));
        QCOMPARE(fmt("en").exact(1.0 + 1e-12), QStringLiteral("1.000000000001"));
        QCOMPARE(fmt("nl").exact(1e-12), QStringLiteral("1E-12"));
        QCOMPARE(fmt("nl").exact(2e-12), QStringLiteral("2E-12"));
    }

    void display_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en card gauge") << "en" << 79.1997137393 << "79.2";
        QTest::newRow("de card gauge") << "de" << 79.1997137393 << "79,2";
        QTest::newRow("en three decimals") << "en" << 1.748 << "1.748";
        QTest::newRow("nl three decimals") << "nl" << 1.748 << "1,748";
        QTest::newRow("en noise") << "en" << -10.758000000000003 << "-10.758";
        QTest::newRow("en bar label") << "en" << 573607.73 << "573,607.73";
        QTest::newRow("de bar label") << "de" << 573607.73 << "573.607,73";
        QTest::newRow("de whole") << "de" << 2000.0 << "2.000";
        QTest::newRow("en whole") << "en" << 2000.0 << "2,000";
        QTest::newRow("nl whole") << "nl" << 1234567.0 << "1.234.567";
        QTest::newRow("en zero") << "en" << 0.0 << "0";
        QTest::newRow("en minus zero") << "en" << -0.0 << "0";
        QTest::newRow("en small") << "en" << 0.000123456 << "0.000123";
        QTest::newRow("de small") << "de" << 0.123456 << "0,123";
        QTest::newRow("en tiny") << "en" << 1e-300 << "1E-300";
        QTest::newRow("en huge") << "en" << 1e300 << "1E+300";
        QTest::newRow("de huge") << "de" << 9223372036854775807.0 << "9,223E+18";
        QTest::newRow("en share") << "en" << 3.4 << "3.4";
        QTest::newRow("en rounds up") << "en" << 2.9999 << "3";
        QTest::newRow("en nan") << "en" << std::nan("") << "NaN";
        QTest::newRow("nl inf") << "nl" << std::numeric_limits<double>::infinity() << "∞";
    }
    void display()
    {
        QFETCH(QString, language);
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(fmt(language.toLatin1()).display(value), expected);
    }

    void compact_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        const QString nb(QChar(0x00A0));
        QTest::newRow("en small") << "en" << 999.5 << "999.5";
        QTest::newRow("en M") << "en" << 1234567.0 << QStringLiteral("1.23") + nb + QStringLiteral("M");
        QTest::newRow("de Mio") << "de" << 1234567.0 << QStringLiteral("1,23") + nb + QStringLiteral("Mio.");
        QTest::newRow("nl mln") << "nl" << 1200000.0 << QStringLiteral("1,2") + nb + QStringLiteral("mln.");
        QTest::newRow("en K") << "en" << 573607.73 << QStringLiteral("574") + nb + QStringLiteral("K");
        QTest::newRow("en carries") << "en" << 999999.0 << QStringLiteral("1") + nb + QStringLiteral("M");
        QTest::newRow("de negative") << "de" << -2500000000.0
                                     << QStringLiteral("-2,5") + nb + QStringLiteral("Mrd.");
    }
    void compact()
    {
        QFETCH(QString, language);
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(fmt(language.toLatin1()).compact(value), expected);
    }

    // Percentages: one decimal, but a real change never reads as 0.0.
    void percent_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en one decimal") << "en" << 23.80952 << "23.8";
        QTest::newRow("de one decimal") << "de" << -16.6667 << "-16,7";
        QTest::newRow("nl zero") << "nl" << 0.0 << "0,0";
        QTest::newRow("en 0.05 rounds up") << "en" << 0.05 << "0.1";
        QTest::newRow("en 1 in 2004") << "en" << 100.0 / 2004 << "0.05";
        QTest::newRow("de 1 in 20,000") << "de" << -100.0 / 20000 << "-0,005";
        QTest::newRow("en thousands") << "en" << 12345.67 << "12,345.7";
    }
    void percent()
    {
        QFETCH(QString, language);
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(fmt(language.toLatin1()).percent(value), expected);
    }

    // The switch points of each form, on both sides: compact from 1,000 (below: display) up to 1e15 (from
    // there: display's exponent), display's exponent from 1e15, exact's fixed notation from 1e-6 below 1e21.
    void boundaries_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        const QString nb(QChar(0x00A0));
        QTest::newRow("compact 999") << "compact" << 999.0 << "999";
        QTest::newRow("compact 1,000")
            << "compact" << 1000.0 << QStringLiteral("1") + nb + QStringLiteral("K");
        QTest::newRow("compact -1,000")
            << "compact" << -1000.0 << QStringLiteral("-1") + nb + QStringLiteral("K");
        QTest::newRow("compact 9.99e14")
            << "compact" << 9.99e14 << QStringLiteral("999") + nb + QStringLiteral("T");
        QTest::newRow("compact 1e15") << "compact" << 1e15 << "1E+15";
        QTest::newRow("display 999,999,999,999,999")
            << "display" << 999999999999999.0 << "999,999,999,999,999";
        QTest::newRow("display 1e15") << "display" << 1e15 << "1E+15";
        QTest::newRow("display -1e15") << "display" << -1e15 << "-1E+15";
        QTest::newRow("exact 1e20") << "exact" << 1e20 << "100,000,000,000,000,000,000";
        QTest::newRow("exact 1e21") << "exact" << 1e21 << "1E+21";
        QTest::newRow("exact -1e21") << "exact" << -1e21 << "-1E+21";
        QTest::newRow("exact 1e-6") << "exact" << 1e-6 << "0.000001";
        QTest::newRow("exact 9.5e-7") << "exact" << 9.5e-7 << "9.5E-7";
    }
    void boundaries()
    {
        QFETCH(QString, form);
        QFETCH(double, value);
        QFETCH(QString, expected);
        const NumberFormat en = fmt("en");
        const QString got = form == QLatin1String("compact")   ? en.compact(value)
                            : form == QLatin1String("display") ? en.display(value)
                                                               : en.exact(value);
        QCOMPARE(got, expected);
    }

    void parse()
    {
        bool ok = false;
        QCOMPARE(fmt("de").parse(QStringLiteral("1.234,5"), &ok), 1234.5);
        QVERIFY(ok);
        QCOMPARE(fmt("de").parse(QStringLiteral("0,75"), &ok), 0.75);
        QCOMPARE(fmt("en").parse(QStringLiteral(" 100 "), &ok), 100.0);
        QVERIFY(ok);
        fmt("en").parse(QStringLiteral("lots"), &ok);
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
