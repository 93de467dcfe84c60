// SPDX-License-Identifier: MIT
#pragma once

#include "collectproject.h"
#include "processrunner.h"
#include "provider.h"

#include <memory>

namespace iv {

// The "command" provider: runs a program (argument list, no shell) in a working directory with a timeout and
// reads one metric per stdout line as JSON (NDJSON) in the --dump-json question shape plus "app" (the
// module):
//   {"app": "shop.insights", "kind": "counter", "label": "orders", "question": "…", "value": 42}
//   {"app": "shop.insights", "kind": "timeseries", "label": "daily", "xlabel": "Day", "values":
//     [{"timestamp": "2024-01-01 00:00:00", "x": 3, "y": 0, "category": null}]}
// stderr goes to the log; a non-zero exit, a timeout or a malformed line is a failure.
class CommandProvider final : public Provider
{
public:
    static std::unique_ptr<Provider> create(const ProviderSpec &spec, const CollectProject &project,
                                            QString *error);

    QString name() const override { return m_name; }
    QString kind() const override { return QStringLiteral("command"); }
    QString summary() const override;
    QStringList metricLabels() const override { return {}; }
    QList<ProgramLaunch> programs() const override;
    bool run(CollectSink &sink, QString *error) override;

    // One NDJSON line to a metric; false with *error when a field is missing or of the wrong type.
    static bool metricFromJson(const QJsonObject &object, CollectedMetric *metric, QString *error);

private:
    QString m_name;
    QString m_programAsWritten;       // unexpanded, for messages
    QStringList m_argumentsAsWritten; // unexpanded, for messages
    QStringList m_environment;        // "NAME=value" the project sets, expanded (for consent)
    ProcessRunner m_runner;           // expanded: what really runs
};

} // namespace iv
