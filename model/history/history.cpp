// SPDX-License-Identifier: MIT
#include "history.h"

#include "timestamp.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

namespace iv {

int HistorySeries::previous(int before) const
{
    for (int i = before - 1; i >= 0; --i)
        if (has(i))
            return i;
    return -1;
}

int HistorySeries::first() const
{
    for (int i = 0; i < states.size(); ++i)
        if (has(i))
            return i;
    return -1;
}

HistoryDelta HistorySeries::change(int from, int to) const
{
    HistoryDelta d;
    if (from < 0 || to < 0 || !has(from) || !has(to))
        return d;
    d.valid = true;
    d.from = values.at(from);
    d.to = values.at(to);
    d.absolute = d.to - d.from;
    d.percent = d.from == 0 ? std::nan("") : d.absolute / std::abs(d.from) * 100.0;
    return d;
}

QString History::siteName() const
{
    if (snapshots.isEmpty())
        return QString();
    QStringList names;
    for (const auto &app : snapshots.constLast().apps)
        names << app.name;
    return names.join(QStringLiteral(", "));
}

int History::seriesIndex(MetricKind kind, const QString &label) const
{
    for (int i = 0; i < series.size(); ++i)
        if (series.at(i).kind == kind && series.at(i).label == label)
            return i;
    return -1;
}

const SnapshotSummary::Bucket *History::bucket(int snapshot, const QString &label) const
{
    if (snapshot < 0 || snapshot >= snapshots.size())
        return nullptr;
    for (const auto &b : snapshots.at(snapshot).buckets)
        if (b.label == label)
            return &b;
    return nullptr;
}

QStringList History::bucketLabels() const
{
    QStringList labels;
    QSet<QString> seen;
    for (int i = size() - 1; i >= 0; --i)
        for (const auto &b : snapshots.at(i).buckets)
            if (!seen.contains(b.label)) {
                seen.insert(b.label);
                labels << b.label;
            }
    return labels;
}

void History::buildSeries()
{
    series.clear();
    QHash<QString, int> index; // "kind\nlabel" → series
    auto key = [](MetricKind kind, const QString &label) {
        return QString::number(int(kind)) + QLatin1Char('\n') + label;
    };
    const int n = size();
    // Newest first, so the latest snapshot sets the order and the names.
    for (int i = n - 1; i >= 0; --i) {
        const SnapshotSummary &s = snapshots.at(i);
        for (const auto &m : s.metrics) {
            const QString k = key(m.kind, m.label);
            if (index.contains(k))
                continue;
            HistorySeries hs;
            hs.kind = m.kind;
            hs.app = m.app;
            for (const auto &app : s.apps)
                if (app.module == m.app)
                    hs.appName = app.name;
            if (hs.appName.isEmpty())
                hs.appName = m.app;
            hs.label = m.label;
            hs.question = m.question;
            hs.values.fill(std::nan(""), n);
            hs.intValues.fill(0, n);
            hs.integer.fill(false, n);
            hs.states.fill(HistorySeries::Absent, n);
            index.insert(k, static_cast<int>(series.size()));
            series.append(std::move(hs));
        }
    }
    for (int i = 0; i < n; ++i) {
        SnapshotSummary &s = snapshots[i];
        for (const auto &m : std::as_const(s.metrics)) {
            HistorySeries &hs = series[index.value(key(m.kind, m.label))];
            if (!m.valueValid) {
                hs.states[i] = HistorySeries::NotANumber;
                continue;
            }
            hs.states[i] = std::isfinite(m.value) ? HistorySeries::Number : HistorySeries::NotANumber;
            hs.values[i] = m.value;
            hs.integer[i] = m.valueIsInteger;
            hs.intValues[i] = m.intValue;
        }
        s.metrics.clear();
        s.metrics.squeeze();
    }

    // The coarsest precision at which no two snapshots read the same.
    auto distinctAt = [this](qint64 unit) {
        for (int i = 1; i < size(); ++i) {
            const qint64 a = snapshots.at(i - 1).collectedAt, b = snapshots.at(i).collectedAt;
            if (a - (a % unit + unit) % unit == b - (b % unit + unit) % unit)
                return false;
        }
        return true;
    };
    timePrecision = distinctAt(60000000)  ? TimePrecision::Minute
                    : distinctAt(1000000) ? TimePrecision::Second
                                          : TimePrecision::Fraction;
}

QString History::timeText(qint64 micros, TimePrecision precision)
{
    if (micros == Timestamp::Invalid)
        return QString();
    const QString django = Timestamp::formatDjango(micros); // "YYYY-MM-DD HH:MM:SS[.ffffff]"
    const QString text = precision == TimePrecision::Minute   ? django.left(16)
                         : precision == TimePrecision::Second ? django.left(19)
                                                              : django;
    return QCoreApplication::translate("iv::History", "%1 UTC", "a collection time").arg(text);
}

HistoryTrend HistoryTrend::of(const History &history, const HistorySeries &series)
{
    HistoryTrend t;
    t.question.kind = MetricKind::Timeseries;
    t.question.bucketType = 1;
    t.question.label = series.label;
    t.question.question = series.question;
    t.question.title = series.question;
    t.question.appUuid = series.app;
    t.question.xlabel = QCoreApplication::translate("iv::HistoryTrend", "collected");
    t.question.ylabel = series.label;
    for (int i = 0; i < history.size(); ++i) {
        if (!series.has(i))
            continue;
        t.values.ids.append(i);
        t.values.x.append(series.values.at(i));
        t.values.y.append(std::nan(""));
        t.values.timestamps.append(history.snapshots.at(i).collectedAt);
        t.values.categoryIndex.append(-1);
    }
    t.question.pointCount = t.values.size();
    return t;
}

} // namespace iv
