// SPDX-License-Identifier: MIT
#pragma once

#include "bucketvalues.h"
#include "catalogue.h"
#include "chartrenderer.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QWidget;
QT_END_NAMESPACE

namespace iv {

// The export actions, ready to put in menus, toolbars and context menus:
//  - for the current question (setContext): "Export Chart…" (Ctrl+E; ExportChartDialog), "Copy Chart" (image
//  to
//    the clipboard), "Export Data…" (CSV or NDJSON of the raw values; counters and gauges too);
//  - for the open snapshot (setSnapshot): "Export All Charts…" (a folder), "Export Report (PDF)…", "Print…"
//    (QPrintDialog; prints the report through the same ReportWriter).
// Actions are disabled when they have nothing to work on. Dialogs are parented to the widget given at
// construction. The snapshot is only ever read (SnapshotFile). All charts come from
// ChartRenderer/ChartBuilder. Results are reported by exported() / failed() (the window shows them in its
// status bar or a message box). GUI thread only.
class ChartExportActions : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartExportActions)

public:
    // window: parent for dialogs (not owned; must outlive the dialogs it shows, e.g. the MainWindow).
    explicit ChartExportActions(QWidget *window, QObject *parent = nullptr);

    // The open snapshot (empty path: none). Clears the question context when the path changes.
    void setSnapshot(const QString &snapshotPath);
    // The question shown now and its values (nullptr while loading, or for a counter/gauge). Both are copied
    // (BucketValues shares its arrays, so this is cheap). question nullptr clears the context.
    void setContext(const QString &snapshotPath, const Question *question, const BucketValues *values);
    void clearContext() { setContext(m_snapshotPath, nullptr, nullptr); }

    // Defaults for the dialogs (remembered between exports).
    void setDefaultOptions(const RenderOptions &options) { m_options = options; }
    RenderOptions defaultOptions() const { return m_options; }
    void setAppName(const QString &name) { m_appName = name; }

    QAction *exportChartAction() const { return m_exportChart; }
    QAction *copyChartAction() const { return m_copyChart; }
    QAction *exportDataAction() const { return m_exportData; }
    QAction *exportAllChartsAction() const { return m_exportAll; }
    QAction *exportReportAction() const { return m_exportReport; }
    QAction *printAction() const { return m_print; }
    // Export Chart…, Copy Chart, Export Data… (question page, thumbnail context menus).
    QList<QAction *> chartActions() const { return {m_exportChart, m_copyChart, m_exportData}; }
    // Export All Charts…, Export Report (PDF)…, Print… (File menu).
    QList<QAction *> fileActions() const { return {m_exportAll, m_exportReport, m_print}; }

    // The work behind the actions, without dialogs (tests, scripts). False + *error "PATH: reason".
    bool exportChartTo(const QString &path, const RenderOptions &options, QString *error);
    bool exportDataTo(const QString &path, bool ndjson, QString *error);
    bool copyChart(QString *error);
    // One file per bucket into dir; returns the number written.
    int exportAllChartsTo(const QString &dir, const RenderOptions &options, QString *error);
    bool exportReportTo(const QString &path, QString *error);

    void retranslateUi();

signals:
    void exported(const QString &path);
    void failed(const QString &message);

private:
    void updateEnabled();
    void onExportChart();
    void onCopyChart();
    void onExportData();
    void onExportAll();
    void onExportReport();
    void onPrint();
    void report(bool ok, const QString &path, const QString &error);
    bool hasChart() const;

    QPointer<QWidget> m_window;
    QString m_snapshotPath;
    std::optional<Question> m_question;
    std::optional<BucketValues> m_values;
    RenderOptions m_options;
    QString m_appName = QStringLiteral("Insights Viewer");
    QString m_lastFolder;
    QAction *m_exportChart = nullptr;
    QAction *m_copyChart = nullptr;
    QAction *m_exportData = nullptr;
    QAction *m_exportAll = nullptr;
    QAction *m_exportReport = nullptr;
    QAction *m_print = nullptr;
};

} // namespace iv
