// SPDX-License-Identifier: MIT
#pragma once

#include "reviewreport.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace iv {

// The "Review" page: identity (SHA-256 computed off the GUI thread), integrity, conformance with upstream's
// schema, contents and the personal-data scan of one snapshot, shown as plain text (file text never becomes
// markup; control and bidi characters show as \uXXXX). Self-contained: give it a path with reviewFile(); the
// work runs on QtConcurrent's pool, the GUI thread never blocks, and a newer request or destruction cancels the
// older one. Children are owned through Qt parenting.
class ReviewPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    explicit ReviewPage(QWidget *parent = nullptr);
    ~ReviewPage() override;

    QString filePath() const { return m_path; }
    bool isBusy() const { return m_pending > 0; }
    // The finished report (identity with SHA-256 included), or nullopt while busy / before any review.
    std::optional<ReviewReport> report() const;
    QString text() const; // what the page shows

public slots:
    void reviewFile(const QString &path);
    void cancel();

signals:
    // exitCode as --review: 0 clean, 1 findings or nonconformities, 2 unreadable.
    void reviewFinished(int exitCode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();

    QString m_path;
    int m_generation = 0;
    int m_pending = 0;
    bool m_cancelled = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<FileIdentity> m_identity;
    std::optional<ReviewReport> m_report;
    QLabel *m_status = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace iv
