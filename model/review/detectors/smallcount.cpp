// SPDX-License-Identifier: MIT
#include "smallcount.h"

#include <cmath>

namespace iv::SmallCount {

bool appliesTo(MetricKind kind)
{
    return kind == MetricKind::Counter || kind == MetricKind::Barchart || kind == MetricKind::Hbarchart ||
           kind == MetricKind::Histogram;
}

bool isSmall(MetricKind kind, double value, int minCount)
{
    if (minCount <= 1 || !appliesTo(kind) || !std::isfinite(value) || value != std::floor(value))
        return false;
    return value >= 1 && value <= minCount - 1;
}

} // namespace iv::SmallCount
