// SPDX-License-Identifier: MIT
#include "dashboardpage.h"

#include "valuecard.h"

#include <QGridLayout>
#include <QLabel>
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
    clear();
}

QWidget *DashboardPage::createCardGrid(const App &app, QWidget *parent)
{
    QWidget *grid = nullptr;
    QGridLayout *layout = nullptr;
    int n = 0;
    for (const Question &q : app.questions) {
        if (q.kind != MetricKind::Counter && q.kind != MetricKind::Gauge)
            continue;
        if (!grid) {
            grid = new QWidget(parent);
            layout = new QGridLayout(grid);
            layout->setContentsMargins(0, 0, 0, 0);
            layout->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        }
        layout->addWidget(new ValueCard(q, grid), n / kCardColumns, n % kCardColumns, Qt::AlignTop);
        ++n;
    }
    return grid;
}

void DashboardPage::clear()
{
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
        if (QWidget *grid = createCardGrid(app, m_content)) {
            layout->addWidget(grid);
        } else {
            auto *none = new QLabel(tr("No counters or gauges in this app."), m_content);
            none->setTextFormat(Qt::PlainText);
            none->setEnabled(false);
            layout->addWidget(none);
        }
        layout->addSpacing(12);
    }
    if (catalogue.apps.isEmpty()) {
        auto *none = new QLabel(tr("This snapshot holds no apps."), m_content);
        layout->addWidget(none);
    }
    layout->addStretch();
}

QList<ValueCard *> DashboardPage::cards() const
{
    return m_content->findChildren<ValueCard *>();
}

} // namespace iv
