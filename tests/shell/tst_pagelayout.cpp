// SPDX-License-Identifier: MIT
// Layouts that hold: the card grid reflows to its width, pages need no horizontal scroll bar at 800×500,
// the values table's id and value columns fit the widest of all rows, and an app without questions says so.
#include "apppage.h"
#include "bucketvaluestablemodel.h"
#include "cardgrid.h"
#include "chartthumbnail.h"
#include "chartview.h"
#include "dashboardpage.h"
#include "mainwindow.h"
#include "questionpage.h"
#include "questiontreeview.h"
#include "testsupport.h"
#include "valuecard.h"

#include <QApplication>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "chartstyle.h"

using namespace iv;

namespace {

App appWith(int counters, int buckets)
{
    App app;
    app.uuid = QStringLiteral("11111111111111111111111111111111");
    app.module = QStringLiteral("shop.insights");
    app.label = QStringLiteral("Shop");
    for (int i = 0; i < counters; ++i) {
        Question q;
        q.kind = MetricKind::Counter;
        q.id = i + 1;
        q.label = QStringLiteral("c%1").arg(i);
        q.question = QStringLiteral("How many %1?").arg(i);
        q.intValue = i;
        q.value = i;
        q.valueValid = q.valueIsInteger = true;
        app.questions << q;
    }
    for (int i = 0; i < buckets; ++i) {
        Question q;
        q.kind = MetricKind::Barchart;
        q.bucketType = 4;
        q.id = 1000 + i;
        q.label = QStringLiteral("b%1").arg(i);
        q.question = QStringLiteral("Bars %1?").arg(i);
        app.questions << q;
    }
    return app;
}

// Lays out and processes events until the widget settles.
void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

} // namespace

