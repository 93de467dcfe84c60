// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue.h"
#include "valuecard.h"

#include <functional>

#include <QVector>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QScrollArea;
QT_END_NAMESPACE

namespace iv {

class ValueCard;

// A grid of counter and gauge cards that builds its cards only when asked for the part that is on screen:
// its height is known up front (rows of estimated card heights, corrected as cards are built), so a scroll
// area shows the right scroll range for 10,000 cards while only a screenful of ValueCards exists. A snapshot
// with 10,403 counters and gauges stalled the GUI thread for 3.4 s when every card was built at once.
//
// Cards are positioned by hand (no layout): fixed-width cards in as many columns as the width holds
// (columns = floor(width / card width with spacing), at least one), reflowed on every resize, so a narrow
// window shows one column instead of a horizontal scroll bar. GUI thread only.
class CardGrid : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardGrid)

public:
    // questions: the counters and gauges to show, in order (other kinds are skipped). columns: the columns
    // the size hint asks for; the grid shows as many as its width holds.
    CardGrid(const QVector<Question> &questions, int columns, QWidget *parent = nullptr);

    int count() const { return static_cast<int>(m_questions.size()); }
    int builtCount() const { return m_built; }
    QList<ValueCard *> cards() const; // the built ones, in order
    // The module of the app the cards belong to (the key of a user's gauge range); set before they are built.
    void setAppModule(const QString &appModule) { m_appModule = appModule; }
    // Where the cards' trends come from while a history is open (an empty function: none). Applied to the cards
    // built so far and to every card built later; setTrendSourceIn sets it on every CardGrid below root.
    using TrendSource = std::function<CardTrend(const Question &question, const QString &appModule)>;
    void setTrendSource(TrendSource source);
    static void setTrendSourceIn(const QWidget *root, const TrendSource &source);
    // The built cards of every CardGrid below root, in order (a page's cards).
    static QList<ValueCard *> cardsIn(const QWidget *root);

    // Builds the not-yet-built cards whose rows intersect rect (own coordinates), at most budget of them.
    // Returns how many were built.
    int populate(const QRect &rect, int budget);
    // Builds card i (if needed) and returns it.
    ValueCard *cardAt(int i);
    int indexOf(const QString &label) const;
    // The rectangle card i occupies (own coordinates), built or not.
    QRect cardRect(int i) const;

    int columns() const { return m_columns; }
    // The columns a grid width holds.
    static int columnsFor(int width);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    // Builds cards of every CardGrid inside area's widget that is within a viewport's height of the visible
    // part, at most budget in all. Returns how many were built (== budget: there may be more to build).
    static int populateVisible(QScrollArea *area, int budget);

private:
    ValueCard *build(int i);
    void relayout();
    int heightFor(int columns) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QVector<Question> m_questions;
    QVector<ValueCard *> m_cards; // nullptr until built; children of this
    QString m_appModule;
    QVector<int> m_cardHeight;    // estimated until the card is built
    TrendSource m_trendSource;
    QVector<int> m_rowHeight;
    QVector<int> m_rowTop;
    int m_preferredColumns = 3;
    int m_columns = 3;
    int m_built = 0;
};

} // namespace iv
