// SPDX-License-Identifier: MIT
#include "dashboardpage.h"

#include "cardgrid.h"
#include "chartstyle.h"
#include "valuecard.h"

#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

namespace iv {

namespace {
constexpr int kCardColumns = 3; // 3 x 260 px fits the page beside the tree at 1280 px
}

DashboardPage::DashboardPage(QWidget *parent) : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setAccessibleName(tr("Dashboard"));
    m_fill.setSingleShot(true);
    m_fill.setInterval(0);
    connect(&m_fill, &QTimer::timeout, this, &DashboardPage::fillVisible);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, &m_fill, qOverload<>(&QTimer::start));
    clear();
}

CardGrid *DashboardPage::createCardGrid(const App &app, QWidget *parent)
{
    auto *grid = new CardGrid(app.questions, kCardColumns, parent);
    grid->setAppModule(app.module);
    if (grid->count() == 0) {
        delete grid;
        return nullptr;
    }
    return grid;
}

int DashboardPage::populateFirst(QWidget *content, int budget)
{
    int built = 0;
    const auto grids = content->findChildren<CardGrid *>();
    for (CardGrid *grid : grids) {
        built += grid->populate(QRect(QPoint(0, 0), grid->sizeHint()), budget - built);
        if (built >= budget)
            break;
    }
    return built;
}

void DashboardPage::clear()
{
    m_fill.stop();
    delete takeWidget();
    m_content = new QWidget;
    setWidget(m_content);
}

void DashboardPage::setCatalogue(const Catalogue &catalogue)
{
    clear();
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(16, 12, 16, 12);
    for (const App &app : catalogue.apps) {
        auto *heading = new QLabel(m_content);
        heading->setTextFormat(Qt::PlainText);
        heading->setText(app.name());
        QFont font = heading->font();
        font.setPointSizeF(font.pointSizeF() * 1.35);
        font.setBold(true);
        heading->setFont(font);
        layout->addWidget(heading);
        if (CardGrid *grid = createCardGrid(app, m_content)) {
            layout->addWidget(grid); // the full width: the grid reflows its columns to it
        } else {
            auto *none = new QLabel(tr("No counters or gauges in this app."), m_content);
            none->setTextFormat(Qt::PlainText);
            ChartStyle::keepTextMuted(none); // 4.5:1 or more, where a disabled label is 1.6:1
            layout->addWidget(none);
        }
        layout->addSpacing(12);
    }
    if (catalogue.apps.isEmpty()) {
        auto *none = new QLabel(tr("This snapshot holds no apps."), m_content);
        layout->addWidget(none);
    }
    layout->addStretch();
    populateFirst(m_content, kEagerCards);
    m_fill.start();
}

void DashboardPage::fillVisible()
{
    if (!isVisible())
        return;
    if (m_content->height() < m_content->minimumSizeHint().height()) { // not laid out at full height yet
        m_fill.start(10);
        return;
    }
    m_fill.setInterval(0);
    // A chunk per turn; come back while there is more on or near the screen.
    if (CardGrid::populateVisible(this, kChunk) >= kChunk)
        m_fill.start();
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    m_fill.start();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QScrollArea::showEvent(event);
    m_fill.start();
}

QList<ValueCard *> DashboardPage::cards() const
{
    return CardGrid::cardsIn(m_content);
}

int DashboardPage::cardCount() const
{
    int n = 0;
    const auto grids = m_content->findChildren<CardGrid *>();
    for (CardGrid *grid : grids)
        n += grid->count();
    return n;
}

ValueCard *DashboardPage::revealCard(const QString &label)
{
    const auto grids = m_content->findChildren<CardGrid *>();
    for (CardGrid *grid : grids) {
        const int i = grid->indexOf(label);
        if (i < 0)
            continue;
        ValueCard *card = grid->cardAt(i);
        m_content->layout()->activate();
        ensureWidgetVisible(card);
        return card;
    }
    return nullptr;
}

} // namespace iv
