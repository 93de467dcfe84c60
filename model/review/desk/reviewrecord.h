// SPDX-License-Identifier: MIT
#pragma once

#include "reviewreport.h"
#include "triage.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace iv {

// The record of one review, to file: the file's identity and SHA-256, the tool and its version, the date
// (UTC), the policy used, every finding one by one (code, app, question, where, masked sample, acknowledged
// or not, its triage state and reason), the triage counts and, when a person reviewed it in the window, their
// name, decision with its time and note. Written as a PDF (QPdfWriter + QTextDocument: QtGui
// only, no widgets; text is inserted as plain text, never markup) and as JSON. A plain value type; writing
// needs a QGuiApplication (fonts), on any one thread.
struct ReviewRecord
{
    enum class Decision { None, Approved, Rejected };

    ReviewReport report;
    Decision decision = Decision::None;
    QString note;                                        // the reviewer's note, plain text
    QString reviewer;                                    // the reviewer's name (a preference), plain text
    QDateTime decidedAt; // when the decision was taken (UTC); invalid: unknown
    // One judgement per report.findings entry; empty: open, or accepted where a policy acknowledged it.
    QVector<Triage> triage;
    QString policyPath;                                  // the policy applied, if any
    QDateTime created = QDateTime::currentDateTimeUtc(); // when the record was made
    QString toolVersion = QStringLiteral(IV_VERSION);

    static QString decisionId(Decision decision); // "none", "approved", "rejected"
    // The judgement of report.findings[i] (see triage).
    Triage triageOf(int i) const;
    int count(Triage::State state) const; // listed findings in that state

    // The report's JSON (ReviewReport::toJson) with a "record" object: tool, version, created, decision,
    // note.
    QByteArray toJson() const;
    // Writes the PDF atomically; false with *error "PATH: reason".
    bool writePdf(const QString &path, QString *error) const;
    // The PDF, and the JSON beside it (same name, .json instead of .pdf). False with *error naming the file;
    // on failure neither is left behind.
    bool write(const QString &pdfPath, QString *error) const;
    static QString jsonPathFor(const QString &pdfPath);
};

} // namespace iv
