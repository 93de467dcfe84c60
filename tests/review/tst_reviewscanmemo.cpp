// SPDX-License-Identifier: MIT
// A review that shares its scan with a later review of a file made from the same one (the redacted copy's
// check): what it reuses is byte-identical, and whatever changed (a bucket's categories, its context, a text)
// is scanned again, so the later review finds exactly what a review of its own would.
#include "reviewscanmemo.h"
#include "snapshotreviewer.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace iv;

namespace {

QStringList findings(const ReviewReport &r)
{
    QStringList out;
    for (const ReviewFinding &f : r.findings)
        out << QStringLiteral("%1 %2.%3 %4 %5").arg(f.code, f.table, f.column).arg(f.row).arg(f.sample);
    return out;
}

bool has(const ReviewReport &r, const QString &code, const QString &column, qint64 row)
{
    for (const ReviewFinding &f : r.findings)
        if (f.code == code && f.column == column && f.row == row)
            return true;
    return false;
}

// schema + basic.sql, then sql.
QString build(const QTemporaryDir &dir, const QString &name, const QString &sql)
{
    return ivtest::buildDatabaseFromSql(dir, name,
                                        ivtest::basicSnapshotSql() +
                                            sql);
}

ReviewReport reviewWith(const QString &path, ReviewScanMemo &memo)
{
    return SnapshotReviewer::review(path, ReviewReport::Options(), nullptr, memo);
}

const QString kName = QStringLiteral("personal-data-name");

} // namespace

class TestReviewScanMemo : public QObject
{
    Q_OBJECT

private slots:
    // Text cells found clean are remembered by their bytes (ReviewScanMemo::cleanTexts): the same file
    // reviewed again scans none of them, a text with a finding is still found in every cell that holds it,
    // and a BLOB with the bytes of a text is read as a BLOB.
    void cleanTextsRememberedByTheirBytes()
    {
        QTemporaryDir dir;
        const QString path =
            build(dir, QStringLiteral("c.db"),
                  QStringLiteral(
                      "UPDATE insights_counter SET \"desc\" = 'write to eve@example.org';"
                      "UPDATE insights_gauge SET \"desc\" = 'All orders';"
                      "INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id) "
                      "VALUES (50, NULL, 1, 1, CAST('write to eve@example.org' AS BLOB), 3);"));
        const QString email = QStringLiteral("personal-data-email");
        ReviewScanMemo memo;
        const ReviewReport first = reviewWith(path, memo);
        QVERIFY(has(first, email, QStringLiteral("desc"), 1));
        QVERIFY(has(first, email, QStringLiteral("desc"), 2));
        QVERIFY(has(first, email, QStringLiteral("category"), 50));
        const qint64 clean = qint64(memo.cleanTexts.size());
        QVERIFY2(clean > 20, qPrintable(QString::number(clean)));    // timestamps, labels, questions
        QVERIFY(memo.textsReused > 0);                               // "All orders" twice, shared timestamps
        QVERIFY(!memo.texts.contains(QStringLiteral("All orders"))); // clean: a fingerprint, not a text
        QVERIFY(memo.texts.contains(QStringLiteral("write to eve@example.org")));
        const ReviewReport second = reviewWith(path, memo);
        QCOMPARE(findings(second), findings(first));
        QCOMPARE(qint64(memo.cleanTexts.size()), clean);
        QVERIFY(memo.textsReused >= clean + 2);
    }

    // The same file twice: every bucket and every short text comes from the memo, with the same findings.
    void unchangedFileReusesEverything()
    {
        QTemporaryDir dir;
        const QString path = build(
            dir, QStringLiteral("a.db"),
            QStringLiteral("UPDATE insights_counter SET \"desc\" = 'ask ann@example.com' WHERE id = 1;"));
        ReviewScanMemo memo;
        const ReviewReport first = reviewWith(path, memo);
        QCOMPARE(memo.bucketsReused, 0);
        const ReviewReport second = reviewWith(path, memo);
        QCOMPARE(memo.bucketsReused, 3); // buckets 1, 3 and 4 have categories
        QVERIFY(memo.textsReused > 20);
        QVERIFY(has(second, QStringLiteral("personal-data-email"), QStringLiteral("desc"), 1));
        QCOMPARE(findings(second), findings(first));
        QCOMPARE(findings(second), findings(SnapshotReviewer::review(path)));
    }

