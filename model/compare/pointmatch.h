// SPDX-License-Identifier: MIT
#pragma once

// Internal to the compare library: how the points of a bucket in two snapshots are matched and compared.

#include <QtGlobal>

#include <cstring>

namespace iv {

struct BucketValues;
struct QuestionDiff;

namespace PointMatch {

// Bit-exact: 1 ulp, and 0 against -0, are differences.
inline bool sameNumber(double a, double b)
{
    quint64 x, y;
    std::memcpy(&x, &a, sizeof x);
    std::memcpy(&y, &b, sizeof y);
    return x == y;
}

// Points are matched by (timestamp, category, n-th occurrence of that pair): both sides sorted by key
// (stable, so equal keys keep their order), then merged. No per-point text: a million points cost a few
// arrays of integers, where a hash of text keys took hundreds of megabytes.
void comparePoints(const BucketValues &a, const BucketValues &b, double tolerance, QuestionDiff *d);

} // namespace PointMatch
} // namespace iv
