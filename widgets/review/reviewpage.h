// SPDX-License-Identifier: MIT
#pragma once

#include "findingresolver.h"
#include "metrickind.h"
#include "redactor.h"
#include "reviewdeskstore.h"
#include "reviewpolicy.h"
#include "reviewrecord.h"
#include "reviewreport.h"

#include <QDateTime>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QBoxLayout;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace iv {

class FindingsModel;
class FindingsView;
class RedactionPreviewDialog;
class VerdictBanner;

// The "Review" page a security officer works in: a verdict banner (clean, findings, not conformant,
// unreadable), the file's identity and SQLite facts (SHA-256 computed off the GUI thread), and the findings
// as a sortable, filterable table naming the app and question of each finding. Activating a finding asks the
// window to open its question (openQuestion) or app (openApp); findings copy as text. The reviewer records a
// decision (approved / rejected), their name and a note in a small form, and triages each finding (open,
// confirmed, false positive, accepted with a reason); all of it is kept per file content (SHA-256, see
// ReviewDeskStore), so it survives leaving the page and reviewing again. Export Review… saves the PDF record
// (with the JSON beside it), the report as JSON or text, or the shown findings as SARIF or CSV; Save as
// Policy… turns accepted and false-positive findings into a policy; a chosen policy (setPolicy) is applied.
// The small-count threshold comes from the preferences (Preferences::reviewMinCount). Everything from the
// file is plain text. Give it a path with reviewFile(); the review and the resolving of findings run on
// QtConcurrent's pool, the GUI thread never blocks, and a newer request or destruction cancels the older one.
// Children are owned through Qt parenting.
class ReviewPage : public QWidget
{
    Q_OBJECT
    Q_MOC_INCLUDE("redactionpreview.h")
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    explicit ReviewPage(QWidget *parent = nullptr);
    ~ReviewPage() override;

    QString filePath() const { return m_path; }
    bool isBusy() const { return m_pending > 0; }
    // The finished report (identity with SHA-256 included), or nullopt while busy / before any review.
    std::optional<ReviewReport> report() const;
    QString text() const; // the finished report as text (ReviewReport::toText()), else empty

    VerdictBanner *banner() const { return m_banner; }
    FindingsModel *findingsModel() const { return m_model; }
    FindingsView *findingsView() const { return m_view; }
    QString headlineText() const;
    QString repeatsText() const;
    QString factsText() const; // the identity and facts panel as "label: value" lines

    // Writes the report: the PDF record (and its JSON beside it) when path ends in .pdf, JSON when it ends in
    // .json, else text. False with *error naming the file.
    bool exportReview(const QString &path, QString *error) const;

    // The reviewer's decision and note for the current review (reset by reviewFile()).
    ReviewRecord::Decision decision() const;
    QString note() const;
    void setDecision(ReviewRecord::Decision decision, const QString &note);
    // The record Export Review… writes as PDF: the report, the reviewer, the decision with its time, the
    // note, the policy and every finding with its triage state; nullopt while busy.
    std::optional<ReviewRecord> record() const;
    QDateTime decidedAt() const { return m_decidedAt; }
    // The reviewer's name for records: a preference (QSettings "review/reviewerName"), shown in the form.
    QString reviewer() const;
    void setReviewer(const QString &name);

    // The policy this review applies (Review › Policy…): acknowledged findings, allowed tables, min-count.
    // Setting one reviews the file again with it; it stays for later reviews until changed.
    const std::optional<ReviewPolicy> &policy() const { return m_policy; }
    void setPolicy(const std::optional<ReviewPolicy> &policy);
    // The policy "Save as Policy…" writes: the one in use (if any) plus an acknowledgement for each finding
    // triaged accepted or false positive (ReviewPolicy::acknowledgementFor), so the next snapshot of the same
    // site reviews clean for those and flags what is new. *skipped: such findings that have no place to name.
    ReviewPolicy policyFromTriage(int *skipped = nullptr) const;
    bool savePolicy(const QString &path, QString *error) const;
    // The shown (filtered) findings as SARIF 2.1.0 (path ends in .sarif) or CSV (.csv), with their states.
    bool exportFindings(const QString &path, QString *error) const;

    // Cells marked for redaction by hand (from the question pages and the findings table): replaced in the
    // redacted copy like flagged ones and logged as "manual-mark". Cleared when another file is reviewed.
    const QVector<RedactionMark> &marks() const { return m_marks; }
    void addMark(const QString &table, const QString &column, qint64 row);
    void clearMarks();
    // Review › Preview Redacted Copy…: makes the copy in a private temporary folder (off the GUI thread) and
    // shows each replaced cell before (masked) and after (RedactionPreviewDialog, also announced by
    // redactionPreviewShown); its Save Copy… asks the window to save (saveRedactedCopyRequested).
    void showRedactionPreview();

    // Where decision, note, filters, sort and triage are kept per file content (SHA-256).
    const ReviewDeskStore &deskStore() const { return m_store; }

public slots:
    void reviewFile(const QString &path);
    void cancel();
    void showExportDialog();
    void choosePolicy();
    void showSavePolicyDialog();

signals:
    // exitCode as --review: 0 clean, 1 findings or nonconformities, 2 unreadable.
    void reviewFinished(int exitCode);
    // A finding was activated: its question (valueRowId: the bucket value's row, else -1), or its app.
    void openQuestion(iv::MetricKind kind, const QString &label, qint64 valueRowId);
    void openApp(const QString &appUuid);
    void marksChanged();
    void redactionPreviewShown(iv::RedactionPreviewDialog *dialog);
    void saveRedactedCopyRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Outcome
    {
        ReviewReport report;
        QVector<FindingLocation> locations;
        qint64 freelistPages = -1;
    };

    void retranslateUi();
    void render();
    void renderFacts();
    void renderCounts();
    void activateFinding(int row);
    void setFact(int index, const QString &value);
    void finishedPart();
    QString cleanStatement(const ReviewReport &report) const;
    static QStringList toCheckLines(const ReviewReport &report);
    void restoreDesk();
    void saveDesk();
    void showError(const QString &title, const QString &message);

    QString m_path;
    int m_generation = 0;
    int m_pending = 0;
    bool m_cancelled = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<FileIdentity> m_identity;
    std::optional<Outcome> m_outcome;
    std::optional<ReviewPolicy> m_policy;
    QVector<RedactionMark> m_marks;
    bool m_previewing = false;
    ReviewDeskStore m_store;
    QDateTime m_decidedAt;
    bool m_restoring = false; // setting the form from the store: not a change to save
    bool m_restored = false;  // the stored state of this file was applied; changes are saved from now on

    VerdictBanner *m_banner = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_savePolicyButton = nullptr;
    QLabel *m_reviewerLabel = nullptr;
    QLineEdit *m_reviewerField = nullptr;
    QLabel *m_decisionLabel = nullptr;
    QComboBox *m_decisionBox = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_noteField = nullptr;
    QLineEdit *m_pathField = nullptr;
    QLineEdit *m_shaField = nullptr;
    QBoxLayout *m_detailsLayout = nullptr;
    QFormLayout *m_identityForm = nullptr;
    QFormLayout *m_factsForm = nullptr;
    QVector<QLabel *> m_factLabels; // the form's row labels
    QVector<QLabel *> m_factValues;
    QLabel *m_headline = nullptr;
    QLabel *m_repeats = nullptr;
    FindingsModel *m_model = nullptr;
    FindingsView *m_view = nullptr;
};

} // namespace iv
