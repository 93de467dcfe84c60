// SPDX-License-Identifier: MIT
#pragma once
// Loads one bucket (question + values) through the model, for tests.

#include "snapshotfile.h"

namespace ivtest {

struct LoadedBucket
{
    iv::Question question;
    iv::BucketValues values;
};

inline LoadedBucket loadBucket(const QString &path, const QString &label)
{
    QString error;
    auto file = iv::SnapshotFile::open(path, &error);
    if (!file)
        qFatal("open: %s", qPrintable(error));
    auto catalogue = file->readCatalogue(&error);
    if (!catalogue)
        qFatal("catalogue: %s", qPrintable(error));
    const iv::Question *q = catalogue->findBucket(label);
    if (!q)
        qFatal("no bucket %s", qPrintable(label));
    auto values = file->loadBucketValues(q->id, &error);
    if (!values)
        qFatal("values: %s", qPrintable(error));
    return {*q, *values};
}

} // namespace ivtest
