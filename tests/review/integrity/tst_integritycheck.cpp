// SPDX-License-Identifier: MIT
// The integrity check that stands in for PRAGMA integrity_check (quick_check + every index compared with its
// table by a keyed multiset hash, in order, UNIQUE): every index/table mismatch made by hand — an index entry
// without its row, a row missing from its index, a changed value with the counts equal, a wrong key order, a
// UNIQUE index holding a key twice — is found, with SQLite's own integrity_check as the oracle that the file
// is indeed damaged; well-formed files of every value class and index shape are "ok"; shapes it does not
// compare (expression, partial) go to integrity_check(TABLE) and are still found; an interrupted check is
// never "ok". A review of a snapshot whose category index hides an address fails on integrity.
#include "integritycheck.h"
#include "snapshotreviewer.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace iv;

namespace {

// Plain SQLite with writable_schema, as a hostile writer has it; a new connection per call, so a schema
// rewritten by one call is what the next one reads.
void exec(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    const QString why = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(why));
}

struct Checked
{
    IntegrityCheck::Result ours;
    QStringList sqlite; // PRAGMA integrity_check, the oracle
};

Checked check(const QString &path)
{
    Checked out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return out;
    out.ours = IntegrityCheck::run(db);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        out.sqlite << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

const QStringList ok{QStringLiteral("ok")};

// t(id, c, b, ts) with 2,000 rows, an index on c, one on b and UNIQUE(b, ts); hold(c, b, ts) to park an
// index on while its table changes.
QString table(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    exec(path,
         QStringLiteral(
             "CREATE TABLE t(id integer PRIMARY KEY, c text, b integer NOT NULL, ts datetime, UNIQUE(b, ts));"
             "CREATE TABLE hold(c text, b integer, ts datetime);"
             "CREATE INDEX t_c ON t(c); CREATE INDEX t_b ON t(b);"
             "WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 2000) "
             "INSERT INTO t SELECT k, 'value ' || k, k % 13, '2026-01-01 ' || k FROM n;"));
    return path;
}

// The index's b-tree stays as it is while its table changes: it is moved to `hold`, then back.
void detach(const QString &path, const QString &index, const QString &columns)
{
    exec(path, QStringLiteral("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET tbl_name = 'hold', "
                              "sql = 'CREATE INDEX %1 ON hold(%2)' WHERE name = '%1';")
                   .arg(index, columns));
}
void attach(const QString &path, const QString &index, const QString &sql)
{
    exec(path, QStringLiteral("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET tbl_name = 't', "
                              "sql = '%2' WHERE name = '%1';")
                   .arg(index, sql));
}

bool names(const QStringList &lines, const QString &what)
{
    for (const QString &l : lines)
        if (l.contains(what))
            return true;
    return false;
}

} // namespace

class TestIntegrityCheck : public QObject
{
    Q_OBJECT

private slots:
    void wellFormedIsOk()
    {
        QTemporaryDir dir;
        const Checked c = check(table(dir, QStringLiteral("t.db")));
        QCOMPARE(c.sqlite, ok);
        QVERIFY(c.ours.finished);
        QCOMPARE(c.ours.lines, ok);
        QCOMPARE(c.ours.tablesCompared, 1); // t (hold has no index: quick_check covers all of it)
    }

