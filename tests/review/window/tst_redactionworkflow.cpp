// SPDX-License-Identifier: MIT
// The redaction workflow in the window: a value marked for redaction on a question page (a category no
// detector flags) and a finding marked in the findings table; the preview shows each replaced cell before
// (masked) and after, the marked cell among them; the saved copy holds the stand-in, its log names the cell
// "manual-mark", and the copy's own review is reported (clean here, never "clean" when findings remain).
#include "bucketvaluestablemodel.h"
#include "findingsmodel.h"
#include "findingsview.h"
#include "mainwindow.h"
#include "questionpage.h"
#include "redactionpreview.h"
#include "redactor.h"
#include "reviewpage.h"
#include "testsupport.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace iv;

namespace {

QString cellText(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QString out;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            out = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return out;
}

bool reviewed(ReviewPage *page, QSignalSpy &finished)
{
    if (!finished.wait(30000))
        return false;
    for (int i = 0; i < 300 && page->isBusy(); ++i)
        QTest::qWait(100);
    return !page->isBusy();
}

} // namespace

class TestRedactionWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void markPreviewSaveAndReviewTheCopy()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(
            dir, QStringLiteral("shop.db"),
            {QStringLiteral("schema.sql"), QStringLiteral("basic.sql"), QStringLiteral("review_personal.sql")});
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openFile(path));
        ReviewPage *page = window.reviewPage();
        QSignalSpy finished(page, &ReviewPage::reviewFinished);
        window.reviewSnapshot();
        QVERIFY(reviewed(page, finished));

        // A question page: "Plums" (row 3 of the products bucket) is no finding; mark it by hand.
        QVERIFY(window.openQuestion(MetricKind::Hbarchart, QStringLiteral("hbar"), 3));
        QuestionPage *question = window.questionPage();
        QTRY_COMPARE(question->tableModel()->rowCount(), 3);
        QTableView *values = question->tableView();
        int plums = -1;
        for (int r = 0; r < 3; ++r)
            if (question->tableModel()->index(r, BucketValuesTableModel::CategoryColumn).data().toString() ==
                QLatin1String("Plums"))
                plums = r;
        QVERIFY(plums >= 0);
        values->selectRow(plums);
        QVERIFY(values->actions().contains(question->markAction()));
        question->markAction()->trigger();
        QCOMPARE(page->marks().size(), 1);
        QCOMPARE(page->marks().first().table, QStringLiteral("insights_bucketvalue"));
        QCOMPARE(page->marks().first().column, QStringLiteral("category"));
        QCOMPARE(page->marks().first().row, 3);
        QVERIFY(page->repeatsText().contains(QStringLiteral("Marked for redaction by hand: 1 cell")));

        // The findings table: mark the first finding (already flagged: stays one change, no duplicate).
        FindingsView *view = page->findingsView();
        view->table()->selectRow(0);
        QVERIFY(view->table()->actions().contains(view->markAction()));
        view->markAction()->trigger();
        QCOMPARE(page->marks().size(), 2);

        // The preview: each replaced cell before (masked) and after; the marked one among them.
        QSignalSpy shown(page, &ReviewPage::redactionPreviewShown);
        page->showRedactionPreview();
        QVERIFY(shown.wait(60000));
        auto *dialog = shown.first().first().value<RedactionPreviewDialog *>();
        QVERIFY(dialog);
        QTableWidget *table = dialog->table();
        QVERIFY(table->rowCount() >= 2);
        bool marked = false, email = false;
        for (int r = 0; r < table->rowCount(); ++r) {
            const QString where = table->item(r, RedactionPreviewDialog::WhereColumn)->text();
            const QString before = table->item(r, RedactionPreviewDialog::BeforeColumn)->text();
            const QString after = table->item(r, RedactionPreviewDialog::AfterColumn)->text();
            QVERIFY2(!before.isEmpty() && before != after, qPrintable(where));
            QVERIFY2(!before.contains(QStringLiteral("Plums")) && !before.contains(QStringLiteral("jane.doe")),
                     qPrintable(before)); // masked, never the value
            if (where == QLatin1String("insights_bucketvalue.category row 3")) {
                marked = true;
                QCOMPARE(before, QStringLiteral("P****"));
                QCOMPARE(after, QStringLiteral("redacted-marked-1"));
                QCOMPARE(table->item(r, RedactionPreviewDialog::WhyColumn)->text(), QStringLiteral("marked by hand"));
            }
            email = email || (where == QLatin1String("customers.email row 1") && after.startsWith(QStringLiteral("redacted-email-")));
        }
        QVERIFY(marked);
        QVERIFY(!email); // customers is not upstream's: dropped, not replaced
        QVERIFY2(dialog->summaryText().contains(QStringLiteral("1 marked by hand")), qPrintable(dialog->summaryText()));
        QVERIFY2(dialog->summaryText().contains(QStringLiteral("reviewed again: clean")), qPrintable(dialog->summaryText()));
        dialog->close();

        // Saving: the copy holds the stand-in, the log names the mark, the copy's review is reported.
        const QString copy = dir.filePath(QStringLiteral("shop-redacted.db"));
        QSignalSpy done(&window, &MainWindow::redactionFinished);
        window.saveRedactedCopy(copy);
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        const QString message = done.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("marked by hand: 2")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("the copy reviews clean")), qPrintable(message));
        QCOMPARE(cellText(copy, "SELECT category FROM insights_bucketvalue WHERE id = 3"),
                 QStringLiteral("redacted-marked-1"));
        QCOMPARE(cellText(copy, "SELECT category FROM insights_bucketvalue WHERE id = 1"), QStringLiteral("Apples"));
        const QJsonObject log = QJsonDocument::fromJson(ivtest::readText(copy + QStringLiteral(".redaction.json")).toUtf8()).object();
        bool logged = false;
        for (const QJsonValue &v : log.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject c = v.toObject();
            logged = logged || (c.value(QStringLiteral("code")).toString() == QLatin1String("manual-mark") &&
                                c.value(QStringLiteral("row")).toInt() == 3 &&
                                c.value(QStringLiteral("table")).toString() == QLatin1String("insights_bucketvalue"));
        }
        QVERIFY(logged);
        QVERIFY(!ivtest::readText(copy + QStringLiteral(".redaction.json")).contains(QStringLiteral("Plums")));
        // The copy itself reviews clean on the command line too.
        QCOMPARE(ivtest::runViewer({QStringLiteral("--review"), copy}).exitCode, 0);
    }

    // A copy whose review still finds something is never called clean: the redactor refuses to put a copy
    // with a flagged cell in place, and says so.
    void previewOfUnreadableFileSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("not-a-snapshot.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not sqlite");
        f.close();
        const RedactionResult result = Redactor::preview(path);
        QVERIFY(!result.ok);
        QVERIFY(!result.copyClean);
        RedactionPreviewDialog dialog(result);
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.summaryText().contains(QStringLiteral("cannot be made")));
    }
};

QTEST_MAIN(TestRedactionWorkflow)
#include "tst_redactionworkflow.moc"
