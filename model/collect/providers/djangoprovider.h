// SPDX-License-Identifier: MIT
#pragma once

#include "collectproject.h"
#include "processrunner.h"
#include "provider.h"

#include <memory>

namespace iv {

// The "django" provider: runs `PYTHON manage.py collect_insights` in a Django project (settings module and
// interpreter configurable; by default the settings module manage.py names and a venv/ or .venv/ beside it,
// else python3). Without "database" it needs nothing else (zero-config): it runs a bootstrap of its own that
// points the site's "insights" database at a new temporary file, creates upstream's tables there and runs
// upstream's collect into it; a missing Django, django-insights or settings module is one sentence. Follows
// upstream's tqdm progress ("Create insights for <module>.<name>: k/N"), then reads the insights database
// Django wrote (through SnapshotFile, read-only) and hands every app, metric and value over to the Collector,
// which writes them into the new snapshot like any other provider's.
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

    // The settings module manage.py sets (os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site.settings")),
    // or an empty string.
    static QString settingsModuleFromManage(const QString &manageText);
    // The interpreter for a site: venv/bin/python3 (or python), .venv/bin/…, beside manage.py, else python3.
    static QString interpreterFor(const QString &siteDir);

    // The start of the zero-config bootstrap (Python, run as `python -c PRELUDE… manage.py` in the site's
    // folder with DJANGO_SETTINGS_MODULE and IV_INSIGHTS_DATABASE set): each missing piece (Django,
    // settings, django-insights) one sentence on stderr and exit status 3; then Django set up with the
    // "insights" database at $IV_INSIGHTS_DATABASE and upstream's tables created there. `call_command` is
    // imported. The settings change in that process only; nothing of the site is written.
    static QString sitePrelude();

private:
    bool importDatabase(CollectSink &sink, QString *error);

    QString m_name;
    QString m_database;               // the insights database the Django project writes
    bool m_zeroConfig = false;        // no "database": a temporary one, upstream's tables created by us
    QString m_pythonAsWritten;        // unexpanded, for messages
    QStringList m_argumentsAsWritten; // unexpanded, for messages
    QStringList m_environment;        // "NAME=value" the project sets, expanded (for consent)
    ProcessRunner m_runner;           // expanded: what really runs
};

} // namespace iv
