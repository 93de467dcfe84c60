// SPDX-License-Identifier: MIT
#include "diffpage.h"

#include "gaugerange.h"
#include "kindname.h"
#include "numberformat.h"
#include "questiontreemodel.h"
#include "reviewreport.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace iv {

namespace {

struct Outcome
{
    std::optional<SnapshotDiff> diff;
    QString error;
};

QTableWidgetItem *item(const QString &text, bool number = false)
{
    // QTableWidgetItem text is always drawn as plain text; control and bidi characters are made visible.
    auto *it = new QTableWidgetItem(ReviewReport::visible(text));
    it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return it;
}

} // namespace

DiffPage::DiffPage(QWidget *parent) : QWidget(parent)
{
    m_toleranceLabel = new QLabel(this);
    m_toleranceLabel->setTextFormat(Qt::PlainText);
    m_tolerance = new QDoubleSpinBox(this);
    m_tolerance->setRange(0, 100);
    m_tolerance->setDecimals(4);
    m_tolerance->setSingleStep(0.1);
    m_tolerance->setSuffix(QStringLiteral(" %"));
    m_tolerance->setKeyboardTracking(false); // compare once the number is entered, not per keystroke
    m_toleranceLabel->setBuddy(m_tolerance);
    m_includeTimes = new QCheckBox(this);
    connect(m_tolerance, &QDoubleSpinBox::valueChanged, this, &DiffPage::compareAgain);
    connect(m_includeTimes, &QCheckBox::toggled, this, &DiffPage::compareAgain);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_toleranceLabel);
    controls->addWidget(m_tolerance);
    controls->addSpacing(12);
    controls->addWidget(m_includeTimes);
    controls->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // The columns share the page's width instead of growing past it: long texts wrap (a long question never
    // pushes the New column off-screen); the short columns fit their contents.
    m_table->setWordWrap(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(24);
    for (int c = 0; c < ColumnCount; ++c)
        header->setSectionResizeMode(c, c == AppColumn || c == QuestionColumn || c == OldColumn ||
                                                c == NewColumn || c == PointsColumn
                                            ? QHeaderView::Stretch
                                            : QHeaderView::ResizeToContents);
    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    retranslateUi();
}

DiffPage::~DiffPage()
{
    if (m_cancel)
        m_cancel->store(true);
}

QString DiffPage::summaryText() const
{
    return m_summary->text();
}

QString DiffPage::detailsText() const
{
    return m_details->toPlainText();
}

SnapshotDiff::Options DiffPage::options() const
{
    SnapshotDiff::Options o;
    o.tolerance = m_tolerance->value() / 100.0;
    o.includeTimes = m_includeTimes->isChecked();
    return o;
}

void DiffPage::compareAgain()
{
    if (!m_oldPath.isEmpty() && !m_newPath.isEmpty())
        compareFiles(m_oldPath, m_newPath);
}

void DiffPage::cancel()
{
    if (m_cancel && m_busy)
        m_cancel->store(true);
}

void DiffPage::compareFiles(const QString &oldPath, const QString &newPath)
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> flag = m_cancel;
    const int generation = ++m_generation;
    m_busy = true;
    m_diff.reset();
    m_oldPath = oldPath;
    m_newPath = newPath;
    m_table->setRowCount(0);
    m_details->clear();
    retranslateUi();
    m_summary->setText(tr("Comparing %1 with %2…")
                           .arg(ReviewReport::visible(QFileInfo(oldPath).fileName()),
                                ReviewReport::visible(QFileInfo(newPath).fileName())));

    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_busy = false;
        const Outcome outcome = watcher->result();
        if (!outcome.diff) {
            m_summary->setText(tr("Could not compare: %1").arg(ReviewReport::visible(outcome.error)));
            emit comparisonFinished(2, outcome.error);
            return;
        }
        m_diff = outcome.diff;
        showDiff(*m_diff);
        emit comparisonFinished(m_diff->differs() ? 1 : 0, QString());
    });
    const SnapshotDiff::Options opts = options();
    watcher->setFuture(QtConcurrent::run([oldPath, newPath, flag, opts] {
        Outcome o;
        o.diff = SnapshotDiff::compare(oldPath, newPath, opts, &o.error, flag.get());
        return o;
    }));
}

