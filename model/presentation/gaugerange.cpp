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

bool GaugeRange::saysChange(const Question &q)
{
    for (const QString &w : wordsOf(q))
        if (w == QLatin1String("change") || w == QLatin1String("delta") || w == QLatin1String("difference") ||
            w == QLatin1String("growth") || w == QLatin1String("diff"))
            return true;
    return false;
}

QString GaugeRange::unitOf(const Question &q)
{
    if (saysPercent(q))
        return QStringLiteral("%");
    // Known units only: a word of the question is a unit when it is one of these. Words are written as the
    // question has them (plural kept); codes of currencies and sizes in capitals.
    static const char *const kWords[] = {"hours",   "hour",   "days", "day",   "minutes", "minute",
                                         "seconds", "second", "ms",   "weeks", "months",  "years"};
    static const char *const kCodes[] = {"eur", "usd", "gbp", "chf", "jpy", "sek", "kb", "mb", "gb", "tb"};
    // Only where a question states a unit: in parentheses ("time (hours)", "Revenue (€)") or after "in"
    // ("time in days"); "books per day" is a rate, not a value in days.
    static const QRegularExpression stated(QStringLiteral("\\(([^()]{1,24})\\)|\\bin\\s+([\\p{L}€$£¥]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression symbols(QStringLiteral("[€$£¥]"));
    for (const QString &text : {q.question, q.yformat}) {
        auto it = stated.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString part = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
            const QRegularExpressionMatch symbol = symbols.match(part);
            if (symbol.hasMatch())
                return symbol.captured(0);
            for (const QString &w :
                 part.toLower().split(QRegularExpression(QStringLiteral("[^\\p{L}]+")), Qt::SkipEmptyParts)) {
                for (const char *unit : kWords)
                    if (w == QLatin1String(unit))
                        return w;
                for (const char *code : kCodes)
                    if (w == QLatin1String(code))
                        return w.toUpper();
            }
        }
    }
    return QString();
}

QString GaugeRange::withUnit(const QString &valueText, const QString &unit, const QLocale &locale)
{
    if (unit.isEmpty())
        return valueText;
    if (unit == QLatin1String("%"))
        return valueText + (locale.language() == QLocale::English ? QString() : QString(QChar(0x00A0))) +
               unit;
    return valueText + QChar(0x00A0) + unit;
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
    const bool number = question.valueValid && std::isfinite(question.value);
    if (number && saysPercent(question) && question.value >= 0 && question.value <= 100)
        return {Source::Percent, 0, 100};
    if (number && question.value >= 0 && question.value <= 1 && saysRatio(question))
        return {Source::Ratio, 0, 1};
    if (number && question.value != 0 && (question.value < 0 || saysChange(question))) {
        const double a = std::abs(question.value);
        return {Source::Centred, -a, a};
    }
    return {};
}

double GaugeRange::fraction(double value) const
{
    if (source == Source::None || std::isnan(value))
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
