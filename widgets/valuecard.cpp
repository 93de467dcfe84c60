// SPDX-License-Identifier: MIT
#include "valuecard.h"

#include "chartbuilder.h"
#include "elidedtext.h"
#include "textbudget.h"

#include <QChartView>
#include <QEvent>
#include <QFontMetricsF>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace iv {

ValueCard::ValueCard(const Question &question, QWidget *parent) : QFrame(parent), m_question(question)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("valueCard"));
    setFixedWidth(260);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);

    m_questionLabel = new QLabel(this);
    m_questionLabel->setTextFormat(Qt::PlainText);
    m_questionLabel->setWordWrap(true);
    // The card has a fixed width: the text is cut to a budget (full text in the tooltip), the size policy
    // stays.
    m_questionLabel->setText(TextBudget::elide(question.displayText(), TextBudget::kTitleChars));
    if (TextBudget::isElided(question.displayText(), TextBudget::kTitleChars))
        m_questionLabel->setToolTip(ElidedText::toolTip(question.displayText()));
    m_questionLabel->setMinimumHeight(m_questionLabel->fontMetrics().lineSpacing() * 2);
    m_questionLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_questionLabel);

    if (question.kind == MetricKind::Gauge) {
        auto *view =
            new QChartView(ChartBuilder::buildGauge(question, ChartStyle::forPalette(palette(), true)), this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setFixedHeight(110);
        view->setFrameShape(QFrame::NoFrame);
        view->setStyleSheet(QStringLiteral("background: transparent"));
        view->setAccessibleName(tr("Gauge"));
        layout->addWidget(view);
    }

    m_valueLabel = new QLabel(this);
    m_valueLabel->setObjectName(QStringLiteral("value"));
    m_valueLabel->setTextFormat(Qt::PlainText);
    m_valueLabel->setText(formatValue(question));
    m_valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_valueLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_valueLabel->setFont(big);
    m_valueLabel->setAlignment(question.kind == MetricKind::Gauge ? Qt::AlignHCenter : Qt::AlignLeft);
    layout->addWidget(m_valueLabel);
    fitValue(width() - layout->contentsMargins().left() - layout->contentsMargins().right());
    layout->addStretch(); // in a row made taller by a gauge beside it, the text stays at the top

    setToolTip(ElidedText::toolTip(question.desc));
    retranslateUi();
}

void ValueCard::fitValue(int width)
{
    // The exact value is always in the tooltip; the label shrinks its font to fit (down to the body font's
    // size), then shows the compact form (9.22E+18) when even that is too wide.
    m_valueLabel->setToolTip(ElidedText::toolTip(formatValue(m_question)));
    QFont f = m_valueLabel->font();
    const qreal smallest = QFont().pointSizeF();
    while (QFontMetricsF(f).horizontalAdvance(m_valueLabel->text()) > width && f.pointSizeF() > smallest)
        f.setPointSizeF(std::max(smallest, f.pointSizeF() - 1));
    m_valueLabel->setFont(f);
    if (QFontMetricsF(f).horizontalAdvance(m_valueLabel->text()) > width) {
        const double v =
            m_question.kind == MetricKind::Counter ? double(m_question.intValue) : m_question.value;
        m_valueLabel->setText(m_question.valueValid ? QLocale().toString(v, 'g', 3)
                                                    : TextBudget::elide(m_valueLabel->text(), 12));
    }
}

QString ValueCard::valueText() const
{
    return m_valueLabel->text();
}

QString ValueCard::formatValue(const Question &question)
{
    if (!question.valueValid)
        return question.rawValue.isNull() ? QStringLiteral("—") : question.rawValue;
    const QLocale locale;
    if (question.kind == MetricKind::Counter || question.valueIsInteger)
        return locale.toString(question.kind == MetricKind::Counter ? question.intValue
                                                                    : qint64(question.value));
    // Twelve significant digits hide binary noise (-10.758000000000003 is shown as -10.758).
    const double rounded = QString::number(question.value, 'g', 12).toDouble();
    return locale.toString(rounded, 'f', QLocale::FloatingPointShortest);
}

void ValueCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void ValueCard::retranslateUi()
{
    const QString kind = m_question.kind == MetricKind::Gauge ? tr("Gauge") : tr("Counter");
    setAccessibleName(tr("%1: %2").arg(kind, m_question.displayText()));
    m_valueLabel->setAccessibleName(tr("Value"));
}

} // namespace iv
