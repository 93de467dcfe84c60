// SPDX-License-Identifier: MIT
#include "chartstyle.h"

#include <QPalette>

namespace iv {

ChartStyle ChartStyle::light(bool compact)
{
    ChartStyle s;
    s.compact = compact;
    return s;
}

ChartStyle ChartStyle::darkTheme(bool compact)
{
    ChartStyle s;
    s.dark = true;
    s.primary = QColor(0xBF, 0xDB, 0xFE);
    s.compact = compact;
    return s;
}

ChartStyle ChartStyle::forPalette(const QPalette &palette, bool compact)
{
    return palette.color(QPalette::Window).lightness() < 128 ? darkTheme(compact) : light(compact);
}

} // namespace iv
