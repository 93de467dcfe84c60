// SPDX-License-Identifier: MIT
#pragma once

#include "gaugerange.h"

#include <QWidget>

#include <cmath>

namespace iv {

// The half-donut of a gauge card: the arc over its GaugeRange, filled up to the value (clamped to the range,
// with a note saying so), the range's ends written under the arc's ends in the UI language's display form.
// Without a range it draws no arc, only the note "no range stored": upstream stores none, and an invented
// scale would mislead. Paints with QPainter (no QChart: a card needs nothing of one). The parent owns it.
class GaugeDial : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GaugeDial)

public:
    explicit GaugeDial(QWidget *parent = nullptr);

    void setGauge(const GaugeRange &range, double value);
    const GaugeRange &range() const { return m_range; }
    double value() const { return m_value; }
    // What is drawn: the filled share of the arc (0…1), the texts at its ends, the note (empty when none).
    double filledFraction() const { return m_range.fraction(m_value); }
    QString minimumText() const;
    QString maximumText() const;
    QString noteText() const;
    // The colour the filled part is drawn in now: the theme's primary, the warning colour when clamped.
    QColor fillColor() const;
    // Out-of-range fill, mark and note.
    QColor warningColor() const;

    QSize sizeHint() const override { return QSize(236, 110); } // with an arc; one line of text without

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    GaugeRange m_range;
    double m_value = std::nan("");
};

} // namespace iv
