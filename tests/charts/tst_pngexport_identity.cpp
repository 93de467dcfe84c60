// SPDX-License-Identifier: MIT
// Chart PNGs from the fast encoder hold exactly the rendered pixels: each chart of own SQL snapshots (every
// kind, hostile values, dark theme, odd sizes) decodes to the very image that was rendered and to what Qt's
// own PNG writer stores for it; the striped encoder gives the same bytes compressed in parallel or in turn;
// and --export-charts (rendering on the main thread, encoding on the thread pool) writes, chart for chart,
// the pixels of a sequential render in this process, with the DPI as metadata. Two processes sharing the
// charts (ChartQueue) write the very files one process writes, whichever process draws which chart. The
// exported pixels are those of the renderer at 280d68f (before the row deflate encoder), by digests of its
// files committed in tests/data/chart-pixels.txt; RowDeflate's streams inflate to their input.
#include "categorycolours.h"
#include "chartqueue.h"
#include "chartrenderer.h"
#include "chartstyle.h"
#include "dataexport.h"
#include "pngencoder.h"
#include "rowdeflate.h"
#include "snapshotfile.h"
#include "testsupport.h"

#include <QApplication>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QImageReader>
#include <QImageWriter>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace iv;

namespace {

// Every file of dir by name, with its bytes.
QMap<QString, QByteArray> filesOf(const QString &dir)
{
    QMap<QString, QByteArray> files;
    for (const QString &name : QDir(dir).entryList(QDir::Files)) {
        QFile file(QDir(dir).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            files.insert(name, file.readAll());
    }
    return files;
}

// The command's own messages (Qt's notes about the environment left out).
QList<QByteArray> messages(const QByteArray &err)
{
    QList<QByteArray> lines = err.split('\n');
    lines.removeIf([](const QByteArray &line) { return line.startsWith("QStandardPaths:"); });
    return lines;
}

// runViewer with IV_EXPORT_PROCESSES (1: one process, 2: always a second one) and TMPDIR set.
ivtest::RunResult runWithProcesses(const QByteArray &processes, const QString &tmp, const QStringList &args)
{
    const QByteArray oldTmp = qgetenv("TMPDIR");
    qputenv("IV_EXPORT_PROCESSES", processes);
    qputenv("TMPDIR", tmp.toLocal8Bit());
    const auto r = ivtest::runViewer(args);
    qunsetenv("IV_EXPORT_PROCESSES");
    if (oldTmp.isNull())
        qunsetenv("TMPDIR");
    else
        qputenv("TMPDIR", oldTmp);
    return r;
}

QImage decode(const QByteArray &png)
{
    QBuffer buffer;
    buffer.setData(png);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "png");
    return reader.read();
}

QImage qtRoundTrip(const QImage &image)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.write(image);
    return decode(buffer.data());
}

// What a raw deflate stream inflates to (empty with *ok false when it is not one stream ending in BFINAL).
QByteArray inflateRaw(const QByteArray &deflated, bool *ok)
{
    z_stream z{};
    *ok = false;
    if (inflateInit2(&z, -15) != Z_OK)
        return {};
    QByteArray out;
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(deflated.constData()));
    z.avail_in = uInt(deflated.size());
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef *>(chunk.data());
        z.avail_out = uInt(chunk.size());
        rc = inflate(&z, Z_NO_FLUSH);
        out.append(chunk.constData(), chunk.size() - qsizetype(z.avail_out));
        if (rc == Z_BUF_ERROR && z.avail_in == 0)
            break;
    }
    *ok = rc == Z_STREAM_END && z.avail_in == 0;
    inflateEnd(&z);
    return out;
}

// SHA-256 of a PNG's decoded pixels as RGB rows, with its size and DPI: "WxH@DPM:hex".
QByteArray pixelDigest(const QByteArray &png)
{
    const QImage image = decode(png).convertToFormat(QImage::Format_RGB888);
    if (image.isNull())
        return "undecodable";
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int y = 0; y < image.height(); ++y)
        hash.addData(
            QByteArrayView(reinterpret_cast<const char *>(image.constScanLine(y)), image.width() * 3));
    return QByteArray::number(image.width()) + 'x' + QByteArray::number(image.height()) + '@' +
           QByteArray::number(image.dotsPerMeterX()) + ':' + hash.result().toHex();
}

