// SPDX-License-Identifier: MIT
#pragma once

#include "reviewreport.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace iv {

// Sorts and filters a FindingsModel: free text (case-insensitive, any column), a severity, a kind (code), a
// triage state, an app and a question.
// Sorts by FindingsModel::Role::Sort, so "Severity" puts errors first and "Where" orders by table, column and
// row number. GUI thread.
class FindingsFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsFilterProxy)

public:
    explicit FindingsFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setSeverity(std::optional<ReviewFinding::Severity> severity);
    void setCode(const QString &code); // empty: every kind
    void setState(const QString &stateId);         // a Triage::stateId, empty: every state
    void setApp(const QString &app);               // the App column's text, empty: every app
    void setQuestion(const QString &questionText); // the Question column's text, empty: every question
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<ReviewFinding::Severity> m_severity;
    QString m_code;
    QString m_state;
    QString m_app;
    QString m_question;
};

} // namespace iv
