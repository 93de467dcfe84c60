// SPDX-License-Identifier: MIT
// The review (SnapshotReviewer / ReviewReport) and --review / --diff on files built from tests/data: each class of
// problem gives its expected finding or error, clean files give none, and nothing ever changes the file.
#include "snapshotdiff.h"
#include "snapshotreviewer.h"
#include "sqlscript.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>

#include <sqlite3.h>

using namespace iv;

namespace {

QStringList codes(const ReviewReport &r)
{
    QStringList out;
    for (const ReviewFinding &f : r.findings)
        out << QStringLiteral("%1 %2 %3.%4 %5").arg(f.severityId(), f.code, f.table, f.column).arg(f.row);
    return out;
}

QString build(const QTemporaryDir &dir, const QString &name, const QStringList &extra)
{
    return ivtest::buildDatabase(dir, name, QStringList{QStringLiteral("schema.sql"), QStringLiteral("basic.sql")} + extra);
}

QByteArray sha256sum(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("sha256sum"), {path});
    if (!p.waitForFinished(30000))
        qFatal("sha256sum did not finish");
    return p.readAllStandardOutput().left(64);
}

qint64 rootPage(const QString &path, const char *name)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, "SELECT rootpage FROM sqlite_master WHERE name = ?1", -1, &st, nullptr);
    sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
    const qint64 page = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return page;
}

} // namespace

class TestReview : public QObject
{
    Q_OBJECT

private slots:
    void cleanFile()
    {
        QTemporaryDir dir;
        const QString path = build(dir, QStringLiteral("basic.db"), {});
        const ivtest::FileState before = ivtest::fileState(path);
        const ReviewReport r = SnapshotReviewer::review(path);
        QVERIFY2(r.findings.isEmpty(), qPrintable(codes(r).join(QLatin1Char('\n'))));
        QVERIFY(r.conformant);
        QCOMPARE(r.integrity, QStringList{QStringLiteral("ok")});
        QCOMPARE(r.exitCode(), 0);
        QCOMPARE(r.identity.sha256.toLatin1(), sha256sum(path));
        QCOMPARE(r.identity.size, QFileInfo(path).size());
        QCOMPARE(r.identity.pageSize, 4096); // SQLite's default, as the test database was built
        QCOMPARE(r.identity.journalModeName(), QStringLiteral("rollback journal"));
        QCOMPARE(r.identity.encodingName(), QStringLiteral("UTF-8"));
        QCOMPARE(r.apps, (QStringList{QStringLiteral("Shop"), QStringLiteral("blog.insights")}));
        QCOMPARE(r.questionsPerKind.value(QStringLiteral("counter")), 2);
        QCOMPARE(r.questionsPerKind.value(QStringLiteral("gauge")), 1);
        QCOMPARE(r.questionsPerKind.value(QStringLiteral("histogram")), 1);
        QCOMPARE(r.bucketPoints, qint64(15));
        QCOMPARE(r.createdFirst, QStringLiteral("2026-01-01 10:00:00.000001"));
        QCOMPARE(r.createdLast, QStringLiteral("2026-01-02 09:30:00"));
        QCOMPARE(r.executionDeltas, qint64(0));
        QVERIFY(r.scanComplete);
        QVERIFY(r.scannedCells > 30);
        QVERIFY(ivtest::fileState(path) == before);
    }

    void sampleIsClean()
    {
        QTemporaryDir dir;
        QString error;
        const QString path = SqlScript::createSample(dir.path(), &error);
        const ReviewReport r = SnapshotReviewer::review(path);
        QVERIFY2(r.findings.isEmpty(), qPrintable(codes(r).join(QLatin1Char('\n'))));
        QCOMPARE(r.exitCode(), 0);
    }

