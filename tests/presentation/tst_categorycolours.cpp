// SPDX-License-Identifier: MIT
// CategoryColours: one category → palette slot assignment per snapshot, from its content alone.
#include "categorycolours.h"
#include "snapshotfile.h"
#include "testsupport.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace iv;

namespace {
CategoryColours::Chart chart(const QStringList &categories, bool scatter = false, qint64 rows = 1)
{
    CategoryColours::Chart c;
    c.scatter = scatter;
    for (const QString &category : categories)
        c.rows.insert(category, rows);
    return c;
}

QHash<QString, int> slotsOf(const CategoryColours &colours, const QStringList &categories)
{
    QHash<QString, int> out;
    for (const QString &c : categories)
        out.insert(c, colours.slot(c));
    return out;
}
} // namespace

class TestCategoryColours : public QObject
{
    Q_OBJECT

private slots:
    // Shared categories first (most charts, then most rows, then text), then scatter-only ones; bar-only
    // categories of one chart get none; no slot has two owners; beyond the palette, none.
    void sharedCategoriesFirst()
    {
        const QVector<CategoryColours::Chart> charts = {
            chart({QStringLiteral("Email"), QStringLiteral("Phone"), QStringLiteral("Only in bars")}),
            chart({QStringLiteral("Email"), QStringLiteral("Phone"), QStringLiteral("Web")}),
            chart({QStringLiteral("Email"), QStringLiteral("Partner")}, true, 5),
            chart({QStringLiteral("Web"), QStringLiteral("Phone")}),
        };
        const CategoryColours c = CategoryColours::assign(charts);
        QCOMPARE(c.slot(QStringLiteral("Email")), 0);   // 3 charts, 7 rows
        QCOMPARE(c.slot(QStringLiteral("Phone")), 1);   // 3 charts, 3 rows
        QCOMPARE(c.slot(QStringLiteral("Web")), 2);     // 2 charts
        QCOMPARE(c.slot(QStringLiteral("Partner")), 3); // one scatterplot: needs a colour of its own
        QCOMPARE(c.slot(QStringLiteral("Only in bars")), -1);
        QCOMPARE(c.size(), 4);
    }

    void independentOfChartOrder()
    {
        QVector<CategoryColours::Chart> charts;
        QStringList all;
        for (int i = 0; i < 12; ++i) {
            QStringList cats;
            for (int k = 0; k < 5; ++k)
                cats << QStringLiteral("c%1").arg((i * 3 + k * 7) % 17);
            all += cats;
            charts << chart(cats, i % 3 == 0, 1 + i % 4);
        }
        all.removeDuplicates();
        const QHash<QString, int> first = slotsOf(CategoryColours::assign(charts), all);
        std::reverse(charts.begin(), charts.end());
        QCOMPARE(slotsOf(CategoryColours::assign(charts), all), first);
        std::rotate(charts.begin(), charts.begin() + 5, charts.end());
        QCOMPARE(slotsOf(CategoryColours::assign(charts), all), first);
        // Every slot has one owner, and the palette is used up before anyone goes without.
        QSet<int> taken;
        int owners = 0;
        for (int slot : first)
            if (slot >= 0) {
                taken.insert(slot);
                ++owners;
            }
        QCOMPARE(owners, CategoryColours::kSlots);
        QCOMPARE(taken.size(), CategoryColours::kSlots);
    }

    // The snapshot file: one grouped query over bar, hbar and scatter buckets, the same at every opening.
    void readFromSnapshot()
    {
        QTemporaryDir dir;
        const QString path =
            ivtest::buildDatabase(dir, QStringLiteral("colours.db"),
                                  {QStringLiteral("schema.sql"), QStringLiteral("category_colours.sql")});
        QString error;
        auto file = SnapshotFile::open(path, &error);
        QVERIFY2(file, qPrintable(error));
        const CategoryColours c = CategoryColours::read(*file, &error);
        QVERIFY(error.isEmpty());
        // Chat, Email and Phone: four charts and 23 rows each, so by text; Web three charts; then two-chart
        // channels by text until the six slots are taken.
        QCOMPARE(c.slot(QStringLiteral("Chat")), 0);
        QCOMPARE(c.slot(QStringLiteral("Email")), 1);
        QCOMPARE(c.slot(QStringLiteral("Phone")), 2);
        QCOMPARE(c.slot(QStringLiteral("Web")), 3);
        QCOMPARE(c.slot(QStringLiteral("Fax")), 4);
        QCOMPARE(c.slot(QStringLiteral("Kiosk")), 5);
        for (const char *none : {"Letter", "Social", "Walk-in", "Acme", "North America", ""})
            QCOMPARE(c.slot(QString::fromUtf8(none)), -1);
        auto again = SnapshotFile::open(path, &error);
        const CategoryColours d = CategoryColours::read(*again);
        for (const char *name : {"Chat", "Email", "Phone", "Web", "Fax", "Kiosk", "Letter"})
            QCOMPARE(d.slot(QString::fromUtf8(name)), c.slot(QString::fromUtf8(name)));
    }

    // A file without categories (or without the column): no colours, no error.
    void noCategories()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(
            dir, QStringLiteral("basic.db"), {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        QString error;
        auto file = SnapshotFile::open(path, &error);
        QVERIFY2(file, qPrintable(error));
        const CategoryColours c = CategoryColours::read(*file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(c.size() <= CategoryColours::kSlots);
    }
};

QTEST_GUILESS_MAIN(TestCategoryColours)
#include "tst_categorycolours.moc"
