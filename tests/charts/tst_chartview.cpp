// SPDX-License-Identifier: MIT
// ChartView on an offscreen window: zoom (range, wheel, rubber band), pan (drag, keys), Home, the M4 series
// recomputed for the visible range and compared with a brute-force rasterisation of the full data, hover
// tooltips in the bucket's xformat, legend toggling, and the hovered row reaching the question page's table.
#include "bucketprobe.h"
#include "bucketvaluestablemodel.h"
#include "chartbuilder.h"
#include "chartreducer.h"
#include "chartrenderer.h"
#include "chartview.h"
#include "questionpage.h"
#include "testsupport.h"
#include "timeaxis.h"
#include "timestamp.h"

#include <QCategoryAxis>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHelpEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QRandomGenerator>
#include <QScatterSeries>
#include <QScreen>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <limits>

using namespace iv;

namespace {

constexpr qint64 kStart = 1767225600LL * 1000000; // 2026-01-01 00:00:00 UTC in µs
constexpr qint64 kMinute = 60LL * 1000000;

Question timeseriesQuestion()
{
    Question q;
    q.kind = MetricKind::Timeseries;
    q.bucketType = 1;
    q.id = 1;
    q.label = QStringLiteral("ts");
    q.question = QStringLiteral("Events?");
    q.xlabel = QStringLiteral("Time");
    q.xformat = QStringLiteral("%Y-%m-%d %H:%M");
    q.ylabel = QStringLiteral("Events");
    return q;
}

// n points one minute apart with noisy values (fixed seed).
BucketValues noisySeries(int n)
{
    BucketValues v;
    v.reserve(n);
    QRandomGenerator rng(7);
    for (int i = 0; i < n; ++i) {
        v.ids << i + 1;
        v.timestamps << kStart + i * kMinute;
        v.x << 100 + 50 * std::sin(i / 300.0) + rng.bounded(40.0);
        v.y << 0;
        v.categoryIndex << -1;
    }
    return v;
}

// Viewport position of a chart value.
QPoint viewportPos(ChartView &view, const QPointF &value, QAbstractSeries *series)
{
    const QPointF inChart = view.chart()->mapToPosition(value, series);
    return view.mapFromScene(view.chart()->mapToScene(inChart));
}

// A plain mouse move (no button) over the view, delivered like the window system does.
void hoverAt(ChartView &view, const QPoint &pos)
{
    QMouseEvent move(QEvent::MouseMove, QPointF(pos), view.viewport()->mapToGlobal(QPointF(pos)),
                     Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view.viewport(), &move);
}

struct Column
{
    int first = -1, last = -1;
    double min = std::numeric_limits<double>::infinity(), max = -std::numeric_limits<double>::infinity();
};

// Brute-force rasterisation: per pixel column of [x0, x1] the first, last, min and max of the full data,
// compared with the drawn series' points inside the range.
void verifyPixelExact(const QVector<double> &xs, const QVector<double> &ys, const QList<QPointF> &drawn,
                      double x0, double x1, int width)
{
    auto columnOf = [&](double x) { return std::min(width - 1, int((x - x0) * (width / (x1 - x0)))); };
    QVector<Column> full(width), shown(width);
    QVector<double> fullFirstY(width), fullLastY(width), shownFirstY(width), shownLastY(width);
    for (int i = 0; i < xs.size(); ++i) {
        if (xs.at(i) < x0 || xs.at(i) > x1)
            continue;
        Column &c = full[columnOf(xs.at(i))];
        if (c.first < 0) {
            c.first = i;
            fullFirstY[columnOf(xs.at(i))] = ys.at(i);
        }
        c.last = i;
        fullLastY[columnOf(xs.at(i))] = ys.at(i);
        c.min = std::min(c.min, ys.at(i));
        c.max = std::max(c.max, ys.at(i));
    }
    for (int i = 0; i < drawn.size(); ++i) {
        const QPointF p = drawn.at(i);
        if (p.x() < x0 || p.x() > x1)
            continue;
        const int col = columnOf(p.x());
        Column &c = shown[col];
        if (c.first < 0)
            shownFirstY[col] = p.y();
        c.first = 0;
        c.last = 0;
        shownLastY[col] = p.y();
        c.min = std::min(c.min, p.y());
        c.max = std::max(c.max, p.y());
    }
    int occupied = 0;
    for (int col = 0; col < width; ++col) {
        QCOMPARE(shown.at(col).first >= 0, full.at(col).first >= 0);
        if (full.at(col).first < 0)
            continue;
        ++occupied;
        QCOMPARE(shown.at(col).min, full.at(col).min);
        QCOMPARE(shown.at(col).max, full.at(col).max);
        QCOMPARE(shownFirstY.at(col), fullFirstY.at(col));
        QCOMPARE(shownLastY.at(col), fullLastY.at(col));
    }
    QVERIFY(occupied > width / 2);
}

// Sends a wheel event of `notches` steps (negative: away from the user, zooming in) at pos.
void wheelAt(ChartView &view, const QPoint &pos, int notches,
             Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWheelEvent wheel(pos, view.viewport()->mapToGlobal(pos), QPoint(), QPoint(0, 120 * notches),
                      Qt::NoButton, modifiers, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view.viewport(), &wheel);
}

// Eleven yearly points, 2016-2026, like the upstream fixture's num_of_books_per_year ("%Y").
BucketValues yearlyValues()
{
    BucketValues v;
    for (int i = 0; i < 11; ++i) {
        v.ids << i + 1;
        v.timestamps << Timestamp::parseUtcMicros(QStringLiteral("%1-01-01 00:00:00").arg(2016 + i));
        v.x << 480 + (i * 37) % 50;
        v.y << 0;
        v.categoryIndex << -1;
    }
    return v;
}

Question yearlyQuestion()
{
    Question q = timeseriesQuestion();
    q.xformat = QStringLiteral("%Y");
    q.xlabel = QStringLiteral("Year");
    return q;
}

} // namespace

