// SPDX-License-Identifier: MIT
// TextNormalizer's decoding passes: HTML character references, percent and backslash escapes, "@" and "."
// spelled out, markup between the parts of a value. Each keeps, per character, the original range it came
// from.
#include "textnormalizer_p.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace iv::TextNormalizer::detail {

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// Named character references that spell the characters of addresses, numbers and names. Accented Latin
// letters ("&eacute;") are built from their base letter and accent name below.
const QHash<QString, char32_t> &namedReferences()
{
    static const QHash<QString, char32_t> table = [] {
        QHash<QString, char32_t> h;
        const struct
        {
            const char *name;
            char32_t cp;
        } fixed[] = {
            {"amp", '&'},      {"lt", '<'},       {"gt", '>'},       {"quot", '"'},      {"apos", '\''},
            {"commat", '@'},   {"period", '.'},   {"plus", '+'},     {"hyphen", 0x2010}, {"dash", 0x2010},
            {"minus", 0x2212}, {"lpar", '('},     {"rpar", ')'},     {"colon", ':'},     {"semi", ';'},
            {"sol", '/'},      {"bsol", '\\'},    {"num", '#'},      {"percnt", '%'},    {"lowbar", '_'},
            {"nbsp", 0xA0},    {"shy", 0xAD},     {"zwj", 0x200D},   {"zwnj", 0x200C},   {"lrm", 0x200E},
            {"rlm", 0x200F},   {"excl", '!'},     {"equals", '='},   {"quest", '?'},     {"comma", ','},
            {"ast", '*'},      {"dollar", '$'},   {"lsqb", '['},     {"rsqb", ']'},      {"verbar", '|'},
            {"szlig", 0xDF},   {"aelig", 0xE6},   {"AElig", 0xC6},   {"oslash", 0xF8},   {"Oslash", 0xD8},
            {"eth", 0xF0},     {"ETH", 0xD0},     {"thorn", 0xFE},   {"THORN", 0xDE},    {"oelig", 0x153},
            {"OElig", 0x152},  {"space", ' '},    {"Tab", '\t'},     {"NewLine", '\n'},  {"hellip", 0x2026},
            {"ndash", 0x2013}, {"mdash", 0x2014}, {"rsquo", 0x2019}, {"lsquo", 0x2018}};
        for (const auto &e : fixed)
            h.insert(QString::fromLatin1(e.name), e.cp);
        return h;
    }();
    return table;
}

// "&eacute;" → e + U+0301, composed later by NFKC.
char32_t accentOf(QStringView name)
{
    const struct
    {
        const char *name;
        char32_t mark;
    } accents[] = {{"grave", 0x300}, {"acute", 0x301}, {"circ", 0x302},  {"tilde", 0x303}, {"uml", 0x308},
                   {"ring", 0x30A},  {"cedil", 0x327}, {"caron", 0x30C}, {"ogon", 0x328},  {"dblac", 0x30B}};
    for (const auto &a : accents)
        if (name == QLatin1String(a.name))
            return a.mark;
    return 0;
}

