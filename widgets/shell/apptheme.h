// SPDX-License-Identifier: MIT
#pragma once

#include "preferences.h"

namespace iv {

// Applies the theme preference to the whole application, live. Qt 6.4 has no QStyleHints::setColorScheme, so
// Light and Dark switch to the Fusion style with a light or dark QPalette; System restores the style and
// palette the application started with. Charts follow through ChartStyle::forPalette (dark when the window
// colour is dark) and the primary colours set here. GUI thread; needs a QApplication.
namespace AppTheme {
void apply(Preferences::Theme theme, const QColor &lightPrimary, const QColor &darkPrimary);
bool isDark(); // the application palette's window colour is dark
} // namespace AppTheme

} // namespace iv
