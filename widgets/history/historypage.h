// SPDX-License-Identifier: MIT
#pragma once

#include "bucketoverlay.h"
#include "history.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

QT_BEGIN_NAMESPACE
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
QT_END_NAMESPACE

namespace iv {

class ChartView;
class HistoryTimelineView;
class TrendCard;

// The History page: many snapshots of one site. A heading (the site, the number of snapshots and their
// collection times, the files left out and why), then three tabs: Trends (a card per counter and gauge with
// its line chart, latest value and changes; a card opens its whole trend with hover values), Buckets (one
// bucket of two chosen snapshots overlaid, added and removed categories named) and What changed (the
// timeline). open() reads the files in a worker (HistoryIndex, with its cache); the GUI thread never waits.
// GUI thread only.
class HistoryPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPage)

public:
    explicit HistoryPage(QWidget *parent = nullptr);
    ~HistoryPage() override;

    // Reads paths (folders and files) in a worker, then shows the history; historyOpened() follows.
    void open(const QStringList &paths);
    // Shows a history already read.
    void setHistory(History history);
    void clear();
    bool isLoading() const;

    const History &history() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }
    QList<TrendCard *> trendCards() const { return m_cards; }
    ChartView *trendView() const { return m_trendView; }
    ChartView *overlayView() const { return m_overlayView; }
    QLabel *overlayNote() const { return m_overlayNote; }
    QComboBox *bucketBox() const { return m_bucket; }
    QComboBox *olderBox() const { return m_older; }
    QComboBox *newerBox() const { return m_newer; }
    HistoryTimelineView *timeline() const { return m_timeline; }
    QLabel *heading() const { return m_heading; }
    QLabel *skippedLabel() const { return m_skipped; }
    // Shows the whole trend of a counter or gauge.
    void showTrend(MetricKind kind, const QString &label);
    // Loads the overlay of the chosen bucket and snapshots (in a worker); overlayLoaded() follows.
    void loadOverlay();

signals:
    void historyOpened(int snapshots, int skipped);
    void overlayLoaded(const QString &error);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void layoutCards();
    void showOverlay(const BucketOverlay &overlay);
    QString snapshotName(int index) const;

    History m_history;
    QLabel *m_heading = nullptr;
    QLabel *m_skipped = nullptr;
    QTabWidget *m_tabs = nullptr;
    // Trends
    QStackedWidget *m_trendStack = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_grid = nullptr;
    QGridLayout *m_gridLayout = nullptr;
    QList<TrendCard *> m_cards;
    int m_columns = 0;
    QPushButton *m_backToTrends = nullptr;
    QLabel *m_trendTitle = nullptr;
    ChartView *m_trendView = nullptr;
    // Buckets
    QWidget *m_overlayTab = nullptr;
    QLabel *m_bucketLabel = nullptr;
    QComboBox *m_bucket = nullptr;
    QLabel *m_olderLabel = nullptr;
    QComboBox *m_older = nullptr;
    QLabel *m_newerLabel = nullptr;
    QComboBox *m_newer = nullptr;
    ChartView *m_overlayView = nullptr;
    QLabel *m_overlayNote = nullptr;
    // What changed
    HistoryTimelineView *m_timeline = nullptr;

    QFutureWatcher<History> m_loader;
    QFutureWatcher<BucketOverlay> m_overlayLoader;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_overlayPending = false;
};

} // namespace iv