// Decodes the character reference at s[i] ('&'); returns its length, 0 when there is none.
qsizetype decodeReference(const QString &s, qsizetype i, Buffer &out, qsizetype a, qsizetype b)
{
    const qsizetype n = s.size();
    qsizetype j = i + 1;
    if (j < n && s.at(j) == QLatin1Char('#')) {
        ++j;
        const bool hex = j < n && (s.at(j) == QLatin1Char('x') || s.at(j) == QLatin1Char('X'));
        if (hex)
            ++j;
        const qsizetype digits = j;
        char32_t cp = 0;
        while (j < n && j - digits < 8) {
            const int v = hex ? hexValue(s.at(j)) : (s.at(j).isDigit() ? s.at(j).digitValue() : -1);
            if (v < 0 || s.at(j).unicode() > 0x7F)
                break;
            cp = cp * (hex ? 16 : 10) + char32_t(v);
            ++j;
        }
        if (j == digits || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        // The ';' is optional: browsers end a numeric reference at its first non-digit ("&#64example.org"
        // is shown as "@example.org"); a digit after the longest reference read here is no reference.
        if (j < n && s.at(j) == QLatin1Char(';'))
            ++j;
        else if (j < n && (hex ? hexValue(s.at(j)) >= 0 : s.at(j).isDigit()))
            return 0;
        out.pushCodePoint(cp, a, b);
        return j - i;
    }
    while (j < n && j - i <= 10 && s.at(j).unicode() < 0x80 && s.at(j).isLetterOrNumber())
        ++j;
    if (j >= n || s.at(j) != QLatin1Char(';') || j == i + 1)
        return 0;
    const QString name = s.mid(i + 1, j - i - 1);
    const auto it = namedReferences().constFind(name);
    if (it != namedReferences().cend()) {
        out.pushCodePoint(it.value(), a, b);
        return j + 1 - i;
    }
    if (name.size() >= 4 && name.at(0).isLetter()) {
        if (const char32_t mark = accentOf(QStringView(name).mid(1))) {
            out.push(name.at(0), a, b);
            out.pushCodePoint(mark, a, b);
            return j + 1 - i;
        }
    }
    return 0;
}

// Decodes the percent escapes at s[i] ('%') that spell one UTF-8 character; returns their length, 0 when
// there are none.
qsizetype decodePercent(const QString &s, qsizetype i, Buffer &out, qsizetype a, qsizetype b)
{
    auto byteAt = [&s](qsizetype k) {
        if (k + 2 >= s.size() || s.at(k) != QLatin1Char('%'))
            return -1;
        const int hi = hexValue(s.at(k + 1)), lo = hexValue(s.at(k + 2));
        return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
    };
    if (i + 2 >= s.size())
        return 0;
    const int lead = byteAt(i);
    if (lead < 0)
        return 0;
    const int extra = lead < 0x80                    ? 0
                      : lead >= 0xC2 && lead <= 0xDF ? 1
                      : lead >= 0xE0 && lead <= 0xEF ? 2
                      : lead >= 0xF0 && lead <= 0xF4 ? 3
                                                     : -1;
    if (extra < 0)
        return 0;
    QByteArray bytes(1, char(lead));
    for (int k = 1; k <= extra; ++k) {
        const int cont = byteAt(i + 3 * k);
        if (cont < 0x80 || cont > 0xBF)
            return 0;
        bytes.append(char(cont));
    }
    const QString decoded = QString::fromUtf8(bytes);
    if (decoded.contains(QChar(QChar::ReplacementCharacter)))
        return 0;
    out.pushString(decoded, a, b);
    return 3 * (extra + 1);
}

// Decodes the backslash escape at s[i] ('\\') of JSON, JavaScript, Python and C that names a code point:
// \uXXXX (a UTF-16 pair of them as one character), \u{X…}, \UXXXXXXXX and \xXX; returns its length, 0 when
// there is none.
qsizetype decodeBackslash(const QString &s, qsizetype i, Buffer &out, qsizetype a, qsizetype b)
{
    const qsizetype n = s.size();
    auto hexRun = [&s, n](qsizetype from, int count, char32_t *cp) {
        if (from + count > n)
            return false;
        char32_t v = 0;
        for (int k = 0; k < count; ++k) {
            const int h = hexValue(s.at(from + k));
            if (h < 0)
                return false;
            v = v * 16 + char32_t(h);
        }
        *cp = v;
        return true;
    };
    if (i + 2 >= n)
        return 0;
    const QChar kind = s.at(i + 1);
    char32_t cp = 0;
    qsizetype used = 0;
    if (kind == QLatin1Char('u') && s.at(i + 2) == QLatin1Char('{')) {
        qsizetype j = i + 3;
        while (j < n && j - (i + 3) < 6 && hexValue(s.at(j)) >= 0)
            cp = cp * 16 + char32_t(hexValue(s.at(j++)));
        if (j == i + 3 || j >= n || s.at(j) != QLatin1Char('}'))
            return 0;
        used = j + 1 - i;
    } else if (kind == QLatin1Char('u')) {
        if (!hexRun(i + 2, 4, &cp))
            return 0;
        used = 6;
        char32_t low = 0;
        if (QChar::isHighSurrogate(cp) && i + 7 < n && s.at(i + 6) == QLatin1Char('\\') &&
            s.at(i + 7) == QLatin1Char('u') && hexRun(i + 8, 4, &low) && QChar::isLowSurrogate(low)) {
            cp = QChar::surrogateToUcs4(char16_t(cp), char16_t(low));
            used = 12;
        }
    } else if (kind == QLatin1Char('U')) {
        if (!hexRun(i + 2, 8, &cp))
            return 0;
        used = 10;
    } else if (kind == QLatin1Char('x')) {
        if (!hexRun(i + 2, 2, &cp))
            return 0;
        used = 4;
    } else {
        return 0;
    }
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    out.pushCodePoint(cp, a, b);
    return used;
}

} // namespace

