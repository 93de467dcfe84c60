// SPDX-License-Identifier: MIT
// The Collect dialog's preview window: runs one metric of the bookstore example (its own source.sql) off the
// GUI thread and shows the stored rows as plain text; asks first for a project content never confirmed; shows
// a failed query's or a broken project's message; writes nothing beside the project.
#include "collectdialog.h"
#include "collectpreviewdialog.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

QString exampleDir()
{
    return QDir::cleanPath(QStringLiteral(IV_TEST_DATA_DIR "/../../examples/bookstore"));
}

QStringList files(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

} // namespace

class TestCollectPreviewDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDirIterator it(exampleDir(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString from = it.next();
            const QString to = m_dir.filePath(QDir(exampleDir()).relativeFilePath(from));
            QDir().mkpath(QFileInfo(to).absolutePath());
            QVERIFY(QFile::copy(from, to));
        }
        m_project = m_dir.filePath(QStringLiteral("bookstore.insights.json"));
    }

    void asksFirst()
    {
        // Never confirmed: the question comes; "No" runs nothing.
        iv::CollectPreviewDialog dialog(m_project, QStringLiteral("count_books"));
        bool asked = false;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            asked = box != nullptr;
            if (box)
                box->button(QMessageBox::No)->click();
        });
        dialog.start();
        QVERIFY(asked);
        QVERIFY(!dialog.isRunning());
        QVERIFY(dialog.text().isEmpty());
    }

    void showsStoredRows()
    {
        QString error;
        const auto project = iv::CollectProject::load(m_project, {}, {}, &error);
        QVERIFY2(project, qPrintable(error));
        iv::CollectConsent::of(*project, {}).grant();
        const QStringList before = files(m_dir.path());
        iv::CollectPreviewDialog dialog(m_project, QStringLiteral("author_gender_vs_num_of_books"));
        QSignalSpy finished(&dialog, &iv::CollectPreviewDialog::previewFinished);
        dialog.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), true);
        const iv::CollectPreview &p = dialog.preview();
        QCOMPARE(int(p.status), int(iv::CollectPreview::Status::Ok));
        QCOMPARE(p.storedRows().size(), 2);
        QVERIFY2(dialog.text().contains(QStringLiteral(
                     "insights_bucketvalue rows: 2 (timestamp | xvalue | yvalue | category)\n  NULL | ")),
                 qPrintable(dialog.text()));
        QCOMPARE(dialog.text(), p.report());
        QCOMPARE(files(m_dir.path()), before);
    }

    void showsErrors()
    {
        // Unknown label, then a project that does not load: the message, as plain text.
        iv::CollectPreviewDialog unknown(m_project, QStringLiteral("<b>nope</b>"));
        QSignalSpy finished(&unknown, &iv::CollectPreviewDialog::previewFinished);
        unknown.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(unknown.text().contains(QStringLiteral("no sql metric labelled \"<b>nope</b>\"")),
                 qPrintable(unknown.text()));

        iv::CollectPreviewDialog broken(m_dir.filePath(QStringLiteral("missing.json")), QStringLiteral("x"));
        QCOMPARE(int(broken.preview().status), int(iv::CollectPreview::Status::Failed));
        QVERIFY(
            broken.text().startsWith(m_dir.filePath(QStringLiteral("missing.json")) + QStringLiteral(": ")));
        broken.start(); // nothing to run
        QVERIFY(!broken.isRunning());
    }
};

QTEST_MAIN(TestCollectPreviewDialog)
#include "tst_collectpreviewdialog.moc"
