// SPDX-License-Identifier: MIT
#include "providerregistry.h"

#include "commandprovider.h"
#include "djangoprovider.h"
#include "sqlprovider.h"

namespace iv {

const ProviderRegistry &ProviderRegistry::builtins()
{
    static const ProviderRegistry registry = [] {
        ProviderRegistry r;
        // The sql provider serves the metrics declared under "apps"; it needs no settings of its own.
        r.add(QStringLiteral("sql"), [](const ProviderSpec &, const CollectProject &project, QString *) {
            return std::make_unique<SqlProvider>(project.sqlMetrics, project.sources, project.parameters);
        });
        r.add(QStringLiteral("command"), &CommandProvider::create);
        r.add(QStringLiteral("django"), &DjangoProvider::create);
        return r;
    }();
    return registry;
}

void ProviderRegistry::add(const QString &kind, ProviderFactory factory)
{
    m_factories[kind] = std::move(factory);
}

QStringList ProviderRegistry::kinds() const
{
    QStringList result;
    for (const auto &entry : m_factories)
        result << entry.first;
    return result;
}

std::unique_ptr<Provider> ProviderRegistry::create(const ProviderSpec &spec, const CollectProject &project,
                                                   QString *error) const
{
    const auto it = m_factories.find(spec.kind);
    if (it == m_factories.end()) {
        *error = QStringLiteral("provider \"%1\": unknown kind \"%2\" (known: %3)")
                     .arg(spec.name, spec.kind, kinds().join(QStringLiteral(", ")));
        return nullptr;
    }
    QString why;
    auto provider = it->second(spec, project, &why);
    if (!provider)
        *error = QStringLiteral("provider \"%1\": %2").arg(spec.name, why);
    return provider;
}

} // namespace iv
