// SPDX-License-Identifier: MIT
#include "exportchartdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace iv {

ExportChartDialog::ExportChartDialog(QWidget *parent, bool folderMode)
    : QDialog(parent), m_folderMode(folderMode), m_pathLabel(new QLabel(this)), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(this)), m_formatLabel(new QLabel(this)), m_format(new QComboBox(this)),
      m_sizeLabel(new QLabel(this)), m_size(new QComboBox(this)), m_dpiLabel(new QLabel(this)),
      m_dpi(new QSpinBox(this)), m_themeLabel(new QLabel(this)), m_theme(new QComboBox(this)),
      m_summary(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    auto *form = new QFormLayout(this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    form->addRow(m_pathLabel, pathRow);
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_sizeLabel, m_size);
    form->addRow(m_dpiLabel, m_dpi);
    form->addRow(m_themeLabel, m_theme);
    form->addRow(m_summary);
    form->addRow(m_buttons);
    for (QLabel *label : {m_pathLabel, m_formatLabel, m_sizeLabel, m_dpiLabel, m_themeLabel, m_summary})
        label->setTextFormat(Qt::PlainText);
    m_pathLabel->setBuddy(m_path);
    m_formatLabel->setBuddy(m_format);
    m_sizeLabel->setBuddy(m_size);
    m_dpiLabel->setBuddy(m_dpi);
    m_themeLabel->setBuddy(m_theme);
    m_dpi->setRange(10, 1200);
    m_dpi->setValue(180);
    for (int i = 0; i < 3; ++i) {
        m_format->addItem(QString());
        m_size->addItem(QString());
    }
    m_theme->addItem(QString());
    m_theme->addItem(QString());
    connect(m_browse, &QPushButton::clicked, this, &ExportChartDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportChartDialog::formatChanged);
    connect(m_size, &QComboBox::currentIndexChanged, this, &ExportChartDialog::updateSummary);
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportChartDialog::updateSummary);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_path->text().trimmed().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    retranslateUi();
    updateSummary();
}

void ExportChartDialog::retranslateUi()
{
    setWindowTitle(m_folderMode ? tr("Export All Charts") : tr("Export Chart"));
    m_pathLabel->setText(m_folderMode ? tr("&Folder:") : tr("&File:"));
    m_browse->setText(tr("&Browse…"));
    m_formatLabel->setText(tr("F&ormat:"));
    m_format->setItemText(0, tr("PNG image"));
    m_format->setItemText(1, tr("SVG vector image"));
    m_format->setItemText(2, tr("PDF document"));
    m_sizeLabel->setText(tr("&Size:"));
    m_size->setItemText(0, tr("Small (8 × 4 in)"));
    m_size->setItemText(1, tr("Medium (16 × 8 in)"));
    m_size->setItemText(2, tr("Large (32 × 16 in)"));
    m_dpiLabel->setText(tr("&Resolution:"));
    m_dpi->setSuffix(tr(" dpi"));
    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setItemText(0, tr("Light"));
    m_theme->setItemText(1, tr("Dark"));
    m_path->setAccessibleName(m_folderMode ? tr("Export folder") : tr("Export file"));
    m_browse->setAccessibleName(tr("Choose where to export"));
    m_format->setAccessibleName(tr("Export format"));
    m_size->setAccessibleName(tr("Chart size"));
    m_dpi->setAccessibleName(tr("Resolution in dots per inch"));
    m_theme->setAccessibleName(tr("Chart theme"));
    updateSummary();
}

void ExportChartDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportChartDialog::setOptions(const RenderOptions &options)
{
    m_format->setCurrentIndex(int(options.format));
    m_size->setCurrentIndex(int(options.size));
    m_dpi->setValue(options.dpi);
    m_theme->setCurrentIndex(options.dark ? 1 : 0);
    formatChanged();
}

RenderOptions ExportChartDialog::options() const
{
    RenderOptions o;
    o.format = ChartFormat(m_format->currentIndex());
    o.size = ChartSize(m_size->currentIndex());
    o.dpi = m_dpi->value();
    o.dark = m_theme->currentIndex() == 1;
    return o;
}

void ExportChartDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportChartDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportChartDialog::browse()
{
    QString chosen;
    if (m_folderMode) {
        chosen = QFileDialog::getExistingDirectory(this, tr("Export All Charts to Folder"), path());
    } else {
        const RenderOptions o = options();
        const QString filter = o.format == ChartFormat::Png   ? tr("PNG images (*.png)")
                               : o.format == ChartFormat::Svg ? tr("SVG images (*.svg)")
                                                              : tr("PDF documents (*.pdf)");
        chosen = QFileDialog::getSaveFileName(this, tr("Export Chart"), path(), filter);
    }
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportChartDialog::formatChanged()
{
    const RenderOptions o = options();
    m_dpi->setEnabled(o.format == ChartFormat::Png);
    if (!m_folderMode && !path().isEmpty()) {
        const QFileInfo info(path());
        m_path->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + o.extension()));
    }
    updateSummary();
}

void ExportChartDialog::updateSummary()
{
    const RenderOptions o = options();
    if (o.format == ChartFormat::Png) {
        const QSize px = o.pixelSize();
        m_summary->setText(tr("%1 × %2 pixels").arg(px.width()).arg(px.height()));
    } else {
        m_summary->setText(tr("Vector output; text stays text."));
    }
}

} // namespace iv
