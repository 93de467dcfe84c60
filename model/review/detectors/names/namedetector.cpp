// SPDX-License-Identifier: MIT
#include "namedetector.h"
#include "namerating_p.h"

#include "namelexicon.h"
#include "namewords.h"

#include <QSet>

#include <algorithm>

namespace iv::NameDetector {

using namespace NameWords;
using namespace detail;

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

// A word after which a sentence names someone who did or received something: "approved by", "did … approve",
// "assigned to", "sent from" ("with" is not one: "shipped with" names a carrier as often as a person).
bool personCue(const Token &t)
{
    static const QSet<QString> cues = {QStringLiteral("by"), QStringLiteral("did"), QStringLiteral("to"),
                                       QStringLiteral("from")};
    return t.type == Token::Word && cues.contains(folded(t.text));
}

// A word after which a name says whose something is, in the lexicon's languages: "Revenue from Hannah
// Schmidt", "Total Sales For John Smith", "Umsatz von …", "Tickets für …", "Omzet van …", "Pedidos de …",
// "Ventes par …", "Vendite di …". After one, a Strong name counts even in a text whose other words are
// capitalised (German nouns, a title-cased question).
bool ownerCue(const Token &t)
{
    static const QSet<QString> cues = {
        QStringLiteral("by"),   QStringLiteral("from"), QStringLiteral("for"),  QStringLiteral("of"),
        QStringLiteral("von"),  QStringLiteral("für"),  QStringLiteral("fuer"), QStringLiteral("van"),
        QStringLiteral("voor"), QStringLiteral("door"), QStringLiteral("de"),   QStringLiteral("del"),
        QStringLiteral("por"),  QStringLiteral("para"), QStringLiteral("par"),  QStringLiteral("pour"),
        QStringLiteral("di"),   QStringLiteral("da"),   QStringLiteral("do"),   QStringLiteral("av"),
        QStringLiteral("af"),   QStringLiteral("dla"),  QStringLiteral("od")};
    return t.type == Token::Word && cues.contains(folded(t.text));
}

// Name-shaped spans of a sentence, each rated; a title-cased text ("Harry Potter and the Goblet of Fire")
// holds none. A name of medium confidence (a known given name and a family name not known as one) counts
// after a word that introduces a person.
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
        // A capitalised word and an owner cue before a name ("Umsatz von Hannah Schmidt", "Total Sales For
        // John Smith"): the name after the cue.
        bool owned = b > 0 && ownerCue(t[b - 1]) && c >= Confidence::Strong;
        if (c < Confidence::Strong)
            for (int k = b + 1; k + 1 < e; ++k)
                if (ownerCue(t[k - 1]) && nameCased(t[k]) && !isParticle(t[k])) {
                    const Confidence inner = rateTokens(t, k, e);
                    if (inner >= Confidence::Strong) {
                        c = inner;
                        b = k;
                        owned = true;
                    }
                    break;
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
        const bool cued =
            minimum == Confidence::Strong && c == Confidence::Medium && b > 0 && personCue(t[b - 1]);
        if ((c >= minimum || cued) && c != Confidence::None && !titleStart && (!titleCased || owned) &&
            !denied(part))
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
        // A short text that is a weaker name as a whole holds no stronger one inside; a longer one may be a
        // sentence whose first words only look like a name's ("Umsatz von Hannah Schmidt").
        if (whole.confidence != Confidence::None && s.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() < 4)
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
                                                QVector<Candidate> &rated, qsizetype *distinctCount,
                                                qsizetype *personLikeCount);

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

// The shape of a personal name the lexicon may not know ("Wayra Quispe Mamani", "Tupaq Yupanki",
// "ሰላም ተስፋዬ"): two to four words of letters (marks, an inner apostrophe or hyphen allowed), no digits; in a
// script with letter case each word capitalised and the rest of it lower case. Not a placeholder, not a stop
// word (notAPerson).
bool nameShaped(QStringView text)
{
    const QStringView s = core(text);
    if (s.size() < 3 || s.size() > 60)
        return false;
    int words = 0;
    bool inWord = false, wordStart = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            inWord = false;
            continue;
        }
        const bool joiner = (c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('-')) &&
                            inWord && i + 1 < s.size() && s.at(i + 1).isLetter();
        if (!(c.isLetter() || c.isMark() || joiner))
            return false;
        wordStart = !inWord;
        if (wordStart)
            ++words;
        inWord = true;
        // Capitalised words where the script has case: the first letter upper case, the others lower case
        // (a letter after a joiner may be either: "O'Brien", "Jean-Luc").
        const bool afterJoiner =
            i > 0 && !s.at(i - 1).isLetterOrNumber() && !s.at(i - 1).isMark() && !s.at(i - 1).isSpace();
        if (c.isLetter() && c.isUpper() != c.isLower()) {
            if (wordStart && !c.isUpper())
                return false;
            if (!wordStart && !afterJoiner && c.isUpper())
                return false;
        }
    }
    // The shape first (one pass over the characters), the word lists only for a text that has it.
    return words >= 2 && words <= 4 && !notAPerson(text);
}

} // namespace

