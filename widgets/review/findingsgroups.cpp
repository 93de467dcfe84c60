// SPDX-License-Identifier: MIT
#include "findingsgroups.h"

#include "findingsmodel.h"
#include "triage.h"

#include <QHash>
#include <QMap>

namespace iv {

namespace {

int role(FindingsModel::Role r)
{
    return int(r);
}

} // namespace

FindingsGroups::FindingsGroups(QObject *parent) : QAbstractProxyModel(parent) {}

void FindingsGroups::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        // Any change of the source's rows or order regroups; a change of data repaints (summary rows count
        // states, so all of them).
        const auto reset = [this] {
            beginResetModel();
            rebuild();
            endResetModel();
        };
        m_connections << connect(source, &QAbstractItemModel::modelReset, this, reset)
                      << connect(source, &QAbstractItemModel::layoutChanged, this, reset)
                      << connect(source, &QAbstractItemModel::rowsInserted, this, reset)
                      << connect(source, &QAbstractItemModel::rowsRemoved, this, reset)
                      << connect(source, &QAbstractItemModel::rowsMoved, this, reset)
                      << connect(source, &QAbstractItemModel::dataChanged, this, [this] {
                             if (!m_rows.isEmpty())
                                 emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
                         })
                      << connect(source, &QAbstractItemModel::headerDataChanged, this,
                                 &QAbstractItemModel::headerDataChanged);
    }
    rebuild();
    endResetModel();
}

void FindingsGroups::setGrouping(bool on)
{
    if (on == m_grouping)
        return;
    beginResetModel();
    m_grouping = on;
    rebuild();
    endResetModel();
}

bool FindingsGroups::toggle(int row)
{
    if (!isGroupRow(row))
        return false;
    const QString key = m_groups.at(m_rows.at(row).group).key;
    setExpanded(key, !m_expanded.contains(key));
    return true;
}

void FindingsGroups::setExpanded(const QString &groupKey, bool expanded)
{
    if (expanded == m_expanded.contains(groupKey))
        return;
    beginResetModel();
    if (expanded)
        m_expanded.insert(groupKey);
    else
        m_expanded.remove(groupKey);
    rebuild();
    endResetModel();
}

void FindingsGroups::expandAll(bool expanded)
{
    beginResetModel();
    m_expanded.clear();
    if (expanded)
        for (const Group &g : std::as_const(m_groups))
            m_expanded.insert(g.key);
    rebuild();
    endResetModel();
}

void FindingsGroups::rebuild()
{
    m_groups.clear();
    m_rows.clear();
    m_rowOfSource.clear();
    const QAbstractItemModel *source = sourceModel();
    if (!source)
        return;
    const int n = source->rowCount();
    m_rowOfSource.fill(-1, n);
    if (!m_grouping) {
        m_rows.reserve(n);
        for (int r = 0; r < n; ++r) {
            m_rowOfSource[r] = r;
            m_rows.append({-1, r});
        }
        return;
    }
    QHash<QString, int> groupOf;
    for (int r = 0; r < n; ++r) {
        const QString key = source->index(r, 0).data(role(FindingsModel::Role::GroupKey)).toString();
        auto it = groupOf.constFind(key);
        if (it == groupOf.cend()) {
            it = groupOf.insert(key, int(m_groups.size()));
            m_groups.append({key, {}});
        }
        m_groups[it.value()].members.append(r);
    }
    for (int g = 0; g < m_groups.size(); ++g) {
        const Group &group = m_groups.at(g);
        const bool summary = group.members.size() > 1;
        if (summary)
            m_rows.append({g, -1});
        if (!summary || m_expanded.contains(group.key))
            for (int r : group.members) {
                m_rowOfSource[r] = int(m_rows.size());
                m_rows.append({g, r});
            }
    }
}

QVector<int> FindingsGroups::sourceRows(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const Row &r = m_rows.at(row);
    return r.source >= 0 ? QVector<int>{r.source} : m_groups.at(r.group).members;
}

