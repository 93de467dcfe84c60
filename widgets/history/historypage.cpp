// SPDX-License-Identifier: MIT
#include "historypage.h"

#include "bucketoverlaychart.h"
#include "chartbuilder.h"
#include "chartstyle.h"
#include "chartview.h"
#include "history.h"
#include "historyindex.h"
#include "historytimelineview.h"
#include "numberformat.h"
#include "textbudget.h"
#include "timestamp.h"
#include "trendcard.h"

#include <QChart>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace iv {

namespace {
constexpr int kCardWidth = 300;
constexpr int kMaxSkippedShown = 5;
} // namespace

HistoryPage::HistoryPage(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_skipped(new QLabel(this)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("historyPage"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_skipped->setTextFormat(Qt::PlainText);
    m_skipped->setWordWrap(true);
    m_skipped->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_skipped->hide();

    // Trends: the grid of cards, or one trend in full.
    m_trendStack = new QStackedWidget(this);
    m_scroll = new QScrollArea(m_trendStack);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_grid = new QWidget(m_scroll);
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setAlignment(Qt::AlignTop);
    m_scroll->setWidget(m_grid);
    auto *detail = new QWidget(m_trendStack);
    m_backToTrends = new QPushButton(detail);
    m_trendTitle = new QLabel(detail);
    m_trendTitle->setTextFormat(Qt::PlainText);
    m_trendTitle->setWordWrap(true);
    m_trendView = new ChartView(detail);
    auto *detailTop = new QHBoxLayout;
    detailTop->addWidget(m_backToTrends);
    detailTop->addWidget(m_trendTitle, 1);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(detailTop);
    detailLayout->addWidget(m_trendView, 1);
    m_trendStack->addWidget(m_scroll);
    m_trendStack->addWidget(detail);
    connect(m_backToTrends, &QPushButton::clicked, this, [this] { m_trendStack->setCurrentIndex(0); });

    // Buckets: one bucket of two snapshots.
    m_overlayTab = new QWidget(this);
    m_bucketLabel = new QLabel(m_overlayTab);
    m_bucket = new QComboBox(m_overlayTab);
    m_olderLabel = new QLabel(m_overlayTab);
    m_older = new QComboBox(m_overlayTab);
    m_newerLabel = new QLabel(m_overlayTab);
    m_newer = new QComboBox(m_overlayTab);
    for (QComboBox *box : {m_bucket, m_older, m_newer}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
        connect(box, &QComboBox::currentIndexChanged, this, &HistoryPage::loadOverlay);
    }
    m_bucketLabel->setBuddy(m_bucket);
    m_olderLabel->setBuddy(m_older);
    m_newerLabel->setBuddy(m_newer);
    m_overlayView = new ChartView(m_overlayTab);
    m_overlayNote = new QLabel(m_overlayTab);
    m_overlayNote->setTextFormat(Qt::PlainText);
    m_overlayNote->setWordWrap(true);
    m_overlayNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *choices = new QGridLayout;
    choices->addWidget(m_bucketLabel, 0, 0);
    choices->addWidget(m_bucket, 0, 1, 1, 3);
    choices->addWidget(m_olderLabel, 1, 0);
    choices->addWidget(m_older, 1, 1);
    choices->addWidget(m_newerLabel, 1, 2);
    choices->addWidget(m_newer, 1, 3);
    choices->setColumnStretch(1, 1);
    choices->setColumnStretch(3, 1);
    auto *noteScroll = new QScrollArea(m_overlayTab);
    noteScroll->setWidget(m_overlayNote);
    noteScroll->setWidgetResizable(true);
    noteScroll->setFrameShape(QFrame::NoFrame);
    noteScroll->setMaximumHeight(90);
    // The chart scrolls when the window is too small for it to name every category.
    auto *chartScroll = new QScrollArea(m_overlayTab);
    chartScroll->setWidget(m_overlayView);
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);
    auto *overlayLayout = new QVBoxLayout(m_overlayTab);
    overlayLayout->addLayout(choices);
    overlayLayout->addWidget(chartScroll, 1);
    overlayLayout->addWidget(noteScroll);

    m_timeline = new HistoryTimelineView(this);

    m_tabs->addTab(m_trendStack, QString());
    m_tabs->addTab(m_overlayTab, QString());
    m_tabs->addTab(m_timeline, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_skipped);
    layout->addWidget(m_tabs, 1);

    connect(&m_loader, &QFutureWatcher<History>::finished, this, [this] {
        if (m_loader.isCanceled())
            return;
        setHistory(m_loader.result());
        emit historyOpened(m_history.size(), static_cast<int>(m_history.skipped.size()));
    });
    connect(&m_overlayLoader, &QFutureWatcher<BucketOverlay>::finished, this, [this] {
        const BucketOverlay overlay = m_overlayLoader.result();
        if (m_overlayPending) {
            m_overlayPending = false;
            loadOverlay();
            return;
        }
        showOverlay(overlay);
        emit overlayLoaded(overlay.error);
    });
    retranslateUi();
}

HistoryPage::~HistoryPage()
{
    if (m_cancel)
        m_cancel->store(true);
    m_loader.waitForFinished();
    m_overlayLoader.waitForFinished();
}

bool HistoryPage::isLoading() const
{
    return m_loader.isRunning();
}

void HistoryPage::open(const QStringList &paths)
{
    if (m_cancel)
        m_cancel->store(true);
    m_loader.waitForFinished(); // a cancelled read stops between files
    m_cancel = std::make_shared<std::atomic_bool>(false);
    clear();
    m_heading->setText(tr("Reading %n snapshot file(s)…", nullptr, static_cast<int>(paths.size())));
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_loader.setFuture(QtConcurrent::run([paths, cancel] {
        HistoryIndex::Options options;
        options.cancel = cancel.get();
        return HistoryIndex::open(paths, options);
    }));
}

void HistoryPage::clear()
{
    m_history = History();
    rebuild();
}

void HistoryPage::setHistory(History history)
{
    m_history = std::move(history);
    rebuild();
}

QString HistoryPage::snapshotName(int index) const
{
    const SnapshotSummary &s = m_history.snapshots.at(index);
    return QStringLiteral("%1 · %2").arg(m_history.collectedText(index), QFileInfo(s.path).fileName());
}

void HistoryPage::rebuild()
{
    qDeleteAll(m_cards);
    m_cards.clear();
    m_columns = 0;
    m_trendStack->setCurrentIndex(0);
    m_trendView->showChart(nullptr);
    m_overlayView->showChart(nullptr);
    m_overlayNote->clear();
    const QSignalBlocker b1(m_bucket), b2(m_older), b3(m_newer);
    m_bucket->clear();
    m_older->clear();
    m_newer->clear();
    m_timeline->setHistory(&m_history);

    if (m_history.isEmpty()) {
        m_heading->setText(m_history.skipped.isEmpty() ? tr("No history open")
                                                       : tr("No snapshot of a site could be read"));
    } else {
        m_heading->setText(tr("History of %1: %n snapshot(s), collected %2 to %3", nullptr, m_history.size())
                               .arg(TextBudget::elide(m_history.siteName(), TextBudget::kTitleChars),
                                    m_history.collectedText(0),
                                    m_history.collectedText(m_history.size() - 1)));
    }
    if (m_history.skipped.isEmpty()) {
        m_skipped->hide();
    } else {
        QStringList lines;
        lines << tr("%n file(s) left out:", nullptr, static_cast<int>(m_history.skipped.size()));
        for (int i = 0; i < m_history.skipped.size() && i < kMaxSkippedShown; ++i)
            lines << QStringLiteral("  %1: %2")
                         .arg(QFileInfo(m_history.skipped.at(i).path).fileName(),
                              m_history.skipped.at(i).reason);
        if (m_history.skipped.size() > kMaxSkippedShown)
            lines << tr("  … and %n more", nullptr,
                        static_cast<int>(m_history.skipped.size()) - kMaxSkippedShown);
        m_skipped->setText(lines.join(QLatin1Char('\n')));
        QStringList all;
        for (const HistorySkipped &s : std::as_const(m_history.skipped))
            all << QStringLiteral("%1: %2").arg(s.path, s.reason);
        m_skipped->setToolTip(all.join(QLatin1Char('\n')).toHtmlEscaped());
        m_skipped->show();
    }

    for (const HistorySeries &s : std::as_const(m_history.series)) {
        auto *card = new TrendCard(m_history, s, m_grid);
        card->setMinimumWidth(220);
        connect(card, &TrendCard::activated, this, &HistoryPage::showTrend);
        m_cards.append(card);
    }
    layoutCards();

    for (const QString &label : m_history.bucketLabels())
        m_bucket->addItem(TextBudget::elide(label, TextBudget::kCategoryChars), label);
    // One insertion per list (10,000 snapshots: addItem one by one cost a signal and a layout each).
    QStringList names;
    names.reserve(m_history.size());
    for (int i = 0; i < m_history.size(); ++i)
        names << snapshotName(i);
    m_older->addItems(names);
    m_newer->addItems(names);
    if (m_history.size() > 0) {
        m_older->setCurrentIndex(std::max(0, m_history.size() - 2));
        m_newer->setCurrentIndex(m_history.size() - 1);
    }
    m_tabs->setTabEnabled(1, m_bucket->count() > 0);
    m_tabs->setTabEnabled(2, m_history.size() > 1);
    if (m_bucket->count() > 0 && m_history.size() > 0)
        loadOverlay();
}

void HistoryPage::layoutCards()
{
    const int columns = std::max(1, (m_scroll->viewport()->width() - 12) / kCardWidth);
    if (columns == m_columns && !m_cards.isEmpty() && m_gridLayout->count() == m_cards.size())
        return;
    m_columns = columns;
    for (TrendCard *card : std::as_const(m_cards))
        m_gridLayout->removeWidget(card);
    for (int i = 0; i < m_cards.size(); ++i)
        m_gridLayout->addWidget(m_cards.at(i), i / columns, i % columns);
    for (int c = 0; c < columns; ++c)
        m_gridLayout->setColumnStretch(c, 1);
}

void HistoryPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutCards();
}

