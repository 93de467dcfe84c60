// SPDX-License-Identifier: MIT
// insights-viewer: the GUI, or one headless command (no display, no window, no platform plugin needed).
//
// The arguments are parsed before any application object exists, so bad usage is reported (exit 2) without
// touching a display, and the application type follows the command: QCoreApplication for text commands,
// QApplication on the offscreen platform for commands that draw charts, QApplication for the GUI.

#include "catalogcommands.h"
#include "collectcommand.h"
#include "commandline.h"
#include "exportcommands.h"
#include "fileopeneventfilter.h"
#include "historycommands.h"
#include "mainwindow.h"
#include "preferences.h"
#include "redactcommand.h"
#include "reviewcommands.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QScreen>

#include <cstdio>
#include <cmath>
#include <memory>

namespace {

// All options of every command, in --help order. Descriptions are translated when a translator is installed.
void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Insights Viewer: look at django-insights snapshots (insights.db), read-only."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("list"), QCoreApplication::translate("main", "Print an outline of FILE and exit.")});
    parser.addOption({QStringLiteral("dump-json"),
                      QCoreApplication::translate("main", "Print FILE as JSON on stdout and exit.")});
    parser.addOption(
        {QStringLiteral("sample"),
         QCoreApplication::translate("main", "Open the window on the bundled sample snapshot.")});
    parser.addOption(
        {QStringLiteral("select"),
         QCoreApplication::translate("main", "In the window, select the question (or app) LABEL."),
         QStringLiteral("LABEL")});
    parser.addOption(
        {QStringLiteral("collect"),
         QCoreApplication::translate("main", "Run the collect project PROJECT.json and write its snapshot."),
         QStringLiteral("PROJECT.json")});
    iv::cli::addCollectOptions(parser);
    parser.addOption(
        {QStringLiteral("review"),
         QCoreApplication::translate("main", "Review FILE… (identity, integrity, conformance, personal "
                                             "data) and exit with the worst: 0 clean, 1 findings, 2 "
                                             "unreadable.")});
    parser.addOption(
        {QStringLiteral("record"),
         QCoreApplication::translate("main", "With --review: write a PDF record of the review to OUT.pdf "
                                             "and its JSON beside it (OUT.json)."),
         QStringLiteral("OUT.pdf")});
    parser.addOption(
        {QStringLiteral("policy"),
         QCoreApplication::translate("main", "With --review: apply the policy FILE (acknowledged "
                                             "findings, allowed tables, min-count)."),
         QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("sarif"),
         QCoreApplication::translate("main", "With --review: write the findings as SARIF 2.1.0 to OUT.sarif "
                                             "(acknowledged findings as suppressions)."),
         QStringLiteral("OUT.sarif")});
    parser.addOption(
        {QStringLiteral("csv"),
         QCoreApplication::translate("main", "With --review: write the findings as CSV to OUT.csv."),
         QStringLiteral("OUT.csv")});
    parser.addOption(
        {QStringLiteral("min-count"),
         QCoreApplication::translate("main", "With --review: report counts from 1 to K-1 as small "
                                             "counts (0: off, the default)."),
         QStringLiteral("K")});
    parser.addOption({QStringLiteral("diff"), QCoreApplication::translate(
                                                  "main", "Compare two snapshots: --diff OLD NEW. Exit 0 identical, "
                                                          "1 differences, 2 error.")});
    parser.addOption(
        {QStringLiteral("tolerance"),
         QCoreApplication::translate("main", "With --diff: numbers within this relative tolerance (0.01 = 1 %) "
                                             "count as the same."),
         QStringLiteral("REL")});
    parser.addOption({QStringLiteral("include-times"),
                      QCoreApplication::translate("main", "With --diff: also compare when questions were "
                                                          "collected and the executions.")});
    parser.addOption({QStringLiteral("redact"),
                      QCoreApplication::translate("main", "Write a redacted copy of FILE to OUT.db (flagged values "
                                                          "replaced, log in OUT.db.redaction.json) and exit."),
                      QStringLiteral("OUT.db")});
    parser.addOption({QStringLiteral("force"),
                      QCoreApplication::translate("main", "With --redact or --draft-project: replace OUT if it exists.")});
    parser.addOption({QStringLiteral("json"),
                      QCoreApplication::translate("main", "With --review or --diff: print JSON.")});
    parser.addOption(
        {QStringLiteral("language"),
         QCoreApplication::translate("main", "Use language LANG (en, nl, de) instead of the preference "
                                             "or the system's."),
         QStringLiteral("LANG")});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("main", "An insights.db snapshot to open."),
                                 QStringLiteral("[FILE]"));
    iv::cli::addExportOptions(parser);
    iv::cli::addHistoryOptions(parser);
}

