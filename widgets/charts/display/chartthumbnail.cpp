// SPDX-License-Identifier: MIT
#include "chartthumbnail.h"

#include "chartbuilder.h"
#include "elidedtext.h"
#include "textbudget.h"

#include <QChartView>
#include <QFutureWatcher>
#include <QLabel>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace iv {

ChartThumbnail::ChartThumbnail(const Question &question, QWidget *parent)
    : FocusFrame(parent), m_question(question), m_title(new QLabel(this)), m_message(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setFixedHeight(240);
    setMinimumWidth(300);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    ElidedText::set(m_title, question.displayText(), TextBudget::kTitleChars);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setText(tr("Loading…"));
    layout->addWidget(m_message, 1);
    setToolTip(ElidedText::toolTip(question.desc));
    setAccessibleName(
        tr("Chart: %1").arg(TextBudget::elide(question.displayText(), TextBudget::kTitleChars)));
    if (question.kind == MetricKind::Unknown)
        m_message->setText(ChartBuilder::unsupportedText(question));
}

void ChartThumbnail::setValues(const BucketValues &values)
{
    auto shared = std::make_shared<const BucketValues>(values); // shallow: the containers are shared
    if (values.size() > kPrepareInWorker &&
        (m_question.kind == MetricKind::Timeseries || m_question.kind == MetricKind::Scatterplot)) {
        // A big bucket's per-point preparation (and first M4) runs in a worker, not on the GUI thread.
        auto *watcher = new QFutureWatcher<PlotPoints>(this);
        connect(watcher, &QFutureWatcher<PlotPoints>::finished, this, [this, watcher, shared] {
            watcher->deleteLater();
            showChart(shared, watcher->result());
        });
        const Question question = m_question;
        watcher->setFuture(
            QtConcurrent::run([question, shared] { return PlotPoints::prepare(question, *shared); }));
        return;
    }
    showChart(shared, PlotPoints());
}

void ChartThumbnail::showChart(const std::shared_ptr<const BucketValues> &values, PlotPoints points)
{
    ChartNotes notes;
    QChart *chart = ChartBuilder::build(m_question, values, ChartStyle::forPalette(palette(), true), &notes,
                                        std::move(points));
    if (!chart) {
        m_message->setText(notes.message);
        return;
    }
    m_message->hide();
    m_view = new QChartView(chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAttribute(Qt::WA_TransparentForMouseEvents); // clicks open the question
    m_view->setFocusPolicy(Qt::NoFocus);                     // the thumbnail takes focus as one
    static_cast<QVBoxLayout *>(layout())->addWidget(m_view, 1);
}

void ChartThumbnail::setError(const QString &error)
{
    m_message->setText(error);
}

void ChartThumbnail::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit activated(m_question.kind, m_question.label);
    FocusFrame::mouseReleaseEvent(event);
}

void ChartThumbnail::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit activated(m_question.kind, m_question.label);
        return;
    }
    FocusFrame::keyPressEvent(event);
}

} // namespace iv
