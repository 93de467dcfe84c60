// SPDX-License-Identifier: MIT
#pragma once

#include "personaldatascanner.h"

#include <QPair>
#include <QStringView>
#include <QVector>

namespace iv::PersonalDataScanner {

// Private to the scanner: the value detectors (everything but names) that scan() runs on a text as it is
// read. Stateless and thread-safe (expressions are per thread).

// Spans [start, end) of a text already reported, so one value is one finding.
using Spans = QVector<QPair<qsizetype, qsizetype>>;

// Whether [start, end) overlaps a span taken.
bool overlaps(const Spans &taken, qsizetype start, qsizetype end);

// E-mail addresses, phone numbers, IBANs, cards, IP addresses, national ids and credentials in text;
// taken collects the spans reported (and those claimed without a report: reserved addresses, IBAN shapes).
QVector<Match> scanValues(QStringView text, Spans &taken);

} // namespace iv::PersonalDataScanner
