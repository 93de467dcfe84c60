// SPDX-License-Identifier: MIT
#pragma once

#include "snapshotdiff.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace iv {

// The "Compare with…" page: two snapshots side by side, one row per question with the old and the new value
// (or point count) next to each other, delta and percent, added/removed apps and questions, and per bucket the
// changed, added and removed points (details below the table). Everything is plain text. A tolerance (in
// percent, relative) lets numbers that differ by at most that much count as the same ("within tolerance"),
// and collection and execution times are compared only when "Include times" is checked; changing either
// compares the same two files again. Self-contained: call compareFiles(); the comparison runs on QtConcurrent's pool and a newer request or destruction cancels the
// older one. Children are owned through Qt parenting.
class DiffPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffPage)

public:
    enum Column { StatusColumn, KindColumn, AppColumn, QuestionColumn, OldColumn, NewColumn, DeltaColumn,
                  PercentColumn, PointsColumn, ColumnCount };

    explicit DiffPage(QWidget *parent = nullptr);
    ~DiffPage() override;

    bool isBusy() const { return m_busy; }
    const std::optional<SnapshotDiff> &diff() const { return m_diff; }
    QString summaryText() const;
    QString detailsText() const;
    QTableWidget *table() const { return m_table; }
    QDoubleSpinBox *toleranceBox() const { return m_tolerance; }
    QCheckBox *includeTimesBox() const { return m_includeTimes; }
    // The options the next comparison uses (from the two controls).
    SnapshotDiff::Options options() const;

public slots:
    void compareFiles(const QString &oldPath, const QString &newPath);
    void cancel();

signals:
    // exitCode as --diff: 0 identical content, 1 differences, 2 error (error names the file).
    void comparisonFinished(int exitCode, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showDiff(const SnapshotDiff &diff);
    void compareAgain();

    int m_generation = 0;
    bool m_busy = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<SnapshotDiff> m_diff;
    QString m_oldPath, m_newPath;
    QLabel *m_toleranceLabel = nullptr;
    QDoubleSpinBox *m_tolerance = nullptr; // percent
    QCheckBox *m_includeTimes = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace iv
