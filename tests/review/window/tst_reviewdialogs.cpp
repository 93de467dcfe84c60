// SPDX-License-Identifier: MIT
// The review page's dialogs, driven as a person would (offscreen, the real dialogs): Review › Policy… picks a
// policy file in the file dialog and the review runs again with it (a broken policy is refused with a message
// naming the file); Accept With Reason… (A on the table) asks why, an empty reason or Cancel accepts nothing,
// a reason is kept with every selected finding.
#include "findingsmodel.h"
#include "findingsview.h"
#include "reviewdeskstore.h"
#include "reviewpage.h"
#include "reviewpolicy.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace iv;

namespace {

bool reviewed(ReviewPage *page, QSignalSpy &finished)
{
    if (!finished.wait(30000))
        return false;
    for (int i = 0; i < 300 && page->isBusy(); ++i)
        QTest::qWait(100);
    return !page->isBusy();
}

// Runs act on the next modal dialog of type T once it is shown (polled: the dialog opens inside the call that
// follows). *seen tells whether it came.
template <typename T>
void whenModal(const std::function<void(T *)> &act, bool *seen)
{
    *seen = false;
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, act, seen, tries] {
        // The active modal widget, or (a loaded machine may not have made it active yet) a shown one of type T.
        T *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        const QWidgetList tops = QApplication::topLevelWidgets();
        for (qsizetype i = 0; !dialog && i < tops.size(); ++i)
            if (auto *d = qobject_cast<T *>(tops.at(i)); d && d->isVisible() && d->isModal())
                dialog = d;
        if (!dialog) {
            if (++*tries > 1500)
                timer->deleteLater(); // 30 s: give up, the test's check fails
            return;
        }
        timer->stop();
        timer->deleteLater();
        *seen = true;
        act(dialog);
        // A dialog that stayed open (the act did not close it) is rejected after 10 s, so the test's checks fail
        // instead of the run waiting for ever in the dialog's exec().
        QTimer::singleShot(10000, dialog, [dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
    });
    timer->start();
}

// Types path into the file dialog's name field, as a person would, and accepts. (QFileDialog::selectFile leaves
// the field as it is while it has focus, which it has once the dialog is active: accept() then saw no file.)
void typeFileAndAccept(QFileDialog *d, const QString &path)
{
    auto *name = d->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->setText(path);
    QMetaObject::invokeMethod(d, "accept"); // protected in QFileDialog, a slot of QDialog
}

} // namespace

