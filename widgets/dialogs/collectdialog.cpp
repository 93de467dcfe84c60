// SPDX-License-Identifier: MIT
#include "collectdialog.h"

#include "collectconsent.h"
#include "collector.h"
#include "collectpreviewdialog.h"
#include "consentprompt.h"
#include "collectproject.h"
#include "metrickind.h"
#include "reviewreport.h"
#include "snapshothistoryfiles.h"
#include "textbudget.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace iv {

namespace {

QString key(const QString &provider, const QString &metric)
{
    return provider + QLatin1Char('\n') + metric;
}

} // namespace

CollectDialog::CollectDialog(const QString &projectPath, QWidget *parent)
    : QDialog(parent), m_collector(new Collector(this)), m_projectPath(projectPath)
{
    m_projectLabel = new QLabel(this);
    m_projectLabel->setTextFormat(Qt::PlainText);
    m_projectLabel->setWordWrap(true);
    m_outputLabel = new QLabel(this);
    m_outputLabel->setTextFormat(Qt::PlainText);
    m_outputLabel->setWordWrap(true);
    m_programsLabel = new QLabel(this);
    m_programsLabel->setObjectName(QStringLiteral("programs"));
    m_programsLabel->setTextFormat(Qt::PlainText); // paths and arguments come from a file: never markup
    m_programsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_programsLabel->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(3);
    // Kind and progress fit their contents and their header text in every language (the labels are set after
    // the rows, and change with the language); the metric name takes the rest.
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_buttons = new QDialogButtonBox(this);
    m_runButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_previewButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_buttons->addButton(QDialogButtonBox::Close);
    m_options = new QWidget(this);
    m_optionsLayout = new QFormLayout(m_options);
    m_optionsLayout->setContentsMargins(0, 0, 0, 0);
    m_keepGoing = new QCheckBox(this);
    m_keepGoing->setObjectName(QStringLiteral("keepGoing"));
    m_toFolder = new QCheckBox(this);
    m_toFolder->setObjectName(QStringLiteral("toFolder"));
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("outputFolder"));
    m_keep = new QSpinBox(this);
    m_keep->setObjectName(QStringLiteral("keep"));
    m_keep->setRange(0, 100000);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_projectLabel);
    layout->addWidget(m_outputLabel);
    layout->addWidget(m_programsLabel);
    layout->addWidget(m_options);
    layout->addWidget(m_tree, 3);
    layout->addWidget(m_log, 2);
    layout->addWidget(m_buttons);
    resize(720, 560);

    connect(m_runButton, &QPushButton::clicked, this, &CollectDialog::start);
    connect(m_cancelButton, &QPushButton::clicked, this, &CollectDialog::cancel);
    connect(m_previewButton, &QPushButton::clicked, this, &CollectDialog::previewSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this] { m_previewButton->setEnabled(!isRunning() && !previewableMetric().isEmpty()); });
    connect(m_buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &CollectDialog::reject);
    connect(m_collector, &Collector::metricProgress, this, &CollectDialog::onMetricProgress);
    connect(m_collector, &Collector::providerProgress, this, &CollectDialog::onProviderProgress);
    connect(m_collector, &Collector::logMessage, this, &CollectDialog::appendLog);
    connect(m_collector, &Collector::metricCollected, this, &CollectDialog::onMetricCollected);
    connect(m_keepGoing, &QCheckBox::toggled, this, [this](bool on) { m_collector->setKeepGoing(on); });
    auto folderChanged = [this] {
        setOutputFolder(m_toFolder->isChecked() ? m_folder->text().trimmed() : QString(), m_keep->value());
    };
    connect(m_toFolder, &QCheckBox::toggled, this, folderChanged);
    connect(m_folder, &QLineEdit::editingFinished, this, folderChanged);

    if (loadProject()) {
        buildOptions();
        CollectConsent::warmUp(
            m_collector->programs()); // hashed off the GUI thread before Collect is pressed
    }
    retranslateUi();
    setRunning(false);
}

