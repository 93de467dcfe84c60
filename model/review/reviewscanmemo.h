// SPDX-License-Identifier: MIT
#pragma once

#include "bucketcontext.h"
#include "keyedhash.h"
#include "personaldatascanner.h"
#include "reviewreport.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <atomic>

namespace iv {

// What one review's personal-data scan found, kept for a later review of a file made from the same one (the
// redacted copy's check): the detectors' result depends only on what they read, so a text byte-identical to
// one already scanned, and a bucket whose categories and context are exactly those already scanned, are not
// scanned again. Everything else (changed texts, any bucket whose category list or context differs, the
// structure, free pages, trailing bytes, sidecars, integrity) the later review reads in full; a bucket made
// only of stand-ins the redactor wrote (standIns) is checked against that plan. Bounded like
// the review's own memo (short texts only; it starts over at a limit). Not thread-safe: one review at a time.
struct ReviewScanMemo
{
    // A text (at most maxText characters) → what PersonalDataScanner::scan found in it, without context,
    // when it found something.
    QHash<QString, QVector<PersonalDataScanner::Match>> texts;
    static constexpr qsizetype maxText = 256;
    static constexpr qsizetype maxTexts = 1 << 17;
    // Text cells (their UTF-8 bytes, at most maxText of them) in which PersonalDataScanner::scan found
    // nothing, without context: most cells of a snapshot (timestamps, labels), repeated across buckets. As
    // keyed 128-bit fingerprints (FingerprintSet), so a cell seen before costs a hash, no text is decoded,
    // and millions of them fit in a few tens of MiB.
    FingerprintSet cleanTexts;

    // A bucket's distinct categories, scanned together with its context
    // (PersonalDataScanner::scanCategories).
    struct Bucket
    {
        BucketContext context;
        QStringList categories;
        QVector<QVector<PersonalDataScanner::Match>> found;
        QVector<bool> toCheck;
    };
    QHash<qint64, Bucket> buckets; // bucket id →
    // The redactor's plan: bucket id → the stand-ins it wrote as whole categories of that bucket's rows
    // (generated text, "Person 7", "redacted-email-3": no byte of an original value). A later review finding
    // a bucket whose every distinct category is one of these verifies it against the plan instead of running
    // the detectors on it: nothing of the original remains in it to find. A bucket holding any other
    // category (a value left as it was, a text with a stand-in inside it) is scanned in full.
    QHash<qint64, QSet<QString>> standIns;
    // Buckets reused and texts found in the memo by the last review that used it (for tests and benchmarks).
    qint64 bucketsReused = 0;
    qint64 textsReused = 0;
    qint64 bucketsVerifiedByPlan = 0;
};

namespace SnapshotReviewer {

// review() sharing its scan through memo: what memo holds from an earlier review is reused where the file is
// byte-identical, and what this review scans is added to it.
ReviewReport review(const QString &path, const ReviewReport::Options &options, const std::atomic_bool *cancel,
                    ReviewScanMemo &memo);

} // namespace SnapshotReviewer
} // namespace iv
