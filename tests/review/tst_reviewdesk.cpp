// SPDX-License-Identifier: MIT
// The officer's desk in the window: decision, note, filter, sort and triage survive a jump to a question,
// Back, a re-review and a new window (kept per SHA-256), Back/Forward by Alt+Left/Right and the mouse's
// buttons; triage by keyboard and in bulk; a policy saved from the window makes the next snapshot of the same
// site review with only its new findings; Review › Policy… applies a policy; exports of the shown findings.
#include "csvparse.h"
#include "findingsfilterproxy.h"
#include "findingsmodel.h"
#include "findingsview.h"
#include "mainwindow.h"
#include "questionpage.h"
#include "reviewdeskstore.h"
#include "reviewpage.h"
#include "reviewpolicy.h"
#include "testsupport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace iv;

namespace {

QStringList deskFiles()
{
    return {QStringLiteral("schema.sql"), QStringLiteral("basic.sql"), QStringLiteral("review_personal.sql"),
            QStringLiteral("review_desk.sql")};
}

QString personalDb(const QTemporaryDir &dir, const QString &name)
{
    return ivtest::buildDatabase(
        dir, name,
        {QStringLiteral("schema.sql"), QStringLiteral("basic.sql"), QStringLiteral("review_personal.sql")});
}

bool exec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

int viewRow(const FindingsView &view, const QString &where)
{
    const QAbstractItemModel *m = view.table()->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, FindingsModel::WhereColumn).data().toString() == where)
            return r;
    return -1;
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

