// SPDX-License-Identifier: MIT
#include "chartview.h"

#include "chartbuilder.h"
#include "chartreducer.h"
#include "questiontreemodel.h" // plainToolTip

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>
#include <QXYSeries>

#include <cmath>

namespace iv {

namespace {

QAbstractAxis *axisOf(const QChart *chart, Qt::Orientation o)
{
    const auto axes = chart ? chart->axes(o) : QList<QAbstractAxis *>();
    for (QAbstractAxis *a : axes)
        if (qobject_cast<QValueAxis *>(a) || qobject_cast<QDateTimeAxis *>(a))
            return a;
    return nullptr;
}

void setRange(QAbstractAxis *axis, double lo, double hi)
{
    if (!(hi > lo))
        return;
    if (auto *v = qobject_cast<QValueAxis *>(axis))
        v->setRange(lo, hi);
    else if (auto *d = qobject_cast<QDateTimeAxis *>(axis))
        d->setRange(QDateTime::fromMSecsSinceEpoch(qint64(std::llround(lo))),
                    QDateTime::fromMSecsSinceEpoch(qint64(std::llround(hi))));
}

} // namespace

ChartView::ChartView(QWidget *parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    m_reduceTimer.setSingleShot(true);
    m_reduceTimer.setInterval(0);
    connect(&m_reduceTimer, &QTimer::timeout, this, &ChartView::reduceNow);
}

bool ChartView::interactive() const
{
    return axisOf(chart(), Qt::Horizontal) && axisOf(chart(), Qt::Vertical) && m_reducer;
}

void ChartView::showChart(QChart *newChart)
{
    QChart *old = chart();
    m_reduceTimer.stop();
    m_hoverText.clear();
    m_hoverRow = -1;
    m_reducer = ChartReducer::of(newChart);
    setChart(newChart ? newChart : new QChart);
    delete old; // QChartView releases, not deletes, the previous chart
    setRubberBand(interactive() ? QChartView::RectangleRubberBand : QChartView::NoRubberBand);
    m_full = visibleRange();
    connectAxes();
    connectLegend();
    connect(chart(), &QChart::plotAreaChanged, this, &ChartView::scheduleReduce);
    // Bars answer hover themselves (ChartBuilder's tooltips); pass the row on to the table.
    const auto allSeries = chart()->series();
    for (QAbstractSeries *s : allSeries) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(s);
        if (!bars)
            continue;
        const auto sets = bars->barSets();
        for (QBarSet *set : sets) {
            connect(set, &QBarSet::hovered, this, [this, set](bool status, int index) {
                const QList<int> rows = set->property(ChartBuilder::kBarRowsProperty).value<QList<int>>();
                if (status && index >= 0 && index < rows.size() && rows.at(index) >= 0)
                    emit hoveredPointIndex(rows.at(index));
            });
        }
    }
    if (m_reducer)
        scheduleReduce();
}

