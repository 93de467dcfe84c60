// SPDX-License-Identifier: MIT
#pragma once

#include "collectproject.h"
#include "provider.h"

#include <QObject>
#include <QSet>

#include <atomic>
#include <memory>
#include <vector>

namespace iv {

class SnapshotWriter;

// Runs a project's providers and writes one snapshot (SnapshotWriter: temp file, renamed into place only when
// every provider succeeded). prepare() builds the providers (a failure there means a bad project file:
// nothing ran); run() blocks and belongs in a worker thread; cancel() may be called from any thread. Signals
// are emitted from the thread that calls run() — connect with a context object in the GUI thread to get them
// queued. Owns its providers.
//
// Values the project's ${NAME} references expand to (tokens, passwords in the environment) never leave it:
// log lines, provider summaries and errorString() show the unexpanded "${NAME}" instead (SecretMask).
class Collector : public QObject, private CollectSink
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Collector)

public:
    struct ProviderInfo
    {
        QString name;
        QString kind;
        QString summary;
        QStringList metrics; // known in advance; empty for providers whose output reveals them
    };
    enum class Result { Success, Failed, Canceled };

    explicit Collector(QObject *parent = nullptr);
    ~Collector() override;

    bool prepare(const CollectProject &project, QString *error);
    QList<ProviderInfo> providers() const;
    // Every program the prepared providers may start (for the trust prompt; see CollectConsent).
    QList<ProgramLaunch> programs() const;
    const CollectProject &project() const { return m_project; }

    // Makes run() start a program only while what would run still has this fingerprint (the one the user
    // allowed, CollectConsent::fingerprint()): each program's and script's hash is checked again right before
    // it starts, so a file swapped while an earlier metric ran stops the collect instead of running.
    void requireConsent(const QString &fingerprint) { m_requiredFingerprint = fingerprint; }

    // Selection (before run): a disabled provider does not run; for a provider with known metrics, only the
    // enabled ones are collected (all by default).
    void setProviderEnabled(const QString &provider, bool enabled);
    void setMetricEnabled(const QString &provider, const QString &metric, bool enabled);

    // Writes this file instead of the project's output (a history folder's timestamped file, whose name is
    // only known when the run starts; consent stays keyed on the project's output). Empty: the project's.
    void setOutputFile(const QString &path) { m_outputFile = path; }
    QString outputFile() const { return m_outputFile.isEmpty() ? m_project.output : m_outputFile; }

    // Keep going (before run): every metric runs even after one failed; the run then fails with all
    // failures (each with the engine's message and position) and writes nothing.
    void setKeepGoing(bool on) { m_keepGoing = on; }

    // Blocks until done. A cancel() during the run stops it; call cancel() only once run() has started.
    Result run();
    void cancel() { m_cancel.store(true); }
    QString errorString() const { return m_error; }
    int metricsWritten() const { return m_written; }

Q_SIGNALS:
    void providerStarted(const QString &provider);
    // done of total steps for one metric (total 0 = unknown).
    void metricProgress(const QString &provider, const QString &metric, int done, int total);
    void providerProgress(const QString &provider, int done, int total);
    void logMessage(const QString &text);
    // A metric went into the snapshot; kind is its kindId() ("counter", "timeseries" …).
    void metricCollected(const QString &provider, const QString &metric, const QString &kind);

private:
    // CollectSink, called by the running provider on the run() thread.
    bool isCanceled() const override { return m_cancel.load(); }
    void progress(const QString &metric, int done, int total) override;
    void log(const QString &line) override;
    void overallProgress(int done, int total) override;
    bool addMetric(CollectedMetric metric, QString *error) override;
    bool approveLaunch(const QString &provider, QString *error) override;

    CollectProject m_project;
    std::vector<std::unique_ptr<Provider>> m_providers;
    QSet<QString> m_disabledProviders;
    QSet<QString> m_disabledMetrics; // "provider\nmetric"
    std::unique_ptr<SnapshotWriter> m_writer;
    QString m_current; // provider running now
    QString m_requiredFingerprint;
    QString m_error;
    int m_written = 0;
    bool m_keepGoing = false;
    QString m_outputFile;
    std::atomic_bool m_cancel{false};
};

} // namespace iv
