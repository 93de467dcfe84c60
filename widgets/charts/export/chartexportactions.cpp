// SPDX-License-Identifier: MIT
#include "chartexportactions.h"

#include "chartrenderer.h"
#include "dataexport.h"
#include "exportchartdialog.h"
#include "reportwriter.h"
#include "snapshotfile.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QWidget>

#include <cmath>

namespace iv {

ChartExportActions::ChartExportActions(QWidget *window, QObject *parent)
    : QObject(parent), m_window(window), m_exportChart(new QAction(this)), m_copyChart(new QAction(this)),
      m_exportData(new QAction(this)), m_exportAll(new QAction(this)), m_exportReport(new QAction(this)),
      m_print(new QAction(this))
{
    m_exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_print->setShortcut(QKeySequence::Print);
    connect(m_exportChart, &QAction::triggered, this, &ChartExportActions::onExportChart);
    connect(m_copyChart, &QAction::triggered, this, &ChartExportActions::onCopyChart);
    connect(m_exportData, &QAction::triggered, this, &ChartExportActions::onExportData);
    connect(m_exportAll, &QAction::triggered, this, &ChartExportActions::onExportAll);
    connect(m_exportReport, &QAction::triggered, this, &ChartExportActions::onExportReport);
    connect(m_print, &QAction::triggered, this, &ChartExportActions::onPrint);
    m_lastFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    retranslateUi();
    updateEnabled();
}

void ChartExportActions::retranslateUi()
{
    m_exportChart->setText(tr("&Export Chart…"));
    m_exportChart->setToolTip(tr("Save this chart as a PNG, SVG or PDF file"));
    m_copyChart->setText(tr("&Copy Chart"));
    m_copyChart->setToolTip(tr("Copy this chart to the clipboard as an image"));
    m_exportData->setText(tr("Export &Data…"));
    m_exportData->setToolTip(tr("Save the raw values of this question as CSV or NDJSON"));
    m_exportAll->setText(tr("Export &All Charts…"));
    m_exportReport->setText(tr("Export &Report (PDF)…"));
    m_print->setText(tr("&Print…"));
}

void ChartExportActions::setSnapshot(const QString &snapshotPath)
{
    if (snapshotPath != m_snapshotPath) {
        m_question.reset();
        m_values.reset();
    }
    m_snapshotPath = snapshotPath;
    updateEnabled();
}

void ChartExportActions::setContext(const QString &snapshotPath, const Question *question,
                                    const BucketValues *values)
{
    m_snapshotPath = snapshotPath;
    m_question = question ? std::optional<Question>(*question) : std::nullopt;
    m_values = values ? std::optional<BucketValues>(*values) : std::nullopt;
    updateEnabled();
}

bool ChartExportActions::hasChart() const
{
    if (!m_question)
        return false;
    if (m_question->kind == MetricKind::Gauge)
        return true;
    return m_question->isBucket() && m_question->kind != MetricKind::Unknown && m_values.has_value();
}

void ChartExportActions::updateEnabled()
{
    const bool chart = hasChart();
    m_exportChart->setEnabled(chart);
    m_copyChart->setEnabled(chart);
    m_exportData->setEnabled(m_question && (!m_question->isBucket() || m_values));
    const bool snapshot = !m_snapshotPath.isEmpty();
    m_exportAll->setEnabled(snapshot);
    m_exportReport->setEnabled(snapshot);
    m_print->setEnabled(snapshot);
}

void ChartExportActions::report(bool ok, const QString &path, const QString &error)
{
    if (ok)
        emit exported(path);
    else
        emit failed(error);
}

bool ChartExportActions::exportChartTo(const QString &path, const RenderOptions &options, QString *error)
{
    if (!hasChart()) {
        *error = tr("No chart to export.");
        return false;
    }
    return ChartRenderer::exportChart(*m_question, m_values ? *m_values : BucketValues(), options, path,
                                      error);
}

bool ChartExportActions::exportDataTo(const QString &path, bool ndjson, QString *error)
{
    if (!m_question) {
        *error = tr("No question to export.");
        return false;
    }
    return DataExport::writeFile(path, ndjson ? DataExport::Format::Ndjson : DataExport::Format::Csv,
                                 *m_question, m_values ? &*m_values : nullptr, error);
}

bool ChartExportActions::copyChart(QString *error)
{
    if (!hasChart()) {
        *error = tr("No chart to copy.");
        return false;
    }
    RenderOptions options = m_options;
    options.size = ChartSize::Small;
    options.dpi = 96; // 768 × 384: a size that pastes well into mail and slides
    ChartNotes notes;
    const QImage image =
        ChartRenderer::image(*m_question, m_values ? *m_values : BucketValues(), options, &notes);
    if (image.isNull()) {
        *error = notes.message;
        return false;
    }
    QApplication::clipboard()->setImage(image);
    return true;
}

int ChartExportActions::exportAllChartsTo(const QString &dir, const RenderOptions &options, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = tr("%1: cannot create the folder").arg(dir);
        return -1;
    }
    const auto snapshot = SnapshotFile::open(m_snapshotPath, error);
    if (!snapshot)
        return -1;
    const std::optional<Catalogue> catalogue = snapshot->readCatalogue(error);
    if (!catalogue)
        return -1;
    QVector<Question> buckets;
    for (const App &app : catalogue->apps)
        for (const Question &q : app.questions)
            if (q.isBucket() && q.kind != MetricKind::Unknown)
                buckets.append(q);
    QProgressDialog progress(tr("Exporting charts…"), tr("Cancel"), 0, int(buckets.size()), m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QSet<QString> used;
    int written = 0;
    for (const Question &q : std::as_const(buckets)) {
        if (progress.wasCanceled())
            break;
        const std::optional<BucketValues> values = snapshot->loadBucketValues(q.id, error);
        if (!values)
            return -1;
        const QString path =
            QDir(dir).filePath(DataExport::safeFileName(q.label, options.extension(), &used));
        if (!ChartRenderer::exportChart(q, *values, options, path, error))
            return -1;
        ++written;
        progress.setValue(written);
    }
    return written;
}

bool ChartExportActions::exportReportTo(const QString &path, QString *error)
{
    ReportOptions options;
    options.appName = m_appName;
    options.dark = m_options.dark;
    return ReportWriter::writePdf(m_snapshotPath, path, options, error);
}

void ChartExportActions::onExportChart()
{
    ExportChartDialog dialog(m_window);
    dialog.setOptions(m_options);
    dialog.setPath(
        QDir(m_lastFolder).filePath(DataExport::safeFileName(m_question->label, m_options.extension())));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_options = dialog.options();
    m_lastFolder = QFileInfo(dialog.path()).absolutePath();
    QString error;
    report(exportChartTo(dialog.path(), m_options, &error), dialog.path(), error);
}

void ChartExportActions::onCopyChart()
{
    QString error;
    report(copyChart(&error), QString(), error);
}

void ChartExportActions::onExportData()
{
    const QString csv = tr("CSV (*.csv)");
    const QString ndjson = tr("NDJSON, one JSON object per line (*.ndjson)");
    QString filter = csv;
    const QString suggested =
        QDir(m_lastFolder).filePath(DataExport::safeFileName(m_question->label, QStringLiteral("csv")));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Data"), suggested,
                                                csv + QStringLiteral(";;") + ndjson, &filter);
    if (path.isEmpty())
        return;
    const bool asNdjson = filter == ndjson;
    if (QFileInfo(path).suffix().isEmpty())
        path += asNdjson ? QStringLiteral(".ndjson") : QStringLiteral(".csv");
    m_lastFolder = QFileInfo(path).absolutePath();
    QString error;
    report(exportDataTo(path, asNdjson, &error), path, error);
}

