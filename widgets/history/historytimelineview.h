// SPDX-License-Identifier: MIT
#pragma once

#include "history.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTreeWidget;
QT_END_NAMESPACE

namespace iv {

// "What changed since": for each snapshot after the one chosen (default: the first), the questions added and
// removed and the counters and gauges that moved by more than the threshold (the preference
// history/changeThresholdPercent, default 10 %, edited here). GUI thread only.
class HistoryTimelineView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryTimelineView)

public:
    static const QString ThresholdKey; // QSettings key
    static double thresholdPreference();

    explicit HistoryTimelineView(QWidget *parent = nullptr);
    // history must outlive this view's use of it (the page owns both).
    void setHistory(const History *history);
    QTreeWidget *tree() const { return m_tree; }
    QComboBox *sinceBox() const { return m_since; }
    QDoubleSpinBox *thresholdBox() const { return m_threshold; }

private:
    void rebuild();
    void retranslateUi();
    void changeEvent(QEvent *event) override;

    const History *m_history = nullptr;
    QLabel *m_sinceLabel = nullptr;
    QComboBox *m_since = nullptr;
    QLabel *m_thresholdLabel = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_findingsNote = nullptr;
};

} // namespace iv
