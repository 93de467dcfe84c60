// SPDX-License-Identifier: MIT
// The collect dialog offscreen: it lists providers and metrics, honours the checkboxes, runs in a worker
// thread (the GUI thread keeps processing events), shows progress and log, emits snapshotReady, remembers the
// confirmation per content hash, refuses bad project files, and a cancel leaves the previous output alone.
#include "collectdialog.h"
#include "collectcompare.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace iv;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    f.write(text);
    return f.fileName();
}

QByteArray sha(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

const char kProject[] = "{\"output\": \"shop.db\", \"sources\": {\"default\": \"source.db\"}, \"apps\": [{\"module\": "
                        "\"shop.insights\", \"label\": \"Shop\", \"metrics\": ["
                        "{\"kind\": \"counter\", \"label\": \"orders\", \"sql\": \"SELECT count(*) FROM shop_order\"},"
                        "{\"kind\": \"gauge\", \"label\": \"avg_total\", \"sql\": \"SELECT avg(total) FROM shop_order\"},"
                        "{\"kind\": \"counter\", \"label\": \"web_orders\", \"sql\": \"SELECT count(*) FROM shop_order "
                        "WHERE kind = 'web'\"}]}]";

} // namespace

class TestCollectDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_config;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_config.isValid());
        // QSettings of this test live in a private folder.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("InsightsViewerTest"));
        QVERIFY(!ivtest::buildDatabase(m_dir, QStringLiteral("source.db"), {QStringLiteral("collect_source.sql")}).isEmpty());
    }

    void runsSelectedMetrics()
    {
        const QString project = write(m_dir, QStringLiteral("shop.json"), QByteArray(kProject) + "}");
        CollectDialog dialog(project);
        QVERIFY2(dialog.isValid(), qPrintable(dialog.errorString()));
        QVERIFY(dialog.needsConsent());
        dialog.consent().grant(); // pre-seeded: no question box in the test
        QVERIFY(!dialog.needsConsent());
        QCOMPARE(dialog.outputPath(), m_dir.filePath(QStringLiteral("shop.db")));
        auto *tree = dialog.findChild<QTreeWidget *>();
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTreeWidgetItem *sql = tree->topLevelItem(0);
        QCOMPARE(sql->text(0), QStringLiteral("sql"));
        QCOMPARE(sql->childCount(), 3);
        QCOMPARE(sql->child(1)->text(0), QStringLiteral("avg_total"));
        sql->child(1)->setCheckState(0, Qt::Unchecked);
        dialog.show();

        QSignalSpy ready(&dialog, &CollectDialog::snapshotReady);
        dialog.start();
        QVERIFY(dialog.isRunning() || ready.count() == 1);
        QVERIFY(ready.wait(30000) || ready.count() == 1);
        QCOMPARE(ready.first().first().toString(), m_dir.filePath(QStringLiteral("shop.db")));
        QVERIFY(!dialog.isRunning());

        // Values counted by hand in tests/data/collect_source.sql; avg_total was unchecked.
        QCOMPARE(ivtest::queryLines(m_dir.filePath(QStringLiteral("shop.db")),
                                    QStringLiteral("SELECT label, value FROM insights_counter ORDER BY id")),
                 QStringList({QStringLiteral("'orders'|'5'"), QStringLiteral("'web_orders'|'3'")}));
        QCOMPARE(ivtest::queryLines(m_dir.filePath(QStringLiteral("shop.db")), QStringLiteral("SELECT count(*) FROM insights_gauge")),
                 QStringList{QStringLiteral("'0'")});
        auto *orders = qobject_cast<QProgressBar *>(tree->itemWidget(sql->child(0), 2));
        auto *avg = qobject_cast<QProgressBar *>(tree->itemWidget(sql->child(1), 2));
        QVERIFY(orders && avg);
        QCOMPARE(orders->value(), orders->maximum());
        QCOMPARE(avg->value(), 0);
        auto *log = dialog.findChild<QPlainTextEdit *>();
        QVERIFY(log->toPlainText().contains(QStringLiteral("Done: 2 metrics written to")));
    }

    void badProjectCannotRun()
    {
        const QString project = write(m_dir, QStringLiteral("bad.json"), R"({"output": "x.db", "sources": {"default": "source.db"}, "apps": [{"module": "m", "metrics": [
            {"kind": "counter", "label": "a", "sql": "SELECT 1"}, {"kind": "counter", "label": "a", "sql": "SELECT 2"}]}]})");
        CollectDialog dialog(project);
        QVERIFY(!dialog.isValid());
        QVERIFY2(dialog.errorString().contains(QStringLiteral("label \"a\" is used twice")), qPrintable(dialog.errorString()));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->buttons().first()->isEnabled()); // Collect
        QSignalSpy finished(&dialog, &CollectDialog::collectFinished);
        dialog.start();
        QCOMPARE(finished.count(), 0);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.db"))));
    }

    void cancelKeepsPreviousOutput()
    {
        const QByteArray json = QByteArray(kProject).replace("shop.db", "cancel.db")
                                + ", \"providers\": [{\"name\": \"slow\", \"kind\": \"command\", \"program\": \"python3\", "
                                  "\"arguments\": [\"" IV_TEST_DATA_DIR "/collect/ndjson.py\", \"slow\"]}]}";
        const QString project = write(m_dir, QStringLiteral("cancel.json"), json);
        const QString out = ivtest::copyFile(m_dir.filePath(QStringLiteral("source.db")), m_dir, QStringLiteral("cancel.db"));
        const ivtest::FileState before = ivtest::fileState(out);
        CollectDialog dialog(project);
        QVERIFY2(dialog.isValid(), qPrintable(dialog.errorString()));
        dialog.consent().grant();
        auto *tree = dialog.findChild<QTreeWidget *>();
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(1)->text(1), QStringLiteral("command"));
        QSignalSpy finished(&dialog, &CollectDialog::collectFinished);
        dialog.start();
        // The command provider's first metric shows up as a new row with its own bar; then cancel.
        QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItem(1)->childCount() == 1, 30000);
        QCOMPARE(tree->topLevelItem(1)->child(0)->text(0), QStringLiteral("ext_users"));
        dialog.cancel();
        QVERIFY(finished.wait(20000) || finished.count() == 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(finished.first().at(1).toString().startsWith(QStringLiteral("Canceled")));
        QVERIFY(ivtest::fileState(out) == before);
    }
};

QTEST_MAIN(TestCollectDialog)
#include "tst_collectdialog.moc"