class TestChartView : public QObject
{
    Q_OBJECT

private:
    QVector<double> m_x, m_y; // the full data in chart coordinates

    // A shown view of a 60,000-point timeseries, reduced for its plot area.
    std::unique_ptr<ChartView> bigView(const BucketValues &values)
    {
        auto view = std::make_unique<ChartView>();
        view->resize(900, 500);
        view->showChart(ChartBuilder::build(timeseriesQuestion(), values, ChartStyle::light()));
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        QCoreApplication::processEvents();
        view->reduceNow();
        m_x.clear();
        m_y.clear();
        for (int i = 0; i < values.size(); ++i) {
            m_x << ChartBuilder::chartXForTimestamp(values.timestamps.at(i));
            m_y << values.x.at(i);
        }
        return view;
    }

    QList<QPointF> drawn(ChartView &view)
    {
        return qobject_cast<QLineSeries *>(view.chart()->series().first())->points();
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void fullViewIsReducedAndPixelExact()
    {
        const BucketValues values = noisySeries(60000);
        auto view = bigView(values);
        QVERIFY(view);
        ChartReducer *reducer = view->reducer();
        QVERIFY(reducer);
        const int width = reducer->lastWidth();
        QCOMPARE(width, int(std::lround(view->chart()->plotArea().width() * view->devicePixelRatioF())));
        QVERIFY(width > 500 && width < 900);
        const QList<QPointF> points = drawn(*view);
        QVERIFY(points.size() <= 4 * width + 2);
        QVERIFY(points.size() < 60000 / 4);
        const QRectF r = view->visibleRange();
        verifyPixelExact(m_x, m_y, points, r.left(), r.right(), width);
    }

    void zoomToRangeRecomputesM4()
    {
        const BucketValues values = noisySeries(60000);
        auto view = bigView(values);
        QVERIFY(view);
        const int before = view->reducer()->shownCount();
        const double x0 = m_x.at(10000), x1 = m_x.at(14000); // 4,001 points over ~650 px: still reduced
        view->zoomToRange(QRectF(QPointF(x0, 0), QPointF(x1, 300)));
        QVERIFY(view->isZoomed());
        view->reduceNow();
        const QList<QPointF> points = drawn(*view);
        QVERIFY(points.size() != before);
        // One neighbour outside each side, everything else inside the range.
        QVERIFY(points.first().x() < x0 && points.last().x() > x1);
        QCOMPARE(points.at(1).x(), x0);
        verifyPixelExact(m_x, m_y, points, x0, x1, view->reducer()->lastWidth());

        // Deep zoom: fewer points than columns, so every point of the range (and one neighbour each side) is
        // drawn, exactly as stored.
        view->zoomToRange(QRectF(QPointF(m_x.at(20000), 0), QPointF(m_x.at(20100), 300)));
        view->reduceNow();
        const QList<QPointF> deep = drawn(*view);
        QCOMPARE(deep.size(), 103);
        for (int i = 0; i < deep.size(); ++i)
            QCOMPARE(deep.at(i), QPointF(m_x.at(19999 + i), m_y.at(19999 + i)));
    }

    void wheelZoomAnchoredAtCursor()
    {
        const BucketValues values = noisySeries(60000);
        auto view = bigView(values);
        QVERIFY(view);
        const QRectF plot = view->chart()->plotArea();
        const QPoint at = view->mapFromScene(
            view->chart()->mapToScene(QPointF(plot.left() + plot.width() * 0.25, plot.center().y())));
        const QRectF before = view->visibleRange();
        const double anchorValue = before.left() + before.width() * 0.25;
        QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view->viewport(), &wheel);
        const QRectF after = view->visibleRange();
        QVERIFY(qAbs(after.width() - before.width() / 1.25) < before.width() * 1e-6);
        QVERIFY(qAbs(after.left() + after.width() * 0.25 - anchorValue) < before.width() * 1e-3);
        QSignalSpy reduced(view.get(), &ChartView::rangeReduced);
        QVERIFY(reduced.wait(2000)); // recomputed after the range change
        verifyPixelExact(m_x, m_y, drawn(*view), after.left(), after.right(), view->reducer()->lastWidth());
    }

