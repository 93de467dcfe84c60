// SPDX-License-Identifier: MIT
#pragma once

#include "bucketvalues.h"
#include "catalogue.h"
#include "chartnotes.h"
#include "chartreducer.h"
#include "chartstyle.h"

#include <QLocale>

#include <memory>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QChart;
class QAbstractAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace iv {

// The one place that turns a question and its values into a QChart, for the screen (QChartView), thumbnails
// and file export alike, so a fix or a theme change shows everywhere. Qt Charts stays behind this interface.
//
// Values are read as upstream reads them (fixtures README): timeseries x = timestamp, y = xvalue; scatterplot
// horizontal = yvalue (titled xlabel), vertical = xvalue (titled ylabel), one series per category; barchart
// and hbarchart bars of xvalue labelled by category (hbarchart longest bar at the top); histogram bars of
// xvalue over yvalue. Every string from the file is escaped: Qt Charts renders titles, axis labels and legend
// entries as HTML. Series are filled with one replace() call (see QTCHARTS-NOTES.md).
//
// The caller owns the returned chart (a QChartView takes it over). GUI thread (or the thread owning the
// QApplication) only.
class ChartBuilder
{
public:
    ChartBuilder() = delete;

    // The chart of a bucket question. nullptr for a counter, a gauge or an unknown bucket type (then
    // notes->unsupported is set and notes->message says "unsupported kind (bucket type N)").
    // Timeseries and scatterplots get a ChartReducer (a child of the chart, sharing values) and are filled
    // from its reduction at ChartReducer::kDefaultWidth; views and renderers re-reduce at their real size.
    // Bar charts with more bars than fit show the largest ones plus an "others" bar (maxBars()).
    static QChart *build(const Question &question, const BucketValues &values, const ChartStyle &style,
                         ChartNotes *notes = nullptr);
    // points: PlotPoints::prepare(question, *values) when already done in a worker thread (else done here).
    static QChart *build(const Question &question, std::shared_ptr<const BucketValues> values,
                         const ChartStyle &style, ChartNotes *notes = nullptr, PlotPoints points = {});
    // Property of every QBarSet: QList<int>, the BucketValues row of each bar (-1 for "others").
    static constexpr const char *kBarRowsProperty = "iv_rows";
    // Property of a bar chart: the hovered bar's tooltip text, empty when none is hovered (ChartView shows
    // it again whenever Qt asks for a tooltip, so it stays while the pointer rests).
    static constexpr const char *kBarHoverTextProperty = "iv_barHoverText";
    // Bars drawn at most (the largest maxBars() - 1 and one "others" bar summing the rest).
    // A value axis over [lo, hi] whose ticks sit on round numbers (1, 2 or 5 × 10^k, anchored at 0) and are
    // recomputed whenever the range changes, so zooming keeps round labels too.
    static QValueAxis *valueAxis(double lo, double hi);
    // The locale chart numbers are written in: the UI language's (see Translations).
    static QLocale numberLocale();
    // The range a line or scatter value axis shows for data over [lo, hi]. Bars start at 0 (their length is
    // the value); points do not, so a score moving from 3.58 to 4.05 is not flattened against an axis from
    // 0. Zero is included only when it is near: the data crosses it, or its end nearest 0 is within a third
    // of the span from 0, or under a tenth of its end farthest from 0 (counts from 1 to 40 include 0,
    // a score from 3.58 to 4.05 does not). Both ends get room for whole markers: 5 % of the span, and at
    // least half a marker (markerPixels) plus 2 px on a plot of minPlotPixels.
    static void dataRange(double lo, double hi, double markerPixels, double minPlotPixels, double *outLo,
                          double *outHi);
    static bool includesZero(double lo, double hi);

    static int maxBars(const ChartStyle &style) { return style.compact ? 12 : 30; }
    // Scatter series (and legend entries) at most: the largest categories keep their own, the rest share one
    // "Others (N)" series.
    static constexpr int kMaxScatterSeries = 20;
    // Histogram bars at most: beyond, adjacent bins are summed.
    static constexpr int kMaxHistogramBins = 200;
    // A gauge for a file: a half-donut arc over the range the question states (GaugeRange: percent 0–100,
    // a ratio 0–1), its ends labelled and a value outside it clamped and said; without a stated range the
    // number alone and "no range stored". The question is the title unless compact.
    static QChart *buildGauge(const Question &question, const ChartStyle &style);

    // Names every category of a bar axis as the bar charts do, refitted whenever the plot area changes: level,
    // else turned (or, beside horizontal bars, in a smaller font), elided once in the middle only when even
    // that does not fit. names are plain text, one per category; horizontalBars: the axis stands at the left.
    static void fitCategoryAxis(QChart *chart, QBarCategoryAxis *axis, const QStringList &names,
                                bool horizontalBars);

    // The text a timeseries or scatterplot without a drawable point shows, centred, instead of axes.
    static QString noValuesText();
    // The text shown instead of a chart for an unknown bucket type.
    static QString unsupportedText(const Question &question);
    // File text as Qt Charts must be given it to show it literally.
    static QString chartText(const QString &fileText);

    // Timeseries x coordinates: UTC milliseconds since 1970-01-01 (the TimeAxis labels them in UTC whatever
    // the local zone). Use these two to convert (hover, zoom, M4).
    static qreal chartXForTimestamp(qint64 utcMicros);
    static qint64 timestampForChartX(qreal x);

private:
    static QChart *newChart(const Question &question, const ChartStyle &style);
    static QChart *buildEmpty(const Question &question, const ChartStyle &style);
    static void attach(QChart *chart, QAbstractAxis *axis, Qt::Alignment alignment);
    static void styleAxis(QAbstractAxis *axis, const QString &fileTitle, const ChartStyle &style);
    static QChart *buildTimeseries(const Question &q, std::shared_ptr<const BucketValues> v,
                                   const ChartStyle &s, ChartNotes *n, PlotPoints p);
    static QChart *buildScatter(const Question &q, std::shared_ptr<const BucketValues> v, const ChartStyle &s,
                                ChartNotes *n, PlotPoints p);
    static QChart *buildBars(const Question &q, const BucketValues &v, const ChartStyle &s, ChartNotes *n);
    static QChart *buildHbars(const Question &q, const BucketValues &v, const ChartStyle &s, ChartNotes *n);
    static QChart *buildHistogram(const Question &q, const BucketValues &v, const ChartStyle &s,
                                  ChartNotes *n);
};

} // namespace iv