enum class Mode { Gui, Text, Charts };

Mode modeFor(const QCommandLineParser &parser)
{
    static const char *const text[] = {"help",      "version",       "list",          "dump-json", "collect",
                                       "review",    "diff",          "json",          "redact",    "force",
                                       "preview",   "policy",        "min-count",     "sarif",     "csv",
                                       "tolerance", "include-times", "draft-project", "django"};
    // A PDF record needs fonts: a QGuiApplication on the offscreen platform, as charts do.
    if (parser.isSet(QStringLiteral("record")) && !parser.isSet(QStringLiteral("help")) &&
        !parser.isSet(QStringLiteral("version")))
        return Mode::Charts;
    // --history draws only with --export-charts.
    if (iv::cli::historySet(parser) && !parser.isSet(QStringLiteral("help")) &&
        !parser.isSet(QStringLiteral("version")))
        return iv::cli::exportMode(parser) ? Mode::Charts : Mode::Text;
    for (const char *name : text)
        if (parser.isSet(QLatin1String(name)))
            return Mode::Text;
    if (const int exportMode = iv::cli::exportMode(parser))
        return exportMode == 1 ? Mode::Charts : Mode::Text;
    return Mode::Gui;
}

int runReviewCommand(const QCommandLineParser &parser)
{
    using namespace iv::cli;
    const QStringList files = parser.positionalArguments();
    const bool review = parser.isSet(QStringLiteral("review"));
    const bool diff = parser.isSet(QStringLiteral("diff"));
    const bool json = parser.isSet(QStringLiteral("json"));
    for (const char *option : {"record", "policy", "min-count", "sarif", "csv"})
        if (!review && parser.isSet(QLatin1String(option)))
            return fail(
                QCoreApplication::translate("main", "--%1 goes with --review").arg(QLatin1String(option)));
    for (const char *option : {"tolerance", "include-times"})
        if (!diff && parser.isSet(QLatin1String(option)))
            return fail(
                QCoreApplication::translate("main", "--%1 goes with --diff").arg(QLatin1String(option)));
    if (review + diff + parser.isSet(QStringLiteral("list")) + parser.isSet(QStringLiteral("dump-json")) != 1)
        return fail(QCoreApplication::translate("main", "use one of --list, --dump-json, --review, --diff "
                                                        "(--json goes with --review or --diff)"));
    if (review) {
        ReviewRequest request;
        request.files = files;
        request.json = json;
        request.record = parser.value(QStringLiteral("record"));
        request.policy = parser.value(QStringLiteral("policy"));
        request.sarif = parser.value(QStringLiteral("sarif"));
        request.csv = parser.value(QStringLiteral("csv"));
        if (parser.isSet(QStringLiteral("min-count"))) {
            bool ok = false;
            request.minCount = parser.value(QStringLiteral("min-count")).toInt(&ok);
            if (!ok || request.minCount < 0)
                return fail(QCoreApplication::translate("main", "--min-count expects a whole number K >= 0"));
        }
        return runReview(request);
    }
    if (files.size() != 2)
        return fail(QCoreApplication::translate("main", "--diff expects two files: OLD NEW"));
    double tolerance = 0;
    if (parser.isSet(QStringLiteral("tolerance"))) {
        bool ok = false;
        tolerance = parser.value(QStringLiteral("tolerance")).toDouble(&ok);
        if (!ok || !std::isfinite(tolerance) || tolerance < 0)
            return fail(QCoreApplication::translate("main", "--tolerance expects a number REL >= 0 (0.01 = 1 %)"));
    }
    return runDiff(files.at(0), files.at(1), json, tolerance, parser.isSet(QStringLiteral("include-times")));
}

