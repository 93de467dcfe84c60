// SPDX-License-Identifier: MIT
#include "findingsexport.h"

#include "findinghelp.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUrl>

namespace iv::FindingsExport {

namespace {

QString englishMessage(const ReviewFinding &f)
{
    return f.englishMessage.isNull() ? f.message : f.englishMessage;
}

// app/question/table.column/row N: the finding's place from the widest to the narrowest, for people and
// for SARIF's fullyQualifiedName.
QString placeName(const ReviewFinding &f)
{
    QStringList parts;
    if (!f.app.isNull())
        parts << f.app;
    if (!f.question.isNull())
        parts << f.question;
    if (!f.table.isNull())
        parts << (f.column.isNull() ? f.table : f.table + QLatin1Char('.') + f.column);
    if (f.row >= 0)
        parts << QStringLiteral("row %1").arg(f.row);
    return parts.join(QLatin1Char('/'));
}

QString csvField(const QString &s)
{
    // Quoted always; a cell that a spreadsheet would run as a formula starts with an apostrophe.
    QString v = s;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.at(0)))
        v.prepend(QLatin1Char('\''));
    v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

} // namespace

QVector<Entry> fromReport(const ReviewReport &report)
{
    QVector<Entry> out;
    for (const ReviewFinding &f : report.findings) {
        Entry e{f, {}};
        if (f.isAcknowledged())
            e.triage = {Triage::State::Accepted, QStringLiteral("acknowledged by the policy")};
        out.append(e);
    }
    return out;
}