void HistoryPage::showTrend(MetricKind kind, const QString &label)
{
    const int index = m_history.seriesIndex(kind, label);
    if (index < 0)
        return;
    const HistorySeries &series = m_history.series.at(index);
    const HistoryTrend trend = HistoryTrend::of(m_history, series);
    m_trendTitle->setText(QStringLiteral("%1 — %2").arg(series.appName, series.question));
    m_trendView->showChart(ChartBuilder::build(trend.question,
                                               std::make_shared<const BucketValues>(trend.values),
                                               ChartStyle::forPalette(palette())));
    m_trendStack->setCurrentIndex(1);
}

void HistoryPage::loadOverlay()
{
    if (m_bucket->currentIndex() < 0 || m_older->currentIndex() < 0 || m_newer->currentIndex() < 0)
        return;
    if (m_overlayLoader.isRunning()) {
        m_overlayPending = true;
        return;
    }
    const QString older = m_history.snapshots.at(m_older->currentIndex()).path;
    const QString newer = m_history.snapshots.at(m_newer->currentIndex()).path;
    const QString label = m_bucket->currentData().toString();
    m_overlayNote->setText(tr("Loading…"));
    m_overlayLoader.setFuture(
        QtConcurrent::run([older, newer, label] { return BucketOverlay::load(older, newer, label); }));
}

