// SPDX-License-Identifier: MIT
#include "redactionpreview.h"

#include "reviewreport.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace iv {

RedactionPreviewDialog::RedactionPreviewDialog(const RedactionResult &preview, QWidget *parent)
    : QDialog(parent), m_summary(new QLabel(this)), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Preview of the Redacted Copy"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    int marked = 0;
    for (const RedactionChange &c : preview.changes)
        marked += c.code == QLatin1String("manual-mark") ? 1 : 0;
    QString summary;
    if (!preview.ok) {
        summary = tr("The copy cannot be made: %1").arg(ReviewReport::visible(preview.error));
    } else {
        summary = tr("%n cell(s) will be replaced", nullptr, int(preview.changes.size())) + QLatin1Char(' ') +
                  tr("(%n distinct value(s)", nullptr, preview.distinctValues) + QStringLiteral(", ") +
                  tr("%n marked by hand)", nullptr, marked) + QLatin1Char('.');
        if (!preview.dropped.isEmpty())
            summary += QLatin1Char(' ') + tr("%n table(s), column(s) or other object(s) not in upstream's schema "
                                             "will be left out.",
                                             nullptr, int(preview.dropped.size()));
        summary += QLatin1Char(' ') +
                   (preview.copyClean
                        ? tr("The copy was reviewed again: clean.")
                        : tr("The copy was reviewed again and still has %n finding(s): it is not clean.", nullptr,
                             preview.copyFindings));
        if (preview.copyToCheck > 0)
            summary += QLatin1Char(' ') + tr("%n value(s) of it to check by eye.", nullptr,
                                             int(std::min<qint64>(preview.copyToCheck, INT_MAX)));
        if (preview.changes.size() > kMaxRows)
            summary += QLatin1Char(' ') + tr("Showing the first %1 cells; the log lists all.").arg(kMaxRows);
    }
    m_summary->setText(summary);

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Where"), tr("Before (masked)"), tr("After"), tr("Why")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Replaced cells"));
    const int rows = int(std::min<qsizetype>(preview.changes.size(), kMaxRows));
    m_table->setRowCount(rows);
    for (int i = 0; i < rows; ++i) {
        const RedactionChange &c = preview.changes.at(i);
        const QString where = tr("%1.%2 row %3")
                                  .arg(ReviewReport::visible(c.table), ReviewReport::visible(c.column))
                                  .arg(c.row);
        const QStringList cells = {where, ReviewReport::visible(c.masked), ReviewReport::visible(c.replacement),
                                   c.code == QLatin1String("manual-mark") ? tr("marked by hand") : c.code};
        for (int k = 0; k < cells.size(); ++k)
            m_table->setItem(i, k, new QTableWidgetItem(cells.at(k)));
    }
    m_table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save Copy…"), QDialogButtonBox::AcceptRole);
    m_save->setEnabled(preview.ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 480);
}

QString RedactionPreviewDialog::summaryText() const
{
    return m_summary->text();
}

} // namespace iv
