// SPDX-License-Identifier: MIT
#include "bucketvaluestablemodel.h"

#include "questiontreemodel.h" // plainToolTip
#include "textbudget.h"

#include "numberformat.h"

#include <algorithm>
#include <cmath>

namespace iv {

namespace {
// Exact (two different stored values never read the same) and in the UI language's notation.
QString number(double v)
{
    return std::isfinite(v) ? NumberFormat::ui().exact(v) : QString();
}
} // namespace

BucketValuesTableModel::BucketValuesTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void BucketValuesTableModel::setValues(const Question &question, const BucketValues &values)
{
    beginResetModel();
    m_question = question;
    m_values = values;
    m_rows = std::min(values.size(), kBatch);
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void BucketValuesTableModel::clear()
{
    beginResetModel();
    m_question = Question();
    m_values = BucketValues();
    m_rows = 0;
    endResetModel();
}

bool BucketValuesTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows < m_values.size();
}

void BucketValuesTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = std::min(kBatch, m_values.size() - m_rows);
    beginInsertRows(QModelIndex(), m_rows, m_rows + more - 1);
    m_rows += more;
    endInsertRows();
}

bool BucketValuesTableModel::ensureRow(int row)
{
    if (row < 0 || row >= m_values.size())
        return false;
    if (row >= m_rows) {
        const int last = std::min(m_values.size(), (row / kBatch + 1) * kBatch);
        beginInsertRows(QModelIndex(), m_rows, last - 1);
        m_rows = last;
        endInsertRows();
    }
    return true;
}

int BucketValuesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int BucketValuesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BucketValuesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    if (role == Qt::TextAlignmentRole) {
        const bool numeric =
            index.column() == IdColumn || index.column() == XColumn || index.column() == YColumn;
        return QVariant::fromValue(
            Qt::Alignment((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    if (role == int(Role::Raw)) {
        switch (index.column()) {
        case IdColumn:
            return m_values.ids.at(row);
        case TimestampColumn:
            return m_values.timestampAt(row);
        case XColumn:
            return m_values.x.at(row);
        case YColumn:
            return m_values.y.at(row);
        case CategoryColumn:
            return m_values.categoryAt(row);
        }
        return QVariant();
    }
    if (index.column() == CategoryColumn && role == Qt::ToolTipRole) {
        const QString category = m_values.categoryAt(row);
        return TextBudget::isElided(category, TextBudget::kDescriptionChars)
                   ? QVariant(plainToolTip(category.left(20000)))
                   : QVariant();
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case IdColumn:
        return QString::number(m_values.ids.at(row));
    case TimestampColumn:
        return m_values.timestampAt(row);
    case XColumn:
        return number(m_values.x.at(row));
    case YColumn:
        return number(m_values.y.at(row));
    case CategoryColumn: // within a budget (the item view lays the whole text out on every paint); Raw and
                         // the tooltip have more
        return TextBudget::elide(m_values.categoryAt(row), TextBudget::kDescriptionChars);
    }
    return QVariant();
}

QVariant BucketValuesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QVariant();
    if (orientation == Qt::Vertical)
        return section + 1;
    auto titled = [](const QString &column, const QString &label) {
        // Within a budget: the header measures its text for every layout.
        return label.isEmpty() ? column
                               : QStringLiteral("%1 (%2)").arg(
                                     TextBudget::elide(label, TextBudget::kAxisTitleChars), column);
    };
    const MetricKind kind = m_question.kind;
    switch (section) {
    case IdColumn:
        return tr("id");
    case TimestampColumn:
        return kind == MetricKind::Timeseries ? titled(tr("timestamp"), m_question.xlabel) : tr("timestamp");
    case XColumn:
        return titled(tr("xvalue"), m_question.ylabel);
    case YColumn:
        return kind == MetricKind::Scatterplot || kind == MetricKind::Histogram
                   ? titled(tr("yvalue"), m_question.xlabel)
                   : tr("yvalue");
    case CategoryColumn:
        return kind == MetricKind::Barchart || kind == MetricKind::Hbarchart
                   ? titled(tr("category"), m_question.xlabel)
                   : tr("category");
    }
    return QVariant();
}

} // namespace iv
