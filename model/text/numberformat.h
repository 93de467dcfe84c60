// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>

namespace iv {

// The one way numbers become human text (cards, gauges, the values table, --list, the PDF report, axes and
// tooltips): in the locale of the UI language (Translations::locale(), chosen by --language or the
// preference), never the system's, with its decimal separator and digit grouping. Machine formats (JSON, CSV)
// do not use it: they stay in the C locale.
//  - exact(): the shortest digits that read back as the same double, so two different stored values never
//    print the same (tooltips, the values table, text reports).
//  - display(): rounded for reading at a glance (cards, gauge ends, axes): whole numbers in full, otherwise
//    at most three decimals (three significant digits below 1), scientific beyond 10^15.
//  - compact(): display() with a thousands/millions suffix in the language ("1.23 M", "1,23 Mio."), only
//    where space is short.
//  - integer(): a qint64 in full, grouped.
//  - percent(): a percentage (without the sign) to one decimal; a change too small for one decimal gets two
//    significant digits instead ("0.05", not a "0.0" that reads as no change).
// NaN prints as "NaN", infinities as "∞" / "-∞". A value type; any thread.
class NumberFormat
{
public:
    explicit NumberFormat(const QLocale &locale);
    // For the UI language (English before a QCoreApplication exists).
    static NumberFormat ui();

    const QLocale &locale() const { return m_locale; }

    QString exact(double value) const;
    QString display(double value) const;
    QString compact(double value) const;
    QString integer(qint64 value) const;
    QString percent(double value) const;
    // Reads what a user typed in this locale (grouping optional), or in the C locale; nullopt-like: ok false.
    double parse(const QString &text, bool *ok) const;

private:
    QString nonFinite(double value) const; // null for finite values
    QString stripZeros(const QString &fixed) const;

    QLocale m_locale;
};

} // namespace iv
