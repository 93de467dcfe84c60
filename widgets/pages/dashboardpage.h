// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue.h"

#include <QScrollArea>
#include <QTimer>

namespace iv {

class CardGrid;
class ValueCard;

// The snapshot overview: a card for every counter and gauge of every app, grouped by app, in file order.
// Cards are built lazily (CardGrid): the first kEagerCards at once, the rest a chunk per event-loop turn as
// they come within a screen of the viewport, so a snapshot with 10,000 counters opens without stalling.
class DashboardPage : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    static constexpr int kEagerCards = 12; // built at once (a hidden page gets no fill); the rest on screen
    static constexpr int kChunk = 12;      // cards built per event-loop turn (~10-30 ms)

    explicit DashboardPage(QWidget *parent = nullptr);

    void setCatalogue(const Catalogue &catalogue);
    void clear();
    // The cards built so far.
    QList<ValueCard *> cards() const;
    // Every counter and gauge, built or not.
    int cardCount() const;
    // Scrolls to the card of label (building it) and returns it; nullptr when there is none.
    ValueCard *revealCard(const QString &label);

    // A lazy grid of cards for the counters and gauges of app (nullptr when it has none). Shared with
    // AppPage.
    static CardGrid *createCardGrid(const App &app, QWidget *parent);
    // Builds the first `budget` cards of the grids under content, in order.
    static int populateFirst(QWidget *content, int budget);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillVisible();

    QWidget *m_content = nullptr;
    QTimer m_fill;
};

} // namespace iv
