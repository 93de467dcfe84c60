// SPDX-License-Identifier: MIT
#include "chartthumbnail.h"

#include "chartbuilder.h"
#include "questiontreemodel.h" // plainToolTip

#include <QChartView>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace iv {

ChartThumbnail::ChartThumbnail(const Question &question, QWidget *parent)
    : QFrame(parent), m_question(question), m_title(new QLabel(this)), m_message(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setFixedHeight(240);
    setMinimumWidth(300);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(question.displayText());
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setText(tr("Loading…"));
    layout->addWidget(m_message, 1);
    setToolTip(plainToolTip(question.desc));
    setAccessibleName(tr("Chart: %1").arg(question.displayText()));
    if (question.kind == MetricKind::Unknown)
        m_message->setText(ChartBuilder::unsupportedText(question));
}

void ChartThumbnail::setValues(const BucketValues &values)
{
    ChartNotes notes;
    QChart *chart = ChartBuilder::build(m_question, values, ChartStyle::forPalette(palette(), true), &notes);
    if (!chart) {
        m_message->setText(notes.message);
        return;
    }
    m_message->hide();
    m_view = new QChartView(chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAttribute(Qt::WA_TransparentForMouseEvents); // clicks open the question
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
    QFrame::mouseReleaseEvent(event);
}

} // namespace iv
