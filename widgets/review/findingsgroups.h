// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractProxyModel>
#include <QSet>
#include <QVector>

namespace iv {

// Findings grouped per question for the findings table: over a sorted, filtered FindingsModel
// (FindingsFilterProxy) it shows, when grouping is on, one summary row per question with two or more
// findings (FindingsModel::Role::Group true, Role::GroupCount its findings, the Message column "N findings")
// followed by its findings only while it is expanded; a question with one finding shows that finding. Groups
// keep the source's order (of their first finding), so sorting the table sorts within and across groups.
// With grouping off it is the source row for row. Summary rows map to no source row (mapToSource() invalid).
// sort() sorts the source. Does not own the source; GUI thread.
class FindingsGroups : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsGroups)

public:
    explicit FindingsGroups(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    bool isGrouping() const { return m_grouping; }
    void setGrouping(bool on);
    // Expands or collapses the group of a summary row (a row of this model); false for a finding's row.
    bool toggle(int row);
    void setExpanded(const QString &groupKey, bool expanded);
    void expandAll(bool expanded);
    bool isGroupRow(int row) const
    {
        return row >= 0 && row < m_rows.size() && m_rows.at(row).group >= 0 && m_rows.at(row).source < 0;
    }
    // The source rows (of the filter proxy) a row stands for: its finding, or every finding of its group.
    QVector<int> sourceRows(int row) const;
    int groupCount() const { return int(m_groups.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &) const override { return false; }

private:
    struct Group
    {
        QString key;
        QVector<int> members; // source rows, source order
    };
    struct Row
    {
        int group = -1;  // index into m_groups, -1 when not grouping
        int source = -1; // source row, -1 for a summary row
    };
    void rebuild();
    QVariant groupData(const Group &group, int column, int role) const;

    bool m_grouping = false;
    QSet<QString> m_expanded;
    QVector<Group> m_groups;
    QVector<Row> m_rows;
    QVector<int> m_rowOfSource; // source row → row here, -1 when hidden in a collapsed group
    QVector<QMetaObject::Connection> m_connections;
};

} // namespace iv
