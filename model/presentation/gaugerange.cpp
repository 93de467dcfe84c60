// SPDX-License-Identifier: MIT
#include "gaugerange.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace iv {

namespace {

// The words of the question, its label and its y format, lower case; "avg_share", "Share (%)" and
// "conversionRate" all yield their parts, so "share" and "rate" are found but "accurate" is not "rate".
QStringList wordsOf(const Question &q)
{
    static const QRegularExpression camel(QStringLiteral("(?<=[a-z])(?=[A-Z])"));
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList words;
    for (const QString &text : {q.question, q.label, q.yformat}) {
        QString spaced = text;
        spaced.replace(camel, QStringLiteral(" "));
        words += spaced.toLower().split(separators, Qt::SkipEmptyParts);
    }
    return words;
}

} // namespace

bool GaugeRange::saysPercent(const Question &q)
{
    // A percent sign, but not a strftime directive ("%Y-%m-%d" is a date format).
    static const QRegularExpression sign(QStringLiteral("%(?![A-Za-z])"));
    for (const QString &text : {q.question, q.label, q.yformat})
        if (text.contains(sign))
            return true;
    for (const QString &w : wordsOf(q))
        if (w.startsWith(QLatin1String("percent")) || w == QLatin1String("pct") ||
            w == QLatin1String("share") || w == QLatin1String("shares"))
            return true;
    return false;
}

bool GaugeRange::saysRatio(const Question &q)
{
    for (const QString &w : wordsOf(q))
        if (w == QLatin1String("ratio") || w == QLatin1String("fraction") || w == QLatin1String("rate"))
            return true;
    return false;
}

bool GaugeRange::isValidRange(double minimum, double maximum)
{
    return std::isfinite(minimum) && std::isfinite(maximum) && minimum < maximum;
}

GaugeRange GaugeRange::resolve(const Question &question,
                               const std::optional<std::pair<double, double>> &userRange)
{
    if (userRange && isValidRange(userRange->first, userRange->second))
        return {Source::User, userRange->first, userRange->second};
    if (saysPercent(question))
        return {Source::Percent, 0, 100};
    const bool number = question.valueValid && std::isfinite(question.value);
    if (number && question.value >= 0 && question.value <= 1 && saysRatio(question))
        return {Source::Ratio, 0, 1};
    return {};
}

double GaugeRange::fraction(double value) const
{
    if (!hasArc() || std::isnan(value))
        return 0;
    if (value <= minimum)
        return 0;
    if (value >= maximum)
        return 1;
    // Scaled before subtracting so ranges near the double limits do not overflow to infinity.
    const double span = maximum / 2 - minimum / 2;
    return std::clamp((value / 2 - minimum / 2) / span, 0.0, 1.0);
}

int GaugeRange::outside(double value) const
{
    if (!hasArc() || std::isnan(value))
        return 0;
    return value < minimum ? -1 : value > maximum ? 1 : 0;
}

} // namespace iv
