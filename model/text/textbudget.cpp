// SPDX-License-Identifier: MIT
#include "textbudget.h"

#include <algorithm>

namespace iv {

namespace {

constexpr QChar kEllipsis(0x2026);

// Control characters (line and paragraph breaks included) drawn as one line: spaces.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029)
            c = QLatin1Char(' ');
    }
    return text;
}

// The first n code units of text, one fewer when the last would split a surrogate pair.
QString head(const QString &text, qsizetype n)
{
    if (n > 0 && n < text.size() && text.at(n - 1).isHighSurrogate())
        --n;
    return text.left(n);
}

QString tail(const QString &text, qsizetype n)
{
    const qsizetype start = text.size() - n;
    if (n > 0 && start > 0 && text.at(start).isLowSurrogate())
        --n;
    return text.right(n);
}

} // namespace

bool TextBudget::isElided(const QString &text, int maxChars)
{
    return text.size() > std::max(maxChars, 1);
}

QString TextBudget::elide(const QString &text, int maxChars, Qt::TextElideMode mode)
{
    maxChars = std::max(maxChars, 1);
    if (text.size() <= maxChars)
        return text;
    const int keep = maxChars - 1; // room for the ellipsis
    switch (mode) {
    case Qt::ElideLeft:
        return kEllipsis + oneLine(tail(text, keep));
    case Qt::ElideMiddle: {
        const int back = keep / 2;
        return oneLine(head(text, keep - back)) + kEllipsis + oneLine(tail(text, back));
    }
    case Qt::ElideRight:
    case Qt::ElideNone:
        break;
    }
    return oneLine(head(text, keep)) + kEllipsis;
}

QString TextBudget::fitUtf8(const QString &text, int maxBytes)
{
    int bytes = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t u = text.at(i).unicode();
        int units = 1, size = 1;
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            units = 2;
            size = 4;
        } else if (u >= 0x800) {
            size = 3; // lone surrogates too: Qt writes U+FFFD (3 bytes) for them
        } else if (u >= 0x80) {
            size = 2;
        }
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        i += units;
    }
    return text.left(i);
}

} // namespace iv
