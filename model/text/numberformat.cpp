// SPDX-License-Identifier: MIT
#include "numberformat.h"

#include "translations.h"

#include <QCoreApplication>

#include <cmath>

namespace iv {

NumberFormat::NumberFormat(const QLocale &locale) : m_locale(locale)
{
    // Grouping on, whatever the caller's locale says; exponents without padding zeros ("1e-300").
    m_locale.setNumberOptions(QLocale::OmitLeadingZeroInExponent);
}

NumberFormat NumberFormat::ui()
{
    if (!QCoreApplication::instance())
        return NumberFormat(Translations::localeFor(QStringLiteral("en")));
    return NumberFormat(Translations::instance()->locale());
}

QString NumberFormat::nonFinite(double value) const
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value < 0 ? m_locale.negativeSign() + QStringLiteral("∞") : QStringLiteral("∞");
    return QString();
}

QString NumberFormat::stripZeros(const QString &fixed) const
{
    const QString point = m_locale.decimalPoint();
    const qsizetype at = fixed.indexOf(point);
    if (at < 0)
        return fixed;
    qsizetype end = fixed.size();
    while (end > at + point.size() && fixed.at(end - 1) == m_locale.zeroDigit().at(0))
        --end;
    if (end == at + point.size())
        end = at;
    return fixed.left(end);
}

QString NumberFormat::exact(double value) const
{
    if (const QString s = nonFinite(value); !s.isNull())
        return s;
    if (value == 0)
        return std::signbit(value) ? m_locale.negativeSign() + m_locale.zeroDigit() : m_locale.zeroDigit();
    const double a = std::fabs(value);
    // Fixed notation where it stays readable (a 21-digit integer, six zeros after the point); beyond that the
    // shortest digits with an exponent. Either way every digit needed to read the double back is there.
    const char format = a >= 1e-6 && a < 1e21 ? 'f' : 'e';
    return m_locale.toString(value, format, QLocale::FloatingPointShortest);
}

QString NumberFormat::display(double value) const
{
    if (const QString s = nonFinite(value); !s.isNull())
        return s;
    if (value == 0)
        return m_locale.zeroDigit(); // -0 too: a card has no use for the sign of zero
    const double a = std::fabs(value);
    if (a >= 1e15)
        return m_locale.toString(value, 'g', 4);
    if (value == std::trunc(value))
        return m_locale.toString(qint64(value));
    if (a >= 1) {
        const QString s = stripZeros(m_locale.toString(value, 'f', 3));
        return s == m_locale.negativeSign() + m_locale.zeroDigit() ? m_locale.zeroDigit() : s;
    }
    return m_locale.toString(value, 'g', 3);
}

QString NumberFormat::compact(double value) const
{
    if (!std::isfinite(value) || std::fabs(value) < 1000 || std::fabs(value) >= 1e15)
        return display(value);
    // CLDR's short forms for the shipped languages.
    struct Scale
    {
        double factor;
        const char *en, *nl, *de;
    };
    static const Scale scales[] = {{1e3, "K", "K", "Tsd."},
                                   {1e6, "M", "mln.", "Mio."},
                                   {1e9, "B", "mld.", "Mrd."},
                                   {1e12, "T", "bln.", "Bio."}};
    const double a = std::fabs(value);
    for (std::size_t i = 0; i < std::size(scales); ++i) {
        const Scale &scale = scales[i];
        const double m = a / scale.factor;
        const int decimals = m >= 100 ? 0 : m >= 10 ? 1 : 2;
        const double p = std::pow(10.0, decimals);
        const double rounded = std::round(m * p) / p;
        if (rounded >= 1000 && i + 1 < std::size(scales))
            continue; // 999,999 is "1 M", not "1000 K"
        const QLocale::Language lang = m_locale.language();
        const char *suffix = lang == QLocale::German  ? scale.de
                             : lang == QLocale::Dutch ? scale.nl
                                                      : scale.en;
        const QString digits = stripZeros(m_locale.toString(value < 0 ? -rounded : rounded, 'f', decimals));
        return digits + QChar(0x00A0) + QString::fromUtf8(suffix);
    }
    return display(value);
}

QString NumberFormat::integer(qint64 value) const
{
    return m_locale.toString(value);
}

QString NumberFormat::percent(double value) const
{
    if (const QString s = nonFinite(value); !s.isNull())
        return s;
    if (value != 0 && std::fabs(value) < 0.05)
        return m_locale.toString(value, 'g', 2);
    return m_locale.toString(value, 'f', 1);
}

double NumberFormat::parse(const QString &text, bool *ok) const
{
    const QString t = text.trimmed();
    bool good = false;
    double v = m_locale.toDouble(t, &good);
    if (!good)
        v = QLocale::c().toDouble(t, &good);
    if (ok)
        *ok = good;
    return good ? v : 0;
}

} // namespace iv
