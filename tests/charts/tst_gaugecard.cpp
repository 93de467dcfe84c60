// SPDX-License-Identifier: MIT
// Gauge and counter cards: honest gauges (a range only when there is one), numbers in the UI language.
#include "chartthumbnail.h"
#include "gaugedial.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "questiontreemodel.h" // plainToolTip
#include "translations.h"
#include "valuecard.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

using namespace iv;

namespace {
Question gauge(const QString &label, double value)
{
    Question q;
    q.kind = MetricKind::Gauge;
    q.label = label;
    q.value = value;
    q.valueValid = true;
    return q;
}

// The colour at angle degrees (180 = left end, 90 = top) in the middle of the arc's band, where GaugeDial
// puts it: centred above the end labels (and the note, when there is one).
QColor arcColor(GaugeDial *dial, double degrees)
{
    const QImage image = dial->grab().toImage();
    const double dpr = image.devicePixelRatio();
    QFont small = dial->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics fm(small);
    const int lines = dial->noteText().isEmpty() ? 1 : 2;
    const double bottom = dial->height() - lines * fm.height() - 2;
    const double radius = std::min(dial->width() / 2.0 - 4, bottom - 4);
    const double thickness = std::max(8.0, radius * 0.36);
    const double mid = radius - thickness / 2;
    const double a = degrees * M_PI / 180;
    return image.pixelColor(int((dial->width() / 2.0 + mid * std::cos(a)) * dpr),
                            int((bottom - mid * std::sin(a)) * dpr));
}

bool near(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) < 12 && std::abs(a.green() - b.green()) < 12 &&
           std::abs(a.blue() - b.blue()) < 12;
}
int countNear(const QImage &image, const QColor &color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += near(image.pixelColor(x, y), color);
    return n;
}
} // namespace

class TestGaugeCard : public QObject
{
    Q_OBJECT

    const QColor m_track{0xE5, 0xE7, 0xEB};
    const QColor m_primary{0x25, 0x63, 0xEB};

private slots:
    void initTestCase()
    {
        // A white window, so the track (#E5E7EB) and an empty background tell apart in the pixels.
        QPalette white = QApplication::palette();
        white.setColor(QPalette::Window, Qt::white);
        QApplication::setPalette(white);
    }

    void init()
    {
        QSettings().clear();
        Translations::instance()->apply(QStringLiteral("en"));
    }

    void shareFillsItsShareOfZeroToHundred()
    {
        ValueCard card(gauge(QStringLiteral("share"), 3.4));
        card.resize(card.sizeHint());
        GaugeDial *dial = card.gaugeDial();
        QVERIFY(dial);
        QCOMPARE(dial->range().source, GaugeRange::Source::Percent);
        QCOMPARE(dial->filledFraction(), 0.034);
        QCOMPARE(dial->minimumText(), QStringLiteral("0"));
        QCOMPARE(dial->maximumText(), QStringLiteral("100"));
        QCOMPARE(dial->noteText(), QString());
        QCOMPARE(card.valueText(), QStringLiteral("3.4%")); // the unit the question names
        // Drawn: the left end is filled, the top (50 %) and the right end are track.
        QVERIFY(near(arcColor(dial, 179), m_primary));
        QVERIFY(near(arcColor(dial, 90), m_track));
        QVERIFY(near(arcColor(dial, 10), m_track));
        QVERIFY(countNear(card.grab().toImage(), m_track) > 1000);
        QVERIFY(countNear(card.grab().toImage(), m_primary) > 20);
    }