bool decodeEscapes(const Buffer &in, Buffer &out)
{
    bool changed = false;
    out.reserve(in.s.size());
    const qsizetype n = in.s.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = in.s.at(i);
        qsizetype used = 0;
        if (c == QLatin1Char('&') || c == QLatin1Char('%') || c == QLatin1Char('\\')) {
            // The decoded character stands for the whole escape: its range spans the escape's first to last.
            Buffer one;
            used = c == QLatin1Char('&')   ? decodeReference(in.s, i, one, 0, 0)
                   : c == QLatin1Char('%') ? decodePercent(in.s, i, one, 0, 0)
                                           : decodeBackslash(in.s, i, one, 0, 0);
            if (used > 0) {
                const qsizetype a = in.from.at(i), b = in.to.at(i + used - 1);
                for (QChar d : std::as_const(one.s))
                    out.push(d, std::min(a, in.from.at(i + used - 1)), std::max(b, in.to.at(i)));
                changed = true;
                i += used;
                continue;
            }
        }
        out.push(c, in.from.at(i), in.to.at(i));
        ++i;
    }
    return changed;
}

namespace {

// A part of a text read as another text: [start, end) of the buffer stands for replacement.
struct Edit
{
    qsizetype start = 0, end = 0;
    QString replacement;
};

// The buffer with each edit applied (edits sorted, not overlapping); a replacement's characters come from
// the whole original range of the part they replace.
Buffer applyEdits(const Buffer &in, const QVector<Edit> &edits)
{
    Buffer out;
    out.reserve(in.s.size());
    qsizetype i = 0;
    for (const Edit &e : edits) {
        for (; i < e.start; ++i)
            out.push(in.s.at(i), in.from.at(i), in.to.at(i));
        if (e.end > e.start) {
            qsizetype a = in.from.at(e.start), b = in.to.at(e.start);
            for (qsizetype k = e.start; k < e.end; ++k) {
                a = std::min(a, in.from.at(k));
                b = std::max(b, in.to.at(k));
            }
            out.pushString(e.replacement, a, b);
        }
        i = std::max(i, e.end);
    }
    for (; i < in.s.size(); ++i)
        out.push(in.s.at(i), in.from.at(i), in.to.at(i));
    return out;
}

// "@" and "." spelled out to keep an address from harvesters: "anna [at] example [dot] org", "anna(at)
// example.org", "anna at example dot org" (the bare words only in that whole shape, with at least one "dot"
// and a country code or a common generic name last, so "sold at cost dot matrix printers" stays prose).
struct SpelledOut
{
    QRegularExpression bracketed{QStringLiteral("\\s*[\\[({<]\\s*(at|dot)\\s*[\\])}>]\\s*"),
                                 QRegularExpression::CaseInsensitiveOption};
    QRegularExpression words{
        QStringLiteral(
            "(?<=[\\p{L}\\p{N}._%+\\-])(\\s+at\\s+)((?:[\\p{L}\\p{N}\\-]+\\s+dot\\s+)+)"
            "(?:\\p{L}{2}|com|org|net|edu|gov|mil|int|info|biz|name|mobi|app|dev|online|email|mail)"
            "(?![\\p{L}\\p{N}])"),
        QRegularExpression::CaseInsensitiveOption};
    QRegularExpression dotWord{QStringLiteral("\\s+dot\\s+"), QRegularExpression::CaseInsensitiveOption};
};

} // namespace

