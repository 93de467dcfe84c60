// SPDX-License-Identifier: MIT
#include "reportwriter.h"

#include "chartbuilder.h"
#include "chartrenderer.h"
#include "dataexport.h"
#include "datetext.h"
#include "numberformat.h"
#include "snapshotfile.h"
#include "textbudget.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtCharts/QChart>

#include <cmath>
#include <memory>

namespace iv {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("iv::ReportWriter", text, nullptr, n);
}

QFont font(qreal points, bool bold = false)
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(points);
    f.setBold(bold);
    // No shaping for scripts that do not need it: no ligatures, so copied or extracted text reads "fi", not
    // U+FB01, and a search for a question finds it.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("iv::ReportWriter", "(unreadable: %1)").arg(file.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

QString valueText(const Question &q)
{
    if (!q.valueValid)
        return q.rawValue.isNull() ? QCoreApplication::translate("iv::ReportWriter", "(no value)")
                                   : QCoreApplication::translate("iv::ReportWriter", "(not a number: %1)")
                                         .arg(TextBudget::elide(q.rawValue, TextBudget::kTitleChars));
    // Exact, in the UI language's notation, as --list shows it.
    const NumberFormat format = NumberFormat::ui();
    return q.valueIsInteger ? format.integer(q.intValue) : format.exact(q.value);
}

QString kindName(MetricKind kind, int n)
{
    // Explicit singular/plural: without a translator "%n … (s)" would print as is.
    const bool one = n == 1;
    switch (kind) {
    case MetricKind::Counter:
        return (one ? QCoreApplication::translate("iv::ReportWriter", "%1 counter")
                    : QCoreApplication::translate("iv::ReportWriter", "%1 counters"))
            .arg(n);
    case MetricKind::Gauge:
        return (one ? QCoreApplication::translate("iv::ReportWriter", "%1 gauge")
                    : QCoreApplication::translate("iv::ReportWriter", "%1 gauges"))
            .arg(n);
    case MetricKind::Timeseries:
        return QCoreApplication::translate("iv::ReportWriter", "%1 timeseries").arg(n);
    case MetricKind::Scatterplot:
        return (one ? QCoreApplication::translate("iv::ReportWriter", "%1 scatterplot")
                    : QCoreApplication::translate("iv::ReportWriter", "%1 scatterplots"))
            .arg(n);
    case MetricKind::Barchart:
        return (one ? QCoreApplication::translate("iv::ReportWriter", "%1 barchart")
                    : QCoreApplication::translate("iv::ReportWriter", "%1 barcharts"))
            .arg(n);
    case MetricKind::Hbarchart:
        return (one ? QCoreApplication::translate("iv::ReportWriter", "%1 horizontal barchart")
                    : QCoreApplication::translate("iv::ReportWriter", "%1 horizontal barcharts"))
            .arg(n);
    case MetricKind::Histogram:
        return (one ? QCoreApplication::translate("iv::ReportWriter", "%1 histogram")
                    : QCoreApplication::translate("iv::ReportWriter", "%1 histograms"))
            .arg(n);
    case MetricKind::Unknown:
        break;
    }
    return QCoreApplication::translate("iv::ReportWriter", "%1 of an unsupported kind").arg(n);
}

constexpr qreal kGap = 8;

} // namespace

struct ReportWriter::Page
{
    QRectF area; // content area in painter coordinates
    QRectF full; // the whole sheet, for the background
    qreal y = 0; // next free line
    int number = 0;
    QColor text;
    QColor muted;
    QColor rule;
    QColor background;

    qreal left() const { return area.bottom() - y; }
};

ReportWriter::ReportWriter(const SnapshotFile &snapshot, const Catalogue &catalogue,
                           const ReportOptions &options)
    : m_snapshot(snapshot), m_catalogue(catalogue), m_options(options)
{
}