QRectF ChartView::visibleRange() const
{
    double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
    ChartReducer::axisRange(axisOf(chart(), Qt::Horizontal), &x0, &x1);
    ChartReducer::axisRange(axisOf(chart(), Qt::Vertical), &y0, &y1);
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

bool ChartView::isZoomed() const
{
    return visibleRange() != m_full;
}

void ChartView::zoomToRange(const QRectF &range)
{
    setRange(axisOf(chart(), Qt::Horizontal), range.left(), range.right());
    if (range.height() > 0)
        setRange(axisOf(chart(), Qt::Vertical), range.top(), range.bottom());
}

void ChartView::zoomBy(qreal factor, const QPointF &anchor)
{
    if (!interactive() || !(factor > 0))
        return;
    const QRectF plot = chart()->plotArea();
    const QPointF at = chart()->mapFromScene(mapToScene(anchor.toPoint()));
    const QRectF r = visibleRange();
    // The value under the anchor stays under it; outside the plot area zoom about its centre.
    const qreal fx = plot.contains(at) ? (at.x() - plot.left()) / plot.width() : 0.5;
    const qreal fy = plot.contains(at) ? (plot.bottom() - at.y()) / plot.height() : 0.5;
    const qreal ax = r.left() + fx * r.width(), ay = r.top() + fy * r.height();
    const qreal w = r.width() * factor, h = r.height() * factor;
    if (w < 1e-9 || h < 1e-12)
        return;
    zoomToRange(QRectF(QPointF(ax - fx * w, ay - fy * h), QSizeF(w, h)));
}

void ChartView::panBy(const QPointF &pixels)
{
    if (!interactive())
        return;
    const QRectF plot = chart()->plotArea();
    const QRectF r = visibleRange();
    // Content follows the pointer: dragging right shows earlier values.
    const qreal dx = -pixels.x() / plot.width() * r.width();
    const qreal dy = pixels.y() / plot.height() * r.height();
    zoomToRange(r.translated(dx, dy));
}

void ChartView::resetZoom()
{
    if (!m_full.isNull())
        zoomToRange(m_full);
}

void ChartView::connectAxes()
{
    for (Qt::Orientation o : {Qt::Horizontal, Qt::Vertical}) {
        QAbstractAxis *axis = axisOf(chart(), o);
        if (auto *v = qobject_cast<QValueAxis *>(axis))
            connect(v, &QValueAxis::rangeChanged, this, &ChartView::scheduleReduce);
        else if (auto *d = qobject_cast<QDateTimeAxis *>(axis))
            connect(d, &QDateTimeAxis::rangeChanged, this, &ChartView::scheduleReduce);
    }
}

void ChartView::connectLegend()
{
    if (!chart()->legend())
        return;
    const auto markers = chart()->legend()->markers();
    for (QLegendMarker *marker : markers) {
        connect(marker, &QLegendMarker::clicked, this, [this, marker] {
            QAbstractSeries *series = marker->series();
            series->setVisible(!series->isVisible());
            marker->setVisible(true); // Qt hides the marker with its series; keep it to click again
            const qreal alpha = series->isVisible() ? 1.0 : 0.35;
            QBrush brush = marker->labelBrush();
            QColor c = brush.color();
            c.setAlphaF(alpha);
            brush.setColor(c);
            marker->setLabelBrush(brush);
            brush = marker->brush();
            c = brush.color();
            c.setAlphaF(series->isVisible() ? std::max<qreal>(c.alphaF(), 0.78) : alpha);
            brush.setColor(c);
            marker->setBrush(brush);
            QPen pen = marker->pen();
            c = pen.color();
            c.setAlphaF(alpha);
            pen.setColor(c);
            marker->setPen(pen);
        });
    }
}

void ChartView::scheduleReduce()
{
    if (m_reducer)
        m_reduceTimer.start();
}

int ChartView::reduceNow()
{
    m_reduceTimer.stop();
    if (!m_reducer)
        return 0;
    QElapsedTimer timer;
    timer.start();
    const int n = m_reducer->reduce(chart()->plotArea().size() * devicePixelRatioF());
    m_lastReduceMs = timer.elapsed();
    emit noteChanged(m_reducer->note());
    emit rangeReduced();
    return n;
}

int ChartView::rowAt(const QPoint &pos, qreal maxPixels, QString *text) const
{
    if (!m_reducer || !chart())
        return -1;
    const QPointF at = chart()->mapFromScene(mapToScene(pos));
    const QRectF plot = chart()->plotArea();
    if (!plot.adjusted(-maxPixels, -maxPixels, maxPixels, maxPixels).contains(at))
        return -1;
    const QRectF r = visibleRange();
    if (!(r.width() > 0) || !(r.height() > 0))
        return -1;
    const qreal sx = plot.width() / r.width(), sy = plot.height() / r.height();
    qreal best = maxPixels * maxPixels;
    int bestRow = -1;
    const auto allSeries = chart()->series();
    for (QAbstractSeries *s : allSeries) {
        auto *xy = qobject_cast<QXYSeries *>(s);
        if (!xy || !xy->isVisible())
            continue;
        const QList<QPointF> points = xy->points();
        for (int i = 0; i < points.size(); ++i) {
            const qreal px = plot.left() + (points.at(i).x() - r.left()) * sx;
            const qreal py = plot.bottom() - (points.at(i).y() - r.top()) * sy;
            const qreal d = (px - at.x()) * (px - at.x()) + (py - at.y()) * (py - at.y());
            if (d < best) {
                best = d;
                bestRow = m_reducer->rowOf(xy, i);
            }
        }
    }
    if (text)
        *text = bestRow >= 0 ? m_reducer->tooltipForRow(bestRow) : QString();
    return bestRow;
}

void ChartView::hover(const QPoint &pos)
{
    QString text;
    const int row = rowAt(pos, 24, &text);
    m_hoverText = text;
    if (row < 0) {
        if (m_hoverRow >= 0)
            QToolTip::hideText();
        m_hoverRow = -1;
        return;
    }
    QToolTip::showText(viewport()->mapToGlobal(pos), plainToolTip(text), viewport());
    if (row != m_hoverRow) {
        m_hoverRow = row;
        emit hoveredPointIndex(row);
    }
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    if (!interactive()) {
        QChartView::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        event->ignore();
        return;
    }
    // One notch (120) zooms by 1.25.
    zoomBy(std::pow(1.25, -delta / 120.0), event->position());
    event->accept();
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    if (interactive() && (event->button() == Qt::MiddleButton ||
                          (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)))) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint p = event->position().toPoint();
        panBy(p - m_panLast);
        m_panLast = p;
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
    if (event->buttons() == Qt::NoButton)
        hover(event->position().toPoint());
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton && interactive()) {
        // QChartView zooms out on a right click with a rubber band; go back to the full range instead of
        // beyond it.
        resetZoom();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void ChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (interactive() && event->button() == Qt::LeftButton) {
        resetZoom();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    if (!interactive()) {
        QChartView::keyPressEvent(event);
        return;
    }
    const QRectF plot = chart()->plotArea();
    const qreal stepX = plot.width() / 10, stepY = plot.height() / 10;
    const QPointF centre = mapFromScene(chart()->mapToScene(plot.center()));
    switch (event->key()) {
    case Qt::Key_Left:
        panBy(QPointF(stepX, 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(-stepX, 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, stepY));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, -stepY));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.8, centre);
        break;
    case Qt::Key_Minus:
        zoomBy(1.25, centre);
        break;
    case Qt::Key_Home:
    case Qt::Key_Escape:
        resetZoom();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    scheduleReduce();
}

void ChartView::leaveEvent(QEvent *event)
{
    m_hoverRow = -1;
    QChartView::leaveEvent(event);
}

} // namespace iv