    void noHintNoArc_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("exact");
        QTest::newRow("1.748") << 1.748 << "1.748"
                               << "1.748";
        QTest::newRow("87.65") << 87.65 << "87.65"
                               << "87.65";
        QTest::newRow("1e-300") << 1e-300 << "1E-300"
                                << "1E-300";
        QTest::newRow("long") << 79.1997137393 << "79.2"
                              << "79.1997137393";
    }
    void noHintNoArc()
    {
        QFETCH(double, value);
        QFETCH(QString, shown);
        QFETCH(QString, exact);
        ValueCard card(gauge(QStringLiteral("avg_price"), value));
        card.resize(card.sizeHint());
        GaugeDial *dial = card.gaugeDial();
        QVERIFY(!dial->range().hasArc());
        QCOMPARE(dial->noteText(), QStringLiteral("no range stored"));
        QCOMPARE(dial->minimumText(), QString());
        QCOMPARE(card.valueText(), shown);
        QCOMPARE(card.findChild<QLabel *>(QStringLiteral("value"))->toolTip(), plainToolTip(exact));
        // Nothing drawn where an arc would be: the dial is one line of text, and the card holds no arc colour
        // (a drawn arc has thousands of track or fill pixels; antialiased text a few light grey ones).
        QVERIFY(dial->height() < 30);
        QCOMPARE(card.grab().toImage().pixelColor(2, 2), QColor(Qt::white));
        QCOMPARE(countNear(card.grab().toImage(), m_primary), 0);
        QVERIFY(countNear(dial->grab().toImage(), m_track) < 100);
    }

    // Outside a stated range: clamped, in the warning colour, and said in that colour; below it a warning
    // mark at the arc's start (a fill of 0 showed nothing).
    void outsideIsClampedAndSaysSo()
    {
        ValueCard card(gauge(QStringLiteral("load"), 140));
        card.setAppModule(QStringLiteral("ops"));
        QVERIFY(card.setGaugeRange(0, 100));
        card.resize(card.sizeHint());
        GaugeDial *dial = card.gaugeDial();
        QCOMPARE(dial->filledFraction(), 1.0);
        QCOMPARE(dial->noteText(), QStringLiteral("above the range: drawn at 100"));
        QCOMPARE(dial->fillColor(), dial->warningColor());
        QVERIFY(!near(arcColor(dial, 10), m_track)); // full, in the warning colour
        QVERIFY(near(arcColor(dial, 10), dial->warningColor()));
        ValueCard below(gauge(QStringLiteral("load"), -3));
        below.setAppModule(QStringLiteral("ops"));
        below.resize(below.sizeHint());
        QCOMPARE(below.gaugeDial()->noteText(), QStringLiteral("below the range: drawn at 0"));
        QCOMPARE(below.gaugeDial()->filledFraction(), 0.0);
        QVERIFY(near(arcColor(below.gaugeDial(), 179), below.gaugeDial()->warningColor()));
    }

    // A percentage outside 0–100 gets no 0–100 arc; a signed value without a range a bar around 0, never an
    // empty arc.
    void signedValueIsCentred()
    {
        ValueCard over(gauge(QStringLiteral("share"), 140));
        QVERIFY(!over.gaugeDial()->range().hasArc());
        Question change = gauge(QStringLiteral("revenue_change"), -12.2);
        change.question = QStringLiteral("Revenue change (%)");
        ValueCard card(change);
        card.resize(card.sizeHint());
        GaugeDial *dial = card.gaugeDial();
        QVERIFY(dial->range().centred());
        QVERIFY(!dial->range().hasArc());
        QCOMPARE(card.valueText(), QStringLiteral("-12.2%"));
        QCOMPARE(dial->noteText(), QStringLiteral("no range stored: the bar shows the sign around 0"));
        // The bar runs left of the centre line, in the theme's colour; the right half is track.
        const QImage image = dial->grab().toImage();
        const int y = 4 + 6;
        QVERIFY(near(image.pixelColor(dial->width() / 4, y), m_primary));
        QVERIFY(near(image.pixelColor(dial->width() * 3 / 4, y), m_track));
    }

    void germanNumbers()
    {
        Translations::instance()->apply(QStringLiteral("de"));
        Question counter;
        counter.kind = MetricKind::Counter;
        counter.label = QStringLiteral("books");
        counter.intValue = 2000;
        counter.value = 2000;
        counter.valueValid = true;
        counter.valueIsInteger = true;
        ValueCard c(counter);
        QCOMPARE(c.valueText(), QStringLiteral("2.000"));
        ValueCard g(gauge(QStringLiteral("avg_price"), 79.1997137393));
        QCOMPARE(g.valueText(), QStringLiteral("79,2"));
        QCOMPARE(g.findChild<QLabel *>(QStringLiteral("value"))->toolTip(),
                 plainToolTip(QStringLiteral("79,1997137393")));
        ValueCard share(gauge(QStringLiteral("share"), 3.4));
        QCOMPARE(share.gaugeDial()->maximumText(), QStringLiteral("100"));
        QCOMPARE(share.gaugeDial()->noteText(), QString());
        // A live language switch re-formats.
        Translations::instance()->apply(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(c.valueText(), QStringLiteral("2,000"));
        QCOMPARE(g.valueText(), QStringLiteral("79.2"));
    }

    void userRangePerModuleAndLabel()
    {
        ValueCard card(gauge(QStringLiteral("avg_price"), 1.748));
        card.setAppModule(QStringLiteral("shop.books"));
        QVERIFY(!card.gaugeDial()->range().hasArc());
        QVERIFY(!card.setGaugeRange(5, 1));
        QVERIFY(card.setGaugeRange(0, 2));
        QCOMPARE(card.gaugeDial()->range().source, GaugeRange::Source::User);
        QCOMPARE(card.gaugeDial()->filledFraction(), 0.874);
        QCOMPARE(card.gaugeDial()->maximumText(), QStringLiteral("2"));
        // Kept: a new card of the same question in the same app sees it; another app's does not.
        ValueCard again(gauge(QStringLiteral("avg_price"), 1.748));
        again.setAppModule(QStringLiteral("shop.books"));
        QCOMPARE(again.gaugeDial()->range().maximum, 2.0);
        ValueCard otherApp(gauge(QStringLiteral("avg_price"), 1.748));
        otherApp.setAppModule(QStringLiteral("shop.authors"));
        QVERIFY(!otherApp.gaugeDial()->range().hasArc());
        card.clearGaugeRange();
        QVERIFY(!card.gaugeDial()->range().hasArc());
        QVERIFY(!Preferences().gaugeRange(QStringLiteral("shop.books"), QStringLiteral("avg_price")));
    }

    // The context menu's "Set Gauge Range…" asks for both ends (in the UI language's notation) and keeps
    // them.
    void contextMenuSetsRange()
    {
        Translations::instance()->apply(QStringLiteral("de"));
        ValueCard card(gauge(QStringLiteral("avg_price"), 1.748));
        card.setAppModule(QStringLiteral("shop.books"));
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        bool dialogSeen = false, menuSeen = false;
        // The menu and the dialog run their own event loops: a timer each polls for its window (a popup may
        // take a few event loop turns to become active on a loaded machine) — two timers, since a timer does
        // not fire again while its own slot waits in the dialog's loop — and after 10 s both give up, closing
        // what is open, so the test fails instead of hanging.
        QTimer menuPoll, dialogPoll;
        QElapsedTimer waited;
        waited.start();
        connect(&dialogPoll, &QTimer::timeout, &card, [&] {
            auto *dialog = card.findChild<QDialog *>(QStringLiteral("gaugeRangeDialog"));
            if (dialog && dialog->isVisible() && !dialogSeen) {
                dialogSeen = true;
                dialog->findChild<QLineEdit *>(QStringLiteral("minimum"))->setText(QStringLiteral("0,5"));
                dialog->findChild<QLineEdit *>(QStringLiteral("maximum"))->setText(QStringLiteral("2,5"));
                dialog->accept();
            } else if (dialog && waited.elapsed() > 10000) {
                dialog->reject();
            }
        });
        connect(&menuPoll, &QTimer::timeout, &card, [&] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget()); menu && !menuSeen) {
                menuSeen = true;
                QAction *set = nullptr; // the UI is German here: "Set Gauge Range…" in its translation
                for (QAction *a : menu->actions())
                    if (a->text() == QCoreApplication::translate("iv::ValueCard", "Set Gauge Range…"))
                        set = a;
                menu->close();
                if (set)
                    set->trigger(); // opens the dialog here, while the menu's action still exists
            } else if (QWidget *popup = QApplication::activePopupWidget();
                       popup && waited.elapsed() > 10000) {
                popup->close();
            }
        });
        menuPoll.start(10);
        dialogPoll.start(10);
        QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(10, 10), card.mapToGlobal(QPoint(10, 10)));
        QApplication::sendEvent(&card, &event);
        QVERIFY(menuSeen);
        QVERIFY(dialogSeen);
        const auto range =
            Preferences().gaugeRange(QStringLiteral("shop.books"), QStringLiteral("avg_price"));
        QVERIFY(range);
        QCOMPARE(range->first, 0.5);
        QCOMPARE(range->second, 2.5);
        QCOMPARE(card.gaugeDial()->minimumText(), QStringLiteral("0,5"));
    }

    // By keyboard alone: Tab reaches the card, a ring in the highlight colour shows it has focus, and Enter
    // opens "Set Gauge Range…"; a chart thumbnail takes focus too and opens its question on Enter.
    void keyboardReachesCardsAndSetsRange()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *card = new ValueCard(gauge(QStringLiteral("avg_price"), 1.748), &window);
        card->setAppModule(QStringLiteral("shop.keys"));
        Question q;
        q.kind = MetricKind::Barchart;
        q.label = QStringLiteral("bars");
        auto *thumbnail = new ChartThumbnail(q, &window);
        layout->addWidget(card);
        layout->addWidget(thumbnail);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QColor ring = card->palette().color(QPalette::Highlight);
        QVERIFY(card->focusPolicy() & Qt::TabFocus);
        card->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(card->hasFocus());
        QCOMPARE(card->grab().toImage().pixelColor(1, card->height() / 2), ring);
        QVERIFY(thumbnail->grab().toImage().pixelColor(1, thumbnail->height() / 2) != ring); // no focus, no ring
        bool dialogSeen = false;
        QTimer dialogPoll;
        QElapsedTimer waited;
        waited.start();
        connect(&dialogPoll, &QTimer::timeout, card, [&] {
            auto *dialog = card->findChild<QDialog *>(QStringLiteral("gaugeRangeDialog"));
            if (dialog && dialog->isVisible() && !dialogSeen) {
                dialogSeen = true;
                dialog->findChild<QLineEdit *>(QStringLiteral("minimum"))->setText(QStringLiteral("1"));
                dialog->findChild<QLineEdit *>(QStringLiteral("maximum"))->setText(QStringLiteral("3"));
                dialog->accept();
            } else if (dialog && waited.elapsed() > 10000) {
                dialog->reject();
            }
        });
        dialogPoll.start(10);
        QTest::keyClick(card, Qt::Key_Return);
        QVERIFY(dialogSeen);
        const auto range = Preferences().gaugeRange(QStringLiteral("shop.keys"), QStringLiteral("avg_price"));
        QVERIFY(range);
        QCOMPARE(range->second, 3.0);
        // Tab moves on to the thumbnail, which opens its question on Enter.
        QVERIFY(thumbnail->focusPolicy() & Qt::TabFocus);
        QSignalSpy activated(thumbnail, &ChartThumbnail::activated);
        window.activateWindow(); // the closed dialog was the active window
        QVERIFY(QTest::qWaitForWindowActive(&window));
        thumbnail->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(thumbnail->hasFocus());
        QCOMPARE(thumbnail->grab().toImage().pixelColor(1, thumbnail->height() / 2), ring);
        QVERIFY(card->grab().toImage().pixelColor(1, card->height() / 2) != ring);
        QTest::keyClick(thumbnail, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
    }

    // The preferences dialog lists the ranges, edits their ends (in the UI language) and removes them.
    void preferencesDialogTable()
    {
        Translations::instance()->apply(QStringLiteral("de"));
        Preferences prefs;
        QVERIFY(prefs.setGaugeRange(QStringLiteral("shop.books"), QStringLiteral("avg_price"), 0, 2.5));
        QVERIFY(prefs.setGaugeRange(QStringLiteral("shop.authors"), QStringLiteral("<b>x</b>"), -1, 1000));
        PreferencesDialog dialog(&prefs);
        QTableWidget *table = dialog.gaugeRangeTable();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("shop.authors"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("<b>x</b>"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("1.000"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("0"));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("2,5"));
        // An edit in German notation is kept; an unusable one (minimum above maximum) goes back.
        table->item(1, 3)->setText(QStringLiteral("7,25"));
        QCOMPARE(prefs.gaugeRange(QStringLiteral("shop.books"), QStringLiteral("avg_price"))->second, 7.25);
        table->item(1, 2)->setText(QStringLiteral("100"));
        QCOMPARE(prefs.gaugeRange(QStringLiteral("shop.books"), QStringLiteral("avg_price"))->first, 0.0);
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("0"));
        // Remove.
        QVERIFY(!dialog.removeGaugeRangeButton()->isEnabled());
        table->selectRow(0);
        QVERIFY(dialog.removeGaugeRangeButton()->isEnabled());
        dialog.removeGaugeRangeButton()->click();
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(!prefs.gaugeRange(QStringLiteral("shop.authors"), QStringLiteral("<b>x</b>")));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("shop.books"));
    }
};

QTEST_MAIN(TestGaugeCard)
#include "tst_gaugecard.moc"
