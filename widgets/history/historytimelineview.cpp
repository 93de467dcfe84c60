// SPDX-License-Identifier: MIT
#include "historytimelineview.h"

#include "historytimeline.h"
#include "numberformat.h"
#include "snapshotreviewer.h"
#include "timestamp.h"
#include "trendcard.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace iv {

const QString HistoryTimelineView::ThresholdKey = QStringLiteral("history/changeThresholdPercent");

double HistoryTimelineView::thresholdPreference()
{
    bool ok = false;
    const double v = QSettings().value(ThresholdKey, HistoryTimeline::kDefaultThresholdPercent).toDouble(&ok);
    return ok && v >= 0 && v <= 1000000 ? v : HistoryTimeline::kDefaultThresholdPercent;
}

HistoryTimelineView::HistoryTimelineView(QWidget *parent)
    : QWidget(parent), m_sinceLabel(new QLabel(this)), m_since(new QComboBox(this)),
      m_thresholdLabel(new QLabel(this)), m_threshold(new QDoubleSpinBox(this)),
      m_tree(new QTreeWidget(this)), m_findingsNote(new QLabel(this)), m_findingsButton(new QPushButton(this))
{
    m_threshold->setRange(0, 10000);
    m_threshold->setDecimals(1);
    m_threshold->setSuffix(QStringLiteral(" %"));
    m_threshold->setValue(thresholdPreference());
    m_sinceLabel->setBuddy(m_since);
    m_thresholdLabel->setBuddy(m_threshold);
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_findingsNote->setWordWrap(true);
    m_findingsNote->setTextFormat(Qt::PlainText);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_sinceLabel);
    controls->addWidget(m_since, 1);
    controls->addSpacing(12);
    controls->addWidget(m_thresholdLabel);
    controls->addWidget(m_threshold);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_tree, 1);
    auto *findings = new QHBoxLayout;
    findings->addWidget(m_findingsButton);
    findings->addWidget(m_findingsNote, 1);
    layout->addLayout(findings);
    connect(m_findingsButton, &QPushButton::clicked, this, &HistoryTimelineView::reviewNewFindings);
    connect(&m_review, &QFutureWatcher<QStringList>::finished, this, [this] {
        const QStringList result = m_review.result();
        m_findingsButton->setEnabled(true);
        if (m_findingsSince < 0)
            return; // another history was shown meanwhile
        m_reviewError = result.value(0);
        m_findings = result.mid(1);
        retranslateUi(); // the note, and rebuild() lists the findings
        emit findingsReviewed(static_cast<int>(m_findings.size()), m_reviewError);
    });
    connect(m_since, &QComboBox::currentIndexChanged, this, &HistoryTimelineView::rebuild);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        QSettings().setValue(ThresholdKey, v);
        rebuild();
    });
    retranslateUi();
}

QStringList HistoryTimelineView::newFindings(const QString &olderPath, const QString &newerPath,
                                             QString *error)
{
    auto reviewed = [error](const QString &path) {
        ReviewReport report = SnapshotReviewer::review(path);
        if (!report.openError.isEmpty() && error)
            *error = report.openError;
        SnapshotReviewer::locate(report);
        return report;
    };
    auto key = [](const ReviewFinding &f) {
        return QStringList{f.code, f.app, f.question, f.table, f.column, f.sample}.join(QChar(0x1f));
    };
    const ReviewReport older = reviewed(olderPath);
    const ReviewReport newer = reviewed(newerPath);
    QSet<QString> before;
    for (const ReviewFinding &f : older.findings)
        before.insert(key(f));
    QStringList lines;
    for (const ReviewFinding &f : newer.findings) {
        if (before.contains(key(f)) || f.unlisted > 0)
            continue;
        QString where;
        if (!f.question.isEmpty())
            where = QStringLiteral(" (%1 / %2)").arg(f.app, f.question);
        lines << QStringLiteral("%1: %2%3").arg(f.code, f.message, where);
    }
    return lines;
}