QByteArray sarif(const ReviewReport &report, const QVector<Entry> &entries, const QString &policyPath)
{
    // One rule per kind, in order of first appearance.
    QMap<QString, int> ruleIndex;
    QJsonArray rules;
    for (const Entry &e : entries) {
        const QString &code = e.finding.code;
        if (ruleIndex.contains(code))
            continue;
        ruleIndex.insert(code, int(rules.size()));
        const FindingHelp help = FindingHelp::english(code);
        const QString helpText = QStringLiteral("Detects: %1\nHow: %2\nLimits: %3\nWhat to do: %4")
                                     .arg(help.detects, help.how, help.limits, help.action);
        rules.append(QJsonObject{
            {QStringLiteral("id"), code},
            {QStringLiteral("name"), help.title},
            {QStringLiteral("shortDescription"), QJsonObject{{QStringLiteral("text"), help.title}}},
            {QStringLiteral("fullDescription"), QJsonObject{{QStringLiteral("text"), help.detects}}},
            {QStringLiteral("help"), QJsonObject{{QStringLiteral("text"), helpText}}},
            {QStringLiteral("defaultConfiguration"),
             QJsonObject{{QStringLiteral("level"), e.finding.severity == ReviewFinding::Severity::Error
                                                       ? QStringLiteral("error")
                                                       : QStringLiteral("warning")}}},
        });
    }
    const QString uri =
        QUrl::fromLocalFile(QFileInfo(report.identity.path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    QJsonObject artifact{{QStringLiteral("location"), QJsonObject{{QStringLiteral("uri"), uri}}}};
    if (report.identity.size >= 0)
        artifact.insert(QStringLiteral("length"), report.identity.size);
    if (!report.identity.sha256.isEmpty())
        artifact.insert(QStringLiteral("hashes"),
                        QJsonObject{{QStringLiteral("sha-256"), report.identity.sha256}});

    QJsonArray results;
    for (const Entry &e : entries) {
        const ReviewFinding &f = e.finding;
        QJsonObject physical{{QStringLiteral("artifactLocation"),
                              QJsonObject{{QStringLiteral("uri"), uri}, {QStringLiteral("index"), 0}}}};
        QJsonObject location{{QStringLiteral("physicalLocation"), physical}};
        const QString place = placeName(f);
        if (!place.isEmpty()) {
            QJsonObject logical{
                {QStringLiteral("fullyQualifiedName"), place},
                {QStringLiteral("name"), f.row >= 0             ? QStringLiteral("row %1").arg(f.row)
                                         : !f.column.isNull()   ? f.column
                                         : !f.table.isNull()    ? f.table
                                         : !f.question.isNull() ? f.question
                                                                : f.app},
                {QStringLiteral("kind"), f.row >= 0 ? QStringLiteral("element") : QStringLiteral("member")}};
            location.insert(QStringLiteral("logicalLocations"), QJsonArray{logical});
        }
        QJsonObject properties{{QStringLiteral("triage"), Triage::stateId(e.triage.state)}};
        auto put = [&properties](const char *key, const QString &value) {
            if (!value.isNull())
                properties.insert(QLatin1String(key), value);
        };
        put("app", f.app);
        put("question", f.question);
        put("table", f.table);
        put("column", f.column);
        put("sample", f.sample);
        if (f.row >= 0)
            properties.insert(QStringLiteral("row"), f.row);
        if (!e.triage.reason.isEmpty())
            properties.insert(QStringLiteral("reason"), e.triage.reason);
        if (f.unlisted > 0)
            properties.insert(QStringLiteral("unlisted"), f.unlisted);
        QJsonObject result{
            {QStringLiteral("ruleId"), f.code},
            {QStringLiteral("ruleIndex"), ruleIndex.value(f.code)},
            {QStringLiteral("level"), f.severity == ReviewFinding::Severity::Error
                                          ? QStringLiteral("error")
                                          : QStringLiteral("warning")},
            {QStringLiteral("message"),
             QJsonObject{{QStringLiteral("text"),
                          f.sample.isNull() ? englishMessage(f)
                                            : QStringLiteral("%1 (%2)").arg(englishMessage(f), f.sample)}}},
            {QStringLiteral("locations"), QJsonArray{location}},
            {QStringLiteral("partialFingerprints"),
             QJsonObject{{QStringLiteral("insightsViewerFinding/v1"), Triage::key(f)}}},
            {QStringLiteral("properties"), properties},
        };
        if (e.triage.dismissed()) {
            QString why = e.triage.state == Triage::State::FalsePositive ? QStringLiteral("false positive")
                                                                         : QStringLiteral("accepted");
            if (!e.triage.reason.isEmpty())
                why += QStringLiteral(": ") + e.triage.reason;
            if (f.isAcknowledged() && !policyPath.isEmpty())
                why += QStringLiteral(" (policy %1)").arg(policyPath);
            result.insert(QStringLiteral("suppressions"),
                          QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("external")},
                                                 {QStringLiteral("status"), QStringLiteral("accepted")},
                                                 {QStringLiteral("justification"), why}}});
        }
        results.append(result);
    }

    QJsonArray notifications;
    for (const QString &n :
         report.englishNotes.size() == report.notes.size() ? report.englishNotes : report.notes)
        notifications.append(
            QJsonObject{{QStringLiteral("level"), QStringLiteral("note")},
                        {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), n}}}});
    QJsonObject invocation{{QStringLiteral("executionSuccessful"), report.readable()}};
    if (!notifications.isEmpty())
        invocation.insert(QStringLiteral("toolExecutionNotifications"), notifications);

    QJsonObject driver{{QStringLiteral("name"), QStringLiteral("insights-viewer")},
                       {QStringLiteral("version"), QStringLiteral(IV_VERSION)},
                       {QStringLiteral("rules"), rules}};
    QJsonObject run{{QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
                    {QStringLiteral("artifacts"), QJsonArray{artifact}},
                    {QStringLiteral("invocations"), QJsonArray{invocation}},
                    {QStringLiteral("results"), results}};
    QJsonObject root{{QStringLiteral("$schema"),
                      QStringLiteral("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
                                     "sarif-schema-2.1.0.json")},
                     {QStringLiteral("version"), QStringLiteral("2.1.0")},
                     {QStringLiteral("runs"), QJsonArray{run}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray csv(const QVector<Entry> &entries)
{
    QString out = QStringLiteral(
        "severity,code,app,question,table,column,row,sample,state,reason,acknowledged,unlisted,message\r\n");
    for (const Entry &e : entries) {
        const ReviewFinding &f = e.finding;
        const QStringList fields = {f.severityId(),
                                    f.code,
                                    f.app,
                                    f.question,
                                    f.table,
                                    f.column,
                                    f.row >= 0 ? QString::number(f.row) : QString(),
                                    f.sample,
                                    Triage::stateId(e.triage.state),
                                    e.triage.reason,
                                    f.isAcknowledged() ? QStringLiteral("true") : QStringLiteral("false"),
                                    f.unlisted > 0 ? QString::number(f.unlisted) : QString(),
                                    englishMessage(f)};
        QStringList quoted;
        for (const QString &s : fields)
            quoted << csvField(s);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace iv::FindingsExport
