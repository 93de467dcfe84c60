// SPDX-License-Identifier: MIT
#include "findingsview.h"

#include "findinghelp.h"
#include "findingsfilterproxy.h"
#include "findingsgroups.h"
#include "findingsmodel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextLayout>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace iv {

namespace {

// An icon beside the severity, so it is not told by colour or word alone.
class SeverityDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        const bool error =
            index.data(int(FindingsModel::Role::Severity)).toString() == QLatin1String("error");
        option->icon =
            style->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(16, 16);
    }
};

// Wraps at word boundaries and, where a word is longer than the column (table.column names, masked samples),
// anywhere: no text is cut off. Rows take the height of their wrapped text (the view's ResizeToContents asks
// sizeHint() with the column's width).
class WrappingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        const QString text = o.text;
        o.text.clear();
        const QStyle *style = o.widget ? o.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &o, painter, o.widget); // background, selection, focus
        const QRect rect = textRect(o);
        painter->save();
        const bool selected = o.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            o.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        painter->setPen(o.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(o.font);
        painter->drawText(rect, text, textOption(o));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        const QSize base = QStyledItemDelegate::sizeHint(option, index);
        if (o.rect.width() <= 0)
            return base;
        const int width = std::max(1, textRect(o).width());
        QTextLayout layout(o.text, o.font);
        layout.setTextOption(textOption(o));
        qreal height = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            height += line.height();
        }
        layout.endLayout();
        return {base.width(), std::max(base.height(), int(std::ceil(height)) + 2 * margin(o) + 2)};
    }

private:
    static int margin(const QStyleOptionViewItem &o)
    {
        const QStyle *style = o.widget ? o.widget->style() : QApplication::style();
        return style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, o.widget) + 1;
    }
    static QRect textRect(const QStyleOptionViewItem &o)
    {
        const int m = margin(o);
        return o.rect.adjusted(m, m, -m, -m);
    }
    static QTextOption textOption(const QStyleOptionViewItem &o)
    {
        QTextOption option(o.displayAlignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setTextDirection(o.direction);
        return option;
    }
};

} // namespace

FindingsView::FindingsView(FindingsModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_proxy(new FindingsFilterProxy(this)),
      m_groups(new FindingsGroups(this)), m_groupBox(new QCheckBox(this)), m_filter(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_app(new QComboBox(this)), m_question(new QComboBox(this)),
      m_help(new QLabel(this)), m_table(new QTableView(this))
{
    m_help->setTextFormat(Qt::PlainText);
    m_help->setWordWrap(true);
    m_help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QComboBox *box : {m_app, m_question}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
        connect(box, &QComboBox::currentIndexChanged, this, &FindingsView::applyFacets);
    }
    connect(m_model, &FindingsModel::triageChanged, this, &FindingsView::refreshCounts);
    m_proxy->setSourceModel(m_model);
    m_filter->setClearButtonEnabled(true);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        emit filterChanged();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FindingsView::applyKind);

    m_groups->setSourceModel(m_proxy);
    connect(m_groupBox, &QCheckBox::toggled, this, [this](bool on) {
        m_groups->setGrouping(on);
        emit filterChanged();
    });
    m_table->setModel(m_groups);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    // Rows grow to their wrapped text, also when a column is resized.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(60);
    m_table->viewport()->installEventFilter(this);
    m_table->setItemDelegate(new WrappingDelegate(m_table));
    m_table->setItemDelegateForColumn(FindingsModel::SeverityColumn, new SeverityDelegate(m_table));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        if (m_groups->isGroupRow(index.row())) {
            const QString key = index.data(int(FindingsModel::Role::GroupKey)).toString();
            m_groups->toggle(index.row());
            // Keep the summary row current after regrouping.
            for (int r = 0; r < m_groups->rowCount(); ++r)
                if (m_groups->isGroupRow(r) &&
                    m_groups->index(r, 0).data(int(FindingsModel::Role::GroupKey)).toString() == key) {
                    m_table->setCurrentIndex(m_groups->index(r, 0));
                    break;
                }
            return;
        }
        emit findingActivated(modelRow(index));
    });

    m_copy = new QAction(this);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copy, &QAction::triggered, this, &FindingsView::copySelection);
    m_open = new QAction(this);
    connect(m_open, &QAction::triggered, this, &FindingsView::activateCurrent);
    m_table->addAction(m_open);
    m_mark = new QAction(this);
    connect(m_mark, &QAction::triggered, this, [this] {
        const QVector<int> rows = selectedRows();
        if (!rows.isEmpty())
            emit markForRedaction(rows);
    });
    m_table->addAction(m_mark);
    m_table->addAction(m_copy);
    const char *keys[] = {"O", "C", "F", "A"};
    for (Triage::State state : {Triage::State::Confirmed, Triage::State::FalsePositive,
                                Triage::State::Accepted, Triage::State::Open}) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(QLatin1String(keys[int(state)])));
        action->setShortcutContext(
            Qt::WidgetShortcut); // on the table only: typing in the filter stays typing
        connect(action, &QAction::triggered, this, [this, state] { askTriage(state); });
        m_triage[int(state)] = action;
        m_table->addAction(action);
    }
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_kind);
    filters->addWidget(m_app);
    filters->addWidget(m_question);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    // Below the table, beside the help line: the filter row stays narrow enough for an 800-pixel window.
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_help, 1);
    bottom->addWidget(m_groupBox, 0, Qt::AlignTop);
    layout->addLayout(bottom);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &FindingsView::showHelp);
    retranslateUi();
    modelReset();
}

