// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>
#include <QElapsedTimer>
#include <QPair>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QAction;
class QToolButton;
QT_END_NAMESPACE

namespace iv {

class ChartReducer;

// The interactive chart of the question page (docs/INTERACTION.md):
//   - drag: rubber-band zoom; wheel: zoom anchored at the cursor (time only on a timeseries, both axes with
//     Ctrl); middle-drag or Shift+drag: pan; arrow keys: pan; +/-: zoom; Home, Escape, double-click or the
//     "Reset zoom" button shown while zoomed: back to the full range. Zoom stops at a minimum span (a second
//     of time) and always keeps a data point in view;
//   - after every zoom, pan and resize the chart's ChartReducer recomputes the series for the visible range
//   at
//     the plot area's width in device pixels (M4 for timeseries, cell reduction for scatterplots);
//   - hover: a tooltip with the nearest point's values (it stays while the pointer rests there) and
//     hoveredPointIndex(row) (row in BucketValues order);
//   - clicking a legend entry hides/shows that category (the entry is dimmed while hidden).
// Takes ownership of the chart given to showChart() and deletes the previous one. GUI thread only.
class ChartView : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartView)

public:
    explicit ChartView(QWidget *parent = nullptr);

    // Shows chart (nullptr: an empty chart), deleting the previous chart.
    void showChart(QChart *chart);
    ChartReducer *reducer() const { return m_reducer; }

    // Visible ranges of the horizontal and vertical value/date axes (chart coordinates).
    QRectF visibleRange() const;
    QRectF fullRange() const { return m_full; }
    bool isZoomed() const;
    // Sets the visible ranges (x0..x1, y0..y1 in chart coordinates; a null height keeps the y range).
    void zoomToRange(const QRectF &range);
    // factor < 1 zooms in the given axes; anchor (viewport coordinates) stays where it is.
    void zoomBy(qreal factor, const QPointF &anchor, Qt::Orientations axes = Qt::Horizontal | Qt::Vertical);
    void panBy(const QPointF &pixels);
    void resetZoom();
    // Re-reduces now (normally coalesced after range changes). Returns the points drawn.
    int reduceNow();
    // Milliseconds the last reduction (replace() included) took.
    qint64 lastReduceMs() const { return m_lastReduceMs; }

    // The tooltip text of the last hover ("" when no point was near).
    QString hoverText() const { return m_hoverText; }
    // The nearest drawn point to pos (viewport coordinates) within maxPixels, as a BucketValues row, or -1.
    int rowAt(const QPoint &pos, qreal maxPixels = 24, QString *text = nullptr) const;

signals:
    void hoveredPointIndex(int row);
    // The scatter note ("showing N of M points") after a reduction; empty when nothing is merged.
    void noteChanged(const QString &note);
    // Emitted after each reduction.
    void rangeReduced();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void connectAxes();
    void connectLegend();
    void scheduleReduce();
    void hover(const QPoint &pos);
    bool interactive() const;
    bool isTimeseries() const;
    QRectF keepPointInView(const QRectF &range) const;
    void enforceLimits();
    void retranslateUi();
    void placeResetButton();
    void updateResetButton();

    ChartReducer *m_reducer = nullptr;
    QRectF m_full;
    QTimer m_reduceTimer;
    bool m_panning = false;
    QPoint m_panLast;
    QString m_hoverText;
    int m_hoverRow = -1;
    qint64 m_lastReduceMs = 0;
    QToolButton *m_resetButton = nullptr; // child of the viewport
    QAction *m_resetAction = nullptr;     // child; the context menu's first entry
};

} // namespace iv
