// SPDX-License-Identifier: MIT
#include "namedetector.h"

#include "namelexicon.h"
#include "namewords.h"

#include <QSet>

#include <algorithm>

namespace iv::NameDetector {

using namespace NameWords;

namespace {

struct Token
{
    enum Type { Word, Initial, Comma, Stop, Number, Other } type = Other;
    qsizetype start = 0;
    qsizetype end = 0;
    QStringView text;
    bool capitalized = false;
};

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
    if (upperWords > 0 && upperWords != words)
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

} // namespace

namespace {

// A handle: "john.smith", "smith_john", "john-smith", "jsmith" (one word, no space).
Confidence rateHandle(QStringView s)
{
    const NameLexicon &lex = NameLexicon::instance();
    if (s.size() < 5 || s.size() > 40)
        return Confidence::None;
    qsizetype sep = -1;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('-')) {
            if (sep >= 0 || i == 0 || i + 1 == s.size())
                return Confidence::None;
            sep = i;
        } else if (!c.isLetter()) {
            return Confidence::None;
        }
    }
    auto known = [&lex](QStringView w) {
        return w.size() >= 2 && !lex.isCommonWord(w) && !lex.isPlace(w) &&
               (lex.isGiven(w) || lex.isFamily(w));
    };
    if (sep > 0) {
        const QStringView a = s.left(sep), b = s.mid(sep + 1);
        if (a.size() == 1 && b.size() >= 4 && lex.isFamily(b) && !lex.isCommonWord(b))
            return Confidence::Medium; // "j.smith"
        if (!known(a) || !known(b))
            return Confidence::None;
        return (lex.isGiven(a) && lex.isFamily(b)) || (lex.isFamily(a) && lex.isGiven(b))
                   ? Confidence::Strong
                   : Confidence::Medium;
    }
    // "jsmith": an initial and a known family name, all lower case.
    if (s.at(0).isLower() && !caseless(s.at(0)) && s.size() >= 5 && lex.isFamily(s.mid(1)) && !lex.isCommonWord(s.mid(1)) &&
        !lex.isCommonWord(s) && !lex.isGiven(s) && !lex.isFamily(s))
        return Confidence::Weak;
    return Confidence::None;
}

// Japanese and Korean honorifics after a name: "田中さん", "김민준 님".
bool honorificAt(QStringView s, qsizetype i)
{
    for (const char16_t *h : {u"さん", u"様", u"さま", u"氏", u"先生", u"君", u"くん", u"ちゃん", u"님",
                              u"씨", u"女士", u"小姐", u"先生"}) {
        const QStringView hv(h);
        if (s.mid(i).startsWith(hv))
            return true;
    }
    return false;
}

// Words around a name in a CJK sentence: Japanese particles and copula, Korean particles, Chinese verbs and
// titles ("担当者は…です", "…负责", "请联系…处理", "…님께"). A name between two of them (or one of them and the
// text's edge, punctuation or another script) is a word of its own.
const QStringList &cjkMarkers()
{
    static const QStringList markers = [] {
        QStringList list;
        for (const char16_t *m :
             {u"は", u"が", u"を", u"に", u"と", u"の", u"も", u"へ", u"から", u"まで", u"です", u"でした", u"さん",
              u"様", u"さま", u"氏", u"君", u"くん", u"ちゃん", u"先生", u"님", u"씨", u"께", u"에게", u"은", u"는",
              u"이", u"가", u"을", u"를", u"의", u"와", u"과", u"负责", u"負責", u"联系", u"聯繫", u"聯絡", u"处理",
              u"處理", u"请", u"請", u"是", u"由", u"和", u"与", u"與", u"给", u"給", u"找", u"向", u"的", u"说",
              u"說", u"已", u"将", u"將", u"女士", u"小姐", u"老师", u"老師", u"经理", u"經理", u"同学", u"同學"})
            list.append(QString::fromUtf16(m));
        // Longest first, so "です" is matched before a one-character marker could be.
        std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return list;
    }();
    return markers;
}

// Length of a marker starting at i, 0 when none.
qsizetype markerAt(QStringView s, qsizetype i)
{
    for (const QString &m : cjkMarkers())
        if (s.mid(i).startsWith(m))
            return m.size();
    return 0;
}

