// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

// What TextNormalizer's two halves share: the buffer a text is normalised in (each character with the
// original range it came from) and the decoding passes of textdecoding.cpp (escapes, a spelled-out "@",
// markup) that normalize() in textnormalizer.cpp runs before and after NFKC.
namespace iv::TextNormalizer::detail {

// A text being normalised: its characters, each with the original range it came from.
struct Buffer
{
    QString s;
    QVector<qsizetype> from, to;

    void reserve(qsizetype n)
    {
        s.reserve(n);
        from.reserve(n);
        to.reserve(n);
    }
    void push(QChar c, qsizetype a, qsizetype b)
    {
        s.append(c);
        from.append(a);
        to.append(b);
    }
    void pushCodePoint(char32_t cp, qsizetype a, qsizetype b)
    {
        if (QChar::requiresSurrogates(cp)) {
            push(QChar(QChar::highSurrogate(cp)), a, b);
            push(QChar(QChar::lowSurrogate(cp)), a, b);
        } else {
            push(QChar(char16_t(cp)), a, b);
        }
    }
    void pushString(const QString &text, qsizetype a, qsizetype b)
    {
        for (QChar c : text)
            push(c, a, b);
    }
};

// Decodes HTML character references, percent escapes and backslash escapes in one pass; false when there were
// none.
bool decodeEscapes(const Buffer &in, Buffer &out);
// The text holds an "at" between brackets, or the bare word and a " dot " elsewhere: spelledOutRead may read
// it.
bool spellsOutAt(QStringView s);
// "@" and "." spelled out read as the characters.
Buffer spelledOutRead(const Buffer &in);
// Whether an '@' of the text has a space before or after it.
bool spacesAroundAt(QStringView s);
// An address typed with spaces around its '@' and dots ("jane . doe @ example . org") read without them.
Buffer spacedAddressRead(const Buffer &in);
// Markup that splits a value removed.
Buffer withoutMarkup(const Buffer &in);

} // namespace iv::TextNormalizer::detail
