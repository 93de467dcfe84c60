// SPDX-License-Identifier: MIT
#pragma once

#include "bucketvalues.h"
#include "catalogue.h"
#include "chartnotes.h"
#include "chartreducer.h"
#include "valuecard.h"

#include <functional>

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

// A counter's or gauge's whole trend over the snapshots of an open history: a timeseries question and its
// values (timestamp = collection time, row id = the snapshot's index) and the card's sparkline and change.
struct QuestionTrend
{
    Question question;
    BucketValues values;
    CardTrend card;
};

// One question, large: its question and description, then the chart above a table of its raw values
// (buckets), or its card (counters and gauges). While a history is open, a counter or gauge shows its card
// with the change above its whole trend (hover values) and the snapshots' values in the table. Values load in
// the background; a newer question cancels the load.
class QuestionPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionPage)

public:
    explicit QuestionPage(QWidget *parent = nullptr);

    // appModule: the module of the question's app (the key of its gauge range and of its trend).
    void setQuestion(const QString &path, const Question &question, const QString &appModule = QString());
    // Where a counter's or gauge's trend comes from while a history is open (an empty function: none; a
    // trend of fewer than two values is not drawn). Shows the current counter or gauge again.
    using TrendSource = std::function<QuestionTrend(const Question &question, const QString &appModule)>;
    void setTrendSource(TrendSource source);
    // The trend shown for the current counter or gauge (empty values when none).
    const QuestionTrend &trend() const { return m_trend; }
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
    void sizeNumberColumns(const BucketValues &values);
    void showValues(qint64 bucketId, const BucketValues &values);
    void buildChart(const std::shared_ptr<const BucketValues> &values, PlotPoints points);
    void showMessage(const QString &text);
    void setChart(QChart *chart);
    void selectRow(int row);
    void retranslateUi();
    void showTrend();

    Question m_question;
    QString m_path;
    QString m_appModule;
    TrendSource m_trendSource;
    QuestionTrend m_trend;
    QWidget *m_trendCardHolder = nullptr; // above the chart, holds the card while a trend is shown
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
