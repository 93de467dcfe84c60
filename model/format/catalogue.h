// SPDX-License-Identifier: MIT
#pragma once

#include "metrickind.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <cmath>

namespace iv {

// One question of a snapshot: a counter, a gauge or a bucket's metadata. Bucket values are not part of it; they
// are loaded on demand (SnapshotFile::loadBucketValues). Strings are exactly as stored; a NULL column is a null
// QString (isNull()), so "stored NULL" and "stored empty" stay distinguishable.
struct Question
{
    MetricKind kind = MetricKind::Unknown;
    qint64 id = 0;                // row id in its table
    QString label;
    QString question;
    QString desc;
    QString createdAt;            // stored text, e.g. "2026-11-28 04:00:36.824121"
    QString appUuid;

    // Counters and gauges. A counter's value is an integer; a gauge's a real. When the stored cell is NULL or
    // text that is not a number, valueValid is false and rawValue holds what was stored.
    qint64 intValue = 0;
    double value = std::nan("");
    bool valueValid = false;
    bool valueIsInteger = false; // stored as an INTEGER (or integer text): --dump-json writes it as one
    QString rawValue;

    // Buckets.
    qint64 bucketType = 0;
    QString xlabel;
    QString xformat;
    QString ylabel;
    QString yformat;
    QString title;
    qint64 pointCount = 0;

    // The text shown for the question: the question, else its label.
    QString displayText() const;
    bool isBucket() const { return isBucketKind(kind); }
};

// An app as stored in insights_app, with its questions in dashboard order.
struct App
{
    QString uuid;
    QString module;
    QString label;
    QVector<Question> questions;

    // Shown by label, else module.
    QString name() const;
};

// Everything cheap about a snapshot: apps, counters, gauges, bucket metadata and point counts. Never holds
// bucket values. A plain value type: copy it freely, pass it between threads.
struct Catalogue
{
    QString filePath;
    QVector<App> apps;
    QString latestCreatedAt;   // max(created_at) over counters, gauges and buckets; null when none
    QStringList warnings;      // tolerated oddities (orphan rows, missing optional columns, bad values)

    int questionCount() const;
    int countOf(MetricKind kind) const;
    // nullptr when absent. Labels are unique per table, so (kind family, label) identifies a question.
    const Question *findBucket(const QString &label) const;
    const Question *find(MetricKind kind, const QString &label) const;
    const App *findApp(const QString &uuid) const;
};

} // namespace iv
