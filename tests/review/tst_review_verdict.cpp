// SPDX-License-Identifier: MIT
// A "clean" verdict that cannot be faked: text in SQLite's own tables (statistics, sequence, a table renamed
// sqlite_… by hand) is scanned and seen by --diff; a scan cut short by the cell limit is an error no policy
// can acknowledge, and the limit is shared fairly among tables; a hot rollback journal is an error; a file
// rewritten in place with its mtime restored fails the review; free pages of UTF-16 files are read in their
// encoding; a BLOB in any table is a finding; no text escapes the scan through a NUL or a window's edge.
#include "snapshotdiff.h"
#include "snapshotfile.h"
#include "snapshotreviewer.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace iv;

namespace {

QStringList codes(const ReviewReport &r)
{
    QStringList out;
    for (const ReviewFinding &f : r.findings)
        out << QStringLiteral("%1 %2 %3.%4 %5").arg(f.severityId(), f.code, f.table, f.column).arg(f.row);
    return out;
}

const ReviewFinding *finding(const ReviewReport &r, const QString &code, const QString &table = QString())
{
    for (const ReviewFinding &f : r.findings)
        if (f.code == code && (table.isNull() || f.table == table))
            return &f;
    return nullptr;
}

QString build(const QTemporaryDir &dir, const QString &name, const QString &extraSql = QString(),
              const QString &prefixSql = QString())
{
    return ivtest::buildDatabaseFromSql(
        dir, name,
        prefixSql + ivtest::basicSnapshotSql() + extraSql);
}

// Plain SQLite, as a careless or hostile writer has it (writable_schema allowed).
void exec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    const QString why = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(why));
}

void acknowledgeAll(ReviewReport &r)
{
    for (ReviewFinding &f : r.findings)
        f.acknowledged = true;
}

} // namespace

