// SPDX-License-Identifier: MIT
#include "reviewpage.h"

#include "findingsmodel.h"
#include "findingsgroups.h"
#include "findingsview.h"
#include "personaldatascanner.h"
#include "preferences.h"
#include "snapshotreviewer.h"
#include "verdictbanner.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>

namespace iv {

namespace {

enum Fact : int {
    Size,
    Modified,
    Sqlite,
    Integrity,
    Conformance,
    Contents,
    Collected,
    Scan,
    Notes,
    FactCount
};

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // file names, errors and notes quote the file: never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// Each message made visible on its own line: the line breaks between them are real, those inside one show.
QString visibleLines(const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines)
        out << ReviewReport::visible(line);
    return out.join(QLatin1Char('\n'));
}

QLineEdit *valueField(QWidget *parent)
{
    // Long unbreakable values (paths, hashes) scroll inside a read-only field instead of widening the page.
    auto *field = new QLineEdit(parent);
    field->setReadOnly(true);
    field->setFrame(false);
    field->setStyleSheet(QStringLiteral("QLineEdit { background: transparent; }"));
    return field;
}

} // namespace

ReviewPage::ReviewPage(QWidget *parent)
    : QWidget(parent), m_banner(new VerdictBanner(this)), m_cancelButton(new QPushButton(this)),
      m_exportButton(new QPushButton(this)), m_savePolicyButton(new QPushButton(this)),
      m_reviewerLabel(new QLabel(this)), m_reviewerField(new QLineEdit(this)),
      m_decisionLabel(new QLabel(this)), m_decisionBox(new QComboBox(this)), m_noteLabel(new QLabel(this)),
      m_noteField(new QLineEdit(this)), m_model(new FindingsModel(this))
{
    // The decision: data for the record, in the order of ReviewRecord::Decision.
    for (int i = 0; i < 3; ++i)
        m_decisionBox->addItem(QString());
    for (QLabel *label : {m_decisionLabel, m_noteLabel, m_reviewerLabel})
        label->setTextFormat(Qt::PlainText);
    m_reviewerLabel->setBuddy(m_reviewerField);
    m_reviewerField->setMaxLength(200);
    m_reviewerField->setText(reviewer());
    connect(m_reviewerField, &QLineEdit::editingFinished, this,
            [this] { setReviewer(m_reviewerField->text()); });
    m_savePolicyButton->setEnabled(false);
    connect(m_savePolicyButton, &QPushButton::clicked, this, &ReviewPage::showSavePolicyDialog);
    m_decisionLabel->setBuddy(m_decisionBox);
    m_noteLabel->setBuddy(m_noteField);
    m_noteField->setMaxLength(2000);
    m_cancelButton->setEnabled(false);
    m_exportButton->setEnabled(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReviewPage::cancel);
    connect(m_exportButton, &QPushButton::clicked, this, &ReviewPage::showExportDialog);

    // Identity on the left, what the review found out on the right.
    auto *details = new QWidget(this);
    m_pathField = valueField(details);
    m_shaField = valueField(details);
    m_identityForm = new QFormLayout;
    m_factsForm = new QFormLayout;
    for (QFormLayout *form : {m_identityForm, m_factsForm}) {
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    m_identityForm->addRow(plainLabel(details), m_pathField);
    m_identityForm->addRow(plainLabel(details), m_shaField);
    for (int i = 0; i < FactCount; ++i) {
        QLabel *label = plainLabel(details);
        label->setWordWrap(false);
        QLabel *value = plainLabel(details);
        m_factLabels.append(label);
        m_factValues.append(value);
        (i <= Sqlite ? m_identityForm : m_factsForm)->addRow(label, value);
    }
    m_detailsLayout = new QBoxLayout(QBoxLayout::LeftToRight, details);
    m_detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_detailsLayout->setSpacing(16);
    m_detailsLayout->addLayout(m_identityForm, 1);
    m_detailsLayout->addLayout(m_factsForm, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *findings = new QWidget(this);
    m_headline = plainLabel(findings);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_repeats = plainLabel(findings);
    m_view = new FindingsView(m_model, findings);
    connect(m_view, &FindingsView::findingActivated, this, &ReviewPage::activateFinding);
    connect(m_view, &FindingsView::filterChanged, this, &ReviewPage::renderCounts);
    connect(m_view, &FindingsView::filterChanged, this, &ReviewPage::saveDesk);
    connect(m_view, &FindingsView::markForRedaction, this, [this](const QVector<int> &rows) {
        for (int row : rows) {
            const ReviewFinding &f = m_model->finding(row);
            addMark(f.table, f.column, f.row);
        }
    });
    connect(m_model, &FindingsModel::triageChanged, this, &ReviewPage::saveDesk);
    connect(m_model, &FindingsModel::triageChanged, this, &ReviewPage::renderCounts);
    connect(m_view->table()->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &ReviewPage::saveDesk);
    connect(m_decisionBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_restoring)
            return;
        m_decidedAt = QDateTime::currentDateTimeUtc();
        saveDesk();
    });
    connect(m_noteField, &QLineEdit::textChanged, this, &ReviewPage::saveDesk);
    auto *findingsLayout = new QVBoxLayout(findings);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(m_headline);
    findingsLayout->addWidget(m_repeats);
    findingsLayout->addWidget(m_view, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(findings);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({180, 600});

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_savePolicyButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_banner, 1);
    top->addLayout(buttons);
    auto *decision = new QHBoxLayout;
    decision->addWidget(m_reviewerLabel);
    decision->addWidget(m_reviewerField);
    decision->addWidget(m_decisionLabel);
    decision->addWidget(m_decisionBox);
    decision->addWidget(m_noteLabel);
    decision->addWidget(m_noteField, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(decision);
    layout->addWidget(splitter, 1);
    retranslateUi();
    render();
}

ReviewPage::~ReviewPage()
{
    if (m_cancel)
        m_cancel->store(true); // the workers own their inputs; they stop soon and their results are dropped
}

std::optional<ReviewReport> ReviewPage::report() const
{
    if (!m_outcome || !m_identity)
        return std::nullopt;
    ReviewReport r = m_outcome->report;
    // The parallel future's hash describes the reviewed file only if it saw the same file in the same state.
    if (!r.readable() ? !m_identity->sha256.isEmpty() : m_identity->sameFileAs(r.identity))
        r.identity = *m_identity;
    return r;
}

QString ReviewPage::text() const
{
    const std::optional<ReviewReport> r = report();
    return r ? r->toText() : QString();
}

QString ReviewPage::headlineText() const
{
    return m_headline->text();
}

QString ReviewPage::repeatsText() const
{
    return m_repeats->isVisible() || !m_repeats->text().isEmpty() ? m_repeats->text() : QString();
}

QString ReviewPage::factsText() const
{
    QString out;
    auto *pathLabel = qobject_cast<QLabel *>(m_identityForm->labelForField(m_pathField));
    auto *shaLabel = qobject_cast<QLabel *>(m_identityForm->labelForField(m_shaField));
    out += pathLabel->text() + QLatin1Char(' ') + m_pathField->text() + QLatin1Char('\n');
    out += shaLabel->text() + QLatin1Char(' ') + m_shaField->text() + QLatin1Char('\n');
    for (int i = 0; i < FactCount; ++i)
        out += m_factLabels.at(i)->text() + QLatin1Char(' ') + m_factValues.at(i)->text() + QLatin1Char('\n');
    return out;
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
    if (path != m_path)
        m_marks.clear(); // marks name rows of one file
    m_path = path;
    m_identity.reset();
    m_outcome.reset();
    m_model->clear();
    m_view->modelReset();
    m_cancelled = false;
    // The form starts empty and is filled from the store once the file's SHA-256 is known.
    m_restored = false;
    m_restoring = true;
    m_decisionBox->setCurrentIndex(0);
    m_noteField->clear();
    m_decidedAt = QDateTime();
    m_restoring = false;
    const int minCount = Preferences().reviewMinCount();
    const std::optional<ReviewPolicy> policy = m_policy;
    const int generation = ++m_generation;
    m_pending = 2;
    const std::shared_ptr<std::atomic_bool> flag = m_cancel;

    auto *identityWatcher = new QFutureWatcher<FileIdentity>(this);
    connect(identityWatcher, &QFutureWatcher<FileIdentity>::finished, this,
            [this, identityWatcher, generation] {
                identityWatcher->deleteLater();
                if (generation != m_generation)
                    return;
                m_identity = identityWatcher->result();
                --m_pending;
                finishedPart();
            });
    identityWatcher->setFuture(
        QtConcurrent::run([path, flag] { return FileIdentity::read(path, true, flag.get()); }));

    auto *reviewWatcher = new QFutureWatcher<Outcome>(this);
    connect(reviewWatcher, &QFutureWatcher<Outcome>::finished, this, [this, reviewWatcher, generation] {
        reviewWatcher->deleteLater();
        if (generation != m_generation)
            return;
        m_outcome = reviewWatcher->result();
        m_model->setFindings(m_outcome->report.findings, m_outcome->locations);
        m_view->modelReset();
        --m_pending;
        finishedPart();
    });
    reviewWatcher->setFuture(QtConcurrent::run([path, flag, minCount, policy] {
        Outcome outcome;
        ReviewReport::Options options;
        if (policy)
            policy->configure(options);
        options.computeSha256 = false; // the identity future hashes in parallel
        if (!policy || policy->minCount == 0)
            options.minCount = minCount;
        outcome.report = SnapshotReviewer::review(path, options, flag.get());
        if (outcome.report.readable() && !flag->load()) {
            QString error;
            if (const std::unique_ptr<FindingResolver> resolver = FindingResolver::open(path, &error)) {
                outcome.locations = resolver->locateAll(outcome.report.findings);
                // The same names in the report, so its JSON, text and record carry them too.
                for (qsizetype i = 0; i < outcome.locations.size(); ++i) {
                    const FindingLocation &where = outcome.locations.at(i);
                    ReviewFinding &f = outcome.report.findings[i];
                    if (where.hasApp())
                        f.app = PersonalDataScanner::maskValues(where.appName);
                    if (where.hasQuestion())
                        f.question = PersonalDataScanner::maskValues(where.questionLabel);
                }
                for (ReviewToCheck &c : outcome.report.toCheck) {
                    const FindingLocation where = resolver->locate(c.table, c.row);
                    if (where.hasApp())
                        c.app = PersonalDataScanner::maskValues(where.appName);
                    if (where.hasQuestion())
                        c.question = PersonalDataScanner::maskValues(where.questionLabel);
                }
                outcome.freelistPages = resolver->freelistPages();
            }
            if (policy)
                policy->apply(outcome.report);
        }
        return outcome;
    }));
    render();
}

void ReviewPage::finishedPart()
{
    render();
    if (const std::optional<ReviewReport> r = report()) {
        restoreDesk();
        emit reviewFinished(r->exitCode());
    }
}

void ReviewPage::setFact(int index, const QString &value)
{
    // Rows stay visible (an empty fact shows a dash): hiding widgets of a QFormLayout row corrupts memory in
    // Qt 6.4's QFormLayout::setGeometry (seen under valgrind), and a steady layout does not jump either.
    m_factValues.at(index)->setText(value.isEmpty() ? QStringLiteral("—") : value);
}

void ReviewPage::renderFacts()
{
    const QLocale locale;
    const std::optional<ReviewReport> full = report();
    const ReviewReport *r = full ? &*full : (m_outcome ? &m_outcome->report : nullptr);
    m_pathField->setText(ReviewReport::visible(m_path));
    m_pathField->setCursorPosition(0);
    if (m_identity && !m_identity->sha256.isEmpty())
        m_shaField->setText(m_identity->sha256);
    else
        m_shaField->setText(m_identity         ? ReviewReport::visible(m_identity->error)
                            : m_path.isEmpty() ? QString()
                                               : tr("computing…"));
    m_shaField->setCursorPosition(0);
    const FileIdentity *id = m_identity ? &*m_identity : (r ? &r->identity : nullptr);
    setFact(Size, id && id->size >= 0
                      ? tr("%1 (%2 bytes)").arg(locale.formattedDataSize(id->size), locale.toString(id->size))
                      : QString());
    setFact(Modified, id && id->mtime.isValid() ? id->mtime.toString(Qt::ISODate) : QString());
    if (id && id->sqliteHeader) {
        QString sqlite =
            tr("%1 pages of %2 bytes").arg(locale.toString(qint64(id->pageCount))).arg(id->pageSize);
        if (m_outcome && m_outcome->freelistPages >= 0)
            sqlite += QLatin1Char('\n') + tr("free pages (freelist): %1").arg(m_outcome->freelistPages);
        sqlite += QLatin1Char('\n') + tr("%1, %2, written by SQLite %3.%4.%5")
                                          .arg(id->encodingName(), id->journalModeName())
                                          .arg(id->sqliteVersion / 1000000)
                                          .arg(id->sqliteVersion / 1000 % 1000)
                                          .arg(id->sqliteVersion % 1000);
        if (id->userVersion != 0 || id->applicationId != 0)
            sqlite += QLatin1Char('\n') +
                      tr("user_version %1, application_id %2").arg(id->userVersion).arg(id->applicationId);
        setFact(Sqlite, sqlite);
    } else {
        setFact(Sqlite, id ? tr("not an SQLite header") : QString());
    }
    if (!r || !r->readable()) {
        for (int f : {Integrity, Conformance, Contents, Collected, Scan})
            setFact(f, QString());
        setFact(Notes, r ? ReviewReport::visible(r->openError) : QString());
        return;
    }
    setFact(Integrity, r->integrity.isEmpty() ? tr("not checked")
                       : r->integrityOk()     ? tr("ok")
                                              : visibleLines(r->integrity));
    setFact(Conformance, r->conformant ? tr("conformant with upstream's schema")
                                       : tr("NOT conformant with upstream's schema (see the findings)"));
    int questions = 0;
    for (int n : r->questionsPerKind)
        questions += n;
    setFact(Contents, tr("apps: %1, questions: %2, bucket values: %3")
                          .arg(r->apps.size())
                          .arg(questions)
                          .arg(locale.toString(r->bucketPoints)));
    QString collected = r->createdFirst.isNull() ? QString()
                                                 : tr("%1 … %2").arg(ReviewReport::visible(r->createdFirst),
                                                                     ReviewReport::visible(r->createdLast));
    if (r->executionDeltas > 0)
        collected += (collected.isEmpty() ? QString() : QStringLiteral("\n")) +
                     tr("executions recorded: %1").arg(r->executionDeltas);
    setFact(Collected, collected);
    setFact(Scan, (r->scanComplete ? tr("%1 text cells in %2 tables")
                                   : tr("%1 text cells in %2 tables (incomplete)"))
                      .arg(locale.toString(r->scannedCells))
                      .arg(r->scannedTables));
    QStringList notes;
    for (const QString &n : r->notes)
        notes << ReviewReport::visible(n);
    setFact(Notes, notes.join(QLatin1Char('\n')));
}

void ReviewPage::renderCounts()
{
    if (!m_outcome || !m_outcome->report.readable()) {
        m_headline->clear();
        m_headline->hide();
        m_repeats->clear();
        m_repeats->hide();
        return;
    }
    const int listed = m_model->rowCount();
    const int errors = m_model->count(ReviewFinding::Severity::Error);
    QString headline =
        listed == 0
            ? tr("No findings.")
            : tr("Findings: %1 (errors: %2, warnings: %3)").arg(listed).arg(errors).arg(listed - errors);
    const int shown = m_view->shownCount();
    if (shown != listed)
        headline += QLatin1Char(' ') + tr("(showing %1 of %2)").arg(shown).arg(listed);
    if (m_view->isGrouping() && shown > 0)
        headline += QLatin1Char(' ') + tr("in %n question(s) or table(s)", nullptr, m_view->groups()->groupCount());
    m_headline->setText(headline);
    m_headline->show();
    QStringList lines;
    for (const FindingsModel::Repeat &rep : m_model->repeats()) {
        QString where = ReviewReport::visible(rep.table);
        if (!rep.column.isNull())
            where += QLatin1Char('.') + ReviewReport::visible(rep.column);
        lines
            << (where.isEmpty()
                    ? tr("%1 more of the same kind (%2), not listed one by one").arg(rep.count).arg(rep.code)
                    : tr("%1 more of the same kind (%2) in %3, not listed one by one")
                          .arg(rep.count)
                          .arg(rep.code, where));
    }
    if (!lines.isEmpty())
        lines << tr("Findings in all: %1").arg(listed + m_model->repeatedCount());
    if (m_outcome->report.exitCode() != 0) // a clean verdict lists them in the banner
        lines << toCheckLines(m_outcome->report);
    if (!m_marks.isEmpty())
        lines << tr("Marked for redaction by hand: %n cell(s) (Review › Preview Redacted Copy… shows the copy)",
                    nullptr, int(m_marks.size()));
    m_repeats->setText(lines.join(QLatin1Char('\n')));
    m_repeats->setVisible(!lines.isEmpty());
}

void ReviewPage::render()
{
    m_cancelButton->setEnabled(m_pending > 0 && !m_cancelled);
    m_cancelButton->setVisible(m_pending > 0);
    const std::optional<ReviewReport> full = report();
    m_exportButton->setEnabled(full.has_value());
    m_savePolicyButton->setEnabled(full.has_value() && full->readable());
    renderFacts();
    renderCounts();
    if (full) {
        const int code = full->exitCode();
        const int listed = m_model->rowCount();
        const QString counts = tr("Findings: %1").arg(listed + m_model->repeatedCount());
        if (m_cancelled)
            m_banner->setVerdict(VerdictBanner::Verdict::Findings,
                                 tr("Cancelled: the review is incomplete."));
        else if (!full->readable())
            m_banner->setVerdict(VerdictBanner::Verdict::Unreadable, tr("Unreadable"),
                                 ReviewReport::visible(full->openError));
        else if (!full->conformant || !full->integrityOk())
            m_banner->setVerdict(VerdictBanner::Verdict::NotConformant,
                                 !full->integrityOk() ? tr("Damaged: the integrity check failed")
                                                      : tr("Not conformant with upstream's schema"),
                                 counts);
        else if (code != 0)
            m_banner->setVerdict(VerdictBanner::Verdict::Findings, tr("Conformant, with findings"), counts);
        else
            m_banner->setVerdict(VerdictBanner::Verdict::Clean, tr("Clean"), cleanStatement(*full));
        return;
    }
    if (m_path.isEmpty())
        m_banner->setVerdict(VerdictBanner::Verdict::None, tr("No file reviewed yet."));
    else
        m_banner->setVerdict(
            VerdictBanner::Verdict::Busy, m_cancelled ? tr("Cancelling…") : tr("Reviewing…"),
            tr("Integrity, conformance and personal data of %1").arg(ReviewReport::visible(m_path)));
}

QStringList ReviewPage::toCheckLines(const ReviewReport &r)
{
    // Values of buckets about people that no detector recognised: listed, never passed silently.
    if (r.toCheckCount <= 0)
        return {};
    QStringList samples;
    for (int i = 0; i < r.toCheck.size() && i < 8; ++i) {
        const ReviewToCheck &c = r.toCheck.at(i);
        samples << (c.question.isNull() ? ReviewReport::visible(c.sample)
                                        : tr("%1 (%2)").arg(ReviewReport::visible(c.sample),
                                                            ReviewReport::visible(c.question)));
    }
    QString line = tr("To check by eye: %n value(s) of buckets about people that no detector recognised: %1",
                      nullptr, int(std::min<qint64>(r.toCheckCount, INT_MAX)))
                       .arg(samples.join(QStringLiteral(", ")));
    if (r.toCheckCount > samples.size())
        line += QLatin1Char(' ') + tr("(all of them in the exported report)");
    return {line};
}

QString ReviewPage::cleanStatement(const ReviewReport &r) const
{
    // What "clean" rests on: what was read and which detectors looked at it; "no names found" is not "no names".
    const QLocale locale;
    QString scanned =
        tr("Scanned %1 text cells in %2 tables").arg(locale.toString(r.scannedCells)).arg(r.scannedTables);
    if (m_outcome && m_outcome->freelistPages > 0)
        scanned += tr(", and %n free page(s)", nullptr, int(std::min<qint64>(m_outcome->freelistPages, INT_MAX)));
    return tr("Conformant with upstream's schema, integrity ok, no findings.") + QLatin1Char('\n') + scanned +
           QLatin1Char(' ') +
           tr("with the detectors for e-mail addresses, phone numbers, IBANs, payment cards, IPv4 and IPv6 "
              "addresses, people's names (lexicons and context), national ids and credentials. Detectors "
              "recognise known forms only: check buckets about people by eye.") +
           (r.toCheckCount > 0 ? QLatin1Char('\n') + toCheckLines(r).join(QLatin1Char('\n')) : QString());
}

void ReviewPage::activateFinding(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const FindingLocation location = m_model->location(row);
    if (location.hasQuestion())
        emit openQuestion(location.kind, location.questionLabel, location.valueRowId);
    else if (location.hasApp())
        emit openApp(location.appUuid);
}

bool ReviewPage::exportReview(const QString &path, QString *error) const
{
    const std::optional<ReviewReport> r = report();
    if (!r) {
        *error = tr("%1: no finished review to export").arg(path);
        return false;
    }
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return record()->write(path, error);
    if (path.endsWith(QLatin1String(".sarif"), Qt::CaseInsensitive) ||
        path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return exportFindings(path, error);
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json ? r->toJson() : r->toText().toUtf8()) < 0 ||
        !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

ReviewRecord::Decision ReviewPage::decision() const
{
    return static_cast<ReviewRecord::Decision>(qBound(0, m_decisionBox->currentIndex(), 2));
}

QString ReviewPage::note() const
{
    return m_noteField->text();
}

void ReviewPage::setDecision(ReviewRecord::Decision decision, const QString &note)
{
    m_decisionBox->setCurrentIndex(static_cast<int>(decision));
    m_noteField->setText(note);
}

std::optional<ReviewRecord> ReviewPage::record() const
{
    std::optional<ReviewReport> r = report();
    if (!r)
        return std::nullopt;
    ReviewRecord rec;
    rec.report = std::move(*r);
    rec.decision = decision();
    rec.decidedAt = m_decidedAt;
    rec.note = note();
    rec.reviewer = reviewer();
    if (m_policy)
        rec.policyPath = m_policy->path;
    // Each finding's judgement, found by its key (summaries past the listing limit stay open).
    const QHash<QString, Triage> byKey = m_model->triageByKey();
    for (const ReviewFinding &f : rec.report.findings)
        rec.triage.append(f.unlisted > 0 ? Triage() : byKey.value(Triage::key(f)));
    return rec;
}

void ReviewPage::showExportDialog()
{
    if (!report())
        return;
    const QString suggested = QFileInfo(m_path).absoluteDir().filePath(QFileInfo(m_path).completeBaseName() +
                                                                       QStringLiteral(".review.pdf"));
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Review"), suggested,
        tr("PDF record, with JSON beside it (*.pdf);;JSON (*.json);;Text (*.txt);;"
           "SARIF 2.1.0 of the shown findings (*.sarif);;CSV of the shown findings (*.csv)"),
        &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(QLatin1String("*.txt"))     ? QStringLiteral(".txt")
                : filter.contains(QLatin1String("*.json"))  ? QStringLiteral(".json")
                : filter.contains(QLatin1String("*.sarif")) ? QStringLiteral(".sarif")
                : filter.contains(QLatin1String("*.csv"))   ? QStringLiteral(".csv")
                                                            : QStringLiteral(".pdf");
    QString error;
    if (!exportReview(path, &error))
        showError(tr("Export failed"), error);
}

void ReviewPage::showError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, QString(), QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText);
    box->setText(message);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ReviewPage::retranslateUi()
{
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel the review"));
    m_exportButton->setText(tr("Export Review…"));
    m_exportButton->setAccessibleName(tr("Export the review as a PDF record, JSON or text"));
    m_savePolicyButton->setText(tr("Save as Policy…"));
    m_savePolicyButton->setAccessibleName(
        tr("Save the accepted and false-positive findings as a review policy for the next snapshots"));
    m_reviewerLabel->setText(tr("Reviewer:"));
    m_reviewerField->setPlaceholderText(tr("Your name"));
    m_reviewerField->setAccessibleName(tr("Reviewer's name"));
    m_decisionLabel->setText(tr("Decision:"));
    m_decisionBox->setItemText(0, tr("No decision"));
    m_decisionBox->setItemText(1, tr("Approved"));
    m_decisionBox->setItemText(2, tr("Rejected"));
    m_decisionBox->setAccessibleName(tr("Reviewer's decision"));
    m_noteLabel->setText(tr("Note:"));
    m_noteField->setPlaceholderText(tr("Why, by whom, on what condition…"));
    m_noteField->setAccessibleName(tr("Reviewer's note"));
    qobject_cast<QLabel *>(m_identityForm->labelForField(m_pathField))->setText(tr("File"));
    qobject_cast<QLabel *>(m_identityForm->labelForField(m_shaField))->setText(QStringLiteral("SHA-256"));
    m_pathField->setAccessibleName(tr("File"));
    m_shaField->setAccessibleName(QStringLiteral("SHA-256"));
    const QString names[FactCount] = {tr("Size"),      tr("Modified (UTC)"), tr("SQLite file"),
                                      tr("Integrity"), tr("Conformance"),    tr("Contents"),
                                      tr("Collected"), tr("Scanned"),        tr("Notes")};
    for (int i = 0; i < FactCount; ++i) {
        m_factLabels.at(i)->setText(names[i]);
        m_factValues.at(i)->setAccessibleName(names[i]);
    }
    if (m_pending == 0)
        render();
}

void ReviewPage::resizeEvent(QResizeEvent *event)
{
    // Identity beside the facts when there is room, above them when narrow (nothing clipped on the right).
    m_detailsLayout->setDirection(width() < 900 ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_detailsLayout->setSpacing(width() < 900 ? 6 : 16);
    QWidget::resizeEvent(event);
}

void ReviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace iv
