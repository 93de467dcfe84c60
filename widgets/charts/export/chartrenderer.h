// SPDX-License-Identifier: MIT
#pragma once

#include "bucketvalues.h"
#include "catalogue.h"
#include "chartnotes.h"
#include "chartstyle.h"
#include "pngencoder.h"

#include <QImage>
#include <QSizeF>
#include <QString>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
QT_END_NAMESPACE

namespace iv {

enum class ChartSize { Small, Medium, Large }; // upstream's 8×4, 16×8 and 32×16 inches
enum class ChartFormat { Png, Svg, Pdf };

// How a chart goes to a file: format, physical size, DPI (PNG only; SVG and PDF are vector) and theme.
struct RenderOptions
{
    ChartFormat format = ChartFormat::Png;
    ChartSize size = ChartSize::Small;
    int dpi = 180; // upstream's INSIGHTS_CHART_DPI default
    bool dark = false;
    // Set (--size WIDTHxHEIGHT): exactly this many pixels, laid out like a chart of that size in a window
    // (inches = pixels / dpi, dpi defaulting to layoutDpi()); size is then ignored.
    QSize pixels;
    // PNG compression: PngEncoder::kRowDeflate (runs and the row above only: about half the CPU of zlib's
    // level 1, files 3–15 % larger; docs/PERFORMANCE.md) or a zlib level 0-9. The pixels are the same
    // whichever.
    int pngLevel = PngEncoder::kRowDeflate;

    QSizeF inches() const;
    QSize pixelSize() const; // PNG pixels: inches × dpi
    ChartStyle style() const { return dark ? ChartStyle::darkTheme() : ChartStyle::light(); }
    QString extension() const; // "png", "svg", "pdf"

    static QSizeF inchesFor(ChartSize size);
    // Parse command-line/dialog ids ("small", "png", …); false for an unknown id.
    static bool parseSize(const QString &id, ChartSize *size);
    // "WIDTHxHEIGHT" in pixels, each side from kMinPixels to kMaxPixels; false otherwise.
    static bool parsePixels(const QString &text, QSize *pixels);
    static constexpr int kMinPixels = 32;
    static constexpr int kMaxPixels = 8000;
    static bool parseFormat(const QString &id, ChartFormat *format);
};

// Renders the very chart ChartBuilder builds (no second drawing path) offscreen to a PNG, SVG or PDF file, an
// image (clipboard) or any QPainter (report pages, printing).
//
// Text is sized as on screen relative to the chart: the chart is laid out at inches × layoutDpi() logical
// pixels (the DPI Qt uses for fonts, 96 on the offscreen platform) and painted scaled to the output, so an
// 8×4 in chart at 180 dpi reads like upstream's matplotlib figure instead of tiny text on a huge canvas. For
// vector devices (QPdfWriter, QPrinter, QSvgGenerator) set the device resolution to layoutDpi() so point-size
// fonts resolve the way the layout measured them; paint() then needs no scaling.
//
// Charts passed in must not be shown in a QGraphicsScene of their own (build a fresh one with ChartBuilder);
// the caller keeps ownership. GUI thread (the thread that owns the QApplication) only.
class ChartRenderer
{
public:
    ChartRenderer() = delete;

    static qreal layoutDpi();

    // Lays the chart out at layoutSize (logical pixels) and paints it scaled into target on painter.
    static void paint(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &layoutSize);
    // Lays the chart out at target's size and paints it 1:1 (painter's device at layoutDpi()).
    static void paint(QChart *chart, QPainter *painter, const QRectF &target);

    // inches × dpi pixels, opaque, DPI written as metadata (dots per metre).
    static QImage renderImage(QChart *chart, const QSizeF &inches, int dpi);
    // PngEncoder with pngStripes(image) stripes (the same bytes whether parallel or not); parallel compresses
    // the stripes on the global thread pool as well as this thread. Any thread.
    static bool writePng(const QImage &image, const QString &path, int level, QString *error,
                         bool parallel = false);
    static int pngStripes(const QImage &image);
    static bool writeSvg(QChart *chart, const QSizeF &inches, const QString &title, const QString &path,
                         QString *error);
    static bool writePdf(QChart *chart, const QSizeF &inches, const QString &title, const QString &path,
                         QString *error);

    // ChartBuilder::build + the format's writer. False with *error ("PATH: reason", or the unsupported-kind
    // text for counters and unknown bucket types).
    static bool exportChart(const Question &question, const BucketValues &values,
                            const RenderOptions &options, const QString &path, QString *error,
                            ChartNotes *notes = nullptr);
    // The chart as an image at options' size and DPI (Copy chart). Null image for a question without a chart.
    static QImage image(const Question &question, const BucketValues &values, const RenderOptions &options,
                        ChartNotes *notes = nullptr);
    // The chart for question (gauges included), or nullptr (counters, unknown bucket types). Caller owns it.
    static QChart *buildChart(const Question &question, const BucketValues &values, const ChartStyle &style,
                              ChartNotes *notes = nullptr);
};

} // namespace iv
