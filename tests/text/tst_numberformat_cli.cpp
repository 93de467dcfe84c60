// SPDX-License-Identifier: MIT
// --list writes numbers in the language it runs in; --dump-json stays in the C locale.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestNumberFormatCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_basic;

private slots:
    void initTestCase()
    {
        m_basic = ivtest::buildDatabase(m_dir, QStringLiteral("basic.db"),
                                        {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
    }

    void listFollowsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("counter");
        QTest::addColumn<QString>("gauge");
        QTest::newRow("en") << "en"
                            << "(orders) = 1,234,567\n"
                            << "(basket) = 12.25\n";
        QTest::newRow("nl") << "nl"
                            << "(orders) = 1.234.567\n"
                            << "(basket) = 12,25\n";
        QTest::newRow("de") << "de"
                            << "(orders) = 1.234.567\n"
                            << "(basket) = 12,25\n";
    }
    void listFollowsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, counter);
        QFETCH(QString, gauge);
        const auto run =
            ivtest::runViewer({QStringLiteral("--language"), language, QStringLiteral("--list"), m_basic});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(counter), qPrintable(out));
        QVERIFY2(out.contains(gauge), qPrintable(out));
    }

    // The PDF report's value table too.
    void reportFollowsLanguage()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        const auto run = ivtest::runViewer({QStringLiteral("--language"), QStringLiteral("de"),
                                            QStringLiteral("--export-report"), pdf, m_basic});
        QCOMPARE(run.exitCode, 0);
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("1.234.567")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("12,25")), qPrintable(text));
        // When the snapshot was collected, with the month in German.
        QVERIFY2(text.contains(QStringLiteral("2. Januar 2026, 09:30 UTC")), qPrintable(text));
    }

    // The report's dates in Dutch.
    void reportDatesInDutch()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("report-nl.pdf"));
        const auto run = ivtest::runViewer({QStringLiteral("--language"), QStringLiteral("nl"),
                                            QStringLiteral("--export-report"), pdf, m_basic});
        QCOMPARE(run.exitCode, 0);
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("2 januari 2026, 09:30 UTC")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("2026-01-02")), qPrintable(text));
    }

    void dumpJsonStaysMachineReadable()
    {
        const auto run = ivtest::runViewer(
            {QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--dump-json"), m_basic});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("12.25"));
        QVERIFY(!run.out.contains("12,25"));
        QVERIFY(!run.out.contains("1.234.567"));
        QVERIFY(QJsonDocument::fromJson(run.out).isObject());
    }
};

QTEST_GUILESS_MAIN(TestNumberFormatCli)
#include "tst_numberformat_cli.moc"
