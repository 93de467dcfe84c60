// SPDX-License-Identifier: MIT
#include "chartstyle.h"

#include <QPalette>
#include <QWidget>

#include <algorithm>
#include <cmath>

#include <QPalette>
#include <QWidget>

namespace iv {

namespace {
QColor g_lightPrimary;
QColor g_darkPrimary;
} // namespace

void ChartStyle::setPrimaryColors(const QColor &light, const QColor &dark)
{
    g_lightPrimary = light;
    g_darkPrimary = dark;
}

QColor ChartStyle::lightPrimary()
{
    return g_lightPrimary.isValid() ? g_lightPrimary : QColor(0x25, 0x63, 0xEB);
}

QColor ChartStyle::darkPrimary()
{
    return g_darkPrimary.isValid() ? g_darkPrimary : QColor(0xBF, 0xDB, 0xFE);
}

ChartStyle ChartStyle::light(bool compact)
{
    ChartStyle s;
    s.primary = lightPrimary();
    s.compact = compact;
    return s;
}

ChartStyle ChartStyle::darkTheme(bool compact)
{
    ChartStyle s;
    s.dark = true;
    s.primary = darkPrimary();
    s.compact = compact;
    return s;
}

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

double ChartStyle::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ChartStyle::mutedText(const QColor &text, const QColor &background)
{
    // From 45 % of the way to the background back towards the text, until the contrast holds.
    for (double t = 0.45; t > 0; t -= 0.05) {
        const QColor c = QColor::fromRgbF(float(text.redF() + (background.redF() - text.redF()) * t),
                                          float(text.greenF() + (background.greenF() - text.greenF()) * t),
                                          float(text.blueF() + (background.blueF() - text.blueF()) * t));
        if (contrast(c, background) >= kTextContrast)
            return c;
    }
    return text;
}

QColor ChartStyle::mutedText(const QPalette &palette)
{
    return mutedText(palette.color(QPalette::Active, QPalette::WindowText),
                     palette.color(QPalette::Active, QPalette::Window));
}

void ChartStyle::muteText(QWidget *widget, const QPalette &base)
{
    QPalette p = widget->palette();
    const QColor c = mutedText(base);
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled})
        p.setColor(g, QPalette::WindowText, c);
    widget->setPalette(p);
}

QColor ChartStyle::warning() const
{
    return dark ? QColor(0xFD, 0xBA, 0x74) : QColor(0xB4, 0x53, 0x09);
}

ChartStyle ChartStyle::forPalette(const QPalette &palette, bool compact)
{
    return palette.color(QPalette::Window).lightness() < 128 ? darkTheme(compact) : light(compact);
}

} // namespace iv
