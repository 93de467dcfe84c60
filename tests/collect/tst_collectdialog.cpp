// SPDX-License-Identifier: MIT
// The collect dialog offscreen: it lists providers and metrics, honours the checkboxes, runs in a worker
// thread (the GUI thread keeps processing events), shows progress and log, emits snapshotReady, asks before a
// run and asks again when what would run changed (project moved or edited, a program edited), lists every
// program with its path and folder, never shows a ${…} secret, refuses bad project files, and a cancel leaves
// the previous output alone.
#include "collectcompare.h"
#include "collectconsent.h"
#include "collectdialog.h"
#include "collectpreviewdialog.h"
#include "collectproject.h"
#include "testsupport.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
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

const char kProject[] =
    "{\"output\": \"shop.db\", \"sources\": {\"default\": \"source.db\"}, \"apps\": [{\"module\": "
    "\"shop.insights\", \"label\": \"Shop\", \"metrics\": ["
    "{\"kind\": \"counter\", \"label\": \"orders\", \"sql\": \"SELECT count(*) FROM shop_order\"},"
    "{\"kind\": \"gauge\", \"label\": \"avg_total\", \"sql\": \"SELECT avg(total) FROM shop_order\"},"
    "{\"kind\": \"counter\", \"label\": \"web_orders\", \"sql\": \"SELECT count(*) FROM shop_order "
    "WHERE kind = 'web'\"}]}]";

// Answers every question box that opens while it lives, remembering the texts it was asked.
class Answerer : public QObject
{
public:
    explicit Answerer(QMessageBox::StandardButton answer) : m_answer(answer)
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (modal && modal->objectName() == QLatin1String("collectConsent")) {
                auto *details = modal->findChild<QPlainTextEdit *>(QStringLiteral("consentDetails"));
                auto *buttons = modal->findChild<QDialogButtonBox *>();
                texts << (details ? details->toPlainText() : QString());
                QPushButton *yes = buttons ? buttons->button(QDialogButtonBox::Yes) : nullptr;
                QPushButton *no = buttons ? buttons->button(QDialogButtonBox::No) : nullptr;
                // The buttons are on screen, inside the dialog, however long the details are.
                buttonsVisible =
                    buttonsVisible && yes && no && yes->isVisible() && no->isVisible() &&
                    modal->rect().contains(QRect(yes->mapTo(modal, QPoint(0, 0)), yes->size())) &&
                    modal->rect().contains(QRect(no->mapTo(modal, QPoint(0, 0)), no->size()));
                dialogSizes << modal->size();
                (m_answer == QMessageBox::Yes ? yes : no)->click();
            }
        });
        m_timer.start(20);
    }
    QStringList texts;
    bool buttonsVisible = true;
    QList<QSize> dialogSizes;

private:
    QMessageBox::StandardButton m_answer;
    QTimer m_timer;
};

// One run of the dialog on project: how many questions it asked, and whether it collected.
struct Attempt
{
    QStringList questions;
    bool buttonsVisible = true;
    QList<QSize> sizes;
    bool collected = false;
    QString log;
};

