// SPDX-License-Identifier: MIT
#include "bucketprobe.h"
#include "bucketvaluestablemodel.h"
#include "testsupport.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace iv;

class TestBucketValuesTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_basic, m_tolerant;

    static QStringList row(const QAbstractItemModel &m, int r)
    {
        QStringList out;
        for (int c = 0; c < m.columnCount(); ++c)
            out << m.index(r, c).data().toString();
        return out;
    }
    static QStringList headers(const QAbstractItemModel &m)
    {
        QStringList out;
        for (int c = 0; c < m.columnCount(); ++c)
            out << m.headerData(c, Qt::Horizontal).toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        m_basic = ivtest::buildDatabase(m_dir, QStringLiteral("basic.db"),
                                        {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        m_tolerant = ivtest::buildDatabase(m_dir, QStringLiteral("tolerant.db"),
                                           {QStringLiteral("schema.sql"), QStringLiteral("tolerant.sql")});
    }

    void timeseriesRows()
    {
        BucketValuesTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const auto b = ivtest::loadBucket(m_basic, QStringLiteral("daily"));
        model.setValues(b.question, b.values);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(row(model, 0), (QStringList{QStringLiteral("4"), QStringLiteral("2025-12-01 00:00:00"),
                                             QStringLiteral("5"), QStringLiteral("0"), QString()}));
        QCOMPARE(row(model, 1).at(2), QStringLiteral("7.5"));
        QCOMPARE(row(model, 3).at(1), QStringLiteral("2025-12-04 00:00:00.250000"));
        QCOMPARE(headers(model), (QStringList{QStringLiteral("id"), QStringLiteral("Day (timestamp)"),
                                              QStringLiteral("Orders (xvalue)"), QStringLiteral("yvalue"),
                                              QStringLiteral("category")}));
        QCOMPARE(model.index(1, BucketValuesTableModel::XColumn)
                     .data(int(BucketValuesTableModel::Role::Raw))
                     .toDouble(),
                 7.5);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void categoriesAndHeaders()
    {
        BucketValuesTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto s = ivtest::loadBucket(m_basic, QStringLiteral("scatter"));
        model.setValues(s.question, s.values);
        QCOMPARE(row(model, 1), (QStringList{QStringLiteral("9"), QString(), QStringLiteral("7"),
                                             QStringLiteral("2"), QStringLiteral("large")}));
        QCOMPARE(headers(model).mid(2, 2),
                 (QStringList{QStringLiteral("Price (xvalue)"), QStringLiteral("Size (yvalue)")}));
        const auto h = ivtest::loadBucket(m_basic, QStringLiteral("hbar"));
        model.setValues(h.question, h.values);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(headers(model).last(), QStringLiteral("Product (category)"));
        QCOMPARE(row(model, 0).last(), QStringLiteral("Apples")); // file order, not chart order
    }

    void rawValuesOfOddRows()
    {
        BucketValuesTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto b = ivtest::loadBucket(m_tolerant, QStringLiteral("bad_times"));
        model.setValues(b.question, b.values);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(row(model, 1).at(1), QString());                   // NULL timestamp
        QCOMPARE(row(model, 2).at(1), QStringLiteral("yesterday")); // stored text as is
        QCOMPARE(row(model, 4).at(1), QStringLiteral("2025-01-05T00:00:00Z"));
        QCOMPARE(row(model, 4).at(2), QString()); // 'five' is not a number
        QCOMPARE(row(model, 5).at(4), QString()); // empty category
        QVERIFY(model.index(1, BucketValuesTableModel::TimestampColumn)
                    .data(int(BucketValuesTableModel::Role::Raw))
                    .toString()
                    .isNull());
    }

    // Numbers in the UI language's notation, exact: two values 1e-12 apart read differently, big ones
    // grouped.
    void numbersInTheUiLanguage()
    {
        Question q;
        q.kind = MetricKind::Scatterplot;
        BucketValues v;
        v.ids = {1, 2, 3, 4};
        v.x = {99.29763265501352, 1.0, 573607.73, std::nan("")};
        v.y = {-0.0, 1.0 + 1e-12, 1e300, 5000};
        v.timestamps = QVector<qint64>(4, 0);
        v.categoryIndex = QVector<qint32>(4, -1);
        BucketValuesTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setValues(q, v);
        auto cell = [&](int r, int c) { return model.index(r, c).data().toString(); };
        Translations::instance()->apply(QStringLiteral("de"));
        QCOMPARE(cell(0, BucketValuesTableModel::XColumn), QStringLiteral("99,29763265501352"));
        QCOMPARE(cell(0, BucketValuesTableModel::YColumn), QStringLiteral("-0"));
        QCOMPARE(cell(1, BucketValuesTableModel::XColumn), QStringLiteral("1"));
        QCOMPARE(cell(1, BucketValuesTableModel::YColumn), QStringLiteral("1,000000000001"));
        QCOMPARE(cell(2, BucketValuesTableModel::XColumn), QStringLiteral("573.607,73"));
        QCOMPARE(cell(2, BucketValuesTableModel::YColumn), QStringLiteral("1E+300"));
        QCOMPARE(cell(3, BucketValuesTableModel::XColumn), QString());
        QCOMPARE(cell(3, BucketValuesTableModel::YColumn), QStringLiteral("5.000"));
        Translations::instance()->apply(QStringLiteral("nl"));
        QCOMPARE(cell(3, BucketValuesTableModel::YColumn), QStringLiteral("5.000"));
        Translations::instance()->apply(QStringLiteral("en"));
        QCOMPARE(cell(0, BucketValuesTableModel::XColumn), QStringLiteral("99.29763265501352"));
        QCOMPARE(cell(3, BucketValuesTableModel::YColumn), QStringLiteral("5,000"));
        // The raw role keeps the double.
        QCOMPARE(model.index(2, BucketValuesTableModel::XColumn)
                     .data(int(BucketValuesTableModel::Role::Raw))
                     .toDouble(),
                 573607.73);
    }
};

QTEST_GUILESS_MAIN(TestBucketValuesTableModel)
#include "tst_bucketvaluestablemodel.moc"
