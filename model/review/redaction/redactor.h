// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace iv {

// One replaced cell of a redacted copy. Never holds the original value.
struct RedactionChange
{
    QString table;
    QString column;
    qint64 row = -1;     // rowid, the same in the original and the copy
    QString code;        // the finding's code that flagged the value
    QString replacement; // e.g. "redacted-email-3", "Person 7"
    QString masked;      // the original, masked ("J*** S****"); only with Options::preview, never in the log
};

// A cell the officer marked for redaction that the detectors did not flag (a name they did not know): its
// value is replaced like a flagged one, everywhere in the file, and logged with the code "manual-mark".
struct RedactionMark
{
    QString table;
    QString column;
    qint64 row = -1;
};

// What was left out of a redacted copy: a table, view, trigger or index not in upstream's schema, or a column
// upstream's table does not have.
struct RedactionDrop
{
    QString kind;  // "table", "view", "trigger", "index", "column"
    QString table; // the table of a column, trigger or index; else null
    QString name;
};

struct RedactionResult
{
    bool ok = false;
    QString error;      // "PATH: reason" when !ok; nothing was written then
    QString sourcePath; // absolute
    QString outputPath; // absolute
    QString logPath;    // outputPath + ".redaction.json"
    QString sourceSha256;
    QVector<RedactionChange> changes;
    QVector<RedactionDrop> dropped;
    int distinctValues = 0; // distinct original values replaced
    // The copy reviewed again (with the same bucket texts, so the same context) before it was put in place:
    // its findings (a copy with a cell finding is never written) and its values to check by eye.
    int copyFindings = 0;
    qint64 copyToCheck = 0;
    bool copyClean = false; // the copy's review exits 0: no findings at all
    // Buckets of the copy made only of stand-ins this run wrote into them, verified against that plan
    // instead of being scanned again (ReviewScanMemo::standIns); every other bucket was scanned.
    qint64 copyBucketsVerifiedByPlan = 0;
    // Tables copied by SQLite's transfer (records and index entries byte for byte, rowids kept) because the
    // original's table and indexes are the writer's exactly and its review found no bytes a re-encoding copy
    // would drop, and no cell of it is replaced; every other table was copied row by row.
    QStringList transferredTables;
    // Whether the copy was reviewed again (above). Not when a clean original (its review: no finding at all)
    // was copied whole by transfer, nothing replaced or dropped, the file still the one reviewed after the
    // copy: the copy then holds exactly the records that review read, and its findings and values to check
    // are that review's.
    bool copyReviewedAgain = true;
    // A clean original whose schema is the writer's exactly, nothing marked: the copy is its bytes, the
    // reviewed SHA-256 checked on the copy (every table counts as transferred).
    bool copiedAsReviewed = false;
    // Every finding a cell with a stand-in, nothing dropped, the schema the writer's: the copy is the
    // reviewed bytes (SHA-256 checked) with the replaced cells written into them, and reviewed again.
    bool replacedInPlace = false;

    // The JSON log written beside the copy (table, column, row, code, replacement of each change; what was
    // dropped); never an original value.
    QByteArray logJson() const;
};

// Writes a redacted copy of a snapshot: upstream's exact schema (the snapshot writer creates the file), only
// upstream's tables and columns, every row and rowid kept, and every cell the review flags (a finding with a
// table, column, row and masked sample: personal data, secrets …) replaced by a stand-in. The same original
// value gets the same stand-in everywhere in the file, also in cells the review did not flag, so the copy
// stays consistent (one category, one label) and no copy of a flagged value survives elsewhere, not even as
// part of a longer text (a question that names the person of a category). A bucket whose categories are
// mostly names is a bucket of people: all its categories are replaced. Extra tables, views, triggers,
// indexes and columns are dropped; the log names them masked when a name holds personal data. The copy is
// reviewed again before it is put in place; the JSON log is written beside it. The original is read through
// SnapshotFile (read-only, immutable): its bytes never change. On any failure nothing is left behind (no
// copy, no log, no temporary file). Blocking and slow on big files (two reviews and a copy): call it off the
// GUI thread. Thread-safe. Files being written beside OUT start with ".OUT.redacting-" and hold an flock(); a
// redaction to OUT first removes such files nobody holds (left by a run that was killed). The log is never
// written through a symbolic link.
namespace Redactor {

struct Options
{
    bool overwrite = false;       // replace an existing OUT (and its log); else refuse
    qint64 timeLimitMs = 600000;  // for each review of the file
    QVector<RedactionMark> marks; // cells marked by hand, replaced too
    bool preview = false;         // fill RedactionChange::masked (see preview())
    // For tests: called once the rows are in the copy, before the original is checked again and the copy
    // is checked.
    std::function<void()> afterRows;
};

RedactionResult redact(const QString &source, const QString &target, const Options &options = Options(),
                       const std::atomic_bool *cancel = nullptr);

// What redact() would change, without writing beside the snapshot: the copy is made in a private temporary
// folder (then removed), each change with its masked original (RedactionChange::masked) and its stand-in.
// outputPath and logPath are empty. Blocking, as slow as redact().
RedactionResult preview(const QString &source, const Options &options = Options(),
                        const std::atomic_bool *cancel = nullptr);

// OUT.redaction.json.
QString logPathFor(const QString &target);
// The stand-in for a finding's code, without its number: "redacted-email-" for personal-data-email,
// "Person " for names, "redacted-secret-" for secrets; see docs/REVIEW.md.
QString replacementPrefix(const QString &code);

} // namespace Redactor
} // namespace iv
