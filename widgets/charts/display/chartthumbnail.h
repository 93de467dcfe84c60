// SPDX-License-Identifier: MIT
#pragma once

#include "bucketvalues.h"
#include "catalogue.h"
#include "chartreducer.h"

#include <memory>

#include "focusframe.h"

QT_BEGIN_NAMESPACE
class QChartView;
class QLabel;
QT_END_NAMESPACE

namespace iv {

// A small chart of one bucket question on the app page: its question above a compact chart. Shows "Loading…"
// until setValues(); clicking it, or Enter/Space while it has focus (Tab reaches it; a ring in the
// highlight colour shows where focus is), asks to open the question.
class ChartThumbnail : public FocusFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartThumbnail)

public:
    // Buckets with more points than this are prepared in a worker (the chart appears a moment later).
    static constexpr int kPrepareInWorker = 20000;

    explicit ChartThumbnail(const Question &question, QWidget *parent = nullptr);

    const Question &question() const { return m_question; }
    void setValues(const BucketValues &values);
    void setError(const QString &error);
    QChartView *chartView() const { return m_view; } // nullptr until drawn

signals:
    void activated(iv::MetricKind kind, const QString &label);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showChart(const std::shared_ptr<const BucketValues> &values, PlotPoints points);

    Question m_question;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QChartView *m_view = nullptr;
};

} // namespace iv
