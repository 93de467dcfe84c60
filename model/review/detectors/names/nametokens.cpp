// SPDX-License-Identifier: MIT
// Person names, one text at a time: its tokens, and how much they look like one person's name.
#include "namerating_p.h"

#include "namelexicon.h"
#include "namewords.h"

#include <QSet>

#include <algorithm>

namespace iv::NameDetector::detail {

using namespace NameWords;

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x3040 && u <= 0x30FF) ||
           (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0xF900 && u <= 0xFAFF);
}

bool isHangul(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7AF;
}

// Letters of scripts without case (Arabic, Hebrew, Thai, Devanagari and the other Indic scripts, Georgian
// Mkhedruli, Ethiopic …) stand as a capital does in a name.
bool caseless(QChar c)
{
    // Georgian Mkhedruli has been "lower case" since Unicode 11 (Mtavruli its capitals), but running text and
    // names are written in Mkhedruli alone: it counts as caseless.
    if (c.unicode() >= 0x10D0 && c.unicode() <= 0x10FF)
        return true;
    return c.isLetter() && !c.isUpper() && !c.isLower() && c.category() != QChar::Letter_Titlecase;
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

QVector<Token> tokenize(QStringView s)
{
    QVector<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (i < n) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        if (c.isLetter()) {
            qsizetype j = i + 1;
            while (j < n) {
                const QChar d = s.at(j);
                if (d.isLetter() || d.isMark()) {
                    ++j;
                } else if ((d == QLatin1Char('-') || isApostrophe(d)) && j + 1 < n &&
                           s.at(j + 1).isLetter()) {
                    j += 2;
                } else {
                    break;
                }
            }
            // "J." and "J.R.R." are initials, one token each.
            if (j == i + 1 && c.isUpper() && j < n && s.at(j) == QLatin1Char('.')) {
                t.type = Token::Initial;
                t.end = j + 1;
                t.capitalized = true;
            } else {
                t.type = Token::Word;
                t.end = j;
                t.capitalized = c.isUpper() || caseless(c);
            }
        } else if (c.isDigit()) {
            qsizetype j = i + 1;
            while (j < n && (s.at(j).isLetterOrNumber() || s.at(j) == QLatin1Char('.')))
                ++j;
            t.type = Token::Number;
            t.end = j;
        } else {
            t.type = c == QLatin1Char(',') ? Token::Comma
                     : (c == QLatin1Char('.') || c == QLatin1Char('?') || c == QLatin1Char('!') ||
                        c == QLatin1Char(':') || c == QLatin1Char(';'))
                         ? Token::Stop
                         : Token::Other;
            t.end = i + 1;
        }
        t.text = s.mid(t.start, t.end - t.start);
        tokens.append(t);
        i = t.end;
    }
    return tokens;
}

QString folded(QStringView w)
{
    return NameLexicon::key(w);
}

bool isParticle(const Token &t)
{
    return t.type == Token::Word && particles().contains(folded(t.text));
}

bool isStop(const Token &t)
{
    return t.type == Token::Word && stopWords().contains(folded(t.text));
}

// A word as it stands in a name: capitalised, or all capitals when the whole name is ("JOHN SMITH").
bool nameCased(const Token &t)
{
    return t.type == Token::Word && t.capitalized;
}

