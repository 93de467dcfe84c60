// SPDX-License-Identifier: MIT
// How a redacted copy is made, and what each way guarantees: tables the writer's exactly transferred as
// stored, a clean original copied as its reviewed bytes, cells replaced in place in those bytes, tables copied
// row by row — the same rows either way, no original byte and no stale byte anywhere, the copy checked before
// it is in place.
#include "pagefreespace.h"
#include "redactionrun_p.h"
#include "redactiontestsupport.h"
#include "redactor.h"
#include "reviewreport.h"
#include "snapshotreviewer.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace iv;
using namespace redactiontest;

namespace {

// The non-zero bytes outside every record of the SQLite file `bytes`, page by page, as the review reads them
// (PageFreeSpace): empty when the file holds nothing but its records.
// 20,000 rows of bucket 4 (ids 1001–21000) whose timestamps, and categories (`category`, an SQL expression of
// i), come in an order unlike the rows': their keys arrive scattered in every index.
QString scatteredRowsSql(const QString &category)
{
    return QStringLiteral(
               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
               "INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id) "
               "SELECT 1000 + i, printf('2024-%02d-%02d %02d:%02d:%02d.%06d', 1 + (i * 7) % 12, "
               "1 + (i * 13) % 28, (i * 17) % 24, (i * 31) % 60, (i * 37) % 60, (i * 7919) % 1000000), "
               "i, i, ") +
           category + QStringLiteral(", 4 FROM n;");
}

QByteArray staleBytes(const QByteArray &bytes)
{
    const qint64 pageSize = (quint8(bytes.at(16)) << 8) | quint8(bytes.at(17));
    PageFreeSpace space(bytes.left(100), bytes.size() / pageSize, {});
    if (!space.valid())
        return QByteArrayLiteral("not an SQLite file");
    QByteArray unused;
    for (qint64 page = 1; page <= bytes.size() / pageSize; ++page)
        space.addPage(quint32(page),
                      reinterpret_cast<const unsigned char *>(bytes.constData()) + (page - 1) * pageSize,
                      &unused);
    unused.replace('\0', QByteArray());
    return unused;
}

} // namespace

