// SPDX-License-Identifier: MIT
#include "chartview.h"

#include "chartbuilder.h"
#include "chartreducer.h"
#include "questiontreemodel.h" // plainToolTip

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QMouseEvent>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>
#include <QXYSeries>

#include <cmath>

namespace iv {

namespace {

// Value axes only: a timeseries' TimeAxis is a QCategoryAxis, itself a QValueAxis over UTC milliseconds.
QValueAxis *axisOf(const QChart *chart, Qt::Orientation o)
{
    const auto axes = chart ? chart->axes(o) : QList<QAbstractAxis *>();
    for (QAbstractAxis *a : axes)
        if (auto *v = qobject_cast<QValueAxis *>(a))
            return v;
    return nullptr;
}

void setRange(QValueAxis *axis, double lo, double hi)
{
    if (axis && hi > lo)
        axis->setRange(lo, hi);
}

// The narrowest time span a zoom may show (the tick generator labels down to milliseconds).
constexpr double kMinTimeSpanMs = 1000;
// A hover tooltip stays until the pointer leaves the point (Qt's default hides it after about ten seconds).
constexpr int kTooltipMs = 24 * 3600 * 1000;

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
    m_resetButton = new QToolButton(viewport());
    m_resetButton->setObjectName(QStringLiteral("resetZoom"));
    m_resetButton->setAutoRaise(false);
    m_resetButton->setCursor(Qt::ArrowCursor);
    m_resetButton->hide();
    connect(m_resetButton, &QToolButton::clicked, this, &ChartView::resetZoom);
    // First entry of the chart's context menu (the window adds copy and export after it): right-click
    // opens the menu, whose first entry goes back to the full range.
    m_resetAction = new QAction(this);
    m_resetAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_resetAction, &QAction::triggered, this, &ChartView::resetZoom);
    addAction(m_resetAction);
    retranslateUi();
}

void ChartView::retranslateUi()
{
    m_resetAction->setText(tr("Reset Zoom"));
    m_resetButton->setText(tr("Reset zoom"));
    m_resetButton->setToolTip(tr("Show the full range again (Home)"));
    m_resetButton->setAccessibleName(tr("Reset zoom"));
    placeResetButton();
}

void ChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QChartView::changeEvent(event);
}

void ChartView::placeResetButton()
{
    m_resetButton->adjustSize();
    const int margin = 8;
    m_resetButton->move(viewport()->width() - m_resetButton->width() - margin, margin);
}

void ChartView::updateResetButton()
{
    const bool zoomed = interactive() && isZoomed();
    if (zoomed == m_resetButton->isVisible())
        return;
    placeResetButton();
    m_resetButton->setVisible(zoomed);
    if (zoomed)
        m_resetButton->raise();
}

bool ChartView::isTimeseries() const
{
    return m_reducer && m_reducer->kind() == ChartReducer::Kind::Timeseries;
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
    updateResetButton();
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

void ChartView::zoomBy(qreal factor, const QPointF &anchor, Qt::Orientations axes)
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
    // Never narrower than a minimum span (a second of time, a millionth of the data's extent otherwise).
    const qreal minW = isTimeseries() ? kMinTimeSpanMs : m_full.width() * 1e-6;
    const qreal minH = std::abs(m_full.height()) * 1e-6;
    qreal w = r.width(), h = r.height();
    if (axes & Qt::Horizontal)
        w = std::max(r.width() * factor, std::min(minW, r.width()));
    if (axes & Qt::Vertical)
        h = std::max(r.height() * factor, std::min(minH, r.height()));
    if (!(w > 0) || !(h > 0))
        return;
    const qreal x0 = (axes & Qt::Horizontal) ? ax - fx * w : r.left();
    const qreal y0 = (axes & Qt::Vertical) ? ay - fy * h : r.top();
    zoomToRange(keepPointInView(QRectF(QPointF(x0, y0), QSizeF(w, h))));
}

