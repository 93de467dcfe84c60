// SPDX-License-Identifier: MIT
#pragma once

#include "history.h"

#include <QVector>

namespace iv {

// One change a snapshot brings over the one collected before it.
struct HistoryChange
{
    enum class Type { QuestionAdded, QuestionRemoved, Moved };
    Type type = Type::Moved;
    int snapshot = 0; // the later snapshot (index into History::snapshots)
    MetricKind kind = MetricKind::Counter;
    QString app; // module
    QString label;
    QString question;
    HistoryDelta delta; // Moved: from the previous snapshot holding a value
};

// "What changed since": per snapshot, the questions (counters, gauges, buckets) added and removed since the
// snapshot before it, and the counters and gauges whose value moved by more than thresholdPercent (from 0 to
// anything else always counts). Pure computation over a History; any thread.
class HistoryTimeline
{
public:
    HistoryTimeline() = delete;
    static constexpr double kDefaultThresholdPercent = 10.0;

    // In snapshot order; within a snapshot: added, removed, moved, each in dashboard order.
    static QVector<HistoryChange> changes(const History &history,
                                          double thresholdPercent = kDefaultThresholdPercent);
    // The changes of snapshots after `since` (index), in snapshot order.
    static QVector<HistoryChange> changesSince(const History &history, int since,
                                               double thresholdPercent = kDefaultThresholdPercent);
    static bool movedBeyond(const HistoryDelta &delta, double thresholdPercent);
};

} // namespace iv
