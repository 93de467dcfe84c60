// SPDX-License-Identifier: MIT
#include "cardgrid.h"

#include "valuecard.h"

#include <QScrollArea>

#include <algorithm>

namespace iv {

namespace {

constexpr int kCardWidth = 260; // ValueCard's fixed width
constexpr int kSpacing = 6;

int cardHeight(ValueCard *card)
{
    return card->hasHeightForWidth() ? std::max(card->heightForWidth(kCardWidth), card->sizeHint().height())
                                     : card->sizeHint().height();
}

// Heights of a counter card and a gauge card with a one-line question, measured once on real cards.
int estimatedHeight(MetricKind kind, QWidget *context)
{
    static int counter = 0, gauge = 0;
    int &h = kind == MetricKind::Gauge ? gauge : counter;
    if (h == 0) {
        Question q;
        q.kind = kind;
        q.question = QStringLiteral("M");
        q.valueValid = true;
        q.value = 1;
        ValueCard card(q, context);
        card.hide();
        h = cardHeight(&card);
    }
    return h;
}

} // namespace

CardGrid::CardGrid(const QVector<Question> &questions, int columns, QWidget *parent)
    : QWidget(parent), m_preferredColumns(std::max(1, columns)), m_columns(m_preferredColumns)
{
    for (const Question &q : questions)
        if (q.kind == MetricKind::Counter || q.kind == MetricKind::Gauge)
            m_questions.append(q);
    m_cards.fill(nullptr, m_questions.size());
    m_cardHeight.resize(m_questions.size());
    for (int i = 0; i < count(); ++i)
        m_cardHeight[i] = estimatedHeight(m_questions.at(i).kind, this);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    relayout();
}

int CardGrid::columnsFor(int width)
{
    return std::max(1, (width + kSpacing) / (kCardWidth + kSpacing));
}

int CardGrid::heightFor(int columns) const
{
    int height = 0;
    for (int start = 0; start < count(); start += columns) {
        int row = 0;
        for (int i = start; i < std::min(count(), start + columns); ++i)
            row = std::max(row, m_cardHeight.at(i));
        height += row + (start > 0 ? kSpacing : 0);
    }
    return height;
}

int CardGrid::heightForWidth(int width) const
{
    return heightFor(columnsFor(width));
}

QSize CardGrid::minimumSizeHint() const
{
    return QSize(kCardWidth, sizeHint().height()); // one card wide; as tall as the current columns need
}

void CardGrid::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int columns = columnsFor(width());
    if (columns != m_columns) {
        m_columns = columns;
        relayout();
    }
}

void CardGrid::relayout()
{
    const int rows = (count() + m_columns - 1) / m_columns;
    m_rowHeight.fill(0, rows);
    for (int i = 0; i < count(); ++i) {
        int &h = m_rowHeight[i / m_columns];
        h = std::max(h, m_cardHeight.at(i));
    }
    m_rowTop.resize(m_rowHeight.size());
    int y = 0;
    for (int r = 0; r < m_rowHeight.size(); ++r) {
        m_rowTop[r] = y;
        y += m_rowHeight.at(r) + kSpacing;
    }
    for (int i = 0; i < count(); ++i)
        if (ValueCard *card = m_cards.at(i))
            card->setGeometry(cardRect(i)); // every card of a row as tall as the row
    updateGeometry();
}

QRect CardGrid::cardRect(int i) const
{
    const int r = i / m_columns, c = i % m_columns;
    return QRect(c * (kCardWidth + kSpacing), m_rowTop.value(r), kCardWidth, m_rowHeight.value(r));
}

QSize CardGrid::sizeHint() const
{
    const int columns = std::min(m_preferredColumns, std::max(1, count()));
    const int height = m_rowTop.isEmpty() ? 0 : m_rowTop.last() + m_rowHeight.last();
    return QSize(columns * kCardWidth + (columns - 1) * kSpacing, height);
}