// Length of a marker ending at i (exclusive), 0 when none.
qsizetype markerBefore(QStringView s, qsizetype i)
{
    for (const QString &m : cjkMarkers())
        if (i >= m.size() && s.mid(i - m.size(), m.size()) == m)
            return m.size();
    return 0;
}

// A name's edge at i: the text's edge, a character of no CJK script (space, punctuation, Latin), or a marker.
// *marked: the edge is a marker.
bool cjkEdge(QStringView s, qsizetype i, bool after, bool *marked)
{
    *marked = false;
    if (after ? i >= s.size() : i <= 0)
        return true;
    if (!isCjk(s.at(after ? i : i - 1)))
        return true;
    *marked = after ? markerAt(s, i) > 0 : markerBefore(s, i) > 0;
    return *marked;
}

// Han, kana and Hangul names inside a sentence: a known family name followed by a known given name, or by
// given-name characters and an honorific, or by given-name characters between two edges (cjkEdge) of which
// one is a marker when the name has two characters only.
QVector<QPair<qsizetype, qsizetype>> cjkSpans(QStringView s)
{
    const NameLexicon &lex = NameLexicon::instance();
    QVector<QPair<qsizetype, qsizetype>> out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!isCjk(s.at(i)))
            continue;
        qsizetype found = 0;
        for (qsizetype fl : {2, 1}) {
            if (i + fl > s.size() || !lex.isCjkFamily(s.mid(i, fl)))
                continue;
            for (qsizetype gl : {3, 2, 1}) {
                const qsizetype end = i + fl + gl;
                if (end > s.size() || fl + gl < 2)
                    continue;
                const QStringView given = s.mid(i + fl, gl);
                bool cjk = true, chars = true;
                for (QChar c : given) {
                    cjk = cjk && isCjk(c);
                    chars = chars && lex.isCjkGivenChar(c);
                }
                if (!cjk)
                    continue;
                const bool honorific = honorificAt(s, end);
                const bool knownGiven = lex.isCjkGiven(given) && (fl + gl >= 3 || honorific);
                bool leftMarked = false, rightMarked = false;
                const bool edged = chars && cjkEdge(s, i, false, &leftMarked) && cjkEdge(s, end, true, &rightMarked) &&
                                   (fl + gl >= 3 || leftMarked || rightMarked) && !markerAt(s, i + fl);
                if ((knownGiven || (honorific && chars) || edged) && !lex.isCommonWord(s.mid(i, fl + gl)) &&
                    !lex.isPlace(s.mid(i, fl + gl))) {
                    found = fl + gl;
                    break;
                }
            }
            if (found)
                break;
        }
        if (found) {
            out.append({i, found});
            i += found - 1;
        }
    }
    return out;
}

// A part of a composite category: "Acme Corp — John Smith", "Smith, J. | Sales", "Anna (Support)".
struct Candidate
{
    qsizetype start = 0; // in the text rated
    qsizetype length = 0;
    Confidence confidence = Confidence::None;
};

Confidence rateWhole(QStringView s)
{
    if (s.isEmpty() || s.size() > 80)
        return Confidence::None;
    if (hasCjk(s))
        return rateCjk(s);
    if (NameLexicon::instance().isPlace(s))
        return Confidence::None;
    if (!s.contains(QLatin1Char(' '))) {
        const Confidence h = rateHandle(s);
        if (h != Confidence::None)
            return h;
    }
    const QVector<Token> tokens = tokenize(s);
    return rateTokens(tokens, 0, int(tokens.size()));
}

bool compositeSeparator(QStringView s, qsizetype i)
{
    const QChar c = s.at(i);
    if (c == QChar(0x2014) || c == QChar(0x2013) || c == QLatin1Char('|') || c == QLatin1Char('/') ||
        c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char(',') || c == QLatin1Char(';') ||
        c == QChar(0x00B7) || c == QLatin1Char('[') || c == QLatin1Char(']'))
        return true;
    // A spaced hyphen or colon: "Acme - John Smith", "Owner: Jane Doe".
    return (c == QLatin1Char('-') || c == QLatin1Char(':')) && i > 0 && i + 1 < s.size() &&
           s.at(i + 1).isSpace() && (c == QLatin1Char(':') || s.at(i - 1).isSpace());
}

