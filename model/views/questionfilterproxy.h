// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace iv {

// Filters the question tree: a question stays when the filter text occurs (case-insensitively) in its
// question, label, description or app name; apps and the snapshot item stay while they have a match below.
class QuestionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionFilterProxy)

public:
    explicit QuestionFilterProxy(QObject *parent = nullptr);
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace iv