QModelIndex FindingsGroups::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex FindingsGroups::parent(const QModelIndex &) const
{
    return {};
}

int FindingsGroups::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsGroups::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

QModelIndex FindingsGroups::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= m_rows.size())
        return {};
    const int source = m_rows.at(proxyIndex.row()).source;
    return source < 0 ? QModelIndex() : sourceModel()->index(source, proxyIndex.column());
}

QModelIndex FindingsGroups::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_rowOfSource.size())
        return {};
    const int row = m_rowOfSource.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

Qt::ItemFlags FindingsGroups::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return isGroupRow(index.row()) ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                                   : QAbstractProxyModel::flags(index);
}

bool FindingsGroups::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.isEmpty();
}

QVariant FindingsGroups::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && sourceModel())
        return sourceModel()->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

QModelIndex FindingsGroups::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

void FindingsGroups::sort(int column, Qt::SortOrder order)
{
    if (sourceModel())
        sourceModel()->sort(column, order);
}

QVariant FindingsGroups::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (r.source >= 0) {
        if (role == int(FindingsModel::Role::Group))
            return false;
        return sourceModel()->index(r.source, index.column()).data(role);
    }
    return groupData(m_groups.at(r.group), index.column(), role);
}

QVariant FindingsGroups::groupData(const Group &group, int column, int role) const
{
    const QAbstractItemModel *source = sourceModel();
    const auto first = [&](int c) { return source->index(group.members.first(), c); };
    const bool expanded = m_expanded.contains(group.key);
    const int n = int(group.members.size());
    switch (role) {
    case int(FindingsModel::Role::Group):
        return true;
    case int(FindingsModel::Role::GroupCount):
        return n;
    case int(FindingsModel::Role::GroupExpanded):
        return expanded;
    case int(FindingsModel::Role::GroupKey):
        return group.key;
    case int(FindingsModel::Role::Severity): {
        for (int m : group.members)
            if (source->index(m, 0).data(role).toString() == QLatin1String("error"))
                return QStringLiteral("error");
        return QStringLiteral("warning");
    }
    case int(FindingsModel::Role::Code):
        return first(0).data(role);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case FindingsModel::SeverityColumn: {
        bool error = false;
        for (int m : group.members)
            error = error || source->index(m, 0).data(int(FindingsModel::Role::Severity)).toString() ==
                                 QLatin1String("error");
        return (expanded ? QStringLiteral("\u25BE ") : QStringLiteral("\u25B8 ")) +
               FindingsModel::severityText(error ? ReviewFinding::Severity::Error
                                                 : ReviewFinding::Severity::Warning);
    }
    case FindingsModel::KindColumn: {
        QStringList codes;
        for (int m : group.members) {
            const QString code = source->index(m, 0).data(int(FindingsModel::Role::Code)).toString();
            if (!codes.contains(code))
                codes << code;
        }
        return codes.join(QStringLiteral(", "));
    }
    case FindingsModel::AppColumn:
    case FindingsModel::QuestionColumn:
        return first(column).data(Qt::DisplayRole);
    case FindingsModel::WhereColumn: {
        const QString table = first(column).data(Qt::DisplayRole).toString().section(QLatin1Char(' '), 0, 0);
        return table;
    }
    case FindingsModel::StateColumn: {
        QMap<QString, int> states;
        for (int m : group.members)
            ++states[source->index(m, FindingsModel::StateColumn).data(int(FindingsModel::Role::State)).toString()];
        QStringList parts;
        for (auto it = states.cbegin(); it != states.cend(); ++it) {
            const auto state = Triage::stateFromId(it.key());
            parts << tr("%1 %2").arg(it.value()).arg(state ? Triage::stateText(*state) : it.key());
        }
        return parts.join(QStringLiteral(", "));
    }
    case FindingsModel::MessageColumn:
        return expanded ? tr("%n finding(s) of this question (Enter collapses)", nullptr, n)
                        : tr("%n finding(s) of this question (Enter shows them)", nullptr, n);
    default:
        return {};
    }
}

} // namespace iv
