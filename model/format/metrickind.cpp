// SPDX-License-Identifier: MIT
#include "metrickind.h"

namespace iv {

MetricKind kindFromBucketType(qint64 type)
{
    switch (type) {
    case 1:
        return MetricKind::Timeseries;
    case 2:
        return MetricKind::Histogram;
    case 3:
        return MetricKind::Scatterplot;
    case 4:
        return MetricKind::Barchart;
    case 5:
        return MetricKind::Hbarchart;
    default:
        return MetricKind::Unknown;
    }
}

QString kindId(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Counter:
        return QStringLiteral("counter");
    case MetricKind::Gauge:
        return QStringLiteral("gauge");
    case MetricKind::Timeseries:
        return QStringLiteral("timeseries");
    case MetricKind::Histogram:
        return QStringLiteral("histogram");
    case MetricKind::Scatterplot:
        return QStringLiteral("scatterplot");
    case MetricKind::Barchart:
        return QStringLiteral("barchart");
    case MetricKind::Hbarchart:
        return QStringLiteral("hbarchart");
    case MetricKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

int kindRank(MetricKind kind)
{
    return static_cast<int>(kind);
}

bool isBucketKind(MetricKind kind)
{
    return kind != MetricKind::Counter && kind != MetricKind::Gauge;
}

} // namespace iv