// The text as one name, else its best composite part.
Candidate rate(QStringView text)
{
    const QStringView s = core(text);
    const qsizetype offset = s.data() - text.data();
    Candidate best{offset, s.size(), rateWhole(s)};
    if (best.confidence != Confidence::None || s.size() > 200)
        return best;
    qsizetype partStart = 0;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        if (i < s.size() && !compositeSeparator(s, i))
            continue;
        if (partStart == 0 && i == s.size())
            break; // no separator: the whole was rated
        const QStringView part = core(s.mid(partStart, i - partStart));
        if (!part.isEmpty()) {
            const Confidence c = rateWhole(part);
            if (c > best.confidence)
                best = {offset + (part.data() - s.data()), part.size(), c};
        }
        partStart = i + 1;
    }
    return best;
}

bool denied(QStringView text)
{
    const NameLexicon &lex = NameLexicon::instance();
    return lex.isNotPerson(text.trimmed()) || lex.isNotPerson(core(text));
}

} // namespace

Confidence classify(QStringView text)
{
    return rate(text).confidence;
}

QString mask(QStringView name)
{
    QString out;
    out.reserve(name.size());
    bool wordStart = true;
    for (QChar c : name) {
        if (c.isLetterOrNumber() || c.isMark()) {
            out += wordStart ? c : QLatin1Char('*');
            wordStart = false;
        } else {
            out += c;
            wordStart = true;
        }
    }
    return out;
}

namespace {

NameMatch matchOf(QStringView text, QStringView part, Confidence c, Reason reason = Reason::Shape)
{
    return {part.data() - text.data(), part.size(), c, mask(part), reason};
}

NameMatch matchOf(QStringView text, const Candidate &c, Reason reason = Reason::Shape)
{
    return matchOf(text, text.mid(c.start, c.length), c.confidence, reason);
}

// Name-shaped spans of a sentence, each rated; a title-cased text ("Harry Potter and the Goblet of Fire")
// holds none.
QVector<NameMatch> spans(QStringView text, Confidence minimum)
{
    QVector<NameMatch> found;
    const QVector<Token> t = tokenize(text);
    const int n = int(t.size());
    int capital = 0, longWords = 0;
    for (const Token &tok : t)
        if (tok.type == Token::Word && tok.text.size() >= 4 && !isParticle(tok)) {
            ++longWords;
            capital += tok.capitalized ? 1 : 0;
        }
    for (int i = 0; i < n; ++i) {
        const Token &s = t[i];
        if (!(s.type == Token::Initial || (nameCased(s) && !isParticle(s))))
            continue;
        // The word before must not be capitalised too (a longer capitalised run is a title or a place).
        if (i > 0 && (nameCased(t[i - 1]) || t[i - 1].type == Token::Initial))
            continue;
        int e = i + 1;
        while (e < n && e - i < 7 &&
               (nameCased(t[e]) || t[e].type == Token::Initial || isParticle(t[e]) ||
                (t[e].type == Token::Stop && t[e].text == QLatin1String(".") && isTitle(t[e - 1], nullptr))))
            ++e;
        while (e > i + 1 && isParticle(t[e - 1]))
            --e;
        if (e - i < 2) {
            i = e - 1;
            continue;
        }
        Confidence c = rateTokens(t, i, e);
        // A sentence's first word is capitalised anyway: "Contact Jan de Vries for access".
        const bool sentenceStart = i == 0 || t[i - 1].type == Token::Stop;
        int b = i;
        if (c < Confidence::Strong && sentenceStart && e - i >= 3) {
            const Confidence rest = rateTokens(t, i + 1, e);
            if (rest > c) {
                c = rest;
                b = i + 1;
            }
        }
        // "X and the …", "X & the …" begins a title.
        const bool titleStart = e + 1 < n &&
                                (t[e].text == QLatin1String("and") || t[e].text == QLatin1String("&")) &&
                                t[e + 1].type == Token::Word && !t[e + 1].capitalized;
        const int insideLong = [&] {
            int k = 0;
            for (int j = b; j < e; ++j)
                k += t[j].type == Token::Word && t[j].text.size() >= 4 ? 1 : 0;
            return k;
        }();
        const int otherLong = longWords - insideLong, otherCapital = capital - insideLong;
        const bool titleCased = otherLong >= 2 && otherCapital * 10 >= otherLong * 6;
        const QStringView part = text.mid(t[b].start, t[e - 1].end - t[b].start);
        if (c >= minimum && c != Confidence::None && !titleStart && !titleCased && !denied(part))
            found.append(matchOf(text, part, c));
        i = e - 1;
    }
    return found;
}

// In a person bucket a category is a name unless it is a placeholder, a team or other stop word, a plain
// word of the language, or holds no letters.
// A period or a version, whole text read (a trailing number is not a count here): "1960s", "0s", "Q3 2025",
// "v2", "FY2024", "H1", "2024-Q1", "Sprint 12", "KW 07" — as many digits as letters, or a short code glued
// to its number.
bool periodOrVersion(QStringView text)
{
    const QStringView s = text.trimmed();
    int letters = 0, digits = 0;
    for (QChar c : s) {
        letters += c.isLetter() ? 1 : 0;
        digits += c.isDigit() ? 1 : 0;
    }
    if (digits == 0)
        return false;
    if (letters == 0 || digits >= letters)
        return true;
    // A word of at most three letters glued to digits ("Q3", "FY24", "H1", "v2.1", "W07"), or a calendar or
    // release word before a number ("Sprint 12", "Week 7", "Release 3").
    const QVector<Token> t = tokenize(s);
    for (qsizetype i = 0; i + 1 < t.size(); ++i) {
        if (t[i].type != Token::Word || t[i + 1].type != Token::Number)
            continue;
        if (t[i].end == t[i + 1].start && t[i].text.size() <= 3)
            return true;
        if (calendarWords().contains(folded(t[i].text)) || periodWords().contains(folded(t[i].text)))
            return true;
    }
    return false;
}

bool notAPerson(QStringView text)
{
    const QStringView s = core(text);
    if (s.isEmpty() || s.size() > 80 || placeholders().contains(NameLexicon::key(s)) || periodOrVersion(text))
        return true;
    // No letters: a number.
    int letters = 0;
    for (QChar c : s)
        letters += c.isLetter() ? 1 : 0;
    if (letters == 0)
        return true;
    const QVector<Token> t = tokenize(s);
    int words = 0;
    for (const Token &tok : t) {
        if (isStop(tok) || (tok.type == Token::Word && placeholders().contains(folded(tok.text))))
            return true;
        words += tok.type == Token::Word ? 1 : 0;
    }
    const NameLexicon &lex = NameLexicon::instance();
    if (words == 1 && t.size() == 1 && lex.isCommonWord(s) && !lex.isGiven(s) && !lex.isFamily(s))
        return true;
    return words > 6;
}

} // namespace

