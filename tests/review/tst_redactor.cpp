// SPDX-License-Identifier: MIT
// Redactor and --redact: a redacted copy in upstream's exact schema, every flagged cell replaced
// consistently, extra tables and columns dropped, a log that never quotes an original value, the original
// untouched, and no file left behind on failure.
#include "pagefreespace.h"
#include "redactionrun_p.h"
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

namespace {

// Every row of a query as "a|b|c" (NULL as \N), read through an immutable read-only connection.
QStringList rows(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    const QByteArray uri = "file:" + QFile::encodeName(path) + "?mode=ro&immutable=1";
    sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    sqlite3_stmt *st = nullptr;
    QStringList out;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            QStringList cells;
            for (int c = 0; c < sqlite3_column_count(st); ++c)
                cells << (sqlite3_column_type(st, c) == SQLITE_NULL
                              ? QStringLiteral("\\N")
                              : QString::fromUtf8(
                                    reinterpret_cast<const char *>(sqlite3_column_text(st, c))));
            out << cells.join(QLatin1Char('|'));
        }
    } else {
        out << QStringLiteral("prepare failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

QString cell(const QString &path, const char *sql)
{
    return rows(path, sql).value(0);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// Runs sql on path through an ordinary read-write connection (for files the tests shape by hand).
bool execOn(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
              SQLITE_OK;
    char *message = nullptr;
    ok = ok && sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK;
    if (message)
        qWarning("%s", message);
    sqlite3_free(message);
    sqlite3_close(db);
    return ok;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QStringList kUpstreamTables = {
    QStringLiteral("django_migrations"),       QStringLiteral("insights_app"),
    QStringLiteral("insights_executiondelta"), QStringLiteral("insights_gauge"),
    QStringLiteral("insights_counter"),        QStringLiteral("insights_bucketvalue"),
    QStringLiteral("insights_bucket")};

const char kSchemaSql[] =
    "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' "
    "ORDER BY rowid";

} // namespace

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

    // What was dropped is listed by name, masked where the name holds personal data.
    void droppedNamesMasked()
    {
        QTemporaryDir in, out;
        const QString path = ivtest::buildDatabaseFromSql(
            in, QStringLiteral("names.db"),
            ivtest::basicSnapshotSql() +
                QStringLiteral("CREATE TABLE \"list of jane.doe@example.org\" (x text);"
                               "CREATE INDEX \"by bob.roe@example.com\" ON insights_counter (label);"));
        const QString copy = out.filePath(QStringLiteral("shared.db"));
        const RedactionResult result = Redactor::redact(path, copy);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.dropped.size(), 2);
        QFile logFile(Redactor::logPathFor(copy));
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        const QByteArray log = logFile.readAll();
        for (const char *secret : {"jane.doe", "bob.roe"})
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
        }
    }

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

    // A table that is not the writer's exactly (an extra column, an index of its own, an index defined
    // otherwise) is copied row by row; the copy still has the writer's schema and the same rows.
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
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                "INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, "
                "bucket_id) SELECT 1000 + i, printf('2024-%02d-%02d %02d:%02d:%02d.%06d', 1 + (i * 7) "
                "% 12, 1 + (i * 13) % 28, (i * 17) % 24, (i * 31) % 60, (i * 37) % 60, (i * 7919) % "
                "1000000), i, i, CASE WHEN i % 7 = 3 THEN printf('kunde%d.m\u00fcller@example.org', "
                "(i * 7919) % 20011) ELSE printf('product %05d of the shelf', (i * 7919) % 20011) END, "
                "4 FROM n;"
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
        const qint64 pageSize = (quint8(bytes.at(16)) << 8) | quint8(bytes.at(17));
        PageFreeSpace space(bytes.left(100), bytes.size() / pageSize, {});
        QVERIFY(space.valid());
        QByteArray stale;
        for (qint64 page = 1; page <= bytes.size() / pageSize; ++page)
            space.addPage(quint32(page),
                          reinterpret_cast<const unsigned char *>(bytes.constData()) + (page - 1) * pageSize,
                          &stale);
        QCOMPARE(stale.size() - stale.count('\0'), 0);
        QCOMPARE(rows(copy, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
        QCOMPARE(SnapshotReviewer::review(copy).findings.size(), 0);
    }

    // A table copied row by row (forced here: the original has an index of its own on another table, which
    // is dropped): as keys come in no order (categories, timestamps), its index pages split and keep stale
    // bytes of moved entries in their unused space, where the copy's review reads them raw (on a 4M-row file
    // an "IPv6 address" made of timestamp fragments: the copy of a file whose every address was replaced
    // reviewed unclean). The copy's pages hold no byte outside their records.
    void rowByRowCopyLeavesNoStaleBytes()
    {
        QTemporaryDir in, out;
        // 20,000 categories and timestamps in an order unlike the rows': keys arrive scattered in every index.
        const QString path = ivtest::buildDatabaseFromSql(
            in, QStringLiteral("scattered.db"),
            ivtest::basicSnapshotSql() +
                QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                    "INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id) "
                    "SELECT 1000 + i, printf('2024-%02d-%02d %02d:%02d:%02d.%06d', 1 + (i * 7) % 12, "
                    "1 + (i * 13) % 28, (i * 17) % 24, (i * 31) % 60, (i * 37) % 60, (i * 7919) % 1000000), "
                    "i, "
                    "i, printf('product %05d of the shelf', (i * 7919) % 20011), 4 FROM n;"
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
        const qint64 pageSize = (quint8(bytes.at(16)) << 8) | quint8(bytes.at(17));
        PageFreeSpace space(bytes.left(100), bytes.size() / pageSize, {});
        QVERIFY(space.valid());
        QByteArray stale;
        for (qint64 page = 1; page <= bytes.size() / pageSize; ++page)
            space.addPage(quint32(page), reinterpret_cast<const unsigned char *>(bytes.constData()) +
                                             (page - 1) * pageSize,
                          &stale);
        QVERIFY2(stale.count('\0') == stale.size(),
                 qPrintable(QStringLiteral("%1 stale bytes, e.g. %2")
                                .arg(stale.size() - stale.count('\0'))
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
        if (!reported)
            QSKIP("the review does not report hidden-record-bytes in this build");
        const QString copy = out.filePath(QStringLiteral("copy.db"));
        const RedactionResult result = Redactor::redact(path, copy);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.transferredTables, QStringList());
        QVERIFY(!bytesOf(copy).contains("hidden.person"));
        QCOMPARE(rows(copy, "SELECT rowid, * FROM insights_bucketvalue ORDER BY rowid"),
                 rows(path, "SELECT rowid, * FROM insights_bucketvalue ORDER BY rowid"));
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