int runCommand(const QCommandLineParser &parser)
{
    using namespace iv::cli;
    const QStringList files = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        printOut(QStringLiteral("insights-viewer %1\n").arg(QStringLiteral(IV_VERSION)));
        return Success;
    }
    if (iv::cli::historySet(parser))
        return iv::cli::runHistory(parser);
    if (iv::cli::exportMode(parser))
        return iv::cli::runExport(parser);
    if (parser.isSet(QStringLiteral("draft-project")) || parser.isSet(QStringLiteral("django")))
        return iv::cli::runDraft(parser);
    if (parser.isSet(QStringLiteral("preview")) && !parser.isSet(QStringLiteral("collect")))
        return fail(QCoreApplication::translate("main", "--preview goes with --collect PROJECT.json"));
    if (parser.isSet(QStringLiteral("collect"))) {
        if (!files.isEmpty())
            return fail(QCoreApplication::translate("main", "--collect takes no FILE (see --help)"));
        return runCollect(parser);
    }
    if (parser.isSet(QStringLiteral("redact"))) {
        for (const char *other : {"list", "dump-json", "review", "diff", "json"})
            if (parser.isSet(QLatin1String(other)))
                return fail(QCoreApplication::translate("main", "--redact and --%1 exclude each other")
                                .arg(QLatin1String(other)));
        if (files.size() != 1)
            return fail(QCoreApplication::translate("main", "--redact expects OUT.db and exactly one FILE"));
        return runRedact(parser.value(QStringLiteral("redact")), files.first(),
                         parser.isSet(QStringLiteral("force")));
    }
    if (parser.isSet(QStringLiteral("force")))
        return fail(QCoreApplication::translate("main", "--force goes with --redact"));
    if (parser.isSet(QStringLiteral("review")) || parser.isSet(QStringLiteral("diff")) ||
        parser.isSet(QStringLiteral("tolerance")) || parser.isSet(QStringLiteral("include-times")) ||
        parser.isSet(QStringLiteral("json")) || parser.isSet(QStringLiteral("record")) ||
        parser.isSet(QStringLiteral("policy")) || parser.isSet(QStringLiteral("min-count")) ||
        parser.isSet(QStringLiteral("sarif")) || parser.isSet(QStringLiteral("csv")))
        return runReviewCommand(parser);
    const bool list = parser.isSet(QStringLiteral("list"));
    const bool dump = parser.isSet(QStringLiteral("dump-json"));
    if (list && dump)
        return fail(QCoreApplication::translate("main", "--list and --dump-json exclude each other"));
    if (files.size() != 1)
        return fail(QCoreApplication::translate("main", "expected exactly one FILE (see --help)"));
    return list ? runList(files.first()) : runDumpJson(files.first());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("InsightsViewer"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("insightsviewer.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("insights-viewer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IV_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    Mode mode;
    {
        QCommandLineParser probe;
        addOptions(probe);
        if (!probe.parse(arguments))
            return iv::cli::fail(probe.errorText() + QStringLiteral(" (see --help)"));
        mode = modeFor(probe);
    }

    if (mode == Mode::Charts)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (mode == Mode::Text)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);

    // The language: --language, else the preference, else the system's. Loaded before the second parse, so
    // --help and every message after this point are translated.
    QString language;
    {
        QCommandLineParser probe;
        addOptions(probe);
        probe.parse(arguments);
        language = probe.value(QStringLiteral("language"));
    }
    if (language.isEmpty())
        language = iv::Preferences().language();
    iv::Translations::instance()->apply(language);

    QCommandLineParser parser; // again, now that translations apply
    addOptions(parser);
    parser.parse(arguments);
    if (mode != Mode::Gui)
        return runCommand(parser);

    const QStringList files = parser.positionalArguments();
    QGuiApplication::setDesktopFileName(QStringLiteral(IV_APP_ID));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" IV_APP_ID ".svg")));
    iv::MainWindow window;
    // macOS: a double-click in Finder arrives as QFileOpenEvent, also for the file that launched the app.
    auto *fileOpen = new iv::FileOpenEventFilter(app.get());
    app->installEventFilter(fileOpen);
    QObject::connect(fileOpen, &iv::FileOpenEventFilter::fileOpenRequested, &window,
                     &iv::MainWindow::openFile);
    // 1280×800, or the screen's size when it is smaller (the first size overflowed an 800×500 screen).
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        window.resize(QSize(1280, 800).boundedTo(screen->availableGeometry().size()));
    window.show();
    if (parser.isSet(QStringLiteral("sample")))
        window.openSample();
    else if (files.size() > 1 || (!files.isEmpty() && QFileInfo(files.first()).isDir()))
        window.openHistory(files); // several files or a folder: a history
    else if (!files.isEmpty())
        window.openFile(files.first());
    if (parser.isSet(QStringLiteral("select")) && !window.select(parser.value(QStringLiteral("select"))))
        std::fprintf(stderr, "insights-viewer: %s: no question or app \"%s\"\n",
                     qPrintable(files.isEmpty() ? QStringLiteral("sample") : files.first()),
                     qPrintable(iv::cli::terminalSafe(parser.value(QStringLiteral("select")).left(120))));
    return QCoreApplication::exec();
}