bool CollectDialog::loadProject()
{
    QString output = m_outputFolder.isEmpty()
                         ? QString()
                         : QDir(m_outputFolder).filePath(QStringLiteral("insights-YYYYMMDDTHHMMSSZ.db"));
    // A Django site (its manage.py) has no output of its own, and nothing is written into the site: the
    // snapshot goes to the home folder, named after the site's folder, unless a history folder is chosen.
    const QFileInfo projectFile(m_projectPath);
    if (output.isEmpty() && projectFile.fileName() == QLatin1String("manage.py"))
        output = QDir::home().filePath(
            QStringLiteral("insights-%1.db").arg(QFileInfo(projectFile.absolutePath()).fileName()));
    auto project = CollectProject::load(m_projectPath, m_sourceOverrides, output, &m_error);
    bool ok = project.has_value();
    for (auto it = m_parameterValues.begin(); ok && it != m_parameterValues.end(); ++it)
        if (!it.value().isEmpty())
            ok = project->setParameter(it.key(), it.value(), &m_error);
    if (ok)
        ok = m_collector->prepare(*project, &m_error);
    // Check states by name survive a reload.
    QHash<QString, Qt::CheckState> states;
    for (auto it = m_providerItems.begin(); it != m_providerItems.end(); ++it) {
        states.insert(it.key(), it.value()->checkState(0));
        for (int i = 0; i < it.value()->childCount(); ++i)
            states.insert(key(it.key(), it.value()->child(i)->text(0)), it.value()->child(i)->checkState(0));
    }
    m_tree->clear();
    m_providerItems.clear();
    m_bars.clear();
    m_valid = ok;
    if (!ok) {
        appendLog(m_error);
        return false;
    }
    populate();
    for (auto it = m_providerItems.begin(); it != m_providerItems.end(); ++it) {
        for (int i = 0; i < it.value()->childCount(); ++i) {
            QTreeWidgetItem *child = it.value()->child(i);
            const auto state = states.constFind(key(it.key(), child->text(0)));
            if (state != states.cend())
                child->setCheckState(0, *state);
        }
    }
    return true;
}

void CollectDialog::buildOptions()
{
    // Sources: where each one reads, editable (another SQLite file or postgresql:// URL for this run). The
    // project's own connection is the placeholder; ${…} values stay masked.
    const CollectProject &project = m_collector->project();
    for (auto it = project.sources.begin(); it != project.sources.end(); ++it) {
        auto *edit = new QLineEdit(m_options);
        edit->setObjectName(QStringLiteral("source:") + it.key());
        edit->setPlaceholderText(ConsentPrompt::shown(project.secrets.apply(QDir::toNativeSeparators(it.value())), 500));
        edit->setClearButtonEnabled(true);
        const QString name = it.key();
        connect(edit, &QLineEdit::editingFinished, this,
                [this, name, edit] { setSource(name, edit->text()); });
        m_sourceEdits.insert(name, edit);
        m_optionsLayout->addRow(tr("Source \"%1\":").arg(ConsentPrompt::shown(name, 80)), edit);
    }
    for (auto it = project.parameters.begin(); it != project.parameters.end(); ++it) {
        auto *edit = new QLineEdit(m_options);
        edit->setObjectName(QStringLiteral("parameter:") + it.key());
        edit->setPlaceholderText(it.value().isNull() ? tr("the collect's start (UTC)")
                                                     : ConsentPrompt::shown(it.value().toString()));
        const QString name = it.key();
        connect(edit, &QLineEdit::editingFinished, this,
                [this, name, edit] { setParameter(name, edit->text()); });
        m_parameterEdits.insert(name, edit);
        m_optionsLayout->addRow(QStringLiteral(":%1").arg(ConsentPrompt::shown(name, 80)), edit);
    }
    auto *folderRow = new QWidget(m_options);
    auto *folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->addWidget(m_toFolder);
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(m_keep);
    m_optionsLayout->addRow(folderRow);
    m_optionsLayout->addRow(m_keepGoing);
}

void CollectDialog::setSource(const QString &name, const QString &connection)
{
    if (isRunning())
        return;
    const QString trimmed = connection.trimmed();
    if (m_sourceOverrides.value(name) == trimmed)
        return;
    if (trimmed.isEmpty())
        m_sourceOverrides.remove(name);
    else
        m_sourceOverrides.insert(name, trimmed);
    if (QLineEdit *edit = m_sourceEdits.value(name); edit && edit->text() != connection)
        edit->setText(connection);
    if (loadProject())
        appendLog(
            tr("Source \"%1\" now reads %2.")
                .arg(name, trimmed.isEmpty() ? tr("the project's own connection") : ConsentPrompt::shown(trimmed, 500)));
    retranslateUi();
    setRunning(false);
}

