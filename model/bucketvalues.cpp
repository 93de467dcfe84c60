// SPDX-License-Identifier: MIT
#include "bucketvalues.h"

#include "timestamp.h"


namespace iv {

void BucketValues::reserve(int n)
{
    ids.reserve(n);
    x.reserve(n);
    y.reserve(n);
    timestamps.reserve(n);
    categoryIndex.reserve(n);
}

QString BucketValues::timestampAt(int i) const
{
    const auto it = timestampText.constFind(i);
    if (it != timestampText.cend())
        return *it;
    const qint64 t = timestamps.at(i);
    if (t == Timestamp::Invalid)
        return QString(); // SQL NULL (malformed text is always in timestampText)
    return Timestamp::formatDjango(t);
}

qint32 BucketValues::internCategory(const QString &category)
{
    if (category.isNull())
        return -1;
    const auto it = m_categoryLookup.constFind(category);
    if (it != m_categoryLookup.cend())
        return *it;
    const qint32 index = static_cast<qint32>(categories.size());
    categories.append(category);
    m_categoryLookup.insert(category, index);
    return index;
}

} // namespace iv
