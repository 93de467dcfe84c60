// SPDX-License-Identifier: MIT
#include "chartstyle.h"

#include "categorycolours.h"

#include <QEvent>
#include <QPalette>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace iv {

namespace {
QColor g_lightPrimary;
QColor g_darkPrimary;
std::shared_ptr<const CategoryColours> g_categories;

const QColor kLightCategories[CategoryColours::kSlots] = {QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                                          QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7),
                                                          QColor(0x56, 0xB4, 0xE9), QColor(0x00, 0x00, 0x00)};
const QColor kDarkCategories[CategoryColours::kSlots] = {QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                                         QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7),
                                                         QColor(0x56, 0xB4, 0xE9), QColor(0xF0, 0xE4, 0x42)};
} // namespace

void ChartStyle::setSnapshotCategories(std::shared_ptr<const CategoryColours> categories)
{
    g_categories = std::move(categories);
}

QColor ChartStyle::categoryColor(int slot) const
{
    const QColor *palette = dark ? kDarkCategories : kLightCategories;
    return palette[std::clamp(slot, 0, CategoryColours::kSlots - 1)];
}

QColor ChartStyle::colorOf(const QString &category, const QColor &fallback) const
{
    const int slot = categories ? categories->slot(category) : -1;
    return slot < 0 ? fallback : categoryColor(slot);
}

QColor ChartStyle::neutral() const
{
    return dark ? QColor(0x6B, 0x72, 0x80) : QColor(0x9C, 0xA3, 0xAF);
}

QColor ChartStyle::inkOn(const QColor &fill)
{
    const QColor black(0x11, 0x18, 0x27), white(Qt::white);
    return contrast(black, fill) >= contrast(white, fill) ? black : white;
}

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
    s.categories = g_categories;
    return s;
}

ChartStyle ChartStyle::darkTheme(bool compact)
{
    ChartStyle s;
    s.dark = true;
    s.primary = darkPrimary();
    s.compact = compact;
    s.categories = g_categories;
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

namespace {
class MutedTextFilter : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange) {
            auto *widget = static_cast<QWidget *>(watched);
            if (QWidget *parent = widget->parentWidget())
                ChartStyle::muteText(widget, parent->palette()); // the same palette again is no change
        }
        return false;
    }
};
} // namespace

void ChartStyle::keepTextMuted(QWidget *widget)
{
    if (QWidget *parent = widget->parentWidget())
        muteText(widget, parent->palette());
    widget->installEventFilter(new MutedTextFilter(widget));
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
