// SPDX-License-Identifier: MIT
// insights-viewer --history: the table, --json (values equal to each file's own --dump-json, the exact shape,
// skipped files with reasons), --export-charts and bad input (exit 2, the path named).
#include "historysites.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

using namespace ivtest;

class TestHistoryCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_cache;

private slots:
    void initTestCase()
    {
        // The index cache goes to a folder of the test's own, never the user's.
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cache.path()));
        const QDateTime t0 = QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc());
        buildSite(m_dir, QStringLiteral("z.db"),
                  {QStringLiteral("2026-01-01 04:00:00"), 1000, 12.5, QString(), QString()}, t0.addDays(3));
        buildSite(m_dir, QStringLiteral("y.db"),
                  {QStringLiteral("2026-02-01 04:00:00"), 1050, 12.0, QString(), QString()}, t0.addDays(2));
        buildSite(
            m_dir, QStringLiteral("x.db"),
            {QStringLiteral("2026-03-01 04:00:00"), 1300, 10.0, QString(),
             QStringLiteral(
                 "INSERT INTO insights_gauge (id, created_at, label, question, \"desc\", value, app_id) "
                 "VALUES (2, '2026-03-01 04:00:00', 'ratio', NULL, NULL, 0.75, "
                 "'22222222222222222222222222222222');")},
            t0.addDays(1));
        buildDatabase(m_dir, QStringLiteral("weather.db"),
                      {QStringLiteral("schema.sql"), QStringLiteral("history_foreign.sql")});
        QFile corrupt(m_dir.filePath(QStringLiteral("corrupt.db")));
        QVERIFY(corrupt.open(QIODevice::WriteOnly));
        corrupt.write(QByteArray(2048, 'x'));
    }

    void jsonEqualsEachFilesDump()
    {
        const RunResult r = runViewer({QStringLiteral("--history"), QStringLiteral("--json"), m_dir.path()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.keys(), (QStringList{QStringLiteral("series"), QStringLiteral("skipped"),
                                           QStringLiteral("snapshots")}));
        const QJsonArray snapshots = root.value(QStringLiteral("snapshots")).toArray();
        QCOMPARE(snapshots.size(), 3);
        QStringList names;
        for (const QJsonValue &s : snapshots)
            names << QFileInfo(s.toObject().value(QStringLiteral("path")).toString()).fileName();
        QCOMPARE(names,
                 (QStringList{QStringLiteral("z.db"), QStringLiteral("y.db"), QStringLiteral("x.db")}));
        QCOMPARE(snapshots.at(1).toObject().value(QStringLiteral("sha256")).toString().toLatin1(),
                 sha256(m_dir.filePath(QStringLiteral("y.db"))));
        QCOMPARE(snapshots.at(2).toObject().value(QStringLiteral("collected_at")).toString(),
                 QStringLiteral("2026-03-01T04:00:00Z"));

        // Every counter and gauge of every file's --dump-json is a point of its series, with the same JSON
        // value.
        QHash<QString, QJsonObject> series;
        for (const QJsonValue &s : root.value(QStringLiteral("series")).toArray())
            series.insert(s.toObject().value(QStringLiteral("kind")).toString() + QLatin1Char('/') +
                              s.toObject().value(QStringLiteral("label")).toString(),
                          s.toObject());
        QCOMPARE(series.size(), 4);
        int compared = 0;
        for (int i = 0; i < snapshots.size(); ++i) {
            const QString path = snapshots.at(i).toObject().value(QStringLiteral("path")).toString();
            const RunResult dump = runViewer({QStringLiteral("--dump-json"), path});
            QCOMPARE(dump.exitCode, 0);
            const QJsonObject file = QJsonDocument::fromJson(dump.out).object();
            for (const QJsonValue &app : file.value(QStringLiteral("apps")).toArray())
                for (const QJsonValue &qv : app.toObject().value(QStringLiteral("questions")).toArray()) {
                    const QJsonObject q = qv.toObject();
                    const QString kind = q.value(QStringLiteral("kind")).toString();
                    if (kind != QLatin1String("counter") && kind != QLatin1String("gauge"))
                        continue;
                    const QJsonObject s =
                        series.value(kind + QLatin1Char('/') + q.value(QStringLiteral("label")).toString());
                    QCOMPARE(s.value(QStringLiteral("app")).toString(),
                             app.toObject().value(QStringLiteral("module")).toString());
                    QJsonValue found;
                    for (const QJsonValue &p : s.value(QStringLiteral("points")).toArray())
                        if (p.toObject().value(QStringLiteral("snapshot")).toInt() == i)
                            found = p.toObject().value(QStringLiteral("value"));
                    QCOMPARE(found, q.value(QStringLiteral("value")));
                    ++compared;
                }
        }
        QCOMPARE(compared, 3 + 3 + 4);
        const QJsonArray skipped = root.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 2);
        QCOMPARE(QFileInfo(skipped.at(0).toObject().value(QStringLiteral("path")).toString()).fileName(),
                 QStringLiteral("corrupt.db"));
        QVERIFY(!skipped.at(0).toObject().value(QStringLiteral("reason")).toString().isEmpty());
        QCOMPARE(skipped.at(1).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("another site (apps weather.insights)"));
        // Nothing was written beside the snapshots; the cache went to XDG_CACHE_HOME.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files).size(), 5);
        QVERIFY(!QDir(m_cache.path() + QStringLiteral("/insights-viewer/history"))
                     .entryList(QDir::Files)
                     .isEmpty());
    }

    void tableShowsLatestAndChanges()
    {
        const RunResult r = runViewer({QStringLiteral("--history"), m_dir.path()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(
                     QStringLiteral("3 snapshots, collected 2026-01-01 04:00 UTC to 2026-03-01 04:00 UTC")),
                 qPrintable(out));
        QString orders;
        QString ratio;
        for (const QString &line : out.split(QLatin1Char('\n'))) {
            if (line.contains(QStringLiteral(" orders ")))
                orders = line.simplified();
            if (line.contains(QStringLiteral(" ratio ")))
                ratio = line.simplified();
        }
        QCOMPARE(orders, QStringLiteral("Shop orders counter 1,300 +250 (+23.8 %) +300 (+30.0 %)"));
        QCOMPARE(ratio, QStringLiteral("blog.insights ratio gauge 0.75 - -"));
        QVERIFY(out.contains(QStringLiteral("corrupt.db: ")));
        QVERIFY(out.contains(QStringLiteral("weather.db: another site (apps weather.insights)")));
    }

    // The table is for people: numbers, changes and percentages in the UI language's format, as --list.
    void tableNumbersInTheReadersFormat()
    {
        const RunResult r = runViewer(
            {QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--history"), m_dir.path()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QString orders;
        QString basket;
        for (const QString &line : QString::fromUtf8(r.out).split(QLatin1Char('\n'))) {
            if (line.contains(QStringLiteral(" orders ")))
                orders = line.simplified();
            if (line.contains(QStringLiteral(" basket ")))
                basket = line.simplified();
        }
        QCOMPARE(orders, QStringLiteral("Shop orders counter 1.300 +250 (+23,8 %) +300 (+30,0 %)"));
        QCOMPARE(basket, QStringLiteral("Shop basket gauge 10 -2 (-16,7 %) -2,5 (-20,0 %)"));
    }

    void exportsOneTrendChartPerCounterAndGauge()
    {
        QTemporaryDir out;
        const QString dir = out.filePath(QStringLiteral("charts"));
        const RunResult r =
            runViewer({QStringLiteral("--export-charts"), dir, QStringLiteral("--history"), m_dir.path()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList{QStringLiteral("basket.png"), QStringLiteral("orders.png"),
                                     QStringLiteral("posts.png"), QStringLiteral("ratio.png")}));
        const QImage image(QDir(dir).filePath(QStringLiteral("orders.png")));
        QCOMPARE(image.size(), QSize(8 * 180, 4 * 180));
    }

    // How a history accumulates: the bookstore example collected three times into one folder (--output-dir),
    // one more author each time. The history holds the three collections in the order they were made, each
    // series point equal to its file's own --dump-json.
    void historyOfRepeatedCollects()
    {
        QTemporaryDir work;
        const QString example =
            QDir::cleanPath(QStringLiteral(IV_TEST_DATA_DIR "/../../examples/bookstore/bookstore.insights.json"));
        const QString source = work.filePath(QStringLiteral("source.sql"));
        QVERIFY(QFile::copy(QFileInfo(example).absoluteDir().filePath(QStringLiteral("source.sql")), source));
        QFile::setPermissions(source, QFile::ReadOwner | QFile::WriteOwner);
        qputenv("BOOKSTORE_DB", QFile::encodeName(source));
        const QString folder = work.filePath(QStringLiteral("history"));
        QVERIFY(QDir().mkpath(folder));
        QList<qint64> expected;
        for (int run = 0; run < 3; ++run) {
            if (run > 0) {
                QFile f(source);
                QVERIFY(f.open(QIODevice::Append));
                f.write(QStringLiteral("\nINSERT INTO testapp_author VALUES (%1, '2026-01-0%2 10:00:00', "
                                       "'2026-01-0%2 10:00:00', 1, 'New Author %2', 40);\n")
                            .arg(9000 + run)
                            .arg(run)
                            .toUtf8());
                QThread::msleep(1100); // a new second: a new file name and collection time
            }
            const RunResult r = runViewer({QStringLiteral("--collect"), example, QStringLiteral("--output-dir"),
                                           folder, QStringLiteral("--keep"), QStringLiteral("3")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        qunsetenv("BOOKSTORE_DB");
        const RunResult r = runViewer({QStringLiteral("--history"), QStringLiteral("--json"), folder});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        const QJsonArray snapshots = root.value(QStringLiteral("snapshots")).toArray();
        QCOMPARE(snapshots.size(), 3);
        QVERIFY(root.value(QStringLiteral("skipped")).toArray().isEmpty());
        QJsonArray authors;
        for (const QJsonValue &s : root.value(QStringLiteral("series")).toArray())
            if (s.toObject().value(QStringLiteral("label")).toString() == QLatin1String("count_authors"))
                authors = s.toObject().value(QStringLiteral("points")).toArray();
        QCOMPARE(authors.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QString path = snapshots.at(i).toObject().value(QStringLiteral("path")).toString();
            const RunResult dump = runViewer({QStringLiteral("--dump-json"), path});
            QCOMPARE(dump.exitCode, 0);
            qint64 fileValue = -1;
            for (const QJsonValue &app : QJsonDocument::fromJson(dump.out).object().value(QStringLiteral("apps")).toArray())
                for (const QJsonValue &q : app.toObject().value(QStringLiteral("questions")).toArray())
                    if (q.toObject().value(QStringLiteral("label")).toString() == QLatin1String("count_authors"))
                        fileValue = q.toObject().value(QStringLiteral("value")).toInteger();
            QCOMPARE(authors.at(i).toObject().value(QStringLiteral("snapshot")).toInt(), i);
            QCOMPARE(authors.at(i).toObject().value(QStringLiteral("value")).toInteger(), fileValue);
            if (i > 0) {
                QCOMPARE(fileValue, expected.constLast() + 1); // one more author each collection
                QVERIFY(snapshots.at(i).toObject().value(QStringLiteral("collected_at")).toString() >
                        snapshots.at(i - 1).toObject().value(QStringLiteral("collected_at")).toString());
            }
            expected << fileValue;
        }
    }

    void badInputExitsTwoNamingThePath()
    {
        const QString missing = m_dir.filePath(QStringLiteral("nowhere"));
        RunResult r = runViewer({QStringLiteral("--history"), missing});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(missing.toUtf8()), r.err.constData());
        r = runViewer({QStringLiteral("--history")});
        QCOMPARE(r.exitCode, 2);
        r = runViewer({QStringLiteral("--history"), QStringLiteral("--diff"), m_dir.path()});
        QCOMPARE(r.exitCode, 2);
        r = runViewer({QStringLiteral("--history"), m_dir.filePath(QStringLiteral("corrupt.db"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("corrupt.db"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestHistoryCommand)
#include "tst_historycommand.moc"