    void panByDragAndKeysAndHomeResets()
    {
        const BucketValues values = noisySeries(60000);
        auto view = bigView(values);
        QVERIFY(view);
        const QRectF full = view->visibleRange();
        view->zoomToRange(QRectF(QPointF(m_x.at(20000), 0), QPointF(m_x.at(30000), 300)));
        const QRectF zoomed = view->visibleRange();
        const double perPixel = zoomed.width() / view->chart()->plotArea().width();

        // Middle-drag 100 px to the left: the view moves 100 px of data to the right.
        const QPoint from = view->viewport()->rect().center();
        QTest::mousePress(view->viewport(), Qt::MiddleButton, Qt::NoModifier, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(from - QPoint(100, 0)),
                         view->viewport()->mapToGlobal(QPointF(from - QPoint(100, 0))), Qt::NoButton,
                         Qt::MiddleButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &move);
        QTest::mouseRelease(view->viewport(), Qt::MiddleButton, Qt::NoModifier, from - QPoint(100, 0));
        QRectF panned = view->visibleRange();
        QVERIFY(qAbs(panned.left() - (zoomed.left() + 100 * perPixel)) < perPixel);
        QVERIFY(qAbs(panned.width() - zoomed.width()) < perPixel * 1e-3);
        view->reduceNow();
        verifyPixelExact(m_x, m_y, drawn(*view), panned.left(), panned.right(), view->reducer()->lastWidth());

        // Arrow keys pan by a tenth of the plot.
        QTest::keyClick(view.get(), Qt::Key_Left);
        const QRectF left = view->visibleRange();
        QVERIFY(qAbs(left.left() - (panned.left() - panned.width() / 10)) < perPixel);

        QTest::keyClick(view.get(), Qt::Key_Home);
        QCOMPARE(view->visibleRange(), full);
        QVERIFY(!view->isZoomed());
        view->reduceNow();
        verifyPixelExact(m_x, m_y, drawn(*view), full.left(), full.right(), view->reducer()->lastWidth());
    }

