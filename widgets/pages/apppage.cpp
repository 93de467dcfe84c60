// SPDX-License-Identifier: MIT
#include "apppage.h"

#include "bucketloader.h"
#include "cardgrid.h"
#include "chartstyle.h"
#include "chartthumbnail.h"
#include "dashboardpage.h"
#include "elidedtext.h"
#include "textbudget.h"
#include "valuecard.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace iv {

namespace {
constexpr int kThumbnailColumns = 2;    // at most
constexpr int kThumbnailMinWidth = 300; // ChartThumbnail's minimum width
constexpr int kPageMargin = 16;
constexpr int kThumbnailSpacing = 6;

// Thumbnail columns that fit a viewport width (one when even one does not).
int thumbnailColumnsFor(int viewportWidth)
{
    const int room = viewportWidth - 2 * kPageMargin + kThumbnailSpacing;
    return std::clamp(room / (kThumbnailMinWidth + kThumbnailSpacing), 1, kThumbnailColumns);
}
} // namespace

AppPage::AppPage(QWidget *parent) : QScrollArea(parent), m_loader(new BucketLoader(this))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("App"));
    m_fill.setSingleShot(true);
    m_fill.setInterval(0);
    connect(&m_fill, &QTimer::timeout, this, &AppPage::fillVisible);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, &m_fill, qOverload<>(&QTimer::start));
    connect(m_loader, &BucketLoader::loaded, this, [this](qint64 id, const BucketValues &values) {
        m_delivered.insert(id);
        for (ChartThumbnail *t : thumbnails())
            if (t->question().isBucket() && t->question().id == id)
                t->setValues(values);
    });
    connect(m_loader, &BucketLoader::failed, this, [this](qint64 id, const QString &error) {
        m_delivered.insert(id);
        for (ChartThumbnail *t : thumbnails())
            if (t->question().isBucket() && t->question().id == id)
                t->setError(error);
    });
    clear();
}

void AppPage::clear()
{
    m_loader->cancel();
    m_fill.stop();
    m_requested.clear();
    m_delivered.clear();
    delete takeWidget();
    m_chartGrid = nullptr;
    m_thumbnailColumns = 0;
    m_content = new QWidget;
    setWidget(m_content);
}

void AppPage::setApp(const QString &path, const App &app)
{
    clear();
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(kPageMargin, 12, kPageMargin, 12);
    auto *heading = new QLabel(m_content);
    ElidedText::set(heading, app.name(), TextBudget::kTitleChars);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    if (!app.label.isEmpty() && app.label != app.module) {
        auto *module = new QLabel(m_content);
        ElidedText::set(module, app.module, TextBudget::kTitleChars);
        ChartStyle::keepTextMuted(module); // 4.5:1 or more, where a disabled label is 1.6:1
        layout->addWidget(module);
    }
    if (CardGrid *grid = DashboardPage::createCardGrid(app, m_content))
        layout->addWidget(grid); // the full width: the grid reflows its columns to it

    if (app.questions.isEmpty()) {
        auto *none = new QLabel(tr("This app has no questions: no counters, gauges or charts."), m_content);
        none->setTextFormat(Qt::PlainText);
        none->setWordWrap(true);
        ChartStyle::keepTextMuted(none); // 4.5:1 or more, where a disabled label is 1.6:1
        none->setObjectName(QStringLiteral("iv_noquestions"));
        layout->addWidget(none);
    }

    auto *charts = new QWidget(m_content);
    m_chartGrid = new QGridLayout(charts);
    m_chartGrid->setContentsMargins(0, 8, 0, 0);
    m_chartGrid->setSpacing(kThumbnailSpacing);
    QList<qint64> eager;
    for (const Question &q : app.questions) {
        if (!q.isBucket())
            continue;
        auto *thumb = new ChartThumbnail(q, charts);
        connect(thumb, &ChartThumbnail::activated, this, &AppPage::questionActivated);
        if (q.kind != MetricKind::Unknown && eager.size() < kEagerThumbnails)
            eager << q.id;
    }
    placeThumbnails(thumbnailColumnsFor(viewport()->width()));
    layout->addWidget(charts);
    layout->addStretch();
    DashboardPage::populateFirst(m_content, DashboardPage::kEagerCards);
    orderThumbnailsAfterCards();
    m_loader->setPath(path);
    request(eager);
    m_fill.start();
}

