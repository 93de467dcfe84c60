// SPDX-License-Identifier: MIT
#pragma once

#include "triage.h"

#include <QVector>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace iv {

class FindingsFilterProxy;
class FindingsGroups;
class FindingsModel;

// The findings table a security officer works in: a filter box and a severity/kind choice above a sortable
// table (FindingsModel through FindingsFilterProxy) whose rows wrap and grow to their text. Enter or a double
// click activates a finding (findingActivated); Ctrl+C and the context menu copy the selected findings as
// plain text; C, F, A and O set the triage state of the selected findings. Does not own the model (the review
// page does); children through Qt parenting.
class FindingsView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsView)

public:
    explicit FindingsView(FindingsModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *kindCombo() const { return m_kind; }
    // Facets with counts: the app and the question (data: the column's text, "" for all).
    QComboBox *appCombo() const { return m_app; }
    QComboBox *questionCombo() const { return m_question; }
    QLabel *helpLabel() const { return m_help; }
    void setFacets(const QString &app, const QString &question);
    FindingsFilterProxy *proxy() const { return m_proxy; }
    // Between the proxy and the table: one summary row per question that expands (Enter, double click).
    FindingsGroups *groups() const { return m_groups; }
    QCheckBox *groupBox() const { return m_groupBox; }
    void setGrouping(bool on);
    bool isGrouping() const;
    // The model row of a table row, -1 for a question's summary row.
    int modelRow(const QModelIndex &tableIndex) const;
    QAction *copyAction() const { return m_copy; }
    QAction *openAction() const { return m_open; }
    // Marks the selected findings' cells for redaction (markForRedaction).
    QAction *markAction() const { return m_mark; }
    // Triage of the selected findings (all selected rows at once): C confirmed, F false positive, A accepted
    // (asks for the reason), O open again; shortcuts on the table.
    QAction *triageAction(Triage::State state) const { return m_triage[int(state)]; }
    void triageSelected(Triage::State state, const QString &reason = QString());
    // Selected findings as model rows (view order; a question's summary row stands for all its findings); the
    // current row when nothing is selected.
    QVector<int> selectedRows() const;
    // Every finding the filters let through, as model rows in view order (what an export of "the shown
    // findings" writes).
    QVector<int> shownRows() const;
    // The severity/kind/state choice as data ("", "severity:error", "code:…", "state:accepted").
    QString kindFilter() const;
    void setKindFilter(const QString &data);

    // Selected findings (model rows, in view order) as text, one per line.
    QString selectedText() const;
    int shownCount() const; // rows after filtering
    // Call after the model was reset: refills the kind choice and sizes the columns.
    void modelReset();

signals:
    void findingActivated(int modelRow);
    void markForRedaction(const QVector<int> &modelRows);
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void layoutColumns();
    void retranslateUi();
    void applyKind();
    void copySelection();
    void activateCurrent();
    void askTriage(Triage::State state);
    void refreshCounts();
    void applyFacets();
    void showHelp();

    FindingsModel *m_model = nullptr; // not owned
    FindingsFilterProxy *m_proxy = nullptr;
    FindingsGroups *m_groups = nullptr;
    QCheckBox *m_groupBox = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_app = nullptr;
    QComboBox *m_question = nullptr;
    QLabel *m_help = nullptr;
    QTableView *m_table = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_open = nullptr;
    QAction *m_mark = nullptr;
    QAction *m_triage[4] = {};
    int m_laidOutWidth = -1;
};

} // namespace iv