bool spellsOutAt(QStringView s)
{
    for (qsizetype i = s.indexOf(QLatin1String("at"), 0, Qt::CaseInsensitive); i >= 0;
         i = s.indexOf(QLatin1String("at"), i + 1, Qt::CaseInsensitive)) {
        qsizetype before = i - 1, after = i + 2;
        while (before >= 0 && s.at(before) == QLatin1Char(' '))
            --before;
        while (after < s.size() && s.at(after) == QLatin1Char(' '))
            ++after;
        const QChar open = before >= 0 ? s.at(before) : QChar();
        const QChar close = after < s.size() ? s.at(after) : QChar();
        if (QStringView(u"[({<").contains(open) && QStringView(u"])}>").contains(close))
            return true;
        if (before < i - 1 && after > i + 2 && s.contains(QLatin1String(" dot "), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Buffer spelledOutRead(const Buffer &in)
{
    thread_local const SpelledOut re;
    QVector<Edit> edits;
    auto it = re.words.globalMatch(in.s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        edits.append({m.capturedStart(1), m.capturedEnd(1), QStringLiteral("@")});
        auto dots = re.dotWord.globalMatch(in.s, m.capturedStart(2));
        while (dots.hasNext()) {
            const QRegularExpressionMatch d = dots.next();
            if (d.capturedEnd() > m.capturedEnd(2))
                break;
            edits.append({d.capturedStart(), d.capturedEnd(), QStringLiteral(".")});
        }
    }
    auto br = re.bracketed.globalMatch(in.s);
    while (br.hasNext()) {
        const QRegularExpressionMatch m = br.next();
        bool inside = false;
        for (const Edit &e : std::as_const(edits))
            inside = inside || (m.capturedStart() < e.end && e.start < m.capturedEnd());
        if (!inside)
            edits.append({m.capturedStart(), m.capturedEnd(),
                          m.captured(1).compare(QLatin1String("at"), Qt::CaseInsensitive) == 0
                              ? QStringLiteral("@")
                              : QStringLiteral(".")});
    }
    if (edits.isEmpty())
        return in;
    std::sort(edits.begin(), edits.end(), [](const Edit &x, const Edit &y) { return x.start < y.start; });
    return applyEdits(in, edits);
}

bool spacesAroundAt(QStringView s)
{
    for (qsizetype i = s.indexOf(QLatin1Char('@')); i >= 0; i = s.indexOf(QLatin1Char('@'), i + 1)) {
        if ((i > 0 && s.at(i - 1).isSpace()) || (i + 1 < s.size() && s.at(i + 1).isSpace()))
            return true;
        // A space before a dot of the domain ("jane@example . org", "jane@example .org"): no sentence puts
        // one there.
        qsizetype j = i + 1;
        while (j < s.size() && j - i < 256 &&
               (s.at(j).isLetterOrNumber() || s.at(j) == QLatin1Char('-') || s.at(j) == QLatin1Char('.')))
            ++j;
        if (j == i + 1 || j >= s.size() || !s.at(j).isSpace())
            continue;
        while (j < s.size() && s.at(j).isSpace())
            ++j;
        if (j < s.size() && s.at(j) == QLatin1Char('.'))
            return true;
    }
    return false;
}

Buffer spacedAddressRead(const Buffer &in)
{
    // "jane.doe @ example.org", "jane . doe @ example . org": an address written with spaces around its '@'
    // (and its dots), as people type one to keep it from harvesters or by accident. Read without those
    // spaces when the part after the '@' is a domain (labels and dots, the last label two letters or more)
    // and a space follows the '@' or stands inside the address.
    thread_local const QRegularExpression spaced{
        QStringLiteral("((?:[\\p{L}\\p{N}_%+\\-]+\\s*\\.\\s*)*[\\p{L}\\p{N}_%+\\-]+)(\\s*@\\s*)"
                       "((?:[\\p{L}\\p{N}\\-]+\\s*\\.\\s*)+\\p{L}{2,})(?![\\p{L}\\p{N}])")};
    thread_local const QRegularExpression gap{QStringLiteral("\\s+")};
    QVector<Edit> edits;
    auto it = spaced.globalMatch(in.s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        // A space before the '@' alone starts a handle ("follow @example.org"), not an address.
        const QString at = m.captured(2);
        const bool spaceAfter = !at.endsWith(QLatin1Char('@'));
        if (!spaceAfter && !m.captured(1).contains(gap) && !m.captured(3).contains(gap))
            continue;
        for (int part = 1; part <= 3; ++part) {
            auto spaces = gap.globalMatch(in.s, m.capturedStart(part));
            while (spaces.hasNext()) {
                const QRegularExpressionMatch g = spaces.next();
                if (g.capturedEnd() > m.capturedEnd(part))
                    break;
                edits.append({g.capturedStart(), g.capturedEnd(), QString()});
            }
        }
    }
    if (edits.isEmpty())
        return in;
    std::sort(edits.begin(), edits.end(), [](const Edit &x, const Edit &y) { return x.start < y.start; });
    return applyEdits(in, edits);
}

// Markup that splits a value on the page but not on screen: "anna<span>@</span>example.org". A tag holding
// an address or a number to call ("mailto:", "tel:") is kept, so what it holds is read as text; inline tags
// are removed, others read as a space. What a removed tag or comment holds besides its name (attribute
// values, a comment's text, or prose that only looks like a tag: "total<limit (call …) if total>limit") is
// not dropped: each such tag is read again after the text, on a line of its own.
Buffer withoutMarkup(const Buffer &in)
{
    static const QStringList inlineTags = {
        QStringLiteral("a"),     QStringLiteral("abbr"), QStringLiteral("b"),      QStringLiteral("bdi"),
        QStringLiteral("bdo"),   QStringLiteral("code"), QStringLiteral("em"),     QStringLiteral("font"),
        QStringLiteral("i"),     QStringLiteral("kbd"),  QStringLiteral("mark"),   QStringLiteral("s"),
        QStringLiteral("small"), QStringLiteral("span"), QStringLiteral("strong"), QStringLiteral("sub"),
        QStringLiteral("sup"),   QStringLiteral("u"),    QStringLiteral("wbr"),    QStringLiteral("!--")};
    QVector<Edit> edits;
    QVector<std::pair<qsizetype, qsizetype>> held; // removed tags with more than a name: read after the text
    const QString &s = in.s;
    for (qsizetype i = s.indexOf(QLatin1Char('<')); i >= 0 && i + 1 < s.size();
         i = s.indexOf(QLatin1Char('<'), i + 1)) {
        const QChar first = s.at(i + 1);
        if (!(first.unicode() < 0x80 &&
              (first.isLetter() || first == QLatin1Char('/') || first == QLatin1Char('!'))))
            continue;
        const bool comment = QStringView(s).mid(i).startsWith(QLatin1String("<!--"));
        const qsizetype end =
            comment ? s.indexOf(QLatin1String("-->"), i + 4) : s.indexOf(QLatin1Char('>'), i + 1);
        if (end < 0 || (!comment && end - i > 400))
            continue;
        const qsizetype stop = end + (comment ? 3 : 1);
        const QStringView tag = QStringView(s).mid(i, stop - i);
        if (!comment &&
            (tag.contains(QLatin1Char('@')) || tag.contains(QLatin1String("tel:"), Qt::CaseInsensitive) ||
             tag.indexOf(QLatin1Char('<'), 1) >= 0))
            continue;
        qsizetype k = i + 1 + (first == QLatin1Char('/') ? 1 : 0);
        qsizetype nameEnd = k;
        while (nameEnd < stop && (s.at(nameEnd).isLetterOrNumber() || s.at(nameEnd) == QLatin1Char('-') ||
                                  s.at(nameEnd) == QLatin1Char('!')))
            ++nameEnd;
        const QString name = s.mid(k, nameEnd - k).toLower();
        edits.append({i, stop, comment || inlineTags.contains(name) ? QString() : QStringLiteral(" ")});
        const QStringView rest =
            comment ? QStringView(s).mid(i + 4, end - i - 4) : QStringView(s).mid(nameEnd, stop - nameEnd);
        if (std::any_of(rest.cbegin(), rest.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            held.append({i, stop});
        i = stop - 1;
    }
    if (edits.isEmpty())
        return in;
    Buffer out = applyEdits(in, edits);
    for (const auto &[start, stop] : std::as_const(held)) {
        out.push(QLatin1Char('\n'), in.from.at(start), in.from.at(start));
        for (qsizetype k = start; k < stop; ++k)
            out.push(s.at(k), in.from.at(k), in.to.at(k));
    }
    return out;
}

} // namespace iv::TextNormalizer::detail