    void personalData()
    {
        QTemporaryDir dir;
        const QString path = build(dir, QStringLiteral("pd.db"), {QStringLiteral("review_personal.sql")});
        const ivtest::FileState before = ivtest::fileState(path);
        const ReviewReport r = SnapshotReviewer::review(path);
        QStringList got = codes(r);
        got.sort();
        QStringList want = {
            QStringLiteral("warning extra-table customers. -1"),
            QStringLiteral("error personal-data-email insights_counter.desc 1"),
            QStringLiteral("error personal-data-email customers.email 1"),
            QStringLiteral("error personal-data-phone customers.phone 1"),
            QStringLiteral("error personal-data-iban customers.iban 1"),
            QStringLiteral("error personal-data-card customers.card 1"),
            QStringLiteral("error personal-data-ipv4 customers.ip 1"),
            QStringLiteral("error personal-data-email customers.email 2"),
            QStringLiteral("error personal-data-phone customers.phone 2"),
            QStringLiteral("error personal-data-iban customers.iban 2"),
            QStringLiteral("error personal-data-card customers.card 2"),
            QStringLiteral("error personal-data-ipv6 customers.ip 2"),
            QStringLiteral("error personal-data-name customers.name 1"),
            QStringLiteral("error personal-data-name customers.name 2"),
        };
        want.sort();
        QCOMPARE(got, want);
        QVERIFY(!r.conformant);
        QCOMPARE(r.exitCode(), 1);
        // Masked samples only: no full value anywhere in the outputs.
        const QString all = r.toText() + QString::fromUtf8(r.toJson());
        for (const char *secret : {"jane.doe@example.org", "4111 1111 1111 1111", "DE89 3704 0044 0532 0130 00",
                                   "DE89370400440532013000", "192.168.10.20", "+49 30 1234567", "ops@shop.example",
                                   "5500-0000-0000-0004", "2a01:4f8::8a2e:370:7334"})
            QVERIFY2(!all.contains(QLatin1String(secret)), secret);
        QVERIFY(all.contains(QStringLiteral("**** **** **** 1111")));
        QVERIFY(ivtest::fileState(path) == before);
    }

