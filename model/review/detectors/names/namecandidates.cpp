// SPDX-License-Identifier: MIT
// Person names in handles, inside CJK sentences and as parts of composite categories; the deny-list.
#include "namerating_p.h"

#include "namelexicon.h"
#include "namewords.h"

#include <QSet>

#include <algorithm>

namespace iv::NameDetector::detail {

using namespace NameWords;

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

} // namespace iv::NameDetector::detail
