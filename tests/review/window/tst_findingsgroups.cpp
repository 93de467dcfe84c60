// SPDX-License-Identifier: MIT
// Findings grouped per question in the review page: one summary row per question with its count, recognised
// by FindingsModel::Role::Group (never by text), expanding and collapsing with Enter, triage of a summary row
// applying to all its findings, and every count agreeing — banner, headline, table (summary counts plus
// single findings), the record's JSON and the exports of the shown findings.
#include "csvparse.h"
#include "findingsgroups.h"
#include "findingsmodel.h"
#include "findingsview.h"
#include "reviewdeskstore.h"
#include "reviewpage.h"
#include "reviewrecord.h"
#include "testsupport.h"
#include "verdictbanner.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace iv;

namespace {

bool reviewed(ReviewPage *page, QSignalSpy &finished)
{
    if (!finished.wait(30000))
        return false;
    for (int i = 0; i < 300 && page->isBusy(); ++i)
        QTest::qWait(100);
    return !page->isBusy();
}

// Findings the table stands for: each summary row's count, plus each finding row outside an expanded group.
int tableTotal(const QAbstractItemModel *m)
{
    int total = 0;
    QString expandedKey;
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex i = m->index(r, 0);
        if (i.data(int(FindingsModel::Role::Group)).toBool()) {
            total += i.data(int(FindingsModel::Role::GroupCount)).toInt();
            expandedKey = i.data(int(FindingsModel::Role::GroupExpanded)).toBool()
                              ? i.data(int(FindingsModel::Role::GroupKey)).toString()
                              : QString();
        } else if (expandedKey.isEmpty() || i.data(int(FindingsModel::Role::GroupKey)).toString() != expandedKey) {
            expandedKey.clear();
            ++total;
        }
    }
    return total;
}

int groupRows(const QAbstractItemModel *m)
{
    int n = 0;
    for (int r = 0; r < m->rowCount(); ++r)
        n += m->index(r, 0).data(int(FindingsModel::Role::Group)).toBool() ? 1 : 0;
    return n;
}

int firstGroupRow(const QAbstractItemModel *m)
{
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data(int(FindingsModel::Role::Group)).toBool())
            return r;
    return -1;
}

} // namespace

class TestFindingsGroups : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // No kept desk from an earlier run (grouping is kept per file content).
        QVERIFY(QDir(ReviewDeskStore().directory()).removeRecursively());
    }

    void groupsExpandAndCountsAgree()
    {
        QTemporaryDir dir;
        // Addresses and names in several questions and in a table of their own.
        const QString path = ivtest::buildDatabase(
            dir, QStringLiteral("groups.db"),
            {QStringLiteral("schema.sql"), QStringLiteral("basic.sql"), QStringLiteral("review_personal.sql"),
             QStringLiteral("review_desk.sql")});
        ReviewPage page;
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy finished(&page, &ReviewPage::reviewFinished);
        page.reviewFile(path);
        QVERIFY(reviewed(&page, finished));
        FindingsView *view = page.findingsView();
        FindingsModel *model = page.findingsModel();
        const int listed = model->rowCount();
        QVERIFY(listed >= 10);
        QTableView *table = view->table();
        QAbstractItemModelTester tester(view->groups(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Ungrouped: one row per finding, no summary rows.
        QCOMPARE(table->model()->rowCount(), listed);
        QCOMPARE(groupRows(table->model()), 0);

        view->groupBox()->setChecked(true);
        QVERIFY(view->isGrouping());
        const int groups = groupRows(table->model());
        QVERIFY2(groups >= 2, qPrintable(QString::number(groups)));
        QVERIFY(table->model()->rowCount() < listed);
        QCOMPARE(tableTotal(table->model()), listed);
        QVERIFY(page.headlineText().contains(QString::number(listed)));
        QVERIFY(page.banner()->detail().contains(QString::number(listed)));

        // Enter on a summary row shows its findings below it, and again hides them.
        const int g = firstGroupRow(table->model());
        const int count = table->model()->index(g, 0).data(int(FindingsModel::Role::GroupCount)).toInt();
        QVERIFY(count >= 2);
        const int before = table->model()->rowCount();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(g, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(table->model()->rowCount(), before + count);
        QVERIFY(table->model()->index(g, 0).data(int(FindingsModel::Role::GroupExpanded)).toBool());
        for (int k = 1; k <= count; ++k) {
            const QModelIndex member = table->model()->index(g + k, 0);
            QVERIFY(!member.data(int(FindingsModel::Role::Group)).toBool());
            QCOMPARE(member.data(int(FindingsModel::Role::GroupKey)),
                     table->model()->index(g, 0).data(int(FindingsModel::Role::GroupKey)));
            QVERIFY(view->modelRow(member) >= 0);
        }
        QCOMPARE(tableTotal(table->model()), listed);
        QCOMPARE(view->modelRow(table->model()->index(g, 0)), -1);

        // Triage on the summary row applies to every finding of the question.
        table->setCurrentIndex(table->model()->index(g, 0));
        table->selectRow(g);
        QTest::keyClick(table, Qt::Key_F);
        QCOMPARE(model->count(Triage::State::FalsePositive), count);
        QVERIFY(table->model()->index(g, FindingsModel::StateColumn).data().toString().startsWith(
            QString::number(count) + QLatin1Char(' ')));
        table->setCurrentIndex(table->model()->index(g, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(table->model()->rowCount(), before);

        // The counts everywhere: record JSON, exports of the shown findings, report.
        const std::optional<ReviewRecord> record = page.record();
        QVERIFY(record);
        const QJsonObject json = QJsonDocument::fromJson(record->toJson()).object();
        QCOMPARE(json.value(QStringLiteral("findings")).toArray().size(), listed);
        QCOMPARE(record->count(Triage::State::FalsePositive), count);
        QString error;
        const QString csv = dir.filePath(QStringLiteral("all.csv"));
        const QString sarif = dir.filePath(QStringLiteral("all.sarif"));
        QVERIFY2(page.exportReview(csv, &error), qPrintable(error));
        QVERIFY2(page.exportReview(sarif, &error), qPrintable(error));
        bool ok = false;
        QCOMPARE(ivtest::parseCsv(ivtest::readText(csv), &ok).size(), listed + 1);
        QVERIFY(ok);
        const QJsonObject log = QJsonDocument::fromJson(ivtest::readText(sarif).toUtf8()).object();
        QCOMPARE(log.value(QStringLiteral("runs")).toArray().first().toObject().value(QStringLiteral("results"))
                     .toArray()
                     .size(),
                 listed);
        const auto run = ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--json"), path});
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray().size(),
                 listed);

        // A filter groups what it lets through; sorting keeps the groups whole.
        table->sortByColumn(FindingsModel::WhereColumn, Qt::DescendingOrder);
        QCOMPARE(tableTotal(table->model()), listed);
        view->filterEdit()->setText(QStringLiteral("insights_bucketvalue"));
        QCOMPARE(tableTotal(table->model()), view->shownCount());
        QVERIFY(view->shownCount() < listed);

        // Grouping is kept with the desk.
        view->filterEdit()->clear();
        ReviewPage again;
        QSignalSpy finishedAgain(&again, &ReviewPage::reviewFinished);
        again.reviewFile(path);
        QVERIFY(reviewed(&again, finishedAgain));
        QVERIFY(again.findingsView()->isGrouping());
    }
};

QTEST_MAIN(TestFindingsGroups)
#include "tst_findingsgroups.moc"
