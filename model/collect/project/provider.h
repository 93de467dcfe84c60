// SPDX-License-Identifier: MIT
#pragma once

#include "metrickind.h"
#include "programlaunch.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace iv {

// One row of a bucket as upstream stores it: timestamp is Django's text form or null.
struct MetricPoint
{
    QString timestamp;
    double x = 0;
    double y = 0;
    QString category;
};

// A metric with its texts and, once collected, its value(s). Which fields count follows kind: counters use
// intValue, gauges value, bucket kinds points. Null QStrings are written as SQL NULL.
struct CollectedMetric
{
    QString appModule;
    QString appLabel; // null = the project's label for appModule (if any)
    MetricKind kind = MetricKind::Unknown;
    QString label, question, desc, xlabel, xformat, ylabel, yformat, title;
    qint64 intValue = 0;
    double value = 0;
    std::vector<MetricPoint> points;
};

// What a running provider reports to. Implemented by Collector; called from the worker thread.
class CollectSink
{
public:
    virtual ~CollectSink() = default;
    virtual bool isCanceled() const = 0;
    // Progress of one metric (done of total steps; total 0 = unknown).
    virtual void progress(const QString &metric, int done, int total) = 0;
    virtual void log(const QString &line) = 0;
    // Progress of the provider as a whole, when it knows it (Django's k/N).
    virtual void overallProgress(int done, int total) = 0;
    // Hands over one finished metric; false (with *error) when it cannot be written (duplicate label …).
    virtual bool addMetric(CollectedMetric metric, QString *error) = 0;
    // Called by a provider right before it starts a program: false (with *error) when what would run is no
    // longer what the user allowed (a program or script changed since); the provider then starts nothing.
    virtual bool approveLaunch(const QString &provider, QString *error)
    {
        Q_UNUSED(provider);
        Q_UNUSED(error);
        return true;
    }
};

// A source of metrics: the project file configures it, the Collector runs it in a worker thread. run() is
// blocking, polls sink.isCanceled() often, and on failure returns false with *error naming the metric and
// quoting the underlying tool's or database's own message. Adding a kind = one subclass + one line in
// ProviderRegistry::builtins().
class Provider
{
public:
    virtual ~Provider() = default;
    virtual QString name() const = 0;
    virtual QString kind() const = 0;
    // Human-readable one-liner (source, program …) for lists and logs.
    virtual QString summary() const = 0;
    // Metric labels known before running (empty when only the run reveals them, e.g. command output).
    virtual QStringList metricLabels() const = 0;
    // The programs run() will start (none for providers that only query databases), for the trust prompt.
    virtual QList<ProgramLaunch> programs() const { return {}; }
    // Restricts the run to these labels (providers that cannot choose ignore it and collect everything).
    virtual void setSelectedMetrics(const QStringList &labels) { m_selected = labels; }
    // Keep going: a failing metric does not stop the others; run() then fails at the end with every
    // failure, one per line (providers that run one program ignore it).
    void setKeepGoing(bool on) { m_keepGoing = on; }
    virtual bool run(CollectSink &sink, QString *error) = 0;

protected:
    QStringList m_selected;
    bool m_keepGoing = false;
};

} // namespace iv
