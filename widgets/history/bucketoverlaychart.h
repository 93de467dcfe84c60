// SPDX-License-Identifier: MIT
#pragma once

#include "bucketoverlay.h"
#include "chartstyle.h"

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace iv {

// The chart of one bucket from two snapshots: a timeseries as two lines (the newer one drawn by ChartBuilder,
// with its calendar ticks, the older one added dashed in a second colour), bar and horizontal bar charts as
// paired bars per category, scatterplots (and histograms) as two colours of points. olderName and newerName
// label the legend (plain text; escaped here). The caller owns the chart. GUI thread only.
class BucketOverlayChart
{
public:
    BucketOverlayChart() = delete;
    static QChart *build(const BucketOverlay &overlay, const QString &olderName, const QString &newerName,
                         const ChartStyle &style);
    // The chart's bar pairs summed into one "Others (N)" pair (int, 0 when none).
    static constexpr const char *kFoldedProperty = "iv_overlayFolded";
    // The length (height beside horizontal bars, width under vertical ones) below which a bar overlay cannot
    // name every category; 0 for other kinds.
    static int minimumLength(const BucketOverlay &overlay, const ChartStyle &style);
    // The second colour: the older snapshot's.
    static QColor olderColor(const ChartStyle &style);
};

} // namespace iv
