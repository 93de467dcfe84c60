// SPDX-License-Identifier: MIT
#include "textnormalizer.h"
#include "textnormalizer_p.h"

#include <QHash>

#include <algorithm>

namespace iv::TextNormalizer {

using namespace detail;

namespace {

// The code point at i and its length in UTF-16 units.
char32_t codePointAt(const QString &s, qsizetype i, int *units)
{
    const QChar c = s.at(i);
    if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, s.at(i + 1));
    }
    *units = 1;
    return c.unicode();
}

// Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt): nothing a screen shows. The bidi
// controls (U+200E/F, U+202A–E, U+2066–9, U+061C) are among them.
bool defaultIgnorable(char32_t cp)
{
    if (cp < 0x00AD)
        return false;
    return cp == 0x00AD || cp == 0x034F || cp == 0x061C || (cp >= 0x115F && cp <= 0x1160) ||
           (cp >= 0x17B4 && cp <= 0x17B5) || (cp >= 0x180B && cp <= 0x180F) ||
           (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2060 && cp <= 0x206F) || cp == 0x3164 || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF ||
           cp == 0xFFA0 || (cp >= 0xFFF0 && cp <= 0xFFF8) || (cp >= 0x1BCA0 && cp <= 0x1BCA3) ||
           (cp >= 0x1D173 && cp <= 0x1D17A) || (cp >= 0xE0000 && cp <= 0xE0FFF);
}

// NUL and the other control characters but the white space ones.
bool invisibleControl(char32_t cp)
{
    return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\v' && cp != '\f') ||
           (cp >= 0x7F && cp <= 0x9F);
}