    // A bucket whose categories changed is scanned again, the others are reused.
    void changedBucketScannedAgain()
    {
        QTemporaryDir dir;
        const QString a = build(dir, QStringLiteral("a.db"), QString());
        const QString b = build(dir, QStringLiteral("b.db"),
                                QStringLiteral("UPDATE insights_bucketvalue SET category = 'ann@example.com' "
                                               "WHERE id = 3;"));
        ReviewScanMemo memo;
        QVERIFY(
            !has(reviewWith(a, memo), QStringLiteral("personal-data-email"), QStringLiteral("category"), 3));
        const ReviewReport again = reviewWith(b, memo);
        QCOMPARE(memo.bucketsReused, 2); // 3 and 4; bucket 1 changed
        QVERIFY(has(again, QStringLiteral("personal-data-email"), QStringLiteral("category"), 3));
        QCOMPARE(findings(again), findings(SnapshotReviewer::review(b)));
    }

    // The same categories under other words: a bucket of products becomes a bucket of agents, and then every
    // category is a person's name. The memo is keyed by the context too.
    void changedContextScannedAgain()
    {
        QTemporaryDir dir;
        const QString values =
            QStringLiteral("UPDATE insights_bucketvalue SET category = 'Kim' WHERE id = 1;"
                           "UPDATE insights_bucketvalue SET category = 'Sam' WHERE id = 2;"
                           "UPDATE insights_bucketvalue SET category = 'Alex' WHERE id = 3;");
        const QString a = build(dir, QStringLiteral("a.db"), values);
        const QString b =
            build(dir, QStringLiteral("b.db"),
                  values + QStringLiteral("UPDATE insights_bucket SET label = 'tickets_per_agent', "
                                          "question = 'Tickets per agent?', xlabel = 'Agent' "
                                          "WHERE id = 1;"));
        ReviewScanMemo memo;
        const ReviewReport before = reviewWith(a, memo);
        QVERIFY(!has(before, kName, QStringLiteral("category"), 1));
        const ReviewReport again = reviewWith(b, memo);
        QCOMPARE(memo.bucketsReused, 2);
        for (qint64 row : {1, 2, 3})
            QVERIFY2(has(again, kName, QStringLiteral("category"), row),
                     qPrintable(findings(again).join(u'\n')));
        QCOMPARE(findings(again), findings(SnapshotReviewer::review(b)));
    }

