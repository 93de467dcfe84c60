// SPDX-License-Identifier: MIT
// --export-charts, --export-data, --export-report: thin wrappers over ChartRenderer, DataExport and
// ReportWriter.
#include "exportcommands.h"

#include "categorycolours.h"
#include "chartbuilder.h"
#include "chartqueue.h"
#include "chartrenderer.h"
#include "chartstyle.h"
#include "commandline.h"
#include "dataexport.h"
#include "reportwriter.h"
#include "snapshotfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QProcess>
#include <QSet>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <numeric>
#include <vector>

namespace iv::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("iv::cli", text);
}

const QLatin1String kCharts("export-charts");
const QLatin1String kData("export-data");
const QLatin1String kReport("export-report");
// Hidden: this process helps another export (the path of its ChartQueue).
const QLatin1String kShare("export-share");

// Charts from which a second process pays for its start-up (measured: docs/PERFORMANCE.md "Exports against
// their anchors"); IV_EXPORT_PROCESSES=1 keeps one process, =2 always starts the second.
constexpr int kSecondProcessFrom = 6;

int secondProcessFrom()
{
    const QByteArray forced = qgetenv("IV_EXPORT_PROCESSES");
    if (forced == "1")
        return std::numeric_limits<int>::max();
    if (forced == "2")
        return 1;
    return kSecondProcessFrom;
}

struct Selection
{
    std::unique_ptr<SnapshotFile> snapshot;
    Catalogue catalogue;
    QVector<Question> buckets; // in dashboard order
};

// Opens FILE and picks its buckets (all, or the --question labels). Returns 0 or an exit status.
int select(const QCommandLineParser &parser, Selection *out)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(tr("expected exactly one FILE (see --help)"));
    const QString file = files.first();
    QString error;
    out->snapshot = SnapshotFile::open(file, &error);
    if (!out->snapshot)
        return fail(error);
    std::optional<Catalogue> cat = out->snapshot->readCatalogue(&error);
    if (!cat)
        return fail(error);
    out->catalogue = std::move(*cat);
    const QStringList wanted = parser.values(QStringLiteral("question"));
    for (const QString &label : wanted) {
        if (!out->catalogue.findBucket(label))
            return fail(tr("%1: no bucket labelled \"%2\"").arg(file, terminalSafe(label)));
    }
    for (const App &app : std::as_const(out->catalogue.apps))
        for (const Question &q : app.questions)
            if (q.isBucket() && (wanted.isEmpty() || wanted.contains(q.label)))
                out->buckets.append(q);
    return Success;
}

// Creates DIR (and parents). Returns 0 or an exit status.
int makeDirectory(const QString &dir)
{
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return fail(tr("%1: exists and is not a directory").arg(dir));
    if (!QDir().mkpath(dir))
        return fail(tr("%1: cannot create the directory").arg(dir));
    if (!QFileInfo(dir).isWritable())
        return fail(tr("%1: the directory is not writable").arg(dir));
    return Success;
}

} // namespace

int parseRenderOptions(const QCommandLineParser &parser, RenderOptions *options)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (!format.isEmpty() && !RenderOptions::parseFormat(format, &options->format))
        return fail(tr("--format: expected png, svg or pdf, not \"%1\"").arg(format));
    const QString size = parser.value(QStringLiteral("size"));
    if (!size.isEmpty() && !RenderOptions::parseSize(size, &options->size)) {
        if (!RenderOptions::parsePixels(size, &options->pixels))
            return fail(tr("--size: expected small, medium, large or WIDTHxHEIGHT in pixels (%1 to %2 each), "
                           "not \"%3\"")
                            .arg(RenderOptions::kMinPixels)
                            .arg(RenderOptions::kMaxPixels)
                            .arg(size));
        // A chart of WIDTHxHEIGHT pixels is laid out as a window of that size shows it.
        options->dpi = int(std::lround(ChartRenderer::layoutDpi()));
    }
    if (parser.isSet(QStringLiteral("dpi"))) {
        bool ok = false;
        options->dpi = parser.value(QStringLiteral("dpi")).toInt(&ok);
        if (!ok || options->dpi < 10 || options->dpi > 1200)
            return fail(tr("--dpi: expected a number from 10 to 1200"));
    }
    const QString theme = parser.value(QStringLiteral("theme"));
    if (!theme.isEmpty() && theme != QLatin1String("light") && theme != QLatin1String("dark"))
        return fail(tr("--theme: expected light or dark, not \"%1\"").arg(theme));
    options->dark = theme == QLatin1String("dark");
    return Success;
}

