// SPDX-License-Identifier: MIT
#include "chartexportactions.h"
#include "exportchartdialog.h"
#include "snapshotfile.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QImageReader>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace iv;

class TestChartExportActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_source;
    QTemporaryDir m_out;
    QString m_db;
    std::unique_ptr<SnapshotFile> m_snapshot;
    Catalogue m_catalogue;

private slots:
    void initTestCase()
    {
        m_db = ivtest::buildDatabase(m_source, QStringLiteral("basic.db"),
                                     {QStringLiteral("schema.sql"), QStringLiteral("basic.sql")});
        QString error;
        m_snapshot = SnapshotFile::open(m_db, &error);
        m_catalogue = *m_snapshot->readCatalogue(&error);
    }

    void enabledStates()
    {
        QWidget window;
        ChartExportActions actions(&window);
        for (QAction *a : actions.chartActions() + actions.fileActions()) {
            QVERIFY(!a->isEnabled());
            QVERIFY(!a->text().isEmpty());
        }
        QCOMPARE(actions.exportChartAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        actions.setSnapshot(m_db);
        for (QAction *a : actions.fileActions())
            QVERIFY(a->isEnabled());
        const Question *daily = m_catalogue.findBucket(QStringLiteral("daily"));
        actions.setContext(m_db, daily, nullptr); // values still loading
        QVERIFY(!actions.exportChartAction()->isEnabled());
        QVERIFY(!actions.exportDataAction()->isEnabled());
        QString error;
        const auto values = m_snapshot->loadBucketValues(daily->id, &error);
        actions.setContext(m_db, daily, &*values);
        for (QAction *a : actions.chartActions())
            QVERIFY(a->isEnabled());
        const Question *counter = m_catalogue.find(MetricKind::Counter, QStringLiteral("orders"));
        actions.setContext(m_db, counter, nullptr);
        QVERIFY(!actions.exportChartAction()->isEnabled());
        QVERIFY(actions.exportDataAction()->isEnabled());
    }

    void workBehindTheActions()
    {
        QWidget window;
        ChartExportActions actions(&window);
        const Question *bars = m_catalogue.findBucket(QStringLiteral("bars"));
        QString error;
        const auto values = m_snapshot->loadBucketValues(bars->id, &error);
        actions.setContext(m_db, bars, &*values);

        RenderOptions options;
        options.dpi = 90;
        const QString png = m_out.filePath(QStringLiteral("bars.png"));
        QVERIFY2(actions.exportChartTo(png, options, &error), qPrintable(error));
        QCOMPARE(QImageReader(png).size(), QSize(720, 360));

        const QString csv = m_out.filePath(QStringLiteral("bars.csv"));
        QVERIFY2(actions.exportDataTo(csv, false, &error), qPrintable(error));
        QCOMPARE(ivtest::readText(csv),
                 QStringLiteral("id,timestamp,Posts,y,category\r\n11,,12,0,qt\r\n12,,8,0,sql\r\n"));

        QVERIFY2(actions.copyChart(&error), qPrintable(error));
        QCOMPARE(QApplication::clipboard()->image().size(), QSize(768, 384));

        options.format = ChartFormat::Svg;
        const QString dir = m_out.filePath(QStringLiteral("all"));
        QCOMPARE(actions.exportAllChartsTo(dir, options, &error), 5);
        QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 5);

        const QString pdf = m_out.filePath(QStringLiteral("report.pdf"));
        QVERIFY2(actions.exportReportTo(pdf, &error), qPrintable(error));
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }

    void dialogOptions()
    {
        ExportChartDialog dialog;
        RenderOptions o;
        o.format = ChartFormat::Pdf;
        o.size = ChartSize::Medium;
        o.dpi = 300;
        o.dark = true;
        dialog.setPath(QStringLiteral("/tmp/x.png"));
        dialog.setOptions(o);
        const RenderOptions back = dialog.options();
        QCOMPARE(int(back.format), int(ChartFormat::Pdf));
        QCOMPARE(int(back.size), int(ChartSize::Medium));
        QCOMPARE(back.dpi, 300);
        QVERIFY(back.dark);
        QCOMPARE(dialog.path(), QStringLiteral("/tmp/x.pdf")); // extension follows the format
        const auto combos = dialog.findChildren<QComboBox *>();
        QCOMPARE(combos.size(), 3);
        for (QComboBox *c : combos)
            QVERIFY(!c->accessibleName().isEmpty());
        QVERIFY(!dialog.findChild<QSpinBox *>()->isEnabled()); // DPI is for PNG only
    }
};

QTEST_MAIN(TestChartExportActions)
#include "tst_chartexportactions.moc"