class TestReviewDesk : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // Each test starts with no kept reviews (the data folder is the test's own, see
        // tests/CMakeLists.txt).
        QVERIFY(QDir(ReviewDeskStore().directory()).removeRecursively());
    }

    void deskSurvivesJumpBackAndReReview()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(dir, QStringLiteral("desk.db"), deskFiles());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openFile(path));
        ReviewPage *page = window.reviewPage();
        QSignalSpy finished(page, &ReviewPage::reviewFinished);
        window.reviewSnapshot();
        QVERIFY(reviewed(page, finished));

        const QString note = QStringLiteral("names in the tag chart; ask the shop team");
        page->setDecision(ReviewRecord::Decision::Rejected, note);
        const QDateTime decidedAt = page->decidedAt();
        QVERIFY(decidedAt.isValid());
        FindingsView *view = page->findingsView();
        QTableView *table = view->table();
        view->filterEdit()->setText(QStringLiteral("insights_bucketvalue"));
        table->sortByColumn(FindingsModel::WhereColumn, Qt::DescendingOrder);
        const int row = viewRow(*view, QStringLiteral("insights_bucketvalue.category row 11"));
        QVERIFY(row >= 0);
        table->selectRow(row);
        const QString key = table->model()->index(row, 0).data(int(FindingsModel::Role::Key)).toString();
        view->triageSelected(Triage::State::FalsePositive, QStringLiteral("a brand"));
        QCOMPARE(table->model()->index(row, 0).data(int(FindingsModel::Role::State)).toString(),
                 QStringLiteral("false-positive"));

        // The jump: the finding's question opens; Alt+Left comes back to the same review (not run again).
        table->setCurrentIndex(table->model()->index(row, 0));
        view->openAction()->trigger();
        QCOMPARE(window.pages()->currentWidget(), window.questionPage());
        QCOMPARE(window.questionPage()->question().label, QStringLiteral("bars"));
        QVERIFY(window.canGoBack());
        QTest::keyClick(window.questionPage(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window.pages()->currentWidget(), page);
        QVERIFY(!page->isBusy());
        QCOMPARE(page->decision(), ReviewRecord::Decision::Rejected);
        QCOMPARE(page->note(), note);
        // Forward by Alt+Right, back by the mouse's back button.
        QTest::keyClick(page, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(window.pages()->currentWidget(), window.questionPage());
        QTest::mouseRelease(window.questionPage(), Qt::BackButton);
        QCOMPARE(window.pages()->currentWidget(), page);
        QTest::mouseRelease(page, Qt::ForwardButton);
        QCOMPARE(window.pages()->currentWidget(), window.questionPage());

        // Review › Review This Snapshot again: the review runs again and the desk comes back.
        window.reviewSnapshot();
        QCOMPARE(page->decision(), ReviewRecord::Decision::None); // nothing shown before it is known
        QVERIFY(reviewed(page, finished));
        QCOMPARE(page->decision(), ReviewRecord::Decision::Rejected);
        QCOMPARE(page->note(), note);
        QCOMPARE(page->decidedAt().toSecsSinceEpoch(), decidedAt.toSecsSinceEpoch());
        QCOMPARE(view->filterEdit()->text(), QStringLiteral("insights_bucketvalue"));
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(FindingsModel::WhereColumn));
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        const int again = viewRow(*view, QStringLiteral("insights_bucketvalue.category row 11"));
        QVERIFY(again >= 0);
        QCOMPARE(table->model()->index(again, 0).data(int(FindingsModel::Role::Key)).toString(), key);
        QCOMPARE(page->findingsModel()->triage(
                     page->findingsView()->modelRow(table->model()->index(again, 0))),
                 (Triage{Triage::State::FalsePositive, QStringLiteral("a brand")}));

        // A new window (a restart) finds the same desk; the store holds hashed keys, not the file's text.
        {
            MainWindow other;
            QVERIFY(other.openFile(path));
            QSignalSpy done(other.reviewPage(), &ReviewPage::reviewFinished);
            other.reviewSnapshot();
            QVERIFY(reviewed(other.reviewPage(), done));
            QCOMPARE(other.reviewPage()->decision(), ReviewRecord::Decision::Rejected);
            QCOMPARE(other.reviewPage()->findingsModel()->count(Triage::State::FalsePositive), 1);
        }
        const QString stored = ReviewDeskStore().pathFor(QString::fromLatin1(ivtest::sha256(path)));
        QFile file(stored);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(json.contains(key.toLatin1()));
        QVERIFY(!json.contains("insights_bucketvalue.category"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        // Another file content starts afresh.
        const QString changed = ivtest::buildDatabase(dir, QStringLiteral("changed.db"), deskFiles());
        QVERIFY(exec(changed, "UPDATE insights_counter SET value = value + 1"));
        page->reviewFile(changed);
        QVERIFY(reviewed(page, finished));
        QCOMPARE(page->decision(), ReviewRecord::Decision::None);
        QVERIFY(page->note().isEmpty());
        QCOMPARE(page->findingsModel()->count(Triage::State::FalsePositive), 0);
    }

    void triageByKeyboardAndInBulk()
    {
        QTemporaryDir dir;
        const QString path = personalDb(dir, QStringLiteral("personal.db"));
        ReviewPage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy finished(&page, &ReviewPage::reviewFinished);
        page.reviewFile(path);
        QVERIFY(reviewed(&page, finished));
        FindingsModel *model = page.findingsModel();
        const int n = model->rowCount();
        QVERIFY(n >= 10);
        QCOMPARE(model->count(Triage::State::Open), n);
        QTableView *table = page.findingsView()->table();
        table->setFocus();
        table->selectAll();
        QTest::keyClick(table, Qt::Key_F); // every selected finding at once
        QCOMPARE(model->count(Triage::State::FalsePositive), n);
        table->clearSelection();
        table->selectRow(0);
        table->selectionModel()->select(table->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::keyClick(table, Qt::Key_C);
        QCOMPARE(model->count(Triage::State::Confirmed), 2);
        QCOMPARE(table->model()->index(0, FindingsModel::StateColumn).data().toString(),
                 QStringLiteral("confirmed"));
        QTest::keyClick(table, Qt::Key_O);
        QCOMPARE(model->count(Triage::State::Open), 2);
        // Typing C in the filter is typing, not triage.
        page.findingsView()->filterEdit()->setFocus();
        QTest::keyClick(page.findingsView()->filterEdit(), Qt::Key_C);
        QCOMPARE(model->count(Triage::State::Confirmed), 0);
        page.findingsView()->filterEdit()->clear();
        // Accepted needs a reason; the state filter shows each state.
        table->selectRow(0);
        page.findingsView()->triageSelected(Triage::State::Accepted,
                                            QStringLiteral("public support address"));
        page.findingsView()->setKindFilter(QStringLiteral("state:accepted"));
        QCOMPARE(page.findingsView()->shownCount(), 1);
        QVERIFY(table->model()
                    ->index(0, FindingsModel::StateColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("public support address")));
        page.findingsView()->setKindFilter(QStringLiteral("state:open"));
        QCOMPARE(page.findingsView()->shownCount(), 1);
    }

    void policyFromWindowFlagsOnlyWhatIsNew()
    {
        QTemporaryDir dir;
        const QString path = personalDb(dir, QStringLiteral("march.db"));
        ReviewPage page;
        QSignalSpy finished(&page, &ReviewPage::reviewFinished);
        page.reviewFile(path);
        QVERIFY(reviewed(&page, finished));
        QCOMPARE(page.report()->exitCode(), 1);
        page.findingsView()->table()->selectAll();
        page.findingsView()->triageSelected(Triage::State::Accepted,
                                            QStringLiteral("test customers, fictitious"));
        const QString policyPath = dir.filePath(QStringLiteral("site-policy.json"));
        QString error;
        QVERIFY2(page.savePolicy(policyPath, &error), qPrintable(error));
        const std::optional<ReviewPolicy> policy = ReviewPolicy::load(policyPath, &error);
        QVERIFY2(policy, qPrintable(error));
        QCOMPARE(policy->acknowledged.size(), page.findingsModel()->rowCount());
        for (const ReviewPolicy::Acknowledgement &a : policy->acknowledged)
            if (ReviewPolicy::pinnedOnly(a.code))
                QVERIFY(a.row >= 0 || !a.sample.isNull());

        // The same snapshot with the policy: clean.
        QCOMPARE(ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--policy"), policyPath, path})
                     .exitCode,
                 0);
        // Next month's snapshot of the same site: the same data plus one new address → only that is open.
        const QString next = personalDb(dir, QStringLiteral("april.db"));
        QVERIFY(exec(next, "INSERT INTO customers (id, email) VALUES (50, 'new.person@example.net')"));
        const auto run = ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--json"),
                                            QStringLiteral("--policy"), policyPath, next});
        QCOMPARE(run.exitCode, 1);
        QStringList open;
        for (const QJsonValue &v :
             QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray())
            if (!v.toObject().value(QStringLiteral("acknowledged")).toBool())
                open << v.toObject().value(QStringLiteral("code")).toString() + QLatin1Char('@') +
                            QString::number(v.toObject().value(QStringLiteral("row")).toInt());
        QCOMPARE(open, QStringList{QStringLiteral("personal-data-email@50")});

        // Review › Policy… in the window: the page applies the policy and says so in its record.
        page.setPolicy(policy);
        QVERIFY(reviewed(&page, finished));
        QCOMPARE(page.report()->exitCode(), 0);
        QCOMPARE(page.findingsModel()->count(Triage::State::Accepted), page.findingsModel()->rowCount());
        QCOMPARE(page.record()->policyPath, policyPath);
        page.reviewFile(next);
        QVERIFY(reviewed(&page, finished));
        QCOMPARE(page.report()->exitCode(), 1);
        QCOMPARE(page.findingsModel()->count(Triage::State::Open), 1);
    }

    // A damaged file's integrity messages are shown one per line: real line breaks, not "\u000a".
    void integrityOnSeparateLines()
    {
        QTemporaryDir dir;
        const QString path = personalDb(dir, QStringLiteral("flip.db"));
        qint64 root = 0;
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            sqlite3_stmt *st = nullptr;
            sqlite3_prepare_v2(
                db, "SELECT rootpage FROM sqlite_master WHERE name = 'insights_counter_created_at_d5ba696e'",
                -1, &st, nullptr);
            if (sqlite3_step(st) == SQLITE_ROW)
                root = sqlite3_column_int64(st, 0);
            sqlite3_finalize(st);
            sqlite3_close(db);
        }
        QVERIFY(root > 1);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 at = root * 4096 - 3; // a digit of the last cell's created_at
            f.seek(at);
            char c = 0;
            f.getChar(&c);
            QVERIFY(c >= '0' && c <= '9');
            f.seek(at);
            f.putChar(char(c ^ 0x01));
        }
        ReviewPage page;
        QSignalSpy finished(&page, &ReviewPage::reviewFinished);
        page.reviewFile(path);
        QVERIFY(reviewed(&page, finished));
        const QStringList integrity = page.report()->integrity;
        QVERIFY2(integrity.size() >= 2, qPrintable(integrity.join(QLatin1Char('|'))));
        const QString facts = page.factsText();
        QVERIFY2(!facts.contains(QStringLiteral("\\u000a")), qPrintable(facts));
        QVERIFY(facts.contains(integrity.at(0) + QLatin1Char('\n') + integrity.at(1)));
    }

    void exportsShownFindings()
    {
        QTemporaryDir dir;
        const QString path = personalDb(dir, QStringLiteral("personal.db"));
        ReviewPage page;
        QSignalSpy finished(&page, &ReviewPage::reviewFinished);
        page.reviewFile(path);
        QVERIFY(reviewed(&page, finished));
        page.findingsView()->filterEdit()->setText(QStringLiteral("customers.email"));
        const int shown = page.findingsView()->shownCount();
        QVERIFY(shown >= 2 && shown < page.findingsModel()->rowCount());
        const QString csv = dir.filePath(QStringLiteral("shown.csv"));
        const QString sarif = dir.filePath(QStringLiteral("shown.sarif"));
        QString error;
        QVERIFY2(page.exportReview(csv, &error), qPrintable(error));
        QVERIFY2(page.exportReview(sarif, &error), qPrintable(error));
        bool ok = false;
        const auto rows = ivtest::parseCsv(ivtest::readText(csv), &ok);
        QVERIFY(ok);
        QCOMPARE(rows.size(), shown + 1);
        const QJsonObject log = QJsonDocument::fromJson(ivtest::readText(sarif).toUtf8()).object();
        QCOMPARE(log.value(QStringLiteral("runs"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("results"))
                     .toArray()
                     .size(),
                 shown);
    }
};

QTEST_MAIN(TestReviewDesk)
#include "tst_reviewdesk.moc"
