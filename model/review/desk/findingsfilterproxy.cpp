// SPDX-License-Identifier: MIT
#include "findingsfilterproxy.h"

#include "findingsmodel.h"

namespace iv {

FindingsFilterProxy::FindingsFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(int(FindingsModel::Role::Sort));
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FindingsFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void FindingsFilterProxy::setSeverity(std::optional<ReviewFinding::Severity> severity)
{
    if (severity == m_severity)
        return;
    m_severity = severity;
    invalidateRowsFilter();
}

void FindingsFilterProxy::setCode(const QString &code)
{
    if (code == m_code)
        return;
    m_code = code;
    invalidateRowsFilter();
}

void FindingsFilterProxy::setState(const QString &stateId)
{
    if (stateId == m_state)
        return;
    m_state = stateId;
    invalidateRowsFilter();
}

void FindingsFilterProxy::setApp(const QString &app)
{
    if (app == m_app)
        return;
    m_app = app;
    invalidateRowsFilter();
}

void FindingsFilterProxy::setQuestion(const QString &questionText)
{
    if (questionText == m_question)
        return;
    m_question = questionText;
    invalidateRowsFilter();
}

bool FindingsFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_severity) {
        const QString wanted = *m_severity == ReviewFinding::Severity::Error ? QStringLiteral("error")
                                                                             : QStringLiteral("warning");
        if (first.data(int(FindingsModel::Role::Severity)).toString() != wanted)
            return false;
    }
    if (!m_code.isEmpty() && first.data(int(FindingsModel::Role::Code)).toString() != m_code)
        return false;
    if (!m_state.isEmpty() && first.data(int(FindingsModel::Role::State)).toString() != m_state)
        return false;
    if (!m_app.isEmpty() &&
        model->index(sourceRow, FindingsModel::AppColumn, sourceParent).data().toString() != m_app)
        return false;
    if (!m_question.isEmpty() &&
        model->index(sourceRow, FindingsModel::QuestionColumn, sourceParent).data().toString() != m_question)
        return false;
    const QString needle = m_text.trimmed();
    if (needle.isEmpty())
        return true;
    for (int c = 0; c < model->columnCount(sourceParent); ++c)
        if (model->index(sourceRow, c, sourceParent).data().toString().contains(needle, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace iv
