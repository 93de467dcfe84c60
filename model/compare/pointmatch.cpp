// SPDX-License-Identifier: MIT
#include "pointmatch.h"

#include "localizedtext.h"
#include "numberformat.h"
#include "snapshotdiff.h"
#include "snapshotfile.h"
#include "timestamp.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace iv::PointMatch {

namespace {

LocalizedText describeKey(const BucketValues &v, int i)
{
    QStringList parts;
    if (!v.timestampAt(i).isNull())
        parts << v.timestampAt(i);
    if (!v.categoryAt(i).isNull())
        parts << v.categoryAt(i);
    return parts.isEmpty() ? LocalizedText::translate("iv::SnapshotDiff", "point %1").arg(i + 1)
                           : LocalizedText::same(parts.join(QStringLiteral(" / ")));
}

// A point as people read it (UI language's notation) and as the English JSON carries it (C locale).
LocalizedText pointText(const BucketValues &v, int i)
{
    const NumberFormat format = NumberFormat::ui();
    LocalizedText t;
    // With a decimal comma ("55,5") the two numbers are parted by a semicolon, as German and Dutch write it.
    const bool comma = format.locale().decimalPoint() == QLatin1String(",");
    t.text = (comma ? QStringLiteral("(%1; %2)") : QStringLiteral("(%1, %2)"))
                 .arg(format.exact(v.x.at(i)), format.exact(v.y.at(i)));
    t.english = QStringLiteral("(%1, %2)").arg(SnapshotDiff::exactText(v.x.at(i)), SnapshotDiff::exactText(v.y.at(i)));
    return t;
}

// A point's identity (timestamp, category) as numbers both buckets share, so matching needs no text per
// point: a timestamp is absent, canonical (by its microseconds: Django's form is one text per instant) or
// stored text (by an id per distinct text); a category is absent or an id per distinct text.
struct PointKey
{
    qint8 timeKind = 0; // 0 absent, 1 canonical, 2 stored text
    qint64 time = 0;    // microseconds, or the text's id
    qint32 category = -1;
    bool operator==(const PointKey &o) const
    {
        return timeKind == o.timeKind && time == o.time && category == o.category;
    }
    bool operator<(const PointKey &o) const
    {
        if (timeKind != o.timeKind)
            return timeKind < o.timeKind;
        if (time != o.time)
            return time < o.time;
        return category < o.category;
    }
};

QVector<PointKey> pointKeys(const BucketValues &v, QHash<QString, qint32> *categoryIds,
                            QHash<QString, qint64> *textIds)
{
    QVector<qint32> category(v.categories.size());
    for (int c = 0; c < v.categories.size(); ++c) {
        const QString &name = v.categories.at(c);
        const auto it = categoryIds->constFind(name);
        category[c] =
            it != categoryIds->cend() ? *it : *categoryIds->insert(name, qint32(categoryIds->size()));
    }
    QVector<PointKey> keys(v.size());
    for (int i = 0; i < v.size(); ++i) {
        PointKey &k = keys[i];
        const auto text = v.timestampText.constFind(i);
        if (text != v.timestampText.cend()) {
            k.timeKind = 2;
            const auto id = textIds->constFind(*text);
            k.time = id != textIds->cend() ? *id : *textIds->insert(*text, textIds->size());
        } else if (v.timestamps.at(i) != Timestamp::Invalid) {
            k.timeKind = 1;
            k.time = v.timestamps.at(i);
        }
        const qint32 c = v.categoryIndex.at(i);
        k.category = c >= 0 && c < category.size() ? category.at(c) : -1;
    }
    return keys;
}

} // namespace

void comparePoints(const BucketValues &a, const BucketValues &b, double tolerance, QuestionDiff *d)
{
    QHash<QString, qint32> categoryIds;
    QHash<QString, qint64> textIds;
    const QVector<PointKey> ka = pointKeys(a, &categoryIds, &textIds);
    const QVector<PointKey> kb = pointKeys(b, &categoryIds, &textIds);
    QVector<int> changed; // rows of b whose point changed, for the first examples in b's order
    auto compare = [&](int i, int j) {
        const double xa = a.x.at(i), xb = b.x.at(j), ya = a.y.at(i), yb = b.y.at(j);
        if (!sameNumber(xa, xb) || !sameNumber(ya, yb)) {
            if (tolerance > 0 && (sameNumber(xa, xb) || SnapshotDiff::withinTolerance(xa, xb, tolerance)) &&
                (sameNumber(ya, yb) || SnapshotDiff::withinTolerance(ya, yb, tolerance))) {
                ++d->tolerantPoints;
                return;
            }
            ++d->changedPoints;
            if (changed.size() < 5 || j < changed.last()) {
                changed.insert(std::upper_bound(changed.begin(), changed.end(), j), j);
                if (changed.size() > 5)
                    changed.removeLast();
            }
        }
    };
    // The usual case: the same points in the same order.
    if (ka == kb) {
        for (int i = 0; i < a.size(); ++i)
            compare(i, i);
    } else {
        auto sorted = [](const QVector<PointKey> &k) {
            QVector<int> order(k.size());
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&k](int x, int y) { return k.at(x) < k.at(y); });
            return order;
        };
        const QVector<int> oa = sorted(ka), ob = sorted(kb);
        int i = 0, j = 0;
        while (i < oa.size() && j < ob.size()) {
            const PointKey &x = ka.at(oa.at(i)), &y = kb.at(ob.at(j));
            if (x < y) {
                ++d->removedPoints;
                ++i;
            } else if (y < x) {
                ++d->addedPoints;
                ++j;
            } else {
                compare(oa.at(i++), ob.at(j++));
            }
        }
        d->removedPoints += oa.size() - i;
        d->addedPoints += ob.size() - j;
    }
    if (!changed.isEmpty()) {
        // The row of a for each example: the same n-th occurrence of b's key.
        QHash<int, int> rowOfB; // b row → a row, for the few examples only
        for (const int j : std::as_const(changed)) {
            int nth = 0;
            for (int t = 0; t < j; ++t)
                nth += kb.at(t) == kb.at(j) ? 1 : 0;
            for (int i = 0; i < ka.size(); ++i)
                if (ka.at(i) == kb.at(j) && nth-- == 0) {
                    rowOfB.insert(j, i);
                    break;
                }
        }
        for (const int j : std::as_const(changed))
            d->changedExamples << LocalizedText::same(QStringLiteral("%1: %2 → %3"))
                                      .arg(describeKey(b, j), pointText(a, rowOfB.value(j)), pointText(b, j));
    }
}

} // namespace iv::PointMatch
