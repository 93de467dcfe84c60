// SPDX-License-Identifier: MIT
#pragma once

#include "metrickind.h"

namespace iv {

// Statistical disclosure control's threshold rule: a published count below a minimum K can single out people
// ("2 authors over 100"). With min-count K, a counter's value or a bar of a barchart, hbarchart or histogram
// (its xvalue, the bar's height) that is a whole number from 1 to K−1 is a small count. K ≤ 1 (the default 0)
// turns the rule off. Timeseries, scatterplots and gauges are not counts of people. A pure function.
namespace SmallCount {

bool appliesTo(MetricKind kind);
bool isSmall(MetricKind kind, double value, int minCount);

} // namespace SmallCount
} // namespace iv
