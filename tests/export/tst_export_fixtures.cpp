// SPDX-License-Identifier: MIT
// Exports of upstream's own all-kinds fixture: CSV round-trips every bucket exactly (compared with the values
// read by SnapshotFile and, independently, by QSQLITE), the report holds every question, charts are 1440x720
// at 180 dpi, and the fixture is never changed.
#include "csvparse.h"
#include "snapshotfile.h"
#include "testsupport.h"

#include <QDir>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace iv;

class TestExportFixtures : public QObject
{
    Q_OBJECT

private:
    QString m_db = ivtest::fixturePath(QStringLiteral("bookstore/insights-all-kinds.db"));
    QTemporaryDir m_dir;

    static bool sameNumber(const QString &text, double expected)
    {
        if (std::isnan(expected))
            return text.isEmpty();
        bool ok = false;
        const double v = text.toDouble(&ok);
        return ok && v == expected && std::signbit(v) == std::signbit(expected);
    }

private slots:
    void csvRoundTripsEveryBucket()
    {
        const ivtest::FileState before = ivtest::fileState(m_db);
        const QString out = m_dir.filePath(QStringLiteral("csv"));
        const auto r = ivtest::runViewer({QStringLiteral("--export-data"), out, m_db});
        QCOMPARE(r.exitCode, 0);

        QString error;
        const auto snapshot = SnapshotFile::open(m_db, &error);
        QVERIFY(snapshot);
        const auto cat = snapshot->readCatalogue(&error);
        QVERIFY(cat);
        // An independent read of the raw rows.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("independent"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        int buckets = 0;
        for (const App &app : cat->apps) {
            for (const Question &q : app.questions) {
                if (!q.isBucket())
                    continue;
                ++buckets;
                const auto values = snapshot->loadBucketValues(q.id, &error);
                QVERIFY(values);
                bool ok = false;
                const QVector<QStringList> rows = ivtest::parseCsv(
                    ivtest::readText(QDir(out).filePath(q.label + QStringLiteral(".csv"))), &ok);
                QVERIFY2(ok, qPrintable(q.label));
                QCOMPARE(rows.size(), values->size() + 1);
                QSqlQuery query(db);
                query.setForwardOnly(true);
                QVERIFY(query.exec(
                    QStringLiteral("SELECT id, timestamp, xvalue, yvalue, category FROM insights_bucketvalue "
                                   "WHERE bucket_id = %1 ORDER BY id")
                        .arg(q.id)));
                for (int i = 0; i < values->size(); ++i) {
                    const QStringList &row = rows.at(i + 1);
                    QCOMPARE(row.size(), 5);
                    QCOMPARE(row.at(0).toLongLong(), values->ids.at(i));
                    QVERIFY2(sameNumber(row.at(2), values->x.at(i)),
                             qPrintable(q.label + row.join(QLatin1Char(','))));
                    QVERIFY2(sameNumber(row.at(3), values->y.at(i)),
                             qPrintable(q.label + row.join(QLatin1Char(','))));
                    QCOMPARE(row.at(4), values->categoryAt(i).isNull() ? QString() : values->categoryAt(i));
                    QVERIFY(query.next());
                    QCOMPARE(row.at(0).toLongLong(), query.value(0).toLongLong());
                    // Stored "YYYY-MM-DD HH:MM:SS[.ffffff]" → "YYYY-MM-DDTHH:MM:SS[.ffffff]Z".
                    const QString stored = query.value(1).toString();
                    QCOMPARE(row.at(1), stored.isEmpty()
                                            ? QString()
                                            : QString(stored).replace(QLatin1Char(' '), QLatin1Char('T')) +
                                                  QLatin1Char('Z'));
                    QVERIFY(sameNumber(row.at(2),
                                       query.value(2).isNull() ? std::nan("") : query.value(2).toDouble()));
                    QVERIFY(sameNumber(row.at(3),
                                       query.value(3).isNull() ? std::nan("") : query.value(3).toDouble()));
                    QCOMPARE(row.at(4), query.value(4).isNull() ? QString() : query.value(4).toString());
                }
                QVERIFY(!query.next());
            }
        }
        QCOMPARE(buckets, 9);
        db.close();
        QVERIFY(ivtest::fileState(m_db) == before);
    }

    void chartsAsUpstreamSizes()
    {
        const ivtest::FileState before = ivtest::fileState(m_db);
        const QString out = m_dir.filePath(QStringLiteral("png"));
        const auto r = ivtest::runViewer({QStringLiteral("--export-charts"), out, m_db});
        QCOMPARE(r.exitCode, 0);
        const QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
        QCOMPARE(
            files,
            (QStringList{QStringLiteral("author_age_vs_num_of_books.png"),
                         QStringLiteral("author_gender_vs_num_of_books.png"),
                         QStringLiteral("authors_per_decade.png"), QStringLiteral("books_per_day.png"),
                         QStringLiteral("books_per_week.png"), QStringLiteral("num_of_books_per_month.png"),
                         QStringLiteral("num_of_books_per_year.png"),
                         QStringLiteral("title_length_vs_age.png"), QStringLiteral("top_authors.png")}));
        for (const QString &f : files) {
            const QImage image(QDir(out).filePath(f));
            QCOMPARE(image.size(), QSize(1440, 720));
            QCOMPARE(image.dotsPerMeterX(), 7087); // 180 / 0.0254, rounded
        }
        QVERIFY(ivtest::fileState(m_db) == before);
    }

    void reportHasEveryQuestion()
    {
        const ivtest::FileState before = ivtest::fileState(m_db);
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        const auto r = ivtest::runViewer({QStringLiteral("--export-report"), pdf, m_db});
        QCOMPARE(r.exitCode, 0);
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString text =
            QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
        // Every question, independently from SQLite.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("report"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT coalesce(question, label) FROM insights_counter UNION ALL "
                                      "SELECT coalesce(question, label) FROM insights_gauge UNION ALL "
                                      "SELECT coalesce(question, label) FROM insights_bucket")));
        int n = 0;
        while (q.next()) {
            ++n;
            const QString question = q.value(0).toString().remove(QRegularExpression(QStringLiteral("\\s")));
            QVERIFY2(text.contains(question), qPrintable(question));
        }
        QCOMPARE(n, 21);
        QVERIFY(text.contains(QStringLiteral("Catalogue—Ünïcode&<b>HTML</b>")));
        QVERIFY(text.contains(QString::fromLatin1(ivtest::sha256(m_db))));
        q.finish();
        db.close();
        QVERIFY(ivtest::fileState(m_db) == before);
    }
};

QTEST_GUILESS_MAIN(TestExportFixtures)
#include "tst_export_fixtures.moc"
