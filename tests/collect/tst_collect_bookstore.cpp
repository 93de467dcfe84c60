// SPDX-License-Identifier: MIT
// The bookstore example against upstream's own data: the same apps, 13 metrics and values as the insights.db
// that upstream's collect_insights produced from testapp.db, the schema byte for byte, sources untouched.
#include "collectcompare.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

class TestCollectBookstore : public QObject
{
    Q_OBJECT

    static QString example()
    {
        return QDir::cleanPath(QStringLiteral(IV_TEST_DATA_DIR "/../../examples/bookstore/bookstore.insights.json"));
    }

private slots:
    void sameAsUpstream()
    {
        QTemporaryDir dir;
        const QString testapp = ivtest::fixturePath(QStringLiteral("bookstore/testapp.db"));
        const QString expected = ivtest::fixturePath(QStringLiteral("bookstore/insights.db"));
        const QString out = dir.filePath(QStringLiteral("out.db"));
        const ivtest::FileState sourceBefore = ivtest::fileState(testapp);
        QElapsedTimer timer;
        timer.start();
        const auto run = ivtest::runViewer({QStringLiteral("--collect"), example(), QStringLiteral("--source"),
                                            QStringLiteral("default=") + testapp, QStringLiteral("--output"), out});
        qInfo("collect took %lld ms as a whole process", static_cast<long long>(timer.elapsed()));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, (out + QLatin1Char('\n')).toUtf8());
        QVERIFY(run.err.contains("[13/13]"));

        const QStringList got = ivtest::snapshotLines(out);
        const QStringList want = ivtest::snapshotLines(expected);
        QCOMPARE(want.size(), 2 + 8 + 1 + 4 + 121 + 11 + 80 + 2); // apps, counters, gauge, buckets, values
        QCOMPARE(got, want);
        // A few known values, spelled out (fixtures README).
        QVERIFY(got.contains(QStringLiteral("'counter'|'project.testapp.insights'|'count_authors_without_books'|"
                                            "'Authors without books?'|NULL|'164'|'integer'")));
        QVERIFY(got.contains(QStringLiteral("'gauge'|'project.testapp.insights'|'avg_books_per_author'|"
                                            "'Average book(s) per author?'|NULL|2.5|'real'")));
        QVERIFY(got.contains(QStringLiteral("'value'|'num_of_books_per_year'|'2016-01-01 00:00:00'|37|0|NULL|'real'")));

        QCOMPARE(ivtest::schemaLines(out), ivtest::schemaLines(expected));
        QCOMPARE(ivtest::queryLines(out, QStringLiteral("SELECT id, app, name FROM django_migrations")),
                 QStringList{QStringLiteral("'1'|'insights'|'0001_initial'")});
        // Django's text form with microseconds for created_at; one executiondelta row per collect.
        const QStringList created = ivtest::queryLines(out, QStringLiteral("SELECT created_at FROM insights_counter "
                                                                           "UNION ALL SELECT executed_at FROM "
                                                                           "insights_executiondelta"));
        QCOMPARE(created.size(), 9);
        const QRegularExpression django(QStringLiteral("^'\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?'$"));
        for (const QString &c : created)
            QVERIFY2(django.match(c).hasMatch(), qPrintable(c));
        QCOMPARE(ivtest::queryLines(out, QStringLiteral("SELECT count(*), length(uuid) FROM insights_executiondelta")),
                 QStringList{QStringLiteral("'1'|'32'")});

        // The source: same bytes, same mtime, no sidecar files; nothing left beside the output.
        QVERIFY(ivtest::fileState(testapp) == sourceBefore);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("out.db")});
    }

    void failingMetricKeepsOutput()
    {
        // The same project with one metric's SQL broken: exit 1, message names provider/metric/db error, the
        // previous output stays byte-identical and no temporary file remains.
        QTemporaryDir dir;
        QString text = ivtest::readText(example());
        text.replace(QStringLiteral("SELECT count(*) FROM users_appuser"), QStringLiteral("SELECT count(*) FROM no_such_table"));
        const QString project = dir.filePath(QStringLiteral("broken.json"));
        // The example keeps some queries in queries/*.sql beside it: they travel with the copy.
        const QDir queries(QFileInfo(example()).absoluteDir().filePath(QStringLiteral("queries")));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("queries")));
        const QStringList files = queries.entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QVERIFY(QFile::copy(queries.filePath(file), dir.filePath(QStringLiteral("queries/") + file)));
        QFile f(project);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        f.close();
        const QString out = ivtest::copyFile(ivtest::fixturePath(QStringLiteral("bookstore/insights.db")), dir,
                                             QStringLiteral("out.db"));
        const ivtest::FileState before = ivtest::fileState(out);
        const auto run = ivtest::runViewer({QStringLiteral("--collect"), project, QStringLiteral("--source"),
                                            QStringLiteral("default=") + ivtest::fixturePath(QStringLiteral("bookstore/testapp.db")),
                                            QStringLiteral("--output"), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("provider \"sql\", metric \"count_app_users\" (source \"default\"): no such table: "
                                  "no_such_table"),
                 run.err.constData());
        QVERIFY(ivtest::fileState(out) == before);
    }
};

QTEST_GUILESS_MAIN(TestCollectBookstore)
#include "tst_collect_bookstore.moc"