namespace {

int runCharts(const QCommandLineParser &parser)
{
    RenderOptions options;
    if (const int status = parseRenderOptions(parser, &options))
        return status;

    // A helper of another export (the hidden --export-share QUEUE) takes its charts from that queue.
    std::unique_ptr<ChartQueue> queue;
    QString error;
    const bool helper = parser.isSet(kShare);
    if (helper && !(queue = ChartQueue::attach(parser.value(kShare), &error)))
        return fail(error);

    Selection sel;
    if (const int status = select(parser, &sel))
        return status;
    const QString dir = parser.value(kCharts);
    if (const int status = makeDirectory(dir))
        return status;

    // Every chart's file name first, in dashboard order, so every process names the same chart alike.
    struct Job
    {
        Question question;
        QString path;
    };
    std::vector<Job> jobs;
    QSet<QString> used;
    for (const Question &q : std::as_const(sel.buckets)) {
        if (q.kind == MetricKind::Unknown) {
            if (!helper)
                printErr(QStringLiteral("insights-viewer: %1: warning: %2 skipped: %3\n")
                             .arg(sel.catalogue.filePath, terminalSafe(q.label),
                                  ChartBuilder::unsupportedText(q)));
            continue;
        }
        jobs.push_back(
            {q, QDir(dir).filePath(DataExport::safeFileName(q.label, options.extension(), &used))});
    }

    // Both cores: a second process of this binary (started now, so its start-up overlaps our first charts)
    // takes charts from the same queue as this one; QGraphicsScene paints on the GUI thread only, so a
    // second thread could not. Same code, same options: the same bytes whichever process writes a file.
    QProcess second;
    if (!helper && int(jobs.size()) >= secondProcessFrom()) {
        queue = ChartQueue::create(&error);
        if (queue) {
            QStringList arguments = QCoreApplication::arguments().mid(1);
            arguments << QLatin1String("--") + kShare << queue->path();
            second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            second.setStandardOutputFile(QProcess::nullDevice());
            second.start(QCoreApplication::applicationFilePath(), arguments);
        }
    }
    // With two processes on two cores each encodes its own charts in turn: a thread pool per process would
    // only make four threads take turns on two cores (measured: no faster, more CPU in futex wake-ups).
    const bool inlineEncode = queue && QThread::idealThreadCount() <= 2;
    // Categories keep the colours they have in the window (one assignment per snapshot), read only when a
    // chart to draw colours its categories: the read scans every bar, hbar and scatter row of the file.
    const bool categoryCharts = std::any_of(sel.buckets.cbegin(), sel.buckets.cend(), [](const Question &q) {
        return q.kind == MetricKind::Barchart || q.kind == MetricKind::Hbarchart ||
               q.kind == MetricKind::Scatterplot;
    });
    if (categoryCharts)
        ChartStyle::setSnapshotCategories(
            std::make_shared<const CategoryColours>(CategoryColours::read(*sel.snapshot)));
    // Shared, the biggest charts go first (the point count stands for the cost), so neither process is left
    // drawing a big one while the other has finished; the order of the two is the same (stable sort).
    std::vector<int> order(jobs.size());
    std::iota(order.begin(), order.end(), 0);
    if (queue)
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return jobs[size_t(a)].question.pointCount > jobs[size_t(b)].question.pointCount;
        });
    int next = 0;
    auto claim = [&] {
        const int i = queue ? queue->claim() : next++;
        return i >= 0 && i < int(order.size()) ? order[size_t(i)] : -1;
    };

    // Charts render on this thread (QGraphicsScene is not thread-safe) while the thread pool encodes earlier
    // images, each in stripes that compress in parallel (ChartRenderer::writePng). Four small images (4 MB
    // each) may wait, one medium or large (up to 66 MB), so memory stays bounded.
    std::deque<QFuture<QString>> pending;
    int status = Success;
    auto collect = [&](size_t keep) {
        while (pending.size() > keep) {
            const QString error = pending.front().result();
            pending.pop_front();
            if (!error.isEmpty())
                status = fail(error);
        }
    };
    const size_t keep = options.pixelSize().width() * options.pixelSize().height() <= 1440 * 720 ? 4 : 1;
    for (int i = claim(); i >= 0; i = claim()) {
        const Question &q = jobs[size_t(i)].question;
        const QString &path = jobs[size_t(i)].path;
        const std::optional<BucketValues> values = sel.snapshot->loadBucketValues(q.id, &error);
        if (!values) {
            status = fail(error);
            break;
        }
        if (options.format != ChartFormat::Png) {
            if (!ChartRenderer::exportChart(q, *values, options, path, &error))
                status = fail(error);
            continue;
        }
        QImage image = ChartRenderer::image(q, *values, options);
        if (image.isNull())
            continue;
        if (inlineEncode) {
            if (!ChartRenderer::writePng(image, path, options.pngLevel, &error, false))
                status = fail(error);
            continue;
        }
        collect(keep);
        const int level = options.pngLevel;
        pending.push_back(QtConcurrent::run([image = std::move(image), path, level]() {
            QString error;
            ChartRenderer::writePng(image, path, level, &error, true);
            return error;
        }));
    }
    if (status != Success && queue)
        queue->close(int(jobs.size())); // the other process stops after its current chart
    collect(0);
    // The second process's messages went to our stderr; its failure is ours. If it could not start, this
    // process has drawn every chart.
    if (second.state() != QProcess::NotRunning) {
        second.waitForFinished(-1);
        if (second.exitStatus() != QProcess::NormalExit)
            status = fail(tr("%1: the second export process stopped").arg(sel.catalogue.filePath));
        else if (second.exitCode() != Success && status == Success)
            status = second.exitCode();
    }
    return status;
}