int FindingsView::shownCount() const
{
    return m_proxy->rowCount();
}

void FindingsView::modelReset()
{
    const QString current = m_kind->currentData().toString();
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("All findings"), QString());
    m_kind->addItem(tr("Errors"), QStringLiteral("severity:error"));
    m_kind->addItem(tr("Warnings"), QStringLiteral("severity:warning"));
    for (Triage::State state : {Triage::State::Open, Triage::State::Confirmed, Triage::State::FalsePositive,
                                Triage::State::Accepted})
        m_kind->addItem(Triage::stateText(state), QStringLiteral("state:") + Triage::stateId(state));
    for (const QString &code : m_model->codes())
        m_kind->addItem(code, QStringLiteral("code:") + code);
    const int index = m_kind->findData(current);
    m_kind->setCurrentIndex(std::max(0, index));
    for (auto [box, column] : {std::pair{m_app, int(FindingsModel::AppColumn)},
                               std::pair{m_question, int(FindingsModel::QuestionColumn)}}) {
        const QString was = box->currentData().toString();
        const QSignalBlocker boxBlocker(box);
        box->clear();
        box->addItem(QString(), QString());
        const QMap<QString, int> counts = m_model->countsBy(column);
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            if (!it.key().isEmpty())
                box->addItem(tr("%1 (%2)").arg(it.key()).arg(it.value()), it.key());
        box->setCurrentIndex(std::max(0, box->findData(was)));
    }
    refreshCounts();
    applyFacets();
    applyKind();
    showHelp();

    layoutColumns();
}

void FindingsView::layoutColumns()
{
    // Every column fits its contents up to a share of the width; the message takes the rest and wraps, so
    // nothing runs off to the right. Done again when the table is resized.
    const int available = m_table->viewport()->width();
    if (available <= 0)
        return;
    QHeaderView *header = m_table->horizontalHeader();
    // Narrow: kind and app give way (the kind choice above, the question and message still say it).
    const bool narrow = available < 640;
    m_table->setColumnHidden(FindingsModel::KindColumn, narrow);
    m_table->setColumnHidden(FindingsModel::AppColumn, narrow);
    const auto fit = [this, header](int column, int most) {
        const QAbstractItemView *view = m_table; // public there, protected in QTableView
        const int wanted = std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        header->resizeSection(column, std::max(header->minimumSectionSize(), std::min(wanted, most)));
    };
    fit(FindingsModel::SeverityColumn, available / 6);
    if (!narrow)
        fit(FindingsModel::KindColumn, available / 5);
    const int rest = available - header->sectionSize(FindingsModel::SeverityColumn) -
                     (narrow ? 0 : header->sectionSize(FindingsModel::KindColumn));
    if (!narrow)
        fit(FindingsModel::AppColumn, rest * 12 / 100);
    fit(FindingsModel::QuestionColumn, rest * 22 / 100);
    fit(FindingsModel::WhereColumn, rest * 18 / 100);
    fit(FindingsModel::SampleColumn, rest * 12 / 100);
    fit(FindingsModel::StateColumn, rest * 10 / 100);
}

bool FindingsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        const int width = m_table->viewport()->width();
        if (width != m_laidOutWidth) {
            m_laidOutWidth = width;
            layoutColumns();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindingsView::applyKind()
{
    const QString data = m_kind->currentData().toString();
    if (data == QLatin1String("severity:error"))
        m_proxy->setSeverity(ReviewFinding::Severity::Error);
    else if (data == QLatin1String("severity:warning"))
        m_proxy->setSeverity(ReviewFinding::Severity::Warning);
    else
        m_proxy->setSeverity(std::nullopt);
    m_proxy->setCode(data.startsWith(QLatin1String("code:")) ? data.mid(5) : QString());
    m_proxy->setState(data.startsWith(QLatin1String("state:")) ? data.mid(6) : QString());
    emit filterChanged();
}

void FindingsView::refreshCounts()
{
    // The kind choice's items with their counts over every listed finding (facets as code-scanning lists do).
    const int all = m_model->rowCount();
    const int errors = m_model->count(ReviewFinding::Severity::Error);
    const QMap<QString, int> codes = m_model->countsBy(FindingsModel::KindColumn);
    for (int i = 0; i < m_kind->count(); ++i) {
        const QString data = m_kind->itemData(i).toString();
        QString text;
        int n = 0;
        if (data.isEmpty()) {
            text = tr("All findings");
            n = all;
        } else if (data == QLatin1String("severity:error")) {
            text = tr("Errors");
            n = errors;
        } else if (data == QLatin1String("severity:warning")) {
            text = tr("Warnings");
            n = all - errors;
        } else if (data.startsWith(QLatin1String("state:"))) {
            const auto state = Triage::stateFromId(data.mid(6));
            text = state ? Triage::stateText(*state) : data;
            n = state ? m_model->count(*state) : 0;
        } else {
            text = data.mid(5);
            n = codes.value(text);
        }
        m_kind->setItemText(i, tr("%1 (%2)").arg(text).arg(n));
    }
    m_app->setItemText(0, tr("All apps"));
    m_question->setItemText(0, tr("All questions"));
}

void FindingsView::applyFacets()
{
    m_proxy->setApp(m_app->currentData().toString());
    m_proxy->setQuestion(m_question->currentData().toString());
    emit filterChanged();
}

void FindingsView::setFacets(const QString &app, const QString &question)
{
    m_app->setCurrentIndex(std::max(0, m_app->findData(app)));
    m_question->setCurrentIndex(std::max(0, m_question->findData(question)));
    applyFacets();
}

void FindingsView::showHelp()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_help->setText(tr("Select a finding to see what its kind means and what to do."));
        return;
    }
    m_help->setText(FindingHelp::forCode(current.data(int(FindingsModel::Role::Code)).toString()).text());
}

