// SPDX-License-Identifier: MIT
// The review and the comparison on upstream's own files (../shared/fixtures): clean, no false alarms, SHA-256 as
// sha256sum computes it, and --diff naming the app and questions that insights-all-kinds.db adds.
#include "snapshotreviewer.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <algorithm>

using namespace iv;

class TestReviewFixtures : public QObject
{
    Q_OBJECT

private slots:
    void cleanUpstreamFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("names"); // people's names in insights_bucketvalue.category, the only findings
        QTest::newRow("insights.db") << QStringLiteral("bookstore/insights.db") << 0;
        // top_authors lists 15 authors: every one is a finding of its own.
        QTest::newRow("insights-all-kinds.db") << QStringLiteral("bookstore/insights-all-kinds.db") << 15;
    }
    void cleanUpstreamFiles()
    {
        QFETCH(QString, file);
        QFETCH(int, names);
        const QString path = ivtest::fixturePath(file);
        const ivtest::FileState before = ivtest::fileState(path);
        const ReviewReport r = SnapshotReviewer::review(path);
        QStringList findings;
        int listedNames = 0;
        for (const ReviewFinding &f : r.findings) {
            if (f.code == QLatin1String("personal-data-name") && f.table == QLatin1String("insights_bucketvalue") &&
                f.column == QLatin1String("category")) {
                listedNames += f.row >= 0 ? 1 : 0;
                continue;
            }
            findings << f.code + QLatin1Char(' ') + f.message;
        }
        QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
        QCOMPARE(listedNames, names); // every finding listed, none summarised
        QVERIFY(r.conformant);
        QVERIFY(r.integrityOk());
        QVERIFY(r.scanComplete);
        QCOMPARE(r.exitCode(), names ? 1 : 0);
        QCOMPARE(r.identity.journalModeName(), QStringLiteral("rollback journal"));

        QProcess p;
        p.start(QStringLiteral("sha256sum"), {path});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(r.identity.sha256.toLatin1(), p.readAllStandardOutput().left(64));

        const auto cli = ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--json"), path});
        QCOMPARE(cli.exitCode, names ? 1 : 0);
        const QJsonObject o = QJsonDocument::fromJson(cli.out).object();
        QCOMPARE(o.value(QStringLiteral("conformant")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
        QCOMPARE(o.value(QStringLiteral("findings")).toArray().size(), names);
        QCOMPARE(o.value(QStringLiteral("sha256")).toString(), r.identity.sha256);
        QVERIFY(ivtest::fileState(path) == before);
    }

    void knownContents()
    {
        const ReviewReport r = SnapshotReviewer::review(ivtest::fixturePath(QStringLiteral("bookstore/insights.db")));
        QCOMPARE(r.apps, (QStringList{QStringLiteral("Books"), QStringLiteral("Users")}));
        QCOMPARE(r.questionsPerKind.value(QStringLiteral("counter")), 8);
        QCOMPARE(r.questionsPerKind.value(QStringLiteral("gauge")), 1);
        QCOMPARE(r.questionsPerKind.value(QStringLiteral("timeseries")), 2);
        QCOMPARE(r.questionsPerKind.value(QStringLiteral("scatterplot")), 1);
        QCOMPARE(r.questionsPerKind.value(QStringLiteral("barchart")), 1);
        QCOMPARE(r.bucketPoints, qint64(121 + 11 + 80 + 2));
        QCOMPARE(r.executionDeltas, qint64(0)); // defined upstream, never written
    }

    void diffNamesAddedApp()
    {
        const QString a = ivtest::fixturePath(QStringLiteral("bookstore/insights.db"));
        const QString b = ivtest::fixturePath(QStringLiteral("bookstore/insights-all-kinds.db"));
        const ivtest::FileState beforeA = ivtest::fileState(a), beforeB = ivtest::fileState(b);
        const QString app = QStringLiteral("Catalogue — Ünïcode & <b>HTML</b>");
        const auto run = ivtest::runViewer({QStringLiteral("--diff"), a, b, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value(QStringLiteral("added_apps")).toArray(), QJsonArray{app});
        QCOMPARE(o.value(QStringLiteral("removed_apps")).toArray().size(), 0);
        QStringList added;
        for (const QJsonValue &v : o.value(QStringLiteral("questions")).toArray()) {
            const QJsonObject q = v.toObject();
            if (q.value(QStringLiteral("status")).toString() == QLatin1String("added")) {
                QCOMPARE(q.value(QStringLiteral("app")).toString(), app);
                added << q.value(QStringLiteral("label")).toString();
            }
        }
        added.sort();
        // The third app's questions, from the fixture README: a counter with a <script> tag, two gauges, daily and
        // weekly timeseries, a scatterplot, a barchart and an hbarchart.
        QCOMPARE(added, (QStringList{QStringLiteral("authors_per_decade"), QStringLiteral("books_per_day"),
                                     QStringLiteral("books_per_week"), QStringLiteral("count_books_by_centenarians"),
                                     QStringLiteral("mean_age_offset"), QStringLiteral("share_female_books"),
                                     QStringLiteral("title_length_vs_age"), QStringLiteral("top_authors")}));
        const auto text = ivtest::runViewer({QStringLiteral("--diff"), a, b});
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.contains((QStringLiteral("+ app ") + app + QLatin1Char('\n')).toUtf8()));
        QVERIFY(text.out.contains("(books_per_day): 2713 points"));
        QCOMPARE(ivtest::runViewer({QStringLiteral("--diff"), b, b}).exitCode, 0);
        QVERIFY(ivtest::fileState(a) == beforeA);
        QVERIFY(ivtest::fileState(b) == beforeB);
    }
};

QTEST_GUILESS_MAIN(TestReviewFixtures)
#include "tst_review_fixtures.moc"
