// SPDX-License-Identifier: MIT
// The review record: `--review --record OUT.pdf FILE` and the review page's Export Review… write a PDF (real
// text, read back with pdftotext) with the file's SHA-256, the tool's version, the date and every finding's
// code, app, question and masked sample, and the JSON beside it; the page adds the reviewer's decision and
// note.
#include "findingsmodel.h"
#include "findingsview.h"
#include "preferences.h"
#include "reviewdeskstore.h"
#include "reviewpage.h"
#include "reviewrecord.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace iv;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QString();
    // Layout spacing is not content: runs of spaces become one.
    return QString::fromUtf8(p.readAllStandardOutput())
        .replace(QRegularExpression(QStringLiteral(" {2,}")), QStringLiteral(" "));
}

QString personalDb(const QTemporaryDir &dir)
{
    return ivtest::buildDatabase(
        dir, QStringLiteral("personal.db"),
        {QStringLiteral("schema.sql"), QStringLiteral("basic.sql"), QStringLiteral("review_personal.sql")});
}

} // namespace

class TestReviewRecord : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Never skipped: without pdftotext nothing here would be checked (packaging/install-deps.sh has it).
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext (poppler-utils) is not installed");
    }

    void init()
    {
        QVERIFY(QDir(ReviewDeskStore().directory()).removeRecursively()); // no kept decisions from other runs
    }

    void commandLineRecord()
    {
        QTemporaryDir dir;
        const QString path = personalDb(dir);
        const ivtest::FileState before = ivtest::fileState(path);
        QTemporaryDir out; // the reviewed file's folder stays as it was
        const QString pdf = out.filePath(QStringLiteral("record.pdf"));
        const auto run =
            ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--record"), pdf, path});
        QCOMPARE(run.exitCode, 1); // findings
        QVERIFY2(!run.err.contains("insights-viewer:"), run.err.constData());
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QVERIFY(ivtest::fileState(path) == before);

        const QString jsonPath = out.filePath(QStringLiteral("record.json"));
        QVERIFY(QFileInfo::exists(jsonPath));
        const QJsonObject o = QJsonDocument::fromJson(ivtest::readText(jsonPath).toUtf8()).object();
        const QString sha = QString::fromLatin1(ivtest::sha256(path));
        QCOMPARE(o.value(QStringLiteral("sha256")).toString(), sha);
        const QJsonObject record = o.value(QStringLiteral("record")).toObject();
        QCOMPARE(record.value(QStringLiteral("version")).toString(), QStringLiteral(IV_VERSION));
        QCOMPARE(record.value(QStringLiteral("decision")).toString(), QStringLiteral("none"));
        QCOMPARE(record.value(QStringLiteral("exit_code")).toInt(), 1);
        const QDateTime created =
            QDateTime::fromString(record.value(QStringLiteral("created")).toString(), Qt::ISODate);
        QVERIFY(created.isValid());
        QVERIFY(qAbs(created.secsTo(QDateTime::currentDateTimeUtc())) < 300);
        const QJsonArray findings = o.value(QStringLiteral("findings")).toArray();
        QVERIFY(findings.size() >= 12);

        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(sha), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("insights-viewer %1").arg(QStringLiteral(IV_VERSION))));
        QVERIFY(text.contains(created.toString(Qt::ISODate)));
        QVERIFY(text.contains(QStringLiteral("no decision recorded")));
        QVERIFY(text.contains(QStringLiteral("Modified (UTC)"))); // no ligatures: text reads back as written
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            QVERIFY2(text.contains(f.value(QStringLiteral("code")).toString()),
                     qPrintable(f.value(QStringLiteral("code")).toString()));
            if (f.contains(QStringLiteral("sample")))
                QVERIFY2(text.contains(f.value(QStringLiteral("sample")).toString()),
                         qPrintable(f.value(QStringLiteral("sample")).toString()));
        }
        // The e-mail address in a counter's description names its app and question, in JSON and PDF.
        bool named = false;
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("table")).toString() == QLatin1String("insights_counter")) {
                QCOMPARE(f.value(QStringLiteral("app")).toString(), QStringLiteral("Shop"));
                QCOMPARE(f.value(QStringLiteral("question")).toString(), QStringLiteral("orders"));
                named = true;
            }
        }
        QVERIFY(named);
        QVERIFY(text.contains(QStringLiteral("App: Shop")));
        QVERIFY(text.contains(QStringLiteral("Question: orders")));
        // Never the full value.
        QVERIFY(!text.contains(QStringLiteral("jane.doe@example.org")));
        QVERIFY(!text.contains(QStringLiteral("ops@shop.example")));

        // Usage: --record takes one FILE; --record without --review is refused.
        QCOMPARE(ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--record"), pdf, path, path})
                     .exitCode,
                 2);
        const auto alone = ivtest::runViewer({QStringLiteral("--record"), pdf, path});
        QCOMPARE(alone.exitCode, 2);
        QVERIFY2(alone.err.contains("insights-viewer: --record goes with --review"), alone.err.constData());
        // An unwritable place: exit 2 naming the record.
        const QString bad = dir.filePath(QStringLiteral("no/such/dir/r.pdf"));
        const auto fails =
            ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--record"), bad, path});
        QCOMPARE(fails.exitCode, 2);
        QVERIFY2(fails.err.contains("r."), fails.err.constData());
    }

    void pageDecisionInRecord()
    {
        QTemporaryDir dir;
        const QString path = personalDb(dir);
        ReviewPage page;
        page.show();
        QSignalSpy finished(&page, &ReviewPage::reviewFinished);
        page.reviewFile(path);
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY(!page.isBusy());

        const QString plain = dir.filePath(QStringLiteral("plain.pdf"));
        QString error;
        QVERIFY2(page.exportReview(plain, &error), qPrintable(error));
        QVERIFY(pdfText(plain).contains(QStringLiteral("no decision recorded")));

        const QString note = QStringLiteral("Signed off by <b>J. Officer</b> for the 2026 audit");
        page.setDecision(ReviewRecord::Decision::Rejected, note);
        QCOMPARE(page.decision(), ReviewRecord::Decision::Rejected);
        const QString pdf = dir.filePath(QStringLiteral("decided.pdf"));
        QVERIFY2(page.exportReview(pdf, &error), qPrintable(error));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Reviewer's decision: rejected")), qPrintable(text));
        QVERIFY2(text.contains(note), qPrintable(text)); // literally, never markup
        QVERIFY(text.contains(QString::fromLatin1(ivtest::sha256(path))));
        QVERIFY(text.contains(QStringLiteral("personal-data-email")));
        const QJsonObject json =
            QJsonDocument::fromJson(ivtest::readText(dir.filePath(QStringLiteral("decided.json"))).toUtf8())
                .object();
        QCOMPARE(json.value(QStringLiteral("record")).toObject().value(QStringLiteral("decision")).toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(json.value(QStringLiteral("record")).toObject().value(QStringLiteral("note")).toString(),
                 note);

        page.setDecision(ReviewRecord::Decision::Approved, QString());
        QVERIFY(page.exportReview(pdf, &error));
        QVERIFY(pdfText(pdf).contains(QStringLiteral("Reviewer's decision: approved")));

        // A new review starts undecided, then finds the decision kept for this file's content.
        page.reviewFile(path);
        QCOMPARE(page.decision(), ReviewRecord::Decision::None);
        QVERIFY(page.note().isEmpty());
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(page.decision(), ReviewRecord::Decision::Approved);
    }

    // The record names the reviewer, the decision with its time, the policy, the triage counts and every
    // finding with its state, in the PDF and its JSON.
    void pageRecordCarriesReviewerAndStates()
    {
        QTemporaryDir dir;
        const QString path = personalDb(dir);
        ReviewPage page;
        QSignalSpy finished(&page, &ReviewPage::reviewFinished);
        page.reviewFile(path);
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY(!page.isBusy());
        page.setReviewer(QStringLiteral("Jo Officer"));
        page.setDecision(ReviewRecord::Decision::Rejected, QStringLiteral("names and cards"));
        FindingsView *view = page.findingsView();
        const int n = page.findingsModel()->rowCount();
        QVERIFY(n >= 10);
        view->table()->selectRow(0);
        view->triageSelected(Triage::State::FalsePositive, QStringLiteral("a brand"));
        view->table()->selectRow(1);
        view->triageSelected(Triage::State::Accepted, QStringLiteral("public address"));
        view->table()->selectRow(2);
        view->triageSelected(Triage::State::Confirmed);
        const QString pdf = dir.filePath(QStringLiteral("states.pdf"));
        QString error;
        QVERIFY2(page.exportReview(pdf, &error), qPrintable(error));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Reviewer: Jo Officer")), qPrintable(text));
        const QString when = page.decidedAt().toUTC().toString(Qt::ISODate);
        QVERIFY2(text.contains(QStringLiteral("Reviewer's decision: rejected at ") + when), qPrintable(text));
        QVERIFY2(text.contains(
                     QStringLiteral("Triage: open %1, confirmed 1, false positive 1, accepted 1").arg(n - 3)),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("State: false positive: a brand")));
        QVERIFY(text.contains(QStringLiteral("State: accepted: public address")));
        QCOMPARE(text.count(QStringLiteral("State: ")), n);
        const QJsonObject json =
            QJsonDocument::fromJson(ivtest::readText(dir.filePath(QStringLiteral("states.json"))).toUtf8())
                .object();
        const QJsonObject rec = json.value(QStringLiteral("record")).toObject();
        QCOMPARE(rec.value(QStringLiteral("reviewer")).toString(), QStringLiteral("Jo Officer"));
        QCOMPARE(rec.value(QStringLiteral("decided_at")).toString(), when);
        QCOMPARE(rec.value(QStringLiteral("triage")).toObject().value(QStringLiteral("open")).toInt(), n - 3);
        int states = 0;
        for (const QJsonValue &v : json.value(QStringLiteral("findings")).toArray())
            states += !v.toObject().value(QStringLiteral("state")).toString().isEmpty();
        QCOMPARE(states, n);
    }

    // Every finding one by one, in the command line's JSON and in the record (PDF and JSON), each with its
    // row and masked sample: no "N more findings like the above".
    void recordListsEveryFinding()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabaseFromSql(
            dir, QStringLiteral("many.db"),
            ivtest::basicSnapshotSql() +
                QStringLiteral(
                    "INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id) "
                    "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 1000) "
                    "SELECT 1000 + n, NULL, n, 0, 'user' || n || '@example.org', 4 FROM c;"));
        const auto json = ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--json"), path});
        QCOMPARE(json.exitCode, 1);
        QVERIFY(!json.out.contains("more findings"));
        QSet<int> rows;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(json.out).object().value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("code")).toString() != QLatin1String("personal-data-email"))
                continue;
            QVERIFY(f.value(QStringLiteral("sample")).toString().startsWith(QStringLiteral("u***@")));
            QVERIFY(!f.value(QStringLiteral("question")).toString().isEmpty());
            rows.insert(f.value(QStringLiteral("row")).toInt());
        }
        QCOMPARE(rows.size(), 1000);
        QVERIFY(rows.contains(1001) && rows.contains(2000));

        const QString pdf = dir.filePath(QStringLiteral("many.pdf"));
        const auto run =
            ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--record"), pdf, path});
        QCOMPARE(run.exitCode, 1);
        const QString text = pdfText(pdf);
        QVERIFY(!text.contains(QStringLiteral("more findings")));
        for (int r : {1001, 1500, 2000})
            QVERIFY2(text.contains(QStringLiteral("insights_bucketvalue.category row %1").arg(r)),
                     qPrintable(QString::number(r)));
        QCOMPARE(text.count(QStringLiteral("u***@example.org")), 1000);
        const QJsonObject record =
            QJsonDocument::fromJson(ivtest::readText(dir.filePath(QStringLiteral("many.json"))).toUtf8())
                .object();
        QVERIFY(record.value(QStringLiteral("findings")).toArray().size() >= 1000);
    }

    // The page takes the small-count threshold from the preferences; off by default.
    void pageUsesMinCountPreference()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(
            dir, QStringLiteral("basic.db"), {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        ReviewPage page;
        QSignalSpy finished(&page, &ReviewPage::reviewFinished);
        QCOMPARE(Preferences().reviewMinCount(), 0);
        page.reviewFile(path);
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(page.report()->exitCode(), 0);

        Preferences().setReviewMinCount(10);
        page.reviewFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
        const ReviewReport r = *page.report();
        QCOMPARE(r.exitCode(), 1);
        QCOMPARE(r.findings.size(), 4); // the bar of 8 and the histogram's 4, 9 and 2
        for (const ReviewFinding &f : r.findings) {
            QCOMPARE(f.code, QStringLiteral("small-count"));
            QVERIFY(!f.question.isEmpty()); // named in the report too, for its JSON and record
        }
        QCOMPARE(page.findingsModel()->rowCount(), 4);
        Preferences().setReviewMinCount(0);
    }
};

QTEST_MAIN(TestReviewRecord)
#include "tst_reviewrecord.moc"
