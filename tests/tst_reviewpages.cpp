// SPDX-License-Identifier: MIT
// ReviewPage and DiffPage: results arrive from worker threads, the text is exactly the model's plain text, and
// markup-laden texts show literally (no label ever interprets rich text).
#include "diffpage.h"
#include "reviewpage.h"
#include "snapshotreviewer.h"
#include "testsupport.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace iv;

class TestReviewPages : public QObject
{
    Q_OBJECT

    static void verifyPlainLabels(const QWidget &w)
    {
        for (const QLabel *label : w.findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }

private slots:
    void reviewPage()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(dir, QStringLiteral("markup.db"),
                                                   {QStringLiteral("schema.sql"), QStringLiteral("markup.sql")});
        const ivtest::FileState before = ivtest::fileState(path);
        ReviewPage page;
        page.show();
        QSignalSpy finished(&page, &ReviewPage::reviewFinished);
        page.reviewFile(path);
        QVERIFY(page.isBusy());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toInt(), 0);
        QVERIFY(!page.isBusy());
        const auto report = page.report();
        QVERIFY(report);
        QCOMPARE(report->identity.sha256.toLatin1(), ivtest::sha256(path)); // hashed in its own future
        ReviewReport::Options options;
        options.computeSha256 = true;
        QCOMPARE(page.text(), SnapshotReviewer::review(path, options).toText());
        QVERIFY(page.text().contains(QStringLiteral("    <b>Bold</b> & <i>co</i>\n")));
        verifyPlainLabels(page);
        QVERIFY(ivtest::fileState(path) == before);

        // Unreadable: the status names the file, as text.
        const QString bad = dir.filePath(QStringLiteral("<b>bad.db"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not sqlite");
        f.close();
        page.reviewFile(bad);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().first().toInt(), 2);
        const QLabel *status = page.findChild<QLabel *>();
        QVERIFY(status->text().contains(QStringLiteral("<b>bad.db")));
        QCOMPARE(status->textFormat(), Qt::PlainText);
    }

    void reviewPageCancelAndRestart()
    {
        QTemporaryDir dir;
        const QString a = ivtest::buildDatabase(dir, QStringLiteral("a.db"),
                                                {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        const QString b = ivtest::buildDatabase(dir, QStringLiteral("b.db"),
                                                {QStringLiteral("schema.sql"), QStringLiteral("tolerant.sql")});
        ReviewPage page;
        QSignalSpy finished(&page, &ReviewPage::reviewFinished);
        page.reviewFile(a);
        page.reviewFile(b); // supersedes a: only b's result arrives
        QVERIFY(finished.wait(30000));
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toInt(), 1);
        QVERIFY(page.text().contains(QStringLiteral("unknown-bucket-type")));
        { // destroying a busy page is safe
            auto *busy = new ReviewPage;
            busy->reviewFile(a);
            delete busy;
        }
    }

    void diffPage()
    {
        QTemporaryDir dir;
        const QString a = ivtest::buildDatabase(dir, QStringLiteral("a.db"),
                                                {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        const QString m = ivtest::buildDatabase(dir, QStringLiteral("markup.db"),
                                                {QStringLiteral("schema.sql"), QStringLiteral("markup.sql")});
        const QString c = ivtest::buildDatabaseFromSql(
            dir, QStringLiteral("c.db"),
            ivtest::readText(ivtest::dataPath(QStringLiteral("schema.sql"))) +
                ivtest::readText(ivtest::dataPath(QStringLiteral("basic.sql"))) +
                QStringLiteral("UPDATE insights_counter SET value = 84 WHERE label = 'posts';"));
        const ivtest::FileState beforeA = ivtest::fileState(a), beforeM = ivtest::fileState(m);
        DiffPage page;
        page.show();
        QSignalSpy finished(&page, &DiffPage::comparisonFinished);
        page.compareFiles(a, m);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toInt(), 1);
        QVERIFY(page.summaryText().contains(QStringLiteral("Added apps: <b>Bold</b> & <i>co</i>.")));
        QVERIFY(page.summaryText().contains(QStringLiteral("Removed apps: Shop, blog.insights.")));
        QStringList questions;
        for (int row = 0; row < page.table()->rowCount(); ++row)
            questions << page.table()->item(row, DiffPage::QuestionColumn)->text();
        QVERIFY(questions.contains(QStringLiteral("<script>alert(1)</script> orders?")));
        QVERIFY(questions.contains(QStringLiteral("Invoice \\u202efdp.exe")));
        QVERIFY(questions.contains(QStringLiteral("<h1>Big</h1>?")));
        QCOMPARE(page.detailsText(), page.diff()->toText());
        verifyPlainLabels(page);

        // Side by side: a counter old and new in neighbouring columns, delta and percent.
        page.compareFiles(a, c);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().first().toInt(), 1);
        int posts = -1;
        for (int row = 0; row < page.table()->rowCount(); ++row)
            if (page.table()->item(row, DiffPage::QuestionColumn)->text() == QLatin1String("posts"))
                posts = row;
        QVERIFY(posts >= 0);
        QCOMPARE(page.table()->item(posts, DiffPage::StatusColumn)->text(), QStringLiteral("changed"));
        QCOMPARE(page.table()->item(posts, DiffPage::OldColumn)->text(), QStringLiteral("42"));
        QCOMPARE(page.table()->item(posts, DiffPage::NewColumn)->text(), QStringLiteral("84"));
        QCOMPARE(page.table()->item(posts, DiffPage::DeltaColumn)->text(), QStringLiteral("42"));
        QCOMPARE(page.table()->item(posts, DiffPage::PercentColumn)->text(), QStringLiteral("100.0%"));

        page.compareFiles(a, dir.filePath(QStringLiteral("missing.db")));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().first().toInt(), 2);
        QVERIFY(page.summaryText().contains(QStringLiteral("missing.db: no such file")));
        QVERIFY(ivtest::fileState(a) == beforeA);
        QVERIFY(ivtest::fileState(m) == beforeM);
    }
};

QTEST_MAIN(TestReviewPages)
#include "tst_reviewpages.moc"