int runData(const QCommandLineParser &parser)
{
    DataExport::Format format = DataExport::Format::Csv;
    const QString formatId = parser.value(QStringLiteral("format"));
    if (!formatId.isEmpty() && !DataExport::parseFormat(formatId, &format))
        return fail(tr("--format: expected csv or ndjson, not \"%1\"").arg(formatId));
    Selection sel;
    if (const int status = select(parser, &sel))
        return status;
    const QString dir = parser.value(kData);
    if (const int status = makeDirectory(dir))
        return status;
    QSet<QString> used;
    // Buckets whose rows lie spread among each other's are read together, a batch of at most 2M points
    // (~72 MB) by one pass over the table (the same bytes as streaming each); the others are streamed from
    // the file row by row.
    QVector<qint64> ids, counts;
    for (const Question &q : std::as_const(sel.buckets)) {
        ids.append(q.id);
        counts.append(q.pointCount);
    }
    for (const SnapshotFile::BucketBatch &batch : sel.snapshot->bucketBatches(ids, counts, 2'000'000)) {
        QString error;
        std::optional<QVector<BucketValues>> values;
        if (batch.together && !(values = sel.snapshot->loadBucketBatch(batch, &error)))
            return fail(error);
        for (int i = batch.begin; i < batch.end; ++i) {
            const Question &q = sel.buckets.at(i);
            const QString path =
                QDir(dir).filePath(DataExport::safeFileName(q.label, DataExport::extension(format), &used));
            if (values ? !DataExport::writeFile(path, format, q, &values->at(i - batch.begin), &error)
                       : !DataExport::writeFile(path, format, q, *sel.snapshot, &error))
                return fail(error);
        }
    }
    return Success;
}

int runReport(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(tr("expected exactly one FILE (see --help)"));
    const QString theme = parser.value(QStringLiteral("theme"));
    if (!theme.isEmpty() && theme != QLatin1String("light") && theme != QLatin1String("dark"))
        return fail(tr("--theme: expected light or dark, not \"%1\"").arg(theme));
    ReportOptions options;
    options.dark = theme == QLatin1String("dark");
    const QString out = parser.value(kReport);
    const QString parent = QFileInfo(out).absolutePath();
    if (const int status = makeDirectory(parent))
        return status;
    QString error;
    if (const auto snapshot = SnapshotFile::open(files.first(), &error))
        ChartStyle::setSnapshotCategories(
            std::make_shared<const CategoryColours>(CategoryColours::read(*snapshot)));
    else
        return fail(error);
    if (!ReportWriter::writePdf(files.first(), out, options, &error))
        return fail(error);
    return Success;
}

} // namespace

void addExportOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {kCharts, tr("Write one chart file per bucket of FILE into DIR and exit."), QStringLiteral("DIR")});
    parser.addOption(
        {kData, tr("Write the raw values of each bucket of FILE into DIR and exit."), QStringLiteral("DIR")});
    parser.addOption({kReport, tr("Write a PDF report of FILE to OUT and exit."), QStringLiteral("OUT")});
    parser.addOption(
        {QStringLiteral("format"),
         tr("Export format: png (default), svg or pdf for charts; csv (default) or ndjson for data."),
         QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("dpi"), tr("PNG resolution (default 180)."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("size"),
         tr("Chart size: small 8x4 in (default), medium 16x8, large 32x16, or WIDTHxHEIGHT in pixels "
            "(laid out as a window of that size shows the chart)."),
         QStringLiteral("SIZE")});
    parser.addOption(
        {QStringLiteral("theme"), tr("Chart theme: light (default) or dark."), QStringLiteral("THEME")});
    parser.addOption({QStringLiteral("question"), tr("Export only the bucket LABEL (repeatable)."),
                      QStringLiteral("LABEL")});
    QCommandLineOption share(kShare, QString(), QStringLiteral("QUEUE"));
    share.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(share);
}

int exportMode(const QCommandLineParser &parser)
{
    if (parser.isSet(kCharts) || parser.isSet(kReport))
        return 1;
    if (parser.isSet(kData))
        return 2;
    return 0;
}

int runExport(const QCommandLineParser &parser)
{
    const int commands = int(parser.isSet(kCharts)) + int(parser.isSet(kData)) + int(parser.isSet(kReport));
    if (commands > 1)
        return fail(tr("--export-charts, --export-data and --export-report exclude each other"));
    if (parser.isSet(kCharts))
        return runCharts(parser);
    if (parser.isSet(kData))
        return runData(parser);
    return runReport(parser);
}

} // namespace iv::cli
