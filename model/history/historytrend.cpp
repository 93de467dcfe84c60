// SPDX-License-Identifier: MIT
#include "historytrend.h"

#include <QCoreApplication>

namespace iv {

HistoryTrend HistoryTrend::of(const History &history, const HistorySeries &series)
{
    HistoryTrend t;
    t.question.kind = MetricKind::Timeseries;
    t.question.bucketType = 1;
    t.question.label = series.label;
    t.question.question = series.question;
    t.question.title = series.question;
    t.question.appUuid = series.app;
    t.question.xlabel = QCoreApplication::translate("iv::HistoryTrend", "collected");
    t.question.ylabel = series.label;
    for (int i = 0; i < history.size(); ++i) {
        if (!series.has(i))
            continue;
        t.values.ids.append(i);
        t.values.x.append(series.values.at(i));
        t.values.y.append(std::nan(""));
        t.values.timestamps.append(history.snapshots.at(i).collectedAt);
        t.values.categoryIndex.append(-1);
    }
    t.question.pointCount = t.values.size();
    return t;
}

} // namespace iv
