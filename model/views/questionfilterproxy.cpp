// SPDX-License-Identifier: MIT
#include "questionfilterproxy.h"

#include "questiontreemodel.h"

namespace iv {

QuestionFilterProxy::QuestionFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void QuestionFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool QuestionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto node = static_cast<QuestionTreeModel::NodeType>(
        index.data(int(QuestionTreeModel::Role::Node)).toInt());
    // Apps and the snapshot item are kept by recursive filtering when something below them matches.
    if (node != QuestionTreeModel::NodeType::Question)
        return false;
    return index.data(int(QuestionTreeModel::Role::SearchText)).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace iv
