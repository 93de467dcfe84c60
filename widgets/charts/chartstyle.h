// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

#include <memory>

QT_BEGIN_NAMESPACE
class QPalette;
class QWidget;
QT_END_NAMESPACE

namespace iv {

class CategoryColours;

// How ChartBuilder draws: light or dark theme, the primary series colour, and compact (thumbnails, cards:
// small fonts, no titles or legends). A plain value; the same style gives the same chart on screen and in a
// file.
struct ChartStyle
{
    bool dark = false;
    QColor primary{0x25, 0x63, 0xEB};
    bool compact = false;
    // The snapshot's category → palette slot assignment (null: no category owns a colour, every bar is
    // drawn in primary). light(), darkTheme() and forPalette() fill it with setSnapshotCategories().
    std::shared_ptr<const CategoryColours> categories;

    static ChartStyle light(bool compact = false);
    static ChartStyle darkTheme(bool compact = false); // primary #BFDBFE
    // Dark when the palette's window colour is dark.
    static ChartStyle forPalette(const QPalette &palette, bool compact = false);

    // The primary colours light() and darkTheme() use from now on (the user's preferences; defaults #2563EB
    // and #BFDBFE). Process-wide, GUI thread; an invalid colour restores the default.
    static void setPrimaryColors(const QColor &light, const QColor &dark);
    static QColor lightPrimary();
    static QColor darkPrimary();
    // The category colours of the snapshot shown (MainWindow) or exported (command line) from now on.
    // Process-wide, GUI thread; null clears it.
    static void setSnapshotCategories(std::shared_ptr<const CategoryColours> categories);

    // The category palette: Okabe & Ito's colour-blind-safe colours without their blue (near the primary),
    // with black on the light and yellow on the dark theme (each against its background). Slot 0 …
    // CategoryColours::kSlots - 1. Pairwise apart under deuteranopia and protanopia, and from primary.
    QColor categoryColor(int slot) const;
    // The colour of a category in this snapshot, else fallback.
    QColor colorOf(const QString &category, const QColor &fallback) const;
    // Grey of the "others" bar and scatter series without a colour of their own.
    QColor neutral() const;
    // The text colour for labels drawn on a fill: near-black or white, whichever contrasts more (4.5:1 or
    // more on every palette colour and primary).
    static QColor inkOn(const QColor &fill);

    // WCAG 2 contrast ratio of two opaque colours (1 … 21); text needs at least kTextContrast (AA).
    static double contrast(const QColor &a, const QColor &b);
    static constexpr double kTextContrast = 4.5;
    // Secondary text (meta lines, notes, scale ends) on background: text blended towards background as far
    // as it stays at kTextContrast or more — muted, never illegible (a disabled label's #BEBEBE on #EFEFEF
    // is 1.6:1).
    static QColor mutedText(const QColor &text, const QColor &background);
    static QColor mutedText(const QPalette &palette);
    // Gives widget's text mutedText() of base (its page's palette); call again on QEvent::PaletteChange.
    static void muteText(QWidget *widget, const QPalette &base);
    // muteText() against the parent's palette now and again whenever the theme changes (an event filter the
    // widget owns): for secondary labels of pages (an app's module, "no questions"), never a disabled grey.
    static void keepTextMuted(QWidget *widget);
    // The warning colour of texts and marks (out-of-range gauges, notes under charts) on this theme.
    QColor warning() const;
};

} // namespace iv
