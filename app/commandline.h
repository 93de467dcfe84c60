// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <cstdio>

namespace iv::cli {

// Exit statuses shared by every command (CONVENTIONS.md): 0 success, 1 "ran fine, found something",
// 2 bad input or usage.
enum ExitCode : int { Success = 0, Findings = 1, BadInput = 2 };

// "insights-viewer: message" on stderr. Returns BadInput so callers can `return fail(...)`.
int fail(const QString &message);
void printOut(const QString &text);
void printErr(const QString &text);

// Text from a file made safe for a terminal: control characters (ANSI escapes included) and bidirectional
// overrides are shown as \uXXXX instead of being acted on.
QString terminalSafe(const QString &text);

} // namespace iv::cli
