// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue.h"

#include <QLocale>

#include <optional>
#include <utility>

namespace iv {

// The scale a gauge is drawn on. Upstream django-insights stores a gauge's value and nothing else, so a range
// is only drawn when there is a reason for it, in this order: a range the user set for the question
// (Preferences::gaugeRange), 0–100 when the question, its label or its y format says percent ("%", "percent",
// "share", "pct") and the value lies in 0–100, 0–1 for a ratio named so ("ratio", "fraction", "rate") whose
// value lies in 0–1. Otherwise there is no range and no arc: inventing one (say "the next 1-2-5 step") would
// make 1.748 look as full as 87.65. A signed value without a stated range (negative, or a question about a
// change: "change", "delta", "difference", "growth") is drawn as a bar from a centre line at 0, to the left
// or the right: its sign, not a made-up scale (Source::Centred, from -|value| to +|value|).
// A pure value type; any thread.
struct GaugeRange
{
    enum class Source { None, User, Percent, Ratio, Centred };

    Source source = Source::None;
    double minimum = 0;
    double maximum = 0;

    bool hasArc() const { return source != Source::None && source != Source::Centred; }
    bool centred() const { return source == Source::Centred; }
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
    static bool saysChange(const Question &question);
    // The unit the question names, as written after the value: "%" ("Revenue change (%)"), "hours", "days",
    // a currency ("EUR", "€") …; empty when it names none of the known units.
    static QString unitOf(const Question &question);
    // value in the UI language with the unit ("-12.2%", "−12,2 %", "573,607.73 hours").
    static QString withUnit(const QString &valueText, const QString &unit, const QLocale &locale);
};

} // namespace iv
