// SPDX-License-Identifier: MIT
#include "questionpage.h"

#include "bucketloader.h"
#include "bucketvaluestablemodel.h"
#include "chartbuilder.h"
#include "chartreducer.h"
#include "chartstyle.h"
#include "chartview.h"
#include "datetext.h"
#include "elidedtext.h"
#include "kindname.h"
#include "numberformat.h"
#include "textbudget.h"
#include "valuecard.h"

#include <QAction>
#include <QEvent>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace iv {

namespace {
QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

QuestionPage::QuestionPage(QWidget *parent)
    : QWidget(parent), m_heading(plainLabel(this)), m_meta(plainLabel(this)), m_desc(plainLabel(this)),
      m_stack(new QStackedWidget(this)), m_message(plainLabel(this)), m_chartView(new ChartView(this)),
      m_note(plainLabel(this)), m_cardHolder(new QWidget(this)), m_table(new QTableView(this)),
      m_trendCardHolder(new QWidget(this)), m_tableModel(new BucketValuesTableModel(this)),
      m_loader(new BucketLoader(this))
{
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_heading->setFont(big);
    ChartStyle::muteText(m_meta, palette()); // muted, yet 4.5:1 or more (a disabled label is 1.6:1)
    m_message->setAlignment(Qt::AlignCenter);
    m_chartView->setMinimumHeight(200); // the page fits a window of 800×500 with the table below
    ChartStyle::muteText(m_note, palette());
    m_note->hide();
    auto *cardLayout = new QVBoxLayout(m_cardHolder);
    cardLayout->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *trendCardLayout = new QVBoxLayout(m_trendCardHolder);
    trendCardLayout->setContentsMargins(0, 0, 0, 0);
    trendCardLayout->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_trendCardHolder->hide();
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_chartView);
    m_stack->addWidget(m_cardHolder);

    m_table->setModel(m_tableModel);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_markAction = new QAction(this);
    connect(m_markAction, &QAction::triggered, this, [this] {
        QModelIndexList rows = m_table->selectionModel()->selectedRows(BucketValuesTableModel::IdColumn);
        if (rows.isEmpty() && m_table->currentIndex().isValid())
            rows << m_tableModel->index(m_table->currentIndex().row(), BucketValuesTableModel::IdColumn);
        for (const QModelIndex &index : std::as_const(rows)) {
            const QModelIndex category = index.siblingAtColumn(BucketValuesTableModel::CategoryColumn);
            if (category.data(int(BucketValuesTableModel::Role::Raw)).toString().isNull())
                continue; // no text to replace
            emit markForRedaction(QStringLiteral("insights_bucketvalue"), QStringLiteral("category"),
                                  index.data(int(BucketValuesTableModel::Role::Raw)).toLongLong());
        }
    });
    m_table->addAction(m_markAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_stack);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    // The chart first: the table starts at a fifth of the height (not its own 192 px size hint) and may be
    // dragged down to nothing.
    splitter->setSizes({800, 200});
    splitter->setCollapsible(1, true);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_heading);
    layout->addWidget(m_meta);
    layout->addWidget(m_desc);
    layout->addWidget(m_trendCardHolder);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_note);

    connect(m_chartView, &ChartView::hoveredPointIndex, this, &QuestionPage::selectRow);
    connect(m_chartView, &ChartView::noteChanged, this, [this](const QString &note) {
        m_note->setText(note);
        m_note->setVisible(!note.isEmpty());
    });

    connect(m_loader, &BucketLoader::loaded, this, &QuestionPage::showValues);
    connect(m_loader, &BucketLoader::failed, this, [this](qint64, const QString &error) {
        showMessage(tr("Could not load the values: %1").arg(error));
    });
    retranslateUi();
}

void QuestionPage::clear()
{
    m_loader->cancel();
    ++m_generation; // a chart still being prepared is dropped
    m_question = Question();
    m_path.clear();
    m_appModule.clear();
    m_trend = QuestionTrend();
    m_trendCardHolder->hide();
    m_notes = ChartNotes();
    setChart(nullptr);
    delete m_card;
    m_card = nullptr;
    m_tableModel->clear();
    m_heading->clear();
    m_meta->clear();
    m_desc->clear();
    m_message->clear();
    m_note->clear();
    m_note->hide();
}

void QuestionPage::setTrendSource(TrendSource source)
{
    m_trendSource = std::move(source);
    if (m_question.label.isEmpty() || m_question.isBucket() || m_question.kind == MetricKind::Unknown)
        return;
    // Copies: setQuestion() clears the members first.
    const QString path = m_path;
    const Question question = m_question;
    const QString appModule = m_appModule;
    setQuestion(path, question, appModule);
}

