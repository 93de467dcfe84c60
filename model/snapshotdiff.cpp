// SPDX-License-Identifier: MIT
#include "snapshotdiff.h"

#include "catalogue.h"
#include "localizedtext.h"
#include "reviewreport.h"
#include "snapshotfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <climits>

namespace iv {

namespace {

QString family(MetricKind kind)
{
    return kind == MetricKind::Counter ? QStringLiteral("counter")
           : kind == MetricKind::Gauge ? QStringLiteral("gauge")
                                       : QStringLiteral("bucket");
}

QString valueText(const Question &q)
{
    if (!q.valueValid)
        return QCoreApplication::translate("iv::SnapshotDiff", "(not a number: %1)").arg(q.rawValue.isNull() ? QStringLiteral("NULL") : q.rawValue.left(60));
    return q.valueIsInteger ? QString::number(q.intValue) : QString::number(q.value, 'g', 15);
}

bool sameNumber(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

struct Located
{
    const Question *q = nullptr;
    QString app;
};

QHash<QString, Located> index(const Catalogue &cat, QStringList *order)
{
    QHash<QString, Located> h;
    for (const App &app : cat.apps)
        for (const Question &q : app.questions) {
            const QString key = family(q.kind) + QLatin1Char('|') + q.label;
            if (h.contains(key))
                continue;
            h.insert(key, {&q, app.name()});
            order->append(key);
        }
    return h;
}

QString pointKey(const BucketValues &v, int i)
{
    const QString ts = v.timestampAt(i);
    const QString cat = v.categoryAt(i);
    return (ts.isNull() ? QStringLiteral("\x01") : ts) + QLatin1Char('\x02') + (cat.isNull() ? QStringLiteral("\x01") : cat);
}

LocalizedText describeKey(const BucketValues &v, int i)
{
    QStringList parts;
    if (!v.timestampAt(i).isNull())
        parts << v.timestampAt(i);
    if (!v.categoryAt(i).isNull())
        parts << v.categoryAt(i);
    return parts.isEmpty() ? LocalizedText::translate("iv::SnapshotDiff", "point %1").arg(i + 1)
                           : LocalizedText::same(parts.join(QStringLiteral(" / ")));
}

QString pointText(const BucketValues &v, int i)
{
    return QStringLiteral("(%1, %2)").arg(QString::number(v.x.at(i), 'g', 12), QString::number(v.y.at(i), 'g', 12));
}

void comparePoints(const BucketValues &a, const BucketValues &b, QuestionDiff *d)
{
    QHash<QString, int> old; // key#n → row in a
    QHash<QString, int> seen;
    for (int i = 0; i < a.size(); ++i) {
        const QString k = pointKey(a, i);
        old.insert(k + QLatin1Char('#') + QString::number(seen[k]++), i);
    }
    seen.clear();
    for (int j = 0; j < b.size(); ++j) {
        const QString k = pointKey(b, j);
        const QString full = k + QLatin1Char('#') + QString::number(seen[k]++);
        const auto it = old.find(full);
        if (it == old.end()) {
            ++d->addedPoints;
            continue;
        }
        const int i = it.value();
        old.erase(it);
        if (!sameNumber(a.x.at(i), b.x.at(j)) || !sameNumber(a.y.at(i), b.y.at(j))) {
            ++d->changedPoints;
            if (d->changedExamples.size() < 5)
                d->changedExamples << LocalizedText::same(QStringLiteral("%1: %2 → %3"))
                                          .arg(describeKey(b, j), pointText(a, i), pointText(b, j));
        }
    }
    d->removedPoints = old.size();
}

} // namespace

QString QuestionDiff::statusId(Status s)
{
    switch (s) {
    case Status::Unchanged: return QStringLiteral("unchanged");
    case Status::Changed: return QStringLiteral("changed");
    case Status::Added: return QStringLiteral("added");
    case Status::Removed: return QStringLiteral("removed");
    }
    return QString();
}

bool SnapshotDiff::identical() const
{
    return addedApps.isEmpty() && removedApps.isEmpty() && renamedApps.isEmpty() &&
           count(QuestionDiff::Status::Unchanged) == questions.size();
}

int SnapshotDiff::count(QuestionDiff::Status status) const
{
    int n = 0;
    for (const QuestionDiff &q : questions)
        n += q.status == status ? 1 : 0;
    return n;
}

std::optional<SnapshotDiff> SnapshotDiff::compare(const QString &oldPath, const QString &newPath, QString *error,
                                                  const std::atomic_bool *cancel)
{
    const auto oldFile = SnapshotFile::open(oldPath, error);
    if (!oldFile)
        return std::nullopt;
    const auto newFile = SnapshotFile::open(newPath, error);
    if (!newFile)
        return std::nullopt;
    const std::optional<Catalogue> a = oldFile->readCatalogue(error);
    if (!a)
        return std::nullopt;
    const std::optional<Catalogue> b = newFile->readCatalogue(error);
    if (!b)
        return std::nullopt;

    SnapshotDiff diff;
    diff.oldPath = oldFile->path();
    diff.newPath = newFile->path();
    diff.oldWarnings = a->warnings;
    diff.newWarnings = b->warnings;
    QHash<QString, QString> oldApps; // module → name
    for (const App &app : a->apps)
        oldApps.insert(app.module, app.name());
    QSet<QString> newModules;
    for (const App &app : b->apps) {
        newModules.insert(app.module);
        if (!oldApps.contains(app.module))
            diff.addedApps << app.name();
        else if (oldApps.value(app.module) != app.name())
            diff.renamedApps << QStringLiteral("%1 → %2").arg(oldApps.value(app.module), app.name());
    }
    for (const App &app : a->apps)
        if (!newModules.contains(app.module))
            diff.removedApps << app.name();

    QStringList oldOrder, newOrder;
    const QHash<QString, Located> olds = index(*a, &oldOrder);
    const QHash<QString, Located> news = index(*b, &newOrder);
    auto describe = [](const Located &l, QuestionDiff *d) {
        d->kind = l.q->kind;
        d->app = l.app;
        d->label = l.q->label;
        d->text = l.q->displayText();
        d->isValue = !l.q->isBucket();
    };
    for (const QString &key : std::as_const(newOrder)) {
        if (cancel && cancel->load()) {
            if (error)
                *error = QStringLiteral("cancelled");
            return std::nullopt;
        }
        const Located &n = news.value(key);
        QuestionDiff d;
        describe(n, &d);
        const auto oldIt = olds.constFind(key);
        if (oldIt == olds.cend()) {
            d.status = QuestionDiff::Status::Added;
            if (d.isValue) {
                d.newValid = n.q->valueValid;
                d.newValue = n.q->value;
                d.newText = valueText(*n.q);
            } else {
                d.newPoints = n.q->pointCount;
            }
            diff.questions.append(d);
            continue;
        }
        const Question &o = *oldIt->q;
        const Question &q = *n.q;
        if (o.kind != q.kind)
            d.metadataChanges << QStringLiteral("kind");
        if (oldIt->app != n.app)
            d.metadataChanges << QStringLiteral("app");
        const QList<QPair<QString, QPair<QString, QString>>> fields = {
            {QStringLiteral("question"), {o.question, q.question}}, {QStringLiteral("desc"), {o.desc, q.desc}},
            {QStringLiteral("xlabel"), {o.xlabel, q.xlabel}},       {QStringLiteral("xformat"), {o.xformat, q.xformat}},
            {QStringLiteral("ylabel"), {o.ylabel, q.ylabel}},       {QStringLiteral("yformat"), {o.yformat, q.yformat}},
            {QStringLiteral("title"), {o.title, q.title}}};
        for (const auto &f : fields)
            if (f.second.first != f.second.second || f.second.first.isNull() != f.second.second.isNull())
                d.metadataChanges << f.first;
        bool changed = !d.metadataChanges.isEmpty();
        if (d.isValue) {
            d.oldValid = o.valueValid;
            d.newValid = q.valueValid;
            d.oldValue = o.value;
            d.newValue = q.value;
            d.oldText = valueText(o);
            d.newText = valueText(q);
            changed = changed || d.oldText != d.newText;
        } else {
            d.oldPoints = o.pointCount;
            d.newPoints = q.pointCount;
            QString e1, e2;
            const auto va = oldFile->loadBucketValues(o.id, &e1, cancel);
            const auto vb = newFile->loadBucketValues(q.id, &e2, cancel);
            if (va && vb) {
                d.valuesCompared = true;
                comparePoints(*va, *vb, &d);
            } else if (cancel && cancel->load()) {
                if (error)
                    *error = QStringLiteral("cancelled");
                return std::nullopt;
            } else {
                d.changedExamples << LocalizedText::translate("iv::SnapshotDiff", "values not compared: %1")
                                         .arg(va ? e2 : e1);
            }
            changed = changed || d.oldPoints != d.newPoints || d.changedPoints || d.addedPoints || d.removedPoints ||
                      !d.valuesCompared;
        }
        d.status = changed ? QuestionDiff::Status::Changed : QuestionDiff::Status::Unchanged;
        diff.questions.append(d);
    }
    for (const QString &key : std::as_const(oldOrder)) {
        if (news.contains(key))
            continue;
        QuestionDiff d;
        describe(olds.value(key), &d);
        d.status = QuestionDiff::Status::Removed;
        const Question &o = *olds.value(key).q;
        if (d.isValue) {
            d.oldValid = o.valueValid;
            d.oldValue = o.value;
            d.oldText = valueText(o);
        } else {
            d.oldPoints = o.pointCount;
        }
        diff.questions.append(d);
    }
    return diff;
}

QByteArray SnapshotDiff::toJson() const
{
    auto num = [](bool valid, double v) { return valid && std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
    QJsonObject root;
    root.insert(QStringLiteral("old"), oldPath);
    root.insert(QStringLiteral("new"), newPath);
    root.insert(QStringLiteral("identical"), identical());
    root.insert(QStringLiteral("added_apps"), QJsonArray::fromStringList(addedApps));
    root.insert(QStringLiteral("removed_apps"), QJsonArray::fromStringList(removedApps));
    root.insert(QStringLiteral("renamed_apps"), QJsonArray::fromStringList(renamedApps));
    QJsonArray list;
    for (const QuestionDiff &q : questions) {
        QJsonObject o;
        o.insert(QStringLiteral("status"), QuestionDiff::statusId(q.status));
        o.insert(QStringLiteral("kind"), kindId(q.kind));
        o.insert(QStringLiteral("app"), q.app);
        o.insert(QStringLiteral("label"), q.label);
        o.insert(QStringLiteral("question"), q.text);
        if (!q.metadataChanges.isEmpty())
            o.insert(QStringLiteral("metadata_changes"), QJsonArray::fromStringList(q.metadataChanges));
        if (q.isValue) {
            o.insert(QStringLiteral("old"), q.status == QuestionDiff::Status::Added ? QJsonValue(QJsonValue::Null) : num(q.oldValid, q.oldValue));
            o.insert(QStringLiteral("new"), q.status == QuestionDiff::Status::Removed ? QJsonValue(QJsonValue::Null) : num(q.newValid, q.newValue));
            o.insert(QStringLiteral("delta"), num(q.oldValid && q.newValid, q.delta()));
            o.insert(QStringLiteral("percent"), num(true, q.percent()));
        } else {
            o.insert(QStringLiteral("old_points"), q.oldPoints < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(q.oldPoints));
            o.insert(QStringLiteral("new_points"), q.newPoints < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(q.newPoints));
            if (q.status == QuestionDiff::Status::Changed || q.status == QuestionDiff::Status::Unchanged) {
                o.insert(QStringLiteral("changed_points"), q.changedPoints);
                o.insert(QStringLiteral("added_points"), q.addedPoints);
                o.insert(QStringLiteral("removed_points"), q.removedPoints);
                QJsonArray examples;
                for (const LocalizedText &e : q.changedExamples)
                    examples.append(e.english);
                o.insert(QStringLiteral("examples"), examples);
            }
        }
        list.append(o);
    }
    root.insert(QStringLiteral("questions"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString SnapshotDiff::toText() const
{
    auto v = &ReviewReport::visible;
    auto points = [](qint64 n) {
        return QCoreApplication::translate("iv::SnapshotDiff", "%n points", nullptr, clampToInt(n));
    };
    QString t = QCoreApplication::translate("iv::SnapshotDiff", "Old: %1\nNew: %2\n").arg(v(oldPath), v(newPath));
    if (identical())
        return t + QCoreApplication::translate("iv::SnapshotDiff", "Identical content: %n questions, same values.",
                                               nullptr, int(questions.size())) +
               QLatin1Char('\n');
    t += QCoreApplication::translate("iv::SnapshotDiff", "%1 added, %2 removed, %3 changed, %4 unchanged questions")
             .arg(count(QuestionDiff::Status::Added))
             .arg(count(QuestionDiff::Status::Removed))
             .arg(count(QuestionDiff::Status::Changed))
             .arg(count(QuestionDiff::Status::Unchanged)) +
         QLatin1Char('\n');
    for (const QString &a : addedApps)
        t += QStringLiteral("+ %1\n").arg(QCoreApplication::translate("iv::SnapshotDiff", "app %1").arg(v(a)));
    for (const QString &a : removedApps)
        t += QStringLiteral("- %1\n").arg(QCoreApplication::translate("iv::SnapshotDiff", "app %1").arg(v(a)));
    for (const QString &a : renamedApps)
        t += QStringLiteral("~ %1\n").arg(QCoreApplication::translate("iv::SnapshotDiff", "app %1").arg(v(a)));
    for (const QuestionDiff &q : questions) {
        if (q.status == QuestionDiff::Status::Unchanged)
            continue;
        const QChar mark = q.status == QuestionDiff::Status::Added     ? QLatin1Char('+')
                           : q.status == QuestionDiff::Status::Removed ? QLatin1Char('-')
                                                                       : QLatin1Char('~');
        QString line = QStringLiteral("%1 %2 %3 / %4 (%5)")
                           .arg(mark)
                           .arg(kindId(q.kind).leftJustified(11), v(q.app), v(q.text), v(q.label));
        if (q.isValue) {
            if (q.status == QuestionDiff::Status::Added)
                line += QStringLiteral(": %1").arg(v(q.newText));
            else if (q.status == QuestionDiff::Status::Removed)
                line += QStringLiteral(": %1").arg(v(q.oldText));
            else {
                line += QStringLiteral(": %1 → %2").arg(v(q.oldText), v(q.newText));
                if (q.oldValid && q.newValid && q.oldText != q.newText) {
                    line += QStringLiteral(" (%1%2").arg(q.delta() >= 0 ? QStringLiteral("+") : QString(),
                                                         QString::number(q.delta(), 'g', 15));
                    if (!std::isnan(q.percent()))
                        line += QStringLiteral(", %1%2%").arg(q.percent() >= 0 ? QStringLiteral("+") : QString(),
                                                               QString::number(q.percent(), 'f', 1));
                    line += QLatin1Char(')');
                }
            }
        } else if (q.status == QuestionDiff::Status::Added) {
            line += QStringLiteral(": %1").arg(points(q.newPoints));
        } else if (q.status == QuestionDiff::Status::Removed) {
            line += QStringLiteral(": %1").arg(points(q.oldPoints));
        } else {
            line += QStringLiteral(": %1 → %2 ").arg(q.oldPoints).arg(points(q.newPoints)) +
                    QCoreApplication::translate("iv::SnapshotDiff", "(%1 changed, %2 added, %3 removed)")
                        .arg(q.changedPoints)
                        .arg(q.addedPoints)
                        .arg(q.removedPoints);
        }
        if (!q.metadataChanges.isEmpty())
            line += QLatin1Char(' ') + QCoreApplication::translate("iv::SnapshotDiff", "[changed: %1]")
                                           .arg(q.metadataChanges.join(QStringLiteral(", ")));
        t += line + QLatin1Char('\n');
        for (const LocalizedText &e : q.changedExamples)
            t += QStringLiteral("    %1\n").arg(v(e.text));
    }
    return t;
}

} // namespace iv