Attempt attempt(const QString &project, QMessageBox::StandardButton answer)
{
    Attempt a;
    CollectDialog dialog(project);
    if (!dialog.isValid())
        return a;
    QSignalSpy finished(&dialog, &CollectDialog::collectFinished);
    Answerer answerer(answer);
    dialog.start();
    if (dialog.isRunning())
        finished.wait(30000);
    a.questions = answerer.texts;
    a.buttonsVisible = answerer.buttonsVisible;
    a.sizes = answerer.dialogSizes;
    a.collected = finished.count() == 1 && finished.first().first().toBool();
    a.log = dialog.findChild<QPlainTextEdit *>()->toPlainText();
    return a;
}

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
        QVERIFY(
            !ivtest::buildDatabase(m_dir, QStringLiteral("source.db"), {QStringLiteral("collect_source.sql")})
                 .isEmpty());
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
        QCOMPARE(ivtest::queryLines(m_dir.filePath(QStringLiteral("shop.db")),
                                    QStringLiteral("SELECT count(*) FROM insights_gauge")),
                 QStringList{QStringLiteral("'0'")});
        auto *orders = qobject_cast<QProgressBar *>(tree->itemWidget(sql->child(0), 2));
        auto *avg = qobject_cast<QProgressBar *>(tree->itemWidget(sql->child(1), 2));
        QVERIFY(orders && avg);
        QCOMPARE(orders->value(), orders->maximum());
        QCOMPARE(avg->value(), 0);
        auto *log = dialog.findChild<QPlainTextEdit *>();
        QVERIFY(log->toPlainText().contains(QStringLiteral("Done: 2 metrics written to")));
    }

    void asksAgainWhenWhatRunsChanges()
    {
        qputenv("IV_TEST_DIALOG_TOKEN", "dlg-5e1b-very-secret-99aa");
        const QString a = m_dir.filePath(QStringLiteral("trust-a")),
                      b = m_dir.filePath(QStringLiteral("trust-b"));
        const QByteArray script =
            "#!/bin/sh\necho '{\"app\": \"a.insights\", \"kind\": \"counter\", \"label\": \"runs\", "
            "\"value\": 1}'\n";
        const QByteArray json =
            "{\"output\": \"a.db\", \"providers\": [{\"name\": \"local\", \"kind\": \"command\", "
            "\"program\": \"./run.sh\", \"arguments\": [\"--key=${IV_TEST_DIALOG_TOKEN}\"]}]}";
        for (const QString &dir : {a, b}) {
            QVERIFY(QDir().mkpath(dir));
            QFile f(dir + QStringLiteral("/run.sh"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(script);
            f.close();
            f.setPermissions(f.permissions() | QFile::ExeOwner);
            QFile p(dir + QStringLiteral("/p.json"));
            QVERIFY(p.open(QIODevice::WriteOnly));
            p.write(json);
        }
        const QString pa = a + QStringLiteral("/p.json"), pb = b + QStringLiteral("/p.json");

        // The dialog itself lists the program by its absolute path, its folder, and no secret.
        {
            CollectDialog dialog(pa);
            QVERIFY2(dialog.isValid(), qPrintable(dialog.errorString()));
            auto *programs = dialog.findChild<QLabel *>(QStringLiteral("programs"));
            QVERIFY(programs);
            QCOMPARE(programs->textFormat(), Qt::PlainText);
            QVERIFY2(programs->text().contains(a + QStringLiteral("/run.sh --key=${IV_TEST_DIALOG_TOKEN}")),
                     qPrintable(programs->text()));
            QVERIFY(programs->text().contains(QStringLiteral("in ") + a));
            auto *tree = dialog.findChild<QTreeWidget *>();
            QVERIFY(!tree->topLevelItem(0)->toolTip(0).contains(QStringLiteral("dlg-5e1b")));
        }

        // First run: asked, with the program's absolute path and working folder; "No" runs nothing.
        Attempt no = attempt(pa, QMessageBox::No);
        QCOMPARE(no.questions.size(), 1);
        QVERIFY2(no.questions.first().contains(a + QStringLiteral("/run.sh")),
                 qPrintable(no.questions.first()));
        QVERIFY(no.questions.first().contains(QStringLiteral("in ") + a));
        QVERIFY(!no.questions.first().contains(QStringLiteral("dlg-5e1b")));
        QVERIFY(!no.collected);
        QVERIFY(!QFile::exists(a + QStringLiteral("/a.db")));
        // "Yes" runs it, and is remembered.
        QCOMPARE(attempt(pa, QMessageBox::Yes).questions.size(), 1);
        QVERIFY(QFile::exists(a + QStringLiteral("/a.db")));
        Attempt again = attempt(pa, QMessageBox::No);
        QCOMPARE(again.questions.size(), 0);
        QVERIFY(again.collected);
        QVERIFY(!again.log.contains(QStringLiteral("dlg-5e1b")));
        QVERIFY(again.log.contains(QStringLiteral("--key=${IV_TEST_DIALOG_TOKEN}")));

        // The same bytes in another folder (its own run.sh): asked again.
        Attempt copied = attempt(pb, QMessageBox::No);
        QCOMPARE(copied.questions.size(), 1);
        QVERIFY(copied.questions.first().contains(b + QStringLiteral("/run.sh")));
        QVERIFY(!copied.collected);

        // run.sh edited after it was allowed: asked again, before it runs.
        QFile edited(a + QStringLiteral("/run.sh"));
        QVERIFY(edited.open(QIODevice::Append));
        edited.write(
            "echo '{\"app\": \"a.insights\", \"kind\": \"counter\", \"label\": \"edited\", \"value\": 2}'\n");
        edited.close();
        Attempt changed = attempt(pa, QMessageBox::No);
        QCOMPARE(changed.questions.size(), 1);
        QVERIFY(!changed.collected);
        QCOMPARE(ivtest::queryLines(a + QStringLiteral("/a.db"),
                                    QStringLiteral("SELECT label FROM insights_counter")),
                 QStringList{QStringLiteral("'runs'")}); // the edit never ran
        qunsetenv("IV_TEST_DIALOG_TOKEN");
    }

    // Text from the project cannot draw its own question: newlines and an RLO in an argument are shown as
    // \u000a and \u202e, long arguments are cut, and the buttons stay visible below the details.
    void consentTextCannotBeSpoofed()
    {
        QTemporaryDir dir;
        const QString a = dir.path();
        write(dir, QStringLiteral("x.sh"), "#!/bin/sh\nexit 0\n");
        QFile::setPermissions(a + QStringLiteral("/x.sh"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QByteArray arguments;
        for (int i = 0; i < 200; ++i)
            arguments += "\"--flag" + QByteArray::number(i) + "\", ";
        const QByteArray spoof =
            "\"\\n\\nRun it?\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n"
            "\\u202efdp.sh\", ";
        const QString project =
            write(dir, QStringLiteral("spoof.json"),
                  "{\"output\": \"spoof.db\", \"providers\": [{\"name\": \"s\", \"kind\": \"command\", "
                  "\"program\": \"./x.sh\", \"arguments\": [" +
                      spoof + arguments + "\"" + QByteArray(5000, 'y') + "\"]}]}");
        const Attempt asked = attempt(project, QMessageBox::No);
        QCOMPARE(asked.questions.size(), 1);
        const QString text = asked.questions.first();
        QVERIFY2(text.contains(QStringLiteral("\\u000a\\u000aRun it?\\u000a")), qPrintable(text.left(2000)));
        QVERIFY(text.contains(QStringLiteral("\\u202efdp.sh")));
        QVERIFY(!text.contains(QChar(0x202e)));
        QVERIFY(!text.contains(QStringLiteral("Run it?\n")));
        QVERIFY(!text.contains(QString(400, QLatin1Char('y')))); // cut
        QVERIFY(text.contains(QStringLiteral("--flag199")));     // the list is all there, scrolled
        QVERIFY(asked.buttonsVisible);
        const QSize screen = QGuiApplication::primaryScreen()->availableSize();
        for (const QSize &size : asked.sizes)
            QVERIFY(size.height() <= screen.height() && size.width() <= screen.width());
        QVERIFY(!asked.collected);
    }

    // Preview: enabled for a metric of the sql provider only; it runs that metric's query in its own window,
    // shows the rows a collect would store and writes nothing.
    void previewRunsTheSelectedMetric()
    {
        const QString project = write(m_dir, QStringLiteral("preview.json"),
                                      QByteArray(kProject).replace("shop.db", "preview.db") + "}");
        CollectDialog dialog(project);
        QVERIFY2(dialog.isValid(), qPrintable(dialog.errorString()));
        QString error;
        const auto loaded = iv::CollectProject::load(project, {}, {}, &error);
        QVERIFY2(loaded, qPrintable(error));
        iv::CollectConsent::of(*loaded, {}).grant(); // pre-seeded: no question box in the test
        auto *tree = dialog.findChild<QTreeWidget *>();
        QVERIFY(tree);
        QPushButton *preview = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (b->text().remove(QLatin1Char('&')) == QLatin1String("Preview"))
                preview = b;
        QVERIFY(preview);
        dialog.show();
        tree->setCurrentItem(tree->topLevelItem(0)); // the provider row: nothing to preview
        QVERIFY(!preview->isEnabled());
        tree->setCurrentItem(tree->topLevelItem(0)->child(0)); // "orders"
        QVERIFY(preview->isEnabled());
        preview->click();
        auto *shown = dialog.findChild<iv::CollectPreviewDialog *>();
        QVERIFY(shown);
        QSignalSpy finished(shown, &iv::CollectPreviewDialog::previewFinished);
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(shown->preview().label, QStringLiteral("orders"));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("preview.db"))));
    }

    void badProjectCannotRun()
    {
        const QString project = write(
            m_dir, QStringLiteral("bad.json"),
            R"({"output": "x.db", "sources": {"default": "source.db"}, "apps": [{"module": "m", "metrics": [
            {"kind": "counter", "label": "a", "sql": "SELECT 1"}, {"kind": "counter", "label": "a", "sql": "SELECT 2"}]}]})");
        CollectDialog dialog(project);
        QVERIFY(!dialog.isValid());
        QVERIFY2(dialog.errorString().contains(QStringLiteral("label \"a\" is used twice")),
                 qPrintable(dialog.errorString()));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->buttons().first()->isEnabled()); // Collect
        QSignalSpy finished(&dialog, &CollectDialog::collectFinished);
        dialog.start();
        QCOMPARE(finished.count(), 0);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.db"))));
    }

    // The header labels are whole (the kind column once read "Kinc": sized before its label was set), also
    // after the labels change, and every metric row names its kind: the sql metrics from the project at once,
    // a command provider's metrics when they arrive.
    void columnsWholeAndKindsFilled()
    {
        const QByteArray json =
            QByteArray(kProject).replace("shop.db", "kinds.db") +
            ", \"providers\": [{\"name\": \"ext\", \"kind\": \"command\", \"program\": \"python3\", "
            "\"arguments\": [\"" IV_TEST_DATA_DIR "/collect/ndjson.py\"]}]}";
        const QString project = write(m_dir, QStringLiteral("kinds.json"), json);
        CollectDialog dialog(project);
        QVERIFY2(dialog.isValid(), qPrintable(dialog.errorString()));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tree = dialog.findChild<QTreeWidget *>();
        auto headerWhole = [tree] {
            QHeaderView *header = tree->header();
            const QFontMetrics fm(header->font());
            for (int i = 0; i < tree->columnCount(); ++i) {
                const QString text = tree->headerItem()->text(i);
                if (header->sectionSize(i) < fm.horizontalAdvance(text)) {
                    qWarning("column %d (%s): %d px for a %d px label", i, qPrintable(text),
                             header->sectionSize(i), fm.horizontalAdvance(text));
                    return false;
                }
            }
            return true;
        };
        QVERIFY(headerWhole());
        QCOMPARE(tree->headerItem()->text(1), QStringLiteral("Kind"));
        // A longer label (as another language brings) widens the column too.
        tree->headerItem()->setText(1, QStringLiteral("Kind of metric, counter or gauge"));
        QCoreApplication::processEvents();
        QVERIFY(headerWhole());

        QTreeWidgetItem *sql = tree->topLevelItem(0);
        QCOMPARE(sql->text(1), QStringLiteral("sql"));
        QCOMPARE(sql->childCount(), 3);
        QCOMPARE(sql->child(0)->text(0), QStringLiteral("orders"));
        QCOMPARE(sql->child(0)->text(1), QStringLiteral("counter"));
        QCOMPARE(sql->child(1)->text(0), QStringLiteral("avg_total"));
        QCOMPARE(sql->child(1)->text(1), QStringLiteral("gauge"));

        dialog.consent().grant();
        QSignalSpy finished(&dialog, &CollectDialog::collectFinished);
        dialog.start();
        QVERIFY(finished.wait(30000) || finished.count() == 1);
        QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
        QTreeWidgetItem *ext = tree->topLevelItem(1);
        QStringList kinds;
        for (int i = 0; i < ext->childCount(); ++i)
            kinds << ext->child(i)->text(0) + QLatin1Char('=') + ext->child(i)->text(1);
        QCOMPARE(kinds,
                 (QStringList{QStringLiteral("ext_users=counter"), QStringLiteral("ext_ratio=gauge"),
                              QStringLiteral("ext_top=hbarchart"), QStringLiteral("ext_daily=timeseries")}));
        QVERIFY(headerWhole());
    }

    void cancelKeepsPreviousOutput()
    {
        const QByteArray json =
            QByteArray(kProject).replace("shop.db", "cancel.db") +
            ", \"providers\": [{\"name\": \"slow\", \"kind\": \"command\", \"program\": \"python3\", "
            "\"arguments\": [\"" IV_TEST_DATA_DIR "/collect/ndjson.py\", \"slow\"]}]}";
        const QString project = write(m_dir, QStringLiteral("cancel.json"), json);
        const QString out =
            ivtest::copyFile(m_dir.filePath(QStringLiteral("source.db")), m_dir, QStringLiteral("cancel.db"));
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

    void readOnlySqlEditNotAskedAgain()
    {
        // A project that only reads: editing its SQL does not ask again; pointing a source elsewhere does.
        const QString project = write(m_dir, QStringLiteral("readonly.json"), QByteArray(kProject) + "}");
        {
            CollectDialog dialog(project);
            QVERIFY(dialog.needsConsent());
            QVERIFY(dialog.consent().isReadOnlySql());
            dialog.consent().grant();
        }
        write(m_dir, QStringLiteral("readonly.json"),
              QByteArray(kProject).replace("WHERE kind = 'web'", "WHERE kind = 'shop'") + "}");
        {
            CollectDialog dialog(project);
            QVERIFY2(dialog.isValid(), qPrintable(dialog.errorString()));
            QVERIFY(!dialog.needsConsent());
        }
        // Another source (in the file, or in the dialog) asks again.
        ivtest::copyFile(m_dir.filePath(QStringLiteral("source.db")), m_dir, QStringLiteral("other.db"));
        CollectDialog dialog(project);
        dialog.setSource(QStringLiteral("default"), m_dir.filePath(QStringLiteral("other.db")));
        QVERIFY(dialog.isValid());
        QVERIFY(dialog.needsConsent());
        // A project that starts a program is still asked about after any edit (see
        // asksAgainWhenWhatRunsChanges).
    }

    void sourceAndOutputFolderFromTheDialog()
    {
        // The dialog points source "default" at another database (one order more) and writes into a history
        // folder, keeping the newest snapshot only.
        QTemporaryDir dir;
        QVERIFY(!ivtest::buildDatabaseFromSql(
                     dir, QStringLiteral("bigger.db"),
                     ivtest::readText(ivtest::dataPath(QStringLiteral("collect_source.sql"))) +
                         QStringLiteral("\nINSERT INTO shop_order VALUES (6, '2024-04-01 "
                                        "00:00:00', 5.0, 'web');\n"))
                     .isEmpty());
        const QString project = write(m_dir, QStringLiteral("elsewhere.json"), QByteArray(kProject) + "}");
        const QString history = dir.filePath(QStringLiteral("history"));
        QVERIFY(QDir().mkpath(history));
        write(dir, QStringLiteral("history/insights-20200101T000000Z.db"), "old");
        CollectDialog dialog(project);
        auto *sourceEdit = dialog.findChild<QLineEdit *>(QStringLiteral("source:default"));
        QVERIFY(sourceEdit);
        QCOMPARE(sourceEdit->placeholderText(),
                 QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("source.db"))));
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("parameter:as_of")));
        dialog.setSource(QStringLiteral("default"), dir.filePath(QStringLiteral("bigger.db")));
        QCOMPARE(sourceEdit->text(), dir.filePath(QStringLiteral("bigger.db")));
        dialog.setOutputFolder(history, 1);
        QVERIFY(dialog.isValid());
        // For looking at it: IV_SCREENSHOT_DIR=/tmp/shots ctest -R collect/tst_collectdialog
        if (const QString shots = qEnvironmentVariable("IV_SCREENSHOT_DIR"); !shots.isEmpty()) {
            dialog.show();
            for (const QSize size : {QSize(800, 500), QSize(1200, 800)}) {
                dialog.resize(size);
                QCoreApplication::processEvents();
                dialog.grab().save(QDir(shots).filePath(
                    QStringLiteral("collectdialog-%1x%2.png").arg(size.width()).arg(size.height())));
            }
        }
        QVERIFY(dialog.consent().output().endsWith(QStringLiteral("/insights-YYYYMMDDTHHMMSSZ.db")));
        QVERIFY(dialog.consent().sources().first().contains(QStringLiteral("bigger.db")));
        dialog.consent().grant();
        QSignalSpy ready(&dialog, &CollectDialog::snapshotReady);
        dialog.start();
        QVERIFY(ready.wait(30000) || ready.count() == 1);
        const QString written = ready.first().first().toString();
        QCOMPARE(QFileInfo(written).absolutePath(), history);
        QVERIFY2(QFileInfo(written).fileName().startsWith(QStringLiteral("insights-20")),
                 qPrintable(written));
        QCOMPARE(QDir(history).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QFileInfo(written).fileName()});
        QCOMPARE(ivtest::queryLines(written,
                                    QStringLiteral("SELECT label, value FROM insights_counter ORDER BY id")),
                 QStringList({QStringLiteral("'orders'|'6'"), QStringLiteral("'web_orders'|'4'")}));
        // The project's own output was not written.
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("shop.db"))) ||
                QFileInfo(m_dir.filePath(QStringLiteral("shop.db"))).lastModified() <
                    QFileInfo(written).lastModified());
    }

    void keepGoingFromTheDialog()
    {
        const QByteArray json =
            "{\"output\": \"going.db\", \"sources\": {\"default\": \"source.db\"}, \"apps\": [{\"module\": "
            "\"shop.insights\", \"metrics\": ["
            "{\"kind\": \"counter\", \"label\": \"broken\", \"sql\": \"SELECT count(*) FROM nope\"},"
            "{\"kind\": \"counter\", \"label\": \"orders\", \"sql\": \"SELECT count(*) FROM shop_order\"},"
            "{\"kind\": \"counter\", \"label\": \"wide\", \"sql\": \"SELECT 1, 2\"}]}]}";
        const QString project = write(m_dir, QStringLiteral("going.json"), json);
        CollectDialog dialog(project);
        dialog.consent().grant();
        dialog.setKeepGoing(true);
        QSignalSpy finished(&dialog, &CollectDialog::collectFinished);
        dialog.start();
        QVERIFY(finished.wait(30000) || finished.count() == 1);
        QCOMPARE(finished.first().first().toBool(), false);
        const QString message = finished.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("2 metric(s) failed, nothing written:")),
                 qPrintable(message));
        QVERIFY2(
            message.contains(QStringLiteral("metric \"broken\" (source \"default\"): no such table: nope")),
            qPrintable(message));
        QVERIFY2(message.contains(
                     QStringLiteral("metric \"wide\" (source \"default\"): a counter takes the columns")),
                 qPrintable(message));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("going.db"))));
    }

    void djangoSiteInTheDialog()
    {
        // Given a manage.py: the zero-config django provider, the site's venv interpreter, the snapshot in
        // the home folder (never in the site) unless a history folder is chosen.
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("mysite/venv/bin"))));
        write(dir, QStringLiteral("mysite/manage.py"),
              "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'mysite.settings')\n");
        const QString python = write(dir, QStringLiteral("mysite/venv/bin/python3"), "#!/bin/sh\nexec python3 \"$@\"\n");
        QFile::setPermissions(python, QFile::permissions(python) | QFileDevice::ExeOwner);
        CollectDialog dialog(dir.filePath(QStringLiteral("mysite/manage.py")));
        QVERIFY2(dialog.isValid(), qPrintable(dialog.errorString()));
        QCOMPARE(dialog.outputPath(), QDir::home().filePath(QStringLiteral("insights-mysite.db")));
        const CollectConsent consent = dialog.consent();
        QCOMPARE(consent.programs().size(), 1);
        QCOMPARE(consent.programs().first().program, python);
        QVERIFY(consent.programs().first().environment.contains(QStringLiteral("DJANGO_SETTINGS_MODULE=mysite.settings")));
        dialog.setOutputFolder(dir.path(), 3);
        QCOMPARE(dialog.outputPath(), dir.filePath(QStringLiteral("insights-YYYYMMDDTHHMMSSZ.db")));
    }
};

QTEST_MAIN(TestCollectDialog)
#include "tst_collectdialog.moc"