namespace {

// find() with the whole text already rated; names inside a sentence count from sentenceMinimum (Strong
// unless the text is known to be about people).
QVector<NameMatch> findRated(QStringView text, Confidence minimum, const Candidate &whole,
                             Confidence sentenceMinimum = Confidence::Strong)
{
    const QStringView s = core(text);
    if (s.isEmpty())
        return {};
    if (s.size() <= 80) {
        if (whole.confidence >= minimum && whole.confidence != Confidence::None)
            return denied(text.mid(whole.start, whole.length)) || denied(text)
                       ? QVector<NameMatch>()
                       : QVector<NameMatch>{matchOf(text, whole)};
        if (whole.confidence != Confidence::None)
            return {};
    }
    if (hasCjk(s)) {
        QVector<NameMatch> found;
        for (const auto &span : cjkSpans(text))
            found.append(matchOf(text, text.mid(span.first, span.second), Confidence::Strong));
        return found;
    }
    return spans(text, std::max(minimum, sentenceMinimum));
}

} // namespace

QVector<NameMatch> find(QStringView text, Confidence minimum)
{
    return findRated(text, minimum, rate(text));
}

QVector<NameMatch> findAboutPeople(QStringView text)
{
    const Candidate whole = rate(text);
    QVector<NameMatch> found;
    if (periodOrVersion(text))
        return found;
    found = findRated(text, Confidence::Medium, whole, Confidence::Medium);
    for (NameMatch &m : found)
        if (m.confidence < Confidence::Strong)
            m.reason = Reason::PersonText;
    return found;
}