class TestPageLayout : public QObject
{
    Q_OBJECT

private slots:
    void cardGridReflowsToItsWidth()
    {
        const App app = appWith(7, 0);
        CardGrid grid(app.questions, 3);
        grid.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grid));
        QCOMPARE(CardGrid::columnsFor(260), 1);
        QCOMPARE(CardGrid::columnsFor(525), 1);
        QCOMPARE(CardGrid::columnsFor(526), 2); // 2 × 260 + 6 spacing
        QCOMPARE(CardGrid::columnsFor(1100), 4);
        for (int width : {280, 560, 800, 1100}) {
            grid.resize(width, grid.heightForWidth(width));
            QCoreApplication::processEvents();
            QCOMPARE(grid.columns(), CardGrid::columnsFor(width));
            for (int i = 0; i < grid.count(); ++i) {
                const QRect r = grid.cardRect(i);
                QVERIFY2(r.right() < width, qPrintable(QStringLiteral("%1 at %2").arg(i).arg(width)));
            }
            // Rows: ceil(7 / columns); the height follows.
            const int rows = (7 + grid.columns() - 1) / grid.columns();
            QVERIFY(grid.cardRect(6).top() == grid.cardRect((rows - 1) * grid.columns()).top());
        }
        QCOMPARE(grid.minimumSizeHint().width(), 260);
        QVERIFY(grid.hasHeightForWidth());
        QVERIFY(grid.heightForWidth(280) > grid.heightForWidth(800));
    }

    void pagesNeedNoHorizontalScrollBar_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800 beside the tree") << QSize(1000, 740);
        QTest::newRow("800x500 beside the tree") << QSize(560, 440);
    }
    void pagesNeedNoHorizontalScrollBar()
    {
        QFETCH(QSize, size);
        Catalogue catalogue;
        catalogue.apps << appWith(9, 0);
        DashboardPage dashboard;
        dashboard.resize(size);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        dashboard.setCatalogue(catalogue);
        settle();
        QVERIFY2(dashboard.widget()->minimumSizeHint().width() <= dashboard.viewport()->width(),
                 qPrintable(QString::number(dashboard.widget()->minimumSizeHint().width())));
        QVERIFY(!dashboard.horizontalScrollBar()->isVisible());
        // Every built card lies inside the viewport's width.
        for (ValueCard *card : dashboard.cards()) {
            const QRect r(card->mapTo(dashboard.widget(), QPoint(0, 0)), card->size());
            QVERIFY(r.right() < dashboard.viewport()->width());
        }

        AppPage page;
        page.resize(size);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setApp(QStringLiteral("/nonexistent.db"), appWith(5, 3));
        settle();
        QVERIFY2(page.widget()->minimumSizeHint().width() <= page.viewport()->width(),
                 qPrintable(QString::number(page.widget()->minimumSizeHint().width())));
        QVERIFY(!page.horizontalScrollBar()->isVisible());
        const auto thumbs = page.thumbnails();
        QCOMPARE(thumbs.size(), 3);
        for (ChartThumbnail *t : thumbs) {
            const QRect r(t->mapTo(page.widget(), QPoint(0, 0)), t->size());
            QVERIFY2(r.right() < page.viewport()->width() && t->width() >= t->minimumWidth(),
                     qPrintable(QStringLiteral("%1 %2").arg(r.right()).arg(page.viewport()->width())));
        }
    }

    void mainWindowHoldsAt800x500()
    {
        QTemporaryDir dir;
        const QString db = ivtest::buildDatabase(dir, QStringLiteral("basic.db"),
                                                 {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        MainWindow w;
        w.resize(800, 500);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(db));
        settle();
        QVERIFY2(
            w.minimumSizeHint().width() <= 800 && w.minimumSizeHint().height() <= 500,
            qPrintable(
                QStringLiteral("%1x%2").arg(w.minimumSizeHint().width()).arg(w.minimumSizeHint().height())));
        QCOMPARE(w.size(), QSize(800, 500));
        // The tree leaves the page most of the width (it took 310 px of 800).
        QVERIFY2(w.sidebar()->width() <= 210, qPrintable(QString::number(w.sidebar()->width())));
        for (const QString &target :
             {QStringLiteral("Shop"), QStringLiteral("hbar"), QStringLiteral("daily")}) {
            QVERIFY(w.select(target));
            QTest::qWait(300);
            settle();
            QVERIFY2(!w.dashboardPage()->horizontalScrollBar()->isVisible(), qPrintable(target));
            QVERIFY2(!w.appPage()->horizontalScrollBar()->isVisible(), qPrintable(target));
        }
        // The status bar stays on screen, and the question page gives its chart most of the height (it was
        // about 200 of 500 px).
        QVERIFY(w.select(QStringLiteral("daily")));
        settle();
        QVERIFY(w.statusBar()->isVisible());
        QVERIFY(QRect(QPoint(0, 0), w.size())
                    .contains(QRect(w.statusBar()->mapTo(&w, QPoint(0, 0)), w.statusBar()->size())));
        QChartView *chart = w.questionPage()->chartView();
        QVERIFY(chart->isVisible());
        QVERIFY2(chart->height() >= 280, qPrintable(QString::number(chart->height())));
        // The app page shows both apps' cards inside its width.
        QVERIFY(w.select(QStringLiteral("Shop")));
        settle();
        for (ValueCard *card : w.appPage()->cards()) {
            const QRect r(card->mapTo(w.appPage()->viewport(), QPoint(0, 0)), card->size());
            QVERIFY(r.right() <= w.appPage()->viewport()->width());
        }
    }

    // Every label of the app page (the module line, "no questions") is 4.5:1 or more on the page, in the
    // light and the dark theme, also after the theme changes while it is shown.
    void appPageTextContrast()
    {
        const QPalette original = QApplication::palette();
        QPalette dark = original;
        dark.setColor(QPalette::Window, QColor(0x1F, 0x23, 0x2A));
        dark.setColor(QPalette::WindowText, QColor(0xE5, 0xE7, 0xEB));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x12, 0x12, 0x12));
        QPalette light = original;
        light.setColor(QPalette::Window, QColor(0xEF, 0xEF, 0xEF));
        light.setColor(QPalette::WindowText, Qt::black);
        light.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xBE, 0xBE, 0xBE));
        AppPage page;
        page.resize(800, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setApp(QStringLiteral("/nonexistent.db"), appWith(0, 0));
        for (const QPalette &palette : {light, dark, light}) {
            QApplication::setPalette(palette);
            settle();
            const auto labels = page.findChildren<QLabel *>();
            int checked = 0;
            for (QLabel *label : labels) {
                if (!label->isVisible() || label->text().isEmpty())
                    continue;
                const QPalette::ColorGroup group = label->isEnabled() ? QPalette::Active : QPalette::Disabled;
                const QColor text = label->palette().color(group, QPalette::WindowText);
                const QColor under = label->parentWidget()->palette().color(QPalette::Window);
                QVERIFY2(
                    ChartStyle::contrast(text, under) >= ChartStyle::kTextContrast,
                    qPrintable(
                        QStringLiteral("\"%1\": %2 on %3").arg(label->text(), text.name(), under.name())));
                ++checked;
            }
            QVERIFY(checked >= 3); // heading, module, "no questions"
        }
        QApplication::setPalette(original);
    }

    void appWithoutQuestionsSaysSo()
    {
        AppPage page;
        page.resize(800, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setApp(QStringLiteral("/nonexistent.db"), appWith(0, 0));
        settle();
        auto *label = page.findChild<QLabel *>(QStringLiteral("iv_noquestions"));
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QVERIFY(label->text().contains(QStringLiteral("no questions")));
        QCOMPARE(label->textFormat(), Qt::PlainText);
        // An app with questions does not.
        page.setApp(QStringLiteral("/nonexistent.db"), appWith(1, 0));
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("iv_noquestions")));
    }

    void idColumnFitsTheWidestId()
    {
        // The table fetches rows in batches; the ids beyond the first batch are longer than those in it.
        QTemporaryDir dir;
        const QString sql =
            ivtest::readText(ivtest::dataPath(QStringLiteral("schema.sql"))) + QStringLiteral(R"(
INSERT INTO insights_app (uuid, module, label) VALUES ('11111111111111111111111111111111', 'shop.insights', 'Shop');
INSERT INTO insights_bucket (id, created_at, label, question, "desc", type, xlabel, xformat, ylabel, yformat, title, app_id)
  VALUES (1, '2026-01-01 10:00:02', 'bars', 'Bars?', NULL, 4, 'X', NULL, 'Y', NULL, NULL, '11111111111111111111111111111111');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10001)
  INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id)
  SELECT i, NULL, i, 0, 'c' || i, 1 FROM n;
INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id)
  VALUES (1900000000, NULL, 1, 0, 'last', 1);
)");
        const QString db = ivtest::buildDatabaseFromSql(dir, QStringLiteral("ids.db"), sql);
        Question q;
        q.kind = MetricKind::Barchart;
        q.bucketType = 4;
        q.id = 1;
        q.label = QStringLiteral("bars");
        q.question = QStringLiteral("Bars?");
        QuestionPage page;
        page.resize(800, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy ready(&page, &QuestionPage::ready);
        page.setQuestion(db, q);
        QVERIFY(ready.wait(20000));
        QTableView *table = page.tableView();
        const int column = BucketValuesTableModel::IdColumn;
        QVERIFY(table->model()->rowCount() <=
                BucketValuesTableModel::kBatch); // the long id is not fetched yet
        const int needed = table->fontMetrics().horizontalAdvance(QStringLiteral("1900000000"));
        QVERIFY2(
            table->horizontalHeader()->sectionSize(column) > needed,
            qPrintable(
                QStringLiteral("%1 <= %2").arg(table->horizontalHeader()->sectionSize(column)).arg(needed)));
        // The meta line names the kind in words of the UI language, not by the file's identifier "barchart".
        QStringList texts;
        for (QLabel *label : page.findChildren<QLabel *>())
            texts << label->text();
        QVERIFY2(texts.filter(QStringLiteral("bar chart · bars")).size() == 1, qPrintable(texts.join(u'|')));
    }
    // The x and y columns too: a first batch of small values, then a long one in the last row; and the meta
    // line's point count grouped in the reader's language.
    void valueColumnsFitTheWidestValue()
    {
        QTemporaryDir dir; // the UI language is English: "1,234"
        const QString sql =
            ivtest::readText(ivtest::dataPath(QStringLiteral("schema.sql"))) + QStringLiteral(R"(
INSERT INTO insights_app (uuid, module, label) VALUES ('11111111111111111111111111111111', 'shop.insights', 'Shop');
INSERT INTO insights_bucket (id, created_at, label, question, "desc", type, xlabel, xformat, ylabel, yformat, title, app_id)
  VALUES (1, '2026-01-01 10:00:02', 'dots', 'Dots?', NULL, 3, 'X', NULL, 'Y', NULL, NULL, '11111111111111111111111111111111');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10001)
  INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id)
  SELECT i, NULL, i % 7, i % 5, 'c', 1 FROM n;
INSERT INTO insights_bucketvalue (id, timestamp, xvalue, yvalue, category, bucket_id)
  VALUES (10002, NULL, -1234567890123.5, 0.000123456789, 'c', 1);
)");
        const QString db = ivtest::buildDatabaseFromSql(dir, QStringLiteral("values.db"), sql);
        Question q;
        q.kind = MetricKind::Scatterplot;
        q.bucketType = 3;
        q.id = 1;
        q.label = QStringLiteral("dots");
        q.question = QStringLiteral("Dots?");
        q.pointCount = 10002;
        QuestionPage page;
        page.resize(800, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy ready(&page, &QuestionPage::ready);
        page.setQuestion(db, q);
        QVERIFY(ready.wait(20000));
        QTableView *table = page.tableView();
        QVERIFY(table->model()->rowCount() <= BucketValuesTableModel::kBatch); // the last row not fetched yet
        const QFontMetrics metrics = table->fontMetrics();
        for (const auto &[column, text] :
             {std::pair{int(BucketValuesTableModel::XColumn), QStringLiteral("-1,234,567,890,123.5")},
              std::pair{int(BucketValuesTableModel::YColumn), QStringLiteral("0.000123456789")}}) {
            const int needed = metrics.horizontalAdvance(text);
            QVERIFY2(table->horizontalHeader()->sectionSize(column) > needed,
                     qPrintable(QStringLiteral("column %1: %2 <= %3")
                                    .arg(column)
                                    .arg(table->horizontalHeader()->sectionSize(column))
                                    .arg(needed)));
        }
        QStringList texts;
        for (QLabel *label : page.findChildren<QLabel *>())
            texts << label->text();
        QVERIFY2(texts.filter(QStringLiteral("10,002 points")).size() == 1, qPrintable(texts.join(u'|')));
    }
};

QTEST_MAIN(TestPageLayout)
#include "tst_pagelayout.moc"
