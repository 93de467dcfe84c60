// SPDX-License-Identifier: MIT
#pragma once

#include "bucketvalues.h"
#include "catalogue.h"
#include "chartnotes.h"
#include "chartreducer.h"

#include <memory>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QChart;
class QLabel;
class QStackedWidget;
class QTableView;
QT_END_NAMESPACE

namespace iv {

class BucketLoader;
class BucketValuesTableModel;
class ChartView;

// One question, large: its question and description, then the chart above a table of its raw values
// (buckets), or its card (counters and gauges). Values load in the background; a newer question cancels the
// load.
class QuestionPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionPage)

public:
    explicit QuestionPage(QWidget *parent = nullptr);

    void setQuestion(const QString &path, const Question &question);
    void clear();

    const Question &question() const { return m_question; }
    ChartView *chartView() const { return m_chartView; }
    QTableView *tableView() const { return m_table; }
    BucketValuesTableModel *tableModel() const { return m_tableModel; }
    BucketLoader *loader() const { return m_loader; }
    QWidget *card() const { return m_card; }
    QString messageText() const;
    // The reduction note under the chart ("showing N of M points …"), empty when nothing is merged.
    QString noteText() const;
    const ChartNotes &notes() const { return m_notes; }
    // The values table's "Mark for Redaction": the categories of the selected rows (markForRedaction).
    QAction *markAction() const { return m_markAction; }

signals:
    // The chart (or card, or message) for the current question is shown.
    void ready();
    // A stored value marked for redaction by hand: table, column and rowid of the cell.
    void markForRedaction(const QString &table, const QString &column, qint64 row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void sizeIdColumn(const BucketValues &values);
    void showValues(qint64 bucketId, const BucketValues &values);
    void buildChart(const std::shared_ptr<const BucketValues> &values, PlotPoints points);
    void showMessage(const QString &text);
    void setChart(QChart *chart);
    void selectRow(int row);
    void retranslateUi();

    Question m_question;
    ChartNotes m_notes;
    QLabel *m_heading = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_desc = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    ChartView *m_chartView = nullptr;
    QLabel *m_note = nullptr;
    QWidget *m_cardHolder = nullptr;
    QWidget *m_card = nullptr;
    QTableView *m_table = nullptr;
    QAction *m_markAction = nullptr;
    BucketValuesTableModel *m_tableModel = nullptr;
    BucketLoader *m_loader = nullptr;
    quint64 m_generation = 0; // chart preparations in flight with an older number are dropped
};

} // namespace iv
