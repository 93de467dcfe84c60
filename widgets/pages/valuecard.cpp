// SPDX-License-Identifier: MIT
#include "valuecard.h"

#include "elidedtext.h"
#include "gaugedial.h"
#include "numberformat.h"
#include "preferences.h"
#include "questiontreemodel.h" // plainToolTip
#include "textbudget.h"

#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontMetricsF>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <QPainter>
#include <QPen>
#include <QPolygonF>
#include <limits>

namespace iv {

// A line of a series' values scaled to the widget, gaps where a value is missing; the latest point marked.
class Sparkline : public QWidget
{
public:
    explicit Sparkline(QWidget *parent) : QWidget(parent) { setFixedHeight(28); }
    void setValues(const QVector<double> &values)
    {
        m_values = values;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (double v : std::as_const(m_values))
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        if (m_values.size() < 2 || !std::isfinite(lo))
            return;
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF area = QRectF(rect()).adjusted(3, 3, -3, -3);
        const double span = hi > lo ? hi - lo : 1.0;
        auto at = [&](qsizetype i) {
            const double x = area.left() + area.width() * double(i) / double(m_values.size() - 1);
            const double y = hi > lo ? area.bottom() - area.height() * (m_values.at(i) - lo) / span : area.center().y();
            return QPointF(x, y);
        };
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
        QPolygonF run;
        auto flush = [&] {
            if (run.size() > 1)
                painter.drawPolyline(run);
            else if (run.size() == 1)
                painter.drawPoint(run.first());
            run.clear();
        };
        for (qsizetype i = 0; i < m_values.size(); ++i) {
            if (std::isfinite(m_values.at(i)))
                run << at(i);
            else
                flush();
        }
        flush();
        for (qsizetype i = m_values.size() - 1; i >= 0; --i)
            if (std::isfinite(m_values.at(i))) {
                painter.setBrush(palette().color(QPalette::Highlight));
                painter.drawEllipse(at(i), 2.5, 2.5);
                break;
            }
    }

private:
    QVector<double> m_values;
};

ValueCard::ValueCard(const Question &question, QWidget *parent) : FocusFrame(parent), m_question(question)
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
        m_dial = new GaugeDial(this);
        layout->addWidget(m_dial);
    }

    m_valueLabel = new QLabel(this);
    m_valueLabel->setObjectName(QStringLiteral("value"));
    m_valueLabel->setTextFormat(Qt::PlainText);
    m_valueLabel->setText(formatValue(question));
    m_valueLabel->setToolTip(plainToolTip(exactValue(question)));
    m_valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_valueLabel->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_valueLabel->setFont(big);
    m_valueLabel->setAlignment(question.kind == MetricKind::Gauge ? Qt::AlignHCenter : Qt::AlignLeft);
    layout->addWidget(m_valueLabel);
    layout->addStretch(); // in a row made taller by a gauge beside it, the text stays at the top

    setToolTip(ElidedText::toolTip(question.desc));
    updateGauge();
    retranslateUi();
}

