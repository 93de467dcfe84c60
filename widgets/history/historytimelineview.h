// SPDX-License-Identifier: MIT
#pragma once

#include "history.h"

#include <QFutureWatcher>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTreeWidget;
QT_END_NAMESPACE

namespace iv {

// "What changed since": for each snapshot after the one chosen (default: the first), the questions added and
// removed and the counters and gauges that moved by more than the threshold (the preference
// history/changeThresholdPercent, default 10 %, edited here). New review findings are on demand (reviewing
// every snapshot scans all its values): "Find new review findings" reviews the chosen snapshot and the latest
// in a worker (SnapshotReviewer) and lists the latest's findings the earlier one did not have. GUI thread
// only.
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
    QPushButton *findingsButton() const { return m_findingsButton; }
    // Reviews the chosen snapshot and the latest in a worker; findingsReviewed() follows.
    void reviewNewFindings();

    // The findings of the newer review whose (code, app, question, table, column, masked sample) the older
    // one lacks, one line each ("personal-data-email: … (app / question)"). Row ids change between
    // collections, so they are not part of the identity. Blocking: reviews both files.
    static QStringList newFindings(const QString &olderPath, const QString &newerPath, QString *error);

signals:
    // count: new findings listed; error non-empty when a review failed.
    void findingsReviewed(int count, const QString &error);

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
    QPushButton *m_findingsButton = nullptr;
    QFutureWatcher<QStringList> m_review;
    QString m_reviewError;
    QStringList m_findings; // of the last review, shown by rebuild()
    int m_findingsSince = -1;
};

} // namespace iv
