// SPDX-License-Identifier: MIT
#pragma once

#include "metrickind.h"

#include <QString>

namespace iv {

// A metric kind as the reader sees it, in the UI language ("Streudiagramm", "spreidingsdiagram"), where
// kindId() is the file's and the command line's English identifier. Any thread (QCoreApplication::translate).
QString kindDisplayName(MetricKind kind);

} // namespace iv
