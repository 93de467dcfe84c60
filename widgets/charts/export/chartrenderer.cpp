// SPDX-License-Identifier: MIT
#include "chartrenderer.h"

#include "chartbuilder.h"
#include "chartreducer.h"
#include "pngencoder.h"
#include "textbudget.h"

#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QSvgGenerator>
#include <QtCharts/QChart>

#include <algorithm>
#include <cmath>
#include <memory>

namespace iv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("iv::ChartRenderer", text);
}

constexpr double kMetresPerInch = 0.0254;

int dotsPerMetre(double dpi)
{
    return int(std::lround(dpi / kMetresPerInch));
}

// The colour under the chart: its brush colour, or the first stop of a theme's gradient (the dark theme).
QColor backgroundOf(QChart *chart)
{
    const QBrush brush = chart->backgroundBrush();
    if (const QGradient *gradient = brush.gradient(); gradient && !gradient->stops().isEmpty())
        return gradient->stops().constFirst().second;
    const QColor c = brush.color();
    return c.isValid() && c.alpha() == 255 ? c : QColor(Qt::white);
}

} // namespace

QSizeF RenderOptions::inchesFor(ChartSize size)
{
    switch (size) {
    case ChartSize::Medium:
        return {16, 8};
    case ChartSize::Large:
        return {32, 16};
    case ChartSize::Small:
        break;
    }
    return {8, 4};
}

QSizeF RenderOptions::inches() const
{
    if (pixels.isValid() && dpi > 0)
        return QSizeF(double(pixels.width()) / dpi, double(pixels.height()) / dpi);
    return inchesFor(size);
}

QSize RenderOptions::pixelSize() const
{
    const QSizeF in = inches();
    return QSize(int(std::lround(in.width() * dpi)), int(std::lround(in.height() * dpi)));
}

QString RenderOptions::extension() const
{
    switch (format) {
    case ChartFormat::Svg:
        return QStringLiteral("svg");
    case ChartFormat::Pdf:
        return QStringLiteral("pdf");
    case ChartFormat::Png:
        break;
    }
    return QStringLiteral("png");
}

bool RenderOptions::parseSize(const QString &id, ChartSize *size)
{
    const QString s = id.trimmed().toLower();
    if (s == QLatin1String("small"))
        *size = ChartSize::Small;
    else if (s == QLatin1String("medium"))
        *size = ChartSize::Medium;
    else if (s == QLatin1String("large"))
        *size = ChartSize::Large;
    else
        return false;
    return true;
}

bool RenderOptions::parsePixels(const QString &text, QSize *pixels)
{
    const QStringList parts = text.trimmed().toLower().split(QLatin1Char('x'));
    if (parts.size() != 2)
        return false;
    bool okW = false, okH = false;
    const int w = parts.at(0).trimmed().toInt(&okW), h = parts.at(1).trimmed().toInt(&okH);
    if (!okW || !okH || w < kMinPixels || h < kMinPixels || w > kMaxPixels || h > kMaxPixels)
        return false;
    *pixels = QSize(w, h);
    return true;
}

bool RenderOptions::parseFormat(const QString &id, ChartFormat *format)
{
    const QString s = id.trimmed().toLower();
    if (s == QLatin1String("png"))
        *format = ChartFormat::Png;
    else if (s == QLatin1String("svg"))
        *format = ChartFormat::Svg;
    else if (s == QLatin1String("pdf"))
        *format = ChartFormat::Pdf;
    else
        return false;
    return true;
}

qreal ChartRenderer::layoutDpi()
{
    // Fonts in QGraphicsItems are measured at the primary screen's logical DPI (Qt's default DPI).
    const QScreen *screen = QGuiApplication::primaryScreen();
    const qreal dpi = screen ? screen->logicalDotsPerInchY() : 96.0;
    return dpi > 0 ? dpi : 96.0;
}

void ChartRenderer::paint(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &layoutSize)
{
    Q_ASSERT(!chart->scene());
    QGraphicsScene scene;
    scene.addItem(chart);
    const QRectF source(QPointF(0, 0), layoutSize);
    chart->setGeometry(source);
    // Qt Charts lays axes out in passes (label sizes feed the plot area, which feeds label elision); the
    // first pass after a resize can still elide category labels to "…". Settle it before painting.
    for (int pass = 0; pass < 2; ++pass) {
        if (chart->layout()) {
            chart->layout()->invalidate();
            chart->layout()->activate();
        }
    }
    scene.setSceneRect(source);
    // Big series are drawn from a reduction at the output resolution: the plot area's size in device pixels
    // (M4 for lines, one marker per cell for scatterplots), so the file is pixel-exact to the full data.
    if (ChartReducer *reducer = ChartReducer::of(chart)) {
        const qreal sx = layoutSize.width() > 0 ? target.width() / layoutSize.width() : 1;
        const qreal sy = layoutSize.height() > 0 ? target.height() / layoutSize.height() : 1;
        const QSizeF plot = chart->plotArea().size();
        reducer->reduce(QSizeF(plot.width() * sx, plot.height() * sy));
    }
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                            QPainter::SmoothPixmapTransform);
    scene.render(painter, target, source, Qt::IgnoreAspectRatio);
    painter->restore();
    scene.removeItem(chart); // the caller keeps it
}

