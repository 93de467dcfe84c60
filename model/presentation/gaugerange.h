// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue.h"

#include <optional>
#include <utility>

namespace iv {

// The scale a gauge is drawn on. Upstream django-insights stores a gauge's value and nothing else, so a range
// is only drawn when there is a reason for it, in this order: a range the user set for the question
// (Preferences::gaugeRange), 0–100 when the question, its label or its y format says percent ("%", "percent",
// "share", "pct"), 0–1 for a ratio named so ("ratio", "fraction", "rate") whose value lies in 0–1. Otherwise
// there is no range and no arc: inventing one (say "the next 1-2-5 step") would make 1.748 look as full as
// 87.65. A pure value type; any thread.
struct GaugeRange
{
    enum class Source { None, User, Percent, Ratio };

    Source source = Source::None;
    double minimum = 0;
    double maximum = 0;

    bool hasArc() const { return source != Source::None; }
    // Where value sits on the arc, 0 (minimum) … 1 (maximum), clamped; 0 for NaN or without a range.
    double fraction(double value) const;
    // -1 below the range, +1 above it, 0 inside (or no range, or NaN). The drawing clamps and says so.
    int outside(double value) const;

    static GaugeRange resolve(const Question &question,
                              const std::optional<std::pair<double, double>> &userRange = std::nullopt);
    // A user range is usable when both ends are finite and minimum < maximum.
    static bool isValidRange(double minimum, double maximum);
    static bool saysPercent(const Question &question);
    static bool saysRatio(const Question &question);
};

} // namespace iv
