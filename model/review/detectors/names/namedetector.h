// SPDX-License-Identifier: MIT
#pragma once

#include "bucketcontext.h"

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

namespace iv {

// Finds people's names in short texts (chart categories, labels) and in sentences (questions, descriptions):
// a given-name / family-name lexicon of many cultures (NameLexicon) combined with the shape of a name —
// "Given Family", "Family, Given", particles ("van der", "de la", "von", "di"), initials ("J. R. R.
// Tolkien"), titles ("Dr. Smith"), Han / kana / Hangul names of 2–5 characters that start with a known family
// name — and, for the categories of one bucket, the set they belong to: a bucket whose categories are mostly
// person-like makes its weaker candidates (a lone given name, a given name with an unknown family name)
// findings too. Built for precision: team names, plans, weekdays, months, places, module paths and titles are
// not names. Every match carries a masked sample ("J*** S****"). Stateless and thread-safe.
namespace NameDetector {

enum class Confidence { None, Weak, Medium, Strong };

// What made a text a name: its own shape, the bucket's texts naming people (BucketContext), or a bucket
// whose categories are mostly names.
// PersonText: a counter's or gauge's text whose own words say it is about people (BucketContext), where a
// weaker name (a known given name and an unknown family name) counts too.
enum class Reason { Shape, PersonBucket, NamesBucket, PersonText };

struct NameMatch
{
    qsizetype start = 0; // in the text passed in
    qsizetype length = 0;
    Confidence confidence = Confidence::None;
    QString masked;
    Reason reason = Reason::Shape;
};

// How much the whole text (trimmed, a trailing "(…)" or count dropped) looks like one person's name.
Confidence classify(QStringView text);

// Names in text: the whole text (or its best composite part) when classify() rates it at least minimum,
// else the Strong name-shaped spans inside a sentence (never inside a title-cased text such as a book title),
// or in Han / kana / Hangul text a known family and given name. Brands and works named after people are not
// names here.
QVector<NameMatch> find(QStringView text, Confidence minimum = Confidence::Strong);

// Names in a text about people (a counter's or gauge's question, label or description whose words name
// people, BucketContext::Kind::Person): as find(), but Medium names count too, whole or inside a sentence
// ("Open tickets of agent Adam Qwzrtyk?"); those carry Reason::PersonText. Periods and versions are never names.
QVector<NameMatch> findAboutPeople(QStringView text);

// Per category (same order and size as categories): the names found considering the whole set and what the
// bucket's texts say it holds. In a person bucket every category is a name unless it is a placeholder
// ("Unassigned", "Bot", "Other"), a team or other stop word, a plain word or holds no letters. In a thing
// bucket only Strong names count, and brands or works named after people ("Calvin Klein", "Jane Eyre") do
// not. In an unlabelled bucket a Strong category is a finding; Medium and Weak ones are when at least three
// distinct categories are given and most of them are person-like. A composite ("Acme — John Smith") is judged
// by its parts; the match covers the name part.
// *unrecognised (when given; same order and size): the categories of a person-like bucket that are not
// reported and not plainly something else, for a person to check by eye — in a person bucket every category
// but placeholders, numbers, periods and versions; in an unlabelled bucket where at least a third of the
// distinct categories look like names, those that look like names but were not reported (a lone given name
// among words), and where most of two or more distinct categories have a personal name's shape that no
// lexicon knows (two to four capitalised words, or words of a script without case), those. Never in a thing
// bucket.
QVector<QVector<NameMatch>> scanCategories(const QStringList &categories, const BucketContext &context = {},
                                           QVector<bool> *unrecognised = nullptr);

// "John Smith" → "J*** S****"; "王小明" → "王**". Keeps separators, first letter of every word.
QString mask(QStringView name);

} // namespace NameDetector
} // namespace iv
