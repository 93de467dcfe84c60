// SPDX-License-Identifier: MIT
#pragma once

#include "bucketvalues.h"
#include "catalogue.h"

#include <QColor>
#include <QObject>
#include <QPair>
#include <QPointF>
#include <QSizeF>
#include <QVector>

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
class QXYSeries;
class QAbstractAxis;
class QGraphicsRectItem;
QT_END_NAMESPACE

namespace iv {

// The drawable points of a timeseries or scatterplot in chart coordinates, with the row each came from: the
// per-point part of building a chart, a plain value that can be prepared in any thread (QuestionPage does it
// next to the loader, so the GUI thread only builds the chart from a few thousand reduced points).
// Timeseries: x = ChartBuilder::chartXForTimestamp(timestamp), y = xvalue, ascending x for big series.
// Scatter: x = yvalue, y = xvalue, group = category index (categories.size() for "(none)").
struct PlotPoints
{
    QVector<double> x, y;
    QVector<qint32> group;
    QVector<int> rows;
    QVector<int> perGroup;                       // points per group (scatter)
    double xlo = 0, xhi = -1, ylo = 0, yhi = -1; // xlo > xhi: no points
    int skipped = 0;
    bool prepared = false;
    // Timeseries: the M4 reduction of the full range at kDefaultWidth (indices into x/y), computed with the
    // rest so the first chart needs no pass over the full data on the GUI thread.
    QVector<int> initial;

    int size() const { return static_cast<int>(x.size()); }
    // Empty (prepared == false) for kinds other than timeseries and scatterplot.
    static PlotPoints prepare(const Question &question, const BucketValues &values);
};

// Keeps a big timeseries or scatterplot drawable: holds the full values (shared, never copied) and refills
// the chart's series from a reduction of the points inside the axes' current ranges, at a given plot size in
// device pixels, with one replace() per series (QTCHARTS-NOTES.md):
//   - timeseries: M4 (first, last, min, max per pixel column; Reduction::m4), so every zoom level is
//     pixel-exact to the full data;
//   - scatterplots: one point per (marker-sized cell, category) (Reduction::scatterCells); the cell grows
//     until at most maxScatterPoints() remain, and note() says "showing N of M points".
// Also maps a drawn point back to its row in BucketValues (hover, table sync).
//
// ChartBuilder creates it as a child of the chart (the chart owns it); ChartView re-runs it after every zoom,
// pan and resize, ChartRenderer at the export resolution. GUI thread only.
class ChartReducer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartReducer)

public:
    enum class Kind { Timeseries, Scatter };

    // Plot size used when the chart is built, before any view or renderer knows the real one.
    static constexpr int kDefaultWidth = 1600;
    static constexpr int kDefaultHeight = 800;

    ChartReducer(Kind kind, const Question &question, std::shared_ptr<const BucketValues> values,
                 QChart *chart);

    // The reducer of chart, or nullptr (small bar charts, gauges …).
    static ChartReducer *of(const QChart *chart);
    // The range of a value axis (a timeseries' TimeAxis is one, in UTC ms); false for other axes.
    static bool axisRange(const QAbstractAxis *axis, double *lo, double *hi);

    Kind kind() const { return m_kind; }
    const Question &question() const { return m_question; }
    const BucketValues &values() const { return *m_values; }

    // The timeseries line (points in chart x, see ChartBuilder::chartXForTimestamp) and its data, sorted by
    // x. Scatter: adds one series per group (category, then "(none)").
    void setTimeseries(QXYSeries *series, PlotPoints points);
    void addScatterGroup(QXYSeries *series);
    // Timeseries: pairs (a, b) of consecutive instants (chart x, ascending by a) with steps of the series'
    // period missing between them. The line breaks there: each run of points between such gaps is drawn as
    // its own line (further QLineSeries, children of the chart, styled as the first), so no line pretends
    // to know the missing values.
    void setLineBreaks(QVector<QPair<double, double>> gaps) { m_gaps = std::move(gaps); }
    // The line series drawn (the first and one per further run; unused ones are empty).
    int lineCount() const { return m_kind == Kind::Timeseries ? int(m_series.size()) : 0; }
    // points.group must hold series indices (in addScatterGroup order).
    void setScatter(PlotPoints points);

    // Fills the series with the points of PlotPoints::initial (the full range at kDefaultWidth).
    int applyInitial(const QVector<int> &kept);
    // Refills the series for the axes' current ranges at plotPixels (device pixels). Returns the number of
    // points now in the series.
    int reduce(const QSizeF &plotPixels);
    // Same, for the chart's plot area at its current size (1:1).
    int reduce();

    // The horizontal coordinate of the data point nearest to x (NaN without points): zooming keeps one in
    // view.
    double nearestX(double x) const;

    int shownCount() const { return m_shown; }
    int totalCount() const { return m_total; }
    int lastWidth() const { return m_lastWidth; }
    // "Showing N of M points …" when points are merged, else empty (translated).
    QString note() const;

    // The BucketValues row of point index of series, or -1.
    int rowOf(const QXYSeries *series, int index) const;
    // Plain text for the hovered point: the full UTC date and time, the bucket's xformat text (when it says
    // something else) and the value (timeseries), or the category and both values (scatter).
    QString tooltipForRow(int row) const;

    static constexpr int kMaxScatterPoints = 4000;
    // The colour of a merged scatter cell of count points on a log ramp up to top (the fullest cell): paler
    // than base for 1, base for √top, a strong shade for top and more (darker in the light theme, brighter
    // in the dark one), so that merging keeps the density visible. A legend ("Points per cell: 1 · 8 · 64")
    // is shown while cells are merged.
    static QColor densityColor(const QColor &base, int count, bool dark, int top = 100);

private:
    // Puts the kept points (indices into m_x/m_y) on the line series; returns how many. The line breaks at
    // a gap only where the gap is at least kMinGapPixels wide at unitsPerPixel (chart x per device pixel): a
    // narrower break could not be seen, and every break is a series of its own (cost grows with their
    // number). Zooming in re-runs this with a finer scale, so every gap shows when it can be seen.
    int showLine(const QVector<int> &kept, double unitsPerPixel);
    static constexpr double kMinGapPixels = 2.0;
    void axesRange(double *x0, double *x1, double *y0, double *y1) const;

    Kind m_kind;
    Question m_question;
    std::shared_ptr<const BucketValues> m_values;
    QChart *m_chart = nullptr; // parent, owns this
    QVector<QXYSeries *> m_series;
    QVector<QPair<double, double>> m_gaps; // timeseries: where the line breaks (setLineBreaks)
    QVector<double> m_x, m_y; // timeseries: chart x, value; scatter: horizontal, vertical
    bool m_sortedX = false;
    QVector<qint32> m_group;
    QVector<int> m_rows;
    QVector<QVector<int>> m_shownRows; // per series
    int m_shown = 0;
    int m_total = 0;
    int m_visibleTotal = 0;
    int m_lastWidth = 0;
    QGraphicsRectItem *m_densityLegend = nullptr; // child item of m_chart, which owns it
    int m_densityTop = 0;                         // the count the legend's strong end shows

    void showDensityLegend(bool visible, int top);
};

} // namespace iv