// The same pixels, compared as opaque RGB (what the PNG stores).
bool samePixels(const QImage &a, const QImage &b)
{
    return !a.isNull() && a.convertToFormat(QImage::Format_RGB32) == b.convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestPngExportIdentity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_dbs;
    QString m_forty; // bench/forty-charts.sql

private slots:
    void initTestCase()
    {
        m_dbs << ivtest::buildDatabase(m_dir, QStringLiteral("basic.db"),
                                       {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")})
              << ivtest::buildDatabase(m_dir, QStringLiteral("hostile.db"),
                                       {QStringLiteral("schema.sql"), QStringLiteral("export-hostile.sql")});
        m_forty = ivtest::buildDatabase(
            m_dir, QStringLiteral("forty.db"),
            {QStringLiteral("schema.sql"), QStringLiteral("../../bench/forty-charts.sql")});
    }

    // The queue hands each index out once, across handles on the same file (as across processes), and a
    // closed queue hands out nothing below its end; the owner removes the file.
    void queueHandsOutEachChartOnce()
    {
        QString error;
        QString path;
        {
            const auto owner = ChartQueue::create(&error);
            QVERIFY2(owner, qPrintable(error));
            path = owner->path();
            QVERIFY(QFileInfo::exists(path));
            const auto other = ChartQueue::attach(path, &error);
            QVERIFY2(other, qPrintable(error));
            QCOMPARE(owner->claim(), 0);
            QCOMPARE(other->claim(), 1);
            QCOMPARE(other->claim(), 2);
            QCOMPARE(owner->claim(), 3);
            other->close(10);
            QCOMPARE(owner->claim(), 10);
            owner->close(5); // never backwards
            QCOMPARE(other->claim(), 11);
        }
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!ChartQueue::attach(path, &error));
        QVERIFY2(error.startsWith(path), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path)); // attaching creates nothing
        // Any other file is refused and left as it was, also one of the queue's size.
        for (const QByteArray &bytes : {QByteArray(64, '\0'), QByteArray(64, 'x'), QByteArray("IVCHARTQ"),
                                        QByteArray("IVCHARTQ") + QByteArray(100, '\0')}) {
            const QString other = m_dir.filePath(QStringLiteral("not-a-queue"));
            QFile file(other);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bytes);
            file.close();
            error.clear();
            QVERIFY(!ChartQueue::attach(other, &error));
            QVERIFY2(error.startsWith(other), qPrintable(error));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), bytes);
        }
        // The command refuses it too (exit status 2, the file named).
        const QString other = m_dir.filePath(QStringLiteral("not-a-queue"));
        const auto r =
            ivtest::runViewer({QStringLiteral("--export-charts"), m_dir.filePath(QStringLiteral("nq")),
                               QStringLiteral("--export-share"), other, m_dbs.first()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(other.toUtf8()), r.err.constData());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nq")))); // nothing written
    }

    // One process, or two sharing the charts: the same files, byte for byte, and no queue file left behind.
    // The 40-chart snapshot has enough charts that both processes draw some.
    void twoProcessesWriteTheSameFiles()
    {
        const QStringList dbs = QStringList(m_dbs) << m_forty;
        for (const QString &db : dbs) {
            const QString base = m_dir.filePath(QFileInfo(db).baseName());
            QTemporaryDir tmp;
            const auto one = runWithProcesses(
                "1", tmp.path(), {QStringLiteral("--export-charts"), base + QStringLiteral("-one"), db});
            QCOMPARE(one.exitCode, 0);
            const auto two = runWithProcesses(
                "2", tmp.path(), {QStringLiteral("--export-charts"), base + QStringLiteral("-two"), db});
            QCOMPARE(two.exitCode, 0);
            QCOMPARE(messages(two.err), messages(one.err)); // warnings once, from the first process only
            const auto a = filesOf(base + QStringLiteral("-one")), b = filesOf(base + QStringLiteral("-two"));
            QVERIFY(a.size() >= 4);
            QCOMPARE(b.keys(), a.keys());
            for (auto it = a.cbegin(); it != a.cend(); ++it)
                QVERIFY2(b.value(it.key()) == it.value(), qPrintable(db + QLatin1Char(' ') + it.key()));
            QCOMPARE(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
        }
    }

    // The second process alone on a queue that the first has partly claimed draws exactly the unclaimed
    // charts, in the files the first process would have written; two helpers on one queue split the rest.
    void helperDrawsWhatIsLeftOnTheQueue()
    {
        const QString whole = m_dir.filePath(QStringLiteral("forty-whole"));
        QCOMPARE(runWithProcesses("1", QDir::tempPath(), {QStringLiteral("--export-charts"), whole, m_forty})
                     .exitCode,
                 0);
        const auto expected = filesOf(whole);
        QCOMPARE(expected.size(), 40);
        QString error;
        const auto queue = ChartQueue::create(&error);
        QVERIFY2(queue, qPrintable(error));
        for (int i = 0; i < 30; ++i)
            queue->claim(); // charts 0-29 "taken" by a first process that never draws them
        const QString rest = m_dir.filePath(QStringLiteral("forty-rest"));
        const QStringList helperArgs = {QStringLiteral("--export-charts"), rest,
                                        QStringLiteral("--export-share"), queue->path(), m_forty};
        QProcess first, second;
        for (QProcess *p : {&first, &second})
            p->start(QStringLiteral(IV_VIEWER_BINARY), helperArgs);
        for (QProcess *p : {&first, &second}) {
            QVERIFY(p->waitForFinished(60000));
            QCOMPARE(p->exitCode(), 0);
        }
        // Shared, charts go biggest first (point count; ties in dashboard order): the ten left are the
        // smallest, by the command's file names.
        const auto snapshot = SnapshotFile::open(m_forty, &error);
        const auto cat = snapshot->readCatalogue(&error);
        QList<QPair<qint64, QString>> charts; // (point count, file name) in dashboard order
        QSet<QString> used;
        for (const App &app : cat->apps)
            for (const Question &q : app.questions)
                if (q.isBucket())
                    charts.append(
                        {q.pointCount, DataExport::safeFileName(q.label, QStringLiteral("png"), &used)});
        QCOMPARE(charts.size(), 40);
        std::stable_sort(charts.begin(), charts.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        QVERIFY(charts.first().first > charts.last().first);
        QStringList last;
        for (int i = 30; i < 40; ++i)
            last << charts.at(i).second;
        last.sort();
        const auto written = filesOf(rest);
        QCOMPARE(written.keys(), last);
        for (auto it = written.cbegin(); it != written.cend(); ++it)
            QVERIFY2(it.value() == expected.value(it.key()), qPrintable(it.key()));
        QVERIFY(queue->claim() >= 40 + 2); // each helper claimed past the end once
    }

    // Synthetic images: noise, flat areas, repeated rows, one row, odd widths; every stripe count.
    void encoderKeepsEveryPixel()
    {
        QRandomGenerator rng(42);
        for (const QSize size : {QSize(1, 1), QSize(7, 1), QSize(1, 9), QSize(301, 257), QSize(1440, 720)}) {
            QImage image(size, QImage::Format_RGB32);
            for (int y = 0; y < size.height(); ++y) {
                auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
                for (int x = 0; x < size.width(); ++x)
                    line[x] = y % 5 == 1 ? line[x - (x > 0)] // runs
                              : y % 7 == 3 && y > 0
                                  ? reinterpret_cast<const quint32 *>(image.constScanLine(y - 1))[x]
                                  : 0xff000000u | rng.generate();
            }
            image.setDotsPerMeterX(7087);
            image.setDotsPerMeterY(3543);
            const QByteArray one = PngEncoder::encode(image, 1, 1);
            for (const int stripes : {1, 2, 3, 8, 1000}) {
                for (const int level : {int(PngEncoder::kRowDeflate), 0, 1, 9}) {
                    if (level >= 0 && level != 1 && size.width() > 400)
                        continue; // the chart size at the export level only: level 9 on noise is slow
                    const QByteArray sequential = PngEncoder::encode(image, level, stripes, false);
                    const QByteArray parallel = PngEncoder::encode(image, level, stripes, true);
                    QCOMPARE(parallel, sequential);
                    const QImage back = decode(sequential);
                    QVERIFY2(samePixels(back, image), qPrintable(QStringLiteral("%1x%2, %3 stripes, level %4")
                                                                     .arg(size.width())
                                                                     .arg(size.height())
                                                                     .arg(stripes)
                                                                     .arg(level)));
                    QCOMPARE(back.dotsPerMeterX(), 7087);
                    QCOMPARE(back.dotsPerMeterY(), 3543);
                }
            }
            QVERIFY(!one.isEmpty());
        }
        // Alpha is dropped as Qt drops it for an opaque export; other formats are converted first.
        QImage argb(5, 3, QImage::Format_ARGB32_Premultiplied);
        argb.fill(QColor(10, 20, 30));
        QVERIFY(samePixels(decode(PngEncoder::encode(argb, 1)), argb));
        QVERIFY(samePixels(decode(PngEncoder::encode(argb, PngEncoder::kRowDeflate)), argb));
        // Rows that differ only in alpha are the same row to the PNG.
        QImage translucent(4, 3, QImage::Format_ARGB32);
        for (int y = 0; y < 3; ++y)
            for (int x = 0; x < 4; ++x)
                translucent.setPixel(x, y, qRgba(10 * x, 20, 30, 100 + 50 * y));
        const QImage decoded = decode(PngEncoder::encode(translucent, PngEncoder::kRowDeflate));
        QCOMPARE(decoded.size(), translucent.size());
        for (int y = 0; y < 3; ++y)
            for (int x = 0; x < 4; ++x)
                QCOMPARE(decoded.pixel(x, y) & 0xffffffu, translucent.pixel(x, y) & 0xffffffu);
    }

    // RowDeflate's streams inflate to exactly their input: empty, one byte, runs longer than a match, rows
    // repeating one stride back (and a stride beyond deflate's window), noise, blocks past 64 Ki symbols; a
    // stream without BFINAL followed by a final one inflates to both inputs (how stripes are joined).
    void rowDeflateInflatesToItsInput()
    {
        QRandomGenerator rng(7);
        auto noise = [&](qsizetype n, int alphabet) {
            QByteArray b(n, Qt::Uninitialized);
            for (char &c : b)
                c = char(rng.bounded(alphabet));
            return b;
        };
        QByteArray rows;
        const QByteArray row = noise(4321, 256);
        for (int i = 0; i < 40; ++i) {
            QByteArray r = row;
            r[i * 37] = char(i); // mostly the row above, a byte changed
            rows += r;
        }
        const QByteArray wide = noise(40000, 4).repeated(3);
        struct Case
        {
            const char *name;
            QByteArray data;
            size_t stride;
        };
        const QList<Case> cases = {
            {"empty", QByteArray(), 4321},
            {"one byte", QByteArray("x"), 4321},
            {"zeros", QByteArray(100'000, '\0'), 4321},
            {"run of 259", QByteArray("a") + QByteArray(259, 'b') + QByteArray("c"), 3},
            {"runs of every length",
             [] {
                 QByteArray b;
                 for (int len = 1; len < 300; ++len)
                     b += QByteArray(len, char(len));
                 return b;
             }(),
             17},
            {"rows", rows, 4321},
            {"stride 1", rows, 1},
            {"stride beyond the window", wide, 40000},
            {"stride at the window", wide, 32768},
            {"noise", noise(300'000, 256), 1441},
            {"small alphabet", noise(300'000, 3), 1441},
        };
        for (const Case &c : cases) {
            const auto *data = reinterpret_cast<const unsigned char *>(c.data.constData());
            QByteArray last;
            RowDeflate::compress(data, size_t(c.data.size()), c.stride, true, &last);
            bool ok = false;
            QCOMPARE(inflateRaw(last, &ok), c.data);
            QVERIFY2(ok, c.name);
            QByteArray joined;
            RowDeflate::compress(data, size_t(c.data.size()), c.stride, false, &joined);
            QVERIFY2(joined.endsWith(QByteArray("\x00\x00\xff\xff", 4)), c.name);
            QVERIFY2(!inflateRaw(joined, &ok).isNull() || c.data.isEmpty(), c.name);
            QVERIFY2(!ok, c.name); // no final block yet
            RowDeflate::compress(data, size_t(c.data.size()), c.stride, true, &joined);
            QCOMPARE(inflateRaw(joined, &ok), c.data + c.data);
            QVERIFY2(ok, c.name);
        }
        // Long runs cost a few bits per 258 bytes: the matches are found.
        QByteArray zeros;
        RowDeflate::compress(reinterpret_cast<const unsigned char *>(QByteArray(1'000'000, '\0').constData()),
                             1'000'000, 4321, true, &zeros);
        QVERIFY2(zeros.size() < 2000, QByteArray::number(zeros.size()).constData());
        QByteArray repeated;
        RowDeflate::compress(reinterpret_cast<const unsigned char *>(rows.constData()), size_t(rows.size()),
                             4321, true, &repeated);
        QVERIFY2(repeated.size() < 2 * 4321, QByteArray::number(repeated.size()).constData());
    }

    // The exported pixels of every chart of the test snapshots (and upstream's all-kinds fixture where the
    // checkout has it), light at 180 dpi and dark at 75, are those the renderer drew at 280d68f, before this
    // encoder: digests of that binary's files, committed. To write them again from another binary:
    // IV_CHART_PIXELS_FROM=BINARY IV_CHART_PIXELS_WRITE=tests/data/chart-pixels.txt ctest -R
    // pngexport_identity (fonts and Qt as packaging/install-deps.sh installs them: Debian 12's Qt 6.4.2).
    void exportedPixelsMatchTheReference()
    {
        const QString binary = qEnvironmentVariable("IV_CHART_PIXELS_FROM", QStringLiteral(IV_VIEWER_BINARY));
        struct Case
        {
            QString name, db;
            QStringList options;
        };
        const QStringList dark = {QStringLiteral("--theme"), QStringLiteral("dark"), QStringLiteral("--dpi"),
                                  QStringLiteral("75")};
        QList<Case> cases = {{QStringLiteral("basic"), m_dbs.at(0), {}},
                             {QStringLiteral("hostile"), m_dbs.at(1), {}},
                             {QStringLiteral("forty"), m_forty, {}},
                             {QStringLiteral("basic-dark"), m_dbs.at(0), dark},
                             {QStringLiteral("hostile-dark"), m_dbs.at(1), dark}};
        if (IV_HAVE_FIXTURES)
            cases.append({QStringLiteral("all-kinds"),
                          ivtest::fixturePath(QStringLiteral("bookstore/insights-all-kinds.db")),
                          {}});
        QStringList lines;
        for (const Case &c : cases) {
            const QString out = m_dir.filePath(QStringLiteral("pixels-") + c.name);
            QProcess p;
            p.start(binary,
                    QStringList{QStringLiteral("--export-charts"), out} + c.options + QStringList{c.db});
            QVERIFY(p.waitForFinished(120000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            const auto files = filesOf(out);
            QVERIFY2(files.size() >= 4, qPrintable(c.name));
            for (auto it = files.cbegin(); it != files.cend(); ++it)
                if (!(c.db == m_dbs.at(1) &&
                      it.key() == QLatin1String("generated.png"))) // rows from random()
                    lines << c.name + QLatin1Char('/') + it.key() + QLatin1Char(' ') +
                                 QString::fromLatin1(pixelDigest(it.value()));
        }
        const QString referencePath = QStringLiteral(IV_TEST_DATA_DIR "/chart-pixels.txt");
        if (qEnvironmentVariableIsSet("IV_CHART_PIXELS_WRITE")) {
            QFile file(qEnvironmentVariable("IV_CHART_PIXELS_WRITE"));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(
                "# Pixel digests of charts exported by insights-viewer at 280d68f (Debian 12, Qt 6.4.2):\n"
                "# case/file WIDTHxHEIGHT@DOTS_PER_METRE:SHA-256 of the RGB rows "
                "(tst_pngexport_identity::exportedPixelsMatchTheReference)\n");
            file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
            QSKIP("references written");
        }
        QFile file(referencePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList expected;
        for (const QByteArray &line : file.readAll().split('\n'))
            if (!line.isEmpty() && !line.startsWith('#') &&
                (IV_HAVE_FIXTURES || !line.startsWith("all-kinds/")))
                expected << QString::fromUtf8(line);
        QCOMPARE(lines.size(), expected.size());
        for (int i = 0; i < lines.size(); ++i)
            QCOMPARE(lines.at(i), expected.at(i));
    }

    // Every chart of the test snapshots, light and dark, two sizes: the file holds the rendered pixels, the
    // pixels Qt's writer would have stored, in the same bytes however the stripes are scheduled.
    void chartsKeepEveryPixel()
    {
        int charts = 0;
        for (const QString &db : std::as_const(m_dbs)) {
            QString error;
            const auto snapshot = SnapshotFile::open(db, &error);
            QVERIFY2(snapshot, qPrintable(error));
            const auto cat = snapshot->readCatalogue(&error);
            for (const App &app : cat->apps) {
                for (const Question &q : app.questions) {
                    if (!q.isBucket() || q.kind == MetricKind::Unknown)
                        continue;
                    const auto values = snapshot->loadBucketValues(q.id, &error);
                    QVERIFY(values);
                    for (const bool dark : {false, true}) {
                        RenderOptions options;
                        options.dark = dark;
                        options.dpi = dark ? 75 : 180;
                        const QImage image = ChartRenderer::image(q, *values, options);
                        QVERIFY2(!image.isNull(), qPrintable(q.label));
                        const int stripes = ChartRenderer::pngStripes(image);
                        const QByteArray sequential =
                            PngEncoder::encode(image, options.pngLevel, stripes, false);
                        const QByteArray parallel =
                            PngEncoder::encode(image, options.pngLevel, stripes, true);
                        QCOMPARE(parallel, sequential);
                        const QImage back = decode(sequential);
                        QVERIFY2(samePixels(back, image), qPrintable(q.label));
                        QVERIFY2(samePixels(back, qtRoundTrip(image)), qPrintable(q.label));
                        QCOMPARE(back.dotsPerMeterX(), image.dotsPerMeterX());
                        ++charts;
                    }
                }
            }
        }
        QVERIFY(charts >= 2 * 9);
    }

    // The command's pipeline (render here, encode on the pool, stripes in parallel) against a sequential
    // render and encode in this process: the same bytes, chart for chart.
    void commandMatchesSequentialRender()
    {
        for (const QString &db : std::as_const(m_dbs)) {
            const QString out = m_dir.filePath(QFileInfo(db).baseName() + QStringLiteral("-png"));
            const auto r = ivtest::runViewer({QStringLiteral("--export-charts"), out, db});
            QCOMPARE(r.exitCode, 0);
            QString error;
            const auto snapshot = SnapshotFile::open(db, &error);
            const auto cat = snapshot->readCatalogue(&error);
            // The command draws categories in the snapshot's colours: so does the render here.
            ChartStyle::setSnapshotCategories(
                std::make_shared<const CategoryColours>(CategoryColours::read(*snapshot)));
            QSet<QString> used;
            int files = 0;
            for (const App &app : cat->apps) {
                for (const Question &q : app.questions) {
                    if (!q.isBucket() || q.kind == MetricKind::Unknown)
                        continue;
                    const RenderOptions options;
                    const auto values = snapshot->loadBucketValues(q.id, &error);
                    const QImage image = ChartRenderer::image(q, *values, options);
                    const QString path =
                        QDir(out).filePath(DataExport::safeFileName(q.label, options.extension(), &used));
                    QFile file(path);
                    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
                    const QByteArray written = file.readAll();
                    QCOMPARE(written,
                             PngEncoder::encode(image, options.pngLevel, ChartRenderer::pngStripes(image)));
                    const QImage back = decode(written);
                    QVERIFY2(samePixels(back, image), qPrintable(path));
                    QCOMPARE(back.size(), QSize(1440, 720));
                    QCOMPARE(back.dotsPerMeterX(), 7087); // 180 dpi
                    ++files;
                }
            }
            QCOMPARE(QDir(out).entryList(QDir::Files).size(), files);
            QVERIFY(files >= 4);
        }
    }
};

QTEST_MAIN(TestPngExportIdentity)
#include "tst_pngexport_identity.moc"
