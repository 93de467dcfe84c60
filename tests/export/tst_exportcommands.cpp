// SPDX-License-Identifier: MIT
// The --export-* commands as whole processes, on a database built from tests/data (no fixtures needed).
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestExportCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_source; // the snapshot alone: fileState() also compares its neighbours
    QTemporaryDir m_dir;    // outputs
    QString m_db;

    static QStringList entries(const QString &dir) { return QDir(dir).entryList(QDir::Files, QDir::Name); }

private slots:
    void initTestCase()
    {
        m_db = ivtest::buildDatabase(m_source, QStringLiteral("basic.db"),
                                     {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
    }

    void chartsAllBuckets()
    {
        const ivtest::FileState before = ivtest::fileState(m_db);
        const QString out = m_dir.filePath(QStringLiteral("charts/nested"));
        const auto r = ivtest::runViewer(
            {QStringLiteral("--export-charts"), out, QStringLiteral("--dpi"), QStringLiteral("50"), m_db});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(entries(out), (QStringList{QStringLiteral("bars.png"), QStringLiteral("daily.png"),
                                            QStringLiteral("hbar.png"), QStringLiteral("histo.png"),
                                            QStringLiteral("scatter.png")}));
        QCOMPARE(QImageReader(QDir(out).filePath(QStringLiteral("daily.png"))).size(), QSize(400, 200));
        QVERIFY(ivtest::fileState(m_db) == before);
    }

    void chartsQuestionSelectsSvg()
    {
        const QString out = m_dir.filePath(QStringLiteral("svg"));
        const auto r = ivtest::runViewer(
            {QStringLiteral("--export-charts"), out, QStringLiteral("--format"), QStringLiteral("svg"),
             QStringLiteral("--question"), QStringLiteral("scatter"), QStringLiteral("--question"),
             QStringLiteral("bars"), QStringLiteral("--theme"), QStringLiteral("dark"), m_db});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(entries(out), (QStringList{QStringLiteral("bars.svg"), QStringLiteral("scatter.svg")}));
    }

    // Buckets spanning 0 to 5e-324 (and other hostile spans, tests/data/fuzz-regressions): every chart and
    // the report are written well within the time limit. The tick step once looped about 2^31 times here.
    void hostileSpansExportWithoutHanging()
    {
        QTemporaryDir source;
        const QString db = ivtest::buildDatabaseFromSql(
            source, QStringLiteral("subnormal.db"),
            ivtest::readText(ivtest::dataPath(QStringLiteral("fuzz-regressions/bucket-subnormal-span.sql"))));
        const QString out = m_dir.filePath(QStringLiteral("subnormal"));
        const auto charts = ivtest::runViewer(
            {QStringLiteral("--export-charts"), out, QStringLiteral("--dpi"), QStringLiteral("50"), db},
            60000);
        QCOMPARE(charts.exitCode, 0);
        QCOMPARE(entries(out).size(), 9);
        const QString pdf = m_dir.filePath(QStringLiteral("subnormal.pdf"));
        const auto report = ivtest::runViewer({QStringLiteral("--export-report"), pdf, db}, 60000);
        QCOMPARE(report.exitCode, 0);
        QVERIFY(QFileInfo(pdf).size() > 0);
    }

    void unknownQuestion()
    {
        const auto r =
            ivtest::runViewer({QStringLiteral("--export-charts"), m_dir.filePath(QStringLiteral("u")),
                               QStringLiteral("--question"), QStringLiteral("nope"), m_db});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("nope") && r.err.contains("basic.db"), r.err.constData());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("u"))));
    }

    void badDirectory()
    {
        // A regular file where DIR should be, and a directory under it.
        const QString file = m_dir.filePath(QStringLiteral("plain.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        for (const QString &dir : {file, file + QStringLiteral("/sub")}) {
            for (const QString &cmd : {QStringLiteral("--export-charts"), QStringLiteral("--export-data")}) {
                const auto r = ivtest::runViewer({cmd, dir, m_db});
                QCOMPARE(r.exitCode, 2);
                QVERIFY2(r.err.contains(dir.toUtf8()), r.err.constData());
            }
        }
    }

    void badFile()
    {
        const QString junk = m_dir.filePath(QStringLiteral("junk.db"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not sqlite at all, not even close............................................");
        f.close();
        for (const QString &cmd : {QStringLiteral("--export-charts"), QStringLiteral("--export-data"),
                                   QStringLiteral("--export-report")}) {
            const QString target = cmd == QLatin1String("--export-report")
                                       ? m_dir.filePath(QStringLiteral("r.pdf"))
                                       : m_dir.filePath(QStringLiteral("bad-out"));
            for (const QString &input : {junk, m_dir.filePath(QStringLiteral("missing.db"))}) {
                const auto r = ivtest::runViewer({cmd, target, input});
                QCOMPARE(r.exitCode, 2);
                QVERIFY2(r.err.contains(input.toUtf8()), r.err.constData());
            }
        }
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("r.pdf"))));
    }

    void badOptions()
    {
        const QString out = m_dir.filePath(QStringLiteral("opts"));
        QCOMPARE(ivtest::runViewer({QStringLiteral("--export-charts"), out, QStringLiteral("--format"),
                                    QStringLiteral("gif"), m_db})
                     .exitCode,
                 2);
        QCOMPARE(ivtest::runViewer({QStringLiteral("--export-charts"), out, QStringLiteral("--dpi"),
                                    QStringLiteral("0"), m_db})
                     .exitCode,
                 2);
        QCOMPARE(ivtest::runViewer({QStringLiteral("--export-charts"), out, QStringLiteral("--size"),
                                    QStringLiteral("huge"), m_db})
                     .exitCode,
                 2);
        QCOMPARE(ivtest::runViewer({QStringLiteral("--export-data"), out, QStringLiteral("--format"),
                                    QStringLiteral("png"), m_db})
                     .exitCode,
                 2);
    }

    void dataCsvAndNdjson()
    {
        const QString out = m_dir.filePath(QStringLiteral("data"));
        auto r = ivtest::runViewer({QStringLiteral("--export-data"), out, m_db});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(entries(out).size(), 5);
        QCOMPARE(
            ivtest::readText(QDir(out).filePath(QStringLiteral("hbar.csv"))),
            QStringLiteral(
                "id,timestamp,Units,y,category\r\n1,,30,30,Apples\r\n2,,20,20,Pears\r\n3,,10,10,Plums\r\n"));
        r = ivtest::runViewer({QStringLiteral("--export-data"), out, QStringLiteral("--format"),
                               QStringLiteral("ndjson"), QStringLiteral("--question"), QStringLiteral("bars"),
                               m_db});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            ivtest::readText(QDir(out).filePath(QStringLiteral("bars.ndjson"))),
            QStringLiteral(
                "{\"bucket\":\"bars\",\"id\":11,\"timestamp\":null,\"x\":12,\"y\":0,\"category\":\"qt\"}\n"
                "{\"bucket\":\"bars\",\"id\":12,\"timestamp\":null,\"x\":8,\"y\":0,\"category\":\"sql\"}\n"));
    }

    // The report holds every question of basic.sql (written out here from the SQL, not from the code).
    void reportHasEveryQuestion()
    {
        const ivtest::FileState before = ivtest::fileState(m_db);
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        const auto r = ivtest::runViewer({QStringLiteral("--export-report"), pdf, m_db});
        QCOMPARE(r.exitCode, 0);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString text =
            QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
        const QStringList expected = {QStringLiteral("How many orders?"),
                                      QStringLiteral("posts"),
                                      QStringLiteral("Average basket?"),
                                      QStringLiteral("Top products?"),
                                      QStringLiteral("Orders per day?"),
                                      QStringLiteral("Price vs size?"),
                                      QStringLiteral("Posts per tag?"),
                                      QStringLiteral("Length histogram?"),
                                      QStringLiteral("Shop"),
                                      QStringLiteral("blog.insights"),
                                      QStringLiteral("basic.db")};
        for (QString e : expected)
            QVERIFY2(text.contains(e.remove(QLatin1Char(' '))), qPrintable(e));
        QVERIFY(text.contains(QString::fromLatin1(ivtest::sha256(m_db))));
        QVERIFY(ivtest::fileState(m_db) == before);
    }
};

QTEST_GUILESS_MAIN(TestExportCommands)
#include "tst_exportcommands.moc"
