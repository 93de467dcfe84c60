// SPDX-License-Identifier: MIT
#include "reviewpage.h"

#include "snapshotreviewer.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace iv {

ReviewPage::ReviewPage(QWidget *parent)
    : QWidget(parent)
{
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // it may quote a file name or an error naming the file
    m_status->setWordWrap(true);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setEnabled(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReviewPage::cancel);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    retranslateUi();
}

ReviewPage::~ReviewPage()
{
    if (m_cancel)
        m_cancel->store(true); // the workers own their inputs; they stop soon and their results are dropped
}

std::optional<ReviewReport> ReviewPage::report() const
{
    if (!m_report || !m_identity)
        return std::nullopt;
    ReviewReport r = *m_report;
    // The parallel future's hash describes the reviewed file only if it saw the same file in the same state.
    if (!r.readable() ? !m_identity->sha256.isEmpty() : m_identity->sameFileAs(r.identity))
        r.identity = *m_identity;
    return r;
}

QString ReviewPage::text() const
{
    return m_text->toPlainText();
}

void ReviewPage::cancel()
{
    if (m_cancel && m_pending > 0) {
        m_cancel->store(true);
        m_cancelled = true;
        render();
    }
}

void ReviewPage::reviewFile(const QString &path)
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_path = path;
    m_identity.reset();
    m_report.reset();
    m_cancelled = false;
    const int generation = ++m_generation;
    m_pending = 2;
    const std::shared_ptr<std::atomic_bool> flag = m_cancel;

    auto *identityWatcher = new QFutureWatcher<FileIdentity>(this);
    connect(identityWatcher, &QFutureWatcher<FileIdentity>::finished, this, [this, identityWatcher, generation] {
        identityWatcher->deleteLater();
        if (generation != m_generation)
            return;
        m_identity = identityWatcher->result();
        --m_pending;
        render();
    });
    identityWatcher->setFuture(QtConcurrent::run([path, flag] { return FileIdentity::read(path, true, flag.get()); }));

    auto *reviewWatcher = new QFutureWatcher<ReviewReport>(this);
    connect(reviewWatcher, &QFutureWatcher<ReviewReport>::finished, this, [this, reviewWatcher, generation] {
        reviewWatcher->deleteLater();
        if (generation != m_generation)
            return;
        m_report = reviewWatcher->result();
        --m_pending;
        render();
    });
    reviewWatcher->setFuture(QtConcurrent::run([path, flag] {
        ReviewReport::Options options;
        options.computeSha256 = false; // the identity future hashes in parallel
        return SnapshotReviewer::review(path, options, flag.get());
    }));
    render();
}

void ReviewPage::render()
{
    m_cancelButton->setEnabled(m_pending > 0 && !m_cancelled);
    const std::optional<ReviewReport> full = report();
    if (full) {
        m_text->setPlainText(full->toText());
        const int code = full->exitCode();
        if (m_cancelled)
            m_status->setText(tr("Cancelled: the review below is incomplete."));
        else if (code == 0)
            m_status->setText(tr("Conformant with upstream's schema, integrity ok, no findings."));
        else if (code == 1)
            m_status->setText(tr("%n finding(s); conformant: %1; integrity: %2.", nullptr,
                                 static_cast<int>(full->findings.size()))
                                  .arg(full->conformant ? tr("yes") : tr("no"),
                                       full->integrityOk() ? tr("ok") : tr("NOT ok")));
        else
            m_status->setText(tr("Unreadable: %1").arg(ReviewReport::visible(full->openError)));
        emit reviewFinished(code);
        return;
    }
    if (m_path.isEmpty()) {
        m_status->setText(tr("No file reviewed yet."));
        m_text->clear();
        return;
    }
    QString partial = tr("File     %1\n").arg(ReviewReport::visible(m_path));
    if (m_identity)
        partial += tr("Size     %1 bytes\nSHA-256  %2\n")
                       .arg(m_identity->size)
                       .arg(m_identity->sha256.isEmpty() ? m_identity->error : m_identity->sha256);
    else
        partial += tr("SHA-256  computing…\n");
    partial += m_report ? tr("\nReview done.\n") : tr("\nReviewing (integrity, conformance, personal data)…\n");
    m_text->setPlainText(partial);
    m_status->setText(m_cancelled ? tr("Cancelling…") : tr("Reviewing…"));
}

void ReviewPage::retranslateUi()
{
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel the review"));
    m_text->setAccessibleName(tr("Review report"));
    if (m_pending == 0 && !m_report)
        m_status->setText(tr("No file reviewed yet."));
}

void ReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace iv