class TestRedactedCopies : public QObject
{
    Q_OBJECT

private slots:
    // A table whose CREATE TABLE text and indexes are the writer's exactly is copied by SQLite's transfer:
    // the same rows under the same rowids, and the copy reviews clean.
    void conformantTablesTransferred()
    {
        QTemporaryDir in, out;
        const QString path = ivtest::buildDatabase(
            in, QStringLiteral("clean.db"), {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        const QString copy = out.filePath(QStringLiteral("copy.db"));
        const RedactionResult result = Redactor::redact(path, copy);
        QVERIFY2(result.ok, qPrintable(result.error));
        QStringList transferred = result.transferredTables;
        transferred.sort();
        QStringList all = kUpstreamTables;
        all.sort();
        QCOMPARE(transferred, all);
        for (const char *sql : {"SELECT rowid, * FROM insights_bucketvalue ORDER BY rowid",
                                "SELECT rowid, * FROM insights_app ORDER BY rowid",
                                "SELECT rowid, * FROM insights_bucket ORDER BY rowid"})
            QCOMPARE(rows(copy, sql), rows(path, sql));
        QVERIFY(rows(copy, "SELECT rowid FROM insights_bucketvalue").size() > 10);
        QCOMPARE(rows(copy, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
        // Every index of the copy holds every row (an index entry per row, as the transfer copied them).
        QCOMPARE(
            cell(copy,
                 "SELECT count(*) FROM insights_bucketvalue INDEXED BY "
                 "insights_bucketvalue_category_b3acaa68 WHERE category IS NOT NULL OR category IS NULL"),
            cell(path, "SELECT count(*) FROM insights_bucketvalue"));
        const ReviewReport again = SnapshotReviewer::review(copy);
        QCOMPARE(again.findings.size(), 0);
        QCOMPARE(again.exitCode(), 0);
        QVERIFY(result.copyClean);
        // A clean original copied whole: the copy stands on the original's review, said in the log.
        QVERIFY(!result.copyReviewedAgain);
        QVERIFY(ivtest::readText(copy + QStringLiteral(".redaction.json"))
                    .contains(QStringLiteral("\"copy_reviewed_again\": false")));
    }

    // The original's review stands for the copy only when the file is still the one reviewed once the rows are
    // copied, and only for a clean original copied whole: anything replaced, dropped or found, and the copy is
    // reviewed again.
    void copyReviewedAgainUnlessCleanAndWhole()
    {
        QTemporaryDir in, out;
        const QString clean = ivtest::buildDatabase(
            in, QStringLiteral("clean.db"), {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        Redactor::Options options;
        options.afterRows = [&] { QVERIFY(QFile::setPermissions(clean, QFile::ReadOwner | QFile::WriteOwner)); };
        RedactionResult result = Redactor::redact(clean, out.filePath(QStringLiteral("changed.db")), options);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("since it was reviewed; no copy was written")),
                 qPrintable(result.error));
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("changed.db"))));

        const struct
        {
            const char *name;
            const char *sql;
        } cases[] = {
            {"flagged.db",
             "UPDATE insights_counter SET question = 'Mail olga.petrova@example.net?' WHERE id = 1;"},
            {"extratable.db", "CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('hello');"},
            {"freepages.db", "PRAGMA secure_delete = OFF; CREATE TABLE big (x TEXT); INSERT INTO big VALUES "
                             "(printf('%.20000c', 'x')); DROP TABLE big;"},
        };
        for (const auto &c : cases) {
            const QString path = ivtest::buildDatabaseFromSql(in, QString::fromLatin1(c.name),
                                                              ivtest::basicSnapshotSql() + QString::fromLatin1(c.sql));
            QVERIFY2(!SnapshotReviewer::review(path).findings.isEmpty(), c.name);
            result = Redactor::redact(path, out.filePath(QString::fromLatin1(c.name)));
            QVERIFY2(result.ok, qPrintable(result.error));
            QVERIFY2(result.copyReviewedAgain, c.name);
            QVERIFY2(!result.copiedAsReviewed, c.name);
            QVERIFY(bytesOf(out.filePath(QString::fromLatin1(c.name))) != bytesOf(path));
            QVERIFY(ivtest::readText(out.filePath(QString::fromLatin1(c.name)) + QStringLiteral(".redaction.json"))
                        .contains(QStringLiteral("\"copy_reviewed_again\": true")));
        }
    }

    // A clean original in the writer's schema, nothing marked: the copy is its bytes, checked by the SHA-256 the
    // review computed; a copy whose bytes are not those is never put in place.
    void cleanOriginalCopiedAsReviewed()
    {
        QTemporaryDir in, out;
        const QString clean = ivtest::buildDatabase(
            in, QStringLiteral("clean.db"), {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        const ReviewReport review = SnapshotReviewer::review(clean);
        QCOMPARE(review.findings.size(), 0);
        const QString copy = out.filePath(QStringLiteral("shared.db"));
        const RedactionResult result = Redactor::redact(clean, copy);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.copiedAsReviewed);
        QVERIFY(!result.copyReviewedAgain);
        QVERIFY(result.copyClean);
        QCOMPARE(result.transferredTables.size(), kUpstreamTables.size());
        QCOMPARE(bytesOf(copy), bytesOf(clean));
        QCOMPARE(SnapshotReviewer::review(copy).identity.sha256, review.identity.sha256);
        const QString log = ivtest::readText(copy + QStringLiteral(".redaction.json"));
        QVERIFY(log.contains(QStringLiteral("\"copied_as_reviewed\": true")));
        QVERIFY(log.contains(QStringLiteral("\"source_sha256\": \"%1\"").arg(review.identity.sha256)));

        // Marked by hand: never the original's bytes.
        Redactor::Options marked;
        marked.marks.append({QStringLiteral("insights_counter"), QStringLiteral("question"), 1});
        const RedactionResult second = Redactor::redact(clean, out.filePath(QStringLiteral("marked.db")), marked);
        QVERIFY2(second.ok, qPrintable(second.error));
        QVERIFY(!second.copiedAsReviewed);
        QCOMPARE(second.changes.size(), 1);

        // The bytes copied are checked against the reviewed hash: other bytes leave nothing at the path.
        const QString target = out.filePath(QStringLiteral("target.db"));
        QVERIFY(QFile(target).open(QIODevice::WriteOnly));
        const int fd = ::open(QFile::encodeName(clean).constData(), O_RDONLY | O_CLOEXEC);
        QVERIFY(fd >= 0);
        QString why;
        QVERIFY(redaction::copyBytesVerified(fd, QFileInfo(clean).size(), target, review.identity.sha256, &why));
        QCOMPARE(bytesOf(target), bytesOf(clean));
        QVERIFY(!redaction::copyBytesVerified(fd, QFileInfo(clean).size(), target, QString(64, QLatin1Char('0')),
                                              &why));
        QVERIFY2(why.contains(QStringLiteral("changed since it was reviewed")), qPrintable(why));
        ::close(fd);
    }

    // A table that is not the writer's exactly (an extra column, an index of its own, an index defined
    // otherwise) is copied row by row; the copy still has the writer's schema and the same rows.
    void nonConformantTablesCopiedRowByRow()
    {
        QTemporaryDir in, out;
        const QString extraColumn = ivtest::buildDatabaseFromSql(
            in, QStringLiteral("extracolumn.db"),
            ivtest::basicSnapshotSql() +
                QStringLiteral("ALTER TABLE insights_counter ADD COLUMN note text;"));
        RedactionResult result = Redactor::redact(extraColumn, out.filePath(QStringLiteral("a.db")));
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.transferredTables.contains(QStringLiteral("insights_counter"))); // "note" added
        QVERIFY(result.transferredTables.contains(QStringLiteral("insights_bucketvalue")));

        const struct
        {
            const char *name;
            const char *sql;
        } cases[] = {
            {"otherindex.db", "DROP INDEX \"insights_bucketvalue_category_b3acaa68\"; CREATE INDEX "
                              "\"insights_bucketvalue_category_b3acaa68\" ON \"insights_bucketvalue\" "
                              "(\"category\" DESC);"},
            {"extraindex.db", "CREATE INDEX \"by_xvalue\" ON \"insights_bucketvalue\" (\"xvalue\");"},
            {"noindex.db", "DROP INDEX \"insights_bucketvalue_timestamp_e190b4da\";"},
        };
        for (const auto &c : cases) {
            const QString path = ivtest::buildDatabaseFromSql(
                in, QString::fromLatin1(c.name), ivtest::basicSnapshotSql() + QString::fromLatin1(c.sql));
            const QString copy = out.filePath(QLatin1String("copy-") + QString::fromLatin1(c.name));
            result = Redactor::redact(path, copy);
            QVERIFY2(result.ok, qPrintable(result.error));
            QVERIFY2(!result.transferredTables.contains(QStringLiteral("insights_bucketvalue")), c.name);
            QVERIFY2(result.transferredTables.contains(QStringLiteral("insights_bucket")), c.name);
            QCOMPARE(rows(copy, "SELECT rowid, * FROM insights_bucketvalue ORDER BY rowid"),
                     rows(path, "SELECT rowid, * FROM insights_bucketvalue ORDER BY rowid"));
            QCOMPARE(cell(copy, "SELECT sql FROM sqlite_master WHERE name = "
                                "'insights_bucketvalue_category_b3acaa68'"),
                     QStringLiteral("CREATE INDEX \"insights_bucketvalue_category_b3acaa68\" ON "
                                    "\"insights_bucketvalue\" (\"category\")"));
            QCOMPARE(cell(copy, "SELECT count(*) FROM sqlite_master WHERE tbl_name = 'insights_bucketvalue'"),
                     QStringLiteral("5")); // the table, its UNIQUE constraint's index and three indexes
        }
    }

    // A payment card's number stored as a counter's value is replaced by 0 (logged like a text's stand-in),
    // in place and in a table copied row by row; the other values go over as they are.
    void cardStoredAsANumberReplaced()
    {
        QTemporaryDir in, out;
        const QString card =
            QStringLiteral("UPDATE insights_counter SET value = 4123456789012349 WHERE id = 1;");
        const struct
        {
            const char *name;
            QString sql;
        } cases[] = {
            {"inplace.db", card},
            {"rowbyrow.db", card + QStringLiteral("ALTER TABLE insights_counter ADD COLUMN note text;")},
        };
        for (const auto &c : cases) {
            const QString path = ivtest::buildDatabaseFromSql(in, QString::fromLatin1(c.name),
                                                              ivtest::basicSnapshotSql() + c.sql);
            const QString copy = out.filePath(QLatin1String("copy-") + QString::fromLatin1(c.name));
            const RedactionResult result = Redactor::redact(path, copy);
            QVERIFY2(result.ok, qPrintable(result.error));
            QVERIFY2(result.copyClean, c.name);
            QCOMPARE(result.changes.size(), 1);
            QCOMPARE(result.changes.at(0).table, QStringLiteral("insights_counter"));
            QCOMPARE(result.changes.at(0).column, QStringLiteral("value"));
            QCOMPARE(result.changes.at(0).row, 1);
            QCOMPARE(result.changes.at(0).code, QStringLiteral("personal-data-card"));
            QCOMPARE(result.changes.at(0).replacement, QStringLiteral("0"));
            QCOMPARE(rows(copy, "SELECT id, value, typeof(value) FROM insights_counter WHERE id = 1"),
                     QStringList{QStringLiteral("1|0|integer")});
            QCOMPARE(rows(copy, "SELECT id, value FROM insights_counter WHERE id <> 1 ORDER BY id"),
                     rows(path, "SELECT id, value FROM insights_counter WHERE id <> 1 ORDER BY id"));
        }
    }

    // A table with a cell to replace never keeps the old cell's bytes (here its cells are written in place,
    // the old ones zeroed by secure_delete and the scrub); the other tables are the original's as stored. The
    // originals are nowhere in the copy's file bytes: not in a page's free space, not in an index, not in an
    // overflow page.
    void tablesWithReplacementsKeepNoOldBytes()
    {
        QTemporaryDir in, out;
        const QString longText = QString(3000, QLatin1Char('x'));
        const QString path = ivtest::buildDatabaseFromSql(
            in, QStringLiteral("personal.db"),
            ivtest::basicSnapshotSql() +
                QStringLiteral(
                    "UPDATE insights_bucketvalue SET category = 'jane.doe@example.org' WHERE id IN "
                    "(1, 11); UPDATE insights_bucketvalue SET category = 'bob.roe@example.net' "
                    "WHERE id = 2; UPDATE insights_bucket SET question = '%1 write to "
                    "carla.overflow@example.com' WHERE id = (SELECT min(id) FROM insights_bucket);")
                    .arg(longText));
        QVERIFY(bytesOf(path).contains("jane.doe@example.org"));
        QVERIFY(bytesOf(path).contains("carla.overflow@example.com"));
        const QString copy = out.filePath(QStringLiteral("shared.db"));
        const RedactionResult result = Redactor::redact(path, copy);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.replacedInPlace);
        QVERIFY(!result.transferredTables.contains(QStringLiteral("insights_bucketvalue")));
        QVERIFY(!result.transferredTables.contains(QStringLiteral("insights_bucket")));
        QVERIFY(result.transferredTables.contains(QStringLiteral("insights_gauge")));
        QVERIFY(result.transferredTables.contains(QStringLiteral("insights_app")));
        const QByteArray bytes = bytesOf(copy);
        QVERIFY(bytes.size() > 4096);
        for (const char *gone : {"jane.doe", "bob.roe", "carla.overflow", "example.org", "example.net"})
            QVERIFY2(!bytes.contains(gone), gone);
        const QString jane = cell(copy, "SELECT category FROM insights_bucketvalue WHERE id = 1");
        QCOMPARE(jane, QStringLiteral("redacted-email-1"));
        QCOMPARE(cell(copy, "SELECT category FROM insights_bucketvalue WHERE id = 11"), jane);
        QCOMPARE(cell(copy, "SELECT category FROM insights_bucketvalue WHERE id = 2"),
                 QStringLiteral("redacted-email-2"));
        QCOMPARE(cell(copy, "SELECT question FROM insights_bucket WHERE id = (SELECT min(id) FROM "
                            "insights_bucket)"),
                 QStringLiteral("redacted-email-3")); // the whole question was flagged
        QStringList changes;
        for (const RedactionChange &c : result.changes)
            changes << QStringLiteral("%1.%2:%3=%4").arg(c.table, c.column).arg(c.row).arg(c.replacement);
        QCOMPARE(changes, (QStringList{QStringLiteral("insights_bucketvalue.category:1=redacted-email-1"),
                                       QStringLiteral("insights_bucketvalue.category:2=redacted-email-2"),
                                       QStringLiteral("insights_bucketvalue.category:11=redacted-email-1"),
                                       QStringLiteral("insights_bucket.question:%1=redacted-email-3")
                                           .arg(cell(path, "SELECT min(id) FROM insights_bucket"))}));
        QCOMPARE(rows(copy, "SELECT rowid, timestamp, xvalue, yvalue, bucket_id FROM insights_bucketvalue"),
                 rows(path, "SELECT rowid, timestamp, xvalue, yvalue, bucket_id FROM insights_bucketvalue"));
        QCOMPARE(rows(copy, "SELECT rowid, * FROM insights_gauge ORDER BY rowid"),
                 rows(path, "SELECT rowid, * FROM insights_gauge ORDER BY rowid"));
        QCOMPARE(rows(copy, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
        const ReviewReport again = SnapshotReviewer::review(copy);
        QCOMPARE(again.findings.size(), 0);

        // Only the gauge's question flagged: the values are transferred, the gauges copied row by row.
        const QString gauge = ivtest::buildDatabaseFromSql(
            in, QStringLiteral("gauge.db"),
            ivtest::basicSnapshotSql() +
                QStringLiteral("UPDATE insights_gauge SET question = 'Call "
                               "+49 30 1234567 about the basket?' WHERE label = 'basket';"));
        const RedactionResult second = Redactor::redact(gauge, out.filePath(QStringLiteral("gauge.db")));
        QVERIFY2(second.ok, qPrintable(second.error));
        QVERIFY(second.transferredTables.contains(QStringLiteral("insights_bucketvalue")));
        QVERIFY(!second.transferredTables.contains(QStringLiteral("insights_gauge")));
        QCOMPARE(second.changes.size(), 1);
        QVERIFY(!bytesOf(out.filePath(QStringLiteral("gauge.db"))).contains("1234567"));
    }

    // Every finding a cell that gets a stand-in, nothing to drop, every table the writer's: the copy is the
    // reviewed bytes with the replaced cells written into them (UPDATE). It holds what a copy written row by
    // row holds — the same file with an index of its own, which is dropped and so forces that copy: the same
    // rows under the same rowids, the same changes in the same order. None of the replaced values' bytes is
    // left anywhere, no byte outside a record (2,857 addresses scattered over 20,000 rows: the category
    // index's pages split as they are replaced), and the copy reviews clean. Values are found inside longer
    // texts where they start or end them (a value of three bytes ending one), in other scripts too (first
    // bytes that are not ASCII).
    void replacementsWrittenInPlace()
    {
        QTemporaryDir in, out;
        const QString personal =
            ivtest::basicSnapshotSql() +
            scatteredRowsSql(
                QStringLiteral("CASE WHEN i % 7 = 3 THEN printf('kunde%d.m\u00fcller@example.org', "
                               "(i * 7919) % 20011) ELSE printf('product %05d of the shelf', (i * "
                               "7919) % 20011) END")) +
            QStringLiteral(
                "INSERT INTO insights_bucket (id, created_at, label, question, \"desc\", type, xlabel, "
                "xformat, ylabel, yformat, title, app_id) SELECT 90, '2026-01-02 09:30:00', "
                "'per_person', 'Top entries?', NULL, 3, NULL, NULL, NULL, NULL, NULL, app_id FROM "
                "insights_counter LIMIT 1;"
                "INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) "
                "VALUES (NULL, 3, 0, 'Alice Johnson', 90), (NULL, 4, 0, 'Bob Miller', 90), (NULL, 5, "
                "0, '\u041e\u043b\u044c\u0433\u0430 \u041f\u0435\u0442\u0440\u043e\u0432\u0430', "
                "90), (NULL, 6, 0, 'Zo\u00eb', 90), (NULL, 7, 0, '\u041e\u043b\u044c\u0433\u0430', 90), "
                "(NULL, 8, 0, 'Dennis Wright', 90), (NULL, 9, 0, 'Ann', 90);"
                "UPDATE insights_counter SET \"desc\" = 'asked by Ann' WHERE id = 2;"
                "UPDATE insights_counter SET \"desc\" = 'numbers from "
                "\u041e\u043b\u044c\u0433\u0430' WHERE id = 1;"
                "UPDATE insights_gauge SET \"desc\" = 'Zo\u00eb asked for it' WHERE rowid = 1;");
        const QString path = ivtest::buildDatabaseFromSql(in, QStringLiteral("personal.db"), personal);
        const QString other = ivtest::buildDatabaseFromSql(
            in, QStringLiteral("ownindex.db"),
            personal +
                QStringLiteral("CREATE INDEX \"by_xvalue\" ON \"insights_bucketvalue\" (\"xvalue\");"));
        QVERIFY(bytesOf(path).contains(QStringLiteral("m\u00fcller@example.org").toUtf8()));

        const QString copy = out.filePath(QStringLiteral("inplace.db"));
        const RedactionResult result = Redactor::redact(path, copy);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.replacedInPlace);
        QVERIFY(!result.copiedAsReviewed);
        QVERIFY(result.copyReviewedAgain);
        QVERIFY(result.copyClean);
        QVERIFY(ivtest::readText(copy + QStringLiteral(".redaction.json"))
                    .contains(QStringLiteral("\"replaced_in_place\": true")));
        QVERIFY(!result.transferredTables.contains(QStringLiteral("insights_bucketvalue")));
        QVERIFY(!result.transferredTables.contains(QStringLiteral("insights_counter")));
        QVERIFY(result.transferredTables.contains(QStringLiteral("insights_app")));
        QCOMPARE(cell(copy, "SELECT \"desc\" FROM insights_counter WHERE id = 1"),
                 cell(copy,
                      "SELECT 'numbers from ' || category FROM insights_bucketvalue WHERE bucket_id = 90 AND "
                      "xvalue = 7"));
        QCOMPARE(cell(copy, "SELECT \"desc\" FROM insights_counter WHERE id = 2"),
                 cell(copy,
                      "SELECT 'asked by ' || category FROM insights_bucketvalue WHERE bucket_id = 90 AND "
                      "xvalue = 9"));
        QCOMPARE(cell(copy, "SELECT \"desc\" FROM insights_gauge WHERE rowid = 1"),
                 cell(copy,
                      "SELECT category || ' asked for it' FROM insights_bucketvalue WHERE bucket_id = 90 AND "
                      "xvalue = 6"));

        const QString rowByRow = out.filePath(QStringLiteral("rowbyrow.db"));
        const RedactionResult second = Redactor::redact(other, rowByRow);
        QVERIFY2(second.ok, qPrintable(second.error));
        QVERIFY(!second.replacedInPlace);
        QCOMPARE(second.dropped.size(), 1);
        const auto changes = [](const RedactionResult &r) {
            QStringList out;
            for (const RedactionChange &c : r.changes)
                out << QStringLiteral("%1.%2:%3=%4 %5")
                           .arg(c.table, c.column)
                           .arg(c.row)
                           .arg(c.replacement, c.code);
            return out;
        };
        QVERIFY(result.changes.size() > 2800);
        QCOMPARE(changes(result), changes(second));
        for (const QString &table : kUpstreamTables) {
            const QByteArray sql =
                QStringLiteral("SELECT rowid, * FROM %1 ORDER BY rowid").arg(table).toUtf8();
            QCOMPARE(rows(copy, sql.constData()), rows(rowByRow, sql.constData()));
        }
        QStringList sequences = rows(copy, "SELECT * FROM sqlite_sequence");
        QStringList sequencesRowByRow = rows(rowByRow, "SELECT * FROM sqlite_sequence");
        sequences.sort();
        sequencesRowByRow.sort();
        QCOMPARE(sequences, sequencesRowByRow);
        QCOMPARE(rows(copy, kSchemaSql), rows(path, kSchemaSql));

        const QByteArray bytes = bytesOf(copy);
        for (const QString &gone :
             {QStringLiteral("example.org"), QStringLiteral("Alice"), QStringLiteral("Miller"),
              QStringLiteral("\u041e\u043b\u044c\u0433\u0430"), QStringLiteral("Zo\u00eb")})
            QVERIFY2(!bytes.contains(gone.toUtf8()), qPrintable(gone));
        QCOMPARE(staleBytes(bytes), QByteArray());
        QCOMPARE(rows(copy, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
        QCOMPARE(SnapshotReviewer::review(copy).findings.size(), 0);
    }

    // An original kept with auto-vacuum (pointer-map pages every 205 pages at 1 KiB a page) replaced in
    // place: a pointer-map page whose first entry's type reads as a b-tree page's type (5: a page of a
    // b-tree) is not a b-tree page, and the scrub leaves its entries as they are.
    void pointerMapPagesKeptInPlace()
    {
        QTemporaryDir in, out;
        const QString path = ivtest::buildDatabaseFromSql(
            in, QStringLiteral("autovacuum.db"),
            QStringLiteral("PRAGMA page_size = 1024; PRAGMA auto_vacuum = FULL;") +
                ivtest::basicSnapshotSql() +
                scatteredRowsSql(
                    QStringLiteral("CASE WHEN i % 97 = 3 THEN printf('kunde%d.mueller@example.org', i) "
                                   "ELSE printf('product %05d', i) END")));
        QCOMPARE(cell(path, "PRAGMA auto_vacuum"), QStringLiteral("1"));
        const QByteArray bytes = bytesOf(path);
        QCOMPARE((quint8(bytes.at(16)) << 8) | quint8(bytes.at(17)), 1024);
        int readAsBtree = 0;
        for (qint64 page = 2 + 205; page * 1024 <= bytes.size(); page += 205)
            readAsBtree += bytes.at((page - 1) * 1024) == 0x05 || bytes.at((page - 1) * 1024) == 0x02;
        QVERIFY(readAsBtree > 3);
        const QString copy = out.filePath(QStringLiteral("copy.db"));
        const RedactionResult result = Redactor::redact(path, copy);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.replacedInPlace);
        QCOMPARE(result.changes.size(), 207);
        QCOMPARE(rows(copy, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
        QVERIFY(!bytesOf(copy).contains("mueller@example.org"));
    }

    // A copy that SQLite does not read as whole (here an index entry of it changed while it is written: the
    // entry names another row) is never put in place, whatever wrote it wrong: the redaction fails and leaves
    // nothing.
    void damagedCopyNeverPutInPlace()
    {
        QTemporaryDir in, out;
        const QString path = ivtest::buildDatabaseFromSql(
            in, QStringLiteral("personal.db"),
            ivtest::basicSnapshotSql() +
                QStringLiteral(
                    "UPDATE insights_counter SET question = 'Mail olga.petrova@example.net?' WHERE id = 1;"));
        const qint64 index =
            cell(path,
                 "SELECT rootpage FROM sqlite_master WHERE name = 'insights_bucketvalue_category_b3acaa68'")
                .toLongLong();
        QVERIFY(index > 1);
        Redactor::Options options;
        options.afterRows = [&] {
            for (const QString &name : QDir(out.path()).entryList(QDir::Files | QDir::Hidden)) {
                if (!name.startsWith(QLatin1String(".copy.db.redacting-")) ||
                    name.contains(QLatin1String("log")))
                    continue;
                QFile work(out.filePath(name));
                QVERIFY(work.open(QIODevice::ReadWrite));
                // The page's last byte: the low byte of the row id that ends the last entry's record.
                const qint64 last = index * 4096 - 1;
                QVERIFY(work.seek(last));
                const char byte = work.read(1).at(0);
                QVERIFY(work.seek(last));
                QCOMPARE(work.write(QByteArray(1, char(byte ^ 0x01))), 1);
            }
        };
        const RedactionResult result =
            Redactor::redact(path, out.filePath(QStringLiteral("copy.db")), options);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("the redacted copy is damaged")),
                 qPrintable(result.error));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // A table copied row by row (forced here: the original has an index of its own on another table, which
    // is dropped): as keys come in no order (categories, timestamps), its index pages split and keep stale
    // bytes of moved entries in their unused space, where the copy's review reads them raw (on a 4M-row file
    // an "IPv6 address" made of timestamp fragments: the copy of a file whose every address was replaced
    // reviewed unclean). The copy's pages hold no byte outside their records.
    void rowByRowCopyLeavesNoStaleBytes()
    {
        QTemporaryDir in, out;
        const QString path = ivtest::buildDatabaseFromSql(
            in, QStringLiteral("scattered.db"),
            ivtest::basicSnapshotSql() +
                scatteredRowsSql(QStringLiteral("printf('product %05d of the shelf', (i * 7919) % 20011)")) +
                QStringLiteral(
                    "UPDATE insights_bucketvalue SET category = 'jane.doe@example.org' WHERE id = 5000;"
                    "CREATE INDEX \"gauge_by_label\" ON \"insights_gauge\" (\"label\");"));
        const QString copy = out.filePath(QStringLiteral("shared.db"));
        const RedactionResult result = Redactor::redact(path, copy);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.replacedInPlace);
        QVERIFY(!result.transferredTables.contains(QStringLiteral("insights_bucketvalue")));
        QCOMPARE(result.changes.size(), 1);
        QCOMPARE(rows(copy, "SELECT count(*) FROM insights_bucketvalue"), QStringList{QStringLiteral("20015")});
        QCOMPARE(rows(copy, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                            "'insights_bucketvalue' ORDER BY name"),
                 rows(path, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                            "'insights_bucketvalue' ORDER BY name"));
        QCOMPARE(rows(copy, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
        // The bytes outside every record, page by page, as the review reads them.
        const QByteArray bytes = bytesOf(copy);
        QVERIFY(bytes.size() > 100 * 4096);
        const QByteArray stale = staleBytes(bytes);
        QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("%1 stale bytes, e.g. %2")
                                                 .arg(stale.size())
                                                 .arg(QString::fromLatin1(stale.left(80).toHex()))));
        QCOMPARE(SnapshotReviewer::review(copy).findings.size(), 0);
    }

    // The gate of the transfer: records are copied as stored only when the review found no bytes inside a
    // record that SQLite never reads.
    void transferGate()
    {
        ReviewReport report;
        QVERIFY(!redaction::rawRecordCopyAllowed(report)); // encoding unknown
        report.identity.textEncoding = 2;                  // UTF-16le
        QVERIFY(!redaction::rawRecordCopyAllowed(report));
        report.identity.textEncoding = 1; // UTF-8
        QVERIFY(redaction::rawRecordCopyAllowed(report));
        ReviewFinding f;
        f.code = QStringLiteral("personal-data-email");
        report.findings << f;
        QVERIFY(redaction::rawRecordCopyAllowed(report));
        f.code = QStringLiteral("hidden-record-bytes");
        report.findings << f;
        QVERIFY(!redaction::rawRecordCopyAllowed(report));
    }

    // A UTF-16 file is copied row by row (its records cannot go into the UTF-8 copy as they are), as before.
    void utf16FileCopiedRowByRow()
    {
        QTemporaryDir in, out;
        const QString path = ivtest::buildDatabaseFromSql(in, QStringLiteral("utf16.db"),
                                                          QStringLiteral("PRAGMA encoding = 'UTF-16le';\n") +
                                                              ivtest::basicSnapshotSql());
        QCOMPARE(cell(path, "PRAGMA encoding"), QStringLiteral("UTF-16le"));
        const QString copy = out.filePath(QStringLiteral("copy.db"));
        const RedactionResult result = Redactor::redact(path, copy);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.transferredTables, QStringList());
        QCOMPARE(cell(copy, "PRAGMA encoding"), QStringLiteral("UTF-8"));
        QCOMPARE(rows(copy, "SELECT rowid, * FROM insights_bucketvalue ORDER BY rowid"),
                 rows(path, "SELECT rowid, * FROM insights_bucketvalue ORDER BY rowid"));
    }

    // Bytes hidden in records beyond a table's columns (the schema says three columns, the records hold a
    // fourth): the review reports them, so no table is transferred and the re-encoded copy leaves them out.
    void hiddenRecordBytesNeverTransferred()
    {
        QTemporaryDir in, out;
        const QString path = ivtest::buildDatabase(
            in, QStringLiteral("hidden.db"), {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        const QString table = cell(path, "SELECT sql FROM sqlite_master WHERE name = 'insights_bucketvalue'");
        QString widened = table;
        widened.replace(QStringLiteral(", CONSTRAINT"), QStringLiteral(", \"hidden\" text, CONSTRAINT"));
        QVERIFY(widened != table);
        const auto setSql = [&](const QString &sql) {
            QString quotedSql = sql;
            quotedSql.replace(QLatin1Char('\''), QLatin1String("''"));
            return execOn(path,
                          QStringLiteral("PRAGMA writable_schema=ON; UPDATE sqlite_master SET sql = '%1' "
                                         "WHERE name = 'insights_bucketvalue'; PRAGMA writable_schema=OFF;")
                              .arg(quotedSql)
                              .toUtf8()
                              .constData());
        };
        QVERIFY(setSql(widened));
        QVERIFY(execOn(path,
                       "UPDATE insights_bucketvalue SET hidden = 'hidden.person@example.org' WHERE id = 3"));
        QVERIFY(setSql(table));
        QVERIFY(bytesOf(path).contains("hidden.person@example.org"));
        QCOMPARE(cell(path, "SELECT sql FROM sqlite_master WHERE name = 'insights_bucketvalue'"), table);

        const ReviewReport report = SnapshotReviewer::review(path);
        bool reported = false;
        for (const ReviewFinding &f : report.findings)
            reported = reported || f.code == QLatin1String("hidden-record-bytes");
        QVERIFY(reported);
        const QString copy = out.filePath(QStringLiteral("copy.db"));
        const RedactionResult result = Redactor::redact(path, copy);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.transferredTables, QStringList());
        QVERIFY(!bytesOf(copy).contains("hidden.person"));
        QCOMPARE(rows(copy, "SELECT rowid, * FROM insights_bucketvalue ORDER BY rowid"),
                 rows(path, "SELECT rowid, * FROM insights_bucketvalue ORDER BY rowid"));
    }
};

QTEST_GUILESS_MAIN(TestRedactedCopies)
#include "tst_redactedcopies.moc"
