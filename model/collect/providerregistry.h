// SPDX-License-Identifier: MIT
#pragma once

#include "collectproject.h"
#include "provider.h"

#include <functional>
#include <map>
#include <memory>

namespace iv {

// Builds a provider from its project-file object; returns nullptr with *error for bad settings (a bad project
// file: nothing has run yet). Relative paths in the settings resolve against project.dir.
using ProviderFactory =
    std::function<std::unique_ptr<Provider>(const ProviderSpec &spec, const CollectProject &project, QString *error)>;

// Provider kinds by name. builtins() holds "sql", "command" and "django"; a new kind is one Provider subclass plus
// one add() line there. Immutable after construction, so safe to share between threads.
class ProviderRegistry
{
public:
    static const ProviderRegistry &builtins();

    void add(const QString &kind, ProviderFactory factory);
    QStringList kinds() const;
    std::unique_ptr<Provider> create(const ProviderSpec &spec, const CollectProject &project, QString *error) const;

private:
    std::map<QString, ProviderFactory> m_factories;
};

} // namespace iv
