// SPDX-License-Identifier: MIT
// Chart PNGs from the fast encoder hold exactly the rendered pixels: each chart of own SQL snapshots (every
// kind, hostile values, dark theme, odd sizes) decodes to the very image that was rendered and to what Qt's
// own PNG writer stores for it; the striped encoder gives the same bytes compressed in parallel or in turn;
// and --export-charts (rendering on the main thread, encoding on the thread pool) writes, chart for chart,
// the pixels of a sequential render in this process, with the DPI as metadata.
#include "categorycolours.h"
#include "chartrenderer.h"
#include "chartstyle.h"
#include "dataexport.h"
#include "pngencoder.h"
#include "snapshotfile.h"
#include "testsupport.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QImageReader>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace iv;

namespace {

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

private slots:
    void initTestCase()
    {
        m_dbs << ivtest::buildDatabase(m_dir, QStringLiteral("basic.db"),
                                       {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")})
              << ivtest::buildDatabase(m_dir, QStringLiteral("hostile.db"),
                                       {QStringLiteral("schema.sql"), QStringLiteral("export-hostile.sql")});
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
                for (const int level : {0, 1, 9}) {
                    if (level != 1 && size.width() > 400)
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
