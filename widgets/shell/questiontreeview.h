// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QLineEdit;
class QTreeView;
class QModelIndex;
QT_END_NAMESPACE

namespace iv {

class QuestionTreeModel;
class QuestionFilterProxy;

// The sidebar: a filter box (Ctrl+F) above the tree of apps and questions. Tells which item is current; the
// window decides what to show. Owns its model and proxy.
class QuestionTreeView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionTreeView)

public:
    explicit QuestionTreeView(QWidget *parent = nullptr);

    void setCatalogue(const Catalogue &catalogue);
    void clear();

    void selectSnapshot();
    bool selectApp(const QString &uuid);
    bool selectQuestion(MetricKind kind, const QString &label);
    void focusFilter();
    void setFilterText(const QString &text);

    QTreeView *treeView() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    QuestionTreeModel *model() const { return m_model; }
    // "Find" (Ctrl+F): focuses the filter. The window puts it in its Edit menu.
    QAction *findAction() const { return m_find; }

signals:
    void snapshotSelected();
    void appSelected(const QString &uuid);
    void questionSelected(iv::MetricKind kind, const QString &label);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onCurrentChanged(const QModelIndex &current);
    void select(const QModelIndex &sourceIndex);

    QAction *m_find = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
    QuestionTreeModel *m_model = nullptr;
    QuestionFilterProxy *m_proxy = nullptr;
};

} // namespace iv