class TestReviewDialogs : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // Each test starts with no kept reviews (both review the same content).
        QVERIFY(QDir(ReviewDeskStore().directory()).removeRecursively());
    }

    void policyDialogAppliesTheChosenPolicy()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(
            dir, QStringLiteral("shop.db"),
            {QStringLiteral("schema.sql"), QStringLiteral("basic.sql"), QStringLiteral("review_personal.sql")});
        ReviewPage page;
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy finished(&page, &ReviewPage::reviewFinished);
        page.reviewFile(path);
        QVERIFY(reviewed(&page, finished));
        QCOMPARE(page.report()->exitCode(), 1);
        page.findingsView()->table()->selectAll();
        page.findingsView()->triageSelected(Triage::State::Accepted, QStringLiteral("fictitious test data"));
        const QString policyPath = dir.filePath(QStringLiteral("policy.json"));
        QString error;
        QVERIFY2(page.savePolicy(policyPath, &error), qPrintable(error));
        // A fresh page (no policy yet): Review › Policy… through the file dialog.
        ReviewPage fresh;
        fresh.resize(1000, 700);
        fresh.show();
        QSignalSpy freshFinished(&fresh, &ReviewPage::reviewFinished);
        fresh.reviewFile(path);
        QVERIFY(reviewed(&fresh, freshFinished));
        QCOMPARE(fresh.report()->exitCode(), 1);
        bool seen = false;
        whenModal<QFileDialog>(
            [&](QFileDialog *d) {
                QVERIFY(d->acceptMode() == QFileDialog::AcceptOpen);
                QVERIFY(d->nameFilters().join(QLatin1Char(' ')).contains(QStringLiteral("*.json")));
                typeFileAndAccept(d, policyPath);
            },
            &seen);
        fresh.choosePolicy();
        QVERIFY(seen);
        QVERIFY(fresh.policy());
        QCOMPARE(fresh.policy()->path, policyPath);
        QVERIFY(reviewed(&fresh, freshFinished));
        QCOMPARE(fresh.report()->exitCode(), 0);
        QCOMPARE(fresh.findingsModel()->count(Triage::State::Accepted), fresh.findingsModel()->rowCount());

        // A broken policy: refused with a message naming the file; the policy in use stays.
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        whenModal<QFileDialog>(
            [&](QFileDialog *d) {
                typeFileAndAccept(d, broken);
            },
            &seen);
        fresh.choosePolicy();
        QVERIFY(seen);
        QMessageBox *box = nullptr;
        // The message is window-modal on the page (QMessageBox::open), its child.
        QTRY_VERIFY_WITH_TIMEOUT((box = fresh.findChild<QMessageBox *>()) != nullptr, 20000);
        QVERIFY2(box->text().contains(QStringLiteral("broken.json")), qPrintable(box->text()));
        box->close();
        QCOMPARE(fresh.policy()->path, policyPath);

        // Cancel: nothing changes.
        whenModal<QFileDialog>([](QFileDialog *d) { d->reject(); }, &seen);
        fresh.choosePolicy();
        QVERIFY(seen);
        QCOMPARE(fresh.policy()->path, policyPath);
    }

    void acceptWithReasonDialog()
    {
        QTemporaryDir dir;
        const QString path = ivtest::buildDatabase(
            dir, QStringLiteral("shop.db"),
            {QStringLiteral("schema.sql"), QStringLiteral("basic.sql"), QStringLiteral("review_personal.sql")});
        ReviewPage page;
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QSignalSpy finished(&page, &ReviewPage::reviewFinished);
        page.reviewFile(path);
        QVERIFY(reviewed(&page, finished));
        FindingsModel *model = page.findingsModel();
        QTableView *table = page.findingsView()->table();
        table->setFocus();
        table->selectRow(0);
        table->selectionModel()->select(table->model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);

        // Cancel: nothing accepted.
        bool seen = false;
        whenModal<QInputDialog>([](QInputDialog *d) { d->reject(); }, &seen);
        page.activateWindow();
        table->setFocus();
        QTRY_VERIFY(table->hasFocus()); // the key is the table's shortcut
        QTest::keyClick(table, Qt::Key_A);
        QVERIFY(seen);
        QCOMPARE(model->count(Triage::State::Accepted), 0);
        // An empty reason: nothing accepted (an acceptance always carries its reason).
        whenModal<QInputDialog>(
            [](QInputDialog *d) {
                d->setTextValue(QStringLiteral("   "));
                d->accept();
            },
            &seen);
        page.activateWindow();
        table->setFocus();
        QTRY_VERIFY(table->hasFocus()); // the key is the table's shortcut
        QTest::keyClick(table, Qt::Key_A);
        QVERIFY(seen);
        QCOMPARE(model->count(Triage::State::Accepted), 0);
        // A reason, typed: both selected findings accepted with it; the dialog asked about two.
        QString label;
        whenModal<QInputDialog>(
            [&label](QInputDialog *d) {
                label = d->labelText();
                QLineEdit *edit = d->findChild<QLineEdit *>();
                QVERIFY(edit);
                QTest::keyClicks(edit, QStringLiteral("public support address"));
                d->accept();
            },
            &seen);
        page.activateWindow();
        table->setFocus();
        QTRY_VERIFY(table->hasFocus()); // the key is the table's shortcut
        QTest::keyClick(table, Qt::Key_A);
        QVERIFY(seen);
        QVERIFY2(label.contains(QStringLiteral("2 finding")), qPrintable(label));
        QCOMPARE(model->count(Triage::State::Accepted), 2);
        for (int row : page.findingsView()->selectedRows())
            QCOMPARE(model->triage(row), (Triage{Triage::State::Accepted, QStringLiteral("public support address")}));
        QVERIFY(table->model()->index(0, FindingsModel::StateColumn).data().toString().contains(
            QStringLiteral("public support address")));
    }
};

QTEST_MAIN(TestReviewDialogs)
#include "tst_reviewdialogs.moc"
