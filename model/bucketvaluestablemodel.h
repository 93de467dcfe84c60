// SPDX-License-Identifier: MIT
#pragma once

#include "bucketvalues.h"
#include "catalogue.h"

#include <QAbstractTableModel>

namespace iv {

// The raw values of one bucket as a table: row id, timestamp (the stored text), xvalue, yvalue, category, in
// row-id order. Numbers are shown exactly (shortest round-trip form); NULL or non-numeric cells are empty.
// Headers name the column and, where the file labels it, the axis title upstream gives it: xvalue is what
// ylabel describes, yvalue and the timestamp or category what xlabel describes. Holds a copy of the values.
// GUI thread only.
class BucketValuesTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BucketValuesTableModel)

public:
    enum Column : int { IdColumn, TimestampColumn, XColumn, YColumn, CategoryColumn, ColumnCount };
    enum class Role : int {
        Raw = Qt::UserRole +
              1, // qint64 id, QString timestamp/category (null for NULL), double x/y (NaN for NULL)
    };

    explicit BucketValuesTableModel(QObject *parent = nullptr);

    void setValues(const Question &question, const BucketValues &values);
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Question m_question;
    BucketValues m_values;
};

} // namespace iv
