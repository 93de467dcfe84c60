// SPDX-License-Identifier: MIT
#include "bucketvaluestablemodel.h"

#include <QLocale>

#include <cmath>

namespace iv {

namespace {
QString number(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', QLocale::FloatingPointShortest) : QString();
}
} // namespace

BucketValuesTableModel::BucketValuesTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void BucketValuesTableModel::setValues(const Question &question, const BucketValues &values)
{
    beginResetModel();
    m_question = question;
    m_values = values;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void BucketValuesTableModel::clear()
{
    beginResetModel();
    m_question = Question();
    m_values = BucketValues();
    endResetModel();
}

int BucketValuesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_values.size();
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
    case CategoryColumn:
        return m_values.categoryAt(row);
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
        return label.isEmpty() ? column : QStringLiteral("%1 (%2)").arg(label, column);
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
