// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

namespace iv {

// The text the review's detectors read, made so that hidden forms of a value cannot slip past them: HTML
// character references ("&#64;", "&#x40;", "&commat;"), percent escapes ("%40") and backslash escapes (JSON's
// and JavaScript's u0040, u{40}, C's x40) decoded; "@" and "." spelled out ("[at]", "(dot)", "anna at example
// dot org") read as the characters; spaces around an address's '@' and dots ("jane . doe @ example . org")
// removed; markup that splits a value ("anna<b>@</b>example.org") removed; NFKC
// applied (fullwidth and other compatibility forms become plain letters and digits); NUL, control characters
// and default-ignorable code points removed (zero-width spaces and joiners, soft hyphens, bidirectional
// controls, variation selectors, tags); and Cyrillic and Greek look-alikes of Latin letters folded to Latin
// (Unicode TR39 confusables) in words that mix them with Latin letters, or with digits or '@' and no letter
// of their own script, or that consist of look-alikes only in a text that also holds Latin letters; in a text
// with an '@', the ideographic full stops that separate a domain's labels (U+3002, U+FF61) read as '.'. Every
// character of the result remembers the range of the original it came from, so findings point at (and mask)
// the original. Stateless and thread-safe.
namespace TextNormalizer {

struct Normalized
{
    QString text;
    // For each character of text, the range [from, to) of the original it came from. Both are empty when
    // text is the original unchanged.
    QVector<qsizetype> from, to;

    bool unchanged() const { return from.isEmpty(); }
    // The original range of text's [start, start + length): {start, length} in the original.
    QPair<qsizetype, qsizetype> original(qsizetype start, qsizetype length) const;
};

// True when normalize() would return the text unchanged: printable ASCII without '&', '%', '\\' or '<', no
// spelled-out "at" and no '@' with a space beside it.
bool isPlain(QStringView text);

// The text as the detectors read it. With displayOrder, every run after a right-to-left override (U+202E) up
// to its pop (U+202C) or the end of the line is reversed first, as a screen shows it: "gro.elpmaxe@nhoj"
// is displayed, and read, as "john@example.org".
Normalized normalize(QStringView text, bool displayOrder = false);

// The text holds a right-to-left override, so its displayed order differs from its stored order.
bool hasOverride(QStringView text);

} // namespace TextNormalizer
} // namespace iv