void HistoryPage::showOverlay(const BucketOverlay &o)
{
    if (!o.ok()) {
        m_overlayView->showChart(nullptr);
        m_overlayNote->setText(o.error);
        return;
    }
    const QString olderName = m_older->currentText();
    const QString newerName = m_newer->currentText();
    const ChartStyle style = ChartStyle::forPalette(palette());
    QChart *chart = BucketOverlayChart::build(o, olderName, newerName, style);
    const int length = BucketOverlayChart::minimumLength(o, style);
    const bool horizontal = o.question.kind == MetricKind::Hbarchart;
    m_overlayView->setMinimumSize(horizontal ? 0 : length, horizontal ? length : 0);
    m_overlayView->showChart(chart);
    const NumberFormat f = NumberFormat::ui();
    QStringList lines;
    if (const int folded = chart ? chart->property(BucketOverlayChart::kFoldedProperty).toInt() : 0)
        lines << tr("Showing the %1 largest of %2 categories; the other %3 are summed in one pair of bars.")
                     .arg(f.integer(o.pairs.size() - folded), f.integer(o.pairs.size()), f.integer(folded));
    if (!o.hasOlder)
        lines << tr("Not in %1: the bucket is new.").arg(olderName);
    if (!o.hasNewer)
        lines << tr("Not in %1: the bucket was removed.").arg(newerName);
    lines << tr("Points: %1 → %2").arg(f.integer(o.older.size()), f.integer(o.newer.size()));
    if (!o.added.isEmpty())
        lines << tr("Categories added: %1").arg(o.added.join(QStringLiteral(", ")));
    if (!o.removed.isEmpty())
        lines << tr("Categories removed: %1").arg(o.removed.join(QStringLiteral(", ")));
    for (const BucketOverlay::Pair &p : o.pairs) {
        if (!std::isfinite(p.older) || !std::isfinite(p.newer))
            continue;
        HistoryDelta d;
        d.valid = true;
        d.from = p.older;
        d.to = p.newer;
        d.absolute = p.newer - p.older;
        d.percent = p.older == 0 ? std::nan("") : d.absolute / std::abs(p.older) * 100;
        lines << QStringLiteral("%1: %2 → %3, %4")
                     .arg(p.category.isNull() ? QStringLiteral("(none)") : p.category, f.display(p.older),
                          f.display(p.newer), TrendCard::deltaText(d));
    }
    m_overlayNote->setText(lines.join(QLatin1Char('\n')));
}

void HistoryPage::retranslateUi()
{
    m_tabs->setTabText(0, tr("Trends"));
    m_tabs->setTabText(1, tr("Buckets"));
    m_tabs->setTabText(2, tr("What changed"));
    m_backToTrends->setText(tr("All trends"));
    m_bucketLabel->setText(tr("Bucket:"));
    m_olderLabel->setText(tr("Compare:"));
    m_newerLabel->setText(tr("with:"));
    m_bucket->setAccessibleName(tr("Bucket"));
    m_older->setAccessibleName(tr("Older snapshot"));
    m_newer->setAccessibleName(tr("Newer snapshot"));
    m_trendView->setAccessibleName(tr("Trend chart"));
    m_overlayView->setAccessibleName(tr("Bucket of two snapshots"));
    m_heading->setAccessibleName(tr("History"));
    m_skipped->setAccessibleName(tr("Files left out"));
    if (!m_loader.isRunning())
        rebuild();
}

void HistoryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace iv
