// SPDX-License-Identifier: MIT
// The "Draft from Django Site" dialog offscreen, on the help-desk site of tests/data/django: the site runs on
// a worker thread (the GUI thread keeps processing events) with its output in the log; the drafted project
// lists every metric as SQL or as a placeholder with its reason, the placeholders named in the summary, and
// "Open in Collect" only when none is left (then the Collect dialog loads the project); an error is one
// sentence naming the file.
#include "collectdialog.h"
#include "djangosite.h"
#include "draftdialog.h"
#include "testsupport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace iv;
using ivtest::copySite;
using ivtest::writeFile;
using ivtest::writeVenv;

namespace {

QMap<QString, QString> rows(const QTreeWidget *tree)
{
    QMap<QString, QString> out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out.insert(tree->topLevelItem(i)->text(0),
                   tree->topLevelItem(i)->text(1) + QStringLiteral(" | ") + tree->topLevelItem(i)->text(2));
    return out;
}

} // namespace

class TestDraftDialog : public QObject
{
    Q_OBJECT

    QString m_python;

    // Runs the dialog to its end, counting how often the GUI thread got to run a timer meanwhile; the consent
    // question for the site's code (when it comes) is answered with answer, its details kept in *asked.
    static bool runToEnd(DraftDialog &dialog, int *ticks,
                         QDialogButtonBox::StandardButton answer = QDialogButtonBox::Yes,
                         QStringList *asked = nullptr)
    {
        QSignalSpy finished(&dialog, &DraftDialog::draftFinished);
        QTimer timer;
        QObject::connect(&timer, &QTimer::timeout, &dialog, [ticks, answer, asked] {
            ++*ticks;
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal->objectName() != QLatin1String("collectConsent"))
                return;
            if (asked)
                *asked << modal->findChild<QPlainTextEdit *>(QStringLiteral("consentDetails"))->toPlainText();
            modal->findChild<QDialogButtonBox *>()->button(answer)->click();
        });
        timer.start(20);
        dialog.show();
        dialog.start();
        return finished.size() > 0 || finished.wait(120000);
    }