bool isMark(char32_t cp)
{
    switch (QChar::category(cp)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

// NFKC by grapheme-like cluster (a base and its combining marks), without invisible characters.
void compatibilityForm(const Buffer &in, Buffer &out)
{
    out.reserve(in.s.size());
    const qsizetype n = in.s.size();
    QString cluster;
    for (qsizetype i = 0; i < n;) {
        int units = 1;
        const char32_t cp = codePointAt(in.s, i, &units);
        if (invisibleControl(cp) || defaultIgnorable(cp)) {
            i += units;
            continue;
        }
        qsizetype a = in.from.at(i), b = in.to.at(i + units - 1);
        qsizetype j = i + units;
        bool single = true;
        cluster.clear();
        cluster.append(in.s.mid(i, units));
        while (j < n) {
            int u = 1;
            const char32_t next = codePointAt(in.s, j, &u);
            if (!(isMark(next) || defaultIgnorable(next) || invisibleControl(next)))
                break;
            if (!defaultIgnorable(next) && !invisibleControl(next)) {
                cluster.append(in.s.mid(j, u));
                single = false;
            }
            a = std::min(a, in.from.at(j));
            b = std::max(b, in.to.at(j + u - 1));
            j += u;
        }
        if (single && cp < 0x80) {
            out.push(QChar(char16_t(cp)), a, b);
        } else if (single && QChar::category(cp) == QChar::Number_DecimalDigit && QChar::digitValue(cp) >= 0) {
            // Decimal digits of every script (Arabic-Indic ٣١, Persian ۰۹, Devanagari ९१ …) read as 0–9: a phone
            // number or an IBAN written in them is the same number (NFKC leaves most of them as they are).
            out.push(QChar(char16_t(u'0' + QChar::digitValue(cp))), a, b);
        } else if (single && QChar::decompositionTag(cp) == QChar::NoDecomposition) {
            out.pushCodePoint(cp, a, b); // NFKC leaves a lone character without decomposition as it is
        } else {
            const QString nf = cluster.normalized(QString::NormalizationForm_KC);
            for (qsizetype k = 0; k < nf.size();) {
                int u = 1;
                const char32_t c = codePointAt(nf, k, &u);
                if (!defaultIgnorable(c) && !invisibleControl(c))
                    out.pushString(nf.mid(k, u), a, b);
                k += u;
            }
        }
        i = j;
    }
}

// Cyrillic, Greek, Armenian and Latin-extension look-alikes of Latin letters and digits (Unicode TR39
// confusables.txt, the single-character prototypes among them).
char16_t latinLookAlike(char16_t c)
{
    static const QHash<char16_t, char16_t> table = [] {
        QHash<char16_t, char16_t> h;
        const char16_t pairs[][2] = {// Cyrillic
                                     {u'а', u'a'},
                                     {u'г', u'r'},
                                     {u'е', u'e'},
                                     {u'һ', u'h'},
                                     {u'і', u'i'},
                                     {u'ј', u'j'},
                                     {u'ԁ', u'd'},
                                     {u'ӏ', u'l'},
                                     {u'о', u'o'},
                                     {u'р', u'p'},
                                     {u'с', u'c'},
                                     {u'ԛ', u'q'},
                                     {u'ѕ', u's'},
                                     {u'у', u'y'},
                                     {u'х', u'x'},
                                     {u'ԝ', u'w'},
                                     {u'ү', u'y'},
                                     {u'ѵ', u'v'},
                                     {u'ь', u'b'},
                                     {u'А', u'A'},
                                     {u'В', u'B'},
                                     {u'Е', u'E'},
                                     {u'Ѕ', u'S'},
                                     {u'І', u'I'},
                                     {u'Ј', u'J'},
                                     {u'К', u'K'},
                                     {u'М', u'M'},
                                     {u'Н', u'H'},
                                     {u'О', u'O'},
                                     {u'Р', u'P'},
                                     {u'С', u'C'},
                                     {u'Т', u'T'},
                                     {u'У', u'Y'},
                                     {u'Х', u'X'},
                                     {u'Ү', u'Y'},
                                     {u'Ԛ', u'Q'},
                                     {u'Ԝ', u'W'},
                                     {u'Ӏ', u'l'},
                                     {u'З', u'3'},
                                     {u'Ь', u'b'},
                                     {u'Ѵ', u'V'},
                                     {u'ё', u'\xEB'},
                                     {u'ї', u'\xEF'},
                                     {u'Ё', u'\xCB'},
                                     {u'Ї', u'\xCF'},
                                     // Greek
                                     {u'α', u'a'},
                                     {u'ο', u'o'},
                                     {u'ρ', u'p'},
                                     {u'ν', u'v'},
                                     {u'ι', u'i'},
                                     {u'υ', u'u'},
                                     {u'ϲ', u'c'},
                                     {u'ϳ', u'j'},
                                     {u'γ', u'y'},
                                     {u'Α', u'A'},
                                     {u'Β', u'B'},
                                     {u'Ε', u'E'},
                                     {u'Ζ', u'Z'},
                                     {u'Η', u'H'},
                                     {u'Ι', u'I'},
                                     {u'Κ', u'K'},
                                     {u'Μ', u'M'},
                                     {u'Ν', u'N'},
                                     {u'Ο', u'O'},
                                     {u'Ρ', u'P'},
                                     {u'Τ', u'T'},
                                     {u'Υ', u'Y'},
                                     {u'Χ', u'X'},
                                     {u'Ϲ', u'C'},
                                     {u'Ϳ', u'J'},
                                     // Armenian
                                     {u'օ', u'o'},
                                     {u'ս', u'u'},
                                     {u'հ', u'h'},
                                     {u'ո', u'n'},
                                     {u'ց', u'g'},
                                     {u'զ', u'q'},
                                     {u'Օ', u'O'},
                                     {u'Ս', u'U'},
                                     {u'Տ', u'S'},
                                     // Latin letters that are not the ASCII ones
                                     {u'ı', u'i'},
                                     {u'ȷ', u'j'},
                                     {u'ɩ', u'i'},
                                     {u'ɑ', u'a'},
                                     {u'ɡ', u'g'},
                                     {u'ɒ', u'a'},
                                     {u'ʟ', u'L'}};
        for (const auto &p : pairs)
            h.insert(p[0], p[1]);
        return h;
    }();
    if (c < 0x0131)
        return 0;
    return table.value(c, 0);
}

bool latinLetter(QChar c)
{
    return c.isLetter() && c.script() == QChar::Script_Latin && !latinLookAlike(c.unicode());
}

void foldLookAlikes(QString &s)
{
    bool anyLatin = false, anyLookAlike = false;
    for (QChar c : s) {
        if (latinLookAlike(c.unicode()))
            anyLookAlike = true;
        else if (!anyLatin && latinLetter(c))
            anyLatin = true;
    }
    if (!anyLookAlike)
        return;
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n;) {
        if (s.at(i).isSpace()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        bool latin = false, asciiMark = false, lookAlike = false, otherLetter = false;
        for (; j < n && !s.at(j).isSpace(); ++j) {
            const QChar c = s.at(j);
            if (latinLookAlike(c.unicode()))
                lookAlike = true;
            else if (latinLetter(c))
                latin = true;
            else if (c.unicode() < 0x80 && (c.isDigit() || c == QLatin1Char('@')))
                asciiMark = true;
            else if (c.isLetter())
                otherLetter = true;
        }
        // "Аlice", "јоhn@ехаmрlе.соm": mixed with Latin; "Јое" next to Latin words: look-alikes only.
        if (lookAlike && (latin || (asciiMark && !otherLetter) || (!otherLetter && anyLatin)))
            for (qsizetype k = i; k < j; ++k)
                if (const char16_t l = latinLookAlike(s.at(k).unicode()))
                    s[k] = QChar(l);
        i = j;
    }
}

// Runs after a right-to-left override reversed, as they are displayed; the override and its pop dropped.
Buffer displayed(const Buffer &in)
{
    Buffer out;
    out.reserve(in.s.size());
    const qsizetype n = in.s.size();
    for (qsizetype i = 0; i < n;) {
        if (in.s.at(i) != QChar(0x202E)) {
            out.push(in.s.at(i), in.from.at(i), in.to.at(i));
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < n && in.s.at(end) != QChar(0x202C) && in.s.at(end) != QLatin1Char('\n') &&
               in.s.at(end) != QChar(0x2029))
            ++end;
        for (qsizetype k = end - 1; k > i; --k) {
            if (in.s.at(k).isLowSurrogate() && k - 1 > i && in.s.at(k - 1).isHighSurrogate()) {
                out.push(in.s.at(k - 1), in.from.at(k - 1), in.to.at(k - 1));
                out.push(in.s.at(k), in.from.at(k), in.to.at(k));
                --k;
            } else {
                out.push(in.s.at(k), in.from.at(k), in.to.at(k));
            }
        }
        i = end < n && in.s.at(end) == QChar(0x202C) ? end + 1 : end;
    }
    return out;
}

} // namespace

QPair<qsizetype, qsizetype> Normalized::original(qsizetype start, qsizetype length) const
{
    if (from.isEmpty())
        return {start, length};
    if (start < 0 || start >= from.size())
        return {start, 0};
    const qsizetype end = std::min<qsizetype>(from.size(), start + std::max<qsizetype>(length, 1));
    qsizetype a = from.at(start), b = to.at(start);
    for (qsizetype i = start; i < end; ++i) {
        a = std::min(a, from.at(i));
        b = std::max(b, to.at(i));
    }
    return {a, length > 0 ? b - a : 0};
}

bool isPlain(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u >= 0x7F || u == '&' || u == '%' ||
            u == '\\' || u == '<')
            return false;
    }
    return !spellsOutAt(text) && !spacesAroundAt(text);
}

