// SPDX-License-Identifier: MIT
// Many files at once: `--review A B …` reviews each (an unreadable one does not stop the others), prints text
// or a JSON array, and exits with the worst status (2 > 1 > 0). The small-count rule (--min-count K) flags
// counters and bar/hbar/histogram values from 1 to K-1, naming app and question; it is off by default.
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestReviewBatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_clean, m_findings, m_unreadable, m_missing;

private slots:
    void initTestCase()
    {
        m_clean = ivtest::buildDatabase(m_dir, QStringLiteral("clean.db"),
                                        {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        m_findings = ivtest::buildDatabase(m_dir, QStringLiteral("findings.db"),
                                           {QStringLiteral("schema.sql"), QStringLiteral("basic.sql"),
                                            QStringLiteral("review_personal.sql")});
        m_unreadable = m_dir.filePath(QStringLiteral("notes.db"));
        QFile f(m_unreadable);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not an SQLite file, just some text that is long enough to look like one\n");
        f.close();
        m_missing = m_dir.filePath(QStringLiteral("missing.db"));
        QCOMPARE(ivtest::runViewer({QStringLiteral("--review"), m_clean}).exitCode, 0);
        QCOMPARE(ivtest::runViewer({QStringLiteral("--review"), m_findings}).exitCode, 1);
        QCOMPARE(ivtest::runViewer({QStringLiteral("--review"), m_unreadable}).exitCode, 2);
    }

    void worstStatus_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("clean clean") << QStringList{QStringLiteral("clean"), QStringLiteral("clean")} << 0;
        QTest::newRow("clean findings")
            << QStringList{QStringLiteral("clean"), QStringLiteral("findings")} << 1;
        QTest::newRow("findings clean")
            << QStringList{QStringLiteral("findings"), QStringLiteral("clean")} << 1;
        QTest::newRow("clean unreadable")
            << QStringList{QStringLiteral("clean"), QStringLiteral("unreadable")} << 2;
        QTest::newRow("unreadable clean")
            << QStringList{QStringLiteral("unreadable"), QStringLiteral("clean")} << 2;
        QTest::newRow("findings unreadable")
            << QStringList{QStringLiteral("findings"), QStringLiteral("unreadable")} << 2;
        QTest::newRow("missing findings clean")
            << QStringList{QStringLiteral("missing"), QStringLiteral("findings"), QStringLiteral("clean")}
            << 2;
    }

    void worstStatus()
    {
        QFETCH(QStringList, names);
        QFETCH(int, exitCode);
        const QHash<QString, QString> paths = {{QStringLiteral("clean"), m_clean},
                                               {QStringLiteral("findings"), m_findings},
                                               {QStringLiteral("unreadable"), m_unreadable},
                                               {QStringLiteral("missing"), m_missing}};
        QStringList files;
        for (const QString &n : names)
            files << paths.value(n);

        const auto text = ivtest::runViewer(QStringList{QStringLiteral("--review")} + files);
        QCOMPARE(text.exitCode, exitCode);
        // Every readable file was reviewed, whatever came before it; every unreadable one named on stderr.
        for (const QString &f : files) {
            const bool readable = f == m_clean || f == m_findings;
            if (readable)
                QVERIFY2(text.out.contains("SHA-256         " + ivtest::sha256(f)), qPrintable(f));
            else
                QVERIFY2(text.err.contains("insights-viewer: " + f.toUtf8()), text.err.constData());
        }

        const auto json =
            ivtest::runViewer(QStringList{QStringLiteral("--review"), QStringLiteral("--json")} + files);
        QCOMPARE(json.exitCode, exitCode);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        const QJsonArray reports = doc.array();
        QCOMPARE(reports.size(), files.size());
        for (int i = 0; i < files.size(); ++i) {
            const QJsonObject r = reports.at(i).toObject();
            QVERIFY(r.value(QStringLiteral("path")).toString().endsWith(QFileInfo(files.at(i)).fileName()));
            const bool readable = files.at(i) == m_clean || files.at(i) == m_findings;
            QCOMPARE(r.value(QStringLiteral("readable")).toBool(), readable);
            QCOMPARE(r.value(QStringLiteral("findings")).toArray().isEmpty(), files.at(i) != m_findings);
        }
    }

    void singleFileJsonStaysAnObject()
    {
        const auto json = ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--json"), m_clean});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(json.out).isObject());
    }

    void smallCounts()
    {
        // Off by default (clean above); with K = 10: the bar of 8 (row 12) and the histogram's 4, 9, 2
        // (rows 13-15). Not the timeseries (5, 7.5, 6, 9) nor the scatterplot (3.5, 7, 4), nor counters
        // of 42.
        const auto run = ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--json"),
                                            QStringLiteral("--min-count"), QStringLiteral("10"), m_clean});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray findings =
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray();
        QList<qint64> rows;
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            QCOMPARE(f.value(QStringLiteral("code")).toString(), QStringLiteral("small-count"));
            QCOMPARE(f.value(QStringLiteral("table")).toString(), QStringLiteral("insights_bucketvalue"));
            rows << f.value(QStringLiteral("row")).toInteger();
            if (rows.last() == 12) {
                QCOMPARE(f.value(QStringLiteral("app")).toString(), QStringLiteral("blog.insights"));
                QCOMPARE(f.value(QStringLiteral("question")).toString(), QStringLiteral("bars"));
            }
        }
        QCOMPARE(rows, (QList<qint64>{12, 13, 14, 15}));

        // A counter below K: 42 with K = 50; the text names app and question.
        const auto counter = ivtest::runViewer(
            {QStringLiteral("--review"), QStringLiteral("--min-count"), QStringLiteral("50"), m_clean});
        QCOMPARE(counter.exitCode, 1);
        QVERIFY2(counter.out.contains(
                     "small-count [app blog.insights, question posts, insights_counter.value row 2]"),
                 counter.out.constData());
        // K = 0 and 1: off.
        QCOMPARE(ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--min-count"),
                                    QStringLiteral("1"), m_clean})
                     .exitCode,
                 0);
        QCOMPARE(ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--min-count"),
                                    QStringLiteral("x"), m_clean})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestReviewBatch)
#include "tst_reviewbatch.moc"
