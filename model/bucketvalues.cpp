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

void BucketValues::append(const BucketValues &other)
{
    const int offset = size();
    ids.append(other.ids);
    x.append(other.x);
    y.append(other.y);
    timestamps.append(other.timestamps);
    QVector<qint32> remap(other.categories.size());
    for (int i = 0; i < other.categories.size(); ++i)
        remap[i] = internCategory(other.categories.at(i));
    categoryIndex.reserve(offset + other.size());
    for (const qint32 c : other.categoryIndex)
        categoryIndex.append(c < 0 ? -1 : remap.at(c));
    for (auto it = other.timestampText.cbegin(); it != other.timestampText.cend(); ++it)
        timestampText.insert(offset + it.key(), it.value());
    invalidTimestampCount += other.invalidTimestampCount;
    invalidNumberCount += other.invalidNumberCount;
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
