// SPDX-License-Identifier: MIT
#include "collectcheck.h"

#include "bucketvalues.h"
#include "catalogue.h"
#include "collectproject.h"
#include "snapshotfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace iv::CollectCheck {

namespace {

QString keyOf(const CollectedMetric &m)
{
    return metricTable(m.kind) + QLatin1Char('\n') + m.label;
}

bool near(double a, double b)
{
    if (a == b)
        return true;
    return std::fabs(a - b) <= RelativeTolerance * std::max(std::fabs(a), std::fabs(b));
}

std::vector<MetricPoint> sorted(std::vector<MetricPoint> points)
{
    std::sort(points.begin(), points.end(), [](const MetricPoint &a, const MetricPoint &b) {
        return std::tie(a.timestamp, a.category, a.x, a.y) < std::tie(b.timestamp, b.category, b.x, b.y);
    });
    return points;
}

QString number(double v)
{
    return QString::number(v, 'g', 17);
}

// "exact", "tolerance" or "different" (with *detail).
QString compareOne(const CollectedMetric &c, const CollectedMetric &r, QString *detail)
{
    if (c.kind != r.kind) {
        *detail = QCoreApplication::translate("iv::Collect", "kind %1, reference %2")
                      .arg(kindId(c.kind), kindId(r.kind));
        return QStringLiteral("different");
    }
    if (c.kind == MetricKind::Counter) {
        if (c.intValue == r.intValue)
            return QStringLiteral("exact");
        *detail =
            QCoreApplication::translate("iv::Collect", "%1, reference %2").arg(c.intValue).arg(r.intValue);
        return QStringLiteral("different");
    }
    if (c.kind == MetricKind::Gauge) {
        if (c.value == r.value)
            return QStringLiteral("exact");
        *detail = QCoreApplication::translate("iv::Collect", "%1, reference %2")
                      .arg(number(c.value), number(r.value));
        return near(c.value, r.value) ? QStringLiteral("tolerance") : QStringLiteral("different");
    }
    if (c.points.size() != r.points.size()) {
        *detail = QCoreApplication::translate("iv::Collect", "%1 values, reference %2")
                      .arg(c.points.size())
                      .arg(r.points.size());
        return QStringLiteral("different");
    }
    const std::vector<MetricPoint> a = sorted(c.points), b = sorted(r.points);
    bool exact = true;
    for (size_t i = 0; i < a.size(); ++i) {
        const MetricPoint &p = a[i], &q = b[i];
        if (p.timestamp != q.timestamp || p.category != q.category || !near(p.x, q.x) || !near(p.y, q.y)) {
            *detail = QCoreApplication::translate("iv::Collect",
                                                  "value %1: (%2, %3, %4, %5), reference (%6, %7, %8, %9)")
                          .arg(i + 1)
                          .arg(p.timestamp, number(p.x), number(p.y), p.category, q.timestamp, number(q.x),
                               number(q.y), q.category);
            return QStringLiteral("different");
        }
        exact = exact && p.x == q.x && p.y == q.y;
    }
    return exact ? QStringLiteral("exact") : QStringLiteral("tolerance");
}

} // namespace

bool readSnapshot(const QString &path, QList<CollectedMetric> *metrics, QString *error)
{
    QString why;
    auto fail = [&](const QString &reason) {
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    const auto file = SnapshotFile::open(path, &why);
    if (!file)
        return fail(why);
    const auto catalogue = file->readCatalogue(&why);
    if (!catalogue)
        return fail(why);
    for (const App &app : catalogue->apps) {
        for (const Question &q : app.questions) {
            CollectedMetric m;
            m.appModule = app.module;
            m.kind = q.kind;
            m.label = q.label;
            if (q.kind == MetricKind::Counter) {
                m.intValue = q.intValue;
                if (!q.valueIsInteger)
                    m.value = q.value;
            } else if (q.kind == MetricKind::Gauge) {
                m.value = q.value;
            } else if (q.kind != MetricKind::Unknown) {
                const auto values = file->loadBucketValues(q.id, &why, nullptr);
                if (!values)
                    return fail(QStringLiteral("%1: %2").arg(q.label, why));
                for (int i = 0; i < values->size(); ++i)
                    m.points.push_back(
                        {values->timestampAt(i), values->x.at(i), values->y.at(i), values->categoryAt(i)});
            }
            metrics->append(m);
        }
    }
    return true;
}

QList<Result> compare(const QList<CollectedMetric> &collected, const QList<CollectedMetric> &reference)
{
    QHash<QString, const CollectedMetric *> mine;
    for (const CollectedMetric &m : collected)
        mine.insert(keyOf(m), &m);
    QList<Result> out;
    QSet<QString> seen;
    for (const CollectedMetric &r : reference) {
        const QString key = keyOf(r);
        seen.insert(key);
        Result result{r.label, metricTable(r.kind), QString(), QString()};
        if (const CollectedMetric *c = mine.value(key)) {
            result.status = compareOne(*c, r, &result.detail);
        } else {
            result.status = QStringLiteral("missing");
            result.detail = QCoreApplication::translate("iv::Collect", "not collected by the project");
        }
        out << result;
    }
    for (const CollectedMetric &c : collected)
        if (!seen.contains(keyOf(c)))
            out << Result{c.label, metricTable(c.kind), QStringLiteral("missing"),
                          QCoreApplication::translate("iv::Collect", "not in the reference")};
    return out;
}

} // namespace iv::CollectCheck