QVector<QVector<NameMatch>> scanCategories(const QStringList &categories, const BucketContext &context,
                                           QVector<bool> *unrecognised)
{
    QVector<Candidate> rated;
    qsizetype distinct = 0, personLike = 0;
    QVector<QVector<NameMatch>> result = scanCategoriesFound(categories, context, rated, &distinct, &personLike);
    if (!unrecognised)
        return result;
    unrecognised->fill(false, categories.size());
    if (context.kind == BucketContext::Kind::Thing)
        return result;
    // Candidates: every non-empty category of a person bucket, else the person-like ones (the distinct
    // trimmed texts counted by scanCategoriesFound).
    QVector<bool> candidate(categories.size(), false);
    for (qsizetype i = 0; i < categories.size(); ++i)
        candidate[i] = !QStringView(categories.at(i)).trimmed().isEmpty() &&
                       (context.kind == BucketContext::Kind::Person || rated.at(i).confidence != Confidence::None);
    if (context.kind != BucketContext::Kind::Person && personLike * 3 < distinct) {
        // Names no lexicon knows: in an unlabelled bucket where most distinct categories (two or more) have a
        // personal name's shape, those are listed to check by eye too.
        QSet<QStringView> shaped;
        for (qsizetype i = 0; i < categories.size(); ++i)
            if (nameShaped(categories.at(i)))
                shaped.insert(QStringView(categories.at(i)).trimmed());
        if (shaped.size() < 2 || shaped.size() * 10 < distinct * 6)
            return result;
        for (qsizetype i = 0; i < categories.size(); ++i)
            (*unrecognised)[i] =
                result.at(i).isEmpty() && shaped.contains(QStringView(categories.at(i)).trimmed());
        return result;
    }
    for (qsizetype i = 0; i < categories.size(); ++i)
        (*unrecognised)[i] = result.at(i).isEmpty() && candidate.at(i) && !plainlyNoName(categories.at(i));
    return result;
}

namespace {

QVector<QVector<NameMatch>> scanCategoriesFound(const QStringList &categories, const BucketContext &context,
                                                QVector<Candidate> &rated, qsizetype *distinctCount,
                                                qsizetype *personLikeCount)
{
    QVector<QVector<NameMatch>> result(categories.size());
    rated = QVector<Candidate>(categories.size());
    // The distinct trimmed texts, each with what any category of that text was rated: person-like (1),
    // stronger than a lone given name (2). One table instead of a set per count.
    enum : quint8 { PersonLike = 1, Stronger = 2 };
    QHash<QStringView, quint8> keys;
    keys.reserve(categories.size());
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QString &c = categories.at(i);
        rated[i] = rate(c);
        const QStringView key = QStringView(c).trimmed();
        if (key.isEmpty())
            continue;
        quint8 &flags = keys[key];
        if (rated[i].confidence != Confidence::None)
            flags |= PersonLike;
        if (rated[i].confidence >= Confidence::Medium)
            flags |= Stronger;
    }
    struct Count
    {
        qsizetype n = 0;
        qsizetype size() const { return n; }
        bool isEmpty() const { return n == 0; }
    } distinct, personLike, stronger;
    distinct.n = keys.size();
    for (const quint8 flags : std::as_const(keys)) {
        personLike.n += (flags & PersonLike) ? 1 : 0;
        stronger.n += (flags & Stronger) ? 1 : 0;
    }
    keys.clear();
    *distinctCount = distinct.n;
    *personLikeCount = personLike.n;
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
