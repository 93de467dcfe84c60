// SPDX-License-Identifier: MIT
#pragma once

#include "history.h"

#include <QJsonObject>

namespace iv {

// A history written out: the JSON of `--history --json` —
// {"snapshots": [{"path", "sha256", "collected_at"}], "series": [{"app", "label", "kind", "points":
// [{"snapshot": index, "value": number}]}], "skipped": [{"path", "reason"}]} — with snapshots in collection
// order, a point for every snapshot holding the question (value null when it is not a finite number; an
// integer as stored, as --dump-json writes it), and reasons in English.
class HistoryReport
{
public:
    HistoryReport() = delete;
    static QJsonObject json(const History &history);
    // ISO 8601 UTC ("2026-11-28T04:00:36.824121Z") of a snapshot's collection time.
    static QString collectedAtIso(const SnapshotSummary &snapshot);
};

} // namespace iv
