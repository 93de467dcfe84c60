// SPDX-License-Identifier: MIT
#pragma once

#include "reviewreport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace iv {

// What a signed-off review already accepted, read from a policy file (docs/review-policy.schema.json): the
// small-count threshold, extra tables that belong in the file, and acknowledged findings, each by its code
// and a place (app label, question label, table / column / row, or masked sample; every key given must
// match). Personal data and secrets are acknowledged one value at a time: by a keyed fingerprint of the value
// the review read (a masked sample or a row cannot tell one value from another), never by place alone.
// With a policy, a recurring snapshot that was signed off reviews clean until something new appears. A plain
// value type; load() reads the file, nothing else touches the disk.
struct ReviewPolicy
{
    struct Acknowledgement
    {
        QString code;     // required: the finding's code, e.g. "personal-data-email"
        QString app;      // null: any
        QString question; // null: any
        QString table;    // null: any
        QString column;   // null: any
        qint64 row = -1;  // -1: any
        QString sample;   // null: any; the masked sample as the review reports it
        // null: any (not for personal data and secrets, see valuePinned()); else "v1:SALT:KEY", SALT 16
        // random bytes of this acknowledgement and KEY PBKDF2-HMAC-SHA256 of the finding's
        // valueFingerprint with that salt, both hex: it names one value without holding it.
        QString fingerprint;
        QString note; // why it was accepted (shown nowhere else; for people reading the policy)

        bool matches(const ReviewFinding &finding) const;
        // Whether it may accept a finding at all: an acknowledgement of personal data or a secret needs a
        // fingerprint (one pinned by a masked sample or a row only accepts nothing), and a code that
        // ReviewFinding::acknowledgeable refuses is never accepted.
        bool effective() const;
    };

    QString path;     // the file it was read from
    int minCount = 0; // 0: the small-count rule is off
    QStringList allowedTables;
    QVector<Acknowledgement> acknowledged;

    // The acknowledgement that accepts exactly this finding next time: its code, app, question, table and
    // column, and its masked sample (rows move between snapshots) or, without a sample, its row; for personal
    // data and secrets also the fingerprint of its value (a fresh salt each time). nullopt when the finding
    // has no place to name, when a policy may not acknowledge its code (ReviewFinding::acknowledgeable), and
    // for personal data or a secret without a valueFingerprint.
    static std::optional<Acknowledgement> acknowledgementFor(const ReviewFinding &finding,
                                                             const QString &note);
    // The policy as JSON that parse() reads back (docs/review-policy.schema.json).
    QByteArray toJson() const;

    // Codes an acknowledgement must pin to a row or a masked sample (personal data, secrets): a place alone
    // would accept every new value written there.
    static bool pinnedOnly(const QString &code);
    // Codes an acknowledgement must pin to one value (valuePinned: the same codes as pinnedOnly): only a
    // fingerprint tells two values with the same mask apart.
    static bool valuePinned(const QString &code) { return pinnedOnly(code); }
    // The fingerprint an acknowledgement stores for a finding's valueFingerprint: "v1:SALT:KEY" with the
    // given salt (16 bytes; empty: a random one). Empty for an empty valueFingerprint.
    static QString keyedFingerprint(const QString &valueFingerprint, const QByteArray &salt = QByteArray());

    // nullopt and *error ("PATH: reason") when the file cannot be read or does not follow the schema.
    static std::optional<ReviewPolicy> load(const QString &path, QString *error);
    // The same for JSON text; the reason only in *error (no path).
    static std::optional<ReviewPolicy> parse(const QByteArray &json, QString *error);

    // The review options the policy sets (minCount, allowedExtraTables; every finding listed one by one so
    // each can be matched).
    void configure(ReviewReport::Options &options) const;
    // Marks the report's findings that an acknowledgement matches (run after SnapshotReviewer::locate, so app
    // and question are known); acknowledgements that matched nothing, and those that cannot accept anything
    // (not effective(): pinned by mask or row only, or a code no policy acknowledges), are listed in the
    // notes. Returns the number of findings acknowledged.
    int apply(ReviewReport &report) const;
};

} // namespace iv
