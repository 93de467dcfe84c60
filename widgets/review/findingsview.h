// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace iv {

class FindingsFilterProxy;
class FindingsModel;

// The findings table a security officer works in: a filter box and a severity/kind choice above a sortable
// table (FindingsModel through FindingsFilterProxy) whose rows wrap and grow to their text. Enter or a double
// click activates a finding (findingActivated); Ctrl+C and the context menu copy the selected findings as
// plain text. Does not own the model (the review page does); children through Qt parenting.
class FindingsView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsView)

public:
    explicit FindingsView(FindingsModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *kindCombo() const { return m_kind; }
    FindingsFilterProxy *proxy() const { return m_proxy; }
    QAction *copyAction() const { return m_copy; }
    QAction *openAction() const { return m_open; }

    // Selected findings (model rows, in view order) as text, one per line.
    QString selectedText() const;
    int shownCount() const; // rows after filtering
    // Call after the model was reset: refills the kind choice and sizes the columns.
    void modelReset();

signals:
    void findingActivated(int modelRow);
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

    FindingsModel *m_model = nullptr; // not owned
    FindingsFilterProxy *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_kind = nullptr;
    QTableView *m_table = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_open = nullptr;
    int m_laidOutWidth = -1;
};

} // namespace iv
