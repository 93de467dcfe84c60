// SPDX-License-Identifier: MIT
#pragma once

#include "chartrenderer.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

namespace iv {

// Asks how to export a chart: file (with a Browse… QFileDialog), format PNG/SVG/PDF, size, DPI (PNG only) and
// theme. Pure input: the caller reads options() and path() after exec() == Accepted and writes the file. With
// folderMode the path is a folder (Export all charts…).
class ExportChartDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportChartDialog)

public:
    explicit ExportChartDialog(QWidget *parent = nullptr, bool folderMode = false);

    void setOptions(const RenderOptions &options);
    RenderOptions options() const;
    // The suggested file (its extension follows the format) or folder.
    void setPath(const QString &path);
    QString path() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browse();
    void formatChanged();
    void updateSummary();

    bool m_folderMode = false;
    QLabel *m_pathLabel = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_formatLabel = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QComboBox *m_size = nullptr;
    QLabel *m_dpiLabel = nullptr;
    QSpinBox *m_dpi = nullptr;
    QLabel *m_themeLabel = nullptr;
    QComboBox *m_theme = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace iv