bool hasOverride(QStringView text)
{
    return text.contains(QChar(0x202E));
}

Normalized normalize(QStringView text, bool displayOrder)
{
    if (isPlain(text))
        return {text.toString(), {}, {}};
    Buffer buf;
    buf.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i)
        buf.push(text.at(i), i, i + 1);
    if (displayOrder)
        buf = displayed(buf);
    // Escapes of escapes ("&amp;#64;", "%2540", "\\u0026#64;") take a second and third pass.
    for (int pass = 0; pass < 3; ++pass) {
        if (!buf.s.contains(QLatin1Char('&')) && !buf.s.contains(QLatin1Char('%')) &&
            !buf.s.contains(QLatin1Char('\\')))
            break;
        Buffer decoded;
        if (!decodeEscapes(buf, decoded))
            break;
        buf = std::move(decoded);
    }
    Buffer nf;
    compatibilityForm(buf, nf);
    // Dashes and the minus sign separate a number's groups as '-' does ("+49‑30‑1234567" with non-breaking
    // hyphens, "212–736–5000" with en dashes): read as '-' (TR39 confusables).
    for (QChar &c : nf.s) {
        const char16_t u = c.unicode();
        if ((u >= 0x2010 && u <= 0x2015) || u == 0x2212 || u == 0x2043 || u == 0xFE58 || u == 0xFE63)
            c = QLatin1Char('-');
    }
    if (spellsOutAt(nf.s))
        nf = spelledOutRead(nf);
    if (spacesAroundAt(nf.s))
        nf = spacedAddressRead(nf);
    if (nf.s.contains(QLatin1Char('<')))
        nf = withoutMarkup(nf);
    foldLookAlikes(nf.s);
    // The ideographic full stop separates a domain's labels as '.' does (UTS #46 maps it, and the halfwidth
    // form NFKC made of U+FF61, to '.'): mail programs send "jane@example\u3002org" to example.org. Read so
    // only in a text with an '@'; elsewhere it ends a sentence.
    if (nf.s.contains(QLatin1Char('@')))
        nf.s.replace(QChar(0x3002), QLatin1Char('.'));
    return {nf.s, nf.from, nf.to};
}

} // namespace iv::TextNormalizer
