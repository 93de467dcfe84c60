// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace iv::cli {

// --redact OUT.db FILE [--force]: writes a redacted copy of FILE to OUT.db and its log to
// OUT.db.redaction.json (Redactor). Refuses an existing OUT unless force. Exit 0 written, 2 bad input or
// failure (nothing written then).
int runRedact(const QString &output, const QString &file, bool force);

} // namespace iv::cli