namespace {

QVector<QVector<NameMatch>> scanCategoriesFound(const QStringList &categories, const BucketContext &context,
                                                QVector<Candidate> &rated);

// A category no one needs to look at: empty, a placeholder, a number, a period or a version.
bool plainlyNoName(QStringView text)
{
    const QStringView s = core(text);
    if (s.isEmpty() || placeholders().contains(NameLexicon::key(s)) || periodOrVersion(text))
        return true;
    for (QChar c : s)
        if (c.isLetter())
            return false;
    return true;
}

} // namespace

QVector<QVector<NameMatch>> scanCategories(const QStringList &categories, const BucketContext &context,
                                           QVector<bool> *unrecognised)
{
    QVector<Candidate> rated;
    QVector<QVector<NameMatch>> result = scanCategoriesFound(categories, context, rated);
    if (!unrecognised)
        return result;
    unrecognised->fill(false, categories.size());
    if (context.kind == BucketContext::Kind::Thing)
        return result;
    QSet<QString> distinct, candidates;
    QVector<bool> candidate(categories.size(), false);
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QString key = categories.at(i).trimmed();
        if (key.isEmpty())
            continue;
        distinct.insert(key);
        candidate[i] =
            context.kind == BucketContext::Kind::Person || rated.at(i).confidence != Confidence::None;
        if (candidate[i])
            candidates.insert(key);
    }
    if (context.kind != BucketContext::Kind::Person && candidates.size() * 3 < distinct.size())
        return result;
    for (qsizetype i = 0; i < categories.size(); ++i)
        (*unrecognised)[i] = result.at(i).isEmpty() && candidate.at(i) && !plainlyNoName(categories.at(i));
    return result;
}

namespace {

QVector<QVector<NameMatch>> scanCategoriesFound(const QStringList &categories, const BucketContext &context,
                                                QVector<Candidate> &rated)
{
    QVector<QVector<NameMatch>> result(categories.size());
    rated = QVector<Candidate>(categories.size());
    QSet<QString> distinct, personLike, stronger;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QString &c = categories.at(i);
        rated[i] = rate(c);
        const QString key = c.trimmed();
        if (key.isEmpty())
            continue;
        distinct.insert(key);
        if (rated[i].confidence != Confidence::None)
            personLike.insert(key);
        if (rated[i].confidence >= Confidence::Medium)
            stronger.insert(key);
    }
    if (context.kind == BucketContext::Kind::Person) {
        for (qsizetype i = 0; i < categories.size(); ++i) {
            const QString &c = categories.at(i);
            if (!notAPerson(c)) {
                const Candidate &r = rated[i];
                // The name-shaped part of a composite, else the whole category.
                result[i] = {r.confidence != Confidence::None
                                 ? matchOf(c, r, Reason::PersonBucket)
                                 : matchOf(c, core(c), Confidence::Medium, Reason::PersonBucket)};
            } else if (rated[i].confidence >= Confidence::Medium) {
                result[i] = {matchOf(c, rated[i], Reason::PersonBucket)}; // "Support — Anna Berg"
            } else {
                result[i] = findRated(c, Confidence::Strong, rated[i]);
            }
        }
        return result;
    }
    // Unlabelled: most distinct categories look like people, and either a quarter of those are more than a
    // lone given name or seven in ten are known given names: a bucket of cities that are given names too
    // ("Sydney", "Austin", "Florence") stays silent, they are places.
    const bool personBucket = context.kind == BucketContext::Kind::Unlabelled && distinct.size() >= 3 &&
                              personLike.size() >= 3 && personLike.size() * 10 >= distinct.size() * 6 &&
                              ((!stronger.isEmpty() && stronger.size() * 4 >= personLike.size()) ||
                               personLike.size() * 10 >= distinct.size() * 7);
    const Confidence minimum = personBucket ? Confidence::Weak : Confidence::Strong;
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QString &c = categories.at(i);
        const Candidate &r = rated[i];
        if (r.confidence != Confidence::None && r.confidence >= minimum) {
            if (personBucket || !(denied(c) || denied(QStringView(c).mid(r.start, r.length))))
                result[i] = {matchOf(c, r, personBucket ? Reason::NamesBucket : Reason::Shape)};
        } else if (r.confidence == Confidence::None) {
            result[i] = findRated(c, Confidence::Strong, rated[i]);
        }
    }
    return result;
}

} // namespace

} // namespace iv::NameDetector
