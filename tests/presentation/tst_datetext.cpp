// SPDX-License-Identifier: MIT
// uiDateTime: when a snapshot was collected, in the UI language (status bar, report).
#include "datetext.h"
#include "translations.h"

#include <QTest>

using namespace iv;

class TestDateText : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Translations::instance()->apply(QStringLiteral("en")); }

    void monthNamesInTheUiLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("March 14, 2024, 5:07 PM UTC");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("14. März 2024, 17:07 UTC");
        QTest::newRow("nl") << QStringLiteral("nl") << QStringLiteral("14 maart 2024, 17:07 UTC");
    }
    void monthNamesInTheUiLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        Translations::instance()->apply(language);
        const QString text = uiDateTime(QStringLiteral("2024-03-14 17:07:45.123456"));
        QCOMPARE(text, expected);
    }

    // A stored text that is not a time is shown as stored, never as a guessed date.
    void unparsableStaysAsStored()
    {
        Translations::instance()->apply(QStringLiteral("de"));
        QCOMPARE(uiDateTime(QStringLiteral("yesterday")), QStringLiteral("yesterday"));
        QCOMPARE(uiDateTime(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"
