// SPDX-License-Identifier: MIT
// The bookstore example against a real PostgreSQL (a private cluster started by the ctest fixture
// collect_pg_start, data loaded from testapp.db): the same values and text timestamps as upstream's
// insights.db; writes through the sql provider are refused by the server.
#include "collectcompare.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

class TestCollectPg : public QObject
{
    Q_OBJECT

    QString m_url = qEnvironmentVariable("IV_PG_URL");

    static QString example()
    {
        return QDir::cleanPath(QStringLiteral(IV_TEST_DATA_DIR "/../../examples/bookstore/bookstore.insights.json"));
    }

private slots:
    void initTestCase() { QVERIFY2(!m_url.isEmpty(), "IV_PG_URL is set by the ctest fixture"); }

    void sameAsUpstream()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("pg.db"));
        const auto run = ivtest::runViewer({QStringLiteral("--collect"), example(), QStringLiteral("--source"),
                                            QStringLiteral("default=") + m_url, QStringLiteral("--output"), out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.contains("(postgresql, read-only)"));
        QCOMPARE(ivtest::snapshotLines(out),
                 ivtest::snapshotLines(ivtest::fixturePath(QStringLiteral("bookstore/insights.db"))));
        QCOMPARE(ivtest::schemaLines(out),
                 ivtest::schemaLines(ivtest::fixturePath(QStringLiteral("bookstore/insights.db"))));
    }

    void sameInAnotherTimeZone()
    {
        // Naive timestamps stay naive UTC whatever the viewer's own zone is.
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("pg.db"));
        qputenv("TZ", "America/New_York");
        const auto run = ivtest::runViewer({QStringLiteral("--collect"), example(), QStringLiteral("--source"),
                                            QStringLiteral("default=") + m_url, QStringLiteral("--output"), out});
        qunsetenv("TZ");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString sql = QStringLiteral("SELECT timestamp FROM insights_bucketvalue WHERE timestamp IS NOT NULL ORDER BY id");
        const QStringList got = ivtest::queryLines(out, sql);
        QCOMPARE(got.size(), 132);
        QCOMPARE(got, ivtest::queryLines(ivtest::fixturePath(QStringLiteral("bookstore/insights.db")), sql));
    }

    void writesAreRefused()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("write.json"));
        QFile f(project);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"output": "out.db", "sources": {"default": "unused.db"},
                    "apps": [{"module": "m", "metrics": [
                      {"kind": "counter", "label": "evil", "sql": "DELETE FROM testapp_book"}]}]})");
        f.close();
        const auto run = ivtest::runViewer({QStringLiteral("--collect"), project, QStringLiteral("--source"),
                                            QStringLiteral("default=") + m_url});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("metric \"evil\"") && run.err.contains("cannot execute DELETE in a read-only transaction"),
                 run.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("out.db"))));
        // The data is still all there (counted through the same example, which must still say 5000 books).
        const QString out = dir.filePath(QStringLiteral("after.db"));
        const auto again = ivtest::runViewer({QStringLiteral("--collect"), example(), QStringLiteral("--source"),
                                              QStringLiteral("default=") + m_url, QStringLiteral("--output"), out});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(ivtest::queryLines(out, QStringLiteral("SELECT value FROM insights_counter WHERE label = 'count_books'")),
                 QStringList{QStringLiteral("'5000'")});
    }
};

QTEST_GUILESS_MAIN(TestCollectPg)
#include "tst_collect_pg.moc"