bool ReportWriter::writePdf(const QString &snapshotPath, const QString &outPath, const ReportOptions &options,
                            QString *error)
{
    const auto snapshot = SnapshotFile::open(snapshotPath, error);
    if (!snapshot)
        return false;
    const std::optional<Catalogue> catalogue = snapshot->readCatalogue(error);
    if (!catalogue)
        return false;
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(outPath, file.errorString());
        return false;
    }
    bool ok = false;
    {
        QPdfWriter pdf(&file);
        pdf.setCreator(options.appName);
        pdf.setTitle(tr("Report on %1").arg(QFileInfo(snapshotPath).fileName()));
        pdf.setResolution(int(std::lround(ChartRenderer::layoutDpi())));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        ReportWriter writer(*snapshot, *catalogue, options);
        ok = writer.paint(&pdf, error);
    }
    if (!ok)
        return false;
    if (!file.commit()) {
        *error = QStringLiteral("%1: %2").arg(outPath, file.errorString());
        return false;
    }
    return true;
}

bool ReportWriter::paint(QPagedPaintDevice *device, QString *error)
{
    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("cannot paint on the output device");
        return false;
    }
    m_device = device;
    m_painter = &painter;
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);

    Page page;
    const QPageLayout layout = device->pageLayout();
    const int dpi = device->logicalDpiY();
    const QRect paintRect = layout.paintRectPixels(dpi);
    page.area = QRectF(0, 0, device->width(), device->height());
    page.full = QRectF(layout.fullRectPixels(dpi)).translated(-paintRect.topLeft());
    page.text = m_options.dark ? QColor(0xE5, 0xE7, 0xEB) : QColor(0x11, 0x18, 0x27);
    page.muted = m_options.dark ? QColor(0x9C, 0xA3, 0xAF) : QColor(0x4B, 0x55, 0x63);
    page.rule = m_options.dark ? QColor(0x37, 0x41, 0x51) : QColor(0xD1, 0xD5, 0xDB);
    page.background = m_options.dark ? QColor(0x11, 0x18, 0x27) : QColor(Qt::white);
    page.number = 0;
    newPage(page);
    paintCover(page);
    for (const App &app : m_catalogue.apps)
        paintApp(page, app);
    painter.end();
    m_painter = nullptr;
    if (!m_error.isEmpty()) {
        *error = m_error;
        return false;
    }
    return true;
}

void ReportWriter::newPage(Page &page)
{
    if (page.number > 0)
        m_device->newPage();
    ++page.number;
    m_painter->fillRect(page.full, page.background);
    page.y = page.area.top();
    // Page number at the foot, inside the content area.
    const QFont f = font(8);
    const qreal h = QFontMetricsF(f, m_device).height();
    m_painter->setFont(f);
    m_painter->setPen(page.muted);
    m_painter->drawText(QRectF(page.area.left(), page.area.bottom() - h, page.area.width(), h),
                        Qt::AlignRight | Qt::AlignVCenter, QString::number(page.number));
    page.area.setBottom(page.area.bottom()); // the footer overlaps only the last text line's margin
}

int ReportWriter::wrapFlags(const QString &text, const QFont &f, qreal width) const
{
    // Word wrap; a word wider than the column (a long label, a hash) may break anywhere.
    const QFontMetricsF metrics(f, m_device);
    const QStringList words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &word : words)
        if (metrics.horizontalAdvance(word) > width)
            return Qt::TextWordWrap | Qt::TextWrapAnywhere;
    return Qt::TextWordWrap;
}

qreal ReportWriter::textHeight(const QString &text, const QFont &f, qreal width) const
{
    if (text.isEmpty())
        return 0;
    const QFontMetricsF metrics(f, m_device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), wrapFlags(text, f, width), text).height();
}

void ReportWriter::drawWrapped(const QRectF &rect, const QString &text, const QFont &f, const QColor &color,
                               int align)
{
    m_painter->setFont(f);
    m_painter->setPen(color);
    m_painter->drawText(rect, wrapFlags(text, f, rect.width()) | align, text);
}