void DiffPage::showDiff(const SnapshotDiff &diff)
{
    using S = QuestionDiff::Status;
    if (diff.identical()) {
        m_summary->setText(
            diff.includeTimes
                ? tr("Identical content: %n question(s), same values, same schema, same executions.", nullptr,
                     static_cast<int>(diff.questions.size()))
                : tr("Identical content: %n question(s), same values, same schema (times not "
                     "compared).",
                     nullptr, static_cast<int>(diff.questions.size())));
    } else {
        const NumberFormat format = NumberFormat::ui(); // "1.000 hinzugefügt", not "1000"
        QString s = tr("Questions: %1 exact, %2 within tolerance, %3 changed, %4 added, %5 removed.")
                        .arg(format.integer(diff.exactCount()), format.integer(diff.withinToleranceCount()),
                             format.integer(diff.count(S::Changed)), format.integer(diff.count(S::Added)),
                             format.integer(diff.count(S::Removed)));
        if (!diff.addedApps.isEmpty())
            s += QLatin1Char(' ') +
                 tr("Added apps: %1.").arg(ReviewReport::visible(diff.addedApps.join(QStringLiteral(", "))));
        if (!diff.removedApps.isEmpty())
            s += QLatin1Char(' ') +
                 tr("Removed apps: %1.")
                     .arg(ReviewReport::visible(diff.removedApps.join(QStringLiteral(", "))));
        m_summary->setText(s);
    }
    QStringList more;
    if (!diff.schema.isEmpty())
        more << tr("%n schema object(s) differ.", nullptr, static_cast<int>(diff.schema.size()));
    if (diff.includeTimes && (diff.collectedAtChanges() > 0 || diff.oldCollectedAt != diff.newCollectedAt))
        more << tr("Collected at %1 → %2 (%n question(s) collected again).", nullptr,
                   diff.collectedAtChanges())
                    .arg(ReviewReport::visible(diff.oldCollectedAt),
                         ReviewReport::visible(diff.newCollectedAt));
    if (diff.executions.changed())
        more << tr("Executions: %1 → %2 (%3 added, %4 removed).")
                    .arg(diff.executions.oldCount)
                    .arg(diff.executions.newCount)
                    .arg(diff.executions.added)
                    .arg(diff.executions.removed);
    if (!more.isEmpty())
        m_summary->setText(m_summary->text() + QLatin1Char(' ') + more.join(QLatin1Char(' ')));
    m_table->setRowCount(static_cast<int>(diff.questions.size()));
    int row = 0;
    for (const QuestionDiff &q : diff.questions) {
        const QString status = q.status == S::Added     ? tr("added")
                               : q.status == S::Removed ? tr("removed")
                               : q.status == S::Changed ? tr("changed")
                               : q.withinTolerance      ? tr("within tolerance")
                               : q.collectedAtChanged() ? tr("collected again")
                                                        : tr("unchanged");
        m_table->setItem(row, StatusColumn, item(status));
        m_table->setItem(row, KindColumn, item(kindDisplayName(q.kind)));
        m_table->setItem(row, AppColumn, item(q.app));
        QTableWidgetItem *question = item(q.text);
        question->setToolTip(plainToolTip(QStringLiteral("%1 (%2)").arg(q.text, q.label)));
        m_table->setItem(row, QuestionColumn, question);
        QString oldCell, newCell, delta, percent, points;
        if (q.isValue) {
            oldCell = q.status == S::Added ? QString() : q.oldText;
            newCell = q.status == S::Removed ? QString() : q.newText;
            if ((q.status == S::Changed || q.withinTolerance) && q.oldValid && q.newValid) {
                delta = q.deltaText();
                if (!std::isnan(q.percent()))
                    percent = GaugeRange::withUnit(NumberFormat::ui().percent(q.percent()),
                                                   QStringLiteral("%"), NumberFormat::ui().locale());
            }
        } else {
            // Grouped in the UI language ("1,000,000 points", "1.000.000 Punkte").
            auto pointsText = [](qint64 n) {
                return tr("%n point(s)", nullptr, static_cast<int>(n))
                    .replace(QString::number(n), NumberFormat::ui().integer(n));
            };
            oldCell = q.oldPoints < 0 ? QString() : pointsText(q.oldPoints);
            newCell = q.newPoints < 0 ? QString() : pointsText(q.newPoints);
            if (q.oldPoints >= 0 && q.newPoints >= 0) {
                // Counts grouped in the UI language like the cells beside them ("1.234", "1.234
                // hinzugefügt").
                const NumberFormat format = NumberFormat::ui();
                const qint64 change = q.newPoints - q.oldPoints;
                delta = format.integer(change);
                points = tr("%1 changed, %2 added, %3 removed")
                             .arg(format.integer(q.changedPoints), format.integer(q.addedPoints),
                                  format.integer(q.removedPoints));
                if (q.tolerantPoints > 0)
                    points +=
                        QLatin1Char(' ') + tr("(%1 within tolerance)").arg(format.integer(q.tolerantPoints));
            }
        }
        m_table->setItem(row, OldColumn, item(oldCell, true));
        m_table->setItem(row, NewColumn, item(newCell, true));
        m_table->setItem(row, DeltaColumn, item(delta, true));
        m_table->setItem(row, PercentColumn, item(percent, true));
        m_table->setItem(row, PointsColumn, item(points));
        ++row;
    }
    m_table->resizeRowsToContents();
    m_details->setPlainText(diff.toText());
}

void DiffPage::retranslateUi()
{
    const QString oldName =
        m_oldPath.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(QFileInfo(m_oldPath).fileName());
    const QString newName =
        m_newPath.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(QFileInfo(m_newPath).fileName());
    m_table->setHorizontalHeaderLabels(
        {tr("Status"), tr("Kind"), tr("App"), tr("Question"), tr("Old") + ReviewReport::visible(oldName),
         tr("New") + ReviewReport::visible(newName), tr("Delta"), tr("%"), tr("Points")});
    m_table->setAccessibleName(tr("Questions, old and new side by side"));
    m_toleranceLabel->setText(tr("Tolerance:"));
    m_tolerance->setToolTip(
        tr("Numbers that differ by at most this share of the larger one count as the same "
           "(within tolerance)."));
    m_tolerance->setAccessibleName(tr("Tolerance in percent"));
    m_includeTimes->setText(tr("Include &times"));
    m_includeTimes->setToolTip(tr("Also compare when the questions were collected and the executions."));
    m_details->setAccessibleName(tr("Comparison details"));
    if (!m_busy && !m_diff && m_oldPath.isEmpty())
        m_summary->setText(tr("Choose two snapshots to compare."));
    if (m_diff)
        showDiff(*m_diff);
}

void DiffPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace iv