// Endings that mark a family name in the languages the lexicon covers thinly (Polish -ska, German -mann,
// Swedish -sson, Finnish -nen, Russian -ova, Greek -opoulos, Japanese -moto …).
bool surnameShaped(const NameLexicon &lex, QStringView w)
{
    static const QStringList endings = [] {
        QStringList list;
        for (const char *e :
             {"ski",     "ska",   "cki",  "cka",   "dzki",    "dzka",  "wicz",    "czyk",  "czak", "iak",
              "mann",    "sson",  "ssen", "ström", "strom",   "qvist", "kvist",   "gaard", "inen", "ainen",
              "ovich",   "evich", "ović", "ević",  "enko",    "chuk",  "ova",     "eva",   "ov",   "ev",
              "opoulos", "idis",  "akis", "escu",  "eanu",    "oğlu",  "ishvili", "stein", "feld", "baum",
              "witz",    "moto",  "mura", "yama",  "kawa",    "gawa",  "hara",    "shita", "saki", "zaki",
              "shima",   "jima",  "naka", "uchi",  "bayashi", "nabe",  "zuki",    "hashi", "ucci", "elli",
              "etti",    "otti",  "aki",  "idou",  "opoulou"})
            list.append(QString::fromUtf8(e));
        return list;
    }();
    // Georgian -ძე / -შვილი and Armenian -յան / -ունց: endings of nearly every family name of those scripts.
    if (w.size() >= 4 && caseless(w.at(0)) && !lex.isCommonWord(w)) {
        for (const char16_t *e : {u"\u10EB\u10D4", u"\u10E8\u10D5\u10D8\u10DA\u10D8"})
            if (w.endsWith(QStringView(e)))
                return true;
    }
    if (w.size() >= 4 && w.at(0).isUpper() && !lex.isCommonWord(w) &&
        (w.endsWith(u"\u0575\u0561\u0576") || w.endsWith(u"\u0578\u0582\u0576\u0581")))
        return true;
    if (w.size() < 5 || !w.at(0).isUpper() || lex.isCommonWord(w))
        return false;
    // Gaelic and Norman prefixes before a capital: "MacLeod", "McCarthy", "O'Connor", "FitzGerald".
    for (const char *prefix : {"Mac", "Mc", "O'", "O\u2019", "Fitz"}) {
        const QString p = QString::fromUtf8(prefix);
        if (w.startsWith(p) && w.size() > p.size() + 1 && w.at(p.size()).isUpper())
            return true;
    }
    for (const QString &e : endings)
        if (w.endsWith(e, Qt::CaseInsensitive))
            return true;
    return false;
}

bool familyWord(const NameLexicon &lex, QStringView w)
{
    if (lex.isFamily(w) || surnameShaped(lex, w))
        return true;
    if (!w.contains(QLatin1Char('-')))
        return false;
    for (QStringView part : w.split(QLatin1Char('-')))
        if (lex.isFamily(part))
            return true; // "Müller-Schmidt", "García-López"
    return false;
}

bool isTitle(const Token &t, const Token *next)
{
    return t.type == Token::Word && titles().contains(folded(t.text)) &&
           (!next || next->type == Token::Word ||
            (next->type == Token::Stop && next->text == QLatin1String(".")));
}

// Letters only Vietnamese writes among the lexicon's languages: ơ ư ă đ and the vowels with a tone mark
// below or a hook above (U+1EA0–U+1EF9).
bool vietnamese(const QVector<Token> &t, int b, int e)
{
    for (int i = b; i < e; ++i)
        for (QChar c : t[i].text) {
            const char16_t u = c.toLower().unicode();
            if (u == 0x01A1 || u == 0x01B0 || u == 0x0103 || u == 0x0111 || (u >= 0x1EA0 && u <= 0x1EF9))
                return true;
        }
    return false;
}