void HistoryTimelineView::reviewNewFindings()
{
    if (!m_history || m_history->size() < 2 || m_review.isRunning())
        return;
    m_findingsSince = std::max(0, m_since->currentIndex());
    const QString older = m_history->snapshots.at(m_findingsSince).path;
    const QString newer = m_history->snapshots.constLast().path;
    m_findingsButton->setEnabled(false);
    m_findingsNote->setText(tr("Reviewing two snapshots…"));
    m_review.setFuture(QtConcurrent::run([older, newer] {
        QString error;
        QStringList lines = newFindings(older, newer, &error);
        lines.prepend(error);
        return lines;
    }));
}

void HistoryTimelineView::setHistory(const History *history)
{
    m_findings.clear();
    m_reviewError.clear();
    m_findingsSince = -1;
    m_history = history;
    const QSignalBlocker block(m_since);
    m_since->clear();
    if (history) {
        QStringList names;
        for (int i = 0; i + 1 < history->size(); ++i)
            names << QStringLiteral("%1 · %2").arg(history->collectedText(i),
                                                   QFileInfo(history->snapshots.at(i).path).fileName());
        m_since->addItems(names);
    }
    m_since->setCurrentIndex(0);
    rebuild();
}

void HistoryTimelineView::rebuild()
{
    m_tree->clear();
    if (!m_history || m_history->size() < 2)
        return;
    const QVector<HistoryChange> changes =
        HistoryTimeline::changesSince(*m_history, std::max(0, m_since->currentIndex()), m_threshold->value());
    const NumberFormat f = NumberFormat::ui();
    QTreeWidgetItem *group = nullptr;
    int groupSnapshot = -1;
    for (const HistoryChange &c : changes) {
        if (c.snapshot != groupSnapshot) {
            groupSnapshot = c.snapshot;
            const SnapshotSummary &s = m_history->snapshots.at(c.snapshot);
            group = new QTreeWidgetItem(m_tree,
                                        {m_history->collectedText(c.snapshot), QFileInfo(s.path).fileName()});
            group->setToolTip(1, s.path);
            group->setExpanded(true);
        }
        QString what;
        QString detail = c.question == c.label ? c.label : QStringLiteral("%1 (%2)").arg(c.question, c.label);
        switch (c.type) {
        case HistoryChange::Type::QuestionAdded:
            what = tr("added %1").arg(kindId(c.kind));
            break;
        case HistoryChange::Type::QuestionRemoved:
            what = tr("removed %1").arg(kindId(c.kind));
            break;
        case HistoryChange::Type::Moved:
            what = tr("moved");
            detail += QStringLiteral(": %1 → %2, %3")
                          .arg(f.display(c.delta.from), f.display(c.delta.to), TrendCard::deltaText(c.delta));
            break;
        }
        auto *item = new QTreeWidgetItem(group, {what, detail});
        item->setToolTip(1, detail);
    }
    if (changes.isEmpty())
        new QTreeWidgetItem(m_tree, {tr("No changes beyond the threshold"), QString()});
    if (m_findingsSince >= 0 && !m_review.isRunning()) {
        auto *group = new QTreeWidgetItem(
            m_tree, {tr("New review findings"),
                     tr("in %1 since %2: %3")
                         .arg(QFileInfo(m_history->snapshots.constLast().path).fileName(),
                              QFileInfo(m_history->snapshots.at(m_findingsSince).path).fileName())
                         .arg(m_reviewError.isEmpty() ? QString::number(m_findings.size()) : m_reviewError)});
        group->setExpanded(true);
        for (const QString &line : std::as_const(m_findings)) {
            auto *item = new QTreeWidgetItem(group, {tr("new finding"), line});
            item->setToolTip(1, line);
        }
    }
    m_tree->resizeColumnToContents(0);
}

void HistoryTimelineView::retranslateUi()
{
    m_sinceLabel->setText(tr("Changes since:"));
    m_thresholdLabel->setText(tr("Moved by more than:"));
    m_since->setAccessibleName(tr("Changes since"));
    m_threshold->setAccessibleName(tr("Change threshold"));
    m_tree->setAccessibleName(tr("What changed"));
    m_tree->setHeaderLabels({tr("Change"), tr("Question")});
    m_findingsButton->setText(tr("Find New Review Findings"));
    m_findingsButton->setAccessibleName(tr("Find new review findings"));
    m_findingsNote->setText(
        tr("Reviews the snapshot chosen above and the latest (personal data, conformance) and "
           "lists what the latest has that the other had not."));
    rebuild();
}

void HistoryTimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace iv
