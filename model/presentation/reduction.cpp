// SPDX-License-Identifier: MIT
#include "reduction.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace iv::Reduction {

QVector<int> m4(const QVector<double> &x, const QVector<double> &y, double x0, double x1, int width)
{
    const int n = static_cast<int>(x.size());
    QVector<int> out;
    if (n == 0 || width <= 0 || !(x1 > x0))
        return out;
    if (n <= 4 * width) {
        out.resize(n);
        std::iota(out.begin(), out.end(), 0);
        return out;
    }
    const auto first = std::lower_bound(x.cbegin(), x.cend(), x0) - x.cbegin();
    const auto last = std::upper_bound(x.cbegin(), x.cend(), x1) - x.cbegin(); // one past
    out.reserve(4 * width + 2);
    if (first > 0)
        out.append(static_cast<int>(first - 1));
    const double scale = width / (x1 - x0);
    int column = -1;
    int iFirst = -1, iLast = -1, iMin = -1, iMax = -1;
    auto flush = [&] {
        if (iFirst < 0)
            return;
        int picks[4] = {iFirst, iMin, iMax, iLast};
        std::sort(picks, picks + 4);
        for (int k = 0; k < 4; ++k)
            if (k == 0 || picks[k] != picks[k - 1])
                out.append(picks[k]);
    };
    for (auto i = first; i < last; ++i) {
        const double yi = y.at(i);
        if (std::isnan(yi))
            continue;
        const int c = std::min(width - 1, static_cast<int>((x.at(i) - x0) * scale));
        if (c != column) {
            flush();
            column = c;
            iFirst = iLast = iMin = iMax = static_cast<int>(i);
            continue;
        }
        iLast = static_cast<int>(i);
        if (yi < y.at(iMin))
            iMin = static_cast<int>(i);
        if (yi > y.at(iMax))
            iMax = static_cast<int>(i);
    }
    flush();
    if (last < n)
        out.append(static_cast<int>(last));
    return out;
}

QVector<int> scatterCells(const QVector<double> &x, const QVector<double> &y, const QVector<qint32> &group,
                          double x0, double x1, double y0, double y1, int width, int height, int cellPixels,
                          int maxUnreduced, QVector<int> *counts)
{
    const int n = static_cast<int>(x.size());
    QVector<int> out;
    if (counts)
        counts->clear();
    if (n <= maxUnreduced) {
        out.reserve(n);
        for (int i = 0; i < n; ++i)
            if (!std::isnan(x.at(i)) && !std::isnan(y.at(i)))
                out.append(i);
        if (counts)
            counts->fill(1, out.size());
        return out;
    }
    const int cols = std::max(1, width / std::max(1, cellPixels));
    const int rows = std::max(1, height / std::max(1, cellPixels));
    const double sx = x1 > x0 ? cols / (x1 - x0) : 0;
    const double sy = y1 > y0 ? rows / (y1 - y0) : 0;
    QHash<quint64, int> seen;
    seen.reserve(std::min(n, cols * rows * 2));
    for (int i = 0; i < n; ++i) {
        const double xi = x.at(i), yi = y.at(i);
        if (std::isnan(xi) || std::isnan(yi))
            continue;
        const qint64 cx = std::clamp<qint64>(static_cast<qint64>((xi - x0) * sx), -1, cols);
        const qint64 cy = std::clamp<qint64>(static_cast<qint64>((yi - y0) * sy), -1, rows);
        const quint64 g = group.isEmpty() ? 0 : static_cast<quint32>(group.at(i) + 1);
        const quint64 key = (g << 40) ^ (static_cast<quint64>(cx + 1) << 20) ^ static_cast<quint64>(cy + 1);
        const auto it = seen.constFind(key);
        if (it == seen.cend()) {
            seen.insert(key, int(out.size()));
            out.append(i);
            if (counts)
                counts->append(1);
        } else if (counts) {
            ++(*counts)[it.value()];
        }
    }
    return out;
}

QVector<int> topN(const QVector<double> &values, int keep, double *othersSum, int *othersCount)
{
    const int n = static_cast<int>(values.size());
    QVector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    double sum = 0;
    int folded = 0;
    if (n > keep) {
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return values.at(a) > values.at(b); });
        for (int i = keep; i < n; ++i) {
            sum += std::isnan(values.at(order.at(i))) ? 0 : values.at(order.at(i));
            ++folded;
        }
        order.resize(keep);
        std::sort(order.begin(), order.end());
    }
    if (othersSum)
        *othersSum = sum;
    if (othersCount)
        *othersCount = folded;
    return order;
}

double niceStep(double span, int maxIntervals, int *decimals)
{
    if (decimals)
        *decimals = 0;
    span = std::abs(span);
    if (!std::isfinite(span) || maxIntervals < 1)
        return 0;
    // Below the smallest normal double the span has lost its digits (5e-324 / 7 is 0, and log10(0) is -inf):
    // there is no readable step, and the caller falls back to evenly spaced ticks.
    const double raw = span / maxIntervals;
    if (!(raw >= std::numeric_limits<double>::min()))
        return 0;
    // raw is normal and finite, so k is within [-308, 308]; 10^k <= raw < 10^(k+1), give or take the rounding
    // of log10, so one of 1, 2, 5 × 10^k or 10^(k+1) (or the next power, after rounding) fits: three powers
    // at most, never an open loop.
    int k = static_cast<int>(std::floor(std::log10(raw)));
    for (int power = 0; power < 3; ++power, ++k) {
        const double p = std::pow(10.0, k);
        for (const double m : {1.0, 2.0, 5.0}) {
            const double step = m * p;
            if (step >= raw * (1 - 1e-9)) {
                if (!std::isfinite(step))
                    return 0; // beyond the largest double
                if (decimals)
                    *decimals = std::max(0, -k);
                return step;
            }
        }
    }
    return 0;
}

bool stepFits(double lo, double hi, double step, int maxTicks)
{
    if (!std::isfinite(lo) || !std::isfinite(hi) || !(hi > lo) || !std::isfinite(step) || !(step > 0))
        return false;
    // Halves first: the span of two finite values may overflow.
    const double ticks = (hi / 2 - lo / 2) / step * 2;
    if (!(ticks <= maxTicks))
        return false;
    // Every step must move the value by far more than its rounding: value += step must never leave it as it
    // was (Qt Charts steps from the first tick to the last this way).
    const double magnitude = std::max(std::abs(lo), std::abs(hi));
    return step >= magnitude * 1e-12;
}

} // namespace iv::Reduction
