// SPDX-License-Identifier: MIT
#pragma once

#include "bucketvalues.h"
#include "catalogue.h"

#include <QAbstractTableModel>

namespace iv {

// The raw values of one bucket as a table: row id, timestamp (the stored text), xvalue, yvalue, category, in
// row-id order. Numbers are shown exactly (shortest round-trip form) in the UI language's notation
// (NumberFormat::exact: "99,29763265501352" in German); NULL or non-numeric cells are empty.
// Headers name the column and, where the file labels it, the axis title upstream gives it: xvalue is what
// ylabel describes, yvalue and the timestamp or category what xlabel describes. Holds a shallow copy of the
// values (BucketValues' containers are implicitly shared: nothing is copied). Rows are exposed in batches of
// kBatch through canFetchMore()/fetchMore(), so a million-row bucket does not make the view lay out a million
// rows on the GUI thread at once; ensureRow() fetches up to a row (hover → table). GUI thread only.
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

    static constexpr int kBatch = 10000;

    void setValues(const Question &question, const BucketValues &values);
    void clear();
    // All rows of the bucket (rowCount() may still be smaller).
    int totalRows() const { return m_values.size(); }
    // Fetches rows up to row (inclusive). False when row is out of range.
    bool ensureRow(int row);

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Question m_question;
    BucketValues m_values;
    int m_rows = 0; // rows exposed so far
};

} // namespace iv
