// SPDX-License-Identifier: MIT
#pragma once

// Internal to the name detector: rating one text as a person's name, shared by its three files —
// nametokens.cpp (tokens, Latin and other alphabetic names, Han/kana/Hangul names), namecandidates.cpp
// (handles, CJK names inside sentences, composite categories and the deny-list) and namedetector.cpp (spans,
// context, buckets).

#include "namedetector.h"

#include <QPair>
#include <QStringView>
#include <QVector>

namespace iv::NameDetector::detail {

struct Token
{
    enum Type { Word, Initial, Comma, Stop, Number, Other } type = Other;
    qsizetype start = 0;
    qsizetype end = 0;
    QStringView text;
    bool capitalized = false;
};

bool isCjk(QChar c);
// Letters of scripts without case stand as a capital does in a name.
bool caseless(QChar c);
QVector<Token> tokenize(QStringView s);
QString folded(QStringView w);
bool isParticle(const Token &t);
bool isStop(const Token &t);
// A word as it stands in a name: capitalised, or all capitals when the whole name is ("JOHN SMITH").
bool nameCased(const Token &t);
bool isTitle(const Token &t, const Token *next);
// Rates tokens [b, e) as one person's name (Latin and other alphabetic scripts).
Confidence rateTokens(const QVector<Token> &t, int b, int e);
// Han, kana and Hangul names: a known family name and a given name of 1–3 characters.
Confidence rateCjk(QStringView text);
bool hasCjk(QStringView s);
// The text without a trailing count or bracketed note: "Adam Silva (12)", "Adam Silva: 12".
QStringView core(QStringView s);

// A part of a composite category: "Acme Corp — John Smith", "Smith, J. | Sales", "Anna (Support)".
struct Candidate
{
    qsizetype start = 0; // in the text rated
    qsizetype length = 0;
    Confidence confidence = Confidence::None;
};

// Han, kana and Hangul names inside a sentence (start, length of each).
QVector<QPair<qsizetype, qsizetype>> cjkSpans(QStringView s);
// The text as one name, else its best composite part.
Candidate rate(QStringView text);
// On the deny-list of brands and works named after people.
bool denied(QStringView text);

} // namespace iv::NameDetector::detail
