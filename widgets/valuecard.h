// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue.h"

#include <QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace iv {

// A card for a counter (the question and a big number) or a gauge (the question, a half-donut gauge and the
// number). The description is the tooltip. All file text is plain text, cut to TextBudget's budgets. The
// number fits the card: a smaller font for long numbers, or a compact form, with the exact value as the
// number's tooltip.
class ValueCard : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValueCard)

public:
    explicit ValueCard(const Question &question, QWidget *parent = nullptr);

    const Question &question() const { return m_question; }
    QString valueText() const;

    // The value as shown: counters with the locale's digit grouping, gauges with as many decimals as stored.
    // What was stored when it is not a number.
    static QString formatValue(const Question &question);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fitValue(int width);

    Question m_question;
    QLabel *m_questionLabel = nullptr;
    QLabel *m_valueLabel = nullptr;
};

} // namespace iv
