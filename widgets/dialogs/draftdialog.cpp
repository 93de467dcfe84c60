// SPDX-License-Identifier: MIT
#include "draftdialog.h"

#include "collectconsent.h"
#include "collector.h"
#include "collectproject.h"
#include "consentprompt.h"
#include "djangodraft.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace iv {

DraftDialog::DraftDialog(const QString &managePath, const QString &projectPath, QWidget *parent)
    : QDialog(parent), m_managePath(managePath), m_projectPath(projectPath)
{
    m_siteLabel = new QLabel(this);
    m_projectLabel = new QLabel(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("draftStatus"));
    for (QLabel *label : {m_siteLabel, m_projectLabel, m_status}) {
        label->setTextFormat(Qt::PlainText); // paths and the site's messages are data
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_metrics = new QTreeWidget(this);
    m_metrics->setObjectName(QStringLiteral("draftMetrics"));
    m_metrics->setRootIsDecorated(false);
    m_metrics->setColumnCount(3);
    m_metrics->header()->setStretchLastSection(true);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("draftLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_buttons = new QDialogButtonBox(this);
    m_collectButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_collectButton->setObjectName(QStringLiteral("openInCollect"));
    m_collectButton->setEnabled(false);
    m_buttons->addButton(QDialogButtonBox::Close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_siteLabel);
    layout->addWidget(m_projectLabel);
    layout->addWidget(m_busy);
    layout->addWidget(m_status);
    layout->addWidget(m_metrics, 3);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_buttons);
    resize(720, 520);

    connect(m_collectButton, &QPushButton::clicked, this, [this] {
        emit collectRequested(m_projectPath);
        accept();
    });
    connect(m_buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &DraftDialog::reject);
    retranslateUi();
}

DraftDialog::~DraftDialog()
{
    if (m_thread)
        m_thread->wait(); // the site's run cannot be interrupted halfway without leaving its processes
}

QStringList DraftDialog::placeholders() const
{
    QStringList out;
    if (m_draft)
        for (const DjangoDraft::Metric &m : m_draft->metrics)
            if (!m.sql)
                out << m.label;
    return out;
}

void DraftDialog::start()
{
    if (m_thread)
        return;
    m_draft.reset();
    m_metrics->clear();
    m_log->clear();
    m_collectButton->setEnabled(false);
    QString refusal;
    if (!allowedToRun(&refusal)) {
        m_busy->hide();
        m_status->setText(refusal);
        emit draftFinished(false, refusal);
        return;
    }
    m_busy->show();
    m_status->setText(tr("Running the site's metrics once …"));
    const QString manage = m_managePath;
    const QString project = m_projectPath;
    m_thread = QThread::create([this, manage, project] {
        auto draft = std::make_unique<DjangoDraft>(
            DjangoDraft::run(manage, project, true, [this](const QString &line) {
                QMetaObject::invokeMethod(
                    this, [this, line] { appendLog(line); }, Qt::QueuedConnection);
            }));
        m_draft = std::move(draft); // read by the GUI thread only after finished()
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, &DraftDialog::onWorkerFinished);
    m_thread->start();
}

bool DraftDialog::allowedToRun(QString *refusal)
{
    // The draft runs the site's code (its settings and every insights.py) with the interpreter the django
    // provider finds beside manage.py, as a collect of the site does: the same question first, remembered the
    // same way (the consent of the site's zero-config project, whose output here is the drafted project).
    const std::optional<CollectProject> site = CollectProject::load(m_managePath, {}, m_projectPath, refusal);
    Collector collector;
    if (!site || !collector.prepare(*site, refusal))
        return false;
    const CollectConsent consent = CollectConsent::of(*site, collector.programs());
    if (consent.isGranted())
        return true;
    if (!ConsentPrompt::ask(
            this, consent, ConsentPrompt::programsText(collector.programs(), site->secrets),
            tr("Drafting runs this Django site's code once (its settings and every insights.py) "
               "with the interpreter below. You have not allowed it from this folder before, or "
               "it changed since. Check what it runs:"))) {
        *refusal = tr("Not run: the site's code was not allowed to run.");
        return false;
    }
    consent.grant();
    return true;
}

void DraftDialog::appendLog(const QString &line)
{
    m_log->appendPlainText(line);
}

void DraftDialog::onWorkerFinished()
{
    if (!m_thread)
        return; // already handled after a wait()
    m_thread->deleteLater();
    m_thread = nullptr;
    m_busy->hide();
    showResult();
    const bool ok = m_draft && m_draft->status == DjangoDraft::Status::Written;
    emit draftFinished(ok, m_status->text());
}

void DraftDialog::showResult()
{
    if (!m_draft)
        return;
    if (m_draft->status != DjangoDraft::Status::Written) {
        m_status->setText(m_draft->error);
        return;
    }
    m_metrics->clear();
    int withSql = 0;
    for (const DjangoDraft::Metric &m : m_draft->metrics) {
        auto *item = new QTreeWidgetItem(m_metrics);
        item->setText(0, m.label);
        item->setText(1, m.kind);
        item->setText(2, m.sql ? tr("SQL, checked: its rerun gives the stored value")
                               : tr("Placeholder: %1").arg(m.reason));
        item->setToolTip(2, item->text(2).toHtmlEscaped());
        withSql += m.sql ? 1 : 0;
    }
    m_metrics->resizeColumnToContents(0);
    m_metrics->resizeColumnToContents(1);
    const QStringList left = placeholders();
    const QString file = QDir::toNativeSeparators(m_projectPath);
    if (left.isEmpty())
        m_status->setText(withSql == 1
                              ? tr("%1 written: its one metric drafted as SQL.").arg(file)
                              : tr("%1 written: all %2 metrics drafted as SQL.").arg(file).arg(withSql));
    else
        m_status->setText(tr("%1 written: %2 of %3 metrics as SQL; finish the placeholders by hand before "
                             "collecting: %4.")
                              .arg(file)
                              .arg(withSql)
                              .arg(m_draft->metrics.size())
                              .arg(left.join(QStringLiteral(", "))));
    m_collectButton->setEnabled(left.isEmpty());
}

void DraftDialog::retranslateUi()
{
    setWindowTitle(tr("Draft from Django Site"));
    m_siteLabel->setText(tr("Site: %1").arg(QDir::toNativeSeparators(m_managePath)));
    m_projectLabel->setText(tr("Project: %1").arg(QDir::toNativeSeparators(m_projectPath)));
    m_metrics->setHeaderLabels({tr("Metric"), tr("Kind"), tr("Drafted as")});
    m_metrics->setAccessibleName(tr("Drafted metrics"));
    m_log->setAccessibleName(tr("The site's output"));
    m_collectButton->setText(tr("Open in Collect…"));
    showResult();
}

void DraftDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DraftDialog::closeEvent(QCloseEvent *event)
{
    if (m_thread) {
        m_thread->wait();
        onWorkerFinished();
    }
    QDialog::closeEvent(event);
}

void DraftDialog::reject()
{
    if (m_thread) {
        m_thread->wait();
        onWorkerFinished();
    }
    QDialog::reject();
}

} // namespace iv
