// SPDX-License-Identifier: MIT
#include "bucketoverlay.h"

#include "snapshotfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace iv {

namespace {

// One side: opens path, finds the bucket, loads its values. False with *error on a failure; *found false when
// the file simply lacks the bucket.
bool loadSide(const QString &path, const QString &label, const std::atomic_bool *cancel, Question *question,
              BucketValues *values, bool *found, QString *error)
{
    *found = false;
    const std::unique_ptr<SnapshotFile> file = SnapshotFile::open(path, error);
    if (!file)
        return false;
    const std::optional<Catalogue> cat = file->readCatalogue(error);
    if (!cat)
        return false;
    const Question *q = cat->findBucket(label);
    if (!q)
        return true;
    std::optional<BucketValues> v = file->loadBucketValues(q->id, error, cancel);
    if (!v)
        return false;
    *question = *q;
    *values = std::move(*v);
    *found = true;
    return true;
}

// Sum of xvalue per category, in order of first appearance (upstream draws one bar per row; rows of one
// category are rare and are summed here so a pair stays one number).
QVector<std::pair<QString, double>> barsOf(const BucketValues &v)
{
    QVector<std::pair<QString, double>> bars;
    QHash<QString, int> index;
    for (int i = 0; i < v.size(); ++i) {
        const QString category = v.categoryAt(i);
        const double x = v.x.at(i);
        auto it = index.constFind(category);
        if (it == index.cend()) {
            index.insert(category, static_cast<int>(bars.size()));
            bars.append({category, x});
        } else {
            bars[*it].second += x;
        }
    }
    return bars;
}

} // namespace

BucketOverlay BucketOverlay::load(const QString &olderPath, const QString &newerPath, const QString &label,
                                  const std::atomic_bool *cancel)
{
    BucketOverlay o;
    Question olderQuestion;
    if (!loadSide(olderPath, label, cancel, &olderQuestion, &o.older, &o.hasOlder, &o.error))
        return o;
    if (!loadSide(newerPath, label, cancel, &o.question, &o.newer, &o.hasNewer, &o.error))
        return o;
    if (!o.hasNewer)
        o.question = olderQuestion;
    if (!o.hasOlder && !o.hasNewer) {
        o.error = QCoreApplication::translate("iv::BucketOverlay",
                                              "neither snapshot holds a bucket labelled \"%1\"")
                      .arg(label);
        return o;
    }
    o.pairCategories();
    return o;
}

void BucketOverlay::pairCategories()
{
    added.clear();
    removed.clear();
    pairs.clear();
    const QSet<QString> olderSet(older.categories.cbegin(), older.categories.cend());
    const QSet<QString> newerSet(newer.categories.cbegin(), newer.categories.cend());
    for (const QString &c : std::as_const(newer.categories))
        if (!olderSet.contains(c))
            added << c;
    for (const QString &c : std::as_const(older.categories))
        if (!newerSet.contains(c))
            removed << c;
    if (question.kind != MetricKind::Barchart && question.kind != MetricKind::Hbarchart)
        return;
    const auto olderBars = barsOf(older);
    QHash<QString, double> olderByCategory;
    for (const auto &[c, x] : olderBars)
        olderByCategory.insert(c, x);
    QSet<QString> paired;
    for (const auto &[c, x] : barsOf(newer)) {
        pairs.append({c, olderByCategory.value(c, std::nan("")), x});
        paired.insert(c);
    }
    for (const auto &[c, x] : olderBars)
        if (!paired.contains(c))
            pairs.append({c, x, std::nan("")});
}

} // namespace iv
