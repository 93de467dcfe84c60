// SPDX-License-Identifier: MIT
#include "chartstyle.h"

#include <QPalette>

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

ChartStyle ChartStyle::forPalette(const QPalette &palette, bool compact)
{
    return palette.color(QPalette::Window).lightness() < 128 ? darkTheme(compact) : light(compact);
}

} // namespace iv
