// SPDX-License-Identifier: MIT
#include "reviewrecord.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace iv {

namespace {

QString decisionText(ReviewRecord::Decision d)
{
    switch (d) {
    case ReviewRecord::Decision::Approved:
        return QCoreApplication::translate("iv::ReviewRecord", "approved");
    case ReviewRecord::Decision::Rejected:
        return QCoreApplication::translate("iv::ReviewRecord", "rejected");
    case ReviewRecord::Decision::None:
        break;
    }
    return QCoreApplication::translate("iv::ReviewRecord", "no decision recorded");
}

QString verdictText(const ReviewReport &r)
{
    switch (r.exitCode()) {
    case 0:
        return QCoreApplication::translate("iv::ReviewRecord", "clean");
    case 1:
        return QCoreApplication::translate("iv::ReviewRecord", "findings");
    default:
        return QCoreApplication::translate("iv::ReviewRecord", "unreadable");
    }
}

// Builds the record as a document of plain-text fragments: nothing from the file is ever parsed as markup.
void buildDocument(const ReviewRecord &rec, QTextDocument &doc)
{
    const ReviewReport &r = rec.report;
    QFont base = doc.defaultFont();
    base.setPointSizeF(9);
    // Any letter spacing turns ligatures off: "fi" stays two letters, so the PDF's text searches and copies
    // as typed (pdftotext would give U+FB01).
    base.setLetterSpacing(QFont::AbsoluteSpacing, 0.1); // above QFixed's 1/64 resolution
    doc.setDefaultFont(base);
    QTextCursor c(&doc);
    QTextCharFormat plain;
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    QTextCharFormat title = bold;
    title.setFontPointSize(15);
    QTextCharFormat heading = bold;
    heading.setFontPointSize(11);
    QTextCharFormat mono;
    mono.setFontFamilies({QStringLiteral("monospace")});
    mono.setFontFixedPitch(true);

    c.insertText(QCoreApplication::translate("iv::ReviewRecord", "Review record"), title);
    auto field = [&](const QString &label, const QString &value, const QTextCharFormat &format) {
        c.insertBlock();
        c.insertText(label + QStringLiteral(": "), bold);
        c.insertText(ReviewReport::visible(value), format);
    };
    auto section = [&](const QString &name) {
        c.insertBlock();
        c.insertBlock();
        c.insertText(name, heading);
    };
    section(QCoreApplication::translate("iv::ReviewRecord", "File"));
    field(QCoreApplication::translate("iv::ReviewRecord", "Path"), r.identity.path, plain);
    field(QCoreApplication::translate("iv::ReviewRecord", "Size"),
          r.identity.size < 0 ? QStringLiteral("?") : QString::number(r.identity.size), plain);
    field(QCoreApplication::translate("iv::ReviewRecord", "Modified (UTC)"),
          r.identity.mtime.isValid() ? r.identity.mtime.toUTC().toString(Qt::ISODate) : QStringLiteral("?"),
          plain);
    field(QStringLiteral("SHA-256"), r.identity.sha256.isEmpty() ? QStringLiteral("?") : r.identity.sha256,
          mono);

    section(QCoreApplication::translate("iv::ReviewRecord", "Review"));
    field(QCoreApplication::translate("iv::ReviewRecord", "Tool"),
          QStringLiteral("insights-viewer %1").arg(rec.toolVersion), plain);
    field(QCoreApplication::translate("iv::ReviewRecord", "Date (UTC)"),
          rec.created.toUTC().toString(Qt::ISODate), plain);
    field(QCoreApplication::translate("iv::ReviewRecord", "Result"), verdictText(r), plain);
    field(QCoreApplication::translate("iv::ReviewRecord", "Conformant"),
          r.conformant ? QCoreApplication::translate("iv::ReviewRecord", "yes")
                       : QCoreApplication::translate("iv::ReviewRecord", "no"),
          plain);
    field(QCoreApplication::translate("iv::ReviewRecord", "Integrity"),
          r.integrity.isEmpty() ? QStringLiteral("?") : r.integrity.join(QStringLiteral("; ")), plain);
    if (!rec.policyPath.isEmpty())
        field(QCoreApplication::translate("iv::ReviewRecord", "Policy"), rec.policyPath, plain);
    if (!r.readable())
        field(QCoreApplication::translate("iv::ReviewRecord", "Unreadable"), r.openError, plain);

    section(QCoreApplication::translate("iv::ReviewRecord", "Decision"));
    field(QCoreApplication::translate("iv::ReviewRecord", "Reviewer"),
          rec.reviewer.isEmpty() ? QCoreApplication::translate("iv::ReviewRecord", "(not given)")
                                 : rec.reviewer,
          plain);
    field(QCoreApplication::translate("iv::ReviewRecord", "Reviewer's decision"),
          rec.decidedAt.isValid() && rec.decision != ReviewRecord::Decision::None
              ? QCoreApplication::translate("iv::ReviewRecord", "%1 at %2 (UTC)")
                    .arg(decisionText(rec.decision), rec.decidedAt.toUTC().toString(Qt::ISODate))
              : decisionText(rec.decision),
          plain);
    field(QCoreApplication::translate("iv::ReviewRecord", "Triage"),
          QCoreApplication::translate("iv::ReviewRecord",
                                      "open %1, confirmed %2, false positive %3, accepted %4")
              .arg(rec.count(Triage::State::Open))
              .arg(rec.count(Triage::State::Confirmed))
              .arg(rec.count(Triage::State::FalsePositive))
              .arg(rec.count(Triage::State::Accepted)),
          plain);
    if (!rec.note.isEmpty())
        field(QCoreApplication::translate("iv::ReviewRecord", "Note"), rec.note, plain);

    section(QCoreApplication::translate("iv::ReviewRecord", "Findings (%1, acknowledged: %2)")
                .arg(r.findings.size())
                .arg(r.acknowledgedCount()));
    if (r.findings.isEmpty()) {
        c.insertBlock();
        c.insertText(QCoreApplication::translate("iv::ReviewRecord", "none"), plain);
    }
    // One block per finding, the code first on its line (a table's narrow columns would break codes at
    // hyphens).
    for (int i = 0; i < r.findings.size(); ++i) {
        const ReviewFinding &f = r.findings.at(i);
        c.insertBlock();
        c.insertBlock();
        QString head = QStringLiteral("%1. %2 ").arg(i + 1).arg(
            f.severity == ReviewFinding::Severity::Error
                ? QCoreApplication::translate("iv::ReviewReport", "error")
                : QCoreApplication::translate("iv::ReviewReport", "warning"));
        c.insertText(head, bold);
        c.insertText(f.code, mono);
        if (f.isAcknowledged())
            c.insertText(QLatin1Char(' ') + QCoreApplication::translate("iv::ReviewReport", "(acknowledged)"),
                         bold);
        if (!f.app.isNull())
            field(QCoreApplication::translate("iv::ReviewRecord", "App"), f.app, plain);
        if (!f.question.isNull())
            field(QCoreApplication::translate("iv::ReviewRecord", "Question"), f.question, plain);
        QString where = f.table;
        if (!f.column.isNull())
            where += QLatin1Char('.') + f.column;
        if (f.row >= 0)
            where += QLatin1Char(' ') + QCoreApplication::translate("iv::ReviewReport", "row %1").arg(f.row);
        if (!where.isEmpty())
            field(QCoreApplication::translate("iv::ReviewRecord", "Where"), where, plain);
        if (!f.sample.isNull())
            field(QCoreApplication::translate("iv::ReviewRecord", "Sample (masked)"), f.sample, mono);
        field(QCoreApplication::translate("iv::ReviewRecord", "Message"), f.message, plain);
        const Triage t = rec.triageOf(i);
        field(QCoreApplication::translate("iv::ReviewRecord", "State"),
              t.reason.isEmpty() ? Triage::stateText(t.state)
                                 : QStringLiteral("%1: %2").arg(Triage::stateText(t.state), t.reason),
              plain);
    }
    if (r.toCheckCount > 0) {
        section(QCoreApplication::translate("iv::ReviewRecord", "To check by eye (%1)").arg(r.toCheckCount));
        c.insertBlock();
        c.insertText(QCoreApplication::translate("iv::ReviewRecord",
                                                 "Values of buckets about people that no detector recognised."),
                     plain);
        for (const ReviewToCheck &v : r.toCheck) {
            ReviewFinding where;
            where.table = v.table;
            where.column = v.column;
            where.row = v.row;
            where.app = v.app;
            where.question = v.question;
            c.insertBlock();
            c.insertText(ReviewReport::place(where) + QStringLiteral(": "), plain);
            c.insertText(ReviewReport::visible(v.sample), mono);
        }
        if (r.toCheckCount > r.toCheck.size()) {
            c.insertBlock();
            c.insertText(QCoreApplication::translate("iv::ReviewReport", "… and %1 more")
                             .arg(r.toCheckCount - r.toCheck.size()),
                         plain);
        }
    }
    if (!r.notes.isEmpty()) {
        section(QCoreApplication::translate("iv::ReviewRecord", "Notes"));
        for (const QString &n : r.notes) {
            c.insertBlock();
            c.insertText(ReviewReport::visible(n), plain);
        }
    }
}

} // namespace

