// SPDX-License-Identifier: MIT
#pragma once

#include "history.h"

#include <QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace iv {

class ChartThumbnail;

// One counter or gauge of a history: its question, a small line chart over collection time (ChartBuilder's
// timeseries, calendar ticks), the latest value and its change since the previous snapshot and since the
// first (absolute and %). Clicking the chart asks for the whole trend. GUI thread only.
class TrendCard : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendCard)

public:
    TrendCard(const History &history, const HistorySeries &series, QWidget *parent = nullptr);

    QString label() const { return m_label; }
    QString valueText() const;
    QString changeText() const;
    ChartThumbnail *thumbnail() const { return m_thumbnail; }

    // "+250 (+23.8 %)", "−0.5", "no change", in the reader's number format; empty when invalid.
    static QString deltaText(const HistoryDelta &delta);
    // The change of series' latest value since the previous snapshot and since the first, one line each ("since
    // previous: new" for a first value); empty when it has no value.
    static QString changeText(const HistorySeries &series);

signals:
    void activated(iv::MetricKind kind, const QString &label);

private:
    QString m_label;
    MetricKind m_kind;
    ChartThumbnail *m_thumbnail = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_change = nullptr;
};

} // namespace iv