void QuestionPage::setQuestion(const QString &path, const Question &question, const QString &appModule)
{
    clear();
    m_question = question;
    m_path = path;
    m_appModule = appModule;
    // Cut to a budget (the full text in the tooltip): a 20,000-character title must not widen the window.
    ElidedText::set(m_heading, question.displayText(), TextBudget::kTitleChars);
    ElidedText::set(m_desc, question.desc, TextBudget::kDescriptionChars);
    m_desc->setVisible(!question.desc.isEmpty());
    const QLocale locale;
    QString meta = kindDisplayName(question.kind) + QStringLiteral(" · ") +
                   TextBudget::elide(question.label, TextBudget::kTitleChars);
    if (question.isBucket())
        // Grouped in the UI language ("1,000,000 points", "1.000.000 Punkte"), as the Compare page writes
        // them.
        meta += QStringLiteral(" · ") + tr("%n point(s)", nullptr, int(question.pointCount))
                                            .replace(QString::number(int(question.pointCount)),
                                                     NumberFormat::ui().integer(question.pointCount));
    if (!question.createdAt.isEmpty())
        meta += QStringLiteral(" · ") + tr("collected %1").arg(uiDateTime(question.createdAt));
    ElidedText::set(m_meta, meta, TextBudget::kDescriptionChars);

    if (!question.isBucket()) {
        if (m_trendSource && question.kind != MetricKind::Unknown) {
            m_trend = m_trendSource(question, appModule);
            if (m_trend.values.size() >= 2) {
                showTrend();
                return;
            }
            m_trend = QuestionTrend();
        }
        auto *card = new ValueCard(question, m_cardHolder);
        if (!appModule.isEmpty())
            card->setAppModule(appModule); // the key of the user's gauge range
        m_card = card;
        m_cardHolder->layout()->addWidget(m_card);
        m_stack->setCurrentWidget(m_cardHolder);
        m_table->hide();
        emit ready();
        return;
    }
    m_table->show();
    // The raw values are worth showing even for a kind we cannot draw.
    m_loader->setPath(path);
    m_loader->load(question.id);
    if (question.kind == MetricKind::Unknown) {
        m_notes.unsupported = true;
        m_notes.message = ChartBuilder::unsupportedText(question);
        showMessage(m_notes.message);
    } else {
        showMessage(tr("Loading…"));
    }
}

void QuestionPage::showTrend()
{
    // The card (number, sparkline, change) above the whole trend; the table lists the snapshots' values and
    // follows the hovered point like a bucket's table.
    auto *card = new ValueCard(m_question, m_trendCardHolder);
    if (!m_appModule.isEmpty())
        card->setAppModule(m_appModule);
    card->setTrend(m_trend.card);
    m_card = card;
    m_trendCardHolder->layout()->addWidget(m_card);
    m_trendCardHolder->show();
    m_table->show();
    auto shared = std::make_shared<const BucketValues>(m_trend.values);
    m_tableModel->setValues(m_trend.question, *shared);
    m_table->resizeColumnsToContents();
    sizeNumberColumns(m_trend.values);
    m_notes = ChartNotes();
    QChart *chart =
        ChartBuilder::build(m_trend.question, shared, ChartStyle::forPalette(palette()), &m_notes);
    if (!chart) {
        showMessage(m_notes.message);
        return;
    }
    setChart(chart);
    m_stack->setCurrentWidget(m_chartView);
    emit ready();
}

namespace {

// The widest text NumberFormat::exact writes for any value of values, found without formatting each one:
// the shortest round-trip digits (std::to_chars, as exact's FloatingPointShortest) in exact's notation, plus
// a group separator per three integer digits. Only the longest is formatted, with the reader's locale.
QString widestExact(const QVector<double> &values)
{
    double widest = std::nan("");
    int widestLength = -1;
    char buffer[64];
    for (double v : values) {
        if (!std::isfinite(v))
            continue;
        const double a = std::fabs(v);
        const auto format =
            a == 0 || (a >= 1e-6 && a < 1e21) ? std::chars_format::fixed : std::chars_format::scientific;
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, v, format);
        int length = int(result.ptr - buffer);
        if (format == std::chars_format::fixed && a >= 1000)
            length += (int(std::floor(std::log10(a))) + 1 - 1) / 3;
        if (length > widestLength) {
            widestLength = length;
            widest = v;
        }
    }
    return widestLength < 0 ? QString() : NumberFormat::ui().exact(widest);
}

} // namespace