QRectF ChartView::keepPointInView(const QRectF &range) const
{
    // Zooming into a gap between points (or panning past the last one) would show an empty plot: move the
    // range just enough that the nearest point is inside it.
    if (!m_reducer)
        return range;
    const double nearest = m_reducer->nearestX(range.center().x());
    if (std::isnan(nearest) || (nearest >= range.left() && nearest <= range.right()))
        return range;
    const double inset = range.width() * 0.05;
    const double dx =
        nearest < range.left() ? nearest - range.left() - inset : nearest - range.right() + inset;
    return range.translated(dx, 0);
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
    zoomToRange(keepPointInView(r.translated(dx, dy)));
}

void ChartView::resetZoom()
{
    if (!m_full.isNull())
        zoomToRange(m_full);
}

void ChartView::connectAxes()
{
    for (Qt::Orientation o : {Qt::Horizontal, Qt::Vertical}) {
        if (QValueAxis *v = axisOf(chart(), o)) {
            connect(v, &QValueAxis::rangeChanged, this, &ChartView::scheduleReduce);
            connect(v, &QValueAxis::rangeChanged, this, &ChartView::updateResetButton);
        }
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
    QToolTip::showText(viewport()->mapToGlobal(pos), plainToolTip(text), viewport(), QRect(), kTooltipMs);
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
    // One notch (120) zooms by 1.25: time only on a timeseries, both axes with Ctrl (and on scatterplots).
    const bool both = !isTimeseries() || (event->modifiers() & Qt::ControlModifier);
    zoomBy(std::pow(1.25, -delta / 120.0), event->position(),
           both ? Qt::Horizontal | Qt::Vertical : Qt::Horizontal);
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
        // QChartView zooms out on a right click with a rubber band; the context menu (Reset Zoom first)
        // answers a right click instead.
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && interactive())
        enforceLimits(); // a rubber band may select less than the minimum span, or a gap
}

void ChartView::enforceLimits()
{
    const QRectF r = visibleRange();
    const qreal minW = isTimeseries() ? kMinTimeSpanMs : m_full.width() * 1e-6;
    QRectF limited = r;
    if (r.width() < minW)
        limited = QRectF(QPointF(r.center().x() - minW / 2, r.top()), QSizeF(minW, r.height()));
    limited = keepPointInView(limited);
    if (limited != r)
        zoomToRange(limited);
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
        zoomBy(0.8, centre, isTimeseries() ? Qt::Horizontal : Qt::Horizontal | Qt::Vertical);
        break;
    case Qt::Key_Minus:
        zoomBy(1.25, centre, isTimeseries() ? Qt::Horizontal : Qt::Horizontal | Qt::Vertical);
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
    placeResetButton();
    scheduleReduce();
}

bool ChartView::viewportEvent(QEvent *event)
{
    // Qt asks for a tooltip once the pointer rests; QGraphicsView answers with the items' tooltips and hides
    // ours when there is none. Keep showing the hovered point's instead.
    if (event->type() == QEvent::ToolTip && m_hoverRow >= 0 && !m_hoverText.isEmpty()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        QToolTip::showText(help->globalPos(), plainToolTip(m_hoverText), viewport(), QRect(), kTooltipMs);
        return true;
    }
    // The hovered bar's text (ChartBuilder keeps it on the chart while a bar is hovered): shown again, so it
    // stays while the pointer rests, as a point's does.
    if (event->type() == QEvent::ToolTip && chart()) {
        const QString bar = chart()->property(ChartBuilder::kBarHoverTextProperty).toString();
        if (!bar.isEmpty()) {
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), bar, viewport(), QRect(),
                               kTooltipMs);
            return true;
        }
    }
    return QChartView::viewportEvent(event);
}

void ChartView::leaveEvent(QEvent *event)
{
    m_hoverRow = -1;
    QChartView::leaveEvent(event);
}

} // namespace iv