void ReportWriter::drawText(Page &page, const QString &text, const QFont &f, const QColor &color)
{
    if (text.isEmpty())
        return;
    const qreal h = textHeight(text, f, page.area.width());
    if (h > page.left() && page.y > page.area.top())
        newPage(page);
    drawWrapped(QRectF(page.area.left(), page.y, page.area.width(), h), text, f, color);
    page.y += h;
}

void ReportWriter::paintCover(Page &page)
{
    page.y += page.area.height() * 0.12;
    drawText(page, m_options.appName, font(26, true), page.text);
    page.y += kGap;
    drawText(page, tr("Snapshot report"), font(16), page.muted);
    page.y += 4 * kGap;

    const QFileInfo info(m_snapshot.path());
    QStringList counts;
    for (MetricKind kind :
         {MetricKind::Counter, MetricKind::Gauge, MetricKind::Timeseries, MetricKind::Scatterplot,
          MetricKind::Barchart, MetricKind::Hbarchart, MetricKind::Histogram, MetricKind::Unknown}) {
        const int n = m_catalogue.countOf(kind);
        if (n > 0)
            counts << kindName(kind, n);
    }
    const QList<QPair<QString, QString>> rows = {
        {tr("File"), info.fileName()},
        {tr("Folder"), info.absolutePath()},
        {tr("SHA-256"), sha256Of(m_snapshot.path())},
        {tr("Size"), tr("%1 bytes").arg(NumberFormat::ui().integer(info.size()))},
        {tr("Collected"),
         m_catalogue.latestCreatedAt.isNull() ? tr("(unknown)") : uiDateTime(m_catalogue.latestCreatedAt)},
        {tr("Apps"), NumberFormat::ui().integer(m_catalogue.apps.size())},
        {tr("Questions"), NumberFormat::ui().integer(m_catalogue.questionCount())},
        {tr("Counts"), counts.join(QStringLiteral(", "))},
        {tr("Report made"), uiDateTime(QDateTime::currentDateTimeUtc().toMSecsSinceEpoch() * 1000)},
    };
    const QFont labelFont = font(10, true);
    const QFont valueFont = font(10);
    const qreal labelWidth = page.area.width() * 0.22;
    const qreal valueWidth = page.area.width() - labelWidth;
    for (const auto &row : rows) {
        const qreal h = std::max(textHeight(row.first, labelFont, labelWidth),
                                 textHeight(row.second, valueFont, valueWidth));
        drawWrapped(QRectF(page.area.left(), page.y, labelWidth, h), row.first, labelFont, page.muted);
        drawWrapped(QRectF(page.area.left() + labelWidth, page.y, valueWidth, h), row.second, valueFont,
                    page.text);
        page.y += h + kGap / 2;
    }
    for (const QString &warning : m_catalogue.warnings) {
        page.y += kGap / 2;
        drawText(page, tr("Warning: %1").arg(TextBudget::elide(warning, TextBudget::kDescriptionChars)),
                 font(9), page.muted);
    }
}

void ReportWriter::paintApp(Page &page, const App &app)
{
    newPage(page);
    drawText(page, TextBudget::elide(app.name(), TextBudget::kTitleChars), font(18, true), page.text);
    if (!app.label.isEmpty() && app.module != app.label)
        drawText(page, TextBudget::elide(app.module, TextBudget::kTitleChars), font(9), page.muted);
    page.y += 2 * kGap;
    paintValueTable(page, app);
    for (const Question &q : app.questions)
        if (q.isBucket())
            paintChart(page, q);
}

