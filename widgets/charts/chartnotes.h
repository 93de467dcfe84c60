// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace iv {

// What ChartBuilder did with a bucket's rows, for the page or the export to tell the user.
struct ChartNotes
{
    int plotted = 0;          // points or bars drawn
    int skipped = 0;          // rows left out: NULL/malformed timestamp, or a NULL/non-numeric value
    bool unsupported = false; // no chart: the bucket type is unknown
    QString message;          // translated one-line summary; empty when there is nothing to say
};

} // namespace iv