void CollectDialog::setParameter(const QString &name, const QString &value)
{
    if (isRunning() || m_parameterValues.value(name) == value)
        return;
    m_parameterValues.insert(name, value);
    if (QLineEdit *edit = m_parameterEdits.value(name); edit && edit->text() != value)
        edit->setText(value);
    loadProject();
    setRunning(false);
}

void CollectDialog::setKeepGoing(bool on)
{
    m_keepGoing->setChecked(on);
    m_collector->setKeepGoing(on);
}

void CollectDialog::setOutputFolder(const QString &dir, int keep)
{
    if (isRunning())
        return;
    {
        const QSignalBlocker a(m_toFolder), b(m_folder), c(m_keep);
        m_toFolder->setChecked(!dir.isEmpty());
        if (!dir.isEmpty())
            m_folder->setText(dir);
        m_keep->setValue(keep);
    }
    const QString absolute = dir.isEmpty() ? QString() : QFileInfo(dir).absoluteFilePath();
    if (absolute == m_outputFolder)
        return;
    m_outputFolder = absolute;
    loadProject();
    retranslateUi();
    setRunning(false);
}

CollectDialog::~CollectDialog()
{
    if (m_thread) {
        m_collector->cancel();
        m_thread->wait();
    }
}

QString CollectDialog::outputPath() const
{
    if (!m_lastOutput.isEmpty())
        return m_lastOutput;
    return m_valid ? m_collector->project().output : QString();
}

QString CollectDialog::maskedOutput() const
{
    // The log keeps ${…} values out, the output path's too.
    return m_valid ? m_collector->project().secrets.apply(QDir::toNativeSeparators(m_collector->outputFile()))
                   : QString();
}

void CollectDialog::retranslateUi()
{
    setWindowTitle(tr("Collect a snapshot"));
    m_projectLabel->setText(tr("Project: %1").arg(ConsentPrompt::shownPath(m_projectPath)));
    m_outputLabel->setText(
        m_valid ? tr("Writes: %1 (replaced only when every provider succeeds)").arg(ConsentPrompt::shownPath(outputPath()))
                : tr("This project file cannot be run."));
    m_programsLabel->setText(programsText());
    m_programsLabel->setAccessibleName(tr("Programs this project starts"));
    m_tree->setHeaderLabels({tr("Provider / metric"), tr("Kind"), tr("Progress")});
    m_tree->setAccessibleName(tr("Providers and metrics"));
    m_log->setAccessibleName(tr("Collect log"));
    m_runButton->setText(tr("&Collect"));
    m_runButton->setAccessibleName(tr("Start collecting"));
    m_previewButton->setText(tr("&Preview"));
    m_previewButton->setToolTip(
        tr("Run the selected SQL metric's query and show what would be stored, writing nothing"));
    m_previewButton->setAccessibleName(tr("Preview the selected metric"));
    m_keepGoing->setText(
        tr("&Keep going: run every metric, list every failure (nothing is written unless all "
           "pass)"));
    m_toFolder->setText(tr("Write into folder:"));
    m_toFolder->setToolTip(
        tr("Each run writes insights-YYYYMMDDTHHMMSSZ.db (UTC) into this folder, building a "
           "history"));
    m_folder->setAccessibleName(tr("History folder"));
    m_keep->setPrefix(tr("keep "));
    m_keep->setSpecialValueText(tr("keep all"));
    m_keep->setToolTip(tr("Remove the oldest snapshots of the folder beyond this many"));
    m_keep->setAccessibleName(tr("Snapshots to keep"));
}

CollectConsent CollectDialog::consent() const
{
    return CollectConsent::of(m_collector->project(), m_collector->programs());
}

QString CollectDialog::programsText() const
{
    if (!m_valid)
        return QString();
    return ConsentPrompt::programsText(m_collector->programs(), m_collector->project().secrets);
}

bool CollectDialog::askConsent(const CollectConsent &consent)
{
    return ConsentPrompt::ask(this, consent, programsText(),
                              tr("You have not run this project from this folder before, or it, a program it starts, or "
                                 "where it reads or writes changed since you allowed it. Check what it runs:"));
}

void CollectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString CollectDialog::previewableMetric() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!m_valid || !item || !item->parent())
        return QString();
    const auto provider = m_providerItems.constFind(item->parent()->text(0));
    if (provider == m_providerItems.cend() || *provider != item->parent())
        return QString();
    for (const Collector::ProviderInfo &p : m_collector->providers())
        if (p.name == item->parent()->text(0))
            return p.kind == QLatin1String("sql") ? item->text(0) : QString();
    return QString();
}

void CollectDialog::previewSelected()
{
    const QString metric = previewableMetric();
    if (metric.isEmpty())
        return;
    auto *dialog = new CollectPreviewDialog(m_projectPath, metric, this);
    dialog->setProject(m_collector->project()); // with this dialog's sources and parameters
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->start();
}

void CollectDialog::populate()
{
    // The built-in sql provider's metrics are declared in the project, kinds included; the other providers'
    // metrics get their kind when they arrive (onMetricCollected).
    QHash<QString, QString> sqlKinds;
    for (const SqlMetricSpec &m : m_collector->project().sqlMetrics)
        sqlKinds.insert(m.meta.label, kindId(m.meta.kind));
    for (const Collector::ProviderInfo &p : m_collector->providers()) {
        auto *item = new QTreeWidgetItem(m_tree, {p.name, p.kind});
        item->setToolTip(0, ConsentPrompt::shown(p.summary, 1000).toHtmlEscaped());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        item->setCheckState(0, Qt::Checked);
        m_providerItems.insert(p.name, item);
        for (const QString &metric : p.metrics) {
            auto *child = new QTreeWidgetItem(
                item, {metric, p.kind == QLatin1String("sql") ? sqlKinds.value(metric) : QString()});
            child->setFlags(child->flags() | Qt::ItemIsUserCheckable);
            child->setCheckState(0, Qt::Checked);
            barFor(p.name, metric);
        }
        if (p.metrics.isEmpty()) // metrics appear as the provider reports them
            barFor(p.name, QString());
        item->setExpanded(true);
    }
}

QProgressBar *CollectDialog::barFor(const QString &provider, const QString &metric)
{
    const QString k = metric.isNull() ? provider : key(provider, metric);
    if (QProgressBar *bar = m_bars.value(k))
        return bar;
    QTreeWidgetItem *parent = m_providerItems.value(provider);
    if (!parent)
        return nullptr;
    QTreeWidgetItem *item = parent;
    if (!metric.isNull()) {
        item = nullptr;
        for (int i = 0; i < parent->childCount(); ++i)
            if (parent->child(i)->text(0) == metric)
                item = parent->child(i);
        if (!item) {
            item = new QTreeWidgetItem(parent, {metric});
            parent->setExpanded(true);
        }
    }
    auto *bar = new QProgressBar(m_tree);
    bar->setRange(0, 1);
    bar->setValue(0);
    bar->setTextVisible(true);
    bar->setAccessibleName(tr("Progress of %1").arg(metric.isNull() ? provider : metric));
    m_tree->setItemWidget(item, 2, bar);
    m_bars.insert(k, bar);
    return bar;
}

void CollectDialog::onMetricProgress(const QString &provider, const QString &metric, int done, int total)
{
    if (QProgressBar *bar = barFor(provider, metric)) {
        bar->setRange(0, qMax(total, 1));
        bar->setValue(total > 0 ? done : 0);
    }
}

void CollectDialog::onMetricCollected(const QString &provider, const QString &metric, const QString &kind)
{
    QTreeWidgetItem *parent = m_providerItems.value(provider);
    if (!parent)
        return;
    for (int i = 0; i < parent->childCount(); ++i)
        if (parent->child(i)->text(0) == metric)
            parent->child(i)->setText(1, kind);
}

void CollectDialog::onProviderProgress(const QString &provider, int done, int total)
{
    if (QProgressBar *bar = barFor(provider, QString())) {
        bar->setRange(0, qMax(total, 1));
        bar->setValue(done);
    }
}

void CollectDialog::appendLog(const QString &text)
{
    m_log->appendPlainText(text); // plain text: file and database text is never markup here
}

void CollectDialog::setRunning(bool running)
{
    m_runButton->setEnabled(m_valid && !running);
    m_cancelButton->setEnabled(running);
    m_previewButton->setEnabled(!running && !previewableMetric().isEmpty());
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!running);
    m_tree->setEnabled(m_valid);
    for (QTreeWidgetItem *item : std::as_const(m_providerItems)) {
        const Qt::ItemFlags flags =
            running ? item->flags() & ~Qt::ItemIsUserCheckable : item->flags() | Qt::ItemIsUserCheckable;
        item->setFlags(flags);
        for (int i = 0; i < item->childCount(); ++i)
            item->child(i)->setFlags(running ? item->child(i)->flags() & ~Qt::ItemIsUserCheckable
                                             : item->child(i)->flags() | Qt::ItemIsUserCheckable);
    }
}

