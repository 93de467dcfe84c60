// SPDX-License-Identifier: MIT
#include "chartrenderer.h"
#include "snapshotfile.h"
#include "testsupport.h"

#include <QApplication>
#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace iv;

class TestChartRenderer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SnapshotFile> m_snapshot;
    Catalogue m_catalogue;
    QString m_snapshotPath;

    BucketValues values(const Question &q)
    {
        QString error;
        auto v = m_snapshot->loadBucketValues(q.id, &error);
        return v ? *v : BucketValues();
    }

private slots:
    void initTestCase()
    {
        const QString path = ivtest::buildDatabase(
            m_dir, QStringLiteral("basic.db"), {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        m_snapshotPath = path;
        QString error;
        m_snapshot = SnapshotFile::open(path, &error);
        QVERIFY2(m_snapshot, qPrintable(error));
        m_catalogue = *m_snapshot->readCatalogue(&error);
    }

    void pngSizeAndDpi_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<QSize>("pixels");
        QTest::newRow("small@180") << int(ChartSize::Small) << 180 << QSize(1440, 720);
        QTest::newRow("small@96") << int(ChartSize::Small) << 96 << QSize(768, 384);
        QTest::newRow("medium@72") << int(ChartSize::Medium) << 72 << QSize(1152, 576);
        QTest::newRow("large@30") << int(ChartSize::Large) << 30 << QSize(960, 480);
    }

    void pngSizeAndDpi()
    {
        QFETCH(int, size);
        QFETCH(int, dpi);
        QFETCH(QSize, pixels);
        RenderOptions options;
        options.size = ChartSize(size);
        options.dpi = dpi;
        const Question *q = m_catalogue.findBucket(QStringLiteral("daily"));
        QVERIFY(q);
        const QString out =
            m_dir.filePath(QStringLiteral("daily-%1.png").arg(QLatin1String(QTest::currentDataTag())));
        QString error;
        QVERIFY2(ChartRenderer::exportChart(*q, values(*q), options, out, &error), qPrintable(error));
        QImageReader reader(out);
        QCOMPARE(QByteArray(reader.format()), QByteArray("png"));
        const QImage image = reader.read();
        QCOMPARE(image.size(), pixels);
        // PNG stores whole dots per metre: within one of dpi / 0.0254.
        QVERIFY(std::abs(image.dotsPerMeterX() - dpi / 0.0254) < 1.0);
        QVERIFY(std::abs(image.dotsPerMeterY() - dpi / 0.0254) < 1.0);
        // Not blank: the series (blue) is drawn.
        int blue = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.blue() > c.red() + 80)
                    ++blue;
            }
        QVERIFY2(blue > 200, qPrintable(QString::number(blue)));
    }

    // --size WIDTHxHEIGHT: exactly that many pixels, laid out as a window of that size (96 dpi).
    void pixelSizes()
    {
        QSize px;
        QVERIFY(RenderOptions::parsePixels(QStringLiteral("800x500"), &px));
        QCOMPARE(px, QSize(800, 500));
        QVERIFY(RenderOptions::parsePixels(QStringLiteral(" 320X200 "), &px));
        QCOMPARE(px, QSize(320, 200));
        for (const char *bad : {"800", "800x", "x500", "0x500", "31x500", "8001x500", "800x500x2", "-800x500",
                                "small", "800×500"})
            QVERIFY2(!RenderOptions::parsePixels(QString::fromUtf8(bad), &px), bad);

        RenderOptions options;
        options.pixels = QSize(800, 500);
        options.dpi = 96;
        QCOMPARE(options.pixelSize(), QSize(800, 500));
        const Question *q = m_catalogue.findBucket(QStringLiteral("bars"));
        QVERIFY(q);
        const QImage image = ChartRenderer::image(*q, values(*q), options);
        QCOMPARE(image.size(), QSize(800, 500));
    }

    void sizeOptionTakesPixels()
    {
        const QString out = m_dir.filePath(QStringLiteral("px"));
        const auto r = ivtest::runViewer({QStringLiteral("--export-charts"), out, QStringLiteral("--size"),
                                          QStringLiteral("480x300"), QStringLiteral("--question"),
                                          QStringLiteral("hbar"), m_snapshotPath});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QImageReader(out + QStringLiteral("/hbar.png")).size(), QSize(480, 300));
        const auto bad = ivtest::runViewer({QStringLiteral("--export-charts"), out, QStringLiteral("--size"),
                                            QStringLiteral("99999x2"), m_snapshotPath});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--size") && bad.err.contains("WIDTHxHEIGHT"), bad.err.constData());
    }

    void darkThemeBackground()
    {
        RenderOptions options;
        options.dark = true;
        options.dpi = 50;
        const Question *q = m_catalogue.findBucket(QStringLiteral("bars"));
        const QImage image = ChartRenderer::image(*q, values(*q), options);
        QCOMPARE(image.size(), QSize(400, 200));
        for (const QPoint p :
             {QPoint(0, 0), QPoint(399, 0), QPoint(0, 199), QPoint(399, 199), QPoint(200, 2)})
            QVERIFY2(image.pixelColor(p).lightness() < 100, qPrintable(image.pixelColor(p).name()));
    }

    void svgHasAxisTitlesAsText()
    {
        RenderOptions options;
        options.format = ChartFormat::Svg;
        const Question *q = m_catalogue.findBucket(QStringLiteral("scatter"));
        const QString out = m_dir.filePath(QStringLiteral("scatter.svg"));
        QString error;
        QVERIFY2(ChartRenderer::exportChart(*q, values(*q), options, out, &error), qPrintable(error));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QStringList texts;
        QString rootWidth;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                if (xml.name() == QLatin1String("svg"))
                    rootWidth = xml.attributes().value(QLatin1String("viewBox")).toString();
                if (xml.name() == QLatin1String("text"))
                    texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(texts.contains(QStringLiteral("Size")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("Price")));
        QVERIFY(texts.contains(QStringLiteral("small")));
        QCOMPARE(rootWidth, QStringLiteral("0 0 %1 %2")
                                .arg(8 * ChartRenderer::layoutDpi())
                                .arg(4 * ChartRenderer::layoutDpi()));
    }

    // File text is data: a question with markup and a lone '&' still gives well-formed SVG showing it
    // literally.
    void svgEscapesFileText()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(
            dir, QStringLiteral("markup.db"), {QStringLiteral("schema.sql"), QStringLiteral("markup.sql")});
        QString error;
        const auto snapshot = SnapshotFile::open(path, &error);
        QVERIFY(snapshot);
        const Catalogue cat = *snapshot->readCatalogue(&error);
        Question q = *cat.findBucket(QStringLiteral("evil_bars"));
        q.question = QStringLiteral("Tom & Jerry <3 </title>?");
        const auto v = snapshot->loadBucketValues(q.id, &error);
        RenderOptions options;
        options.format = ChartFormat::Svg;
        const QString out = dir.filePath(QStringLiteral("evil.svg"));
        QVERIFY2(ChartRenderer::exportChart(q, *v, options, out, &error), qPrintable(error));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString title;
        QStringList texts;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("title"))
                title = xml.readElementText();
            else if (xml.name() == QLatin1String("text"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(title, q.question);
        QVERIFY2(texts.contains(QStringLiteral("<b>cat</b>")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("<i>x</i>")));
        QVERIFY(texts.contains(QStringLiteral("&amp;")));
    }

    void pdfIsPdf()
    {
        RenderOptions options;
        options.format = ChartFormat::Pdf;
        const Question *q = m_catalogue.findBucket(QStringLiteral("hbar"));
        const QString out = m_dir.filePath(QStringLiteral("hbar.pdf"));
        QString error;
        QVERIFY2(ChartRenderer::exportChart(*q, values(*q), options, out, &error), qPrintable(error));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        // Page size is the chart size: 8 × 4 in = 576 × 288 pt.
        QVERIFY(file.readAll().contains("/MediaBox [0 0 576.000000 288.000000]"));
    }

    void counterHasNoChart()
    {
        const Question *q = m_catalogue.find(MetricKind::Counter, QStringLiteral("orders"));
        QString error;
        QVERIFY(!ChartRenderer::exportChart(*q, BucketValues(), RenderOptions(),
                                            m_dir.filePath(QStringLiteral("c.png")), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("c.png"))));
    }

    void unwritablePath()
    {
        const Question *q = m_catalogue.findBucket(QStringLiteral("daily"));
        const QString out = m_dir.filePath(QStringLiteral("no/such/dir/x.png"));
        QString error;
        QVERIFY(!ChartRenderer::exportChart(*q, values(*q), RenderOptions(), out, &error));
        QVERIFY2(error.startsWith(out), qPrintable(error));
    }
};

QTEST_MAIN(TestChartRenderer)
#include "tst_chartrenderer.moc"