class TestReviewVerdict : public QObject
{
    Q_OBJECT

private slots:
    // ANALYZE's statistics and the AUTOINCREMENT sequence of a clean file are clean.
    void analyzedFileIsClean()
    {
        QTemporaryDir dir;
        const QString path = build(dir, QStringLiteral("analyzed.db"), QStringLiteral("ANALYZE;"));
        const ReviewReport r = SnapshotReviewer::review(path);
        QVERIFY2(r.findings.isEmpty(), qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(r.exitCode(), 0);
    }

    void addressInStatistics()
    {
        QTemporaryDir dir;
        const QString path = build(dir, QStringLiteral("stat.db"), QStringLiteral("ANALYZE;"));
        exec(path, "UPDATE sqlite_stat1 SET stat = stat || ' grace@example.org'");
        const ReviewReport r = SnapshotReviewer::review(path);
        const ReviewFinding *email =
            finding(r, QStringLiteral("personal-data-email"), QStringLiteral("sqlite_stat1"));
        QVERIFY2(email, qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(email->column, QStringLiteral("stat"));
        QCOMPARE(email->sample, QStringLiteral("g***@example.org"));
        QCOMPARE(r.exitCode(), 1);
    }

    void addressInSequence()
    {
        QTemporaryDir dir;
        const QString path = build(dir, QStringLiteral("seq.db"));
        exec(path, "INSERT INTO sqlite_sequence (name, seq) VALUES ('mallory@example.org', 7)");
        const ReviewReport r = SnapshotReviewer::review(path);
        const ReviewFinding *email =
            finding(r, QStringLiteral("personal-data-email"), QStringLiteral("sqlite_sequence"));
        QVERIFY2(email, qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(email->column, QStringLiteral("name"));
        QCOMPARE(r.exitCode(), 1);
    }

    // 100 addresses in a table renamed sqlite_stat9 through writable_schema: a hidden table (an error) and
    // every address found.
    void tableRenamedIntoSqliteNames()
    {
        QTemporaryDir dir;
        const QString path =
            build(dir, QStringLiteral("hidden.db"),
                  QStringLiteral("CREATE TABLE leak (email text);"
                                 "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c "
                                 "WHERE i < 100) INSERT INTO leak SELECT 'user' || i || "
                                 "'@example.org' FROM c;"));
        exec(path, "PRAGMA writable_schema = ON; UPDATE sqlite_master SET name = 'sqlite_stat9', tbl_name = "
                   "'sqlite_stat9', sql = 'CREATE TABLE sqlite_stat9 (email text)' WHERE name = 'leak'");
        const ReviewReport r = SnapshotReviewer::review(path);
        QVERIFY(r.readable());
        const ReviewFinding *hidden = finding(r, QStringLiteral("hidden-table"));
        QVERIFY2(hidden, qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(hidden->severity, ReviewFinding::Severity::Error);
        QCOMPARE(hidden->table, QStringLiteral("sqlite_stat9"));
        QVERIFY(!r.conformant);
        QVERIFY2(finding(r, QStringLiteral("personal-data-email"), QStringLiteral("sqlite_stat9")),
                 qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(r.exitCode(), 1);
        // A real statistics name with other columns is hidden too.
        const QString other = build(dir, QStringLiteral("hidden1.db"),
                                    QStringLiteral("CREATE TABLE leak (who text, what text);"));
        exec(other,
             "PRAGMA writable_schema = ON; UPDATE sqlite_master SET name = 'sqlite_stat1', tbl_name = "
             "'sqlite_stat1', sql = 'CREATE TABLE sqlite_stat1 (who text, what text)' WHERE name = 'leak'");
        QVERIFY2(finding(SnapshotReviewer::review(other), QStringLiteral("hidden-table")),
                 qPrintable(codes(SnapshotReviewer::review(other)).join(QLatin1Char('\n'))));
    }

    // Names of tables, columns and indexes travel with the file: the schema is scanned too.
    void addressInSchemaNames()
    {
        QTemporaryDir dir;
        const QString path =
            build(dir, QStringLiteral("names.db"),
                  QStringLiteral("CREATE INDEX \"by judy@example.org\" ON insights_counter (label);"));
        const ReviewReport r = SnapshotReviewer::review(path);
        QVERIFY2(finding(r, QStringLiteral("personal-data-email"), QStringLiteral("sqlite_master")),
                 qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(r.exitCode(), 1);
    }

    // A generated column is left out of PRAGMA table_info: an extra one (its values stored in every row) was a
    // column no conformance check saw. Said as generated and as extra; the verdict is not clean.
    void generatedColumnIsSeen()
    {
        QTemporaryDir dir;
        QString schema = ivtest::readText(ivtest::dataPath(QStringLiteral("schema.sql")));
        const QString column = QStringLiteral("\"value\" integer NOT NULL, \"app_id\"");
        QVERIFY(schema.contains(column));
        schema.replace(column, QStringLiteral("\"value\" integer NOT NULL, \"note\" text GENERATED ALWAYS AS "
                                              "(upper(label)) STORED, \"app_id\""));
        const QString path = ivtest::buildDatabaseFromSql(
            dir, QStringLiteral("generated.db"),
            schema + ivtest::readText(ivtest::dataPath(QStringLiteral("basic.sql"))));
        const ReviewReport r = SnapshotReviewer::review(path);
        const ReviewFinding *generated = finding(r, QStringLiteral("generated-column"));
        QVERIFY2(generated, qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(generated->englishMessage,
                 QStringLiteral("insights_counter.note is a generated column (SQLite computes its values from "
                                "an expression); upstream's schema has none"));
        QVERIFY(finding(r, QStringLiteral("extra-column"), QStringLiteral("insights_counter")));
        QVERIFY(!r.conformant);
        QCOMPARE(r.exitCode(), 1);
    }

    void diffSeesSqliteTables()
    {
        QTemporaryDir dir;
        const QString a = build(dir, QStringLiteral("a.db"), QStringLiteral("ANALYZE;"));
        const QString b = build(dir, QStringLiteral("b.db"), QStringLiteral("ANALYZE;"));
        QString error;
        std::optional<SnapshotDiff> same = SnapshotDiff::compare(a, b, &error);
        QVERIFY2(same, qPrintable(error));
        QVERIFY(same->identical());
        exec(b, "UPDATE sqlite_stat1 SET stat = stat || ' grace@example.org'");
        std::optional<SnapshotDiff> d = SnapshotDiff::compare(a, b, &error);
        QVERIFY2(d, qPrintable(error));
        QVERIFY(!d->identical());
        QCOMPARE(d->sqliteTables.size(), 1);
        QCOMPARE(d->sqliteTables.at(0).name, QStringLiteral("sqlite_stat1"));
        QVERIFY(d->toText().contains(QStringLiteral("sqlite_stat1")));
        const QJsonObject json = QJsonDocument::fromJson(d->toJson()).object();
        QCOMPARE(json.value(QStringLiteral("sqlite_tables")).toArray().size(), 1);

        // The same on the command line, and for the sequence table.
        const QString c = build(dir, QStringLiteral("c.db"), QStringLiteral("ANALYZE;"));
        exec(c, "INSERT INTO sqlite_sequence (name, seq) VALUES ('mallory@example.org', 7)");
        const ivtest::RunResult run = ivtest::runViewer({QStringLiteral("--diff"), a, c});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("sqlite_sequence"), run.out.constData());
    }

    // What no question shows travels with the file too: django_migrations, a table upstream does not have,
    // and with the times an app's id. --diff reports each changed table's rows.
    void diffSeesTablesNoQuestionShows()
    {
        QTemporaryDir dir;
        const QString a = build(dir, QStringLiteral("a.db"),
                                QStringLiteral("CREATE TABLE notes (body text); INSERT INTO notes "
                                               "VALUES ('quarterly review');"));
        const struct
        {
            const char *name;
            const char *sql;
            const char *table;
        } cases[] = {
            {"migrations.db",
             "INSERT INTO django_migrations (app, name, applied) VALUES ('insights', 'jane.doe@example.org', "
             "'2026-11-28 04:00:10')",
             "django_migrations"},
            {"notes.db", "UPDATE notes SET body = 'call jane.doe@example.org'", "notes"},
        };
        for (const auto &c : cases) {
            const QString b = build(dir, QString::fromLatin1(c.name),
                                    QStringLiteral("CREATE TABLE notes (body text); INSERT INTO notes VALUES "
                                                   "('quarterly review');"));
            QString error;
            std::optional<SnapshotDiff> same = SnapshotDiff::compare(a, b, &error);
            QVERIFY2(same, qPrintable(error));
            QVERIFY2(same->identical(), c.name);
            exec(b, c.sql);
            const ivtest::RunResult run = ivtest::runViewer({QStringLiteral("--diff"), a, b});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.out.contains(QByteArray("rows of table ") + c.table + " differ"),
                     run.out.constData());
        }
        const QString ids = build(dir, QStringLiteral("ids.db"),
                                  QStringLiteral("CREATE TABLE notes (body text); INSERT INTO notes VALUES "
                                                 "('quarterly review');"));
        exec(ids, "UPDATE insights_app SET uuid = 'jane.doe@example.org' WHERE rowid = 1");
        const ivtest::RunResult withTimes =
            ivtest::runViewer({QStringLiteral("--diff"), QStringLiteral("--include-times"), a, ids});
        QCOMPARE(withTimes.exitCode, 1);
        QVERIFY2(withTimes.out.contains("rows of table insights_app differ"), withTimes.out.constData());
    }

    // The cell budget: a large clean table first in the file must not leave a small table unscanned, the cut
    // is an error, and no policy acknowledges it.
    void budgetIsSharedAndIncompleteFails()
    {
        QTemporaryDir dir;
        const QString path = build(
            dir, QStringLiteral("budget.db"),
            QStringLiteral("CREATE TABLE bulk (a text, b text);"
                           "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 1000) "
                           "INSERT INTO bulk SELECT 'item ' || i, 'fine' FROM c;"
                           "CREATE TABLE notes (t text);"
                           "INSERT INTO notes VALUES ('ask oscar@example.org');"));
        ReviewReport::Options options;
        options.maxScanCells = 400;
        options.allowedExtraTables = {QStringLiteral("bulk"), QStringLiteral("notes")};
        ReviewReport r = SnapshotReviewer::review(path, options);
        QVERIFY(r.readable());
        QVERIFY(!r.scanComplete);
        QVERIFY2(finding(r, QStringLiteral("personal-data-email"), QStringLiteral("notes")),
                 qPrintable(codes(r).join(QLatin1Char('\n'))));
        const ReviewFinding *cut = finding(r, QStringLiteral("scan-incomplete"));
        QVERIFY2(cut, qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(cut->severity, ReviewFinding::Severity::Error);
        QVERIFY2(r.englishNotes.join(QLatin1Char('\n')).contains(QStringLiteral("stopped in table bulk")),
                 qPrintable(r.englishNotes.join(QLatin1Char('\n'))));
        QVERIFY(r.scannedCells <= 400);
        QVERIFY(r.scannedCells >= 390); // the budget is used, not wasted
        acknowledgeAll(r);
        QCOMPARE(r.exitCode(), 1);
        QVERIFY(!ReviewFinding::acknowledgeable(QStringLiteral("scan-incomplete")));
        const QJsonObject json = QJsonDocument::fromJson(r.toJson()).object();
        for (const QJsonValue &f : json.value(QStringLiteral("findings")).toArray())
            if (f.toObject().value(QStringLiteral("code")).toString() == QLatin1String("scan-incomplete"))
                QCOMPARE(f.toObject().value(QStringLiteral("acknowledged")).toBool(), false);

        // With enough budget, the same file is scanned whole.
        options.maxScanCells = 100000;
        const ReviewReport whole = SnapshotReviewer::review(path, options);
        QVERIFY(whole.scanComplete);
        QVERIFY(!finding(whole, QStringLiteral("scan-incomplete")));
    }

    void hotJournal()
    {
        QTemporaryDir dir;
        const QString path = build(dir, QStringLiteral("hot.db"));
        QVERIFY(!finding(SnapshotReviewer::review(path), QStringLiteral("hot-journal")));
        // An empty journal, or one whose header was zeroed (journal_mode=PERSIST), is not hot.
        QFile journal(path + QStringLiteral("-journal"));
        QVERIFY(journal.open(QIODevice::WriteOnly));
        journal.close();
        QVERIFY(!finding(SnapshotReviewer::review(path), QStringLiteral("hot-journal")));
        QVERIFY(journal.open(QIODevice::WriteOnly));
        journal.write(QByteArray(512, '\0'));
        journal.close();
        QVERIFY(!finding(SnapshotReviewer::review(path), QStringLiteral("hot-journal")));
        // A journal header (magic d9d505f920a163d7), as a writer leaves it when it dies mid-transaction.
        QVERIFY(journal.open(QIODevice::WriteOnly));
        journal.write(QByteArray::fromHex("d9d505f920a163d7") + QByteArray(504, '\0'));
        journal.close();
        ReviewReport r = SnapshotReviewer::review(path);
        const ReviewFinding *hot = finding(r, QStringLiteral("hot-journal"));
        QVERIFY2(hot, qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(hot->severity, ReviewFinding::Severity::Error);
        QVERIFY2(hot->englishMessage.contains(QStringLiteral("hot.db-journal")),
                 qPrintable(hot->englishMessage));
        QVERIFY2(hot->englishMessage.contains(QStringLiteral("rolls it back")),
                 qPrintable(hot->englishMessage));
        acknowledgeAll(r);
        QCOMPARE(r.exitCode(), 1);
        // Opening for the window lists it among the catalogue's warnings.
        QString error;
        const std::unique_ptr<SnapshotFile> file = SnapshotFile::open(path, &error);
        QVERIFY2(file, qPrintable(error));
        const std::optional<Catalogue> cat = file->readCatalogue(&error);
        QVERIFY(cat);
        QVERIFY2(cat->warnings.join(QLatin1Char('\n')).contains(QStringLiteral("hot.db-journal")),
                 qPrintable(cat->warnings.join(QLatin1Char('\n'))));
        // Beside the real file when the path is a symlink.
        const QString link = dir.filePath(QStringLiteral("link.db"));
        QVERIFY(QFile::link(path, link));
        QVERIFY(finding(SnapshotReviewer::review(link), QStringLiteral("hot-journal")));
        // The command line: exit 1.
        const ivtest::RunResult run = ivtest::runViewer({QStringLiteral("--review"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("hot-journal"), run.out.constData());
    }

    // Rewritten in place after the hash, with the mtime put back: the ctime still moves.
    void rewrittenWithMtimeRestored()
    {
        QTemporaryDir dir;
        const QString path =
            build(dir, QStringLiteral("swap.db"),
                  QStringLiteral("UPDATE insights_counter SET \"desc\" = 'contact: xxxxxxxxxxxxxxxxx'"));
        QThread::msleep(2200); // an old ctime: the review does not hash it again, only the ctime can tell
        const QByteArray sha = ivtest::sha256(path);
        ReviewReport::Options options;
        options.afterIdentity = [&] {
            struct stat before;
            QCOMPARE(::stat(QFile::encodeName(path).constData(), &before), 0);
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray bytes = f.readAll();
            const qsizetype at = bytes.indexOf("xxxxxxxxxxxxxxxxx");
            QVERIFY(at > 0);
            QVERIFY(f.seek(at));
            f.write("peggy@example.org");
            f.close();
            const struct timespec times[2] = {before.st_atim, before.st_mtim};
            QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
        };
        const ReviewReport r = SnapshotReviewer::review(path, options);
        QCOMPARE(r.identity.sha256.toLatin1(), sha);
        QVERIFY(finding(r, QStringLiteral("file-changed")));
        QVERIFY(!r.readable());
        QCOMPARE(r.exitCode(), 2);
        QVERIFY2(r.englishOpenError.contains(QStringLiteral("changed while it was reviewed")),
                 qPrintable(r.englishOpenError));
    }

    // Free pages of a UTF-16 file hold UTF-16 text.
    void utf16FreePages_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::newRow("le") << QStringLiteral("UTF-16le");
        QTest::newRow("be") << QStringLiteral("UTF-16be");
    }
    void utf16FreePages()
    {
        QFETCH(QString, encoding);
        QTemporaryDir dir;
        const QString path = build(
            dir, QStringLiteral("u16.db"),
            QStringLiteral("PRAGMA secure_delete = 0; CREATE TABLE scratch (t TEXT);"
                           "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c "
                           "WHERE i < 40) INSERT INTO scratch SELECT 'x' || i || ' ivan@example.org ' || "
                           "hex(zeroblob(500)) FROM c;"
                           "DROP TABLE scratch;"),
            QStringLiteral("PRAGMA encoding = '%1';").arg(encoding));
        const ReviewReport r = SnapshotReviewer::review(path);
        QCOMPARE(r.identity.encodingName(), encoding);
        QVERIFY2(finding(r, QStringLiteral("free-pages")), qPrintable(codes(r).join(QLatin1Char('\n'))));
        const ReviewFinding *email = finding(r, QStringLiteral("personal-data-email"));
        QVERIFY2(email, qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(email->englishMessage, QStringLiteral("e-mail address in the free pages (deleted data)"));
        QCOMPARE(r.exitCode(), 1);
    }

    void utf16TrailingBytes()
    {
        QTemporaryDir dir;
        const QString path = build(dir, QStringLiteral("u16tail.db"), QString(),
                                   QStringLiteral("PRAGMA encoding = 'UTF-16le';"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            const QString text = QStringLiteral(" contact heidi@example.org ");
            f.write("\x01"); // odd offset: the text starts between two UTF-16 units
            f.write(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        }
        const ReviewReport r = SnapshotReviewer::review(path);
        const ReviewFinding *email = finding(r, QStringLiteral("personal-data-email"));
        QVERIFY2(email, qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(email->sample, QStringLiteral("h***@example.org"));
    }

    // A compressed BLOB reads as nothing wherever it stands: in upstream's django_migrations and in SQLite's
    // own sequence table too, not only in the insights tables.
    void compressedBlobOutsideTheInsightsTables()
    {
        QTemporaryDir dir;
        const QString path = build(dir, QStringLiteral("blobs.db"));
        // zlib of "contact jane.doe@example.org".
        exec(path, "INSERT INTO django_migrations (app, name, applied) VALUES ('insights', "
                   "X'789c4bcecf2b494c2e51c84acc4bd54bc94f7548ad48cc2dc849d5cb2f4a07009b4e0ab3', "
                   "'2026-11-28 04:00:10');"
                   "INSERT INTO sqlite_sequence (name, seq) VALUES (X'789c4bcecf2b494c2e51c84acc4bd54bc94f754"
                   "8ad48cc2dc849d5cb2f4a07009b4e0ab3', 5);");
        const ReviewReport r = SnapshotReviewer::review(path);
        const ReviewFinding *migrations =
            finding(r, QStringLiteral("blob-value"), QStringLiteral("django_migrations"));
        QVERIFY2(migrations, qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(migrations->column, QStringLiteral("name"));
        const ReviewFinding *sequence =
            finding(r, QStringLiteral("blob-value"), QStringLiteral("sqlite_sequence"));
        QVERIFY2(sequence, qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(sequence->column, QStringLiteral("name"));
        QCOMPARE(r.exitCode(), 1);
    }

    // An index over an expression stores what SQLite computed (here an address built from a hex literal and
    // a label), which no table cell holds: a finding. An extra index over plain columns holds copies of the
    // cells the scan reads (the integrity check compares them): the file stays clean.
    void expressionIndex()
    {
        QTemporaryDir dir;
        const QString plain = build(dir, QStringLiteral("plain-index.db"));
        exec(plain, "CREATE INDEX counter_label ON insights_counter (label, created_at)");
        const ReviewReport clean = SnapshotReviewer::review(plain);
        QVERIFY2(clean.findings.isEmpty(), qPrintable(codes(clean).join(QLatin1Char('\n'))));
        QCOMPARE(clean.exitCode(), 0);

        const QString path = build(dir, QStringLiteral("expression-index.db"));
        // X'…' is "jane.doe@example.org".
        exec(path, "CREATE INDEX counter_owner ON insights_counter "
                   "((CAST(X'6a616e652e646f65406578616d706c652e6f7267' AS TEXT) || label))");
        const ReviewReport r = SnapshotReviewer::review(path);
        const ReviewFinding *index = finding(r, QStringLiteral("expression-index"));
        QVERIFY2(index, qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(index->table, QStringLiteral("insights_counter"));
        QCOMPARE(
            index->englishMessage,
            QStringLiteral("index counter_owner on insights_counter stores values computed by an expression "
                           "(upstream's indexes hold plain columns); what it holds was not read"));
        QCOMPARE(r.exitCode(), 1);
    }

    // The header's number fields hold whatever bytes a writer puts there: an address in the version number
    // and in the application id is found.
    void textInTheHeadersNumberFields()
    {
        QTemporaryDir dir;
        const QString path = build(dir, QStringLiteral("header.db"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(92));
            QVERIFY(f.write("li@qq.cn") == 8);
        }
        const ReviewReport r = SnapshotReviewer::review(path);
        const ReviewFinding *email = finding(r, QStringLiteral("personal-data-email"));
        QVERIFY2(email, qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(email->englishMessage, QStringLiteral("e-mail address in the file header's number fields"));
        QCOMPARE(r.exitCode(), 1);

        const QString second = build(dir, QStringLiteral("header2.db"));
        {
            QFile f(second);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(60));
            QVERIFY(f.write("ann@mail.org") == 12);
        }
        const ReviewReport other = SnapshotReviewer::review(second);
        QVERIFY2(finding(other, QStringLiteral("personal-data-email")),
                 qPrintable(codes(other).join(QLatin1Char('\n'))));
    }

    // A payment card's number stored as a number (a counter's value): found like one written as text.
    // Other large numbers — a check digit off, a millisecond timestamp — stay numbers.
    void cardNumberStoredAsANumber()
    {
        QTemporaryDir dir;
        const QString path =
            build(dir, QStringLiteral("card.db"),
                  QStringLiteral("UPDATE insights_counter SET value = 4123456789012349 WHERE id = 1;"
                                 "UPDATE insights_counter SET value = 4123456789012340 WHERE id = 2;"
                                 "UPDATE insights_gauge SET value = 1733616000000 WHERE id = 1;"));
        const ReviewReport r = SnapshotReviewer::review(path);
        QCOMPARE(codes(r), QStringList{QStringLiteral("error personal-data-card insights_counter.value 1")});
        QCOMPARE(r.findings.at(0).sample, QStringLiteral("************2349"));
        QCOMPARE(r.findings.at(0).englishMessage,
                 QStringLiteral("payment card number in insights_counter.value, stored as a number"));
    }

    // SQLite's length() stops at a NUL: a category of "Premium", a NUL and 70,000 characters more counts as
    // short and is read with its bucket's categories, which read 64 Ki characters of each. The address after
    // them is found all the same.
    void categoryLongAfterANul()
    {
        QTemporaryDir dir;
        const QString path =
            build(dir, QStringLiteral("nul.db"),
                  QStringLiteral(
                      "INSERT INTO insights_bucketvalue (id, xvalue, yvalue, category, bucket_id) VALUES "
                      "(70, 1, 1, 'Premium' || char(0) || replace(hex(zeroblob(35000)), '00', 'x ') || "
                      "' contact jane.doe@example.org', 1);"));
        const ReviewReport r = SnapshotReviewer::review(path);
        const ReviewFinding *email = finding(r, QStringLiteral("personal-data-email"));
        QVERIFY2(email, qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(email->table, QStringLiteral("insights_bucketvalue"));
        QCOMPARE(email->column, QStringLiteral("category"));
        QCOMPARE(email->row, 70);
        QCOMPARE(email->sample, QStringLiteral("j***@example.org"));
        QCOMPARE(r.exitCode(), 1);
    }

    // A token longer than the windows' 1 Ki overlap across the edge of the first 64 Ki characters: neither
    // window held it whole. The next window starts at the white space before it.
    void longTokenAcrossTheWindowEdge()
    {
        QByteArray roles;
        for (int i = 0; i < 400; ++i)
            roles += (i ? ",\"r" : "\"r") + QByteArray::number(1000 + i) + '"';
        const auto part = [](const QByteArray &json) {
            return QString::fromLatin1(
                json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        };
        const QString jwt = part(R"({"alg":"HS256","typ":"JWT"})") + QLatin1Char('.') +
                            part(R"({"sub":"42","roles":[)" + roles + "]}") +
                            QStringLiteral(".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");
        QVERIFY(jwt.size() > 4000);
        QString filler = QStringLiteral("lorem ipsum ").repeated(6000).left(65536 - 1500);
        QTemporaryDir dir;
        const QString path = build(dir, QStringLiteral("token.db"),
                                   QStringLiteral("UPDATE insights_counter SET \"desc\" = '%1 token %2 end' "
                                                  "WHERE id = 2;")
                                       .arg(filler, jwt));
        const ReviewReport r = SnapshotReviewer::review(path);
        const ReviewFinding *token = finding(r, QStringLiteral("secret-credential"));
        QVERIFY2(token, qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(token->column, QStringLiteral("desc"));
        QCOMPARE(r.exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReviewVerdict)
#include "tst_review_verdict.moc"
