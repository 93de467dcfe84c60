// SPDX-License-Identifier: MIT
#include "catalogue.h"

namespace iv {

QString Question::displayText() const
{
    return question.isEmpty() ? label : question;
}

QString App::name() const
{
    return label.isEmpty() ? module : label;
}

int Catalogue::questionCount() const
{
    int n = 0;
    for (const App &app : apps)
        n += app.questions.size();
    return n;
}

int Catalogue::countOf(MetricKind kind) const
{
    int n = 0;
    for (const App &app : apps)
        for (const Question &q : app.questions)
            n += q.kind == kind ? 1 : 0;
    return n;
}

const Question *Catalogue::findBucket(const QString &label) const
{
    for (const App &app : apps)
        for (const Question &q : app.questions)
            if (q.isBucket() && q.label == label)
                return &q;
    return nullptr;
}

const Question *Catalogue::find(MetricKind kind, const QString &label) const
{
    for (const App &app : apps)
        for (const Question &q : app.questions)
            if (q.kind == kind && q.label == label)
                return &q;
    return nullptr;
}

const App *Catalogue::findApp(const QString &uuid) const
{
    for (const App &app : apps)
        if (app.uuid == uuid)
            return &app;
    return nullptr;
}

} // namespace iv
