// SPDX-License-Identifier: MIT
#include "apptheme.h"

#include "chartstyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace iv::AppTheme {

namespace {

struct Original
{
    bool saved = false;
    QString styleName;
    QPalette palette;
};

Original &original()
{
    static Original o;
    if (!o.saved && QApplication::style()) {
        o.saved = true;
        o.styleName = QApplication::style()->name();
        o.palette = QApplication::palette();
    }
    return o;
}

QPalette darkPalette(const QColor &accent)
{
    QPalette p;
    const QColor window(0x1F, 0x23, 0x2A);
    const QColor base(0x16, 0x19, 0x1E);
    const QColor text(0xE6, 0xE8, 0xEB);
    const QColor disabled(0x7A, 0x80, 0x88);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2A, 0x2F, 0x37));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x3A, 0x40, 0x4A));
    p.setColor(QPalette::Midlight, QColor(0x32, 0x37, 0x40));
    p.setColor(QPalette::Mid, QColor(0x25, 0x29, 0x30));
    p.setColor(QPalette::Dark, QColor(0x12, 0x14, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x1D, 0x4E, 0xD8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::LinkVisited, accent.darker(120));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

void apply(Preferences::Theme theme, const QColor &lightPrimary, const QColor &darkPrimary)
{
    ChartStyle::setPrimaryColors(lightPrimary, darkPrimary);
    const Original &o = original();
    switch (theme) {
    case Preferences::Theme::System:
        if (QApplication::style()->name() != o.styleName)
            QApplication::setStyle(QStyleFactory::create(o.styleName));
        QApplication::setPalette(o.palette);
        break;
    case Preferences::Theme::Light:
        if (QApplication::style()->name() != QLatin1String("fusion"))
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Preferences::Theme::Dark:
        if (QApplication::style()->name() != QLatin1String("fusion"))
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette(darkPrimary));
        break;
    }
    // Widgets learn of the new palette through posted events; deliver them now, so that charts built right
    // after this (they take their colours from the palette when built) see the new one.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::ApplicationPaletteChange);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::PaletteChange);
}

bool isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace iv::AppTheme