void ChartRenderer::paint(QChart *chart, QPainter *painter, const QRectF &target)
{
    paint(chart, painter, target, target.size());
}

QImage ChartRenderer::renderImage(QChart *chart, const QSizeF &inches, int dpi)
{
    const qreal layout = layoutDpi();
    const QSize pixels(int(std::lround(inches.width() * dpi)), int(std::lround(inches.height() * dpi)));
    QImage image(pixels, QImage::Format_RGB32);
    // While painting, the image claims the layout DPI so point-size fonts resolve as the layout measured
    // them; the painter scale does the rest. The real DPI is written afterwards.
    image.setDotsPerMeterX(dotsPerMetre(layout));
    image.setDotsPerMeterY(dotsPerMetre(layout));
    image.fill(backgroundOf(chart));
    {
        QPainter painter(&image);
        paint(chart, &painter, QRectF(QPointF(0, 0), QSizeF(pixels)),
              QSizeF(inches.width() * layout, inches.height() * layout));
    }
    image.setDotsPerMeterX(dotsPerMetre(dpi));
    image.setDotsPerMeterY(dotsPerMetre(dpi));
    return image;
}

bool ChartRenderer::writePng(const QImage &image, const QString &path, int level, QString *error,
                             bool parallel)
{
    return PngEncoder::writeFile(image, path, level, error, pngStripes(image), parallel);
}

int ChartRenderer::pngStripes(const QImage &image)
{
    // A stripe per 256 rows, at most 8: the same bytes on any machine, and work for every core a chart
    // export has (a 720-row chart compresses as three independent parts, a 2,880-row one as eight).
    return std::clamp((image.height() + 255) / 256, 1, 8);
}

bool ChartRenderer::writeSvg(QChart *chart, const QSizeF &inches, const QString &title, const QString &path,
                             QString *error)
{
    const qreal dpi = layoutDpi();
    const QSizeF size(inches.width() * dpi, inches.height() * dpi);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setResolution(int(std::lround(dpi))); // width/height attributes in mm = the chart's inches
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setTitle(title.toHtmlEscaped()); // Qt 6.4 writes <title> unescaped
    generator.setDescription(tr("Chart exported by Insights Viewer"));
    {
        QPainter painter(&generator);
        painter.fillRect(QRectF(QPointF(0, 0), size), backgroundOf(chart));
        paint(chart, &painter, QRectF(QPointF(0, 0), size));
    }
    if (!file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ChartRenderer::writePdf(QChart *chart, const QSizeF &inches, const QString &title, const QString &path,
                             QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Insights Viewer"));
        pdf.setResolution(int(std::lround(layoutDpi())));
        pdf.setPageLayout(
            QPageLayout(QPageSize(inches, QPageSize::Inch), QPageLayout::Portrait, QMarginsF()));
        QPainter painter(&pdf);
        const QRectF page(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
        painter.fillRect(page, backgroundOf(chart));
        paint(chart, &painter, page);
    }
    if (!file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QChart *ChartRenderer::buildChart(const Question &question, const BucketValues &values,
                                  const ChartStyle &style, ChartNotes *notes)
{
    if (question.kind == MetricKind::Counter) {
        if (notes)
            notes->message = tr("A counter has no chart.");
        return nullptr;
    }
    QChart *chart = ChartBuilder::build(question, values, style, notes);
    if (chart) {
        // A file's chart fills it: no rounded corners, no frame of the view's colour around the background.
        chart->setBackgroundRoundness(0);
        if (chart->layout())
            chart->layout()->setContentsMargins(0, 0, 0, 0);
    }
    return chart;
}

bool ChartRenderer::exportChart(const Question &question, const BucketValues &values,
                                const RenderOptions &options, const QString &path, QString *error,
                                ChartNotes *notes)
{
    ChartNotes local;
    ChartNotes *n = notes ? notes : &local;
    std::unique_ptr<QChart> chart(buildChart(question, values, options.style(), n));
    if (!chart) {
        *error = n->message.isEmpty() ? tr("%1: no chart for this question").arg(question.label) : n->message;
        return false;
    }
    const QString title = TextBudget::elide(question.displayText(), TextBudget::kTitleChars);
    switch (options.format) {
    case ChartFormat::Svg:
        return writeSvg(chart.get(), options.inches(), title, path, error);
    case ChartFormat::Pdf:
        return writePdf(chart.get(), options.inches(), title, path, error);
    case ChartFormat::Png:
        break;
    }
    return writePng(renderImage(chart.get(), options.inches(), options.dpi), path, options.pngLevel, error,
                    true);
}

QImage ChartRenderer::image(const Question &question, const BucketValues &values,
                            const RenderOptions &options, ChartNotes *notes)
{
    std::unique_ptr<QChart> chart(buildChart(question, values, options.style(), notes));
    if (!chart)
        return {};
    return renderImage(chart.get(), options.inches(), options.dpi);
}

} // namespace iv
