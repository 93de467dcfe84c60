// SPDX-License-Identifier: MIT
#include "elidedtext.h"

#include "questiontreemodel.h" // plainToolTip
#include "textbudget.h"

#include <QLabel>

namespace iv {

QString ElidedText::toolTip(const QString &text)
{
    return plainToolTip(TextBudget::isElided(text, kToolTipChars) ? TextBudget::elide(text, kToolTipChars)
                                                                  : text);
}

void ElidedText::set(QLabel *label, const QString &text, int maxChars, const QString &toolTip)
{
    label->setTextFormat(Qt::PlainText);
    label->setText(TextBudget::elide(text, maxChars));
    label->setToolTip(TextBudget::isElided(text, maxChars) ? ElidedText::toolTip(text) : toolTip);
    // The layout gives the label its width; a long word is clipped (the tooltip has it) instead of widening.
    QSizePolicy policy = label->sizePolicy();
    policy.setHorizontalPolicy(QSizePolicy::Ignored);
    label->setSizePolicy(policy);
}

} // namespace iv
