// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue.h"

#include <QPointer>
#include <QScrollArea>
#include <QSet>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QGridLayout;
QT_END_NAMESPACE

namespace iv {

class BucketLoader;
class ChartThumbnail;
class ValueCard;

// One app: its counter and gauge cards and a thumbnail chart of each bucket question. Cards and thumbnails
// are built and loaded lazily: the first ones at once, the rest as they scroll into view (values load in the
// background, BucketLoader); choosing another app cancels the load.
class AppPage : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppPage)

public:
    static constexpr int kEagerThumbnails = 4; // the first two rows: on screen when the page opens

    explicit AppPage(QWidget *parent = nullptr);

    void setApp(const QString &path, const App &app);
    void clear();
    QList<ValueCard *> cards() const; // the cards built so far
    QList<ChartThumbnail *> thumbnails() const;
    BucketLoader *loader() const { return m_loader; }
    // Bucket ids whose values were asked for (on screen at some point).
    QSet<qint64> requested() const { return m_requested; }

signals:
    void questionActivated(iv::MetricKind kind, const QString &label);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillVisible();
    void placeThumbnails(int columns);
    void request(const QList<qint64> &ids);
    void orderThumbnailsAfterCards();

    QWidget *m_content = nullptr;
    QGridLayout *m_chartGrid = nullptr; // inside m_content, which owns it
    int m_thumbnailColumns = 0;
    BucketLoader *m_loader = nullptr;
    QTimer m_fill;
    QSet<qint64> m_requested;            // asked for
    QSet<qint64> m_delivered;            // drawn (or failed)
    QPointer<QWidget> m_lastCardInChain; // the card the thumbnails follow in the focus chain
};

} // namespace iv
