// SPDX-License-Identifier: MIT
#pragma once

#include "collectproject.h"
#include "processrunner.h"
#include "provider.h"

#include <memory>

namespace iv {

// The "django" provider: runs `PYTHON manage.py collect_insights` in a Django project (settings module and
// interpreter configurable), follows upstream's tqdm progress ("Create insights for <module>.<name>: k/N"),
// then reads the insights database Django wrote (through SnapshotFile, read-only) and hands every app, metric
// and value over to the Collector, which writes them into the new snapshot like any other provider's.
class DjangoProvider final : public Provider
{
public:
    static std::unique_ptr<Provider> create(const ProviderSpec &spec, const CollectProject &project,
                                            QString *error);

    QString name() const override { return m_name; }
    QString kind() const override { return QStringLiteral("django"); }
    QString summary() const override;
    QStringList metricLabels() const override { return {}; }
    QList<ProgramLaunch> programs() const override;
    bool run(CollectSink &sink, QString *error) override;

private:
    bool importDatabase(CollectSink &sink, QString *error);

    QString m_name;
    QString m_database;               // the insights database the Django project writes
    QString m_pythonAsWritten;        // unexpanded, for messages
    QStringList m_argumentsAsWritten; // unexpanded, for messages
    QStringList m_environment;        // "NAME=value" the project sets, expanded (for consent)
    ProcessRunner m_runner;           // expanded: what really runs
};

} // namespace iv
