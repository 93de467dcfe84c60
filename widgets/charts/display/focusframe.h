// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

namespace iv {

// A frame that takes focus from the keyboard and shows it with a 2 px ring in the palette's highlight colour:
// the base of the dashboard's value cards and the app page's chart thumbnails.
class FocusFrame : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusFrame)

public:
    explicit FocusFrame(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace iv