// Rates tokens [b, e) as one person's name (Latin and other alphabetic scripts).
Confidence rateTokens(const QVector<Token> &t, int b, int e)
{
    const NameLexicon &lex = NameLexicon::instance();
    // Drop "Jr.", "MD", "PhD" after a name of at least two words.
    while (e - b >= 3 && ((t[e - 1].type == Token::Stop && t[e - 1].text == QLatin1String(".") &&
                           nameSuffixes().contains(folded(t[e - 2].text))) ||
                          (t[e - 1].type == Token::Word && nameSuffixes().contains(folded(t[e - 1].text))))) {
        e -= t[e - 1].type == Token::Stop ? 2 : 1;
        if (e - b >= 1 && t[e - 1].type == Token::Comma)
            --e; // "John Smith, Jr."
    }
    const int count = e - b;
    if (count < 1 || count > 7)
        return Confidence::None;
    for (int i = b; i < e; ++i) {
        if (isStop(t[i]))
            return Confidence::None;
        const bool ok = t[i].type == Token::Word || t[i].type == Token::Initial ||
                        t[i].type == Token::Comma ||
                        (t[i].type == Token::Stop && t[i].text == QLatin1String(".") && i > b &&
                         isTitle(t[i - 1], nullptr));
        if (!ok)
            return Confidence::None;
    }
    // "Dr. Smith", "Frau Müller", "Mr. Christopher Rose": a title then a known name.
    if (count >= 2 && isTitle(t[b], &t[b + 1])) {
        int i = b + 1;
        if (t[i].type == Token::Stop)
            ++i;
        if (i >= e)
            return Confidence::None;
        for (int k = i; k < e; ++k)
            if (!(nameCased(t[k]) || t[k].type == Token::Initial || isParticle(t[k])))
                return Confidence::None;
        const bool known =
            t[i].type == Token::Initial || lex.isGiven(t[i].text) || familyWord(lex, t[i].text);
        if (!nameCased(t[e - 1]) || (lex.isCommonWord(t[e - 1].text) && !lex.isGiven(t[i].text)))
            return Confidence::None;
        return known ? Confidence::Strong : Confidence::Medium;
    }
    int commas = 0, comma = -1;
    for (int i = b; i < e; ++i)
        if (t[i].type == Token::Comma) {
            ++commas;
            comma = i;
        }
    if (commas > 1)
        return Confidence::None;
    if (commas == 1) {
        // "Silva, Adam", "van Gogh, Vincent", "Tolkien, J. R. R."
        if (comma == b || comma == e - 1)
            return Confidence::None;
        const Token &family = t[comma - 1];
        const Token &given = t[comma + 1];
        for (int i = b; i < comma; ++i)
            if (!(nameCased(t[i]) || isParticle(t[i])))
                return Confidence::None;
        for (int i = comma + 1; i < e; ++i)
            if (!(nameCased(t[i]) || t[i].type == Token::Initial || isParticle(t[i])))
                return Confidence::None;
        if (comma - b > 3 || e - comma - 1 > 4 || !nameCased(family))
            return Confidence::None;
        int initials = 0;
        bool particle = false;
        for (int i = b; i < e; ++i) {
            initials += t[i].type == Token::Initial ? 1 : 0;
            particle = particle || (i < comma && isParticle(t[i]));
        }
        const bool knownFamily = familyWord(lex, family.text) || particle || initials >= 2;
        const bool givenOk = given.type == Token::Initial || lex.isGiven(given.text);
        const bool common =
            lex.isCommonWord(family.text) && (given.type == Token::Initial || lex.isCommonWord(given.text));
        if (knownFamily && givenOk && !common)
            return Confidence::Strong;
        return givenOk && !lex.isCommonWord(family.text) ? Confidence::Medium : Confidence::None;
    }
    const Token &first = t[b];
    const Token &last = t[e - 1];
    if (count == 1) {
        if (first.type == Token::Word && first.capitalized && first.text.size() >= 2 &&
            lex.isGiven(first.text) && !lex.isCommonWord(first.text) && !lex.isPlace(first.text))
            return Confidence::Weak;
        return Confidence::None;
    }
    // "Anna K.": a known given name and the family name's initial.
    if (count == 2 && first.type == Token::Word && last.type == Token::Initial && nameCased(first) &&
        first.text.size() >= 2 && lex.isGiven(first.text) && !lex.isCommonWord(first.text) &&
        !lex.isPlace(first.text))
        return Confidence::Strong;
    // "john smith": lower case when the given and the family name are both known and neither is a word.
    if (count <= 3 && first.type == Token::Word && last.type == Token::Word && first.text.at(0).isLower() &&
        last.text.at(0).isLower() && !caseless(first.text.at(0))) {
        for (int i = b; i < e; ++i)
            if (t[i].type != Token::Word || t[i].text.size() < 2 || lex.isCommonWord(t[i].text) ||
                lex.isPlace(t[i].text) || !(lex.isGiven(t[i].text) || lex.isFamily(t[i].text)))
                return Confidence::None;
        return lex.isGiven(first.text) && lex.isFamily(last.text) ? Confidence::Strong : Confidence::None;
    }
    if (!nameCased(last) || isParticle(last) || (first.type != Token::Initial && !nameCased(first)))
        return Confidence::None;
    if (first.type == Token::Word && placePrefixes().contains(folded(first.text)))
        return Confidence::None;
    // All capitals only when every word is ("JOHN SMITH"); "NASA Team", "IBM Watson" are not names.
    int upperWords = 0, words = 0;
    for (int i = b; i < e; ++i)
        if (t[i].type == Token::Word && !isParticle(t[i])) {
            ++words;
            if (t[i].text.size() > 1 && t[i].text.toString().toUpper() == t[i].text)
                ++upperWords;
        }
    // "Marie DUPONT", "Hannah SCHMIDT": a known given name and a known family name in capitals, as French and
    // German paperwork writes a name.
    const bool familyInCapitals = count == 2 && words == 2 && upperWords == 1 && first.type == Token::Word &&
                                  last.type == Token::Word && last.text.size() > 1 &&
                                  last.text.toString().toUpper() == last.text && lex.isGiven(first.text) &&
                                  !lex.isCommonWord(first.text) && lex.isFamily(last.text) &&
                                  !lex.isCommonWord(last.text) && !lex.isPlace(last.text);
    if (upperWords > 0 && upperWords != words && !familyInCapitals)
        return Confidence::None;
    int initials = 0;
    bool particle = false, unknownMiddle = false;
    for (int i = b; i < e - 1; ++i) {
        if (t[i].type == Token::Initial) {
            ++initials;
        } else if (isParticle(t[i])) {
            if (i == b)
                return Confidence::None;
            particle = true;
        } else if (!nameCased(t[i])) {
            return Confidence::None; // "Alice in Wonderland", "Romeo and Juliet"
        } else if (i > b && !(lex.isGiven(t[i].text) || familyWord(lex, t[i].text))) {
            unknownMiddle = true;
        }
    }
    const bool firstGiven = first.type == Token::Word && lex.isGiven(first.text);
    const bool firstInitial = first.type == Token::Initial;
    const bool lastFamily = familyWord(lex, last.text);
    const bool givenCommon = firstGiven && lex.isCommonWord(first.text);
    const bool familyCommon = lex.isCommonWord(last.text);
    if (calendarWords().contains(folded(last.text)) || (count == 2 && colourName(first.text, last.text)))
        return Confidence::None;
    Confidence c = Confidence::None;
    if (count == 2 && lex.isRomanizedFamily(first.text) && lex.isGiven(last.text) &&
        !lex.isCommonWord(first.text) && !familyCommon) {
        c = Confidence::Strong; // "Wang Wei", "Li Na": a Chinese or Japanese family name first
    } else if (firstGiven) {
        if (lastFamily)
            c = givenCommon && familyCommon ? Confidence::None : Confidence::Strong;
        else if (particle)
            c = familyCommon ? Confidence::None : Confidence::Strong;
        else if (lex.isGiven(last.text) && !givenCommon && !familyCommon && !lex.isPlace(last.text))
            c = Confidence::Strong; // two given names: "Ahmed Hassan", "Anna Maria"
        else if (!familyCommon && !givenCommon && last.text.size() >= 2)
            c = Confidence::Medium;
    } else if (count == 2 && nameCased(first) && surnameShaped(lex, last.text) &&
               !lex.isCommonWord(first.text) && !lex.isPlace(first.text)) {
        // "Ólafur Jónsson": an unknown given name before a family name's ending; in Georgian script, where
        // -ძე and -შვილი end family names only, strong when the family name is known too.
        c = caseless(first.text.at(0)) && caseless(last.text.at(0)) && lex.isFamily(last.text)
                ? Confidence::Strong
                : Confidence::Medium;
    } else if (particle && nameCased(first) && !lex.isCommonWord(first.text) && !familyCommon) {
        // "Henk van der Linden": the particle makes the shape; an unknown first word leaves it uncertain.
        c = lex.isFamily(first.text) ? Confidence::Strong : Confidence::Medium;
    } else if (firstInitial) {
        if (lastFamily && !familyCommon)
            c = Confidence::Strong;
        else if (!familyCommon && last.text.size() >= 3)
            c = initials >= 2 && last.text.size() >= 4 ? Confidence::Strong : Confidence::Medium;
    } else if (count <= 3 && lex.isFamily(first.text) && lex.isGiven(last.text) &&
               !lex.isCommonWord(first.text) && !lex.isCommonWord(last.text)) {
        // Family name first ("Nagy Anna", "Nguyễn Văn An"): strong when neither part could stand in the
        // other's place.
        c = !lex.isGiven(first.text) && !lex.isFamily(last.text) && !lex.isPlace(first.text)
                ? Confidence::Strong
            : count == 2 ? Confidence::Medium
                         : Confidence::None;
        // Vietnamese letters (ơ, ư, ă, đ, ệ …) in a name of known Vietnamese parts: family first, whatever the
        // parts could also be.
        if (c == Confidence::Medium && vietnamese(t, b, e))
            c = Confidence::Strong;
    }
    if (c == Confidence::Strong && unknownMiddle)
        c = Confidence::Medium;
    return c;
}

