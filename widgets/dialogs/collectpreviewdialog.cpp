// SPDX-License-Identifier: MIT
#include "collectpreviewdialog.h"

#include "collectdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace iv {

CollectPreviewDialog::CollectPreviewDialog(const QString &projectPath, const QString &label, QWidget *parent)
    : QDialog(parent), m_projectPath(projectPath), m_label(label)
{
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // labels and errors come from files and databases
    m_status->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_watcher = new QFutureWatcher<CollectPreview>(this);
    connect(m_watcher, &QFutureWatcher<CollectPreview>::finished, this, &CollectPreviewDialog::onFinished);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_buttons);
    resize(760, 480);

    QString error;
    m_project = CollectProject::load(projectPath, {}, {}, &error);
    if (!m_project) {
        m_preview.status = CollectPreview::Status::Failed;
        m_preview.error = error;
    }
    retranslateUi();
    if (!m_project)
        showPreview(m_preview);
}

void CollectPreviewDialog::setProject(const CollectProject &project)
{
    m_project = project;
    m_preview = CollectPreview();
    retranslateUi();
}

CollectPreviewDialog::~CollectPreviewDialog()
{
    m_watcher->waitForFinished();
}

bool CollectPreviewDialog::isRunning() const
{
    return m_watcher->isRunning();
}

QString CollectPreviewDialog::text() const
{
    return m_text->toPlainText();
}

void CollectPreviewDialog::start()
{
    if (!m_project || isRunning())
        return;
    // The preview runs one metric's SQL and starts no program: consent is keyed on the project (with its
    // query files) alone, through the same remembered fingerprints as the Collect dialog's.
    const CollectConsent consent = CollectConsent::of(*m_project, {});
    if (!consent.isGranted()) {
        const auto answer = QMessageBox::question(
            this, tr("Run this collect project?"),
            tr("This project file has not been run before (or it changed). The preview runs the query of "
               "\"%1\" against the database it names and writes nothing.\n\nRun it?")
                .arg(m_label),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        consent.grant();
    }
    m_text->clear();
    m_status->setText(tr("Running the query of %1…").arg(m_label));
    m_watcher->setFuture(QtConcurrent::run(&CollectPreview::run, *m_project, m_label));
}

void CollectPreviewDialog::onFinished()
{
    showPreview(m_watcher->result());
}

void CollectPreviewDialog::showPreview(const CollectPreview &preview)
{
    m_preview = preview;
    const bool ok = preview.status == CollectPreview::Status::Ok;
    if (ok) {
        m_status->setText(
            tr("%1: %n stored row(s); nothing was written.", nullptr, int(preview.storedRows().size()))
                .arg(preview.label));
        m_text->setPlainText(preview.report());
    } else {
        m_status->setText(tr("The preview failed."));
        m_text->setPlainText(preview.error);
    }
    Q_EMIT previewFinished(ok);
}

void CollectPreviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CollectPreviewDialog::retranslateUi()
{
    setWindowTitle(tr("Preview: %1").arg(m_label));
    m_text->setAccessibleName(tr("Preview rows"));
    m_status->setAccessibleName(tr("Preview status"));
}

} // namespace iv