void CollectDialog::start()
{
    if (!m_valid || m_thread)
        return;
    // Hashed now, just before the run: an edit since the dialog opened asks again.
    const CollectConsent consent = this->consent();
    if (!consent.isGranted()) {
        if (!askConsent(consent)) {
            appendLog(tr("Not run: you did not allow it."));
            return;
        }
        consent.grant();
    }
    // What was allowed is what runs: each program and script is checked again right before it starts.
    m_collector->requireConsent(consent.fingerprint());
    // Selection from the checkboxes.
    bool any = false;
    for (auto it = m_providerItems.begin(); it != m_providerItems.end(); ++it) {
        QTreeWidgetItem *item = it.value();
        const bool providerOn = item->checkState(0) != Qt::Unchecked;
        m_collector->setProviderEnabled(it.key(), providerOn);
        any = any || providerOn;
        for (int i = 0; i < item->childCount(); ++i) {
            QTreeWidgetItem *child = item->child(i);
            if (child->flags() & Qt::ItemIsUserCheckable)
                m_collector->setMetricEnabled(it.key(), child->text(0), child->checkState(0) == Qt::Checked);
        }
    }
    if (!any) {
        appendLog(tr("Nothing selected."));
        return;
    }
    for (QProgressBar *bar : std::as_const(m_bars))
        bar->setValue(0);
    // A history folder: this run's file is named by its start, UTC; the question covered the folder.
    m_lastOutput.clear();
    m_collector->setOutputFile(QString());
    if (!m_outputFolder.isEmpty()) {
        QString error;
        const QString path =
            SnapshotHistoryFiles::newPath(m_outputFolder, QDateTime::currentDateTimeUtc(), &error);
        if (path.isEmpty()) {
            appendLog(error);
            return;
        }
        m_collector->setOutputFile(path);
    }
    appendLog(tr("Collecting into %1 …").arg(maskedOutput()));
    m_thread = QThread::create([this] { m_result.store(static_cast<int>(m_collector->run())); });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, &CollectDialog::onWorkerFinished);
    setRunning(true);
    m_thread->start();
}

void CollectDialog::cancel()
{
    if (!m_thread)
        return;
    appendLog(tr("Canceling …"));
    m_collector->cancel();
}

void CollectDialog::onWorkerFinished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    setRunning(false);
    const auto result = static_cast<Collector::Result>(m_result.load());
    if (result == Collector::Result::Success) {
        m_lastOutput = m_collector->outputFile();
        const QString path = outputPath();
        if (!m_outputFolder.isEmpty() && m_keep->value() > 0) {
            const SnapshotHistoryFiles::Pruned pruned =
                SnapshotHistoryFiles::prune(m_outputFolder, m_keep->value());
            for (const QString &removed : pruned.removed)
                appendLog(
                    tr("Removed %1 (keeping the newest %2).").arg(ConsentPrompt::shownPath(removed)).arg(m_keep->value()));
            for (const QString &problem : pruned.errors)
                appendLog(ConsentPrompt::shown(problem, 500));
        }
        appendLog(
            tr("Done: %1 metrics written to %2").arg(m_collector->metricsWritten()).arg(maskedOutput()));
        Q_EMIT collectFinished(true, path);
        Q_EMIT snapshotReady(path);
        return;
    }
    const QString message =
        result == Collector::Result::Canceled
            ? tr("Canceled; %1 was left unchanged.").arg(maskedOutput())
            : tr("Failed; %1 was left unchanged: %2").arg(maskedOutput(), m_collector->errorString());
    appendLog(message);
    Q_EMIT collectFinished(false, message);
}

void CollectDialog::closeEvent(QCloseEvent *event)
{
    if (m_thread) {
        cancel();
        event->ignore(); // closes once the worker stopped (Close is enabled again)
        return;
    }
    QDialog::closeEvent(event);
}

void CollectDialog::reject()
{
    if (m_thread) {
        cancel();
        return;
    }
    QDialog::reject();
}

} // namespace iv
