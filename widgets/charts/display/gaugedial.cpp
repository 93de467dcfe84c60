// SPDX-License-Identifier: MIT
#include "gaugedial.h"

#include "chartstyle.h"
#include "numberformat.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace iv {

GaugeDial::GaugeDial(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("gaugeDial"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setFixedHeight(sizeHint().height());
}

void GaugeDial::setGauge(const GaugeRange &range, double value)
{
    m_range = range;
    m_value = value;
    // Without an arc only the note's line: the card shows the number, not an empty frame.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const int line = QFontMetrics(small).height();
    setFixedHeight(range.hasArc() ? sizeHint().height() : range.centred() ? 3 * line + 24 : line + 4);
    updateGeometry();
    setAccessibleDescription(noteText().isEmpty() ? tr("Range %1 to %2").arg(minimumText(), maximumText())
                                                  : noteText());
    update();
}

QString GaugeDial::minimumText() const
{
    return m_range.hasArc() ? NumberFormat::ui().display(m_range.minimum) : QString();
}

QString GaugeDial::maximumText() const
{
    return m_range.hasArc() ? NumberFormat::ui().display(m_range.maximum) : QString();
}

QString GaugeDial::noteText() const
{
    if (m_range.centred())
        return tr("no range stored: the bar shows the sign around 0");
    if (!m_range.hasArc())
        return tr("no range stored");
    switch (m_range.outside(m_value)) {
    case -1:
        return tr("below the range: drawn at %1").arg(minimumText());
    case 1:
        return tr("above the range: drawn at %1").arg(maximumText());
    }
    return QString();
}

QColor GaugeDial::fillColor() const
{
    const ChartStyle style = ChartStyle::forPalette(palette(), true);
    if (m_range.outside(m_value) == 0)
        return style.primary;
    return warningColor();
}

QColor GaugeDial::warningColor() const
{
    return ChartStyle::forPalette(palette(), true).warning(); // text contrast 4.5:1 or more on the card
}

void GaugeDial::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        setGauge(m_range, m_value); // texts and colours follow the language and the theme
    QWidget::changeEvent(event);
}

void GaugeDial::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const ChartStyle style = ChartStyle::forPalette(palette(), true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    const QFontMetrics fm(small);
    const QColor muted = ChartStyle::mutedText(palette()); // 4.5:1 or more on the card
    const QString note = noteText();

    if (m_range.centred()) {
        // A track across the width, a line at 0 in the middle, the bar from 0 to the value's side.
        const qreal barHeight = 12, margin = 8;
        const QRectF track(margin, 4, width() - 2 * margin, barHeight);
        const qreal zero = track.center().x();
        p.fillRect(track, style.dark ? QColor(0x37, 0x41, 0x51) : QColor(0xE5, 0xE7, 0xEB));
        if (std::isfinite(m_value) && m_value != 0) {
            const QRectF bar = m_value < 0 ? QRectF(track.left(), track.top(), zero - track.left(), barHeight)
                                           : QRectF(zero, track.top(), track.right() - zero, barHeight);
            p.fillRect(bar, style.primary);
        }
        p.setPen(QPen(palette().color(QPalette::WindowText), 2));
        p.drawLine(QPointF(zero, track.top() - 3), QPointF(zero, track.bottom() + 1));
        p.setPen(muted);
        const QString zeroText = NumberFormat::ui().display(0);
        p.drawText(QRectF(zero - 20, track.bottom() + 3, 40, fm.height()), Qt::AlignCenter, zeroText);
        // Wrapped: a card is narrower than the note.
        p.drawText(QRectF(0, track.bottom() + 3 + fm.height(), width(), 2 * fm.height()),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, note);
        return;
    }
    if (!m_range.hasArc()) {
        p.setPen(muted);
        p.drawText(rect(), Qt::AlignCenter, note);
        return;
    }

    // Room under the arc for the end labels and, when clamped, the note.
    const int textLines = note.isEmpty() ? 1 : 2;
    const qreal bottom = height() - textLines * fm.height() - 2;
    const qreal radius = std::min(width() / 2.0 - 4, bottom - 4);
    const qreal thickness = std::max(8.0, radius * 0.36);
    const QPointF centre(width() / 2.0, bottom);
    const qreal r = radius - thickness / 2; // the pen runs along the middle of the band
    const QRectF box(centre.x() - r, centre.y() - r, 2 * r, 2 * r);

    const QColor track = style.dark ? QColor(0x37, 0x41, 0x51) : QColor(0xE5, 0xE7, 0xEB);
    p.setPen(QPen(track, thickness, Qt::SolidLine, Qt::FlatCap));
    p.drawArc(box, 180 * 16, -180 * 16);
    const double fraction = filledFraction();
    if (fraction > 0 && std::isfinite(m_value)) {
        p.setPen(QPen(fillColor(), thickness, Qt::SolidLine, Qt::FlatCap));
        p.drawArc(box, 180 * 16, -int(std::lround(fraction * 180 * 16)));
    } else if (m_range.outside(m_value) < 0) {
        // Below the range: a warning mark at the start of the arc, so the clamp is seen, not only read.
        p.setPen(QPen(warningColor(), thickness, Qt::SolidLine, Qt::FlatCap));
        p.drawArc(box, 180 * 16, -4 * 16);
    }

    // The ends, each centred under its end of the band (kept inside the widget).
    p.setPen(muted);
    const qreal labelTop = bottom + 2;
    auto endLabel = [&](const QString &text, qreal x) {
        const qreal w = fm.horizontalAdvance(text) + 2;
        const qreal left = std::clamp(x - w / 2, 0.0, std::max(0.0, width() - w));
        p.drawText(QRectF(left, labelTop, w, fm.height()), Qt::AlignCenter, text);
    };
    endLabel(minimumText(), centre.x() - r);
    endLabel(maximumText(), centre.x() + r);
    if (!note.isEmpty()) {
        p.setPen(m_range.outside(m_value) != 0 ? warningColor() : muted);
        p.drawText(QRectF(0, labelTop + fm.height(), width(), fm.height()), Qt::AlignCenter, note);
    }
}

} // namespace iv
