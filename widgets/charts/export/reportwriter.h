// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QColor;
class QFont;
class QPagedPaintDevice;
class QPainter;
class QRectF;
QT_END_NAMESPACE

namespace iv {

class SnapshotFile;

struct ReportOptions
{
    QString appName = QStringLiteral("Insights Viewer"); // a preference later
    bool dark = false;
};

// The whole-snapshot report: a cover page (app name, file name, SHA-256, size, when collected, counts per
// kind), then per app its counters and gauges as a table and every chart (all kinds, scatterplots included)
// with its question and description. A chart block never splits across pages. Text is real text (selectable
// in the PDF), painted literally (never markup). Charts come from ChartBuilder via ChartRenderer, as on
// screen.
//
// paint() works on any paged device (QPdfWriter, QPrinter); set its resolution to ChartRenderer::layoutDpi()
// (writePdf does; for a QPrinter use QPrinter::ScreenResolution) so chart fonts match their layout. Values
// are loaded bucket by bucket and released after drawing. File text is cut to TextBudget's budgets (the full
// text is in the data exports). A bucket whose values cannot be read fails paint() (after painting the rest,
// with the reason on its page) and writePdf() (nothing written), as --export-charts fails. GUI thread only.
class ReportWriter
{
public:
    ReportWriter(const SnapshotFile &snapshot, const Catalogue &catalogue, const ReportOptions &options);

    bool paint(QPagedPaintDevice *device, QString *error);

    // Opens snapshotPath read-only and writes the report to outPath (atomically). *error "PATH: reason".
    static bool writePdf(const QString &snapshotPath, const QString &outPath, const ReportOptions &options,
                         QString *error);

private:
    struct Page;
    void newPage(Page &page);
    void paintCover(Page &page);
    void paintApp(Page &page, const App &app);
    void paintValueTable(Page &page, const App &app);
    void paintChart(Page &page, const Question &question);
    int wrapFlags(const QString &text, const QFont &font, qreal width) const;
    qreal textHeight(const QString &text, const QFont &font, qreal width) const;
    void drawWrapped(const QRectF &rect, const QString &text, const QFont &font, const QColor &color,
                     int align = 0);
    void drawText(Page &page, const QString &text, const QFont &font, const QColor &color);

    const SnapshotFile &m_snapshot;
    const Catalogue &m_catalogue;
    ReportOptions m_options;
    QPagedPaintDevice *m_device = nullptr;
    QPainter *m_painter = nullptr;
    QString m_error;
};

} // namespace iv