void AppPage::request(const QList<qint64> &ids)
{
    // A new load() cancels the running one: ask again for what was asked but not delivered yet.
    QList<qint64> all;
    for (qint64 id : std::as_const(m_requested))
        if (!m_delivered.contains(id))
            all << id;
    bool added = false;
    for (qint64 id : ids) {
        if (m_requested.contains(id))
            continue;
        m_requested.insert(id);
        all << id;
        added = true;
    }
    if (added)
        m_loader->load(all);
}

void AppPage::fillVisible()
{
    if (!isVisible() || !m_content)
        return;
    // Until the scroll area has given the content its full height, the layout squeezes the rows together and
    // everything looks visible: wait for it.
    if (m_content->height() < m_content->minimumSizeHint().height()) {
        m_fill.start(10);
        return;
    }
    m_fill.setInterval(0);
    if (CardGrid::populateVisible(this, DashboardPage::kChunk) >= DashboardPage::kChunk)
        m_fill.start();
    orderThumbnailsAfterCards();
    // Thumbnails within a screen of the viewport load their values.
    const QRect view(QPoint(0, -viewport()->height() / 2),
                     QSize(viewport()->width(), viewport()->height() * 2));
    QList<qint64> ids;
    for (ChartThumbnail *t : thumbnails()) {
        if (t->question().kind == MetricKind::Unknown)
            continue;
        const QRect r(t->mapTo(viewport(), QPoint(0, 0)), t->size());
        if (r.intersects(view))
            ids << t->question().id;
    }
    request(ids);
}

void AppPage::placeThumbnails(int columns)
{
    if (!m_chartGrid || columns == m_thumbnailColumns)
        return;
    m_thumbnailColumns = columns;
    const QList<ChartThumbnail *> all =
        m_chartGrid->parentWidget()->findChildren<ChartThumbnail *>(QString(), Qt::FindDirectChildrenOnly);
    for (ChartThumbnail *t : all)
        m_chartGrid->removeWidget(t);
    for (int c = 0; c < kThumbnailColumns; ++c)
        m_chartGrid->setColumnStretch(c, c < columns ? 1 : 0);
    for (int n = 0; n < all.size(); ++n)
        m_chartGrid->addWidget(all.at(n), n / columns, n % columns);
}

void AppPage::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    placeThumbnails(thumbnailColumnsFor(viewport()->width()));
    m_fill.start();
}

void AppPage::showEvent(QShowEvent *event)
{
    QScrollArea::showEvent(event);
    m_fill.start();
}

void AppPage::orderThumbnailsAfterCards()
{
    // Tab reads the page: every card, then every thumbnail. Cards are built after the thumbnails (as they
    // scroll into view) and would come last; the thumbnails follow the last card built, moved only when that
    // card changes.
    const QList<ValueCard *> built = cards();
    QWidget *previous = built.isEmpty() ? nullptr : built.last();
    if (!previous || previous == m_lastCardInChain)
        return;
    m_lastCardInChain = previous;
    for (ChartThumbnail *thumbnail : thumbnails()) {
        QWidget::setTabOrder(previous, thumbnail);
        previous = thumbnail;
    }
}

QList<ValueCard *> AppPage::cards() const
{
    return CardGrid::cardsIn(m_content);
}

QList<ChartThumbnail *> AppPage::thumbnails() const
{
    return m_content->findChildren<ChartThumbnail *>();
}

} // namespace iv
