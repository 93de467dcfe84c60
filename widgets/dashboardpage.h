// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue.h"

#include <QScrollArea>

QT_BEGIN_NAMESPACE
class QVBoxLayout;
QT_END_NAMESPACE

namespace iv {

class ValueCard;

// The snapshot overview: a card for every counter and gauge of every app, grouped by app, in file order.
class DashboardPage : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(QWidget *parent = nullptr);

    void setCatalogue(const Catalogue &catalogue);
    void clear();
    QList<ValueCard *> cards() const;

    // A grid of cards for the counters and gauges of app (nullptr when it has none). Shared with AppPage.
    static QWidget *createCardGrid(const App &app, QWidget *parent);

private:
    QWidget *m_content = nullptr;
};

} // namespace iv
