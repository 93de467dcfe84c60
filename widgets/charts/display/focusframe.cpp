// SPDX-License-Identifier: MIT
#include "focusframe.h"

#include <QPainter>
#include <QPen>

namespace iv {

FocusFrame::FocusFrame(QWidget *parent) : QFrame(parent)
{
    setFocusPolicy(Qt::StrongFocus);
}

void FocusFrame::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!hasFocus())
        return;
    QPainter painter(this);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}

void FocusFrame::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    update();
}

void FocusFrame::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    update();
}

} // namespace iv
