// SPDX-License-Identifier: MIT
#pragma once

#include "reviewreport.h"

#include <QString>

#include <optional>

namespace iv {

// The officer's judgement of one finding, kept apart from the finding itself (which is what the file holds):
// open (not judged yet), confirmed (real, to be fixed), false positive (not what the detector thought) or
// accepted (real, and allowed here, with a reason). A plain value type.
struct Triage
{
    enum class State { Open, Confirmed, FalsePositive, Accepted };
    State state = State::Open;
    QString reason; // why it was accepted or dismissed; plain text

    bool operator==(const Triage &other) const { return state == other.state && reason == other.reason; }
    bool operator!=(const Triage &other) const { return !(*this == other); }

    // Accepted and false positives are no longer open work: a policy can carry them, SARIF suppresses them.
    bool dismissed() const { return state == State::Accepted || state == State::FalsePositive; }

    static QString stateId(State state); // "open", "confirmed", "false-positive", "accepted"
    static std::optional<State> stateFromId(const QString &id);
    static QString stateText(State state); // in the UI language (context iv::Triage)

    // A finding's identity across reviews of the same file: SHA-256 (hex) of its code, table, column, row,
    // masked sample, app and question. Stores keep this key, never the finding's text.
    static QString key(const ReviewFinding &finding);
};

} // namespace iv
