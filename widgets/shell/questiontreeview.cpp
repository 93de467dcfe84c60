// SPDX-License-Identifier: MIT
#include "questiontreeview.h"

#include "questionfilterproxy.h"
#include "questiontreemodel.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace iv {

QuestionTreeView::QuestionTreeView(QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_tree(new QTreeView(this)),
      m_model(new QuestionTreeModel(this)), m_proxy(new QuestionFilterProxy(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setTextElideMode(Qt::ElideRight);

    m_find = new QAction(this);
    m_find->setShortcut(QKeySequence::Find);
    m_find->setShortcutContext(Qt::WindowShortcut);
    addAction(m_find);
    connect(m_find, &QAction::triggered, this, &QuestionTreeView::focusFilter);

    connect(m_filter, &QLineEdit::textChanged, this, &QuestionTreeView::setFilterText);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    retranslateUi();
}

void QuestionTreeView::setCatalogue(const Catalogue &catalogue)
{
    m_model->setCatalogue(catalogue);
    m_tree->expandAll();
}

void QuestionTreeView::clear()
{
    m_filter->clear();
    m_model->clear();
}

void QuestionTreeView::select(const QModelIndex &sourceIndex)
{
    const QModelIndex index = m_proxy->mapFromSource(sourceIndex);
    if (!index.isValid())
        return;
    m_tree->scrollTo(index);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

void QuestionTreeView::selectSnapshot()
{
    select(m_model->snapshotIndex());
}

bool QuestionTreeView::selectApp(const QString &uuid)
{
    const QModelIndex index = m_model->indexOfApp(uuid);
    select(index);
    return index.isValid();
}

bool QuestionTreeView::selectQuestion(MetricKind kind, const QString &label)
{
    const QModelIndex index = m_model->indexOf(kind, label);
    select(index);
    return index.isValid();
}

void QuestionTreeView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void QuestionTreeView::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    m_proxy->setFilterText(text);
    m_tree->expandAll();
}

void QuestionTreeView::onCurrentChanged(const QModelIndex &current)
{
    const QModelIndex source = m_proxy->mapToSource(current);
    if (!source.isValid())
        return;
    switch (m_model->nodeType(source)) {
    case QuestionTreeModel::NodeType::Snapshot:
        emit snapshotSelected();
        break;
    case QuestionTreeModel::NodeType::App:
        emit appSelected(m_model->appAt(source)->uuid);
        break;
    case QuestionTreeModel::NodeType::Question: {
        const Question *q = m_model->questionAt(source);
        emit questionSelected(q->kind, q->label);
        break;
    }
    }
}

void QuestionTreeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void QuestionTreeView::retranslateUi()
{
    m_find->setText(tr("&Find…"));
    m_filter->setPlaceholderText(tr("Filter questions (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter questions"));
    m_filter->setAccessibleDescription(
        tr("Shows only questions whose text, label, description or app matches"));
    m_tree->setAccessibleName(tr("Apps and questions"));
    m_tree->setAccessibleDescription(
        tr("The snapshot, its apps and their questions; Enter or a click opens one"));
}

} // namespace iv
