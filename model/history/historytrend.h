// SPDX-License-Identifier: MIT
#pragma once

#include "bucketvalues.h"
#include "catalogue.h"
#include "history.h"

namespace iv {

// A counter's or gauge's trend as a timeseries question with its values (x = value, timestamp = the
// snapshot's collection time, row id = the snapshot's index), so the one chart builder draws it on screen and
// to files with the calendar ticks and number format of every other timeseries. Snapshots without a value are
// left out. A plain value type.
struct HistoryTrend
{
    Question question;
    BucketValues values;

    static HistoryTrend of(const History &history, const HistorySeries &series);
};

} // namespace iv
