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
// match). Personal data and secrets are acknowledged one by one (a row or a sample), never by place alone.
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
        QString note;     // why it was accepted (shown nowhere else; for people reading the policy)

        bool matches(const ReviewFinding &finding) const;
    };

    QString path;     // the file it was read from
    int minCount = 0; // 0: the small-count rule is off
    QStringList allowedTables;
    QVector<Acknowledgement> acknowledged;

    // The acknowledgement that accepts exactly this finding next time: its code, app, question, table and
    // column, and its masked sample (rows move between snapshots) or, without a sample, its row. nullopt when
    // the finding has no place to name (e.g. a failed integrity check: that is never accepted by a policy).
    static std::optional<Acknowledgement> acknowledgementFor(const ReviewFinding &finding,
                                                             const QString &note);
    // The policy as JSON that parse() reads back (docs/review-policy.schema.json).
    QByteArray toJson() const;

    // Codes an acknowledgement must pin to a row or a masked sample (personal data, secrets): a place alone
    // would accept every new value written there.
    static bool pinnedOnly(const QString &code);

    // nullopt and *error ("PATH: reason") when the file cannot be read or does not follow the schema.
    static std::optional<ReviewPolicy> load(const QString &path, QString *error);
    // The same for JSON text; the reason only in *error (no path).
    static std::optional<ReviewPolicy> parse(const QByteArray &json, QString *error);

    // The review options the policy sets (minCount, allowedExtraTables; every finding listed one by one so
    // each can be matched).
    void configure(ReviewReport::Options &options) const;
    // Marks the report's findings that an acknowledgement matches (run after SnapshotReviewer::locate, so app
    // and question are known); acknowledgements that matched nothing are listed in the notes. Returns the
    // number of findings acknowledged.
    int apply(ReviewReport &report) const;
};

} // namespace iv