void ReportWriter::paintValueTable(Page &page, const App &app)
{
    const QFont head = font(9, true);
    const QFont cell = font(9);
    const qreal w = page.area.width();
    const qreal cols[] = {w * 0.50, w * 0.22, w * 0.28}; // question (+ description) | label | value
    auto row = [&](const QString &a, const QString &desc, const QString &b, const QString &c,
                   const QFont &f) {
        const qreal ha = textHeight(a, f, cols[0] - 6) + textHeight(desc, font(8), cols[0] - 6);
        const qreal h = std::max({ha, textHeight(b, f, cols[1] - 6), textHeight(c, f, cols[2] - 6)}) + 6;
        if (h > page.left())
            newPage(page);
        qreal x = page.area.left();
        const qreal hA = textHeight(a, f, cols[0] - 6);
        drawWrapped(QRectF(x, page.y + 3, cols[0] - 6, hA), a, f, page.text);
        if (!desc.isEmpty())
            drawWrapped(QRectF(x, page.y + 3 + hA, cols[0] - 6, h - hA), desc, font(8), page.muted);
        x += cols[0];
        drawWrapped(QRectF(x, page.y + 3, cols[1] - 6, h), b, f, page.text);
        x += cols[1];
        drawWrapped(QRectF(x, page.y + 3, cols[2] - 6, h), c, f, page.text, Qt::AlignRight);
        page.y += h;
        m_painter->setPen(page.rule);
        m_painter->drawLine(QPointF(page.area.left(), page.y), QPointF(page.area.right(), page.y));
    };
    bool any = false;
    for (const Question &q : app.questions) {
        if (q.kind != MetricKind::Counter && q.kind != MetricKind::Gauge)
            continue;
        if (!any) {
            drawText(page, tr("Counters and gauges"), font(12, true), page.text);
            page.y += kGap / 2;
            row(tr("Question"), QString(), tr("Label"), tr("Value"), head);
            any = true;
        }
        row(TextBudget::elide(q.displayText(), TextBudget::kReportTitleChars),
            TextBudget::elide(q.desc, TextBudget::kDescriptionChars),
            TextBudget::elide(q.label, TextBudget::kTitleChars), valueText(q), cell);
    }
    if (any)
        page.y += 2 * kGap;
}

void ReportWriter::paintChart(Page &page, const Question &q)
{
    const qreal width = page.area.width();
    const QFont questionFont = font(11, true);
    const QFont descFont = font(9);
    const qreal chartHeight = std::round(width / 2); // upstream's 2:1
    QString note;
    std::unique_ptr<QChart> chart;
    if (q.kind == MetricKind::Unknown) {
        note = ChartBuilder::unsupportedText(q);
    } else {
        QString error;
        const std::optional<BucketValues> values = m_snapshot.loadBucketValues(q.id, &error);
        if (!values) {
            // As --export-charts: a bucket that cannot be read fails the report (it is not written).
            note = error;
            if (m_error.isEmpty())
                m_error =
                    tr("%1 (bucket \"%2\")").arg(error, TextBudget::elide(q.label, TextBudget::kTitleChars));
        } else {
            ChartNotes notes;
            chart.reset(ChartRenderer::buildChart(
                q, *values, m_options.dark ? ChartStyle::darkTheme() : ChartStyle::light(), &notes));
            note = notes.message;
        }
    }
    const QString question = TextBudget::elide(q.displayText(), TextBudget::kReportTitleChars);
    const QString desc = TextBudget::elide(q.desc, TextBudget::kDescriptionChars);
    const qreal hq = textHeight(question, questionFont, width);
    const qreal hd = textHeight(desc, descFont, width);
    const qreal hn = textHeight(note, descFont, width);
    const qreal block = hq + hd + (chart ? chartHeight + kGap : 0) + hn + 2 * kGap;
    if (block > page.left() && page.y > page.area.top())
        newPage(page);
    drawText(page, question, questionFont, page.text);
    drawText(page, desc, descFont, page.muted);
    if (chart) {
        page.y += kGap / 2;
        ChartRenderer::paint(chart.get(), m_painter, QRectF(page.area.left(), page.y, width, chartHeight));
        page.y += chartHeight + kGap / 2;
    }
    drawText(page, note, descFont, page.muted);
    page.y += 2 * kGap;
}

} // namespace iv
