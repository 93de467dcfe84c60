// SPDX-License-Identifier: MIT
// Redactor and --redact: a redacted copy in upstream's exact schema, every flagged cell replaced
// consistently, extra tables and columns dropped, a log that never quotes an original value, the original
// untouched, and no file left behind on failure. Names and values in every spelling and place:
// tst_redactednames. How the copy is made (transfer, bytes, in place, row by row): tst_redactedcopies.
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
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace iv;

using namespace redactiontest;

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void personalDataRoundTrip()
    {
        QTemporaryDir in, out;
        const QString path =
            ivtest::buildDatabase(in, QStringLiteral("personal.db"),
                                  {QStringLiteral("schema.sql"), QStringLiteral("basic.sql"),
                                   QStringLiteral("review_personal.sql"), QStringLiteral("review_desk.sql")});
        const ivtest::FileState before = ivtest::fileState(path);
        QVERIFY(SnapshotReviewer::review(path).findings.size() > 5);

        const QString copy = out.filePath(QStringLiteral("shared.db"));
        const RedactionResult result = Redactor::redact(path, copy);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(ivtest::fileState(path) == before); // bytes, mtime and neighbours
        QCOMPARE(filesIn(out.path()),
                 (QStringList{QStringLiteral("shared.db"), QStringLiteral("shared.db.redaction.json")}));

        // Consistent stand-ins: the same address in two buckets, another address, the phone number.
        const QString jane = cell(copy, "SELECT category FROM insights_bucketvalue WHERE id = 1");
        QVERIFY(jane.startsWith(QLatin1String("redacted-email-")));
        QCOMPARE(cell(copy, "SELECT category FROM insights_bucketvalue WHERE id = 11"), jane);
        const QString bob = cell(copy, "SELECT category FROM insights_bucketvalue WHERE id = 2");
        QVERIFY(bob.startsWith(QLatin1String("redacted-email-")));
        QVERIFY(bob != jane);
        QCOMPARE(cell(copy, "SELECT question FROM insights_gauge WHERE label = 'basket'"),
                 QStringLiteral("redacted-phone-1"));
        QVERIFY(cell(copy, "SELECT \"desc\" FROM insights_counter WHERE label = 'orders'")
                    .startsWith(QLatin1String("redacted-email-")));
        // Untouched cells and every row id stay as they were.
        QCOMPARE(cell(copy, "SELECT category FROM insights_bucketvalue WHERE id = 3"),
                 QStringLiteral("Plums"));
        QCOMPARE(
            rows(copy,
                 "SELECT id, timestamp, xvalue, yvalue, bucket_id FROM insights_bucketvalue ORDER BY id"),
            rows(path,
                 "SELECT id, timestamp, xvalue, yvalue, bucket_id FROM insights_bucketvalue ORDER BY id"));
        QCOMPARE(rows(copy, "SELECT rowid, uuid, module, label FROM insights_app ORDER BY rowid"),
                 rows(path, "SELECT rowid, uuid, module, label FROM insights_app ORDER BY rowid"));
        QCOMPARE(rows(copy, "SELECT app, name, applied FROM django_migrations"),
                 rows(path, "SELECT app, name, applied FROM django_migrations"));
        QCOMPARE(cell(copy, "SELECT count(*) FROM insights_executiondelta"), QStringLiteral("0"));
        // Only upstream's tables and columns.
        QCOMPARE(cell(copy, "SELECT count(*) FROM sqlite_master WHERE name = 'customers'"),
                 QStringLiteral("0"));
        QVERIFY(!rows(copy, "PRAGMA table_info(insights_counter)")
                     .join(QLatin1Char(' '))
                     .contains(QLatin1String("note")));
        const char *const *ddl = SnapshotWriter::upstreamDdl();
        QStringList expected;
        for (; *ddl; ++ddl)
            expected << QString::fromUtf8(*ddl);
        QCOMPARE(rows(copy, "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name <> "
                            "'sqlite_sequence' ORDER BY rowid"),
                 expected);

        // The copy reviews clean: conformant, no finding at all.
        const ReviewReport again = SnapshotReviewer::review(copy);
        QCOMPARE(again.findings.size(), 0);
        QCOMPARE(again.exitCode(), 0);

        // --list is the same apart from the replaced question.
        const ivtest::RunResult listOld = ivtest::runViewer({QStringLiteral("--list"), path});
        const ivtest::RunResult listNew = ivtest::runViewer({QStringLiteral("--list"), copy});
        QCOMPARE(listNew.exitCode, 0);
        QString expectedList = QString::fromUtf8(listOld.out);
        expectedList.replace(QStringLiteral("Call +49 30 1234567 about the basket?"),
                             QStringLiteral("redacted-phone-1"));
        QCOMPARE(QString::fromUtf8(listNew.out), expectedList);

        // The log: each change, never an original value; what was dropped.
        QFile logFile(Redactor::logPathFor(copy));
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        const QByteArray log = logFile.readAll();
        for (const char *secret :
             {"jane.doe", "example.org", "bob@", "1234567", "x.y@", "ops@shop", "DE89", "4111"})
            QVERIFY2(!log.contains(secret), secret);
        const QJsonObject root = QJsonDocument::fromJson(log).object();
        const QJsonArray changes = root.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 5); // bucket values 1, 2, 11, the gauge's question, the counter's desc
        QCOMPARE(result.changes.size(), 5);
        QCOMPARE(result.distinctValues, 4);
        bool sawRow11 = false;
        for (const QJsonValue &v : changes) {
            const QJsonObject c = v.toObject();
            QCOMPARE(c.keys(), (QStringList{QStringLiteral("code"), QStringLiteral("column"),
                                            QStringLiteral("replacement"), QStringLiteral("row"),
                                            QStringLiteral("table")}));
            if (c.value(QStringLiteral("table")).toString() == QLatin1String("insights_bucketvalue") &&
                c.value(QStringLiteral("row")).toInt() == 11) {
                sawRow11 = true;
                QCOMPARE(c.value(QStringLiteral("column")).toString(), QStringLiteral("category"));
                QCOMPARE(c.value(QStringLiteral("code")).toString(), QStringLiteral("personal-data-email"));
                QCOMPARE(c.value(QStringLiteral("replacement")).toString(), jane);
            }
        }
        QVERIFY(sawRow11);
        const QByteArray dropped =
            QJsonDocument(root.value(QStringLiteral("dropped")).toArray()).toJson(QJsonDocument::Compact);
        QVERIFY(dropped.contains(R"({"kind":"table","name":"customers"})"));
        QVERIFY(dropped.contains(R"({"kind":"column","name":"note","table":"insights_counter"})"));
        QCOMPARE(root.value(QStringLiteral("source_sha256")).toString().toLatin1(), ivtest::sha256(path));
    }

    void cleanFileKeepsSchemaAndData()
    {
        QTemporaryDir in, out;
        const QString path = ivtest::buildDatabase(
            in, QStringLiteral("clean.db"), {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        QVERIFY(SnapshotReviewer::review(path).conformant);
        const QString copy = out.filePath(QStringLiteral("copy.db"));
        const RedactionResult result = Redactor::redact(path, copy);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.changes.size(), 0);
        QCOMPARE(result.dropped.size(), 0);
        QCOMPARE(rows(copy, kSchemaSql), rows(path, kSchemaSql));
        for (const char *sql :
             {"SELECT rowid, * FROM insights_app", "SELECT * FROM insights_counter",
              "SELECT * FROM insights_gauge", "SELECT * FROM insights_bucket",
              "SELECT * FROM insights_bucketvalue", "SELECT * FROM insights_executiondelta",
              "SELECT * FROM django_migrations", "SELECT * FROM sqlite_sequence ORDER BY name"})
            QCOMPARE(rows(copy, sql), rows(path, sql));
        QCOMPARE(ivtest::runViewer({QStringLiteral("--list"), copy}).out,
                 ivtest::runViewer({QStringLiteral("--list"), path}).out);
    }

    void prefixes()
    {
        QCOMPARE(Redactor::replacementPrefix(QStringLiteral("personal-data-email")),
                 QStringLiteral("redacted-email-"));
        QCOMPARE(Redactor::replacementPrefix(QStringLiteral("personal-data-phone")),
                 QStringLiteral("redacted-phone-"));
        QCOMPARE(Redactor::replacementPrefix(QStringLiteral("personal-data-iban")),
                 QStringLiteral("redacted-iban-"));
        QCOMPARE(Redactor::replacementPrefix(QStringLiteral("personal-data-card")),
                 QStringLiteral("redacted-card-"));
        QCOMPARE(Redactor::replacementPrefix(QStringLiteral("personal-data-ipv4")),
                 QStringLiteral("redacted-ipv4-"));
        QCOMPARE(Redactor::replacementPrefix(QStringLiteral("personal-data-name")),
                 QStringLiteral("Person "));
        QCOMPARE(Redactor::replacementPrefix(QStringLiteral("personal-data-national-id")),
                 QStringLiteral("redacted-id-"));
        QCOMPARE(Redactor::replacementPrefix(QStringLiteral("secret-api-key")),
                 QStringLiteral("redacted-secret-"));
        QCOMPARE(Redactor::replacementPrefix(QStringLiteral("odd code!")),
                 QStringLiteral("redacted-odd-code--"));
    }

    void refusesAndLeavesNothing()
    {
        QTemporaryDir in, out;
        const QString path = ivtest::buildDatabase(in, QStringLiteral("personal.db"),
                                                   {QStringLiteral("schema.sql"), QStringLiteral("basic.sql"),
                                                    QStringLiteral("review_personal.sql")});
        const ivtest::FileState before = ivtest::fileState(path);

        // OUT is FILE (also through another spelling of the path).
        RedactionResult r = Redactor::redact(path, path);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QLatin1String("personal.db")));
        r = Redactor::redact(path, in.path() + QStringLiteral("/./personal.db"), {true});
        QVERIFY(!r.ok);
        // Nor may its log: personal.db would be the log of a copy named "personal".
        QVERIFY(QFile::copy(path, in.filePath(QStringLiteral("p.redaction.json"))));
        r = Redactor::redact(in.filePath(QStringLiteral("p.redaction.json")),
                             in.filePath(QStringLiteral("p")), {true});
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QLatin1String("would replace")));
        QVERIFY(QFile::remove(in.filePath(QStringLiteral("p.redaction.json"))));
        QVERIFY(ivtest::fileState(path) == before);

        // OUT exists: refused without overwrite, its bytes kept; replaced with it.
        const QString existing = out.filePath(QStringLiteral("existing.db"));
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        r = Redactor::redact(path, existing);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QLatin1String("existing.db")));
        QVERIFY(r.error.contains(QLatin1String("exists")));
        QCOMPARE(ivtest::readText(existing), QStringLiteral("keep me"));
        QCOMPARE(filesIn(out.path()), QStringList{QStringLiteral("existing.db")});
        Redactor::Options overwrite;
        overwrite.overwrite = true;
        r = Redactor::redact(path, existing, overwrite);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(cell(existing, "SELECT count(*) FROM insights_app"), QStringLiteral("2"));

        // The folder does not exist.
        r = Redactor::redact(path, out.filePath(QStringLiteral("no/such/folder/x.db")));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QLatin1String("folder")));

        // A failure half way (upstream's NOT NULL gauge value is missing here): no copy, no log, no
        // temporary.
        QTemporaryDir broken, badDir;
        const QString bad = ivtest::buildDatabaseFromSql(
            badDir, QStringLiteral("novalue.db"),
            ivtest::basicSnapshotSql() + QStringLiteral("DROP INDEX insights_gauge_app_id_44ec6f64; "
                                                        "ALTER TABLE insights_gauge DROP COLUMN value;"));
        r = Redactor::redact(bad, broken.filePath(QStringLiteral("copy.db")));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("insights_gauge")), qPrintable(r.error));
        QCOMPARE(filesIn(broken.path()), QStringList());

        // Unreadable input.
        r = Redactor::redact(in.filePath(QStringLiteral("missing.db")),
                             broken.filePath(QStringLiteral("copy.db")));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QLatin1String("missing.db")));
        QCOMPARE(filesIn(broken.path()), QStringList());
        QVERIFY(ivtest::fileState(path) == before);
    }

    // Texts the copy's review is unsure of (names it does not know) are counted in the log.
    void logCountsTextsToCheck()
    {
        QTemporaryDir in, out;
        const QString path = ivtest::buildDatabaseFromSql(
            in, QStringLiteral("unsure.db"),
            ivtest::basicSnapshotSql() +
                QStringLiteral(
                    "INSERT INTO insights_bucket (id, created_at, label, question, \"desc\", type, xlabel, "
                    "xformat, ylabel, yformat, title, app_id) SELECT 90, '2026-01-02 09:30:00', 'none', "
                    "NULL, NULL, 4, NULL, NULL, NULL, NULL, NULL, app_id FROM insights_counter LIMIT 1;"
                    "INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) "
                    "VALUES "
                    "(NULL, 3, 0, 'Adebayo Ogunleye', 90), (NULL, 4, 0, 'Funmilayo Adeyemi', 90), "
                    "(NULL, 5, 0, 'Babatunde Olatunji', 90), (NULL, 6, 0, 'Yetunde Akinola', 90), "
                    "(NULL, 7, 0, 'Oluwaseun Adebisi', 90), (NULL, 8, 0, 'Folake Ogundipe', 90);"));
        const QString copy = out.filePath(QStringLiteral("shared.db"));
        const RedactionResult result = Redactor::redact(path, copy);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.copyToCheck > 0);
        QFile logFile(Redactor::logPathFor(copy));
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        const QJsonObject log = QJsonDocument::fromJson(logFile.readAll()).object();
        QVERIFY(log.contains(QStringLiteral("to_check")));
        QCOMPARE(log.value(QStringLiteral("to_check")).toInteger(), result.copyToCheck);
    }

    // What was dropped is listed by name, masked where the name holds personal data.
    void droppedNamesMasked()
    {
        QTemporaryDir in, out;
        const QString path = ivtest::buildDatabaseFromSql(
            in, QStringLiteral("names.db"),
            ivtest::basicSnapshotSql() +
                QStringLiteral("CREATE TABLE \"list of jane.doe@example.org\" (x text);"
                               "CREATE INDEX \"by bob.roe@example.com\" ON insights_counter (label);"
                               "ALTER TABLE insights_gauge ADD COLUMN \"ann.poe@example.net\" text;"));
        const QString copy = out.filePath(QStringLiteral("shared.db"));
        const RedactionResult result = Redactor::redact(path, copy);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.dropped.size(), 3);
        QFile logFile(Redactor::logPathFor(copy));
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        const QByteArray log = logFile.readAll();
        for (const char *secret : {"jane.doe", "bob.roe", "ann.poe"})
            QVERIFY2(!log.contains(secret), log.constData());
        QVERIFY2(log.contains("(masked: "), log.constData());
    }

    // Files left by a redaction that was killed are removed by the next one to the same OUT; a live one's
    // (locked) file stays.
    void staleWorkFilesRemoved()
    {
        QTemporaryDir in, out;
        const QString path = ivtest::buildDatabase(
            in, QStringLiteral("clean.db"), {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        const QStringList stale = {QStringLiteral(".shared.db.redacting-1-aaaa"),
                                   QStringLiteral("..shared.db.redacting-1-aaaa.collecting-1-bbbb"),
                                   QStringLiteral(".shared.db.redacting-log-1-cccc")};
        for (const QString &name : stale) {
            QFile f(out.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("left behind");
        }
        const QString live = out.filePath(QStringLiteral(".shared.db.redacting-2-dddd"));
        const int fd = ::open(QFile::encodeName(live).constData(), O_RDWR | O_CREAT, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::flock(fd, LOCK_EX | LOCK_NB), 0);
        const RedactionResult result = Redactor::redact(path, out.filePath(QStringLiteral("shared.db")));
        QVERIFY2(result.ok, qPrintable(result.error));
        ::close(fd);
        QCOMPARE(filesIn(out.path()),
                 (QStringList{QStringLiteral(".shared.db.redacting-2-dddd"), QStringLiteral("shared.db"),
                              QStringLiteral("shared.db.redaction.json")}));
    }

    // The log is never written through a symbolic link, not even with --force.
    void logNeverThroughSymlink()
    {
        QTemporaryDir in, out;
        const QString path = ivtest::buildDatabase(
            in, QStringLiteral("clean.db"), {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        const QString victim = out.filePath(QStringLiteral("victim.txt"));
        {
            QFile f(victim);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
        }
        const QString copy = out.filePath(QStringLiteral("shared.db"));
        QVERIFY(QFile::link(victim, Redactor::logPathFor(copy)));
        Redactor::Options options;
        options.overwrite = true;
        RedactionResult result = Redactor::redact(path, copy, options);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("symbolic link")), qPrintable(result.error));
        QCOMPARE(ivtest::readText(victim), QStringLiteral("keep me"));
        QVERIFY(!QFile::exists(copy));
        // A dangling link, which "exists" does not see.
        QVERIFY(QFile::remove(Redactor::logPathFor(copy)));
        const QString nowhere = out.filePath(QStringLiteral("created-through-link"));
        QVERIFY(QFile::link(nowhere, Redactor::logPathFor(copy)));
        result = Redactor::redact(path, copy);
        QVERIFY(!result.ok);
        QVERIFY(!QFile::exists(nowhere));
    }

    // Past the file size limit the command fails (exit 2) and leaves nothing behind.
    void fileSizeLimitLeavesNothing()
    {
        QTemporaryDir in, out;
        const QString path = ivtest::buildDatabase(
            in, QStringLiteral("clean.db"), {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        QProcess p;
        p.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), QStringLiteral("ulimit -f 16 && exec \"$0\" --redact \"$1\" \"$2\""),
                 QStringLiteral(IV_VIEWER_BINARY), out.filePath(QStringLiteral("shared.db")), path});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 2);
        QCOMPARE(filesIn(out.path()), QStringList());
    }

    // --redact says when its copy is not clean (what no stand-in replaces stays: here a deflated BLOB in a
    // description), and says nothing more when it is.
    void commandLineSaysWhenTheCopyIsNotClean()
    {
        QTemporaryDir in, out;
        const QString blob = ivtest::buildDatabaseFromSql(
            in, QStringLiteral("blob.db"),
            ivtest::basicSnapshotSql() +
                QStringLiteral("UPDATE insights_counter SET \"desc\" = X'789c4bcecf2b494c2e51c84acc4b' WHERE id = 1;"));
        const QString clean = ivtest::buildDatabase(
            in, QStringLiteral("clean.db"), {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        for (const QString &path : {blob, clean}) {
            QProcess p;
            p.start(QStringLiteral(IV_VIEWER_BINARY),
                    {QStringLiteral("--language"), QStringLiteral("en"), path, QStringLiteral("--redact"),
                     out.filePath(QFileInfo(path).fileName())});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            const QString said = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(said.contains(QStringLiteral("cells replaced")), qPrintable(said));
            QCOMPARE(said.contains(QStringLiteral("the copy is not clean: 1 finding that no stand-in replaces")), path == blob);
            QVERIFY2(!said.contains(QStringLiteral("to check by eye")), qPrintable(said));
        }
        // Values of a person bucket no detector recognised ("Support Team", "Backend Team") stay in the copy
        // as they were: said.
        const QString toCheck =
            ivtest::buildDatabase(in, QStringLiteral("tocheck.db"),
                                  {QStringLiteral("schema.sql"), QStringLiteral("basic.sql"),
                                   QStringLiteral("review_tocheck.sql")});
        const auto run =
            ivtest::runViewer({QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--redact"),
                               out.filePath(QStringLiteral("tocheck.db")), toCheck});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(
                     "the copy holds 2 texts to check by eye; review it (--review) before sharing it"),
                 run.out.constData());
    }

    void commandLine()
    {
        QTemporaryDir in, out;
        const QString path = ivtest::buildDatabase(in, QStringLiteral("personal.db"),
                                                   {QStringLiteral("schema.sql"), QStringLiteral("basic.sql"),
                                                    QStringLiteral("review_personal.sql")});
        const QString copy = out.filePath(QStringLiteral("copy.db"));
        ivtest::RunResult run = ivtest::runViewer({QStringLiteral("--redact"), copy, path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("copy.db: 1 cells replaced"));
        QVERIFY(QFile::exists(copy + QStringLiteral(".redaction.json")));
        QCOMPARE(ivtest::runViewer({QStringLiteral("--review"), copy}).exitCode, 0);

        run = ivtest::runViewer({QStringLiteral("--redact"), copy, path}); // exists
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith("insights-viewer: "));
        QVERIFY(run.err.contains("copy.db: exists"));
        run = ivtest::runViewer({QStringLiteral("--redact"), copy, QStringLiteral("--force"), path});
        QCOMPARE(run.exitCode, 0);
        run = ivtest::runViewer({QStringLiteral("--redact"), path, path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("personal.db: the redacted copy must be a new file"));
        run = ivtest::runViewer({QStringLiteral("--redact"), copy});
        QCOMPARE(run.exitCode, 2);
        run = ivtest::runViewer({QStringLiteral("--force"), QStringLiteral("--list"), path});
        QCOMPARE(run.exitCode, 2);
        run = ivtest::runViewer({QStringLiteral("--redact"), out.filePath(QStringLiteral("b.db")),
                                 in.filePath(QStringLiteral("missing.db"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("missing.db"));
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("b.db"))));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