    // A lone given name is a finding only among names: the same text, byte for byte, in a bucket whose other
    // categories changed from products to people is read with its new neighbours, not from the memo.
    void sameTextNewNeighboursScannedAgain()
    {
        QTemporaryDir dir;
        const QString bucket = QStringLiteral(
            "INSERT INTO insights_bucket (id, created_at, label, question, \"desc\", type, xlabel, xformat, "
            "ylabel, yformat, title, app_id) VALUES (6, '2026-01-01 10:00:02', 'top', 'Top entries', NULL, "
            "5, "
            "NULL, NULL, NULL, NULL, NULL, '11111111111111111111111111111111');");
        const auto values = [&](const QStringList &others) {
            QString sql =
                bucket + QStringLiteral("INSERT INTO insights_bucketvalue (id, timestamp, xvalue, "
                                        "yvalue, category, bucket_id) VALUES (100, NULL, 1, 1, 'Maria', 6)");
            for (qsizetype i = 0; i < others.size(); ++i)
                sql += QStringLiteral(", (%1, NULL, 1, 1, '%2', 6)").arg(101 + i).arg(others.at(i));
            return sql + QLatin1Char(';');
        };
        const QString a = build(dir, QStringLiteral("a.db"),
                                values({QStringLiteral("Widget"), QStringLiteral("Gadget"),
                                        QStringLiteral("Sprocket"), QStringLiteral("Gizmo")}));
        const QString b = build(dir, QStringLiteral("b.db"),
                                values({QStringLiteral("Anna Jansen"), QStringLiteral("Pieter de Vries"),
                                        QStringLiteral("Sofia Garcia"), QStringLiteral("Lukas Müller")}));
        ReviewScanMemo memo;
        const ReviewReport before = reviewWith(a, memo);
        QVERIFY2(!has(before, kName, QStringLiteral("category"), 100),
                 qPrintable(findings(before).join(u'\n')));
        const ReviewReport again = reviewWith(b, memo);
        QVERIFY2(has(again, kName, QStringLiteral("category"), 100), qPrintable(findings(again).join(u'\n')));
        QCOMPARE(findings(again), findings(SnapshotReviewer::review(b)));
    }
    // The redactor's plan (ReviewScanMemo::standIns): a bucket whose every category is a stand-in written
    // into that bucket is verified against the plan, not scanned; one category outside the plan (a value left
    // as it was) and the whole bucket is scanned with its neighbours, as a review of its own would; a plan
    // for another bucket does not apply.
    void planVerifiesOnlyBucketsOfStandIns_data()
    {
        QTest::addColumn<QString>("left");   // the category of row 104 ("" = a stand-in like the others)
        QTest::addColumn<qint64>("planFor"); // the bucket the plan was written for
        QTest::addColumn<bool>("verified");
        QTest::newRow("all stand-ins") << QString() << qint64(6) << true;
        QTest::newRow("an address left") << QStringLiteral("anna.jansen@example.com") << qint64(6) << false;
        QTest::newRow("a name left") << QStringLiteral("Maria") << qint64(6) << false;
        QTest::newRow("plan of another bucket") << QString() << qint64(1) << false;
    }
    void planVerifiesOnlyBucketsOfStandIns()
    {
        QFETCH(QString, left);
        QFETCH(qint64, planFor);
        QFETCH(bool, verified);
        QTemporaryDir dir;
        QString sql = QStringLiteral(
            "INSERT INTO insights_bucket (id, created_at, label, question, \"desc\", type, xlabel, xformat, "
            "ylabel, yformat, title, app_id) VALUES (6, '2026-01-01 10:00:02', 'tickets_per_agent', "
            "'Tickets per agent', NULL, 5, NULL, NULL, NULL, NULL, NULL, '11111111111111111111111111111111');"
            "INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id) VALUES ");
        ReviewScanMemo memo;
        for (int i = 0; i < 5; ++i) {
            const QString standIn = QStringLiteral("Person %1").arg(i + 1);
            const QString category = i == 4 && !left.isEmpty() ? left : standIn;
            sql += QStringLiteral("%1(%2, NULL, 1, 1, '%3', 6)")
                       .arg(i ? QStringLiteral(", ") : QString())
                       .arg(100 + i)
                       .arg(category);
            memo.standIns[planFor].insert(standIn);
        }
        const QString path = build(dir, QStringLiteral("c.db"), sql + QLatin1Char(';'));
        const ReviewReport r = reviewWith(path, memo);
        QCOMPARE(memo.bucketsVerifiedByPlan, verified ? 1 : 0);
        QCOMPARE(findings(r), findings(SnapshotReviewer::review(path)));
        if (left.contains(u'@'))
            QVERIFY2(has(r, QStringLiteral("personal-data-email"), QStringLiteral("category"), 104),
                     qPrintable(findings(r).join(u'\n')));
        else if (!left.isEmpty())
            QVERIFY2(has(r, kName, QStringLiteral("category"), 104), qPrintable(findings(r).join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestReviewScanMemo)
#include "tst_reviewscanmemo.moc"