QString FindingsView::kindFilter() const
{
    return m_kind->currentData().toString();
}

void FindingsView::setKindFilter(const QString &data)
{
    const int index = m_kind->findData(data);
    m_kind->setCurrentIndex(std::max(0, index));
    applyKind();
}

QVector<int> FindingsView::selectedRows() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QVector<int> out;
    for (const QModelIndex &index : std::as_const(rows))
        for (int proxyRow : m_groups->sourceRows(index.row())) {
            const int row = m_proxy->mapToSource(m_proxy->index(proxyRow, 0)).row();
            if (!out.contains(row))
                out << row;
        }
    return out;
}

int FindingsView::modelRow(const QModelIndex &tableIndex) const
{
    const QModelIndex proxyIndex = m_groups->mapToSource(m_groups->index(tableIndex.row(), 0));
    return proxyIndex.isValid() ? m_proxy->mapToSource(proxyIndex).row() : -1;
}

void FindingsView::setGrouping(bool on)
{
    m_groupBox->setChecked(on);
}

bool FindingsView::isGrouping() const
{
    return m_groups->isGrouping();
}

QVector<int> FindingsView::shownRows() const
{
    QVector<int> out;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        out << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
    return out;
}

void FindingsView::triageSelected(Triage::State state, const QString &reason)
{
    m_model->setTriage(selectedRows(), {state, state == Triage::State::Open ? QString() : reason});
}

void FindingsView::askTriage(Triage::State state)
{
    const QVector<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QString reason;
    if (state == Triage::State::Accepted) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Accept Findings"),
                                       tr("Why are these %n finding(s) accepted?", nullptr, int(rows.size())),
                                       QLineEdit::Normal, QString(), &ok);
        if (!ok || reason.trimmed().isEmpty())
            return; // an acceptance always carries its reason
        reason = reason.trimmed();
    }
    m_model->setTriage(rows, {state, reason});
}

QString FindingsView::selectedText() const
{
    QStringList lines;
    for (int row : selectedRows())
        lines << m_model->rowText(row);
    return lines.join(QLatin1Char('\n'));
}

void FindingsView::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void FindingsView::activateCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (index.isValid())
        emit m_table->activated(index);
}

void FindingsView::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter findings (any column)"));
    m_filter->setAccessibleName(tr("Filter findings"));
    m_kind->setAccessibleName(tr("Severity or kind of finding"));
    m_kind->view()->setAccessibleName(tr("Severities and kinds of finding"));
    m_table->setAccessibleName(tr("Findings"));
    m_copy->setText(tr("&Copy Finding"));
    m_triage[int(Triage::State::Confirmed)]->setText(tr("Mark Confirmed"));
    m_triage[int(Triage::State::FalsePositive)]->setText(tr("Mark False Positive"));
    m_triage[int(Triage::State::Accepted)]->setText(tr("Accept With Reason…"));
    m_triage[int(Triage::State::Open)]->setText(tr("Mark Open Again"));
    m_open->setText(tr("&Open Question"));
    m_mark->setText(tr("Mark for &Redaction"));
    m_groupBox->setText(tr("&Group by question"));
    m_groupBox->setToolTip(tr("One row per question with the count of its findings; Enter shows or hides them"));
    m_model->retranslate();
    m_app->setAccessibleName(tr("App of the findings"));
    m_question->setAccessibleName(tr("Question of the findings"));
    m_app->view()->setAccessibleName(tr("Apps of the findings"));
    m_question->view()->setAccessibleName(tr("Questions of the findings"));
    m_help->setAccessibleName(tr("About this kind of finding"));
    refreshCounts();
    showHelp();
}

void FindingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace iv
