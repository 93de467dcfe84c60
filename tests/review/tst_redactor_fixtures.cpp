// SPDX-License-Identifier: MIT
// Redacted copies of real django-insights files: upstream's schema byte for byte (sqlite_master equal), the
// same apps, questions and values (--list and --dump-json's contents equal), the same review, the original
// untouched.
#include "redactor.h"
#include "snapshotreviewer.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace iv;

namespace {

QStringList schema(const QString &path)
{
    sqlite3 *db = nullptr;
    const QByteArray uri = "file:" + QFile::encodeName(path) + "?mode=ro&immutable=1";
    sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    sqlite3_stmt *st = nullptr;
    QStringList out;
    sqlite3_prepare_v2(
        db,
        "SELECT type || '|' || name || '|' || tbl_name || '|' || ifnull(sql, '') FROM sqlite_master "
        "ORDER BY rowid",
        -1, &st, nullptr);
    while (st && sqlite3_step(st) == SQLITE_ROW)
        out << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

QJsonObject withoutFile(const QByteArray &json)
{
    QJsonObject o = QJsonDocument::fromJson(json).object();
    for (const char *key : {"file", "path", "sha256", "size", "mtime"})
        o.remove(QLatin1String(key));
    return o;
}

} // namespace

class TestRedactorFixtures : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("names"); // person names the review finds (all of them categories of top_authors)
        QTest::newRow("insights") << QStringLiteral("bookstore/insights.db") << 0;
        QTest::newRow("all-kinds") << QStringLiteral("bookstore/insights-all-kinds.db") << 15;
    }

    void roundTrip()
    {
        QFETCH(QString, fixture);
        QFETCH(int, names);
        const QString path = ivtest::fixturePath(fixture);
        const ivtest::FileState before = ivtest::fileState(path);
        QTemporaryDir out;
        const QString copy = out.filePath(QStringLiteral("copy.db"));
        const RedactionResult result = Redactor::redact(path, copy);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(ivtest::fileState(path) == before);
        // Upstream's files hold no personal data but the author names of the all-kinds "top_authors" bars.
        QCOMPARE(result.changes.size(), names);
        for (const RedactionChange &c : result.changes) {
            QCOMPARE(c.table, QStringLiteral("insights_bucketvalue"));
            QCOMPARE(c.column, QStringLiteral("category"));
            QCOMPARE(c.code, QStringLiteral("personal-data-name"));
            QVERIFY2(c.replacement.startsWith(QStringLiteral("Person ")), qPrintable(c.replacement));
        }
        QCOMPARE(schema(copy), schema(path));
        QCOMPARE(ivtest::runViewer({QStringLiteral("--list"), copy}).out,
                 ivtest::runViewer({QStringLiteral("--list"), path}).out);
        const QJsonObject dumpCopy =
            withoutFile(ivtest::runViewer({QStringLiteral("--dump-json"), copy}).out);
        const QJsonObject dumpOriginal =
            withoutFile(ivtest::runViewer({QStringLiteral("--dump-json"), path}).out);
        QVERIFY(!dumpOriginal.isEmpty());
        if (names == 0)
            QCOMPARE(dumpCopy, dumpOriginal);
        else
            QCOMPARE(dumpCopy.keys(), dumpOriginal.keys());
        const ReviewReport a = SnapshotReviewer::review(path), b = SnapshotReviewer::review(copy);
        QCOMPARE(a.exitCode(), names == 0 ? 0 : 1);
        QCOMPARE(b.exitCode(), 0); // the copy reviews clean
        QCOMPARE(b.findings.size(), 0);
        QCOMPARE(b.apps, a.apps);
        QCOMPARE(b.questionsPerKind, a.questionsPerKind);
        QCOMPARE(b.bucketPoints, a.bucketPoints);
    }
};

QTEST_GUILESS_MAIN(TestRedactorFixtures)
#include "tst_redactor_fixtures.moc"
