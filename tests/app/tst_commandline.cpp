// SPDX-License-Identifier: MIT
// The headless commands as whole processes, with no display: exit codes, messages, and the files untouched.
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp()
    {
        const auto version = ivtest::runViewer({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QByteArray("insights-viewer " IV_VERSION "\n"));
        const auto help = ivtest::runViewer({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--dump-json"));
        QVERIFY(help.out.contains("--list"));
    }

    void listAndDump()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(dir, QStringLiteral("basic.db"),
                                                   {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        const ivtest::FileState before = ivtest::fileState(path);
        const auto list = ivtest::runViewer({QStringLiteral("--list"), path});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QString::fromUtf8(list.out),
                 QStringLiteral("Shop [shop.insights]\n"
                                "  counter     How many orders? (orders) = 1,234,567\n"
                                "  gauge       Average basket? (basket) = 12.25\n"
                                "  timeseries  Orders per day? (daily): 4 points\n"
                                "  scatterplot Price vs size? (scatter): 3 points\n"
                                "  hbarchart   Top products? (hbar): 3 points\n"
                                "blog.insights [blog.insights]\n"
                                "  counter     posts (posts) = 42\n"
                                "  barchart    Posts per tag? (bars): 2 points\n"
                                "  histogram   Length histogram? (histo): 3 points\n"));
        const auto dump = ivtest::runViewer({QStringLiteral("--dump-json"), path});
        QCOMPARE(dump.exitCode, 0);
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(dump.out, &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QStringLiteral("apps")).toArray().size(), 2);
        QVERIFY(ivtest::fileState(path) == before);
    }

    void terminalSafety()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(dir, QStringLiteral("markup.db"),
                                                   {QStringLiteral("schema.sql"), QStringLiteral("markup.sql")});
        const auto list = ivtest::runViewer({QStringLiteral("--list"), path});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(!list.out.contains('\x1b'));                       // no raw ANSI escape reaches the terminal
        QVERIFY(!list.out.contains(QStringLiteral("\u202e").toUtf8())); // nor a right-to-left override
        QVERIFY(list.out.contains("Invoice \\u202efdp.exe"));
        QVERIFY(list.out.contains("<script>alert(1)</script> orders?"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QStringList{QStringLiteral("--list"), QStringLiteral("/nonexistent/x.db")}
                                 << QStringLiteral("/nonexistent/x.db: no such file");
        QTest::newRow("no-file") << QStringList{QStringLiteral("--dump-json")} << QStringLiteral("exactly one FILE");
        QTest::newRow("unknown-option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("both") << QStringList{QStringLiteral("--list"), QStringLiteral("--dump-json"), QStringLiteral("x")}
                              << QStringLiteral("exclude");
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto run = ivtest::runViewer(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("insights-viewer: "), run.err.constData());
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void textFileGivesExit2()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some text\n");
        f.close();
        const ivtest::FileState before = ivtest::fileState(path);
        for (const QString &cmd : {QStringLiteral("--list"), QStringLiteral("--dump-json")}) {
            const auto run = ivtest::runViewer({cmd, path});
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.err.contains(path.toUtf8() + ": not an SQLite database"));
        }
        QVERIFY(ivtest::fileState(path) == before);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
