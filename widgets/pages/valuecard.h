// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue.h"

#include "focusframe.h"

#include <QVector>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace iv {

class GaugeDial;
class Sparkline;

// A counter's or gauge's values over the snapshots of an open history (collection order, NaN where a snapshot
// has none) and its latest change in words: what a card shows under its number when a history is open.
struct CardTrend
{
    QVector<double> values;
    QString change;
    bool isEmpty() const; // fewer than two snapshots with a value: nothing to draw
};

// A card for a counter (the question and a big number) or a gauge (the question, a half-donut gauge and the
// number). The description is the tooltip. All file text is plain text, cut to TextBudget's budgets. Numbers
// are in the UI language's locale (NumberFormat): the card shows the display form, fitted to the card (a
// smaller font for long numbers, or a compact form), the number's tooltip the exact one. A gauge is drawn on
// its GaugeRange (the user's range for the question, else one its name states, else none: no arc); its
// context menu sets or clears the user's range (Preferences, per app module and question label). The card
// takes focus (Tab; a ring in the highlight colour shows it); on a gauge the Menu key or Shift+F10 opens the
// same menu, and Enter opens "Set Gauge Range…".
class ValueCard : public FocusFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValueCard)

public:
    explicit ValueCard(const Question &question, QWidget *parent = nullptr);

    const Question &question() const { return m_question; }
    QString valueText() const;

    // The value as shown, in the UI language: integers in full with digit grouping, other numbers rounded
    // (NumberFormat::display); what was stored when it is not a number.
    static QString formatValue(const Question &question);
    // The exact value (NumberFormat::exact), the tooltip of the number.
    static QString exactValue(const Question &question);

    // The module of the question's app: the key, with the label, of the user's gauge range. Re-reads it.
    void setAppModule(const QString &appModule);
    QString appModule() const { return m_appModule; }
    GaugeDial *gaugeDial() const { return m_dial; } // nullptr for counters
    // What the context menu's "Set Gauge Range…" and "Clear Gauge Range" do. False for an unusable range.
    bool setGaugeRange(double minimum, double maximum);
    void clearGaugeRange();
    // The trend of this question in the open history: a sparkline and the change under the number. An empty
    // trend (no history, or fewer than two snapshots with a value) hides both.
    void setTrend(const CardTrend &trend);
    const CardTrend &trend() const { return m_trend; }
    QLabel *changeLabel() const { return m_changeLabel; } // nullptr until a trend was set

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslateUi();
    void fitValue(int width);
    void updateGauge();
    void askGaugeRange();

    Question m_question;
    QLabel *m_questionLabel = nullptr;
    QLabel *m_valueLabel = nullptr;
    GaugeDial *m_dial = nullptr; // child, gauges only
    QString m_appModule;
    CardTrend m_trend;
    Sparkline *m_sparkline = nullptr;
    QLabel *m_changeLabel = nullptr;
};

} // namespace iv
