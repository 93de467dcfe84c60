// SPDX-License-Identifier: MIT
#include "apppage.h"

#include "bucketloader.h"
#include "chartthumbnail.h"
#include "dashboardpage.h"
#include "valuecard.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace iv {

namespace {
constexpr int kThumbnailColumns = 2;
}

AppPage::AppPage(QWidget *parent) : QScrollArea(parent), m_loader(new BucketLoader(this))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("App"));
    connect(m_loader, &BucketLoader::loaded, this, [this](qint64 id, const BucketValues &values) {
        for (ChartThumbnail *t : thumbnails())
            if (t->question().isBucket() && t->question().id == id)
                t->setValues(values);
    });
    connect(m_loader, &BucketLoader::failed, this, [this](qint64 id, const QString &error) {
        for (ChartThumbnail *t : thumbnails())
            if (t->question().isBucket() && t->question().id == id)
                t->setError(error);
    });
    clear();
}

void AppPage::clear()
{
    m_loader->cancel();
    delete takeWidget();
    m_content = new QWidget;
    setWidget(m_content);
}

void AppPage::setApp(const QString &path, const App &app)
{
    clear();
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(16, 12, 16, 12);
    auto *heading = new QLabel(m_content);
    heading->setTextFormat(Qt::PlainText);
    heading->setText(app.name());
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    if (!app.label.isEmpty() && app.label != app.module) {
        auto *module = new QLabel(m_content);
        module->setTextFormat(Qt::PlainText);
        module->setText(app.module);
        module->setEnabled(false);
        layout->addWidget(module);
    }
    if (QWidget *grid = DashboardPage::createCardGrid(app, m_content))
        layout->addWidget(grid);

    auto *charts = new QWidget(m_content);
    auto *chartGrid = new QGridLayout(charts);
    chartGrid->setContentsMargins(0, 8, 0, 0);
    QList<qint64> ids;
    int n = 0;
    for (const Question &q : app.questions) {
        if (!q.isBucket())
            continue;
        auto *thumb = new ChartThumbnail(q, charts);
        connect(thumb, &ChartThumbnail::activated, this, &AppPage::questionActivated);
        chartGrid->addWidget(thumb, n / kThumbnailColumns, n % kThumbnailColumns);
        ++n;
        if (q.kind != MetricKind::Unknown)
            ids << q.id;
    }
    layout->addWidget(charts);
    layout->addStretch();
    m_loader->setPath(path);
    m_loader->load(ids);
}

QList<ValueCard *> AppPage::cards() const
{
    return m_content->findChildren<ValueCard *>();
}

QList<ChartThumbnail *> AppPage::thumbnails() const
{
    return m_content->findChildren<ChartThumbnail *>();
}

} // namespace iv