    void schemaClasses_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("trigger") << QStringLiteral("review_trigger.sql")
                                 << QStringList{QStringLiteral("warning extra-table audit. -1"),
                                                QStringLiteral("warning trigger insights_counter. -1")};
        QTest::newRow("view") << QStringLiteral("review_view.sql")
                              << QStringList{QStringLiteral("error view insights_gauge. -1")};
        QTest::newRow("missing-column") << QStringLiteral("review_missing_column.sql")
                                        << QStringList{QStringLiteral("error missing-column insights_bucket.title -1"),
                                                       QStringLiteral("warning extra-column insights_app.owner -1")};
    }
    void schemaClasses()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString path = build(dir, QStringLiteral("s.db"), {sql});
        const ivtest::FileState before = ivtest::fileState(path);
        const ReviewReport r = SnapshotReviewer::review(path);
        QStringList got = codes(r);
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
        QVERIFY(!r.conformant);
        QCOMPARE(r.integrity, QStringList{QStringLiteral("ok")});
        QCOMPARE(r.exitCode(), 1);
        QVERIFY(ivtest::fileState(path) == before);
    }

    void orphansAndBadValues()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(dir, QStringLiteral("t.db"),
                                                   {QStringLiteral("schema.sql"), QStringLiteral("tolerant.sql")});
        const ReviewReport r = SnapshotReviewer::review(path);
        QStringList got = codes(r);
        got.sort();
        QStringList want = {
            QStringLiteral("warning non-numeric insights_counter.value 1"),       // 'lots'
            QStringLiteral("warning non-numeric insights_bucketvalue.xvalue 6"),  // 'five'
            QStringLiteral("warning orphan-rows insights_counter.app_id 3"),      // app 9999…
            QStringLiteral("warning orphan-rows insights_bucketvalue.bucket_id 8"), // bucket 77
            QStringLiteral("warning unknown-bucket-type insights_bucket.type 1"), // type 9
            QStringLiteral("warning bad-datetime insights_counter.created_at 1"), // 'not a date'
            QStringLiteral("warning bad-datetime insights_bucketvalue.timestamp 4"), // 'yesterday'
            QStringLiteral("warning bad-datetime insights_bucketvalue.timestamp 5"), // month 13
        };
        want.sort();
        QCOMPARE(got, want);
        QVERIFY(!r.conformant);
    }

    void walMode()
    {
        QTemporaryDir dir;
        const QString path = build(dir, QStringLiteral("wal.db"), {});
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        const ivtest::FileState before = ivtest::fileState(path);
        ReviewReport r = SnapshotReviewer::review(path);
        QCOMPARE(r.identity.journalModeName(), QStringLiteral("WAL"));
        QCOMPARE(codes(r), QStringList{QStringLiteral("warning wal-mode . -1")});
        QVERIFY(r.conformant);
        QCOMPARE(r.exitCode(), 1);
        QVERIFY(ivtest::fileState(path) == before);
        // A -wal file beside it holds changes the review cannot see: an error.
        QFile wal(path + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::WriteOnly));
        wal.close();
        const ivtest::FileState withWal = ivtest::fileState(path);
        r = SnapshotReviewer::review(path);
        QCOMPARE(codes(r), QStringList{QStringLiteral("error wal-file . -1")});
        QVERIFY(ivtest::fileState(path) == withWal);
    }

    void readOnlyFolder()
    {
        QTemporaryDir dir;
        const QString path = build(dir, QStringLiteral("ro.db"), {});
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        const ivtest::FileState before = ivtest::fileState(path);
        const auto cli = ivtest::runViewer({QStringLiteral("--review"), path});
        QCOMPARE(cli.exitCode, 0);
        QVERIFY(ivtest::fileState(path) == before);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    // A text repeated in many cells is found in every one of them (the scan remembers what it found for a
    // text; categories are read per bucket in one pass): the rows are known from the SQL that made them.
    void repeatedTextsFoundInEveryRow()
    {
        QTemporaryDir dir;
        const QString rows = QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 39)\n"
            "INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id)\n"
            "  SELECT 100 + i, NULL, i, i, 'mail ann@example.com', 1 FROM n;\n"
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 19)\n"
            "INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id)\n"
            "  SELECT 200 + i, NULL, i, i, 'mail ann@example.com', 4 FROM n;\n"
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 4)\n"
            "INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id)\n"
            "  SELECT 300 + i, 'ann@example.com', i, i, NULL, 1 + i FROM n;\n"); // one per bucket: unique
        const QString sql = ivtest::basicSnapshotSql() + rows;
        const QString path = ivtest::buildDatabaseFromSql(dir, QStringLiteral("repeated.db"), sql);
        const ReviewReport r = SnapshotReviewer::review(path);
        QSet<qint64> categoryRows, timestampRows;
        int elsewhere = 0;
        for (const ReviewFinding &f : r.findings) {
            if (f.code != QLatin1String("personal-data-email"))
                continue;
            if (f.table == QLatin1String("insights_bucketvalue") && f.column == QLatin1String("category"))
                categoryRows.insert(f.row);
            else if (f.table == QLatin1String("insights_bucketvalue") && f.column == QLatin1String("timestamp"))
                timestampRows.insert(f.row);
            else
                ++elsewhere;
        }
        QSet<qint64> wantCategories, wantTimestamps;
        for (qint64 i = 0; i < 40; ++i)
            wantCategories.insert(100 + i);
        for (qint64 i = 0; i < 20; ++i)
            wantCategories.insert(200 + i);
        for (qint64 i = 0; i < 5; ++i)
            wantTimestamps.insert(300 + i);
        QCOMPARE(categoryRows, wantCategories);
        QCOMPARE(timestampRows, wantTimestamps);
        QCOMPARE(elsewhere, 0);
        QCOMPARE(r.scannedCells > 0, true);
        QVERIFY(r.scanComplete);
    }

    // The integrity check runs beside the other checks, yet its finding keeps its place (first) and counts
    // towards the listing limit as before: with a limit of 2, the integrity finding and the first of two
    // addresses are listed, the second address is counted.
    void integrityFindingKeepsItsPlace()
    {
        QTemporaryDir dir;
        const QString path = build(dir, QStringLiteral("flip2.db"),
                                   {});
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, "UPDATE insights_counter SET \"desc\" = 'ann@example.com'", nullptr, nullptr,
                                  nullptr),
                     SQLITE_OK);
            sqlite3_close(db);
        }
        const qint64 root = rootPage(path, "insights_counter_created_at_d5ba696e");
        QVERIFY(root > 1);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 at = root * 4096 - 3;
            f.seek(at);
            char c = 0;
            f.getChar(&c);
            QVERIFY(c >= '0' && c <= '9');
            f.seek(at);
            f.putChar(char(c ^ 0x01));
        }
        ReviewReport::Options all;
        const ReviewReport full = SnapshotReviewer::review(path, all);
        QVERIFY(!full.integrityOk());
        QCOMPARE(full.findings.value(0).code, QStringLiteral("integrity"));
        QCOMPARE(full.findings.size(), 3);
        QCOMPARE(full.findings.at(1).code, QStringLiteral("personal-data-email"));
        QCOMPARE(full.findings.at(2).code, QStringLiteral("personal-data-email"));

        ReviewReport::Options two;
        two.maxListedFindings = 2;
        const ReviewReport cut = SnapshotReviewer::review(path, two);
        QCOMPARE(cut.findings.value(0).code, QStringLiteral("integrity"));
        QCOMPARE(cut.findings.value(1).code, QStringLiteral("personal-data-email"));
        QCOMPARE(cut.findings.value(1).row, qint64(1));
        qint64 unlisted = 0;
        for (const ReviewFinding &f : cut.findings)
            unlisted += f.unlisted;
        QCOMPARE(unlisted, qint64(1));
    }

    void bitFlipInIndex()
    {
        QTemporaryDir dir;
        const QString path = build(dir, QStringLiteral("flip.db"), {});
        const qint64 root = rootPage(path, "insights_counter_created_at_d5ba696e");
        QVERIFY(root > 1);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 at = root * 4096 - 3; // inside the last cell's created_at text, a digit
            f.seek(at);
            char c = 0;
            f.getChar(&c);
            QVERIFY(c >= '0' && c <= '9');
            f.seek(at);
            f.putChar(char(c ^ 0x01));
        }
        const ivtest::FileState before = ivtest::fileState(path);
        const ReviewReport r = SnapshotReviewer::review(path);
        QVERIFY(!r.integrityOk());
        QVERIFY2(r.integrity.join(QLatin1Char('\n')).contains(QStringLiteral("insights_counter_created_at_d5ba696e")),
                 qPrintable(r.integrity.join(QLatin1Char('\n'))));
        QVERIFY(codes(r).contains(QStringLiteral("error integrity . -1")));
        const auto cli = ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--json"), path});
        QCOMPARE(cli.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(cli.out).object();
        QVERIFY(o.value(QStringLiteral("integrity")).isArray());
        QVERIFY(ivtest::fileState(path) == before);
    }

    void truncatedAndForeign()
    {
        QTemporaryDir dir;
        const QString path = build(dir, QStringLiteral("trunc.db"), {});
        {
            QFile f(path);
            QVERIFY(f.resize(f.size() - 4096 - 100));
        }
        const ivtest::FileState before = ivtest::fileState(path);
        const ReviewReport r = SnapshotReviewer::review(path);
        QVERIFY(!r.readable());
        QCOMPARE(r.exitCode(), 2);
        QCOMPARE(r.identity.sha256.toLatin1(), sha256sum(path)); // identity even when unreadable
        const auto cli = ivtest::runViewer({QStringLiteral("--review"), path});
        QCOMPARE(cli.exitCode, 2);
        QVERIFY2(cli.err.startsWith("insights-viewer: " + path.toUtf8() + ": truncated"), cli.err.constData());
        QVERIFY(ivtest::fileState(path) == before);

        const QString text = dir.filePath(QStringLiteral("text.db"));
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("just text, named .db\n");
        t.close();
        const auto json = ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--json"), text});
        QCOMPARE(json.exitCode, 2);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(QStringLiteral("readable")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("size")).toInteger(), qint64(21));
        QVERIFY(json.err.contains("not an SQLite database"));
    }

    // Hardened opening: a schema built to make parsing deep is refused (named, exit 2), not parsed.
    void deepSchemaRefused()
    {
        QTemporaryDir dir;
        QString deep = QStringLiteral("1");
        for (int i = 0; i < 300; ++i)
            deep += QStringLiteral("+1");
        const QString path = ivtest::buildDatabaseFromSql(
            dir, QStringLiteral("deep.db"),
            ivtest::readText(ivtest::dataPath(QStringLiteral("schema.sql"))) +
                QStringLiteral("CREATE TABLE extra (x integer CHECK (x < %1));").arg(deep));
        const ivtest::FileState before = ivtest::fileState(path);
        const ReviewReport r = SnapshotReviewer::review(path);
        QCOMPARE(r.exitCode(), 2);
        QVERIFY2(r.openError.startsWith(path + QStringLiteral(": ")), qPrintable(r.openError));
        QVERIFY(ivtest::fileState(path) == before);
    }

    void timeLimit()
    {
        QTemporaryDir dir;
        const QString path = build(dir, QStringLiteral("basic.db"), {});
        ReviewReport::Options options;
        options.timeLimitMs = 0;
        QElapsedTimer timer;
        timer.start();
        const ReviewReport r = SnapshotReviewer::review(path, options);
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY(!r.notes.isEmpty());
        QVERIFY(codes(r).contains(QStringLiteral("error incomplete . -1")));
        QCOMPARE(r.exitCode(), 1);
        std::atomic_bool cancel{true};
        const ReviewReport c = SnapshotReviewer::review(path, ReviewReport::Options(), &cancel);
        QVERIFY(c.notes.join(QLatin1Char(' ')).contains(QStringLiteral("cancelled")));
    }

    void cliJson()
    {
        QTemporaryDir dir;
        const QString path = build(dir, QStringLiteral("pd.db"), {QStringLiteral("review_personal.sql")});
        const QString clean = build(dir, QStringLiteral("clean.db"), {});
        const ivtest::FileState before = ivtest::fileState(path);
        const auto run = ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--json"), path});
        QCOMPARE(run.exitCode, 1);
        QJsonParseError err;
        const QJsonObject o = QJsonDocument::fromJson(run.out, &err).object();
        QCOMPARE(err.error, QJsonParseError::NoError);
        QCOMPARE(o.value(QStringLiteral("sha256")).toString().toLatin1(), sha256sum(path));
        QCOMPARE(o.value(QStringLiteral("size")).toInteger(), QFileInfo(path).size());
        QCOMPARE(o.value(QStringLiteral("conformant")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
        const QJsonArray findings = o.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 14);
        const QJsonObject card = findings.at(6).toObject(); // after row 1's name and e-mail address
        QCOMPARE(card.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(card.value(QStringLiteral("code")).toString(), QStringLiteral("personal-data-card"));
        QCOMPARE(card.value(QStringLiteral("table")).toString(), QStringLiteral("customers"));
        QCOMPARE(card.value(QStringLiteral("column")).toString(), QStringLiteral("card"));
        QCOMPARE(card.value(QStringLiteral("row")).toInteger(), qint64(1));
        QCOMPARE(card.value(QStringLiteral("sample")).toString(), QStringLiteral("**** **** **** 1111"));
        QVERIFY(card.value(QStringLiteral("message")).isString());
        QVERIFY(findings.at(0).toObject().value(QStringLiteral("row")).isNull()); // extra-table: not about a row

        const auto ok = ivtest::runViewer({QStringLiteral("--review"), clean});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains("SHA-256         " + sha256sum(clean)));
        QVERIFY(ivtest::fileState(path) == before);
        // Several files: each is reviewed, the worst status wins (tst_reviewbatch).
        QCOMPARE(ivtest::runViewer({QStringLiteral("--review"), clean, clean}).exitCode, 0);
        QCOMPARE(ivtest::runViewer({QStringLiteral("--review"), QStringLiteral("--diff"), clean}).exitCode, 2);
    }

    void diff()
    {
        QTemporaryDir dir;
        const QString a = build(dir, QStringLiteral("a.db"), {});
        const QString b = ivtest::buildDatabaseFromSql(
            dir, QStringLiteral("b.db"),
            ivtest::basicSnapshotSql() +
                QStringLiteral("UPDATE insights_counter SET value = 1300000 WHERE label = 'orders';\n"
                               "DELETE FROM insights_counter WHERE label = 'posts';\n"
                               "INSERT INTO insights_gauge (id, created_at, label, question, \"desc\", value, app_id) "
                               "VALUES (2, '2026-01-03 00:00:00', 'margin', 'Margin?', NULL, 0.3, "
                               "'11111111111111111111111111111111');\n"
                               "UPDATE insights_bucketvalue SET xvalue = 8 WHERE id = 5;\n"
                               "INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) "
                               "VALUES ('2025-12-05 00:00:00', 4, 0, NULL, 2);\n"));
        const ivtest::FileState beforeA = ivtest::fileState(a), beforeB = ivtest::fileState(b);
        const auto same = ivtest::runViewer({QStringLiteral("--diff"), a, a});
        QCOMPARE(same.exitCode, 0);
        const auto run = ivtest::runViewer({QStringLiteral("--diff"), a, b, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value(QStringLiteral("identical")).toBool(true), false);
        QHash<QString, QJsonObject> byLabel;
        for (const QJsonValue &v : o.value(QStringLiteral("questions")).toArray())
            byLabel.insert(v.toObject().value(QStringLiteral("label")).toString(), v.toObject());
        const QJsonObject orders = byLabel.value(QStringLiteral("orders"));
        QCOMPARE(orders.value(QStringLiteral("status")).toString(), QStringLiteral("changed"));
        QCOMPARE(orders.value(QStringLiteral("old")).toDouble(), 1234567.0);
        QCOMPARE(orders.value(QStringLiteral("new")).toDouble(), 1300000.0);
        QCOMPARE(orders.value(QStringLiteral("delta")).toDouble(), 65433.0);
        QCOMPARE(orders.value(QStringLiteral("percent")).toDouble(), 65433.0 / 1234567.0 * 100);
        QCOMPARE(byLabel.value(QStringLiteral("posts")).value(QStringLiteral("status")).toString(), QStringLiteral("removed"));
        QCOMPARE(byLabel.value(QStringLiteral("margin")).value(QStringLiteral("status")).toString(), QStringLiteral("added"));
        const QJsonObject daily = byLabel.value(QStringLiteral("daily"));
        QCOMPARE(daily.value(QStringLiteral("old_points")).toInteger(), qint64(4));
        QCOMPARE(daily.value(QStringLiteral("new_points")).toInteger(), qint64(5));
        QCOMPARE(daily.value(QStringLiteral("changed_points")).toInteger(), qint64(1));
        QCOMPARE(daily.value(QStringLiteral("added_points")).toInteger(), qint64(1));
        QCOMPARE(daily.value(QStringLiteral("removed_points")).toInteger(), qint64(0));
        QCOMPARE(byLabel.value(QStringLiteral("scatter")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("unchanged"));
        const auto text = ivtest::runViewer({QStringLiteral("--diff"), a, b});
        QVERIFY(text.out.contains("~ counter     Shop / How many orders? (orders): 1,234,567 → 1,300,000 (+65,433, +5.3%)"));
        QVERIFY(text.out.contains("2025-12-02 00:00:00: (7.5, 0) → (8, 0)"));
        QCOMPARE(ivtest::runViewer({QStringLiteral("--diff"), a, dir.filePath(QStringLiteral("none.db"))}).exitCode, 2);
        QVERIFY(ivtest::fileState(a) == beforeA);
        QVERIFY(ivtest::fileState(b) == beforeB);
    }

    // No markup, ever: texts with tags, an RTL override and an ANSI escape show literally (and made visible).
    // The findings are written by hand (100,000 and more), in exactly the bytes QJsonDocument writes: read
    // back and written again by QJsonDocument, the report's JSON does not change by one byte; every kind of
    // field (null, empty, quotes, backslashes, control and non-ASCII characters, an unlisted count,
    // acknowledged).
    void jsonFindingsAreQtsOwnBytes()
    {
        ReviewReport r;
        r.identity.path = QStringLiteral("/tmp/x.db");
        r.integrity = {QStringLiteral("ok")};
        using S = ReviewFinding::Severity;
        r.findings.append({S::Error, QStringLiteral("personal-data-email"), QStringLiteral("E-Mail in t.c"),
                           QStringLiteral("t"), QStringLiteral("c"), 7, QStringLiteral("a***@example.org"),
                           QStringLiteral("Email address in t.c"), QStringLiteral("Shop"),
                           QStringLiteral("orders")});
        r.findings.append({S::Warning, QString(), QString(), QString(), QString(), -1, QString(), QString(),
                           QString(), QString()});
        r.findings.append({S::Error, QStringLiteral("x"),
                           QStringLiteral("quote \" back \\ tab\t nl\n \u0001 \u007f"), QStringLiteral(""),
                           QStringLiteral("Spalte \u00fc \u4e2d \U0001F600"), 0, QStringLiteral(""),
                           QString(), QStringLiteral("<b>&amp;</b>"), QStringLiteral("\u202e rlo")});
        ReviewFinding more{S::Error,
                           QStringLiteral("personal-data-name"),
                           QStringLiteral("m"),
                           QStringLiteral("t"),
                           QStringLiteral("c"),
                           -1,
                           QString(),
                           QString(),
                           QString(),
                           QString()};
        more.unlisted = 12345678901;
        r.findings.append(more);
        ReviewFinding acked{S::Warning, QStringLiteral("extra-table"), QStringLiteral("e"),
                            QStringLiteral("t")};
        acked.acknowledged = true;
        r.findings.append(acked);
        const QByteArray json = r.toJson();
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        QVERIFY(doc.isObject());
        QCOMPARE(json, doc.toJson(QJsonDocument::Indented));
        const QJsonArray list = doc.object().value(QStringLiteral("findings")).toArray();
        QCOMPARE(list.size(), 5);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Email address in t.c"));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("row")).toInteger(), 7);
        QVERIFY(list.at(1).toObject().value(QStringLiteral("table")).isNull());
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("code")).toString(), QStringLiteral(""));
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("column")).toString(),
                 QStringLiteral("Spalte \u00fc \u4e2d \U0001F600"));
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("table")).toString(), QStringLiteral(""));
        QCOMPARE(list.at(3).toObject().value(QStringLiteral("unlisted")).toInteger(), 12345678901);
        QCOMPARE(list.at(4).toObject().value(QStringLiteral("acknowledged")).toBool(), true);
        QVERIFY(!list.at(4).toObject().contains(QStringLiteral("sample")));

        // A real review with many findings: the same.
        QTemporaryDir dir;
        const QString path = build(dir, QStringLiteral("many.db"), {QStringLiteral("review_personal.sql")});
        ReviewReport real = SnapshotReviewer::review(path);
        SnapshotReviewer::locate(real);
        QVERIFY(real.findings.size() > 5);
        const QByteArray realJson = real.toJson();
        QCOMPARE(realJson, QJsonDocument::fromJson(realJson).toJson(QJsonDocument::Indented));
    }

    void markupIsText()
    {
        QTemporaryDir dir;
        const QString m = ivtest::buildDatabase(dir, QStringLiteral("markup.db"),
                                                {QStringLiteral("schema.sql"), QStringLiteral("markup.sql")});
        const QString a = build(dir, QStringLiteral("a.db"), {});
        const auto review = ivtest::runViewer({QStringLiteral("--review"), m});
        QCOMPARE(review.exitCode, 0);
        QVERIFY(review.out.contains("    <b>Bold</b> & <i>co</i>\n"));
        const auto diff = ivtest::runViewer({QStringLiteral("--diff"), a, m});
        QCOMPARE(diff.exitCode, 1);
        QVERIFY(diff.out.contains("<script>alert(1)</script> orders?"));
        QVERIFY(diff.out.contains("Invoice \\u202efdp.exe"));
        QVERIFY(!diff.out.contains("\xe2\x80\xae")); // no raw U+202E
        QVERIFY(!diff.out.contains('\x1b'));         // no raw ESC
        const auto json = ivtest::runViewer({QStringLiteral("--diff"), a, m, QStringLiteral("--json")});
        QVERIFY(json.out.contains("<script>alert(1)</script> orders?"));
        QVERIFY(json.out.contains("\\u001b[31mred") || !json.out.contains('\x1b'));
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
