// SPDX-License-Identifier: MIT
#pragma once
// The word lists of the name detector (not part of the model's API): particles, titles, suffixes, the stop
// words that make a text an organisation, product, plan or date, place prefixes, colours, calendar words and
// the placeholders of a person bucket. Each set is built once, on first use; all are case-folded.

#include <QSet>
#include <QString>
#include <QStringView>

#include <initializer_list>

namespace iv::NameDetector::NameWords {

QSet<QString> wordSet(std::initializer_list<const char *> words);
// Lower-case particles between given and family names: "van der", "de la", "von".
const QSet<QString> &particles();
// Titles before a name: "Dr. Smith", "Frau Müller".
const QSet<QString> &titles();
// Suffixes after a name: "Allen Smith Jr.", "Andrea Ball MD".
const QSet<QString> &nameSuffixes();
// Words that make a text an organisation, a place, a product or a plan, whatever names surround them.
const QSet<QString> &stopWords();
// First words that make a place or a saint of what follows ("Santa Monica", "Saint Louis").
const QSet<QString> &placePrefixes();
// A colour or material given name before a colour is a colour: "Olive Green", "Pearl White".
bool colourName(QStringView first, QStringView last);
// Family-name position words that are months or weekdays in a name-shaped pair ("Ruby Tuesday").
const QSet<QString> &calendarWords();
// Words before a number that make it a period or a release: "Week 7", "Sprint 12", "January 2024", "KW 07".
const QSet<QString> &periodWords();
// Placeholders of a person bucket, never a name: "Unassigned", "Other", "Bot", in five languages.
const QSet<QString> &placeholders();

} // namespace iv::NameDetector::NameWords
