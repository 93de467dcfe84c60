// SPDX-License-Identifier: MIT
#pragma once

#include "bucketvalues.h"
#include "catalogue.h"
#include "snapshotsummary.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace iv {

// The change of a series between two snapshots. percent is NaN when the earlier value is 0.
struct HistoryDelta
{
    bool valid = false;
    double from = 0;
    double to = 0;
    double absolute = 0;
    double percent = 0;
};

// One counter or gauge over the snapshots of a history: one entry per snapshot, in collection order.
struct HistorySeries
{
    enum State : quint8 { Absent, Number, NotANumber };

    MetricKind kind = MetricKind::Counter;
    QString app;     // the app's module
    QString appName; // as shown (label, else module), from the latest snapshot holding the question
    QString label;
    QString question;          // as shown (question, else label)
    QVector<double> values;    // NaN when absent or not a number
    QVector<qint64> intValues; // the stored integer where integer[i]
    QVector<bool> integer;     // stored as an INTEGER (JSON writes it as one, as --dump-json does)
    QVector<quint8> states;

    bool has(int snapshot) const { return states.at(snapshot) == Number; }
    bool present(int snapshot) const { return states.at(snapshot) != Absent; }
    // The last snapshot with a value, and the last one with a value before `before`; -1 when none.
    int latest() const { return previous(static_cast<int>(states.size())); }
    int previous(int before) const;
    int first() const;
    HistoryDelta change(int from, int to) const;
};

// A file given that is not in the history, and why (unreadable, another site, no collection time).
struct HistorySkipped
{
    QString path;
    QString reason;        // UI language
    QString englishReason; // for JSON
};

// Many snapshots of one site, in collection order (the latest created_at of each file's counters, gauges and
// buckets; never the file's name or mtime). Snapshot summaries keep apps and bucket metadata; counter and
// gauge values live in series. A plain value type: built in a worker, handed to the GUI thread.
struct History
{
    QVector<SnapshotSummary> snapshots;
    QVector<HistorySeries>
        series; // the latest snapshot's counters and gauges in dashboard order, then older ones
    QVector<HistorySkipped> skipped;
    int fromCache = 0;  // snapshots whose summary came from the index cache
    int read = 0;       // files opened and read
    QString cacheError; // the cache could not be written (the history is complete anyway)

    bool isEmpty() const { return snapshots.isEmpty(); }
    int size() const { return static_cast<int>(snapshots.size()); }
    // The site's apps, as the latest snapshot names them ("Books, Users").
    QString siteName() const;
    // -1 when absent.
    int seriesIndex(MetricKind kind, const QString &label) const;
    // Buckets the two snapshots hold (by label), and the snapshot's bucket labelled label (nullptr).
    const SnapshotSummary::Bucket *bucket(int snapshot, const QString &label) const;
    // Every bucket label of the history, the latest snapshot's first.
    QStringList bucketLabels() const;

    // Fills series from the snapshots' metrics and then drops those (they are kept once, in the series), and
    // chooses timePrecision.
    void buildSeries();

    // How collection times are written for people: to the minute when that tells every snapshot apart, else
    // to the second, else with the stored fraction. Always UTC, which the text says ("2026-01-07 03:00 UTC").
    enum class TimePrecision : quint8 { Minute, Second, Fraction };
    TimePrecision timePrecision = TimePrecision::Minute;
    static QString timeText(qint64 micros, TimePrecision precision);
    QString timeText(qint64 micros) const { return timeText(micros, timePrecision); }
    QString collectedText(int snapshot) const { return timeText(snapshots.at(snapshot).collectedAt); }
};

// A counter's or gauge's trend as a timeseries question with its values (x = value, timestamp = the
// snapshot's collection time, row id = the snapshot's index), so the one chart builder draws it on screen and
// to files with the calendar ticks and number format of every other timeseries. Snapshots without a value are
// left out. A plain value type.
struct HistoryTrend
{
    Question question;
    BucketValues values;

    static HistoryTrend of(const History &history, const HistorySeries &series);
};

} // namespace iv
