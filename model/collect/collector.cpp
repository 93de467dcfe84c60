// SPDX-License-Identifier: MIT
#include "collector.h"

#include "collectconsent.h"

#include "metrickind.h"
#include "providerregistry.h"
#include "snapshotwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace iv {

Collector::Collector(QObject *parent) : QObject(parent) {}

Collector::~Collector() = default;

bool Collector::prepare(const CollectProject &project, QString *error)
{
    m_project = project;
    m_providers.clear();
    auto fail = [&](const QString &reason) {
        *error = project.secrets.apply(
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(project.path), reason));
        m_providers.clear();
        return false;
    };
    for (auto it = project.sources.begin(); it != project.sources.end(); ++it)
        if (QFileInfo(it.value()).absoluteFilePath() == project.output)
            return fail(QCoreApplication::translate("iv::Collect", "the output %1 is also source \"%2\"")
                            .arg(project.output, it.key()));
    const ProviderRegistry &registry = ProviderRegistry::builtins();
    QString why;
    if (!project.sqlMetrics.isEmpty()) {
        auto sql = registry.create({QStringLiteral("sql"), QStringLiteral("sql"), {}}, project, &why);
        if (!sql)
            return fail(why);
        m_providers.push_back(std::move(sql));
    }
    for (const ProviderSpec &spec : project.providers) {
        auto provider = registry.create(spec, project, &why);
        if (!provider)
            return fail(why);
        m_providers.push_back(std::move(provider));
    }
    return true;
}

QList<Collector::ProviderInfo> Collector::providers() const
{
    QList<ProviderInfo> result;
    for (const auto &p : m_providers)
        result.append({p->name(), p->kind(), m_project.secrets.apply(p->summary()), p->metricLabels()});
    return result;
}

QList<ProgramLaunch> Collector::programs() const
{
    QList<ProgramLaunch> result;
    for (const auto &p : m_providers)
        result << p->programs();
    return result;
}

void Collector::setProviderEnabled(const QString &provider, bool enabled)
{
    if (enabled)
        m_disabledProviders.remove(provider);
    else
        m_disabledProviders.insert(provider);
}

void Collector::setMetricEnabled(const QString &provider, const QString &metric, bool enabled)
{
    const QString key = provider + QLatin1Char('\n') + metric;
    if (enabled)
        m_disabledMetrics.remove(key);
    else
        m_disabledMetrics.insert(key);
}

void Collector::progress(const QString &metric, int done, int total)
{
    Q_EMIT metricProgress(m_current, metric, done, total);
}

void Collector::log(const QString &line)
{
    Q_EMIT logMessage(m_project.secrets.apply(line));
}

void Collector::overallProgress(int done, int total)
{
    Q_EMIT providerProgress(m_current, done, total);
}

bool Collector::addMetric(CollectedMetric metric, QString *error)
{
    const QString label = metric.appLabel.isNull() ? m_project.appLabel(metric.appModule) : metric.appLabel;
    if (!m_writer->addApp(metric.appModule, label, error) || !m_writer->addMetric(metric, error))
        return false;
    ++m_written;
    Q_EMIT metricCollected(m_current, metric.label, kindId(metric.kind));
    return true;
}

bool Collector::approveLaunch(const QString &provider, QString *error)
{
    if (m_requiredFingerprint.isNull())
        return true;
    const CollectConsent now = CollectConsent::of(m_project, programs());
    if (now.fingerprint() == m_requiredFingerprint && now.problems().isEmpty())
        return true;
    *error = QCoreApplication::translate(
                 "iv::Collect", "provider \"%1\": what it would run changed since you allowed it (a "
                                "program, script or module file); not started. Press Collect again to "
                                "review it.")
                 .arg(provider);
    return false;
}

Collector::Result Collector::run()
{
    m_error.clear();
    m_written = 0;
    m_cancel.store(false);
    m_writer = std::make_unique<SnapshotWriter>(outputFile());
    auto finish = [&](Result result, const QString &error) {
        m_writer->abort();
        m_error = m_project.secrets.apply(error);
        m_writer.reset();
        m_current.clear();
        return result;
    };
    if (!m_writer->begin(&m_error))
        return finish(Result::Failed, m_error);
    for (const QString &stale : m_writer->removedStaleFiles())
        log(QCoreApplication::translate("iv::Collect", "removed %1, left behind by an interrupted collect")
                .arg(QDir::toNativeSeparators(stale)));
    // Apps in the project's order, each once its first metric arrives (upstream also only lists apps that
    // registered insights).
    QStringList failures; // keep-going: every provider's failures, one per line
    for (const auto &provider : m_providers) {
        if (m_cancel.load())
            return finish(Result::Canceled, QCoreApplication::translate("iv::Collect", "canceled"));
        if (m_disabledProviders.contains(provider->name()))
            continue;
        const QStringList known = provider->metricLabels();
        if (!known.isEmpty()) {
            QStringList selected;
            for (const QString &label : known)
                if (!m_disabledMetrics.contains(provider->name() + QLatin1Char('\n') + label))
                    selected << label;
            if (selected.isEmpty())
                continue;
            provider->setSelectedMetrics(selected);
        }
        m_current = provider->name();
        Q_EMIT providerStarted(m_current);
        log(QStringLiteral("%1 (%2): %3").arg(provider->name(), provider->kind(), provider->summary()));
        QString why;
        provider->setKeepGoing(m_keepGoing);
        if (!provider->run(*this, &why)) {
            if (m_cancel.load())
                return finish(Result::Canceled, QCoreApplication::translate("iv::Collect", "canceled"));
            if (!m_keepGoing)
                return finish(Result::Failed, why);
            failures << why.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        }
    }
    if (m_cancel.load())
        return finish(Result::Canceled, QCoreApplication::translate("iv::Collect", "canceled"));
    if (!failures.isEmpty())
        return finish(Result::Failed, QCoreApplication::translate(
                                          "iv::Collect", "%n metric(s) failed, nothing written:", nullptr,
                                          int(failures.size())) +
                                          QLatin1Char('\n') + failures.join(QLatin1Char('\n')));
    QString why;
    if (!m_writer->commit(&why))
        return finish(Result::Failed, why);
    m_writer.reset();
    m_current.clear();
    return Result::Success;
}

} // namespace iv