void ChartExportActions::onExportAll()
{
    ExportChartDialog dialog(m_window, true);
    dialog.setOptions(m_options);
    dialog.setPath(QDir(m_lastFolder)
                       .filePath(QFileInfo(m_snapshotPath).completeBaseName() + QStringLiteral("-charts")));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_options = dialog.options();
    QString error;
    const int written = exportAllChartsTo(dialog.path(), m_options, &error);
    report(written >= 0, dialog.path(), error);
}

void ChartExportActions::onExportReport()
{
    const QString suggested =
        QDir(m_lastFolder)
            .filePath(QFileInfo(m_snapshotPath).completeBaseName() + QStringLiteral("-report.pdf"));
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export Report"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    QString error;
    report(exportReportTo(path, &error), path, error);
}

void ChartExportActions::onPrint()
{
    // ScreenResolution: the printer's coordinates match ChartRenderer::layoutDpi(), so chart text keeps its
    // size.
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setResolution(int(std::lround(ChartRenderer::layoutDpi())));
    printer.setDocName(QFileInfo(m_snapshotPath).fileName());
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    const auto snapshot = SnapshotFile::open(m_snapshotPath, &error);
    std::optional<Catalogue> catalogue;
    if (snapshot)
        catalogue = snapshot->readCatalogue(&error);
    if (!catalogue) {
        emit failed(error);
        return;
    }
    ReportOptions options;
    options.appName = m_appName;
    ReportWriter writer(*snapshot, *catalogue, options);
    report(writer.paint(&printer, &error), QString(), error);
}

} // namespace iv
