// SPDX-License-Identifier: MIT
// An honest verdict: values of buckets about people that no detector recognised are listed "to check by eye"
// (JSON, text, record PDF, the page's Clean banner) instead of passing silently, and "Clean" says what was
// scanned and with which detectors; counters and gauges whose texts are about people have their weaker names
// found, with the context named.
#include "reviewpage.h"
#include "reviewrecord.h"
#include "snapshotreviewer.h"
#include "testsupport.h"
#include "verdictbanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace iv;

class TestReviewToCheck : public QObject
{
    Q_OBJECT

private slots:
    void cleanListsValuesToCheck()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(
            dir, QStringLiteral("tocheck.db"),
            {QStringLiteral("schema.sql"), QStringLiteral("basic.sql"), QStringLiteral("review_tocheck.sql")});
        const auto run = ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--json"), path});
        QCOMPARE(run.exitCode, 0); // clean: nothing recognised
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(QStringLiteral("findings")).toArray().size(), 0);
        const QJsonObject toCheck = json.value(QStringLiteral("to_check")).toObject();
        QCOMPARE(toCheck.value(QStringLiteral("count")).toInt(), 2);
        QStringList rows;
        for (const QJsonValue &v : toCheck.value(QStringLiteral("values")).toArray()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("question")).toString(), QStringLiteral("tickets_per_agent"));
            QCOMPARE(o.value(QStringLiteral("app")).toString(), QStringLiteral("Shop"));
            QCOMPARE(o.value(QStringLiteral("column")).toString(), QStringLiteral("category"));
            rows << QString::number(o.value(QStringLiteral("row")).toInt()) + QLatin1Char(':') +
                        o.value(QStringLiteral("sample")).toString();
        }
        rows.sort();
        QCOMPARE(rows, (QStringList{QStringLiteral("16:S****** T***"), QStringLiteral("17:B****** T***")}));
        // What was scanned and with which detectors.
        const QJsonObject scan = json.value(QStringLiteral("personal_data_scan")).toObject();
        QVERIFY(scan.value(QStringLiteral("text_cells")).toInt() > 0);
        QCOMPARE(scan.value(QStringLiteral("detectors")).toArray().size(), 9);

        const auto text = ivtest::runViewer({QStringLiteral("--review"), path});
        const QString out = QString::fromUtf8(text.out);
        QVERIFY2(out.contains(QStringLiteral("To check by eye (2)")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("detectors: email, phone")));

        // The window: Clean, and the banner lists them.
        ReviewPage page;
        QSignalSpy finished(&page, &ReviewPage::reviewFinished);
        page.reviewFile(path);
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(page.banner()->verdict(), VerdictBanner::Verdict::Clean);
        const QString detail = page.banner()->detail();
        QVERIFY2(detail.contains(QStringLiteral("To check by eye: 2 value")), qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("S****** T*** (tickets_per_agent)")));
        QVERIFY(detail.contains(QStringLiteral("Scanned ")));
        QVERIFY(!detail.contains(QStringLiteral("U*")));

        // The record: JSON and PDF.
        const std::optional<ReviewRecord> record = page.record();
        QVERIFY(record);
        QCOMPARE(QJsonDocument::fromJson(record->toJson())
                     .object()
                     .value(QStringLiteral("to_check"))
                     .toObject()
                     .value(QStringLiteral("count"))
                     .toInt(),
                 2);
        const QString pdf = dir.filePath(QStringLiteral("record.pdf"));
        QString error;
        QVERIFY2(record->write(pdf, &error), qPrintable(error));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(pdftotext.waitForFinished(30000), "pdftotext is needed (poppler-utils)");
        const QString pdfText = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(pdfText.contains(QStringLiteral("To check by eye (2)")), qPrintable(pdfText));
        QVERIFY2(pdfText.contains(QStringLiteral("B******")), qPrintable(pdfText)); // the masked sample
    }

    void counterAboutPeople()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(dir, QStringLiteral("counters.db"),
                                                   {QStringLiteral("schema.sql"), QStringLiteral("basic.sql"),
                                                    QStringLiteral("review_counterpeople.sql")});
        ReviewReport report = SnapshotReviewer::review(path);
        SnapshotReviewer::locate(report);
        QStringList found;
        for (const ReviewFinding &f : report.findings)
            if (f.code == QLatin1String("personal-data-name"))
                found << f.table + QLatin1Char('.') + f.column + QLatin1Char(' ') + QString::number(f.row) +
                             QLatin1Char(' ') + f.sample + QLatin1Char(' ') + f.englishMessage;
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().startsWith(QStringLiteral("insights_counter.question 3 A*** Q****** ")),
                 qPrintable(found.first()));
        QVERIFY2(found.first().contains(QStringLiteral("in a text about people ('agent' in its")),
                 qPrintable(found.first()));
    }
};

QTEST_MAIN(TestReviewToCheck)
#include "tst_reviewtocheck.moc"