ValueCard *CardGrid::build(int i)
{
    auto *card = new ValueCard(m_questions.at(i), this);
    card->setAppModule(m_appModule);
    if (m_trendSource)
        card->setTrend(m_trendSource(m_questions.at(i), m_appModule));
    m_cards[i] = card;
    ++m_built;
    const int h = cardHeight(card);
    m_cardHeight[i] = std::max(m_cardHeight.at(i), h);
    const int r = i / m_columns;
    if (h > m_rowHeight.at(r)) // a long question wraps to more lines than estimated
        relayout();
    card->setGeometry(cardRect(i));
    card->show();
    // Tab follows the cards' order however they are built (lazily, as they scroll into view; a new widget
    // would otherwise come last in the window's focus chain): after the nearest built card before it, else
    // before the nearest built card after it.
    ValueCard *previous = nullptr;
    for (int j = i - 1; j >= 0 && !previous; --j)
        previous = m_cards.at(j);
    if (previous) {
        QWidget::setTabOrder(previous, card);
    } else {
        ValueCard *next = nullptr;
        for (int j = i + 1; j < count() && !next; ++j)
            next = m_cards.at(j);
        QWidget *before = next ? next->previousInFocusChain() : nullptr;
        while (before && before != next && before->focusPolicy() == Qt::NoFocus)
            before = before->previousInFocusChain();
        if (before && before != next && before != card)
            QWidget::setTabOrder(before, card);
    }
    return card;
}

ValueCard *CardGrid::cardAt(int i)
{
    if (i < 0 || i >= count())
        return nullptr;
    return m_cards.at(i) ? m_cards.at(i) : build(i);
}

int CardGrid::indexOf(const QString &label) const
{
    for (int i = 0; i < count(); ++i)
        if (m_questions.at(i).label == label)
            return i;
    return -1;
}

int CardGrid::populate(const QRect &rect, int budget)
{
    if (budget <= 0 || m_built == count() || !rect.intersects(QRect(QPoint(0, 0), sizeHint())))
        return 0;
    // First row whose bottom reaches rect.top().
    const auto first = std::upper_bound(m_rowTop.cbegin(), m_rowTop.cend(), rect.top()) - m_rowTop.cbegin();
    int built = 0;
    for (int r = std::max<int>(0, int(first) - 1); r < m_rowTop.size() && m_rowTop.at(r) <= rect.bottom();
         ++r) {
        for (int i = r * m_columns; i < std::min(count(), (r + 1) * m_columns); ++i) {
            if (m_cards.at(i))
                continue;
            build(i);
            if (++built == budget)
                return built;
        }
    }
    return built;
}

void CardGrid::setTrendSource(TrendSource source)
{
    m_trendSource = std::move(source);
    for (int i = 0; i < count(); ++i) {
        ValueCard *card = m_cards.at(i);
        if (!card)
            continue;
        card->setTrend(m_trendSource ? m_trendSource(m_questions.at(i), m_appModule) : CardTrend());
        m_cardHeight[i] = cardHeight(card);
    }
    relayout();
}

void CardGrid::setTrendSourceIn(const QWidget *root, const TrendSource &source)
{
    const auto grids = root->findChildren<CardGrid *>();
    for (CardGrid *grid : grids)
        grid->setTrendSource(source);
}

QList<ValueCard *> CardGrid::cardsIn(const QWidget *root)
{
    QList<ValueCard *> out;
    const auto grids = root->findChildren<CardGrid *>();
    for (const CardGrid *grid : grids)
        out += grid->cards();
    return out;
}

QList<ValueCard *> CardGrid::cards() const
{
    QList<ValueCard *> out;
    for (ValueCard *card : m_cards)
        if (card)
            out << card;
    return out;
}

int CardGrid::populateVisible(QScrollArea *area, int budget)
{
    QWidget *content = area->widget();
    if (!content)
        return 0;
    const QSize viewport = area->viewport()->size();
    int built = 0;
    const auto grids = content->findChildren<CardGrid *>();
    for (CardGrid *grid : grids) {
        const QPoint topLeft = grid->mapFrom(area->viewport(), QPoint(0, 0));
        const QRect visible(topLeft - QPoint(0, viewport.height() / 2),
                            QSize(viewport.width(), viewport.height() * 2));
        built += grid->populate(visible, budget - built);
        if (built >= budget)
            break;
    }
    return built;
}

} // namespace iv