    void rubberBandZoomAndDoubleClickReset()
    {
        const BucketValues values = noisySeries(60000);
        auto view = bigView(values);
        QVERIFY(view);
        const QRectF full = view->visibleRange();
        const QRectF plot = view->chart()->plotArea();
        auto toView = [&](double fx, double fy) {
            return view->mapFromScene(view->chart()->mapToScene(
                QPointF(plot.left() + plot.width() * fx, plot.top() + plot.height() * fy)));
        };
        const QPoint a = toView(0.2, 0.1), b = toView(0.6, 0.9);
        QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, a);
        QMouseEvent move(QEvent::MouseMove, QPointF(b), view->viewport()->mapToGlobal(QPointF(b)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &move);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, b);
        const QRectF zoomed = view->visibleRange();
        QVERIFY(view->isZoomed());
        QVERIFY(qAbs(zoomed.width() - full.width() * 0.4) < full.width() * 0.01);
        QVERIFY(qAbs(zoomed.left() - (full.left() + full.width() * 0.2)) < full.width() * 0.01);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, toView(0.5, 0.5));
        QCOMPARE(view->visibleRange(), full);
    }

    void hoverTooltipUsesXformatAndRow()
    {
        // Row 1 has no timestamp and is not drawn: point 1 is row 2.
        BucketValues v;
        const double ys[] = {5, 9, 7.5, 12};
        for (int i = 0; i < 4; ++i) {
            v.ids << i + 1;
            v.timestamps << (i == 1 ? Timestamp::Invalid : kStart + i * 90 * kMinute);
            v.x << ys[i];
            v.y << 0;
            v.categoryIndex << -1;
        }
        ChartView view;
        view.resize(800, 500);
        view.showChart(ChartBuilder::build(timeseriesQuestion(), v, ChartStyle::light()));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.reduceNow();
        QSignalSpy hovered(&view, &ChartView::hoveredPointIndex);
        auto *series = view.chart()->series().first();
        const QPoint at =
            viewportPos(view, qobject_cast<QLineSeries *>(series)->at(1), series) + QPoint(3, -2);
        hoverAt(view, at);
        // The full UTC date and time, then the bucket's xformat text, then the value.
        QCOMPARE(view.hoverText(), QStringLiteral("2026-01-01 03:00:00 UTC\n2026-01-01 03:00\nEvents: 7.5"));
        QCOMPARE(hovered.size(), 1);
        QCOMPARE(hovered.first().first().toInt(), 2);
        // Far from every point: no tooltip, no new signal.
        hoverAt(view, QPoint(2, 2));
        QVERIFY(view.hoverText().isEmpty());
        QCOMPARE(hovered.size(), 1);
    }

    // The pointer rests on a point: the tooltip stays (QGraphicsView's own tooltip event used to hide it
    // about a second later, when Qt's tooltip timer fired with no item tooltip under the pointer).
    void tooltipStaysWhilePointerRests()
    {
        BucketValues v = yearlyValues();
        ChartView view;
        view.resize(900, 500);
        view.showChart(ChartBuilder::build(yearlyQuestion(), v, ChartStyle::light()));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.reduceNow();
        auto *series = qobject_cast<QLineSeries *>(view.chart()->series().first());
        const QPoint at = viewportPos(view, series->at(5), series) + QPoint(2, 1);
        hoverAt(view, at);
        const QString expected = QStringLiteral("2021-01-01 00:00:00 UTC\n2021\nEvents: %1").arg(v.x.at(5));
        QCOMPARE(view.hoverText(), expected);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QStringLiteral("2021-01-01 00:00:00 UTC")));
        // What the window system sends when the pointer has rested there.
        QHelpEvent rest(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(view.viewport(), &rest);
        QVERIFY(QToolTip::isVisible());
        QTest::qWait(1500);
        QCoreApplication::sendEvent(view.viewport(), &rest);
        QVERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QStringLiteral("2021-01-01 00:00:00 UTC")));
        hoverAt(view, QPoint(2, 2));
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    // The wheel zooms time only on a timeseries; Ctrl+wheel zooms both axes.
    void wheelZoomsTimeOnly()
    {
        const BucketValues values = noisySeries(6000);
        auto view = bigView(values);
        QVERIFY(view);
        const QPoint centre = view->viewport()->rect().center();
        const QRectF before = view->visibleRange();
        wheelAt(*view, centre, 1);
        const QRectF after = view->visibleRange();
        QVERIFY(after.width() < before.width() * 0.81);
        QCOMPARE(after.top(), before.top());
        QCOMPARE(after.bottom(), before.bottom());
        wheelAt(*view, centre, 1, Qt::ControlModifier);
        const QRectF both = view->visibleRange();
        QVERIFY(both.width() < after.width() * 0.81);
        QVERIFY(both.height() < after.height() * 0.81);
    }

    // Ten (or fifty) notches into an empty gap never leave an empty plot: a minimum span and a point in view.
    void zoomNeverEmptiesThePlot()
    {
        BucketValues v = yearlyValues();
        ChartView view;
        view.resize(900, 500);
        view.showChart(ChartBuilder::build(yearlyQuestion(), v, ChartStyle::light()));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QRectF plot = view.chart()->plotArea();
        // Between the 2018 and 2019 points, nearer 2018's end of the gap.
        const QPoint gap = view.mapFromScene(
            view.chart()->mapToScene(QPointF(plot.left() + plot.width() * 0.26, plot.center().y())));
        for (int notches : {10, 40}) {
            for (int i = 0; i < notches; ++i)
                wheelAt(view, gap, 1);
            const QRectF r = view.visibleRange();
            QVERIFY2(r.width() >= 999, qPrintable(QString::number(r.width())));
            int inView = 0;
            for (int i = 0; i < v.size(); ++i) {
                const double x = ChartBuilder::chartXForTimestamp(v.timestamps.at(i));
                inView += x >= r.left() && x <= r.right();
            }
            QVERIFY2(inView >= 1, qPrintable(QStringLiteral("%1 notches: nothing in view").arg(notches)));
            QVERIFY(!TimeAxis::of(view.chart())->ticks().ticks.isEmpty());
        }
        // A 3-pixel rubber band in the gap between two points: still a point in view.
        view.resetZoom();
        QCoreApplication::processEvents();
        const QRectF full = view.chart()->plotArea();
        auto toView = [&](double fx, double fy) {
            return view.mapFromScene(view.chart()->mapToScene(
                QPointF(full.left() + full.width() * fx, full.top() + full.height() * fy)));
        };
        const QPoint a = toView(0.26, 0.1), b = toView(0.26, 0.9) + QPoint(3, 0);
        QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::NoModifier, a);
        QMouseEvent move(QEvent::MouseMove, QPointF(b), view.viewport()->mapToGlobal(QPointF(b)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view.viewport(), &move);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::NoModifier, b);
        QVERIFY(view.isZoomed());
        const QRectF r = view.visibleRange();
        int inView = 0;
        for (int i = 0; i < v.size(); ++i) {
            const double x = ChartBuilder::chartXForTimestamp(v.timestamps.at(i));
            inView += x >= r.left() && x <= r.right();
        }
        QVERIFY(inView >= 1);
    }

    // A visible "Reset zoom" button while zoomed; clicking it shows the full range again.
    void resetZoomButton()
    {
        const BucketValues values = noisySeries(3000);
        auto view = bigView(values);
        QVERIFY(view);
        QToolButton *reset = view->findChild<QToolButton *>(QStringLiteral("resetZoom"));
        QVERIFY(reset);
        QVERIFY(!reset->isVisible());
        const QRectF full = view->visibleRange();
        wheelAt(*view, view->viewport()->rect().center(), 2);
        QTRY_VERIFY(reset->isVisible());
        QCOMPARE(reset->text(), QStringLiteral("Reset zoom"));
        QVERIFY(view->viewport()->rect().contains(reset->geometry()));
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(view->visibleRange(), full);
        QTRY_VERIFY(!reset->isVisible());
    }

    // A right click neither zooms out (QChartView's own rubber-band behaviour) nor changes the range: it
    // belongs to the context menu, whose first entry, Reset Zoom, goes back to the full range
    // (docs/INTERACTION.md).
    void rightClickKeepsTheZoomAndTheMenuResetsIt()
    {
        const BucketValues values = noisySeries(3000);
        auto view = bigView(values);
        QVERIFY(view);
        const QRectF full = view->visibleRange();
        wheelAt(*view, view->viewport()->rect().center(), 2);
        const QRectF zoomed = view->visibleRange();
        QVERIFY(zoomed.width() < full.width());
        const QPoint at = view->viewport()->rect().center() + QPoint(40, 10);
        QTest::mousePress(view->viewport(), Qt::RightButton, Qt::NoModifier, at);
        QTest::mouseRelease(view->viewport(), Qt::RightButton, Qt::NoModifier, at);
        QCOMPARE(view->visibleRange(), zoomed);
        const auto actions = view->actions();
        QVERIFY(!actions.isEmpty());
        QCOMPARE(actions.first()->text(), QStringLiteral("Reset Zoom"));
        actions.first()->trigger();
        QCOMPARE(view->visibleRange(), full);
    }

    // What the window shows after keyboard pans and wheel zooms (the backing store, updated piecewise) is
    // what a full repaint draws: no marker or line fragments left behind.
    void panAndZoomLeaveNoGhosts()
    {
        const BucketValues values = noisySeries(300); // few enough points for markers to be drawn
        auto view = bigView(values);
        QVERIFY(view);
        QScreen *screen = view->screen();
        QVERIFY(screen);
        auto shown = [&] {
            QTest::qWait(200); // the scene's changes reach the viewport a few event-loop passes later
            return screen->grabWindow(view->winId()).toImage();
        };
        view->setFocus();
        wheelAt(*view, view->viewport()->rect().center() + QPoint(60, 0), 3);
        QTest::keyClick(view.get(), Qt::Key_Left);
        QTest::keyClick(view.get(), Qt::Key_Left);
        wheelAt(*view, view->viewport()->rect().center() - QPoint(80, 0), -1);
        QTest::keyClick(view.get(), Qt::Key_Right);
        const QImage afterInteraction = shown();
        QVERIFY(!afterInteraction.isNull());
        view->viewport()->repaint();
        const QImage repainted = shown();
        QCOMPARE(afterInteraction.size(), repainted.size());
        int differing = 0;
        for (int y = 0; y < repainted.height(); ++y)
            for (int x = 0; x < repainted.width(); ++x)
                differing += afterInteraction.pixel(x, y) != repainted.pixel(x, y);
        if (differing && qEnvironmentVariableIsSet("IV_GHOST_DIR")) {
            afterInteraction.save(qEnvironmentVariable("IV_GHOST_DIR") + QStringLiteral("/shown.png"));
            repainted.save(qEnvironmentVariable("IV_GHOST_DIR") + QStringLiteral("/repainted.png"));
        }
        QCOMPARE(differing, 0);
    }

    // The time axis follows zoom and width: calendar ticks, labels recomputed for the new range.
    void timeAxisTicksFollowZoom()
    {
        ChartView view;
        view.resize(1500, 600);
        view.showChart(ChartBuilder::build(yearlyQuestion(), yearlyValues(), ChartStyle::light()));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        TimeAxis *axis = TimeAxis::of(view.chart());
        QVERIFY(axis);
        QCOMPARE(axis->ticks().step.unit, TimeTicks::Unit::Year);
        QCOMPARE(axis->ticks().step.count, 1);
        // The 2021 point stands on the tick labelled 2021 (QDateTimeAxis labelled the tick under it 2020).
        const qint64 y2021 = Timestamp::parseUtcMicros(QStringLiteral("2021-01-01")) / 1000;
        int at = -1;
        for (int i = 0; i < axis->ticks().ticks.size(); ++i)
            if (axis->ticks().ticks.at(i).ms == y2021)
                at = i;
        QVERIFY(at >= 0);
        QCOMPARE(axis->labelTexts().at(at), QStringLiteral("2021"));
        QCOMPARE(axis->axis()->endValue(axis->axis()->categoriesLabels().at(at)), double(y2021));
        // Rendered, visible labels: every year once.
        QStringList shown;
        const auto items = view.scene()->items();
        for (QGraphicsItem *item : items)
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                shown << text->toPlainText();
        for (int year = 2016; year <= 2026; ++year)
            QCOMPARE(shown.count(QString::number(year)), 1);
        // Zoomed to 2020-2022: a yearly series never gets ticks finer than its period (no months between its
        // points), so the year stays the unit.
        view.zoomToRange(QRectF(QPointF(double(y2021 - 200LL * 86400000), 0),
                                QPointF(double(y2021 + 200LL * 86400000), 0)));
        QCOMPARE(axis->ticks().step.unit, TimeTicks::Unit::Year);
        QVERIFY(axis->labelTexts().contains(QStringLiteral("2021")));
        // Narrower: fewer ticks for the same (full) range.
        view.resetZoom();
        QCoreApplication::processEvents();
        const int wide = int(axis->ticks().ticks.size());
        view.resize(500, 600);
        QCoreApplication::processEvents();
        QTRY_VERIFY(axis->ticks().ticks.size() < wide);
    }

    // The export lays the chart out at the file's size and uses the same generator at that width.
    void exportUsesTheSameTicks()
    {
        std::unique_ptr<QChart> chart(
            ChartBuilder::build(yearlyQuestion(), yearlyValues(), ChartStyle::light()));
        const QImage image = ChartRenderer::renderImage(chart.get(), QSizeF(8, 4), 180);
        QCOMPARE(image.size(), QSize(1440, 720));
        TimeAxis *axis = TimeAxis::of(chart.get());
        const double width = chart->plotArea().width();
        QVERIFY(width > 500 && width < 768);
        TimeTicks::Options o;
        o.xformat = QStringLiteral("%Y");
        const QRectF r(QPointF(axis->axis()->min(), 0), QPointF(axis->axis()->max(), 1));
        const TimeTicks::Result direct =
            TimeTicks::generate(qint64(std::ceil(r.left())), qint64(std::floor(r.right())), width, o);
        QCOMPARE(axis->ticks().step, direct.step);
        QCOMPARE(axis->labelTexts().first(), QStringLiteral("2016"));
        QCOMPARE(axis->labelTexts().last(), QStringLiteral("2026"));
        for (const TimeTicks::Tick &t : axis->ticks().ticks)
            QCOMPARE(t.text(), Timestamp::strftime(QStringLiteral("%Y"), t.ms * 1000));
    }

    // An empty bucket says "No values" in the middle instead of drawing 1970 axes.
    void emptyBucketSaysNoValues()
    {
        ChartView view;
        view.resize(800, 500);
        view.showChart(ChartBuilder::build(timeseriesQuestion(), BucketValues(), ChartStyle::light()));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        QVERIFY(view.chart()->axes().isEmpty());
        QGraphicsSimpleTextItem *text = nullptr;
        const auto items = view.scene()->items();
        for (QGraphicsItem *item : items)
            if (auto *t = dynamic_cast<QGraphicsSimpleTextItem *>(item);
                t && t->text() == QLatin1String("No values"))
                text = t;
        QVERIFY(text);
        QVERIFY(text->isVisible());
        const QPointF centre = text->sceneBoundingRect().center();
        const QPointF middle = view.chart()->sceneBoundingRect().center();
        QVERIFY(qAbs(centre.x() - middle.x()) < 2 && qAbs(centre.y() - middle.y()) < 2);
        // The export draws it too.
        std::unique_ptr<QChart> chart(
            ChartBuilder::build(timeseriesQuestion(), BucketValues(), ChartStyle::light()));
        QVERIFY(chart);
        QVERIFY(!ChartRenderer::renderImage(chart.get(), QSizeF(8, 4), 96).isNull());
    }

    void scatterHoverNamesCategoryAndLegendToggles()
    {
        Question q;
        q.kind = MetricKind::Scatterplot;
        q.bucketType = 3;
        q.label = QStringLiteral("sc");
        q.xlabel = QStringLiteral("Size");
        q.ylabel = QStringLiteral("Price");
        BucketValues v;
        const double xs[] = {10, 20, 30, 40}, ysz[] = {1, 2, 3, 4};
        for (int i = 0; i < 4; ++i) {
            v.ids << i + 1;
            v.timestamps << Timestamp::Invalid;
            v.x << xs[i];
            v.y << ysz[i];
            v.categoryIndex << v.internCategory(i % 2 ? QStringLiteral("beta") : QStringLiteral("alpha"));
        }
        ChartView view;
        view.resize(800, 500);
        view.showChart(ChartBuilder::build(q, v, ChartStyle::light()));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.reduceNow();
        QCOMPARE(view.chart()->series().size(), 2);
        auto *beta = qobject_cast<QScatterSeries *>(view.chart()->series().at(1));
        QCOMPARE(beta->name(), QStringLiteral("beta"));
        QSignalSpy hovered(&view, &ChartView::hoveredPointIndex);
        const QPoint onBeta = viewportPos(view, QPointF(4, 40), beta);
        hoverAt(view, onBeta);
        QCOMPARE(view.hoverText(), QStringLiteral("beta\nSize: 4\nPrice: 40"));
        QCOMPARE(hovered.last().first().toInt(), 3);

        // Click the legend entry "beta": the series hides, the entry stays (dimmed); hover skips it.
        QGraphicsTextItem *label = nullptr;
        const auto items = view.scene()->items();
        for (QGraphicsItem *item : items)
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item);
                text && text->toPlainText() == QLatin1String("beta"))
                label = text;
        QVERIFY(label);
        const QPoint legendPos = view.mapFromScene(label->sceneBoundingRect().center());
        QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, legendPos);
        QVERIFY(!beta->isVisible());
        QLegendMarker *marker = view.chart()->legend()->markers(beta).first();
        QVERIFY(marker->isVisible());
        QVERIFY(marker->labelBrush().color().alphaF() < 0.5);
        hoverAt(view, QPoint(1, 1));
        hoverAt(view, onBeta);
        QVERIFY(!view.hoverText().startsWith(QStringLiteral("beta")));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, legendPos);
        QVERIFY(beta->isVisible());
        QCOMPARE(marker->labelBrush().color().alphaF(), 1.0);
    }

    void barHoverGivesItsRow()
    {
        // Row 1 has no value and is not drawn: bar 1 is row 2.
        Question q;
        q.kind = MetricKind::Barchart;
        q.bucketType = 4;
        q.label = QStringLiteral("bars");
        BucketValues v;
        const double values[] = {4, std::nan(""), 8, 6};
        for (int i = 0; i < 4; ++i) {
            v.ids << i + 1;
            v.timestamps << Timestamp::Invalid;
            v.x << values[i];
            v.y << 0;
            v.categoryIndex << v.internCategory(QStringLiteral("c%1").arg(i));
        }
        ChartView view;
        view.resize(800, 500);
        view.showChart(ChartBuilder::build(q, v, ChartStyle::light()));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        QSignalSpy hovered(&view, &ChartView::hoveredPointIndex);
        QAbstractSeries *series = view.chart()->series().first();
        hoverAt(view, QPoint(1, 1));
        hoverAt(view, viewportPos(view, QPointF(1, 4), series));
        QVERIFY(!hovered.isEmpty());
        QCOMPARE(hovered.last().first().toInt(), 2);
        hoverAt(view, viewportPos(view, QPointF(2, 3), series));
        QCOMPARE(hovered.last().first().toInt(), 3);
    }

    // A bar's tooltip (its full label and exact value) stays while the pointer rests on the bar, as a point's
    // does: the window system's ToolTip event (sent again while resting) must not hide it.
    void barTooltipStaysWhilePointerRests()
    {
        Question q;
        q.kind = MetricKind::Barchart;
        q.bucketType = 4;
        q.label = QStringLiteral("bars");
        BucketValues v;
        const QString longLabel = QStringLiteral("Hardware & Procurement Requests of the Northern Region 7");
        for (int i = 0; i < 3; ++i) {
            v.ids << i + 1;
            v.timestamps << Timestamp::Invalid;
            v.x << 1000.5 * (i + 1);
            v.y << 0;
            v.categoryIndex << v.internCategory(i == 1 ? longLabel : QStringLiteral("c%1").arg(i));
        }
        ChartView view;
        view.resize(800, 500);
        view.showChart(ChartBuilder::build(q, v, ChartStyle::light()));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        QAbstractSeries *series = view.chart()->series().first();
        auto shown = [] { return QTextDocumentFragment::fromHtml(QToolTip::text()).toPlainText(); };
        hoverAt(view, QPoint(1, 1));
        const QPoint at = viewportPos(view, QPointF(1, 1000), series);
        hoverAt(view, at);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(shown().contains(longLabel), qPrintable(shown()));
        QVERIFY(shown().contains(QStringLiteral("2,001")));
        QHelpEvent rest(QEvent::ToolTip, at, view.viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(view.viewport(), &rest);
        QVERIFY(QToolTip::isVisible());
        QTest::qWait(1500);
        QCoreApplication::sendEvent(view.viewport(), &rest);
        QVERIFY(QToolTip::isVisible());
        QVERIFY2(shown().contains(longLabel), qPrintable(shown()));
        hoverAt(view, QPoint(2, 2));
        QTRY_VERIFY(!QToolTip::isVisible());
    }

    void questionPageTableFollowsHover()
    {
        QTemporaryDir dir;
        const QString db = ivtest::buildDatabase(dir, QStringLiteral("basic.db"),
                                                 {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        const ivtest::LoadedBucket daily = ivtest::loadBucket(db, QStringLiteral("daily"));
        QuestionPage page;
        page.resize(900, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy ready(&page, &QuestionPage::ready);
        page.setQuestion(db, daily.question);
        QVERIFY(ready.wait(10000));
        ChartView *view = page.chartView();
        view->reduceNow();
        auto *series = qobject_cast<QLineSeries *>(view->chart()->series().first());
        QVERIFY(series && series->count() >= 3);
        hoverAt(*view, viewportPos(*view, series->at(2), series));
        const int row = view->reducer()->rowOf(series, 2);
        QVERIFY(row >= 2);
        QCOMPARE(page.tableView()->currentIndex().row(), row);
        QCOMPARE(page.tableView()->currentIndex().data(int(BucketValuesTableModel::Role::Raw)).toLongLong(),
                 daily.values.ids.at(row));
    }
};

QTEST_MAIN(TestChartView)
#include "tst_chartview.moc"
