// SPDX-License-Identifier: MIT
#include "questionfilterproxy.h"
#include "questiontreemodel.h"
#include "snapshotfile.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace iv;

class TestQuestionTreeModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Catalogue m_catalogue;

    static QStringList childrenText(const QAbstractItemModel &model, const QModelIndex &parent)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(parent); ++r)
            out << model.index(r, 0, parent).data().toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        const QString path = ivtest::buildDatabase(m_dir, QStringLiteral("basic.db"),
                                                   {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        QString error;
        auto file = SnapshotFile::open(path, &error);
        QVERIFY2(file, qPrintable(error));
        m_catalogue = *file->readCatalogue(&error);
    }

    void structure()
    {
        QuestionTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setCatalogue(m_catalogue);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex root = model.snapshotIndex();
        QCOMPARE(root.data().toString(), QStringLiteral("basic.db"));
        QCOMPARE(childrenText(model, root), (QStringList{QStringLiteral("Shop"), QStringLiteral("blog.insights")}));
        const QModelIndex shop = model.index(0, 0, root);
        QCOMPARE(childrenText(model, shop),
                 (QStringList{QStringLiteral("How many orders?"), QStringLiteral("Average basket?"),
                              QStringLiteral("Orders per day?"), QStringLiteral("Price vs size?"),
                              QStringLiteral("Top products?")}));
        const QModelIndex blog = model.index(1, 0, root);
        QCOMPARE(model.index(0, 0, blog).data().toString(), QStringLiteral("posts")); // NULL question: label
        QCOMPARE(model.nodeType(shop), QuestionTreeModel::NodeType::App);
        const QModelIndex daily = model.indexOf(MetricKind::Timeseries, QStringLiteral("daily"));
        QCOMPARE(daily.parent(), shop);
        QCOMPARE(model.questionAt(daily)->pointCount, qint64(4));
        QVERIFY(!daily.data(Qt::DecorationRole).isNull());
        QCOMPARE(daily.data(int(QuestionTreeModel::Role::Kind)).toInt(), int(MetricKind::Timeseries));
        QVERIFY(model.flags(daily) & Qt::ItemNeverHasChildren);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void tooltipsArePlain()
    {
        QCOMPARE(plainToolTip(QStringLiteral("<b>x</b> & y")),
                 QStringLiteral("<qt style=\"white-space:pre-wrap\">&lt;b&gt;x&lt;/b&gt; &amp; y</qt>"));
        QVERIFY(plainToolTip(QString()).isEmpty());
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("visible"); // "app/question" pairs left visible
        QTest::newRow("question") << QStringLiteral("orders per")
                                  << QStringList{QStringLiteral("Shop/Orders per day?")};
        QTest::newRow("label") << QStringLiteral("HBAR") << QStringList{QStringLiteral("Shop/Top products?")};
        QTest::newRow("desc") << QStringLiteral("all orders") << QStringList{QStringLiteral("Shop/How many orders?")};
        QTest::newRow("app") << QStringLiteral("blog.ins")
                             << QStringList{QStringLiteral("blog.insights/posts"),
                                            QStringLiteral("blog.insights/Posts per tag?"),
                                            QStringLiteral("blog.insights/Length histogram?")};
        QTest::newRow("none") << QStringLiteral("zebra") << QStringList{};
    }
    void filter()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, visible);
        QuestionTreeModel model;
        model.setCatalogue(m_catalogue);
        QuestionFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setFilterText(text);
        QStringList shown;
        const QModelIndex root = proxy.index(0, 0);
        for (int a = 0; a < proxy.rowCount(root); ++a) {
            const QModelIndex app = proxy.index(a, 0, root);
            for (int q = 0; q < proxy.rowCount(app); ++q)
                shown << app.data().toString() + QLatin1Char('/') + proxy.index(q, 0, app).data().toString();
        }
        QCOMPARE(shown, visible);
        QCOMPARE(proxy.rowCount(), visible.isEmpty() ? 0 : 1);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 2);
    }
};

QTEST_GUILESS_MAIN(TestQuestionTreeModel)
#include "tst_questiontreemodel.moc"
