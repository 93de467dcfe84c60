// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QVector>

namespace iv {

// Point reductions that keep what the eye sees, so huge buckets draw fast and faithfully.
// Pure functions over plain arrays; callable from any thread.
namespace Reduction {

// M4 (Jugel et al., "M4: A Visualization-Oriented Time Series Data Aggregation", VLDB 2014): for every pixel
// column of [x0, x1] mapped onto `width` columns, keeps the first, last, minimum-y and maximum-y point, plus
// the nearest point outside each side so lines run to the edges. x must be sorted ascending; NaN y are
// skipped. Returns indices into x/y in ascending order (at most 4 * width + 2). When n <= 4 * width, returns
// all indices.
QVector<int> m4(const QVector<double> &x, const QVector<double> &y, double x0, double x1, int width);

// Density-preserving scatter reduction: the plot area (xRange × yRange onto width × height pixels) is cut
// into cells of cellPixels × cellPixels; one point is kept per (cell, group), so every occupied cell of every
// category stays visible while overplotted points collapse. group may be empty (one group). Returns indices
// ascending. When n <= maxUnreduced, returns all indices. counts, when given, receives for each returned
// index how many points its (cell, group) merged (1 when nothing is merged), so a drawing can keep the
// density.
QVector<int> scatterCells(const QVector<double> &x, const QVector<double> &y, const QVector<qint32> &group,
                          double x0, double x1, double y0, double y1, int width, int height,
                          int cellPixels = 2, int maxUnreduced = 5000, QVector<int> *counts = nullptr);

// Bars beyond `keep`: returns the indices of the `keep` largest values, in their original order; *othersSum
// and *othersCount receive the sum and number of the folded rest (0 when nothing was folded), for an "others"
// bar.
QVector<int> topN(const QVector<double> &values, int keep, double *othersSum, int *othersCount);

// A readable tick interval for an axis spanning `span`: the smallest 1, 2 or 5 times a power of ten that puts
// at most maxIntervals intervals in the span (so between maxIntervals / 2.5 and maxIntervals of them). With
// ticks anchored at 0 (QValueAxis::TicksDynamic) the labels are round numbers at any range or zoom, where
// QValueAxis::applyNiceNumbers keeps the tick count and may stretch the range by up to 2× (0..1030 became
// 0..1500). *decimals receives the digits a label needs after the decimal point. Returns 0 for an empty or
// non-finite span, and for a span whose intervals would be below the smallest normal double (0 to 5e-324):
// such a span has no readable step. Bounded: at most three powers of ten are tried.
double niceStep(double span, int maxIntervals = 7, int *decimals = nullptr);

// Whether an axis from lo to hi can be ticked every `step` from a multiple of it: both ends finite, at most
// maxTicks ticks, and a step far above the rounding of the values (1e17 + 5 is 1e17 again: adding such a step
// would never reach hi). When it cannot, draw evenly spaced ticks instead.
bool stepFits(double lo, double hi, double step, int maxTicks = 100);

} // namespace Reduction
} // namespace iv
