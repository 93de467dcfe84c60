// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace iv {

// The kinds of question a snapshot holds, in upstream's dashboard order. Bucket kinds map one to one to
// insights_bucket.type (1 timeseries, 2 histogram, 3 scatterplot, 4 barchart, 5 hbarchart); any other type is
// Unknown and shown as "unsupported kind".
enum class MetricKind : int {
    Counter,
    Gauge,
    Timeseries,
    Scatterplot,
    Barchart,
    Hbarchart,
    Histogram,
    Unknown,
};

MetricKind kindFromBucketType(qint64 type);
// Stable lower-case identifier used in JSON, CLI output and file names ("counter", "hbarchart", "unknown").
QString kindId(MetricKind kind);
// Sort rank for the tree: counters, gauges, timeseries, scatterplots, barcharts, hbarcharts, others.
int kindRank(MetricKind kind);
bool isBucketKind(MetricKind kind);

} // namespace iv
