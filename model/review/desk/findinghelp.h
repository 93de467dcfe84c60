// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace iv {

// Help for a kind of finding (its code), as code-scanning tools give per rule: a short title, what it
// detects, how, its known limits and what to do. In the UI language (context iv::FindingHelp); english()
// gives the same in English for exchange formats (SARIF). Unknown codes get a generic text.
struct FindingHelp
{
    QString title;
    QString detects;
    QString how;
    QString limits;
    QString action;

    static FindingHelp forCode(const QString &code);
    static FindingHelp english(const QString &code);
    // All parts as paragraphs of plain text.
    QString text() const;
};

} // namespace iv
