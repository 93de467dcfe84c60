// SPDX-License-Identifier: MIT
// ReviewPage: the officer's desk around the review: the state kept per file (decision, note, filters, sort,
// triage), the reviewer's name, the policy (choosing one, saving accepted findings as one) and the exports of
// the shown findings (SARIF, CSV).
#include "reviewpage.h"

#include "findingsexport.h"
#include "findingsfilterproxy.h"
#include "findingsmodel.h"
#include "findingsview.h"
#include "redactionpreview.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QSaveFile>
#include <QSettings>
#include <QTableView>

namespace iv {

namespace {

const QString kReviewerKey = QStringLiteral("review/reviewerName");

} // namespace

QString ReviewPage::reviewer() const
{
    return QSettings().value(kReviewerKey).toString();
}

void ReviewPage::setReviewer(const QString &name)
{
    const QString trimmed = name.trimmed().left(200);
    QSettings().setValue(kReviewerKey, trimmed);
    if (m_reviewerField->text() != trimmed)
        m_reviewerField->setText(trimmed);
}

void ReviewPage::restoreDesk()
{
    if (m_restored || !m_identity || m_identity->sha256.isEmpty())
        return;
    const ReviewDeskState state = m_store.load(m_identity->sha256);
    m_restoring = true;
    m_decisionBox->setCurrentIndex(static_cast<int>(state.decision));
    m_decidedAt = state.decidedAt;
    m_noteField->setText(state.note);
    m_view->filterEdit()->setText(state.filterText);
    m_view->setKindFilter(state.kindFilter);
    m_view->setFacets(state.appFilter, state.questionFilter);
    m_view->setGrouping(state.grouped);
    if (state.sortColumn >= 0 && state.sortColumn < FindingsModel::ColumnCount)
        m_view->table()->sortByColumn(state.sortColumn,
                                      state.sortDescending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_model->applyTriage(state.triage);
    m_restoring = false;
    m_restored = true;
    renderCounts();
}

void ReviewPage::saveDesk()
{
    if (m_restoring || !m_restored || !m_identity || m_identity->sha256.isEmpty())
        return;
    ReviewDeskState state;
    state.decision = decision();
    state.decidedAt = m_decidedAt;
    state.note = note();
    state.filterText = m_view->filterEdit()->text();
    state.kindFilter = m_view->kindFilter();
    state.appFilter = m_view->appCombo()->currentData().toString();
    state.questionFilter = m_view->questionCombo()->currentData().toString();
    const QHeaderView *header = m_view->table()->horizontalHeader();
    state.sortColumn = header->sortIndicatorSection();
    state.sortDescending = header->sortIndicatorOrder() == Qt::DescendingOrder;
    state.grouped = m_view->isGrouping();
    state.triage = m_model->triageByKey(true);
    if (m_policy)
        state.policyPath = m_policy->path;
    QString error;
    if (!m_store.save(m_identity->sha256, state, &error))
        qWarning("review desk: %s", qPrintable(error)); // the review goes on; only keeping it failed
}

void ReviewPage::setPolicy(const std::optional<ReviewPolicy> &policy)
{
    m_policy = policy;
    if (!m_path.isEmpty())
        reviewFile(m_path);
}

ReviewPolicy ReviewPage::policyFromTriage(int *skipped) const
{
    ReviewPolicy out = m_policy.value_or(ReviewPolicy());
    int missed = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Triage t = m_model->triage(row);
        const ReviewFinding &f = m_model->finding(row);
        if (!t.dismissed() || f.isAcknowledged())
            continue; // acknowledged ones are in the policy already
        const QString note = t.state == Triage::State::FalsePositive
                                 ? (t.reason.isEmpty() ? QStringLiteral("false positive")
                                                       : QStringLiteral("false positive: ") + t.reason)
                                 : t.reason;
        if (const auto ack = ReviewPolicy::acknowledgementFor(f, note))
            out.acknowledged.append(*ack);
        else
            ++missed;
    }
    if (skipped)
        *skipped = missed;
    return out;
}

bool ReviewPage::savePolicy(const QString &path, QString *error) const
{
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath()) {
        *error = tr("%1: the policy would replace the reviewed file").arg(path);
        return false;
    }
    const QByteArray json = policyFromTriage().toJson();
    QString reason;
    if (!ReviewPolicy::parse(json, &reason)) { // never write what --policy would refuse
        *error = QStringLiteral("%1: %2").arg(path, reason);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) < 0 || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ReviewPage::exportFindings(const QString &path, QString *error) const
{
    const std::optional<ReviewReport> r = report();
    if (!r) {
        *error = tr("%1: no finished review to export").arg(path);
        return false;
    }
    QVector<FindingsExport::Entry> entries;
    for (int row : m_view->shownRows())
        entries.append({m_model->finding(row), m_model->triage(row)});
    const bool sarif = path.endsWith(QLatin1String(".sarif"), Qt::CaseInsensitive);
    const QByteArray out = sarif ? FindingsExport::sarif(*r, entries, m_policy ? m_policy->path : QString())
                                 : FindingsExport::csv(entries);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) < 0 || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void ReviewPage::choosePolicy()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Review Policy"), m_policy ? m_policy->path : QFileInfo(m_path).absolutePath(),
        tr("Review policy (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    std::optional<ReviewPolicy> policy = ReviewPolicy::load(path, &error);
    if (!policy) {
        showError(tr("Cannot use the policy"), error);
        return;
    }
    setPolicy(policy);
}

void ReviewPage::showSavePolicyDialog()
{
    if (!report())
        return;
    const QString suggested =
        m_policy ? m_policy->path
                 : QFileInfo(m_path).absoluteDir().filePath(QStringLiteral("review-policy.json"));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save as Policy"), suggested, tr("Review policy (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!savePolicy(path, &error))
        showError(tr("Cannot save the policy"), error);
}

void ReviewPage::addMark(const QString &table, const QString &column, qint64 row)
{
    if (table.isEmpty() || column.isEmpty() || row < 0)
        return;
    for (const RedactionMark &m : std::as_const(m_marks))
        if (m.table == table && m.column == column && m.row == row)
            return;
    m_marks.append({table, column, row});
    renderCounts();
    emit marksChanged();
}

void ReviewPage::clearMarks()
{
    if (m_marks.isEmpty())
        return;
    m_marks.clear();
    renderCounts();
    emit marksChanged();
}

void ReviewPage::showRedactionPreview()
{
    if (m_path.isEmpty() || m_previewing)
        return;
    m_previewing = true;
    Redactor::Options options;
    options.marks = m_marks;
    const QString path = m_path;
    auto *watcher = new QFutureWatcher<RedactionResult>(this);
    connect(watcher, &QFutureWatcher<RedactionResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_previewing = false;
        auto *dialog = new RedactionPreviewDialog(watcher->result(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, &ReviewPage::saveRedactedCopyRequested);
        dialog->open();
        emit redactionPreviewShown(dialog);
    });
    watcher->setFuture(QtConcurrent::run([path, options] { return Redactor::preview(path, options); }));
}

} // namespace iv
