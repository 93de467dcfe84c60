// SPDX-License-Identifier: MIT
#pragma once

#include "reviewreport.h"

#include <atomic>

namespace iv {

// Builds a ReviewReport: identity (FileIdentity), then, through SnapshotFile (read-only, immutable, hardened),
// PRAGMA integrity_check, conformance with upstream's schema (tests/data/schema.sql), data checks, a contents
// summary and the personal-data scan of every text cell of every real table (never views or virtual tables).
// All SQLite work is bounded by options.timeLimitMs and by cancel (a watchdog interrupts SQLite, so a hostile
// or huge file cannot hang it); what was not done is listed in the report's notes. Blocking and slow on big
// files: call it from a worker thread. Thread-safe (opens its own SnapshotFile).
namespace SnapshotReviewer {

ReviewReport review(const QString &path, const ReviewReport::Options &options = ReviewReport::Options(),
                    const std::atomic_bool *cancel = nullptr);

// Names each finding's app and question (ReviewFinding::app, ::question) through FindingResolver, which opens
// the file again read-only. Blocking like review(); does nothing for an unreadable report.
void locate(ReviewReport &report);

} // namespace SnapshotReviewer
} // namespace iv