QString ReviewRecord::decisionId(Decision decision)
{
    switch (decision) {
    case Decision::Approved:
        return QStringLiteral("approved");
    case Decision::Rejected:
        return QStringLiteral("rejected");
    case Decision::None:
        break;
    }
    return QStringLiteral("none");
}

Triage ReviewRecord::triageOf(int i) const
{
    if (i >= 0 && i < triage.size())
        return triage.at(i);
    if (i >= 0 && i < report.findings.size() && report.findings.at(i).acknowledged)
        return {Triage::State::Accepted,
                QCoreApplication::translate("iv::ReviewRecord", "acknowledged by the policy")};
    return {};
}

int ReviewRecord::count(Triage::State state) const
{
    int n = 0;
    for (int i = 0; i < report.findings.size(); ++i)
        n += report.findings.at(i).unlisted == 0 && triageOf(i).state == state;
    return n;
}

QByteArray ReviewRecord::toJson() const
{
    QJsonObject root = QJsonDocument::fromJson(report.toJson()).object();
    QJsonObject record;
    record.insert(QStringLiteral("tool"), QStringLiteral("insights-viewer"));
    record.insert(QStringLiteral("version"), toolVersion);
    record.insert(QStringLiteral("created"), created.toUTC().toString(Qt::ISODate));
    record.insert(QStringLiteral("decision"), decisionId(decision));
    record.insert(QStringLiteral("note"), note.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(note));
    record.insert(QStringLiteral("policy"),
                  policyPath.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(policyPath));
    record.insert(QStringLiteral("exit_code"), report.exitCode());
    record.insert(QStringLiteral("reviewer"),
                  reviewer.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reviewer));
    record.insert(QStringLiteral("decided_at"), decidedAt.isValid() && decision != Decision::None
                                                    ? QJsonValue(decidedAt.toUTC().toString(Qt::ISODate))
                                                    : QJsonValue(QJsonValue::Null));
    QJsonObject counts;
    for (Triage::State st : {Triage::State::Open, Triage::State::Confirmed, Triage::State::FalsePositive,
                             Triage::State::Accepted})
        counts.insert(Triage::stateId(st), count(st));
    record.insert(QStringLiteral("triage"), counts);
    root.insert(QStringLiteral("record"), record);
    // Each finding with its judgement, in the report's order.
    QJsonArray findings = root.value(QStringLiteral("findings")).toArray();
    for (qsizetype i = 0; i < findings.size(); ++i) {
        QJsonObject o = findings.at(i).toObject();
        const Triage t = triageOf(int(i));
        o.insert(QStringLiteral("state"), Triage::stateId(t.state));
        o.insert(QStringLiteral("reason"),
                 t.reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.reason));
        findings[i] = o;
    }
    root.insert(QStringLiteral("findings"), findings);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ReviewRecord::writePdf(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("insights-viewer %1").arg(toolVersion));
        pdf.setTitle(QCoreApplication::translate("iv::ReviewRecord", "Review record of %1")
                         .arg(QFileInfo(report.identity.path).fileName()));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument doc;
        buildDocument(*this, doc);
        doc.print(&pdf);
    }
    if (!file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString ReviewRecord::jsonPathFor(const QString &pdfPath)
{
    if (pdfPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return pdfPath.left(pdfPath.size() - 4) + QStringLiteral(".json");
    return pdfPath + QStringLiteral(".json");
}

bool ReviewRecord::write(const QString &pdfPath, QString *error) const
{
    const QString jsonPath = jsonPathFor(pdfPath);
    if (QFileInfo(jsonPath).absoluteFilePath() == QFileInfo(report.identity.path).absoluteFilePath() ||
        QFileInfo(pdfPath).absoluteFilePath() == QFileInfo(report.identity.path).absoluteFilePath()) {
        *error =
            QCoreApplication::translate("iv::ReviewRecord", "%1: the record would replace the reviewed file")
                .arg(pdfPath);
        return false;
    }
    QSaveFile json(jsonPath);
    if (!json.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(jsonPath, json.errorString());
        return false;
    }
    json.write(toJson());
    if (!writePdf(pdfPath, error))
        return false; // the JSON's QSaveFile is discarded
    if (!json.commit()) {
        *error = QStringLiteral("%1: %2").arg(jsonPath, json.errorString());
        QFile::remove(pdfPath);
        return false;
    }
    return true;
}

} // namespace iv
