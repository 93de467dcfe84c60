// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <Qt>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace iv {

// File text on a QLabel within a budget: plain text cut to TextBudget::elide(maxChars) with "…", the full
// text (up to kToolTipChars) in the tooltip when cut, and a width that never follows the text (a word of
// 20,000 characters would otherwise make the label, and the window holding it, as wide as Qt allows). GUI
// thread.
class ElidedText
{
public:
    ElidedText() = delete;

    // Tooltips show at most this much of a text; the values table and the data exports have all of it.
    static constexpr int kToolTipChars = 20000;

    // Sets label's text; its tooltip becomes the full text when cut, else toolTip (may be empty).
    static void set(QLabel *label, const QString &text, int maxChars, const QString &toolTip = QString());
    // The tooltip text for file text: plain (never markup), at most kToolTipChars.
    static QString toolTip(const QString &text);
};

} // namespace iv