private slots:
    void initTestCase()
    {
        m_python = ivtest::djangoPython();
        QVERIFY2(!m_python.isEmpty(), "python3-django is installed by packaging/install-deps.sh");
    }

    void draftsAndNamesThePlaceholders()
    {
        QTemporaryDir dir;
        const QString site = copySite(dir);
        writeVenv(site, m_python, true);
        const QString out = dir.filePath(QStringLiteral("helpdesk.json"));
        DraftDialog dialog(QDir(site).filePath(QStringLiteral("manage.py")), out);
        int ticks = 0;
        QVERIFY(runToEnd(dialog, &ticks));
        QVERIFY2(ticks > 5, qPrintable(QString::number(ticks))); // the GUI thread was not blocked
        QVERIFY(!dialog.isRunning());
        QVERIFY(QFile::exists(out));

        const auto *status = dialog.findChild<QLabel *>(QStringLiteral("draftStatus"));
        QVERIFY(status);
        QCOMPARE(status->textFormat(), Qt::PlainText);
        QCOMPARE(status->text(),
                 QStringLiteral("%1 written: 5 of 10 metrics as SQL; finish the placeholders by hand before "
                                "collecting: tickets_per_status, average_hours_rounded, open_share, "
                                "count_long_tickets, count_teams.")
                     .arg(out));
        QCOMPARE(dialog.placeholders(),
                 (QStringList{QStringLiteral("tickets_per_status"), QStringLiteral("average_hours_rounded"),
                              QStringLiteral("open_share"), QStringLiteral("count_long_tickets"),
                              QStringLiteral("count_teams")}));
        const QMap<QString, QString> metrics =
            rows(dialog.findChild<QTreeWidget *>(QStringLiteral("draftMetrics")));
        QCOMPARE(metrics.size(), 10);
        QCOMPARE(metrics.value(QStringLiteral("count_tickets")),
                 QStringLiteral("counter | SQL, checked: its rerun gives the stored value"));
        QCOMPARE(
            metrics.value(QStringLiteral("open_share")),
            QStringLiteral("gauge | Placeholder: the metric ran 2 queries; their results are combined in "
                           "Python"));
        QCOMPARE(metrics.value(QStringLiteral("count_teams")),
                 QStringLiteral("counter | Placeholder: the metric ran no query"));
        const auto *log = dialog.findChild<QPlainTextEdit *>(QStringLiteral("draftLog"));
        QVERIFY2(log->toPlainText().contains(QLatin1String("tickets.insights")),
                 qPrintable(log->toPlainText()));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("openInCollect"))->isEnabled());
        // To look at it: IV_PICTURES=DIR saves the dialog at its own size and at 800x500.
        if (const QString pictures = qEnvironmentVariable("IV_PICTURES"); !pictures.isEmpty()) {
            QCoreApplication::processEvents(); // the layout after the busy bar went
            dialog.grab().save(QDir(pictures).filePath(QStringLiteral("draftdialog.png")));
            dialog.resize(800, 500);
            QCoreApplication::processEvents();
            dialog.grab().save(QDir(pictures).filePath(QStringLiteral("draftdialog-800x500.png")));
        }
    }

    void asksBeforeTheSiteRuns()
    {
        // The site's code runs only once allowed: "No" runs nothing and writes nothing; "Yes" is remembered
        // for the same site and project, so the next draft does not ask again.
        QTemporaryDir dir;
        const QString site = copySite(dir);
        writeVenv(site, m_python, true);
        const QString manage = QDir(site).filePath(QStringLiteral("manage.py"));
        const QString out = dir.filePath(QStringLiteral("helpdesk.json"));
        QStringList asked;
        {
            DraftDialog dialog(manage, out);
            int ticks = 0;
            QVERIFY(runToEnd(dialog, &ticks, QDialogButtonBox::No, &asked));
            QCOMPARE(asked.size(), 1);
            QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("draftStatus"))->text(),
                     QStringLiteral("Not run: the site's code was not allowed to run."));
            QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("draftLog"))->toPlainText().isEmpty());
            QVERIFY(!QFile::exists(out));
        }
        // What it asks names the interpreter found beside manage.py and manage.py itself.
        QVERIFY2(
            asked.first().contains(QDir::toNativeSeparators(QDir(site).filePath(QStringLiteral("venv")))),
            qPrintable(asked.first()));
        QVERIFY2(asked.first().contains(QDir::toNativeSeparators(manage)), qPrintable(asked.first()));
        {
            DraftDialog dialog(manage, out);
            int ticks = 0;
            QVERIFY(runToEnd(dialog, &ticks, QDialogButtonBox::Yes, &asked));
            QCOMPARE(asked.size(), 2);
            QVERIFY(QFile::exists(out));
        }
        QFile::remove(out);
        {
            DraftDialog dialog(manage, out);
            int ticks = 0;
            QVERIFY(runToEnd(dialog, &ticks, QDialogButtonBox::No, &asked));
            QCOMPARE(asked.size(), 2); // remembered: not asked again
            QVERIFY(QFile::exists(out));
        }
    }

    void noPlaceholderOpensInCollect()
    {
        // A site whose metrics are all one query each: every metric SQL, and the project opens in Collect.
        QTemporaryDir dir;
        const QString site = copySite(dir);
        writeVenv(site, m_python, true);
        const QString insights = QDir(site).filePath(QStringLiteral("tickets/insights.py"));
        const QString text = ivtest::readText(insights);
        writeFile(insights, text.left(text.indexOf(QLatin1String("\n# Computed in Python"))).toUtf8() + '\n');
        const QString out = dir.filePath(QStringLiteral("helpdesk.json"));
        writeFile(out, "{}"); // the save dialog asked before replacing it
        DraftDialog dialog(QDir(site).filePath(QStringLiteral("manage.py")), out);
        int ticks = 0;
        QVERIFY(runToEnd(dialog, &ticks));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("draftStatus"))->text(),
                 QStringLiteral("%1 written: all 5 metrics drafted as SQL.").arg(out));
        QVERIFY(dialog.placeholders().isEmpty());
        auto *open = dialog.findChild<QPushButton *>(QStringLiteral("openInCollect"));
        QVERIFY(open->isEnabled());
        QSignalSpy requested(&dialog, &DraftDialog::collectRequested);
        open->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), out);
        CollectDialog collect(out);
        QVERIFY2(collect.isValid(), qPrintable(collect.errorString()));
        QCOMPARE(collect.outputPath(), dir.filePath(QStringLiteral("helpdesk.db")));
    }

    void errorIsOneSentenceNamingTheFile()
    {
        QTemporaryDir dir;
        const QString manage = dir.filePath(QStringLiteral("manage.py"));
        writeFile(manage, "import sys\n");
        const QString out = dir.filePath(QStringLiteral("draft.json"));
        DraftDialog dialog(manage, out);
        QSignalSpy finished(&dialog, &DraftDialog::draftFinished);
        int ticks = 0;
        QVERIFY(runToEnd(dialog, &ticks));
        const QString expected =
            QStringLiteral(
                "%1 does not name a settings module (os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", "
                "…))")
                .arg(manage);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("draftStatus"))->text(), expected);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), expected);
        QCOMPARE(dialog.findChild<QTreeWidget *>(QStringLiteral("draftMetrics"))->topLevelItemCount(), 0);
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestDraftDialog)
#include "tst_draftdialog.moc"