// Han, kana and Hangul names: a known family name and a given name of 1–3 characters.
Confidence rateCjk(QStringView text)
{
    const NameLexicon &lex = NameLexicon::instance();
    QString s;
    qsizetype space = -1;
    for (QChar c : text) {
        if (c.isSpace() || c == QChar(0x00B7) || c == QChar(0x30FB)) {
            if (space >= 0 || s.isEmpty())
                return Confidence::None;
            space = s.size();
            continue;
        }
        if (!isCjk(c))
            return Confidence::None;
        s += c;
    }
    const qsizetype n = s.size();
    if (n < 2 || n > 5 || lex.isCommonWord(s) || lex.isPlace(s))
        return Confidence::None;
    auto givenChars = [&lex](QStringView g) {
        for (QChar c : g)
            if (!lex.isCjkGivenChar(c))
                return false;
        return true;
    };
    Confidence best = Confidence::None;
    for (qsizetype fl : {2, 1, 3}) {
        if (fl >= n || (space >= 0 && fl != space))
            continue;
        const QStringView family = QStringView(s).left(fl);
        const QStringView given = QStringView(s).mid(fl);
        if (!lex.isCjkFamily(family) || given.size() > 3)
            continue;
        Confidence c = Confidence::None;
        if (lex.isCjkGiven(given) || (space >= 0 && !given.isEmpty()))
            c = Confidence::Strong; // a known family name, a space, a given name: "田中 美咲"
        else if (givenChars(given))
            c = space >= 0 || given.size() >= 2 ? Confidence::Strong : Confidence::Weak;
        else if (fl == 1 && given.size() == 2 && !isHangul(s.at(0)))
            c = Confidence::Weak; // "周杰伦": a family name and two characters, a name in a bucket of names
        // A two-character word whose second character merely occurs in names ("王国", "黄金") stays weak.
        if (c == Confidence::Strong && n == 2 && space < 0 && !lex.isCjkGiven(given) && !isHangul(s.at(0)))
            c = Confidence::Weak;
        best = std::max(best, c);
    }
    return best;
}

bool hasCjk(QStringView s)
{
    for (QChar c : s)
        if (isCjk(c))
            return true;
    return false;
}

// The text without a trailing count or bracketed note: "Adam Silva (12)", "Adam Silva: 12".
QStringView core(QStringView s)
{
    s = s.trimmed();
    if (s.endsWith(QLatin1Char(')'))) {
        const qsizetype open = s.lastIndexOf(QLatin1Char('('));
        if (open > 0)
            s = s.left(open).trimmed();
    }
    qsizetype end = s.size();
    while (end > 0 &&
           (s.at(end - 1).isDigit() || s.at(end - 1).isSpace() || s.at(end - 1) == QLatin1Char(':') ||
            s.at(end - 1) == QLatin1Char('-') || s.at(end - 1) == QLatin1Char('.')))
        --end;
    bool digit = false;
    for (QChar c : s.mid(end))
        digit = digit || c.isDigit();
    return digit ? s.left(end).trimmed() : s;
}

} // namespace iv::NameDetector::detail