void ValueCard::fitValue(int width)
{
    // The exact value is always in the tooltip; the label shrinks its font to fit (down to the body font's
    // size), then shows the compact form ("9.22 quintillion" style suffixes of the UI language) when even
    // that is too wide.
    m_valueLabel->setText(formatValue(m_question));
    m_valueLabel->setToolTip(ElidedText::toolTip(exactValue(m_question)));
    QFont f = m_valueLabel->font();
    const qreal smallest = QFont().pointSizeF();
    while (QFontMetricsF(f).horizontalAdvance(m_valueLabel->text()) > width && f.pointSizeF() > smallest)
        f.setPointSizeF(std::max(smallest, f.pointSizeF() - 1));
    m_valueLabel->setFont(f);
    if (QFontMetricsF(f).horizontalAdvance(m_valueLabel->text()) > width) {
        const double v =
            m_question.kind == MetricKind::Counter ? double(m_question.intValue) : m_question.value;
        m_valueLabel->setText(m_question.valueValid ? NumberFormat::ui().compact(v)
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
    const NumberFormat format = NumberFormat::ui();
    // With the unit the question states ("-12.2%", "573,607.73 hours").
    return GaugeRange::withUnit(question.valueIsInteger ? format.integer(question.intValue)
                                                        : format.display(question.value),
                                GaugeRange::unitOf(question), format.locale());
}

QString ValueCard::exactValue(const Question &question)
{
    if (!question.valueValid)
        return question.rawValue.isNull() ? QStringLiteral("—") : question.rawValue;
    const NumberFormat format = NumberFormat::ui();
    return question.valueIsInteger ? format.integer(question.intValue) : format.exact(question.value);
}

bool CardTrend::isEmpty() const
{
    return std::count_if(values.cbegin(), values.cend(), [](double v) { return std::isfinite(v); }) < 2;
}

void ValueCard::setTrend(const CardTrend &trend)
{
    m_trend = trend;
    if (!m_sparkline && trend.isEmpty())
        return;
    auto *box = static_cast<QVBoxLayout *>(layout());
    if (!m_sparkline) {
        m_sparkline = new Sparkline(this);
        m_changeLabel = new QLabel(this);
        m_changeLabel->setObjectName(QStringLiteral("change"));
        m_changeLabel->setTextFormat(Qt::PlainText);
        m_changeLabel->setWordWrap(true);
        // Under the number, above the stretch that keeps the text at the top of a tall row.
        const int at = box->indexOf(m_valueLabel) + 1;
        box->insertWidget(at, m_sparkline);
        box->insertWidget(at + 1, m_changeLabel);
    }
    m_sparkline->setValues(trend.values);
    m_changeLabel->setText(trend.change);
    m_sparkline->setVisible(!trend.isEmpty());
    m_changeLabel->setVisible(!trend.isEmpty() && !trend.change.isEmpty());
    m_sparkline->setAccessibleName(trend.change);
    updateGeometry();
}

void ValueCard::setAppModule(const QString &appModule)
{
    m_appModule = appModule;
    updateGauge();
}

void ValueCard::updateGauge()
{
    if (!m_dial)
        return;
    const double value = m_question.valueValid ? m_question.value : std::nan("");
    m_dial->setGauge(GaugeRange::resolve(m_question, Preferences().gaugeRange(m_appModule, m_question.label)),
                     value);
}

bool ValueCard::setGaugeRange(double minimum, double maximum)
{
    if (!Preferences().setGaugeRange(m_appModule, m_question.label, minimum, maximum))
        return false;
    updateGauge();
    return true;
}

void ValueCard::clearGaugeRange()
{
    Preferences().clearGaugeRange(m_appModule, m_question.label);
    updateGauge();
}

void ValueCard::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_dial) {
        FocusFrame::contextMenuEvent(event);
        return;
    }
    QMenu menu(this);
    connect(menu.addAction(tr("Set Gauge Range…")), &QAction::triggered, this, &ValueCard::askGaugeRange);
    QAction *clear = menu.addAction(tr("Clear Gauge Range"));
    clear->setEnabled(Preferences().gaugeRange(m_appModule, m_question.label).has_value());
    connect(clear, &QAction::triggered, this, &ValueCard::clearGaugeRange);
    // From the keyboard (Menu key, Shift+F10) the menu opens at the card, not where the pointer happens to be.
    menu.exec(event->reason() == QContextMenuEvent::Keyboard ? mapToGlobal(rect().center())
                                                              : event->globalPos());
}

void ValueCard::keyPressEvent(QKeyEvent *event)
{
    if (m_dial && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        askGaugeRange();
        return;
    }
    if (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier) {
        QContextMenuEvent menu(QContextMenuEvent::Keyboard, rect().center(), mapToGlobal(rect().center()));
        contextMenuEvent(&menu);
        return;
    }
    FocusFrame::keyPressEvent(event);
}

void ValueCard::askGaugeRange()
{
    const NumberFormat format = NumberFormat::ui();
    const GaugeRange current = m_dial->range();
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("gaugeRangeDialog"));
    dialog.setWindowTitle(tr("Gauge Range"));
    auto *form = new QFormLayout(&dialog);
    auto *intro = new QLabel(&dialog);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setText(
        tr("The scale of \"%1\" in this viewer (the file stores none).").arg(m_question.displayText()));
    form->addRow(intro);
    auto *minimum =
        new QLineEdit(current.hasArc() ? format.exact(current.minimum) : format.exact(0), &dialog);
    auto *maximum = new QLineEdit(current.hasArc() ? format.exact(current.maximum) : QString(), &dialog);
    minimum->setObjectName(QStringLiteral("minimum"));
    maximum->setObjectName(QStringLiteral("maximum"));
    form->addRow(tr("M&inimum:"), minimum);
    form->addRow(tr("M&aximum:"), maximum);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    auto check = [&] {
        bool okMin = false, okMax = false;
        const double lo = format.parse(minimum->text(), &okMin);
        const double hi = format.parse(maximum->text(), &okMax);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(okMin && okMax && GaugeRange::isValidRange(lo, hi));
    };
    connect(minimum, &QLineEdit::textChanged, &dialog, check);
    connect(maximum, &QLineEdit::textChanged, &dialog, check);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    check();
    if (dialog.exec() != QDialog::Accepted)
        return;
    setGaugeRange(format.parse(minimum->text(), nullptr), format.parse(maximum->text(), nullptr));
}

void ValueCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    FocusFrame::changeEvent(event);
}

void ValueCard::retranslateUi()
{
    const QString kind = m_question.kind == MetricKind::Gauge ? tr("Gauge") : tr("Counter");
    setAccessibleName(tr("%1: %2").arg(kind, m_question.displayText()));
    // Numbers follow the UI language too; the card has a fixed width, the number fits it.
    const QMargins margins = layout() ? layout()->contentsMargins() : QMargins();
    fitValue(width() - margins.left() - margins.right());
    m_valueLabel->setAccessibleName(tr("Value"));
    if (m_dial)
        m_dial->setAccessibleName(tr("Gauge"));
}

} // namespace iv
