// SPDX-License-Identifier: MIT
// Budgets on hostile files (built here from SQL): huge labels and categories, thousands of scatter
// categories, values at ±1.7e308, unusable date formats, long CJK labels, corrupt buckets, a 20,000-character
// title and the largest counter. Exports run as whole processes; the time bounds are hang guards only (the
// measured numbers are in docs/PERFORMANCE.md, "Budgets").
#include "chartbuilder.h"
#include "chartrenderer.h"
#include "mainwindow.h"
#include "questionpage.h"
#include "testsupport.h"
#include "textbudget.h"
#include "timestamp.h"
#include "valuecard.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QScatterSeries>
#include <QScreen>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QValueAxis>

#include <functional>
#include <memory>

using namespace iv;

namespace {

const QString kApp = QStringLiteral(
    "INSERT INTO insights_app (uuid, module, label) VALUES ('11111111111111111111111111111111', 'hostile', "
    "'Hostile');\n");

QString bucketSql(int id, const QString &labelSql, int type,
                  const QString &xformatSql = QStringLiteral("NULL"),
                  const QString &questionSql = QStringLiteral("'Question?'"))
{
    return QStringLiteral(
               "INSERT INTO insights_bucket (id, created_at, label, question, \"desc\", type, xlabel, "
               "xformat, ylabel, yformat, title, app_id) VALUES (%1, '2026-01-01 00:00:00', %2, %3, "
               "NULL, %4, 'x', %5, 'y', NULL, NULL, '11111111111111111111111111111111');\n")
        .arg(id)
        .arg(labelSql, questionSql)
        .arg(type)
        .arg(xformatSql);
}

struct Run
{
    int exitCode = -1;
    qint64 ms = 0;
    QByteArray err;
};

// The viewer as a whole process, killed after 60 s. IV_BUDGETS_VIEWER runs another build (to see a test fail
// on the code before a fix).
Run runViewer(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(env);
    const QString viewer = qEnvironmentVariable("IV_BUDGETS_VIEWER", QStringLiteral(IV_VIEWER_BINARY));
    QElapsedTimer timer;
    timer.start();
    p.start(viewer, args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.exitCode = -2;
    } else {
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    r.ms = timer.elapsed();
    r.err = p.readAllStandardError();
    return r;
}

// Distinct colours in the middle of an image (the plot area of a chart), at most 64 counted.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    const QRect plot(image.width() / 5, image.height() / 5, image.width() * 3 / 5, image.height() * 3 / 5);
    for (int y = plot.top(); y <= plot.bottom() && colours.size() < 64; y += 2)
        for (int x = plot.left(); x <= plot.right() && colours.size() < 64; x += 2)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

// Pixels close to the light theme's primary colour (#2563EB): drawn points or bars.
// Pixels in a marker colour: saturated (scatter categories take palette colours, not only the primary).
int markerPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()}) > 80;
        }
    return n;
}

int primaryPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += std::abs(c.red() - 0x25) < 24 && std::abs(c.green() - 0x63) < 24 &&
                 std::abs(c.blue() - 0xEB) < 24;
        }
    return n;
}

QGraphicsSimpleTextItem *footNote(QChart *chart)
{
    const QList<QGraphicsItem *> items = chart->childItems();
    for (QGraphicsItem *item : items)
        if (item->data(0).toString() == QLatin1String("iv_footnote"))
            return static_cast<QGraphicsSimpleTextItem *>(item);
    return nullptr;
}

Question scatterQuestion()
{
    Question q;
    q.kind = MetricKind::Scatterplot;
    q.bucketType = 3;
    q.label = QStringLiteral("scatter");
    q.xlabel = QStringLiteral("x");
    q.ylabel = QStringLiteral("y");
    return q;
}

void addPoint(BucketValues &v, double x, double y, const QString &category)
{
    v.ids << v.size() + 1;
    v.timestamps << Timestamp::Invalid;
    v.x << x;
    v.y << y;
    v.categoryIndex << (category.isNull() ? -1 : v.internCategory(category));
}

} // namespace

