// SPDX-License-Identifier: MIT
// ReviewPage and DiffPage: results arrive from worker threads, the text is exactly the model's plain text,
// and markup-laden texts show literally (no label ever interprets rich text). The review page is one to work
// in: a verdict banner, counts that add up, findings naming their question, filter, copy, export, and
// activating a finding opens its question in the window with the value selected; the window saves redacted
// copies.
#include "bucketvaluestablemodel.h"
#include "diffpage.h"
#include "findingsmodel.h"
#include "findingsview.h"
#include "mainwindow.h"
#include "questionpage.h"
#include "reviewpage.h"
#include "snapshotreviewer.h"
#include "testsupport.h"
#include "verdictbanner.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList deskFiles()
{
    return {QStringLiteral("schema.sql"), QStringLiteral("basic.sql"), QStringLiteral("review_personal.sql"),
            QStringLiteral("review_desk.sql")};
}

// The view row showing the finding at (table, column, row), or -1.
int viewRow(const iv::FindingsView &view, const QString &table, const QString &column, qint64 row)
{
    const QAbstractItemModel *m = view.table()->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QString where = m->index(r, iv::FindingsModel::WhereColumn).data().toString();
        if (where == QStringLiteral("%1.%2 row %3").arg(table, column).arg(row))
            return r;
    }
    return -1;
}

} // namespace

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
        const QString path = ivtest::buildDatabase(
            dir, QStringLiteral("markup.db"), {QStringLiteral("schema.sql"), QStringLiteral("markup.sql")});
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

        QCOMPARE(page.banner()->verdict(), VerdictBanner::Verdict::Clean);
        // "Clean" says what it rests on: what was scanned and with which detectors.
        const ReviewReport clean = *page.report();
        QVERIFY2(page.banner()->detail().contains(
                     QStringLiteral("Scanned %1 text cells in %2 tables").arg(clean.scannedCells).arg(clean.scannedTables)),
                 qPrintable(page.banner()->detail()));
        QVERIFY(page.banner()->detail().contains(QStringLiteral("people's names")));
        QVERIFY(page.banner()->detail().contains(QStringLiteral("check buckets about people by eye")));
        QCOMPARE(page.findingsModel()->rowCount(), 0);
        QCOMPARE(page.headlineText(), QStringLiteral("No findings."));

        // Unreadable: the banner names the file, as text.
        const QString bad = dir.filePath(QStringLiteral("<b>bad.db"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not sqlite");
        f.close();
        page.reviewFile(bad);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().first().toInt(), 2);
        QCOMPARE(page.banner()->verdict(), VerdictBanner::Verdict::Unreadable);
        QVERIFY(page.banner()->detail().contains(QStringLiteral("<b>bad.db")));
        verifyPlainLabels(page);
    }

    void reviewPageFindings()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(dir, QStringLiteral("desk.db"), deskFiles());
        ReviewPage page;
        page.resize(1000, 700);
        page.show();
        QSignalSpy finished(&page, &ReviewPage::reviewFinished);
        page.reviewFile(path);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toInt(), 1);
        QCOMPARE(page.banner()->verdict(), VerdictBanner::Verdict::NotConformant); // extra table and column
        const ReviewReport report = *page.report();
        const FindingsModel *model = page.findingsModel();
        // The headline counts exactly what the table holds.
        QCOMPARE(model->rowCount(), report.findings.size());
        const int errors = model->count(ReviewFinding::Severity::Error);
        QCOMPARE(page.headlineText(), QStringLiteral("Findings: %1 (errors: %2, warnings: %3)")
                                          .arg(model->rowCount())
                                          .arg(errors)
                                          .arg(model->rowCount() - errors));
        QVERIFY(page.repeatsText().isEmpty());
        QVERIFY(page.factsText().contains(QStringLiteral("SHA-256 ") +
                                          QString::fromLatin1(ivtest::sha256(path))));
        QVERIFY(page.factsText().contains(QStringLiteral("free pages (freelist): 0")));

        FindingsView *view = page.findingsView();
        QTableView *table = view->table();
        QVERIFY(table->wordWrap());
        QCOMPARE(table->verticalHeader()->sectionResizeMode(0), QHeaderView::ResizeToContents);
        const int row =
            viewRow(*view, QStringLiteral("insights_bucketvalue"), QStringLiteral("category"), 11);
        QVERIFY(row >= 0);
        QCOMPARE(table->model()->index(row, FindingsModel::QuestionColumn).data().toString(),
                 QStringLiteral("Posts per tag?"));
        QCOMPARE(table->model()->index(row, FindingsModel::AppColumn).data().toString(),
                 QStringLiteral("blog.insights"));

        // Enter on a finding asks for its question and value row.
        MetricKind kind = MetricKind::Unknown;
        QString label;
        qint64 valueRow = -2;
        connect(&page, &ReviewPage::openQuestion, this, [&](MetricKind k, const QString &l, qint64 r) {
            kind = k;
            label = l;
            valueRow = r;
        });
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, 0));
        QTest::keyClick(table->viewport(), Qt::Key_Return);
        QCOMPARE(kind, MetricKind::Barchart);
        QCOMPARE(label, QStringLiteral("bars"));
        QCOMPARE(valueRow, qint64(11));

        // Copy: the finding as text, its masked sample only.
        table->selectRow(row);
        view->copyAction()->trigger();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY(copied.contains(QStringLiteral("personal-data-email")));
        QVERIFY(copied.contains(QStringLiteral("Posts per tag?")));
        QVERIFY(copied.contains(QStringLiteral("insights_bucketvalue.category row 11")));
        QVERIFY(!copied.contains(QStringLiteral("jane.doe@example.org")));

        // Filter box and kind choice; the headline says how many are shown.
        view->filterEdit()->setText(QStringLiteral("phone"));
        int phones = 0;
        for (const ReviewFinding &f : report.findings)
            phones +=
                f.code == QLatin1String("personal-data-phone") || f.message.contains(QLatin1String("phone"));
        QCOMPARE(view->shownCount(), phones);
        QVERIFY(page.headlineText().endsWith(
            QStringLiteral("(showing %1 of %2)").arg(phones).arg(model->rowCount())));
        view->filterEdit()->clear();
        QComboBox *combo = view->kindCombo();
        combo->setCurrentIndex(combo->findData(QStringLiteral("code:extra-table")));
        QCOMPARE(view->shownCount(), 1);
        combo->setCurrentIndex(combo->findData(QStringLiteral("severity:warning")));
        QCOMPARE(view->shownCount(), model->rowCount() - errors);
        combo->setCurrentIndex(0);
        QCOMPARE(view->shownCount(), model->rowCount());

        // Export Review: JSON and text, exactly the report's writers.
        QString error;
        const QString json = dir.filePath(QStringLiteral("review.json"));
        QVERIFY2(page.exportReview(json, &error), qPrintable(error));
        QCOMPARE(ivtest::readText(json).toUtf8(), page.report()->toJson());
        const QString text = dir.filePath(QStringLiteral("review.txt"));
        QVERIFY(page.exportReview(text, &error));
        QCOMPARE(ivtest::readText(text), page.report()->toText());
        QVERIFY(!page.exportReview(dir.filePath(QStringLiteral("no/such/dir/r.json")), &error));
        QVERIFY(error.contains(QStringLiteral("r.json")));
        verifyPlainLabels(page);

        // Nothing runs off to the right, large or small.
        for (const QSize size : {QSize(1280, 800), QSize(800, 500)}) {
            page.resize(size);
            QTest::qWait(50);
            QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        }
    }

    // A hot rollback journal beside the file: an error finding on the page, never the Clean banner.
    void reviewPageHotJournal()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(
            dir, QStringLiteral("hot.db"), {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        QFile journal(path + QStringLiteral("-journal"));
        QVERIFY(journal.open(QIODevice::WriteOnly));
        journal.write(QByteArray::fromHex("d9d505f920a163d7") + QByteArray(504, '\0'));
        journal.close();
        ReviewPage page;
        page.resize(1000, 700);
        page.show();
        QSignalSpy finished(&page, &ReviewPage::reviewFinished);
        page.reviewFile(path);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toInt(), 1);
        QCOMPARE(page.banner()->verdict(), VerdictBanner::Verdict::Findings);
        const FindingsModel *model = page.findingsModel();
        bool found = false;
        for (int row = 0; row < model->rowCount(); ++row)
            found = found || model->index(row, FindingsModel::KindColumn).data().toString() ==
                                 QLatin1String("hot-journal");
        QVERIFY(found);
    }

    void reviewPageRepeatsAddUp()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabaseFromSql(
            dir, QStringLiteral("many.db"),
            ivtest::basicSnapshotSql() +
                QStringLiteral(
                    "INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) "
                    "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 25) "
                    "SELECT NULL, n, 0, 'user' || n || '@example.org', 4 FROM c;"));
        ReviewPage page;
        QSignalSpy finished(&page, &ReviewPage::reviewFinished);
        page.reviewFile(path);
        QVERIFY(finished.wait(30000));
        // Every finding is listed one by one: no summary line.
        QCOMPARE(page.findingsModel()->rowCount(), 25);
        QCOMPARE(page.findingsView()->table()->model()->rowCount(), 25);
        QCOMPARE(page.headlineText(), QStringLiteral("Findings: 25 (errors: 25, warnings: 0)"));
        QVERIFY(page.repeatsText().isEmpty());
        QCOMPARE(page.banner()->verdict(), VerdictBanner::Verdict::Findings);
        QCOMPARE(page.banner()->detail(), QStringLiteral("Findings: 25"));
    }

    void windowOpensFindingAndRedacts()
    {
        QTemporaryDir dir, out;
        const QString path = ivtest::buildDatabase(dir, QStringLiteral("desk.db"), deskFiles());
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(path));
        QSignalSpy finished(window.reviewPage(), &ReviewPage::reviewFinished);
        window.reviewSnapshot();
        QVERIFY(finished.wait(30000));
        FindingsView *view = window.reviewPage()->findingsView();
        QTableView *table = view->table();
        // In the window too, nothing runs off to the right at 1280×800 or 800×500.
        for (const QSize size : {QSize(800, 500), QSize(1280, 800)}) {
            window.resize(size);
            QTest::qWait(50);
            QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        }
        const int row =
            viewRow(*view, QStringLiteral("insights_bucketvalue"), QStringLiteral("category"), 11);
        QVERIFY(row >= 0);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(row, FindingsModel::QuestionColumn));
        // A real double click: press, release, then the double-click press and its release.
        const QPoint at = table->visualRect(table->currentIndex()).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(window.pages()->currentWidget(), window.questionPage());
        QCOMPARE(window.questionPage()->question().label, QStringLiteral("bars"));
        QTableView *values = window.questionPage()->tableView();
        QTRY_COMPARE(values->currentIndex()
                         .siblingAtColumn(BucketValuesTableModel::IdColumn)
                         .data(int(BucketValuesTableModel::Role::Raw))
                         .toLongLong(),
                     qint64(11));
        QVERIFY(values->selectionModel()->isRowSelected(values->currentIndex().row(), QModelIndex()));

        // A counter's finding opens the counter.
        QVERIFY(window.openQuestion(MetricKind::Gauge, QStringLiteral("basket")));
        QCOMPARE(window.questionPage()->question().label, QStringLiteral("basket"));

        // Save Redacted Copy: in the background, reported by the window.
        const ivtest::FileState before = ivtest::fileState(path);
        QSignalSpy redacted(&window, &MainWindow::redactionFinished);
        const QString copy = out.filePath(QStringLiteral("shared.db"));
        window.saveRedactedCopy(copy);
        QVERIFY(redacted.wait(30000));
        QCOMPARE(redacted.first().at(0).toBool(), true);
        QVERIFY(redacted.first().at(1).toString().contains(QStringLiteral("shared.db")));
        QVERIFY(QFile::exists(copy));
        QVERIFY(QFile::exists(copy + QStringLiteral(".redaction.json")));
        QCOMPARE(SnapshotReviewer::review(copy).exitCode(), 0);
        QVERIFY(ivtest::fileState(path) == before);
        window.saveRedactedCopy(path); // never over the open file
        QVERIFY(redacted.wait(30000));
        QCOMPARE(redacted.last().at(0).toBool(), false);
        QVERIFY(ivtest::fileState(path) == before);
    }

    void reviewPageCancelAndRestart()
    {
        QTemporaryDir dir;
        const QString a = ivtest::buildDatabase(dir, QStringLiteral("a.db"),
                                                {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        const QString b = ivtest::buildDatabase(
            dir, QStringLiteral("b.db"), {QStringLiteral("schema.sql"), QStringLiteral("tolerant.sql")});
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
            ivtest::basicSnapshotSql() +
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
