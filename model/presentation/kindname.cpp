// SPDX-License-Identifier: MIT
#include "kindname.h"

#include <QCoreApplication>

namespace iv {

QString kindDisplayName(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Counter:
        return QCoreApplication::translate("iv::KindName", "counter");
    case MetricKind::Gauge:
        return QCoreApplication::translate("iv::KindName", "gauge");
    case MetricKind::Timeseries:
        return QCoreApplication::translate("iv::KindName", "time series");
    case MetricKind::Histogram:
        return QCoreApplication::translate("iv::KindName", "histogram");
    case MetricKind::Scatterplot:
        return QCoreApplication::translate("iv::KindName", "scatter plot");
    case MetricKind::Barchart:
        return QCoreApplication::translate("iv::KindName", "bar chart");
    case MetricKind::Hbarchart:
        return QCoreApplication::translate("iv::KindName", "horizontal bar chart");
    case MetricKind::Unknown:
        break;
    }
    return QCoreApplication::translate("iv::KindName", "unknown kind");
}

} // namespace iv