void QuestionPage::sizeNumberColumns(const BucketValues &values)
{
    // resizeColumnsToContents measures the rows fetched so far (the first batch): later rows may hold longer
    // ids ("19…" for 1,000,000) and values ("1,234,567,890,123.5" after a first batch of small ones). Size
    // the id, x and y columns for the widest text of all rows.
    if (values.ids.isEmpty())
        return;
    const auto [lo, hi] = std::minmax_element(values.ids.cbegin(), values.ids.cend());
    const QString widestId = std::max(QString::number(*lo), QString::number(*hi),
                                      [](const QString &a, const QString &b) { return a.size() < b.size(); });
    const int margin = 2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 12;
    // Digits may differ in width: measure with the widest digit in every digit's place.
    const QFontMetrics metrics = m_table->fontMetrics();
    int digit = 0;
    for (char c = '0'; c <= '9'; ++c)
        digit = std::max(digit, metrics.horizontalAdvance(QLatin1Char(c)));
    auto widthOf = [&](const QString &text) {
        int width = margin;
        for (QChar c : text)
            width += c.isDigit() ? digit : metrics.horizontalAdvance(c);
        return width;
    };
    auto widen = [this](int column, int width) {
        if (m_table->horizontalHeader()->sectionSize(column) < width)
            m_table->horizontalHeader()->resizeSection(column, width);
    };
    widen(BucketValuesTableModel::IdColumn, widthOf(widestId));
    widen(BucketValuesTableModel::XColumn, widthOf(widestExact(values.x)));
    if (!m_table->isColumnHidden(BucketValuesTableModel::YColumn))
        widen(BucketValuesTableModel::YColumn, widthOf(widestExact(values.y)));
}

void QuestionPage::showValues(qint64 bucketId, const BucketValues &values)
{
    if (bucketId != m_question.id || !m_question.isBucket())
        return;
    auto shared = std::make_shared<const BucketValues>(values); // shallow: the containers are shared
    m_tableModel->setValues(m_question, *shared);               // rows come in batches (fetchMore)
    m_table->resizeColumnsToContents();
    sizeNumberColumns(values);
    if (m_question.kind == MetricKind::Unknown) {
        emit ready();
        return;
    }
    if (m_question.kind != MetricKind::Timeseries && m_question.kind != MetricKind::Scatterplot) {
        buildChart(shared, PlotPoints());
        return;
    }
    // The per-point work (a million timestamps to chart coordinates) runs in a worker; the GUI thread only
    // builds the chart from the reduced points.
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<PlotPoints>(this);
    connect(watcher, &QFutureWatcher<PlotPoints>::finished, this, [this, watcher, generation, shared] {
        watcher->deleteLater();
        if (generation == m_generation)
            buildChart(shared, watcher->result());
    });
    const Question question = m_question;
    watcher->setFuture(
        QtConcurrent::run([question, shared] { return PlotPoints::prepare(question, *shared); }));
}

void QuestionPage::buildChart(const std::shared_ptr<const BucketValues> &values, PlotPoints points)
{
    m_notes = ChartNotes();
    QChart *chart = ChartBuilder::build(m_question, values, ChartStyle::forPalette(palette()), &m_notes,
                                        std::move(points));
    if (!chart) {
        showMessage(m_notes.message);
    } else {
        setChart(chart);
        m_stack->setCurrentWidget(m_chartView);
        // The reduction note lives under the chart and follows zooming; the rest goes into the meta line.
        QString message = m_notes.message;
        if (ChartReducer *reducer = m_chartView->reducer(); reducer && !reducer->note().isEmpty())
            message = message.remove(reducer->note()).trimmed();
        if (!message.isEmpty())
            m_meta->setText(m_meta->text() + QStringLiteral(" · ") + message);
    }
    emit ready();
}

void QuestionPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    if (m_loader->isBusy())
        return;
    emit ready();
}

void QuestionPage::setChart(QChart *chart)
{
    m_chartView->showChart(chart);
}

void QuestionPage::selectRow(int row)
{
    if (!m_tableModel->ensureRow(row))
        return;
    const QModelIndex index = m_tableModel->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

QString QuestionPage::noteText() const
{
    return m_note->text();
}

QString QuestionPage::messageText() const
{
    return m_message->text();
}

void QuestionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::PaletteChange) { // the theme changed: secondary text follows
        ChartStyle::muteText(m_meta, palette());
        ChartStyle::muteText(m_note, palette());
    }
    QWidget::changeEvent(event);
}

void QuestionPage::retranslateUi()
{
    m_chartView->setAccessibleName(tr("Chart"));
    m_table->setAccessibleName(tr("Raw values"));
    m_markAction->setText(tr("Mark Category for &Redaction"));
    m_markAction->setStatusTip(
        tr("Replace this value in the redacted copy, although no detector flagged it"));
    m_heading->setAccessibleName(tr("Question"));
    m_desc->setAccessibleName(tr("Description"));
}

} // namespace iv