    // Every value class in one indexed column of no affinity, and a REAL column whose integral values SQLite
    // stores as integers: the order and the hashes agree with SQLite's (no false alarm).
    void everyValueClassIsOk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v.db"));
        exec(
            path,
            QStringLiteral(
                "CREATE TABLE v(x, r real, UNIQUE(x, r)); CREATE INDEX v_x ON v(x); CREATE INDEX v_r ON v(r);"
                "INSERT INTO v VALUES (NULL, 1), (NULL, 1), (0, 0.0), (-0.0, 0.5), (3, 3), (3.0, 3.5),"
                "(2.5, 2.5), (-7, -7), (9007199254740993, 9007199254740992.0), (9007199254740992.0, 1e300),"
                "(9223372036854775807, 9.3e18), (-9223372036854775808, -9.3e18), (1e300, 4),"
                "('', 5), ('a', 6), ('ab', 7), ('b', 8), ('Ä', 9), ('é', 10), (x'', 11), (x'00', 12),"
                "(x'0001', 13), (x'ff', 14), ('10', 15), (10, 16);"));
        const Checked c = check(path);
        QCOMPARE(c.sqlite, ok);
        QCOMPARE(c.ours.lines, ok);
        QCOMPARE(c.ours.tablesCompared, 1);
    }

    void entryWithoutItsRow()
    {
        QTemporaryDir dir;
        const QString path = table(dir, QStringLiteral("t.db"));
        detach(path, QStringLiteral("t_c"), QStringLiteral("c"));
        exec(path, QStringLiteral("DELETE FROM t WHERE id = 77"));
        attach(path, QStringLiteral("t_c"), QStringLiteral("CREATE INDEX t_c ON t(c)"));
        const Checked c = check(path);
        QVERIFY(c.sqlite != ok);
        QVERIFY(c.ours.finished);
        QVERIFY2(c.ours.lines != ok, qPrintable(c.ours.lines.join(u'\n')));
        QVERIFY(
            names(c.ours.lines, QStringLiteral("wrong # of entries in index t_c (2000 entries, 1999 rows")));
    }

    void rowMissingFromItsIndex()
    {
        QTemporaryDir dir;
        const QString path = table(dir, QStringLiteral("t.db"));
        detach(path, QStringLiteral("t_b"), QStringLiteral("b"));
        exec(path, QStringLiteral("INSERT INTO t VALUES (5000, 'new', 99, 'x')"));
        attach(path, QStringLiteral("t_b"), QStringLiteral("CREATE INDEX t_b ON t(b)"));
        const Checked c = check(path);
        QVERIFY(c.sqlite != ok);
        QVERIFY(
            names(c.ours.lines, QStringLiteral("wrong # of entries in index t_b (2000 entries, 2001 rows")));
        QVERIFY(!names(c.ours.lines, QStringLiteral("t_c")));
    }

    // The counts agree: one row gone and one new (SQLite finds the new one missing), or one value changed
    // (the index holds the old text: what the review's table scan would never read).
    void sameCountsOtherEntries_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("one row for another")
            << QStringLiteral("DELETE FROM t WHERE id = 5; "
                              "INSERT INTO t VALUES (9000, 'other', 1, 'y')");
        QTest::newRow("a changed value") << QStringLiteral("UPDATE t SET c = 'value 12x' WHERE id = 12");
        QTest::newRow("an address only in the index")
            << QStringLiteral("UPDATE t SET c = 'value 3' WHERE id = 1");
    }
    void sameCountsOtherEntries()
    {
        QFETCH(QString, change);
        QTemporaryDir dir;
        const QString path = table(dir, QStringLiteral("t.db"));
        if (qstrcmp(QTest::currentDataTag(), "an address only in the index") == 0)
            exec(path, QStringLiteral("UPDATE t SET c = 'anna@example.com' WHERE id = 1"));
        detach(path, QStringLiteral("t_c"), QStringLiteral("c"));
        exec(path, change);
        attach(path, QStringLiteral("t_c"), QStringLiteral("CREATE INDEX t_c ON t(c)"));
        const Checked c = check(path);
        QVERIFY(c.sqlite != ok);
        QVERIFY2(names(c.ours.lines, QStringLiteral("index t_c does not hold the same entries as table t")),
                 qPrintable(c.ours.lines.join(u'\n')));
    }

    // The same entries in the wrong order: built descending, declared ascending (or built in NOCASE order,
    // declared BINARY). Every entry has its row, so only the order shows it.
    void wrongKeyOrder_data()
    {
        QTest::addColumn<QString>("built");
        QTest::newRow("descending") << QStringLiteral("c DESC");
        QTest::newRow("nocase") << QStringLiteral("c COLLATE NOCASE");
    }
    void wrongKeyOrder()
    {
        QFETCH(QString, built);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("o.db"));
        exec(path, QStringLiteral("CREATE TABLE t(id integer PRIMARY KEY, c text); CREATE INDEX t_c ON t(%1);"
                                  "INSERT INTO t(c) VALUES ('b'), ('A'), ('a'), ('B'), ('c'), ('C');")
                       .arg(built));
        exec(path, QStringLiteral("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = "
                                  "'CREATE INDEX t_c ON t(c)' WHERE name = 't_c';"));
        const Checked c = check(path);
        QVERIFY(c.sqlite != ok);
        QVERIFY2(names(c.ours.lines, QStringLiteral("index t_c is out of order")),
                 qPrintable(c.ours.lines.join(u'\n')));
    }

    // A UNIQUE index (declared so by hand) over a key held twice: every entry matches its row.
    void keyHeldTwiceInAUniqueIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("u.db"));
        exec(path, QStringLiteral("CREATE TABLE t(id integer PRIMARY KEY, c text); CREATE INDEX t_c ON t(c);"
                                  "INSERT INTO t(c) VALUES ('a'), ('b'), ('b'), (NULL), (NULL), ('c');"));
        exec(path, QStringLiteral("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = "
                                  "'CREATE UNIQUE INDEX t_c ON t(c)' WHERE name = 't_c';"));
        const Checked c = check(path);
        QVERIFY(c.sqlite != ok);
        QCOMPARE(c.ours.lines, QStringList{QStringLiteral("non-unique entry in index t_c (rowid 3)")});
    }

    // Shapes compared by SQLite itself (integrity_check(TABLE)): an expression index with an entry
    // without its row is still found.
    void otherShapesGoToSqlite()
    {
        QTemporaryDir dir;
        const QString path = table(dir, QStringLiteral("t.db"));
        exec(path, QStringLiteral("CREATE INDEX t_lower ON t(lower(c));"));
        exec(path, QStringLiteral("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET tbl_name = 'hold', "
                                  "sql = 'CREATE INDEX t_lower ON hold(lower(c))' WHERE name = 't_lower';"));
        exec(path, QStringLiteral("DELETE FROM t WHERE id = 10"));
        exec(path, QStringLiteral("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET tbl_name = 't', "
                                  "sql = 'CREATE INDEX t_lower ON t(lower(c))' WHERE name = 't_lower';"));
        const Checked c = check(path);
        QVERIFY(c.sqlite != ok);
        QCOMPARE(c.ours.tablesCompared, 0); // t by SQLite; hold has no index
        QVERIFY2(names(c.ours.lines, QStringLiteral("t_lower")), qPrintable(c.ours.lines.join(u'\n')));
    }

    // Interrupted (every statement stopped, as the watchdog's sqlite3_interrupt does): never "ok".
    void interruptedIsNeverOk()
    {
        QTemporaryDir dir;
        const QString path = table(dir, QStringLiteral("t.db"));
        for (const int after : {1, 50, 2000}) {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr),
                     SQLITE_OK);
            sqlite3_progress_handler(
                db, after, [](void *) { return 1; }, nullptr);
            const IntegrityCheck::Result result = IntegrityCheck::run(db);
            sqlite3_close(db);
            QVERIFY(!result.finished);
            QVERIFY(result.lines != ok);
            QVERIFY(!result.error.isEmpty());
        }
    }

    // The review: a snapshot whose category index holds an address its table no longer has.
    void reviewFailsOnAHiddenIndexEntry()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabaseFromSql(
            dir, QStringLiteral("insights.db"),
            // hold first: an index's table must come before it in sqlite_schema
            QStringLiteral("CREATE TABLE hold(category text);") +
                ivtest::basicSnapshotSql() +
                QStringLiteral("INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, "
                               "bucket_id) SELECT 90001, NULL, 1, 1, 'anna.jansen@example.com', min(id) FROM "
                               "insights_bucket;"));
        {
            const ReviewReport before = SnapshotReviewer::review(path);
            QCOMPARE(before.integrity, ok);
        }
        const QString index = QStringLiteral("insights_bucketvalue_category_b3acaa68");
        exec(path, QStringLiteral("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET tbl_name = 'hold', "
                                  "sql = 'CREATE INDEX %1 ON hold(category)' WHERE name = '%1';")
                       .arg(index));
        exec(path, QStringLiteral("DELETE FROM insights_bucketvalue WHERE id = 90001"));
        exec(path,
             QStringLiteral("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET tbl_name = "
                            "'insights_bucketvalue', sql = 'CREATE INDEX \"%1\" ON \"insights_bucketvalue\" "
                            "(\"category\")' WHERE name = '%1';")
                 .arg(index));
        exec(path, QStringLiteral("DROP TABLE hold"));
        const ReviewReport r = SnapshotReviewer::review(path);
        QVERIFY(r.readable());
        QVERIFY2(!r.integrityOk(), qPrintable(r.integrity.join(u'\n')));
        QVERIFY(names(r.integrity, index));
        QCOMPARE(r.exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(TestIntegrityCheck)
#include "tst_integritycheck.moc"
