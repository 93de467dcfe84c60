// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

QT_BEGIN_NAMESPACE
class QPalette;
QT_END_NAMESPACE

namespace iv {

// How ChartBuilder draws: light or dark theme, the primary series colour, and compact (thumbnails, cards:
// small fonts, no titles or legends). A plain value; the same style gives the same chart on screen and in a
// file.
struct ChartStyle
{
    bool dark = false;
    QColor primary{0x25, 0x63, 0xEB};
    bool compact = false;

    static ChartStyle light(bool compact = false);
    static ChartStyle darkTheme(bool compact = false); // primary #BFDBFE
    // Dark when the palette's window colour is dark.
    static ChartStyle forPalette(const QPalette &palette, bool compact = false);

    // The primary colours light() and darkTheme() use from now on (the user's preferences; defaults #2563EB
    // and #BFDBFE). Process-wide, GUI thread; an invalid colour restores the default.
    static void setPrimaryColors(const QColor &light, const QColor &dark);
    static QColor lightPrimary();
    static QColor darkPrimary();
};

} // namespace iv
