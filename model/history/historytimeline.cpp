// SPDX-License-Identifier: MIT
#include "historytimeline.h"

#include <QHash>

#include <cmath>

namespace iv {

namespace {

struct Presence
{
    MetricKind kind;
    QString app;
    QString label;
    QString question;
};

// The questions of snapshot i, keyed by family ("m" counters/gauges by kind, "b" buckets) and label.
QHash<QString, Presence> questionsOf(const History &h, int i)
{
    QHash<QString, Presence> out;
    for (const HistorySeries &s : h.series)
        if (s.present(i))
            out.insert(QString::number(int(s.kind)) + QLatin1Char('\n') + s.label,
                       {s.kind, s.app, s.label, s.question});
    for (const auto &b : h.snapshots.at(i).buckets)
        out.insert(QStringLiteral("b\n") + b.label, {b.kind, b.app, b.label, b.question});
    return out;
}

} // namespace

bool HistoryTimeline::movedBeyond(const HistoryDelta &delta, double thresholdPercent)
{
    if (!delta.valid || delta.absolute == 0)
        return false;
    if (delta.from == 0)
        return true;
    return std::abs(delta.percent) > thresholdPercent;
}

QVector<HistoryChange> HistoryTimeline::changes(const History &history, double thresholdPercent)
{
    return changesSince(history, 0, thresholdPercent);
}

QVector<HistoryChange> HistoryTimeline::changesSince(const History &history, int since,
                                                     double thresholdPercent)
{
    QVector<HistoryChange> out;
    if (history.size() < 2)
        return out;
    QHash<QString, Presence> before = questionsOf(history, std::max(0, since));
    for (int i = std::max(0, since) + 1; i < history.size(); ++i) {
        const QHash<QString, Presence> now = questionsOf(history, i);
        auto appendPresence = [&](const QHash<QString, Presence> &a, const QHash<QString, Presence> &b,
                                  HistoryChange::Type type) {
            // Dashboard order for added questions follows the series and the snapshot's buckets; a hash has
            // none, so sort by label for a stable listing.
            QVector<HistoryChange> found;
            for (auto it = a.cbegin(); it != a.cend(); ++it)
                if (!b.contains(it.key())) {
                    HistoryChange c;
                    c.type = type;
                    c.snapshot = i;
                    c.kind = it->kind;
                    c.app = it->app;
                    c.label = it->label;
                    c.question = it->question;
                    found.append(c);
                }
            std::sort(found.begin(), found.end(),
                      [](const HistoryChange &x, const HistoryChange &y) { return x.label < y.label; });
            out += found;
        };
        appendPresence(now, before, HistoryChange::Type::QuestionAdded);
        appendPresence(before, now, HistoryChange::Type::QuestionRemoved);
        for (const HistorySeries &s : history.series) {
            if (!s.has(i))
                continue;
            const HistoryDelta d = s.change(s.previous(i), i);
            if (!movedBeyond(d, thresholdPercent))
                continue;
            HistoryChange c;
            c.type = HistoryChange::Type::Moved;
            c.snapshot = i;
            c.kind = s.kind;
            c.app = s.app;
            c.label = s.label;
            c.question = s.question;
            c.delta = d;
            out.append(c);
        }
        before = now;
    }
    return out;
}

} // namespace iv
