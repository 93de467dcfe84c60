// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace iv::cli {

// --review [--json] FILE: exit 0 conformant with no findings, 1 findings or nonconformities, 2 unreadable.
int runReview(const QString &file, bool json);
// --diff OLD NEW [--json]: exit 0 identical content, 1 differences, 2 error.
int runDiff(const QString &oldFile, const QString &newFile, bool json);

} // namespace iv::cli