class TestBudgets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_schema;

    QString database(const QString &name, const QString &sql)
    {
        return ivtest::buildDatabaseFromSql(m_dir, name + QStringLiteral(".db"), m_schema + kApp + sql);
    }

    // --export-charts of db as PNG at 60 dpi: exits 0 within the hang guard and every PNG has a plot.
    QStringList exportCharts(const QString &db, const QString &name)
    {
        const QString out = m_dir.filePath(name);
        const Run r = runViewer(
            {QStringLiteral("--export-charts"), out, QStringLiteral("--dpi"), QStringLiteral("60"), db});
        [&] {
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.ms < 20000, qPrintable(QString::number(r.ms)));
        }();
        QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
        for (QString &f : files)
            f = QDir(out).filePath(f);
        return files;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_schema = ivtest::readText(ivtest::dataPath(QStringLiteral("schema.sql"))) + QLatin1Char('\n');
    }

    // One category of 100,000 characters in a barchart, an hbarchart and a scatterplot's legend (was 31 s and
    // 9.8 GB).
    void hugeCategoryExportsFast()
    {
        const QString db = database(
            QStringLiteral("cat100k"),
            bucketSql(1, QStringLiteral("'bars'"), 4) + bucketSql(2, QStringLiteral("'hbars'"), 5) +
                bucketSql(3, QStringLiteral("'scatter'"), 3) +
                QStringLiteral(
                    "INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) "
                    "SELECT NULL, 5, 1, replace(hex(zeroblob(50000)), '0', 'W'), b FROM (SELECT 1 AS b "
                    "UNION SELECT 2 UNION SELECT 3);\n"
                    "INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) "
                    "SELECT NULL, 3, 2, 'short', b FROM (SELECT 1 AS b UNION SELECT 2 UNION SELECT 3);"));
        const QStringList files = exportCharts(db, QStringLiteral("cat100k"));
        QCOMPARE(files.size(), 3);
        for (const QString &f : files) {
            const QImage image(f);
            QVERIFY2(distinctColours(image) > 3, qPrintable(f));
            QVERIFY2(markerPixels(image) > 5, qPrintable(f));
        }
    }

    // A 1 MB question, axis titles and category (was std::bad_alloc or 22 s and 8 GB).
    void megabyteLabelsExportFast()
    {
        const QString mb = QStringLiteral("replace(hex(zeroblob(524288)), '0', '%1')");
        const QString db = database(
            QStringLiteral("label1m"),
            QStringLiteral(
                "INSERT INTO insights_bucket (id, created_at, label, question, \"desc\", type, xlabel, "
                "xformat, ylabel, yformat, title, app_id) SELECT 1, '2026-01-01 00:00:00', 'big', %1, "
                "%2, 4, %3, NULL, %4, NULL, %1, '11111111111111111111111111111111';\n"
                "INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) "
                "VALUES (NULL, 5, 1, %5, 1), (NULL, 3, 1, 'short', 1);")
                .arg(mb.arg(QLatin1Char('Q')), mb.arg(QLatin1Char('D')), mb.arg(QLatin1Char('X')),
                     mb.arg(QLatin1Char('Y')), mb.arg(QLatin1Char('C'))));
        const QStringList files = exportCharts(db, QStringLiteral("label1m"));
        QCOMPARE(files.size(), 1);
        QVERIFY(primaryPixels(QImage(files.first())) > 50);
        const Run report =
            runViewer({QStringLiteral("--export-report"), m_dir.filePath(QStringLiteral("l.pdf")), db});
        QCOMPARE(report.exitCode, 0);
        QVERIFY2(report.ms < 20000, qPrintable(QString::number(report.ms)));
    }

    // Scatterplots with 5,000 and 20,000 categories (was 204 s, and past 15 GB).
    void manyScatterCategoriesExportFast_data()
    {
        QTest::addColumn<int>("categories");
        QTest::newRow("5000") << 5000;
        QTest::newRow("20000") << 20000;
    }
    void manyScatterCategoriesExportFast()
    {
        QFETCH(int, categories);
        const QString db = database(
            QStringLiteral("scatter%1").arg(categories),
            bucketSql(1, QStringLiteral("'scatter'"), 3) +
                QStringLiteral(
                    "WITH RECURSIVE i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i WHERE n + 1 < 2 * %1) "
                    "INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) "
                    "SELECT NULL, (n * 7919) % 1000, n % 977, printf('category %05d', n % %1), 1 FROM i;")
                    .arg(categories));
        const QStringList files = exportCharts(db, QStringLiteral("scatter%1").arg(categories));
        QCOMPARE(files.size(), 1);
        QVERIFY(distinctColours(QImage(files.first())) > 3);
    }

    // In the chart: at most kMaxScatterSeries series, the smallest categories in "Others (N)", no point lost.
    void scatterFoldsSmallCategories()
    {
        BucketValues v;
        for (int i = 0; i < 5000; ++i) // category 0 has 5 points, 1..4 four points, the rest one each
            addPoint(v, i, i % 97, QStringLiteral("c%1").arg(i < 5000 - 16 ? i % 5000 : 0));
        for (int i = 0; i < 4; ++i)
            for (int c = 1; c <= 4; ++c)
                addPoint(v, 10 * c, i, QStringLiteral("c%1").arg(c));
        ChartNotes notes;
        std::unique_ptr<QChart> chart(ChartBuilder::build(scatterQuestion(), v, ChartStyle::light(), &notes));
        QVERIFY(chart);
        const QList<QAbstractSeries *> series = chart->series();
        QCOMPARE(series.size(), ChartBuilder::kMaxScatterSeries);
        QCOMPARE(series.first()->name(), QStringLiteral("c0"));
        QCOMPARE(series.last()->name(), QStringLiteral("Others (%1)").arg(v.categories.size() - 19));
        QVERIFY2(
            notes.message.contains(
                QStringLiteral("%1 of %2 categories").arg(v.categories.size() - 19).arg(v.categories.size())),
            qPrintable(notes.message));
        QCOMPARE(notes.plotted, v.size());
    }

    // A histogram of 20,000 bins is drawn as at most kMaxHistogramBins bars of adjacent bins, total kept.
    void histogramMergesAdjacentBins()
    {
        BucketValues v;
        double total = 0;
        for (int i = 0; i < 20000; ++i) {
            addPoint(v, i % 50, 19999 - i, QString()); // bins given in descending order
            total += i % 50;
        }
        Question q;
        q.kind = MetricKind::Histogram;
        q.bucketType = 2;
        q.label = QStringLiteral("histo");
        ChartNotes notes;
        std::unique_ptr<QChart> chart(ChartBuilder::build(q, v, ChartStyle::light(), &notes));
        auto *bars = qobject_cast<QBarSeries *>(chart->series().first());
        QVERIFY(bars);
        QBarSet *set = bars->barSets().first();
        QCOMPARE(set->count(), ChartBuilder::kMaxHistogramBins);
        double sum = 0;
        for (int i = 0; i < set->count(); ++i)
            sum += set->at(i);
        QCOMPARE(sum, total);
        // Bin 0 (yvalue 0) first: the first bar sums yvalues 0..99, i.e. i = 19999..19900.
        double first = 0;
        for (int i = 19900; i < 20000; ++i)
            first += i % 50;
        QCOMPARE(set->at(0), first);
        QVERIFY2(notes.message.contains(QLatin1String("20000 bins drawn as 200 bars")),
                 qPrintable(notes.message));
    }

    // Labels and titles drawn within their budgets, whatever their size; the full text stays in the data.
    void chartTextWithinBudgets()
    {
        BucketValues v;
        addPoint(v, 1, 2, QString(100000, QLatin1Char('W')));
        addPoint(v, 3, 4, QStringLiteral("short"));
        Question q = scatterQuestion();
        q.title = QString(1 << 20, QLatin1Char('T'));
        q.xlabel = QString(1 << 20, QLatin1Char('X'));
        std::unique_ptr<QChart> chart(ChartBuilder::build(q, v, ChartStyle::light()));
        QVERIFY(chart);
        QCOMPARE(chart->title().size(), TextBudget::kTitleChars);
        QCOMPARE(chart->series().first()->name().size(), TextBudget::kCategoryChars);
        for (QAbstractAxis *axis : chart->axes())
            QVERIFY(axis->titleText().size() <= TextBudget::kAxisTitleChars);
        q.kind = MetricKind::Barchart;
        q.bucketType = 4;
        chart.reset(ChartBuilder::build(q, v, ChartStyle::light()));
        auto *categories = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).first());
        QVERIFY(categories);
        for (const QString &c : categories->categories())
            QVERIFY(c.size() <= TextBudget::kCategoryChars);
        QCOMPARE(v.categories.first().size(), 100000); // the data keeps every character
    }

    // Finite values at ±1.7e308: placed when one axis can hold them, else a note on the chart says how many
    // are left out and why.
    void extremeValuesAreDrawnOrNoted()
    {
        BucketValues big;
        addPoint(big, 0, 0, QStringLiteral("a"));
        addPoint(big, 1.7e308, 1.7e308, QStringLiteral("a"));
        ChartNotes notes;
        std::unique_ptr<QChart> chart(
            ChartBuilder::build(scatterQuestion(), big, ChartStyle::light(), &notes));
        auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).first());
        QVERIFY(y && std::isfinite(y->max()) && y->max() >= 1.7e308 && y->min() <= 0);
        QVERIFY2(!notes.message.contains(QLatin1String("not drawn")), qPrintable(notes.message));
        QVERIFY(!footNote(chart.get()));

        BucketValues both = big;
        addPoint(both, -1.7e308, -1.7e308, QStringLiteral("a"));
        addPoint(both, 5, 7, QStringLiteral("a"));
        notes = ChartNotes();
        chart.reset(ChartBuilder::build(scatterQuestion(), both, ChartStyle::light(), &notes));
        y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).first());
        QVERIFY(y);
        QVERIFY2(std::isfinite(y->max() - y->min()) && y->min() <= 0 && y->max() >= 5,
                 qPrintable(QStringLiteral("%1 %2").arg(y->min()).arg(y->max())));
        QVERIFY2(notes.message.contains(QLatin1String("2 point(s) not drawn")), qPrintable(notes.message));
        QGraphicsSimpleTextItem *note = footNote(chart.get());
        QVERIFY(note);
        QVERIFY(note->isVisible());

        // Exported: the two placeable points are drawn (the file used to have an empty plot).
        const QString db = database(
            QStringLiteral("huge"),
            bucketSql(1, QStringLiteral("'scatter'"), 3) +
                QStringLiteral(
                    "INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) "
                    "VALUES (NULL, 1.7e308, -1.7e308, 'a', 1), (NULL, -1.7e308, 1.7e308, 'a', 1), "
                    "(NULL, 1, 2, 'a', 1), (NULL, 5, 7, 'a', 1);"));
        const QStringList files = exportCharts(db, QStringLiteral("huge"));
        QCOMPARE(files.size(), 1);
        QVERIFY(markerPixels(QImage(files.first())) > 20);
    }

    // An xformat of 120+ characters (or one rendering nothing) never labels the time axis: never a blank PNG.
    void unusableDateFormatFallsBack()
    {
        const QString db = database(
            QStringLiteral("xformat"),
            bucketSql(1, QStringLiteral("'daily'"), 1,
                      QStringLiteral("printf('%%Y-%%m-%%d %s', replace(hex(zeroblob(60)), '0', 'ab'))")) +
                QStringLiteral(
                    "WITH RECURSIVE i(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM i WHERE n < 99) "
                    "INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) "
                    "SELECT datetime('2025-01-01', '+' || n || ' days'), n % 17, 0, NULL, 1 FROM i;"));
        const QStringList files = exportCharts(db, QStringLiteral("xformat"));
        QCOMPARE(files.size(), 1);
        const QImage image(files.first());
        QVERIFY(distinctColours(image) > 3);
        QVERIFY(primaryPixels(image) > 50);
    }

    // --export-data with a 200-character CJK label (600 bytes): names cut to NAME_MAX, still unique.
    void cjkLabelFileNames()
    {
        const QString cjk = QStringLiteral("replace(hex(zeroblob(100)), '0', '漢')");
        const QString db = database(
            QStringLiteral("cjk"),
            bucketSql(1, cjk + QStringLiteral(" || 'a'"), 4) +
                bucketSql(2, cjk + QStringLiteral(" || 'b'"), 4) +
                QStringLiteral(
                    "INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) "
                    "VALUES (NULL, 1, 0, 'a', 1), (NULL, 2, 0, 'b', 2);"));
        for (const QString &cmd : {QStringLiteral("--export-data"), QStringLiteral("--export-charts")}) {
            const QString out = m_dir.filePath(QStringLiteral("cjk") + cmd);
            const Run r = runViewer({cmd, out, db});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QStringList names = QDir(out).entryList(QDir::Files);
            QCOMPARE(names.size(), 2);
            for (const QString &name : names)
                QVERIFY(name.toUtf8().size() <= 255 && name.startsWith(QString(40, QChar(0x6F22))));
        }
    }

    // A bucket whose values cannot be read: --export-report fails like --export-charts (exit 2, file named).
    void corruptBucketFailsEveryExport()
    {
        const QString db =
            database(QStringLiteral("corrupt"),
                     bucketSql(1, QStringLiteral("'bars'"), 4) +
                         QStringLiteral("INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, "
                                        "category, bucket_id) VALUES (NULL, 1, 0, 'a', 1);"));
        int rootPage = 0;
        {
            // The table's root page (read with the test's own connection, then overwritten with junk).
            QProcess sqlite;
            sqlite.start(QStringLiteral("sqlite3"),
                         {db, QStringLiteral(
                                  "SELECT rootpage FROM sqlite_master WHERE name = 'insights_bucketvalue'")});
            QVERIFY(sqlite.waitForFinished(10000));
            rootPage = sqlite.readAllStandardOutput().trimmed().toInt();
        }
        QVERIFY(rootPage > 1);
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(qint64(rootPage - 1) * 4096));
        f.write(QByteArray(4096, '\xEE'));
        f.close();
        QVERIFY(runViewer({QStringLiteral("--list"), db}).exitCode == 0); // the catalogue still reads

        const QString pdf = m_dir.filePath(QStringLiteral("corrupt.pdf"));
        const Run report = runViewer({QStringLiteral("--export-report"), pdf, db});
        QCOMPARE(report.exitCode, 2);
        QVERIFY2(report.err.contains("insights-viewer: " + db.toUtf8()), report.err.constData());
        QVERIFY(!QFileInfo::exists(pdf));
        const Run charts =
            runViewer({QStringLiteral("--export-charts"), m_dir.filePath(QStringLiteral("corrupt")), db});
        QCOMPARE(charts.exitCode, 2);
        QVERIFY2(charts.err.contains(db.toUtf8()), charts.err.constData());
    }

    // The question page of 1 MB labels: the tree, the table header and the table cells hold budgeted text
    // (each paint used to lay out megabytes: 9.8 s to show the page), the data keeps all of it.
    void megabyteLabelsPageIsFast()
    {
        const QString mb = QStringLiteral("replace(hex(zeroblob(524288)), '0', '%1')");
        const QString db = database(
            QStringLiteral("label1m-page"),
            QStringLiteral(
                "INSERT INTO insights_bucket (id, created_at, label, question, \"desc\", type, xlabel, "
                "xformat, ylabel, yformat, title, app_id) SELECT 1, '2026-01-01 00:00:00', 'big', %1, "
                "%2, 4, %3, NULL, %4, NULL, NULL, '11111111111111111111111111111111';\n"
                "INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) "
                "VALUES (NULL, 5, 1, %5, 1), (NULL, 3, 1, 'short', 1);")
                .arg(mb.arg(QLatin1Char('Q')), mb.arg(QLatin1Char('D')), mb.arg(QLatin1Char('X')),
                     mb.arg(QLatin1Char('Y')), mb.arg(QLatin1Char('C'))));
        MainWindow w;
        w.resize(1000, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(w.openFile(db));
        QSignalSpy ready(w.questionPage(), &QuestionPage::ready);
        QVERIFY(w.select(QStringLiteral("big")));
        QVERIFY(ready.wait(20000));
        w.grab();
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed()))); // hang guard
        const QAbstractItemModel *table = w.questionPage()->tableView()->model();
        for (int c = 0; c < table->columnCount(); ++c)
            QVERIFY(table->headerData(c, Qt::Horizontal).toString().size() <=
                    TextBudget::kAxisTitleChars + 20);
        bool cellFound = false;
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < table->columnCount(); ++c) {
                const QString text = table->index(r, c).data().toString();
                QVERIFY(text.size() <= TextBudget::kDescriptionChars);
                cellFound = cellFound || text.startsWith(QLatin1String("CCCC"));
            }
        QVERIFY(cellFound);
        std::function<void(const QAbstractItemModel *, const QModelIndex &)> walk =
            [&walk](const QAbstractItemModel *m, const QModelIndex &parent) {
                for (int r = 0; r < m->rowCount(parent); ++r) {
                    const QModelIndex i = m->index(r, 0, parent);
                    QVERIFY(i.data().toString().size() <= TextBudget::kTitleChars);
                    walk(m, i);
                }
            };
        walk(w.findChild<QTreeView *>()->model(), QModelIndex());
    }

    // A 20,000-character title and description: the window never grows past the screen.
    void longTitleKeepsTheWindowOnScreen()
    {
        const QString db = database(
            QStringLiteral("title20k"),
            QStringLiteral(
                "INSERT INTO insights_bucket (id, created_at, label, question, \"desc\", type, xlabel, "
                "xformat, ylabel, yformat, title, app_id) SELECT 1, '2026-01-01 00:00:00', 'wide', "
                "replace(hex(zeroblob(10000)), '0', 'T'), replace(hex(zeroblob(10000)), '0', 'D'), 4, 'x', "
                "NULL, 'y', NULL, NULL, '11111111111111111111111111111111';\n"
                "INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id) VALUES "
                "(NULL, 1, 0, 'a', 1);"));
        MainWindow w;
        const QRect screen = w.screen()->availableGeometry();
        w.resize(std::min(1000, screen.width()), std::min(700, screen.height()));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(db));
        QSignalSpy ready(w.questionPage(), &QuestionPage::ready);
        QVERIFY(w.select(QStringLiteral("wide")));
        QVERIFY(ready.wait(10000));
        QTest::qWait(50);
        QApplication::processEvents();
        QVERIFY2(w.width() <= screen.width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(w.width()).arg(screen.width())));
        QVERIFY(w.minimumSizeHint().width() <= screen.width());
        // The full title is in the heading's tooltip.
        bool found = false;
        for (QLabel *l : w.questionPage()->findChildren<QLabel *>())
            found = found || (l->text().startsWith(QLatin1String("TTTT")) &&
                              l->toolTip().contains(QString(20000, QLatin1Char('T'))));
        QVERIFY(found);
    }

    // The largest counter fits its card; the exact value is its tooltip.
    void largestCounterFitsItsCard()
    {
        Question q;
        q.kind = MetricKind::Counter;
        q.label = QStringLiteral("max");
        q.question = QStringLiteral("Largest?");
        q.intValue = std::numeric_limits<qint64>::max();
        q.value = double(q.intValue);
        q.valueValid = true;
        q.valueIsInteger = true;
        ValueCard card(q);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        auto *value = card.findChild<QLabel *>(QStringLiteral("value"));
        QVERIFY(value);
        const qreal needed = QFontMetricsF(value->font()).horizontalAdvance(value->text());
        QVERIFY2(needed <= value->contentsRect().width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(needed).arg(value->contentsRect().width())));
        QCOMPARE(value->text(), QStringLiteral("9,223,372,036,854,775,807"));
        QVERIFY(value->toolTip().contains(QStringLiteral("9,223,372,036,854,775,807")));
    }
};

QTEST_MAIN(TestBudgets)
#include "tst_budgets.moc"
