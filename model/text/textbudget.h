// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <Qt>

namespace iv {

// How much of a text from the file is drawn. A snapshot may hold a 1 MB label or a 100,000-character
// category; laid out whole, one such string costs seconds and gigabytes in Qt's text layout (legend entries,
// chart titles, axis titles) or widens a window past the screen. Every chart kind, the legend, the cards, the
// pages, the report and the export file names cut file text to these budgets with "…"; the full text stays
// in tooltips, the values table and the data exports. docs/SECURITY.md ("Drawing and exporting: budgets")
// lists them. Plain functions of their arguments: any thread.
class TextBudget
{
public:
    TextBudget() = delete;

    // Characters (UTF-16 code units, never splitting a surrogate pair) drawn at most.
    static constexpr int kCategoryChars = 40;      // bar and histogram labels, legend entries, series names
    static constexpr int kAxisTitleChars = 80;     // xlabel / ylabel as axis titles
    static constexpr int kTitleChars = 160;        // chart titles, card, thumbnail and page headings
    static constexpr int kReportTitleChars = 1000; // questions in the report (wrapped over lines)
    static constexpr int kDescriptionChars = 2000; // descriptions on the question page and in the report
    static constexpr int kDateFormatChars = 64;    // an xformat longer than this falls back to ISO dates
    static constexpr int kDateLabelChars = 32;     // so does one whose tick labels are longer than this
    // A path component on Linux, macOS and Windows (NAME_MAX) in UTF-8 bytes.
    static constexpr int kFileNameBytes = 255;

    // text when it has at most maxChars characters, else maxChars characters ending (ElideRight), starting
    // (ElideLeft) or with in the middle (ElideMiddle, keeping both ends, where "/endpoint/009" and
    // "/endpoint/010" differ) one "…". In a cut text, line breaks and other control characters become spaces,
    // so it is one line. Costs O(maxChars), whatever the size of text.
    static QString elide(const QString &text, int maxChars, Qt::TextElideMode mode = Qt::ElideRight);
    // True when elide() would change text (the caller then shows the full text in a tooltip).
    static bool isElided(const QString &text, int maxChars);
    // The longest prefix of text whose UTF-8 encoding has at most maxBytes bytes, cut between code points.
    static QString fitUtf8(const QString &text, int maxBytes);
};

} // namespace iv
