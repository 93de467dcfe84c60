// SPDX-License-Identifier: MIT
#pragma once

#include "reviewrecord.h"
#include "triage.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace iv {

// What an officer did on the Review page for one file: decision (with its time), note, the findings'
// filter and sort, each finding's triage (by Triage::key) and the policy chosen. Kept per file content
// (its SHA-256), so it survives leaving the page, re-reviewing and restarting, and a changed file starts
// afresh. A plain value type.
struct ReviewDeskState
{
    ReviewRecord::Decision decision = ReviewRecord::Decision::None;
    QDateTime decidedAt; // UTC, invalid when no decision
    QString note;
    QString filterText;
    QString kindFilter; // the severity/kind/state choice's data ("severity:error", "code:…", "" for all)
    QString appFilter;  // the app facet ("" for all)
    QString questionFilter; // the question facet ("" for all)
    int sortColumn = -1;    // FindingsModel column, -1: the default
    bool sortDescending = false;
    bool grouped = false; // findings grouped per question
    QString policyPath;
    QHash<QString, Triage> triage; // Triage::key → judgement (those the officer changed)

    QByteArray toJson() const;
    // nullopt when the text is not such a state (unknown keys are ignored, bad values refused).
    static std::optional<ReviewDeskState> fromJson(const QByteArray &json);
};

// Where ReviewDeskState lives: one small JSON file per SHA-256 under the user's data directory
// (QStandardPaths::AppDataLocation/reviews, or the directory given), readable by the user only. Nothing of
// the snapshot's text is stored: findings are known by their hashed key. GUI thread (small files).
class ReviewDeskStore
{
public:
    explicit ReviewDeskStore(const QString &directory = QString());

    QString directory() const { return m_directory; }
    QString pathFor(const QString &sha256) const;      // empty when sha256 is not 64 hex digits
    ReviewDeskState load(const QString &sha256) const; // a default state when none is stored
    bool save(const QString &sha256, const ReviewDeskState &state, QString *error = nullptr) const;

private:
    QString m_directory;
};

} // namespace iv
