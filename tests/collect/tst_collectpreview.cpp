// SPDX-License-Identifier: MIT
// Authoring a collect project: queries in .sql files (also per engine) or as arrays of lines, the limits on
// those files, --preview LABEL (rows and what would be stored, nothing written anywhere), SQL script sources
// (loaded into a scratch database, which may not reach outside it), and the bookstore example running from a
// plain source tree, its values checked against the raw rows of its own source.sql.
#include "collectcompare.h"
#include "collectpreview.h"
#include "collectproject.h"
#include "sqlscript.h"
#include "sqlsource.h"
#include "testsupport.h"
#include "timestamp.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

QString exampleDir()
{
    return QDir::cleanPath(QStringLiteral(IV_TEST_DATA_DIR "/../../examples/bookstore"));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(bytes);
}

// Every file and folder under dir (relative paths, sorted), with size and mtime: "nothing changed here".
QStringList listing(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        out << QStringLiteral("%1 %2 %3")
                   .arg(QDir(dir).relativeFilePath(info.filePath()))
                   .arg(info.size())
                   .arg(info.lastModified().toMSecsSinceEpoch());
    }
    out.sort();
    return out;
}

// A copy of the bookstore example (project, source.sql, queries/) in dir.
void copyExample(const QString &dir)
{
    QDirIterator it(exampleDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = QDir(dir).filePath(QDir(exampleDir()).relativeFilePath(from));
        QDir().mkpath(QFileInfo(to).absolutePath());
        QVERIFY(QFile::copy(from, to));
    }
}

} // namespace

