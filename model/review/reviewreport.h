// SPDX-License-Identifier: MIT
#pragma once

#include "fileidentity.h"
#include "localizedtext.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <climits>
#include <functional>

namespace iv {

// One thing a security officer should know about a snapshot: a nonconformity with upstream's schema, a
// failed integrity check, personal data (with a masked sample only), an unusual journal mode…
struct ReviewFinding
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Warning;
    QString code;    // stable id, e.g. "missing-column", "personal-data-email"
    QString message; // one line, plain text, UI language; may quote file text (shown literally, never as markup)
    QString table;   // null when not about a table
    QString column;  // null when not about a column
    qint64 row = -1; // rowid, -1 when not about a row
    QString sample;  // masked sample for personal data, else null
    QString englishMessage; // message in English, for toJson(); null: the same as message
    // What the finding is about in the viewer's words (FindingResolver, filled by SnapshotReviewer::locate):
    // the app's name and the question's label, null when the row is not a question's.
    QString app;
    QString question;
    // A policy file acknowledged it (ReviewPolicy::apply): listed, but it no longer makes the review fail.
    bool acknowledged = false;
    // > 0: not one finding but the count of findings of this code (and table, column) that were not listed
    // one by one because the listing limit (Options::maxListedFindings) was reached. Recognise it by this
    // field, never by its message.
    qint64 unlisted = 0;
    // For personal data and secrets: which value the finding is about, as the scan read it
    // (fingerprintOf() of the matched text), so that a policy acknowledges that value and not every value
    // with the same masked sample or at the same row. Empty when the finding is not about one value or its
    // creator did not give it; a policy never accepts a personal-data or secret finding without it. Held in
    // memory only: toJson(), toText() and records never write it (an unkeyed hash of a short value is
    // reversed by trying candidates); a policy stores it keyed with a salt of its own.
    QString valueFingerprint;

    // Lower-case hex SHA-256 of a fixed domain-separation prefix and the UTF-8 of the matched text, exactly
    // as the detector matched it (no masking, no normalisation).
    static QString fingerprintOf(const QString &matchedText);

    // Whether a policy may acknowledge this finding. Not for what says the review itself cannot be trusted
    // (data left unscanned, a file that changed, a journal or WAL file with other contents): those always
    // count. Nor for content the detectors could not read (a compressed BLOB, an expression index, a virtual
    // table, bytes no reader shows): a place cannot vouch for a value nobody read.
    static bool acknowledgeable(const QString &code);
    // acknowledged, and allowed to be.
    bool isAcknowledged() const { return acknowledged && acknowledgeable(code); }

    QString severityId() const { return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning"); }
};

// A value no detector recognised that a person should look at: a category of a bucket about people (or of
// names) that was not reported. Not a finding: it does not make the review fail, but a "Clean" verdict lists
// it instead of passing it silently.
struct ReviewToCheck
{
    QString table, column;
    qint64 row = -1;
    QString sample;   // masked
    QString app;      // filled by SnapshotReviewer::locate, null when not known
    QString question; // the question's label
};

// The review of one snapshot: identity, integrity, conformance with upstream's schema, a contents summary and
// a personal-data scan over every text cell of every real table. Built by SnapshotReviewer::review() (slow: run
// it off the GUI thread), then a plain value type. Every string from the file is data: toText() shows control and
// bidirectional-override characters as \uXXXX, toJson() escapes as JSON does; nothing is ever markup.
struct ReviewReport
{
    struct Options
    {
        bool computeSha256 = true;
        qint64 timeLimitMs = 60000;     // for all SQLite work together; past it the report says what was not done
        qint64 maxScanCells = 20000000; // text cells the personal-data scan reads at most
        // Every finding is listed one by one (JSON, text, record): no limit per (code, table, column) unless
        // set; past maxListedFindings in all, the rest are counted per kind in summary findings (unlisted >
        // 0) and the review says it is incomplete.
        int maxFindingsPerKind = INT_MAX;
        qint64 maxListedFindings = 1000000;
        // Small counts: counter values and bar/hbar/histogram bar heights that are whole numbers from 1 to
        // minCount-1 are findings ("small-count"). 0 (or 1): off.
        int minCount = 0;
        // Tables besides upstream's that a policy allows: not a nonconformity (still scanned).
        QStringList allowedExtraTables;
        // For tests: called on the reviewing thread once the file is hashed and before SQLite reads it.
        std::function<void()> afterIdentity;
    };

    FileIdentity identity;
    QString openError;       // non-empty: the file could not be opened as a snapshot ("unreadable", exit 2)
    QString englishOpenError; // the same in English, for toJson()
    QStringList integrity;   // {"ok"} or SQLite's messages; empty when not run
    bool conformant = false; // schema and data match upstream's (django_migrations, sqlite_sequence allowed)
    QVector<ReviewFinding> findings;
    QStringList notes;       // limits reached, work not done (not findings); UI language
    QStringList englishNotes; // the same in English, for toJson()

    // Contents.
    QStringList apps;                       // names, file order
    QMap<QString, int> questionsPerKind;    // kindId → count
    qint64 bucketPoints = 0;
    QString createdFirst, createdLast;      // created_at range over counters, gauges and buckets
    qint64 executionDeltas = -1;            // rows in insights_executiondelta; -1 when absent
    QString executedFirst, executedLast;

    // Values to check by eye (at most maxToCheck listed; toCheckCount counts them all).
    QVector<ReviewToCheck> toCheck;
    qint64 toCheckCount = 0;
    static constexpr int maxToCheck = 10000;
    // The detectors the personal-data scan ran ("email", "phone", …, PersonalDataScanner::kindId).
    static QStringList detectorIds();

    // Personal-data scan.
    int scannedTables = 0;
    qint64 scannedCells = 0;
    bool scanComplete = false;

    void setOpenError(const LocalizedText &error)
    {
        openError = error.text;
        englishOpenError = error.english;
    }
    void addNote(const LocalizedText &note)
    {
        notes.append(note.text);
        englishNotes.append(note.english);
    }

    bool readable() const { return openError.isEmpty(); }
    bool integrityOk() const { return integrity == QStringList{QStringLiteral("ok")}; }
    // 0 conformant, integrity ok and no findings; 1 findings or nonconformities; 2 unreadable. Acknowledged
    // findings (a policy) do not count, nor does the nonconformity they describe.
    int exitCode() const;
    int acknowledgedCount() const;

    // JSON keeps one language: English texts (messages, notes, error), whatever the UI language.
    QByteArray toJson() const;
    // For people: follows the UI language (QCoreApplication::translate, context iv::ReviewReport).
    QString toText() const;

    // Where a finding is, for people: "app Shop, question orders, insights_counter.desc row 1".
    static QString place(const ReviewFinding &finding);
    // File text made visible: control characters (ANSI escapes included) and bidirectional overrides as \uXXXX.
    static QString visible(const QString &text);
};

} // namespace iv
