// SPDX-License-Identifier: MIT
// FindingResolver, FindingsModel and FindingsFilterProxy: a finding names its app and question (a bucket
// value through its bucket), the table holds exactly the listed findings with the reviewer's repeats counted
// apart so the numbers add up, and filtering and sorting work as a security officer expects.
#include "findinghelp.h"
#include "findingresolver.h"
#include "findingsfilterproxy.h"
#include "findingsmodel.h"
#include "snapshotreviewer.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace iv;

namespace {

int findRow(const FindingsModel &model, const QString &table, const QString &column, qint64 row)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        const ReviewFinding &f = model.finding(r);
        if (f.table == table && f.column == column && f.row == row)
            return r;
    }
    return -1;
}

QString manyAddresses(const QTemporaryDir &dir, int count)
{
    return ivtest::buildDatabaseFromSql(
        dir, QStringLiteral("many.db"),
        ivtest::basicSnapshotSql() +
            QStringLiteral(
                "INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) "
                "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < %1) "
                "SELECT NULL, n, 0, 'user' || n || '@example.org', 4 FROM c;")
                .arg(count));
}

} // namespace

class TestFindingsModel : public QObject
{
    Q_OBJECT

private slots:
    void resolverNamesQuestions()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(
            dir, QStringLiteral("desk.db"),
            {QStringLiteral("schema.sql"), QStringLiteral("basic.sql"), QStringLiteral("review_desk.sql")});
        QString error;
        const auto resolver = FindingResolver::open(path, &error);
        QVERIFY2(resolver, qPrintable(error));

        FindingLocation l = resolver->locate(QStringLiteral("insights_bucketvalue"), 11);
        QCOMPARE(l.appName, QStringLiteral("blog.insights")); // no label: the module
        QCOMPARE(l.appUuid, QStringLiteral("22222222222222222222222222222222"));
        QCOMPARE(l.kind, MetricKind::Barchart);
        QCOMPARE(l.questionLabel, QStringLiteral("bars"));
        QCOMPARE(l.questionText, QStringLiteral("Posts per tag?"));
        QCOMPARE(l.valueRowId, qint64(11));

        l = resolver->locate(QStringLiteral("insights_bucketvalue"), 1);
        QCOMPARE(l.appName, QStringLiteral("Shop"));
        QCOMPARE(l.kind, MetricKind::Hbarchart);
        QCOMPARE(l.questionLabel, QStringLiteral("hbar"));

        l = resolver->locate(QStringLiteral("insights_gauge"), 1);
        QCOMPARE(l.kind, MetricKind::Gauge);
        QCOMPARE(l.questionLabel, QStringLiteral("basket"));
        QCOMPARE(l.questionText, QStringLiteral("Call +49 30 1234567 about the basket?"));
        QCOMPARE(l.valueRowId, qint64(-1));

        l = resolver->locate(QStringLiteral("insights_counter"), 2);
        QCOMPARE(l.kind, MetricKind::Counter);
        QCOMPARE(l.questionText, QStringLiteral("posts")); // no question: its label

        l = resolver->locate(QStringLiteral("insights_app"), 1);
        QCOMPARE(l.appName, QStringLiteral("Shop"));
        QVERIFY(!l.hasQuestion());

        QVERIFY(!resolver->locate(QStringLiteral("insights_bucketvalue"), 999).hasApp());
        QVERIFY(!resolver->locate(QStringLiteral("customers"), 1).hasApp());
        QVERIFY(!resolver->locate(QStringLiteral("insights_counter"), -1).hasApp());
        QCOMPARE(resolver->freelistPages(), qint64(0));

