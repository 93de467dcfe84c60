// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace iv::cli {

struct ReviewRequest
{
    QStringList files;
    bool json = false;
    QString record;    // --record OUT.pdf: the PDF record and OUT.json beside it (one FILE only)
    QString policy;    // --policy FILE: acknowledged findings, allowed tables, min-count
    QString sarif;     // --sarif OUT.sarif: the findings as SARIF 2.1.0 (one FILE only)
    QString csv;       // --csv OUT.csv: the findings as CSV (one FILE only)
    int minCount = -1; // --min-count K; -1: the policy's, else off
};

// --review [--json] [--policy P] [--min-count K] [--record OUT.pdf] [--sarif OUT] [--csv OUT] FILE…: each
// file reviewed in turn (an unreadable one does not stop the others); --json prints one report, or an array
// for several files. Exit status: the worst of the files (0 clean, 1 findings or nonconformities, 2
// unreadable), 2 for a bad policy.
int runReview(const ReviewRequest &request);
// --diff OLD NEW [--json] [--tolerance REL] [--include-times]: exit 0 when nothing differs beyond the
// tolerance, 1 differences, 2 error. Collection and execution times are compared only with includeTimes.
int runDiff(const QString &oldFile, const QString &newFile, bool json, double tolerance = 0,
            bool includeTimes = false);

} // namespace iv::cli
