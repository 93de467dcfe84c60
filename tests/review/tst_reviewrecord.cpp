// SPDX-License-Identifier: MIT
// The review record: `--review --record OUT.pdf FILE` and the review page's Export Review… write a PDF (real
// text, read back with pdftotext) with the file's SHA-256, the tool's version, the date and every finding's
// code, app, question and masked sample, and the JSON beside it; the page adds the reviewer's decision and
// note.
#include "findingsmodel.h"
#include "preferences.h"
#include "reviewpage.h"
#include "reviewrecord.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
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
        // A missing tool fails the run instead of skipping every check of the record
        // (packaging/install-deps.sh installs poppler-utils).
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext (poppler-utils) is not installed: run packaging/install-deps.sh");
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

        // A new review starts undecided.
        page.reviewFile(path);
        QCOMPARE(page.decision(), ReviewRecord::Decision::None);
        QVERIFY(page.note().isEmpty());
        QVERIFY(finished.wait(30000));
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
