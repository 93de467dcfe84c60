// SPDX-License-Identifier: MIT
#include "snapshotjson.h"

#include "snapshotfile.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace iv::SnapshotJson {

namespace {

QJsonValue textOrNull(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue number(double d)
{
    return std::isfinite(d) ? QJsonValue(d) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject questionObject(const Question &q)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), kindId(q.kind));
    o.insert(QStringLiteral("label"), textOrNull(q.label));
    o.insert(QStringLiteral("question"), textOrNull(q.question));
    o.insert(QStringLiteral("desc"), textOrNull(q.desc));
    o.insert(QStringLiteral("created_at"), textOrNull(q.createdAt));
    if (!q.isBucket()) {
        if (!q.valueValid)
            o.insert(QStringLiteral("value"), QJsonValue(QJsonValue::Null));
        else if (q.valueIsInteger)
            o.insert(QStringLiteral("value"), QJsonValue(q.intValue));
        else
            o.insert(QStringLiteral("value"), number(q.value));
        return o;
    }
    o.insert(QStringLiteral("type"), q.bucketType);
    o.insert(QStringLiteral("xlabel"), textOrNull(q.xlabel));
    o.insert(QStringLiteral("xformat"), textOrNull(q.xformat));
    o.insert(QStringLiteral("ylabel"), textOrNull(q.ylabel));
    o.insert(QStringLiteral("yformat"), textOrNull(q.yformat));
    o.insert(QStringLiteral("title"), textOrNull(q.title));
    return o;
}

QJsonArray valuesArray(const BucketValues &values)
{
    QJsonArray array;
    for (int i = 0; i < values.size(); ++i) {
        QJsonObject v;
        v.insert(QStringLiteral("timestamp"), textOrNull(values.timestampAt(i)));
        v.insert(QStringLiteral("x"), number(values.x.at(i)));
        v.insert(QStringLiteral("y"), number(values.y.at(i)));
        v.insert(QStringLiteral("category"), textOrNull(values.categoryAt(i)));
        array.append(v);
    }
    return array;
}

QByteArray dump(const SnapshotFile &file, QString *error, bool indented)
{
    const std::optional<Catalogue> cat = file.readCatalogue(error);
    if (!cat)
        return QByteArray();
    QJsonArray apps;
    for (const App &app : cat->apps) {
        QJsonObject a;
        a.insert(QStringLiteral("uuid"), textOrNull(app.uuid));
        a.insert(QStringLiteral("module"), textOrNull(app.module));
        a.insert(QStringLiteral("label"), textOrNull(app.label));
        a.insert(QStringLiteral("name"), app.name());
        QJsonArray questions;
        for (const Question &q : app.questions) {
            QJsonObject o = questionObject(q);
            if (q.isBucket()) {
                const std::optional<BucketValues> values = file.loadBucketValues(q.id, error);
                if (!values)
                    return QByteArray();
                o.insert(QStringLiteral("values"), valuesArray(*values));
            }
            questions.append(o);
        }
        a.insert(QStringLiteral("questions"), questions);
        apps.append(a);
    }
    QJsonObject root;
    root.insert(QStringLiteral("file"), cat->filePath);
    root.insert(QStringLiteral("apps"), apps);
    return QJsonDocument(root).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

} // namespace iv::SnapshotJson
