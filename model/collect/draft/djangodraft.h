// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace iv {

// A collect project drafted from a Django site (`--draft-project OUT.json --django PATH/manage.py`). The
// site's metrics run once under Django, as the zero-config django provider runs them (the interpreter in
// venv/ or .venv/ beside manage.py, else python3; the settings module manage.py names; the insights database
// a temporary file; nothing of the site written), with the SQL of each recorded. The project holds every
// metric's kind, label and texts exactly as insights.py declares them and the site's databases as sources.
// A metric gets SQL only when it ran one query and that query, collected by the sql provider with its
// parameters bound, gives the very value the metric stored; every other metric gets a "draft" placeholder
// with the reason and its Python source, which the project loader refuses until it is replaced by SQL.
// run() blocks (it starts Python); plain data, no threads of its own.
struct DjangoDraft
{
    struct Metric
    {
        QString label;
        QString kind;
        bool sql = false; // true: SQL checked against the stored value; false: a placeholder
        QString reason;   // why a placeholder
    };

    enum class Status {
        Written,  // OUT.json written
        BadInput, // manage.py, interpreter, Django, django-insights or settings missing, or OUT.json
                  // exists without overwrite: error is one sentence
        Failed,   // the metrics' run failed, or OUT.json could not be written: error says why
    };

    Status status = Status::Failed;
    QString error;
    QList<Metric> metrics;
    QStringList raised; // "label: ExceptionType: message" of metrics that raised

    // log receives the site's output line by line (progress, warnings); may be empty. An existing outPath is
    // replaced only with overwrite (a drafted project is finished by hand): otherwise BadInput naming it,
    // before anything runs.
    static DjangoDraft run(const QString &managePath, const QString &outPath, bool overwrite,
                           const std::function<void(const QString &)> &log = {});
};

} // namespace iv
