// SPDX-License-Identifier: MIT
#pragma once

#include "collectpreview.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
template <typename T> class QFutureWatcher;

namespace iv {

// Shows what one sql metric of a collect project returns before anything is written: the query's rows and
// the rows a collect would store (iv::CollectPreview). The query runs in a worker thread (QtConcurrent); the
// text is plain, never markup. Running a project's SQL needs the same confirmation as a collect: start() asks
// unless CollectConsent for the project (no programs: the preview starts none) is granted, and remembers a
// yes. Owns its watcher; closing while the query runs waits for it (a query is bounded by the source's
// statement timeout).
class CollectPreviewDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectPreviewDialog)

public:
    CollectPreviewDialog(const QString &projectPath, const QString &label, QWidget *parent = nullptr);
    ~CollectPreviewDialog() override;

    bool isRunning() const;
    // Previews this project as loaded elsewhere (the Collect dialog's, with its source overrides and
    // parameters) instead of the file as it is on disk; before start().
    void setProject(const CollectProject &project);
    // The last finished preview (status Failed with the load error when the project did not load).
    const CollectPreview &preview() const { return m_preview; }
    // The text shown: the report, or the error.
    QString text() const;

public Q_SLOTS:
    // Asks for confirmation if this project content was never confirmed, then runs the preview.
    void start();

Q_SIGNALS:
    void previewFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onFinished();
    void showPreview(const CollectPreview &preview);

    QString m_projectPath;
    QString m_label;
    std::optional<CollectProject> m_project;
    CollectPreview m_preview;
    QLabel *m_status = nullptr;                          // child
    QPlainTextEdit *m_text = nullptr;                    // child
    QDialogButtonBox *m_buttons = nullptr;               // child
    QFutureWatcher<CollectPreview> *m_watcher = nullptr; // child
};

} // namespace iv
