// SPDX-License-Identifier: MIT
#include "bucketvalues.h"

#include "timestamp.h"

#include <QByteArray>

#include <cmath>
#include <limits>

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

double parseNumericText(QByteArrayView text, bool *ok, bool *isInteger, qint64 *intValue)
{
    if (isInteger)
        *isInteger = false;
    const QByteArray t = text.toByteArray().trimmed();
    bool okInt = false;
    const qint64 i = t.toLongLong(&okInt);
    if (okInt) {
        *ok = true;
        if (isInteger)
            *isInteger = true;
        if (intValue)
            *intValue = i;
        return static_cast<double>(i);
    }
    // Python's float() spellings of the non-finite values, in any case; QByteArray::toDouble knows only some.
    QByteArray word = t.toLower();
    const bool negative = word.startsWith('-');
    if (negative || word.startsWith('+'))
        word.remove(0, 1);
    if (word == "inf" || word == "infinity") {
        *ok = true;
        return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    }
    if (word == "nan") {
        *ok = true;
        return std::numeric_limits<double>::quiet_NaN();
    }
    const double d = t.toDouble(ok);
    if (*ok && !std::isfinite(d)) // an overflowing literal is not a number; only the words above are infinite
        *ok = false;
    return *ok ? d : std::numeric_limits<double>::quiet_NaN();
}

bool exactInt64(double d, qint64 *out)
{
    // 2^63 is exactly representable as a double; every double below it (and at or above -2^63) converts.
    constexpr double limit = 9223372036854775808.0;
    if (!std::isfinite(d) || d < -limit || d >= limit || d != std::trunc(d))
        return false;
    *out = static_cast<qint64>(d);
    return true;
}

} // namespace iv
