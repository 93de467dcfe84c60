// SPDX-License-Identifier: MIT
// DiffPage: numbers shown in their shortest exact form (two different values never look alike), and the
// columns share the page's width — a long question wraps instead of pushing the New column off-screen.
#include "diffpage.h"
#include "testsupport.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cmath>
#include <limits>

using namespace iv;

class TestDiffPage : public QObject
{
    Q_OBJECT

private slots:
    void exactValuesAndVisibleNewColumn()
    {
        QTemporaryDir dir;
        const QString longQuestion =
            QStringLiteral("How ") + QStringLiteral("very ").repeated(80) + QStringLiteral("long?");
        const QString sql =
            ivtest::basicSnapshotSql() +
            QStringLiteral("UPDATE insights_gauge SET question = '%1' WHERE label = 'basket';\n")
                .arg(longQuestion);
        const QString a = ivtest::buildDatabaseFromSql(dir, QStringLiteral("a.db"), sql);
        const QString b = ivtest::buildDatabaseFromSql(dir, QStringLiteral("b.db"), sql);
        const double next = std::nextafter(12.25, std::numeric_limits<double>::infinity());
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(b.toUtf8().constData(), &db), SQLITE_OK);
            sqlite3_stmt *st = nullptr;
            QCOMPARE(sqlite3_prepare_v2(db, "UPDATE insights_gauge SET value = ? WHERE label = 'basket'", -1,
                                        &st, nullptr),
                     SQLITE_OK);
            sqlite3_bind_double(st, 1, next);
            QCOMPARE(sqlite3_step(st), SQLITE_DONE);
            sqlite3_finalize(st);
            sqlite3_close(db);
        }

        DiffPage page;
        page.resize(900, 500);
        page.show();
        QSignalSpy finished(&page, &DiffPage::comparisonFinished);
        page.compareFiles(a, b);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toInt(), 1);
        QTableWidget *table = page.table();
        int basket = -1;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, DiffPage::QuestionColumn)->text() == longQuestion)
                basket = row;
        QVERIFY(basket >= 0);
        QCOMPARE(table->item(basket, DiffPage::StatusColumn)->text(), QStringLiteral("changed"));
        QCOMPARE(table->item(basket, DiffPage::OldColumn)->text(), QStringLiteral("12.25"));
        QCOMPARE(table->item(basket, DiffPage::NewColumn)->text(), QStringLiteral("12.250000000000002"));
        QCOMPARE(table->item(basket, DiffPage::DeltaColumn)->text(),
                 QStringLiteral("1.7763568394002505E-15")); // next - 12.25, in English notation
        QVERIFY(page.detailsText().contains(QStringLiteral("12.25 → 12.250000000000002")));

        // Every column inside the viewport, the New column with room to show a number.
        QApplication::processEvents();
        const QHeaderView *header = table->horizontalHeader();
        const int width = table->viewport()->width();
        QVERIFY(width > 0);
        for (int c = 0; c < DiffPage::ColumnCount; ++c)
            QVERIFY2(header->sectionViewportPosition(c) >= 0 &&
                         header->sectionViewportPosition(c) + header->sectionSize(c) <= width,
                     qPrintable(QStringLiteral("column %1 at %2 + %3 in %4")
                                    .arg(c)
                                    .arg(header->sectionViewportPosition(c))
                                    .arg(header->sectionSize(c))
                                    .arg(width)));
        QVERIFY(header->sectionSize(DiffPage::NewColumn) >= 60);
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
        // The long question wraps: its row is taller than a one-line row.
        QVERIFY(table->rowHeight(basket) > 2 * table->fontMetrics().height());
    }

    // The tolerance control: 1 % makes a gauge 0.4 % apart "within tolerance" and the comparison exit 0;
    // "Include times" brings a changed collection time back as a difference.
    void toleranceAndTimes()
    {
        QTemporaryDir dir;
        const QString sql = ivtest::basicSnapshotSql();
        const QString a = ivtest::buildDatabaseFromSql(dir, QStringLiteral("a.db"), sql);
        const QString b = ivtest::buildDatabaseFromSql(
            dir, QStringLiteral("b.db"),
            sql + QStringLiteral("UPDATE insights_gauge SET value = 12.3, created_at = '2026-03-01 00:00:00' "
                                 "WHERE label = 'basket';\n"));
        DiffPage page;
        page.resize(900, 500);
        page.show();
        QSignalSpy finished(&page, &DiffPage::comparisonFinished);
        page.compareFiles(a, b);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().first().toInt(), 1);
        auto statusOf = [&page](const QString &question) {
            QTableWidget *table = page.table();
            for (int row = 0; row < table->rowCount(); ++row)
                if (table->item(row, DiffPage::QuestionColumn)->text() == question)
                    return table->item(row, DiffPage::StatusColumn)->text();
            return QString();
        };
        QCOMPARE(statusOf(QStringLiteral("Average basket?")), QStringLiteral("changed"));
        QVERIFY(page.summaryText().contains(QStringLiteral("7 exact, 0 within tolerance, 1 changed")));

        page.toleranceBox()->setValue(1.0); // percent
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().first().toInt(), 0);
        QCOMPARE(page.options().tolerance, 0.01);
        QCOMPARE(statusOf(QStringLiteral("Average basket?")), QStringLiteral("within tolerance"));
        QVERIFY(page.summaryText().contains(QStringLiteral("7 exact, 1 within tolerance, 0 changed")));
        QVERIFY(!page.summaryText().contains(QStringLiteral("Collected at")));

        page.includeTimesBox()->setChecked(true);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().first().toInt(), 1);
        QVERIFY(page.summaryText().contains(QStringLiteral("Collected at")));
    }

    // In German every number of the table is German: the gauge's percentage ("2,0 %"), the bucket's point
    // counts, their change and the summary's question counts grouped ("1.234"), never "2.0" or "1234"; the
    // kind in German words.
    void numbersInTheUiLanguage()
    {
        QTemporaryDir dir;
        const QString sql = ivtest::basicSnapshotSql();
        const QString a = ivtest::buildDatabaseFromSql(dir, QStringLiteral("a.db"), sql);
        const QString b = ivtest::buildDatabaseFromSql(
            dir, QStringLiteral("b.db"),
            sql + QStringLiteral(
                      "UPDATE insights_gauge SET value = 12.5 WHERE label = 'basket';\n"
                      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1234)\n"
                      "INSERT INTO insights_bucketvalue (timestamp, xvalue, yvalue, category, bucket_id)\n"
                      "  SELECT datetime('2030-01-01', '+' || i || ' days'), i, 0, NULL, 2 FROM n;\n"
                      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)\n"
                      "INSERT INTO insights_counter (created_at, label, question, \"desc\", value, app_id)\n"
                      "  SELECT '2026-01-01 10:00:00', 'added_' || i, NULL, '', i,\n"
                      "    '11111111111111111111111111111111' FROM n;\n"));
        Translations::instance()->apply(QStringLiteral("de"));
        DiffPage page;
        page.resize(900, 500);
        page.show();
        QSignalSpy finished(&page, &DiffPage::comparisonFinished);
        page.compareFiles(a, b);
        QVERIFY(finished.wait(30000));
        QTableWidget *table = page.table();
        auto rowOf = [table](const QString &question) {
            for (int row = 0; row < table->rowCount(); ++row)
                if (table->item(row, DiffPage::QuestionColumn)->text() == question)
                    return row;
            return -1;
        };
        const int basket = rowOf(QStringLiteral("Average basket?"));
        const int daily = rowOf(QStringLiteral("Orders per day?"));
        const QString gauge = QCoreApplication::translate("iv::KindName", "gauge");
        const QString summary = page.summaryText();
        Translations::instance()->apply(QStringLiteral("en"));
        QVERIFY(gauge != QStringLiteral("gauge"));
        QVERIFY(basket >= 0 && daily >= 0);
        QCOMPARE(table->item(basket, DiffPage::KindColumn)->text(), gauge); // kind names in words of the UI
        // 12.25 → 12.5 is +2.0 %.
        const QString percent = table->item(basket, DiffPage::PercentColumn)->text();
        QVERIFY2(percent.contains(QStringLiteral("2,0")) && !percent.contains(QStringLiteral("2.0")),
                 qPrintable(percent));
        QCOMPARE(table->item(daily, DiffPage::DeltaColumn)->text(), QStringLiteral("1.234"));
        QVERIFY2(summary.contains(QStringLiteral("1.000")) && !summary.contains(QStringLiteral("1000")),
                 qPrintable(summary)); // 1,000 counters added
        const QString points = table->item(daily, DiffPage::PointsColumn)->text();
        QVERIFY2(points.contains(QStringLiteral("1.234")) && !points.contains(QStringLiteral("1234")),
                 qPrintable(points));
        QVERIFY2(table->item(daily, DiffPage::NewColumn)->text().contains(QStringLiteral("1.2")),
                 qPrintable(table->item(daily, DiffPage::NewColumn)->text()));
    }
};

QTEST_MAIN(TestDiffPage)
#include "tst_diffpage.moc"
