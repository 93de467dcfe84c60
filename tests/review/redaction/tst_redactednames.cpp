// SPDX-License-Identifier: MIT
// Names and values leave no trace in a redacted copy: a flagged value is replaced wherever and however it is
// written (inside longer texts, in other spellings, as a member of a bucket of people), across chunks of many
// values, and its stand-ins never merge with texts the file already holds. What the redaction replaces and
// logs otherwise: tst_redactor.
#include "redactiontestsupport.h"
#include "redactor.h"
#include "reviewreport.h"
#include "snapshotreviewer.h"
#include "snapshotwriter.h"
#include "testsupport.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace iv;

using namespace redactiontest;

namespace {

// A bucket of people (id 90, "Orders per customer"); its value rows follow as SQL VALUES.
QString personBucketSql()
{
    return QStringLiteral(
        "INSERT INTO insights_bucket (id, created_at, label, question, \"desc\", type, xlabel, xformat, "
        "ylabel, "
        "yformat, title, app_id) SELECT 90, '2026-01-02 09:30:00', 'orders_per_customer', 'Orders per "
        "customer', "
        "NULL, 3, NULL, NULL, NULL, NULL, NULL, app_id FROM insights_counter LIMIT 1;"
        "INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES ");
}

} // namespace

class TestRedactedNames : public QObject
{
    Q_OBJECT

private slots:
    // A name flagged in a category is replaced wherever it appears, also inside the question, title and
    // description; a bucket of people is replaced as a whole, its unrecognised members too.
    void namesLeaveNoTrace()
    {
        QTemporaryDir in, out;
        const QString path = ivtest::buildDatabaseFromSql(
            in, QStringLiteral("people.db"),
            ivtest::basicSnapshotSql() +
                QStringLiteral(
                    "INSERT INTO insights_bucket (id, created_at, label, question, \"desc\", type, xlabel, "
                    "xformat, "
                    "ylabel, yformat, title, app_id) SELECT 90, '2026-01-02 09:30:00', 'per_person', "
                    "'How many orders did Alice Johnson place?', 'Alice asked for this one', 3, NULL, NULL, "
                    "NULL, "
                    "NULL, 'Alice Johnson and Bob Miller', app_id FROM insights_counter LIMIT 1;"
                    "INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) "
                    "VALUES "
                    "(NULL, 3, 0, 'Alice Johnson', 90), (NULL, 4, 0, 'Bob Miller', 90), "
                    "(NULL, 5, 0, 'Carol Davis', 90), (NULL, 6, 0, 'Dennis Wright', 90), "
                    "(NULL, 7, 0, 'Zorblax', 90), (NULL, 8, 0, 'Alice', 90);"));
        const QString copy = out.filePath(QStringLiteral("shared.db"));
        const RedactionResult result = Redactor::redact(path, copy);
        QVERIFY2(result.ok, qPrintable(result.error));
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const char *name : {"Alice", "Johnson", "Bob Miller", "Carol", "Dennis", "Zorblax"})
            QVERIFY2(!bytes.contains(name), name);
        QCOMPARE(cell(copy, "SELECT count(DISTINCT category) FROM insights_bucketvalue WHERE bucket_id = 90"),
                 QStringLiteral("6"));
        // The bucket of people holds stand-ins only: the copy's check verified it against the plan.
        QCOMPARE(result.copyBucketsVerifiedByPlan, 1);
        const QString question = cell(copy, "SELECT question FROM insights_bucket WHERE id = 90");
        QVERIFY2(question.startsWith(QLatin1String("How many orders did Person ")) ||
                     question.startsWith(QLatin1String("Person ")),
                 qPrintable(question));
        QCOMPARE(cell(copy,
                      "SELECT count(*) FROM insights_bucketvalue WHERE bucket_id = 90 AND category NOT LIKE "
                      "'Person %'"),
                 QStringLiteral("0"));
        // The same person has the same stand-in in the category and in the description.
        const QString alice = cell(copy, "SELECT category FROM insights_bucketvalue WHERE bucket_id = 90 AND "
                                         "xvalue = 8");
        QCOMPARE(cell(copy, "SELECT \"desc\" FROM insights_bucket WHERE id = 90"),
                 alice + QStringLiteral(" asked for this one"));
    }

    // A text the copy carried over unchanged is carried over unchanged again by its bytes, but never where
    // its place changes it: the same category in a bucket of people is replaced there, and a text with a name
    // inside is replaced in every row that holds it.
    void repeatedTextsReplacedWhereverTheirPlaceSays()
    {
        QTemporaryDir in, out;
        const QString path = ivtest::buildDatabaseFromSql(
            in, QStringLiteral("people.db"),
            ivtest::basicSnapshotSql() +
                QStringLiteral(
                    "UPDATE insights_counter SET \"desc\" = 'ask Alice Johnson';"
                    "INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id) "
                    "VALUES (16, NULL, 1, 0, 'Other', 4);"
                    "INSERT INTO insights_bucket (id, created_at, label, question, \"desc\", type, xlabel, "
                    "xformat, ylabel, yformat, title, app_id) SELECT 90, '2026-01-02 09:30:00', "
                    "'per_person', "
                    "'Top entries?', NULL, 3, NULL, NULL, NULL, NULL, NULL, app_id FROM "
                    "insights_counter LIMIT 1;"
                    "INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) "
                    "VALUES "
                    "(NULL, 3, 0, 'Alice Johnson', 90), (NULL, 4, 0, 'Bob Miller', 90), "
                    "(NULL, 5, 0, 'Carol Davis', 90), (NULL, 6, 0, 'Dennis Wright', 90), "
                    "(NULL, 7, 0, 'Other', 90);"));
        const QString copy = out.filePath(QStringLiteral("shared.db"));
        const RedactionResult result = Redactor::redact(path, copy);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(cell(copy, "SELECT category FROM insights_bucketvalue WHERE id = 16"),
                 QStringLiteral("Other"));
        QCOMPARE(cell(copy,
                      "SELECT count(*) FROM insights_bucketvalue WHERE bucket_id = 90 AND category NOT LIKE "
                      "'Person %'"),
                 QStringLiteral("0"));
        const QStringList descs = rows(copy, "SELECT \"desc\" FROM insights_counter ORDER BY id");
        QCOMPARE(descs.size(), 2);
        QCOMPARE(descs.at(1), descs.at(0));
        QVERIFY2(descs.at(0).contains(QLatin1String("Person ")) &&
                     !descs.at(0).contains(QLatin1String("Alice")),
                 qPrintable(descs.at(0)));
    }

    // More flagged values than one substitution chunk holds (256): every one is replaced wherever it stands,
    // also inside longer texts, whichever chunk it falls in (the chunks that cannot match a text are
    // skipped).
    void manyNamesAcrossChunks()
    {
        QTemporaryDir in, out;
        const QString given =
            QStringLiteral("substr('Anna  Jan   Maria Pieter Sofia Lukas Emma  Noah  ', 1 + 6 * (i % 8), 6)");
        const QString family = QStringLiteral("substr('Jansen  Mueller Garcia  Kowalski Nguyen  Smith   "
                                              "Rossi   Dubois  ', 1 + 8 * ((i / 8) % 8), 8)");
        const QString path = ivtest::buildDatabaseFromSql(
            in, QStringLiteral("agents.db"),
            ivtest::basicSnapshotSql() +
                QStringLiteral(
                    "INSERT INTO insights_bucket (id, created_at, label, question, \"desc\", type, xlabel, "
                    "xformat, "
                    "ylabel, yformat, title, app_id) SELECT 90, '2026-01-02 09:30:00', 'tickets_per_agent', "
                    "'Tickets per agent', NULL, 5, NULL, NULL, NULL, NULL, NULL, app_id FROM "
                    "insights_counter "
                    "LIMIT 1;\n"
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)\n"
                    "INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) "
                    "SELECT NULL, i, 0, rtrim(%1) || ' ' || rtrim(%2) || ' ' || i, 90 FROM n;\n"
                    "UPDATE insights_bucket SET \"desc\" = 'Asked by ' || (SELECT category FROM "
                    "insights_bucketvalue WHERE bucket_id = 90 AND xvalue = 5) || ' and ' || (SELECT "
                    "category "
                    "FROM insights_bucketvalue WHERE bucket_id = 90 AND xvalue = 299) WHERE id = 90;\n")
                    .arg(given, family));
        const QString copy = out.filePath(QStringLiteral("shared.db"));
        const RedactionResult result = Redactor::redact(path, copy);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.distinctValues >= 300);
        QCOMPARE(cell(copy,
                      "SELECT count(*) FROM insights_bucketvalue WHERE bucket_id = 90 AND category NOT LIKE "
                      "'Person %'"),
                 QStringLiteral("0"));
        QCOMPARE(cell(copy, "SELECT count(DISTINCT category) FROM insights_bucketvalue WHERE bucket_id = 90"),
                 QStringLiteral("300"));
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const char *name : {"Jansen", "Mueller", "Garcia", "Kowalski", "Nguyen", "Rossi", "Dubois"})
            QVERIFY2(!bytes.contains(name), name);
        QVERIFY(cell(copy, "SELECT \"desc\" FROM insights_bucket WHERE id = 90")
                    .contains(QLatin1String("Person ")));
    }

    // A value given a stand-in is found in every spelling the review reads as the same text: another case,
    // a non-breaking, doubled or zero-width space, fullwidth letters, "Last, First", words joined by '_'.
    void spellingsOfAValueReplaced_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // %1: Adaeze Okonkwo's stand-in
        const QString desc = QStringLiteral("desc"), by = QStringLiteral("Orders handled by ");
        QTest::newRow("upper") << desc << by + QStringLiteral("ADAEZE OKONKWO") << by + QStringLiteral("%1");
        QTest::newRow("lower") << desc << by + QStringLiteral("adaeze okonkwo.")
                               << by + QStringLiteral("%1.");
        QTest::newRow("nbsp") << desc << by + QStringLiteral("Adaeze\u00a0Okonkwo")
                              << by + QStringLiteral("%1");
        QTest::newRow("double space")
            << desc << by + QStringLiteral("Adaeze  Okonkwo") << by + QStringLiteral("%1");
        QTest::newRow("zero-width") << desc << by + QStringLiteral("Ada\u200beze Okon\u00adkwo")
                                    << by + QStringLiteral("%1");
        QTest::newRow("fullwidth")
            << desc
            << by + QStringLiteral(
                        "\uff21\uff44\uff41\uff45\uff5a\uff45 \uff2f\uff4b\uff4f\uff4e\uff4b\uff57\uff4f")
            << by + QStringLiteral("%1");
        QTest::newRow("last, first") << desc << by + QStringLiteral("Okonkwo, Adaeze")
                                     << by + QStringLiteral("%1");
        QTest::newRow("word joiner") << desc << by + QStringLiteral("Adaeze\u2060Okonkwo")
                                     << by + QStringLiteral("%1");
        QTest::newRow("snake") << QStringLiteral("label") << QStringLiteral("orders_adaeze_okonkwo_total")
                               << QStringLiteral("orders_%1_total");
    }
    void spellingsOfAValueReplaced()
    {
        QFETCH(QString, column);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QTemporaryDir in, out;
        const QString path = ivtest::buildDatabaseFromSql(
            in, QStringLiteral("people.db"),
            ivtest::basicSnapshotSql() + personBucketSql() +
                QStringLiteral("(NULL, 3, 0, 'Adaeze Okonkwo', 90), (NULL, 4, 0, 'Unassigned', 90), "
                               "(NULL, 5, 0, 'Wojciech Kowalski', 90), (NULL, 6, 0, 'Hannah Schmidt', 90);"
                               "UPDATE insights_counter SET \"%1\" = '%2' WHERE id = (SELECT min(id) FROM "
                               "insights_counter);")
                    .arg(column, text));
        const QString copy = out.filePath(QStringLiteral("shared.db"));
        const RedactionResult result = Redactor::redact(path, copy);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QString adaeze =
            cell(copy, "SELECT category FROM insights_bucketvalue WHERE bucket_id = 90 AND xvalue = 3");
        QVERIFY2(adaeze.startsWith(QLatin1String("Person ")), qPrintable(adaeze));
        const QByteArray sql =
            QStringLiteral("SELECT \"%1\" FROM insights_counter ORDER BY id LIMIT 1").arg(column).toUtf8();
        QCOMPARE(cell(copy, sql.constData()), expected.arg(adaeze));
    }

    // Every member of a bucket of people with a stand-in is replaced inside other texts too, also one only
    // the whole-bucket rule replaced, with word boundaries in Latin script ("Li Na" is not in "Linate") and
    // none in a script written without spaces (Thai).
    void bucketMembersReplacedInsideTexts()
    {
        QTemporaryDir in, out;
        const QString path = ivtest::buildDatabaseFromSql(
            in, QStringLiteral("people.db"),
            ivtest::basicSnapshotSql() + personBucketSql() +
                QStringLiteral(
                    "(NULL, 3, 0, 'Li Na', 90), (NULL, 4, 0, 'Wang Wei', 90), "
                    "(NULL, 5, 0, 'Zhang Wei', 90), (NULL, 6, 0, 'Hannah Schmidt', 90),"
                    "(NULL, 7, 0, 'สมชาย ใจดี', 90), (NULL, 8, 0, 'สมหญิง รักไทย', 90), "
                    "(NULL, 9, 0, 'Will', 90);"
                    "UPDATE insights_bucket SET \"desc\" = 'Orders that will ship' WHERE id = 90;"
                    "UPDATE insights_counter SET \"desc\" = 'Orders by Li Na via Linate' WHERE id = (SELECT "
                    "min(id) FROM insights_counter);"
                    "UPDATE insights_counter SET \"desc\" = 'คำสั่งซื้อของสมชาย ใจดี' WHERE id = (SELECT "
                    "max(id) FROM insights_counter);"));
        const QString copy = out.filePath(QStringLiteral("shared.db"));
        const RedactionResult result = Redactor::redact(path, copy);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QString liNa =
            cell(copy, "SELECT category FROM insights_bucketvalue WHERE bucket_id = 90 AND xvalue = 3");
        const QString somchai =
            cell(copy, "SELECT category FROM insights_bucketvalue WHERE bucket_id = 90 AND xvalue = 7");
        QVERIFY2(liNa.startsWith(QLatin1String("Person ")), qPrintable(liNa));
        QVERIFY2(somchai.startsWith(QLatin1String("Person ")), qPrintable(somchai));
        const QStringList descs = rows(copy, "SELECT \"desc\" FROM insights_counter ORDER BY id");
        QCOMPARE(descs.first(), QStringLiteral("Orders by %1 via Linate").arg(liNa));
        // A name of one word is replaced where it is capitalised, never as a lower-case word.
        QCOMPARE(cell(copy, "SELECT \"desc\" FROM insights_bucket WHERE id = 90"),
                 QStringLiteral("Orders that will ship"));
        QCOMPARE(descs.last(), QStringLiteral("คำสั่งซื้อของ%1").arg(somchai));
    }

    // A stand-in never takes a number whose text the file already holds: no UNIQUE label fails, no two
    // categories become one.
    void standInsNeverMergeWithTextsOfTheFile()
    {
        QTemporaryDir in, out;
        const QString path = ivtest::buildDatabaseFromSql(
            in, QStringLiteral("taken.db"),
            ivtest::basicSnapshotSql() +
                QStringLiteral(
                    "UPDATE insights_counter SET label = 'jane.doe@example.org' WHERE id = (SELECT min(id) "
                    "FROM insights_counter);"
                    "UPDATE insights_counter SET label = 'redacted-email-1' WHERE id = (SELECT max(id) "
                    "FROM insights_counter);") +
                personBucketSql() +
                QStringLiteral("(NULL, 3, 0, 'Hannah Schmidt', 90), (NULL, 4, 0, 'Person 1', 90), "
                               "(NULL, 5, 0, 'Alice Johnson', 90), (NULL, 6, 0, 'Unassigned', 90);"));
        const QString copy = out.filePath(QStringLiteral("shared.db"));
        const RedactionResult result = Redactor::redact(path, copy);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!bytesOf(copy).contains("jane.doe"));
        QCOMPARE(cell(copy, "SELECT count(DISTINCT label) = count(*) FROM insights_counter"),
                 QStringLiteral("1"));
        QCOMPARE(cell(copy, "SELECT count(DISTINCT category) FROM insights_bucketvalue WHERE bucket_id = 90"),
                 QStringLiteral("4"));
        QCOMPARE(cell(copy, "SELECT count(*) FROM insights_bucketvalue WHERE category = 'Person 1'"),
                 QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestRedactedNames)
#include "tst_redactednames.moc"