class TestCollectPreview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString
        m_sourceDb; // the example's source.sql built into a database, for the tests' own reference queries

    // A project in dir with one app of these metrics on source "default" = the built example data.
    QString project(const QString &dir, const QJsonArray &metrics, const QString &source = QString())
    {
        const QJsonObject root{
            {QStringLiteral("output"), QStringLiteral("out.db")},
            {QStringLiteral("sources"),
             QJsonObject{{QStringLiteral("default"), source.isEmpty() ? m_sourceDb : source}}},
            {QStringLiteral("apps"),
             QJsonArray{QJsonObject{{QStringLiteral("module"), QStringLiteral("t.insights")},
                                    {QStringLiteral("metrics"), metrics}}}}};
        const QString path = QDir(dir).filePath(QStringLiteral("project.json"));
        writeFile(path, QJsonDocument(root).toJson());
        return path;
    }

    static QJsonObject metric(const QString &kind, const QString &label, const QString &key,
                              const QJsonValue &value)
    {
        return {{QStringLiteral("kind"), kind}, {QStringLiteral("label"), label}, {key, value}};
    }

    // Rows of a reference query on the example data (through the read-only source).
    QList<QVariantList> reference(const QString &sql)
    {
        iv::SqlSource source(QStringLiteral("reference"), m_sourceDb);
        QList<QVariantList> rows;
        QString error;
        if (!source.select(sql, &rows, &error))
            qWarning("%s", qPrintable(error));
        return rows;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_sourceDb = m_dir.filePath(QStringLiteral("example-source.sqlite3"));
        QVERIFY2(iv::SqlScript::createDatabase(
                     m_sourceDb, ivtest::readText(exampleDir() + QStringLiteral("/source.sql")), &error),
                 qPrintable(error));
    }

    void sqlAsLinesAndFiles()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("queries/books.sql")),
                  "-- all books\nSELECT count(*)\n  FROM testapp_book\n");
        writeFile(dir.filePath(QStringLiteral("queries/pg.sql")), "SELECT 1");
        const QJsonArray metrics{
            metric(QStringLiteral("counter"), QStringLiteral("lines"), QStringLiteral("sql"),
                   QJsonArray{QStringLiteral("SELECT count(*)"), QStringLiteral("  FROM testapp_author")}),
            metric(QStringLiteral("counter"), QStringLiteral("file"), QStringLiteral("sqlFile"),
                   QStringLiteral("queries/books.sql")),
            metric(QStringLiteral("counter"), QStringLiteral("per_engine"), QStringLiteral("sqlFile"),
                   QJsonObject{{QStringLiteral("sqlite"), QStringLiteral("queries/books.sql")},
                               {QStringLiteral("postgresql"), QStringLiteral("queries/pg.sql")}}),
            metric(QStringLiteral("counter"), QStringLiteral("lines_per_engine"), QStringLiteral("sql"),
                   QJsonObject{{QStringLiteral("sqlite"),
                                QJsonArray{QStringLiteral("SELECT"), QStringLiteral("2")}}})};
        QString error;
        const auto p = iv::CollectProject::load(project(dir.path(), metrics), {}, {}, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->sqlMetrics.size(), 4);
        QCOMPARE(p->sqlMetrics.at(0).sql.value(QString()),
                 QStringLiteral("SELECT count(*)\n  FROM testapp_author"));
        QCOMPARE(p->sqlMetrics.at(1).sql.value(QString()),
                 QStringLiteral("-- all books\nSELECT count(*)\n  FROM testapp_book\n"));
        const QString booksFile =
            QFileInfo(dir.filePath(QStringLiteral("queries/books.sql"))).canonicalFilePath();
        QCOMPARE(p->sqlMetrics.at(1).sqlFiles.value(QString()), booksFile);
        QCOMPARE(p->sqlMetrics.at(2).sql.value(QStringLiteral("postgresql")), QStringLiteral("SELECT 1"));
        QCOMPARE(p->sqlMetrics.at(2).sqlFiles.value(QStringLiteral("sqlite")), booksFile);
        QCOMPARE(p->sqlMetrics.at(3).sql.value(QStringLiteral("sqlite")), QStringLiteral("SELECT\n2"));

        // The preview runs the file's query: 80 books in the example data.
        const iv::CollectPreview preview = iv::CollectPreview::run(*p, QStringLiteral("file"));
        QCOMPARE(int(preview.status), int(iv::CollectPreview::Status::Ok));
        QCOMPARE(preview.sqlFile, booksFile);
        QCOMPARE(preview.storedRows(), QStringList{QStringLiteral("'file' | 80")});

        // Editing a query file is new content: the project's hash (the GUI's "run this?" memory) changes.
        const QByteArray before = p->sha256;
        writeFile(dir.filePath(QStringLiteral("queries/books.sql")),
                  "SELECT count(*) FROM testapp_book WHERE 0");
        const auto edited = iv::CollectProject::load(project(dir.path(), metrics), {}, {}, &error);
        QVERIFY2(edited, qPrintable(error));
        QVERIFY(edited->sha256 != before);
    }

    void sqlFileErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << QStringLiteral("queries/missing.sql") << QStringLiteral("no such file");
        QTest::newRow("folder") << QStringLiteral("queries") << QStringLiteral("not a regular file");
        QTest::newRow("fifo") << QStringLiteral("queries/fifo.sql") << QStringLiteral("not a regular file");
        QTest::newRow("huge") << QStringLiteral("queries/huge.sql") << QStringLiteral("larger than 1024 KiB");
        QTest::newRow("empty") << QStringLiteral("queries/empty.sql")
                               << QStringLiteral("the file holds no SQL");
        QTest::newRow("not utf-8") << QStringLiteral("queries/latin1.sql")
                                   << QStringLiteral("not UTF-8 text");
        QTest::newRow("outside") << QStringLiteral("../outside.sql")
                                 << QStringLiteral("outside the project's folder");
        QTest::newRow("link outside")
            << QStringLiteral("queries/link.sql") << QStringLiteral("outside the project's folder");
    }

    void sqlFileErrors()
    {
        QFETCH(QString, file);
        QFETCH(QString, reason);
        QTemporaryDir outer;
        const QString dir = outer.filePath(QStringLiteral("project"));
        writeFile(outer.filePath(QStringLiteral("outside.sql")), "SELECT 1");
        writeFile(QDir(dir).filePath(QStringLiteral("queries/huge.sql")),
                  "SELECT 1 -- " + QByteArray(1024 * 1024, 'x') + '\n');
        writeFile(QDir(dir).filePath(QStringLiteral("queries/empty.sql")), " \n\t\n");
        writeFile(QDir(dir).filePath(QStringLiteral("queries/latin1.sql")), "SELECT 'caf\xe9'");
        QVERIFY(
            ::mkfifo(QFile::encodeName(QDir(dir).filePath(QStringLiteral("queries/fifo.sql"))).constData(),
                     0600) == 0);
        QVERIFY(QFile::link(outer.filePath(QStringLiteral("outside.sql")),
                            QDir(dir).filePath(QStringLiteral("queries/link.sql"))));
        const QString path = project(
            dir, {metric(QStringLiteral("counter"), QStringLiteral("n"), QStringLiteral("sqlFile"), file)});
        QString error;
        QVERIFY(!iv::CollectProject::load(path, {}, {}, &error));
        // The message names the project file, the metric and the file as the project wrote it, then the
        // reason.
        QVERIFY2(error.startsWith(path +
                                  QStringLiteral(": apps[0].metrics[0] (\"n\"): sqlFile \"%1\": ").arg(file)),
                 qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        // And the command line says so with exit 2.
        const auto run = ivtest::runViewer(
            {QStringLiteral("--collect"), path, QStringLiteral("--preview"), QStringLiteral("n")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("insights-viewer: " + path.toUtf8()), run.err.constData());
    }

    void sqlAndSqlFileExcludeEachOther()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("a.sql")), "SELECT 1");
        QJsonObject m = metric(QStringLiteral("counter"), QStringLiteral("n"), QStringLiteral("sqlFile"),
                               QStringLiteral("a.sql"));
        m.insert(QStringLiteral("sql"), QStringLiteral("SELECT 2"));
        QString error;
        QVERIFY(!iv::CollectProject::load(project(dir.path(), {m}), {}, {}, &error));
        QVERIFY2(error.endsWith(
                     QStringLiteral("apps[0].metrics[0] (\"n\"): give \"sql\" or \"sqlFile\", not both")),
                 qPrintable(error));
    }

    void previewWritesNothing()
    {
        // From a copy of the example: exit 0, the query rows and the bucket rows on stdout; afterwards the
        // project's folder (also the output's folder) and the temporary folder are exactly as before.
        QTemporaryDir dir;
        QTemporaryDir tmp;
        copyExample(dir.path());
        const QString projectPath = dir.filePath(QStringLiteral("bookstore.insights.json"));
        const QStringList before = listing(dir.path());
        const QByteArray oldTmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(tmp.path()));
        const auto run =
            ivtest::runViewer({QStringLiteral("--collect"), projectPath, QStringLiteral("--preview"),
                               QStringLiteral("author_gender_vs_num_of_books")});
        const auto counter =
            ivtest::runViewer({QStringLiteral("--collect"), projectPath, QStringLiteral("--preview"),
                               QStringLiteral("count_authors_without_books")});
        const auto month =
            ivtest::runViewer({QStringLiteral("--collect"), projectPath, QStringLiteral("--preview"),
                               QStringLiteral("num_of_books_per_month")});
        qputenv("TMPDIR", oldTmp);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(listing(dir.path()), before);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("bookstore.insights.db"))));
        QCOMPARE(listing(tmp.path()), QStringList());

        // The expected rows, from the raw authors and books in C++.
        const QList<QVariantList> books =
            reference(QStringLiteral("SELECT author_id, created FROM testapp_book"));
        const QList<QVariantList> authors =
            reference(QStringLiteral("SELECT id, gender FROM testapp_author"));
        QCOMPARE(books.size(), 80);
        QMap<qlonglong, qlonglong> genderOf;
        QMap<qlonglong, int> booksByGender;
        QMap<qlonglong, int> booksByAuthor;
        for (const QVariantList &a : authors)
            genderOf.insert(a.at(0).toLongLong(), a.at(1).toLongLong());
        QMap<QString, int> perMonth;
        for (const QVariantList &b : books) {
            ++booksByGender[genderOf.value(b.at(0).toLongLong())];
            ++booksByAuthor[b.at(0).toLongLong()];
            ++perMonth[b.at(1).toString().left(7) + QStringLiteral("-01 00:00:00")];
        }
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.startsWith(
                     QStringLiteral("metric \"author_gender_vs_num_of_books\" (barchart, app "
                                    "project.testapp.insights), source \"default\" (sqlite, read-only)\n"
                                    "sql: inline\nquery rows: 2\n  %1 | 1 | 'Male'\n  %2 | 2 | 'Female'\n"
                                    "insights_bucketvalue rows: 2 (timestamp | xvalue | yvalue | category)\n"
                                    "  NULL | %1 | 1 | 'Male'\n  NULL | %2 | 2 | 'Female'\n")
                         .arg(booksByGender.value(1))
                         .arg(booksByGender.value(2))),
                 qPrintable(out));
        QVERIFY(out.endsWith(QStringLiteral("nothing written\n")));
        QVERIFY(booksByGender.value(1) + booksByGender.value(2) == 80);

        QVERIFY2(counter.exitCode == 0, counter.err.constData());
        QVERIFY2(counter.out.contains(QStringLiteral("insights_counter rows: 1 (label | value)\n"
                                                     "  'count_authors_without_books' | %1\n")
                                          .arg(authors.size() - booksByAuthor.size())
                                          .toUtf8()),
                 counter.out.constData());

        QVERIFY2(month.exitCode == 0, month.err.constData());
        QVERIFY2(month.out.contains(
                     "sql: " + QFileInfo(dir.filePath(QStringLiteral("queries/books_per_month.sqlite.sql")))
                                   .canonicalFilePath()
                                   .toUtf8()),
                 month.out.constData());
        QString stored;
        for (auto it = perMonth.begin(); it != perMonth.end(); ++it)
            stored += QStringLiteral("  '%1' | %2 | 0 | NULL\n").arg(it.key()).arg(it.value());
        QVERIFY2(
            month.out.contains(
                QStringLiteral("insights_bucketvalue rows: %1 (timestamp | xvalue | yvalue | category)\n")
                    .arg(perMonth.size())
                    .toUtf8() +
                stored.toUtf8()),
            month.out.constData());
    }

    void previewUnknownLabel()
    {
        QTemporaryDir dir;
        copyExample(dir.path());
        const auto run = ivtest::runViewer({QStringLiteral("--collect"),
                                            dir.filePath(QStringLiteral("bookstore.insights.json")),
                                            QStringLiteral("--preview"), QStringLiteral("no_such_metric")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("insights-viewer: "), run.err.constData());
        QVERIFY2(run.err.contains("no sql metric labelled \"no_such_metric\""), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("bookstore.insights.db"))));
    }

    void previewFailedQuery()
    {
        // A query that fails: exit 1, the database's own message, nothing written.
        QTemporaryDir dir;
        const QString path = project(
            dir.path(), {metric(QStringLiteral("counter"), QStringLiteral("bad"), QStringLiteral("sql"),
                                QStringLiteral("SELECT count(*) FROM no_such_table"))});
        const auto run = ivtest::runViewer(
            {QStringLiteral("--collect"), path, QStringLiteral("--preview"), QStringLiteral("bad")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("metric \"bad\" (source \"default\"): no such table: no_such_table"),
                 run.err.constData());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("project.json")});
    }

    void scriptSourceCannotReachOut_data()
    {
        QTest::addColumn<QString>("script");
        QTest::newRow("attach") << QStringLiteral(
            "CREATE TABLE t (x); ATTACH '%1' AS o; CREATE TABLE o.t (x);");
        QTest::newRow("vacuum into") << QStringLiteral("CREATE TABLE t (x); VACUUM INTO '%1';");
        QTest::newRow("pragma") << QStringLiteral("PRAGMA journal_mode = WAL; CREATE TABLE t (x); -- %1");
    }

    void scriptSourceCannotReachOut()
    {
        // A .sql source is run into a fresh scratch database; it may not open, attach or write another file.
        QFETCH(QString, script);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("escaped.db"));
        writeFile(dir.filePath(QStringLiteral("source.sql")), script.arg(target).toUtf8());
        const QString path =
            project(dir.path(),
                    {metric(QStringLiteral("counter"), QStringLiteral("n"), QStringLiteral("sql"),
                            QStringLiteral("SELECT count(*) FROM t"))},
                    QStringLiteral("source.sql"));
        const auto run = ivtest::runViewer({QStringLiteral("--collect"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("source.sql: "), run.err.constData());
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out.db"))));
    }

    void exampleRunsFromTheSourceTree()
    {
        // The shipped example as a user runs it from a clone: no ../shared, no --source; its own source.sql.
        // The source tree's example folder is unchanged afterwards, and the values are those of its raw rows.
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("OUT.db"));
        const QStringList before = listing(exampleDir());
        QTemporaryDir tmp; // the script source's scratch folder goes here, and must be gone afterwards
        const QByteArray oldTmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(tmp.path()));
        const auto run = ivtest::runViewer({QStringLiteral("--collect"),
                                            exampleDir() + QStringLiteral("/bookstore.insights.json"),
                                            QStringLiteral("-o"), out});
        qputenv("TMPDIR", oldTmp);
        QCOMPARE(listing(tmp.path()), QStringList());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.contains("[13/13] sql: count_app_users"));
        QVERIFY2(run.err.contains("source.sql (sqlite, read-only)"), run.err.constData());
        QCOMPARE(listing(exampleDir()), before);

        const QList<QVariantList> books =
            reference(QStringLiteral("SELECT author_id, title, created FROM testapp_book"));
        const QList<QVariantList> authors = reference(QStringLiteral("SELECT id, name FROM testapp_author"));
        QMap<qlonglong, int> perAuthor;
        int longTitles = 0;
        QMap<QString, int> perYear;
        for (const QVariantList &b : books) {
            ++perAuthor[b.at(0).toLongLong()];
            longTitles += b.at(1).toString().size() > 20;
            ++perYear[b.at(2).toString().left(4) + QStringLiteral("-01-01 00:00:00")];
        }
        int twoOrMore = 0;
        for (int n : std::as_const(perAuthor))
            twoOrMore += n >= 2;
        const QStringList counters =
            ivtest::queryLines(out, QStringLiteral("SELECT label, value FROM insights_counter ORDER BY id"));
        QCOMPARE(counters.size(), 8);
        QCOMPARE(counters.at(0), QStringLiteral("'count_authors'|'%1'").arg(authors.size()));
        QCOMPARE(counters.at(1), QStringLiteral("'count_books'|'%1'").arg(books.size()));
        QCOMPARE(counters.at(2), QStringLiteral("'count_books_title_gt_20'|'%1'").arg(longTitles));
        QCOMPARE(counters.at(4),
                 QStringLiteral("'count_authors_with_two_or_more_books'|'%1'").arg(twoOrMore));
        QCOMPARE(counters.at(5),
                 QStringLiteral("'count_authors_without_books'|'%1'").arg(authors.size() - perAuthor.size()));
        QCOMPARE(ivtest::queryLines(out, QStringLiteral("SELECT value FROM insights_gauge")),
                 QStringList{QString::number(double(books.size()) / authors.size(), 'g', 17)});
        QStringList years;
        for (auto it = perYear.begin(); it != perYear.end(); ++it)
            years << QStringLiteral("'%1'|%2").arg(it.key()).arg(it.value());
        QCOMPARE(ivtest::queryLines(
                     out, QStringLiteral("SELECT v.timestamp, v.xvalue FROM insights_bucketvalue v JOIN "
                                         "insights_bucket b ON b.id = v.bucket_id WHERE b.label = "
                                         "'num_of_books_per_year' ORDER BY v.id")),
                 years);
    }

    void cookbookQuotesItsRecipes()
    {
        // docs/COLLECT.md quotes every tested recipe (its SQL without the comment lines) word for word.
        const QString doc = ivtest::readText(QStringLiteral(IV_TEST_DATA_DIR "/../../docs/COLLECT.md"));
        int recipes = 0;
        for (const QString engine : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
            const QDir dir(ivtest::dataPath(QStringLiteral("cookbook/") + engine));
            const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files);
            for (const QString &file : files) {
                QStringList body;
                const QStringList lines = ivtest::readText(dir.filePath(file)).split(QLatin1Char('\n'));
                for (const QString &line : lines)
                    if (!line.startsWith(QLatin1String("--")) && !line.isEmpty())
                        body << line;
                QVERIFY2(doc.contains(QStringLiteral("```sql\n") + body.join(QLatin1Char('\n')) +
                                      QStringLiteral("\n```")),
                         qPrintable(engine + QLatin1Char('/') + file));
                ++recipes;
            }
        }
        QCOMPARE(recipes, 20);
    }
};

QTEST_GUILESS_MAIN(TestCollectPreview)
#include "tst_collectpreview.moc"
