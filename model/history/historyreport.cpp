// SPDX-License-Identifier: MIT
#include "historyreport.h"

#include "timestamp.h"

#include <QJsonArray>

#include <cmath>

namespace iv {

QString HistoryReport::collectedAtIso(const SnapshotSummary &snapshot)
{
    return Timestamp::formatIso(snapshot.collectedAt);
}

QJsonObject HistoryReport::json(const History &history)
{
    QJsonArray snapshots;
    for (const SnapshotSummary &s : history.snapshots) {
        QJsonObject o;
        o.insert(QStringLiteral("path"), s.path);
        o.insert(QStringLiteral("sha256"),
                 s.sha256.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.sha256));
        o.insert(QStringLiteral("collected_at"), collectedAtIso(s));
        snapshots.append(o);
    }
    QJsonArray series;
    for (const HistorySeries &hs : history.series) {
        QJsonObject o;
        o.insert(QStringLiteral("app"), hs.app);
        o.insert(QStringLiteral("label"), hs.label);
        o.insert(QStringLiteral("kind"), kindId(hs.kind));
        QJsonArray points;
        for (int i = 0; i < hs.states.size(); ++i) {
            if (!hs.present(i))
                continue;
            QJsonObject p;
            p.insert(QStringLiteral("snapshot"), i);
            if (!hs.has(i))
                p.insert(QStringLiteral("value"), QJsonValue(QJsonValue::Null));
            else if (hs.integer.at(i))
                p.insert(QStringLiteral("value"), QJsonValue(hs.intValues.at(i)));
            else
                p.insert(QStringLiteral("value"), hs.values.at(i));
            points.append(p);
        }
        o.insert(QStringLiteral("points"), points);
        series.append(o);
    }
    QJsonArray skipped;
    for (const HistorySkipped &s : history.skipped) {
        QJsonObject o;
        o.insert(QStringLiteral("path"), s.path);
        o.insert(QStringLiteral("reason"), s.englishReason.isEmpty() ? s.reason : s.englishReason);
        skipped.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("snapshots"), snapshots);
    root.insert(QStringLiteral("series"), series);
    root.insert(QStringLiteral("skipped"), skipped);
    return root;
}

} // namespace iv
