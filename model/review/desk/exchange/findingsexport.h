// SPDX-License-Identifier: MIT
#pragma once

#include "reviewreport.h"
#include "triage.h"

#include <QByteArray>
#include <QVector>

namespace iv {

// Findings to exchange formats: SARIF 2.1.0 (OASIS; one rule per finding kind with its help, locations as
// app / question / table / row, accepted and false-positive findings as suppressions) and CSV (one row per
// finding, RFC 4180 quoting, a header row). Both carry masked samples only, never the values. Pure functions.
namespace FindingsExport {

struct Entry
{
    ReviewFinding finding;
    Triage triage;
};

// Every listed finding of the report, judged as a policy left it: acknowledged → accepted ("policy").
QVector<Entry> fromReport(const ReviewReport &report);

// report gives the file (path, size, SHA-256) and the run's notes; entries the findings to write (e.g. the
// filtered ones). policyPath is named in the suppressions' justification when a policy accepted a finding.
QByteArray sarif(const ReviewReport &report, const QVector<Entry> &entries,
                 const QString &policyPath = QString());
QByteArray csv(const QVector<Entry> &entries);

} // namespace FindingsExport

} // namespace iv