        // The model shows them: app, question, where, masked sample.
        const ReviewReport report = SnapshotReviewer::review(path);
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings(report.findings, resolver->locateAll(report.findings));
        QCOMPARE(model.rowCount(), report.findings.size());
        QCOMPARE(model.repeats().size(), 0);
        const int row =
            findRow(model, QStringLiteral("insights_bucketvalue"), QStringLiteral("category"), 11);
        QVERIFY(row >= 0);
        auto text = [&model](int r, int c) { return model.index(r, c).data().toString(); };
        QCOMPARE(text(row, FindingsModel::SeverityColumn), QStringLiteral("error"));
        QCOMPARE(text(row, FindingsModel::KindColumn), QStringLiteral("personal-data-email"));
        QCOMPARE(text(row, FindingsModel::AppColumn), QStringLiteral("blog.insights"));
        QCOMPARE(text(row, FindingsModel::QuestionColumn), QStringLiteral("Posts per tag?"));
        QCOMPARE(text(row, FindingsModel::WhereColumn),
                 QStringLiteral("insights_bucketvalue.category row 11"));
        QVERIFY(!text(row, FindingsModel::SampleColumn).isEmpty());
        QVERIFY(!text(row, FindingsModel::SampleColumn).contains(QLatin1String("jane.doe@example.org")));
        QCOMPARE(model.location(row).valueRowId, qint64(11));
        const QString line = model.rowText(row);
        QVERIFY(line.contains(QLatin1String("Posts per tag?")));
        QVERIFY(line.contains(QLatin1String("insights_bucketvalue.category row 11")));
        QVERIFY(!line.contains(QLatin1String("jane.doe")));
        const int extra = findRow(model, QStringLiteral("insights_counter"), QStringLiteral("note"), -1);
        QVERIFY(extra >= 0); // the extra column: no question to name
        QCOMPARE(text(extra, FindingsModel::QuestionColumn), QString());
        QCOMPARE(text(extra, FindingsModel::WhereColumn), QStringLiteral("insights_counter.note"));
    }

    void everyFindingListed()
    {
        // 25 addresses in one column: every one is a finding with its row and masked sample, none summarised.
        QTemporaryDir dir;
        const QString path = manyAddresses(dir, 25);
        const ReviewReport report = SnapshotReviewer::review(path);
        QCOMPARE(report.findings.size(), 25);
        QSet<qint64> rows;
        for (const ReviewFinding &f : report.findings) {
            QCOMPARE(f.unlisted, qint64(0));
            QVERIFY(!f.sample.isEmpty());
            rows.insert(f.row);
        }
        QCOMPARE(rows.size(), 25);
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings(report.findings);
        QCOMPARE(model.rowCount(), 25);
        QCOMPARE(model.repeatedCount(), qint64(0));
    }

    void repeatsAddUp()
    {
        // Past the listing limit (set low here), the rest is counted in a summary finding flagged by its
        // count: the model keeps it apart and the numbers add up.
        QTemporaryDir dir;
        const QString path = manyAddresses(dir, 25);
        ReviewReport::Options options;
        options.maxListedFindings = 10;
        const ReviewReport report = SnapshotReviewer::review(path, options);
        QCOMPARE(report.findings.size(), 11);
        QCOMPARE(report.findings.last().unlisted, qint64(15));
        QCOMPARE(report.exitCode(), 1);
        QVERIFY(report.toJson().contains("\"unlisted\": 15"));
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings(report.findings);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.repeats().size(), 1);
        QCOMPARE(model.repeats().first().count, qint64(15));
        QCOMPARE(model.repeats().first().code, QStringLiteral("personal-data-email"));
        QCOMPARE(model.repeats().first().table, QStringLiteral("insights_bucketvalue"));
        QCOMPARE(model.repeats().first().column, QStringLiteral("category"));
        QCOMPARE(model.rowCount() + model.repeatedCount(), qint64(25));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.repeatedCount(), qint64(0));

        // Recognised by the flag, not the text: a finding whose message merely reads like a summary is a row;
        // a summary in another language is still a summary.
        ReviewFinding lookalike;
        lookalike.code = QStringLiteral("personal-data-email");
        lookalike.message = lookalike.englishMessage =
            QStringLiteral("7 more findings like the above were not listed");
        ReviewFinding summary;
        summary.code = QStringLiteral("personal-data-email");
        summary.message = QStringLiteral("7 weitere Befunde");
        summary.unlisted = 7;
        model.setFindings({lookalike, summary});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.repeatedCount(), qint64(7));
    }

    // Two questions with the same text are told apart by their labels; facets count every listed finding;
    // the Kind column's tooltip is the kind's help; triage starts open (accepted when a policy acknowledged).
    void labelsFacetsHelpAndTriage()
    {
        auto finding = [](const QString &code, qint64 row, bool acknowledged = false) {
            ReviewFinding f;
            f.code = code;
            f.table = QStringLiteral("insights_bucketvalue");
            f.column = QStringLiteral("category");
            f.row = row;
            f.sample = QStringLiteral("A*** B****");
            f.acknowledged = acknowledged;
            return f;
        };
        auto at = [](const QString &label, const QString &text) {
            FindingLocation l;
            l.appUuid = QStringLiteral("1");
            l.appName = QStringLiteral("Shop");
            l.questionLabel = label;
            l.questionText = text;
            return l;
        };
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings({finding(QStringLiteral("personal-data-name"), 1), finding(QStringLiteral("personal-data-name"), 2),
                           finding(QStringLiteral("personal-data-email"), 3, true)},
                          {at(QStringLiteral("shapes"), QStringLiteral("What shape?")),
                           at(QStringLiteral("shapes_2025"), QStringLiteral("What shape?")),
                           at(QStringLiteral("agents"), QStringLiteral("Tickets per agent?"))});
        QCOMPARE(model.index(0, FindingsModel::QuestionColumn).data().toString(), QStringLiteral("What shape? (shapes)"));
        QCOMPARE(model.index(1, FindingsModel::QuestionColumn).data().toString(),
                 QStringLiteral("What shape? (shapes_2025)"));
        QCOMPARE(model.index(2, FindingsModel::QuestionColumn).data().toString(), QStringLiteral("Tickets per agent?"));
        const QMap<QString, int> kinds = model.countsBy(FindingsModel::KindColumn);
        QCOMPARE(kinds.value(QStringLiteral("personal-data-name")), 2);
        QCOMPARE(kinds.value(QStringLiteral("personal-data-email")), 1);
        QCOMPARE(model.countsBy(FindingsModel::AppColumn).value(QStringLiteral("Shop")), 3);
        QVERIFY(model.index(0, FindingsModel::KindColumn).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("What to do:")));
        QCOMPARE(model.count(Triage::State::Open), 2);
        QCOMPARE(model.count(Triage::State::Accepted), 1);
        QVERIFY(model.triageByKey(true).isEmpty());
        model.setTriage({0, 1}, {Triage::State::FalsePositive, QStringLiteral("a brand")});
        QCOMPARE(model.count(Triage::State::FalsePositive), 2);
        QCOMPARE(model.index(0, FindingsModel::StateColumn).data().toString(), QStringLiteral("false positive: a brand"));
        QCOMPARE(model.triageByKey(true).size(), 2);
        // Kept by key: a model with the same findings takes them back.
        FindingsModel again;
        again.setFindings({finding(QStringLiteral("personal-data-name"), 2), finding(QStringLiteral("personal-data-name"), 1)},
                          {at(QStringLiteral("shapes_2025"), QStringLiteral("What shape?")),
                           at(QStringLiteral("shapes"), QStringLiteral("What shape?"))});
        // Different app/question in the key: the first is the same finding only when its place is the same.
        ReviewFinding a = finding(QStringLiteral("personal-data-name"), 1);
        ReviewFinding b = a;
        b.sample = QStringLiteral("A*** C****");
        QVERIFY(Triage::key(a) != Triage::key(b));
        QCOMPARE(Triage::key(a), Triage::key(finding(QStringLiteral("personal-data-name"), 1)));
        again.applyTriage(model.triageByKey());
        QCOMPARE(again.count(Triage::State::FalsePositive), 2);
    }

    // Findings about the file rather than its schema say what they are: the fallback help ("does not match
    // upstream's schema or data rules") would tell a reviewer of a hot journal or hidden fields the wrong thing.
    void helpForFileFindings_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("title");
        QTest::newRow("hidden fields") << QStringLiteral("hidden-record-bytes") << QStringLiteral("Hidden fields in rows");
        QTest::newRow("header") << QStringLiteral("header-reserved-bytes") << QStringLiteral("Data in the file header");
        QTest::newRow("hot journal") << QStringLiteral("hot-journal") << QStringLiteral("Unfinished write");
        QTest::newRow("wal file") << QStringLiteral("wal-file") << QStringLiteral("Write-ahead log beside the file");
        QTest::newRow("read error") << QStringLiteral("read-error") << QStringLiteral("Could not be read");
        QTest::newRow("scan incomplete") << QStringLiteral("scan-incomplete") << QStringLiteral("Scan incomplete");
        QTest::newRow("hidden table") << QStringLiteral("hidden-table") << QStringLiteral("Hidden table");
        QTest::newRow("non-finite") << QStringLiteral("non-finite") << QStringLiteral("Infinite or missing number");
        QTest::newRow("schema: the fallback") << QStringLiteral("missing-column") << QStringLiteral("missing-column");
    }
    void helpForFileFindings()
    {
        QFETCH(QString, code);
        QFETCH(QString, title);
        const FindingHelp help = FindingHelp::english(code);
        QCOMPARE(help.title, title);
        QCOMPARE(help.detects.contains(QStringLiteral("upstream's schema")), title == code);
    }

    void filterAndSort()
    {
        QVector<ReviewFinding> findings;
        auto add = [&findings](ReviewFinding::Severity s, const QString &code, const QString &table,
                               qint64 row, const QString &message) {
            ReviewFinding f;
            f.severity = s;
            f.code = code;
            f.table = table;
            f.column = QStringLiteral("c");
            f.row = row;
            f.message = message;
            findings.append(f);
        };
        add(ReviewFinding::Severity::Warning, QStringLiteral("extra-column"), QStringLiteral("b"), -1,
            QStringLiteral("extra"));
        add(ReviewFinding::Severity::Error, QStringLiteral("personal-data-phone"), QStringLiteral("a"), 10,
            QStringLiteral("phone number in a.c"));
        add(ReviewFinding::Severity::Error, QStringLiteral("personal-data-email"), QStringLiteral("a"), 9,
            QStringLiteral("e-mail address in a.c"));
        add(ReviewFinding::Severity::Warning, QStringLiteral("bad-datetime"), QStringLiteral("a"), 2,
            QStringLiteral("not a date"));
        FindingsModel model;
        model.setFindings(findings);
        FindingsFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QCOMPARE(model.codes(),
                 (QStringList{QStringLiteral("bad-datetime"), QStringLiteral("extra-column"),
                              QStringLiteral("personal-data-email"), QStringLiteral("personal-data-phone")}));
        QCOMPARE(model.count(ReviewFinding::Severity::Error), 2);

        proxy.sort(FindingsModel::SeverityColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("error"));
        QCOMPARE(proxy.index(1, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("error"));
        QCOMPARE(proxy.index(3, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("warning"));
        // "Where" sorts rows as numbers: row 9 before row 10.
        proxy.sort(FindingsModel::WhereColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, FindingsModel::WhereColumn).data().toString(), QStringLiteral("a.c row 2"));
        QCOMPARE(proxy.index(1, FindingsModel::WhereColumn).data().toString(), QStringLiteral("a.c row 9"));
        QCOMPARE(proxy.index(2, FindingsModel::WhereColumn).data().toString(), QStringLiteral("a.c row 10"));

        proxy.setText(QStringLiteral("PHONE"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, FindingsModel::KindColumn).data().toString(),
                 QStringLiteral("personal-data-phone"));
        proxy.setText(QString());
        proxy.setSeverity(ReviewFinding::Severity::Warning);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSeverity(std::nullopt);
        proxy.setCode(QStringLiteral("personal-data-email"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, FindingsModel::WhereColumn).data().toString(), QStringLiteral("a.c row 9"));
        proxy.setCode(QString());
        QCOMPARE(proxy.rowCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestFindingsModel)
#include "tst_findingsmodel.moc"
