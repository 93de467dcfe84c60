// SPDX-License-Identifier: MIT
#pragma once

#include "reviewreport.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace iv {

// The record of one review, to file: the file's identity and SHA-256, the tool and its version, the date
// (UTC), every finding (code, app, question, where, masked sample, acknowledged or not) and, when a person
// reviewed it in the window, their decision and note. Written as a PDF (QPdfWriter + QTextDocument: QtGui
// only, no widgets; text is inserted as plain text, never markup) and as JSON. A plain value type; writing
// needs a QGuiApplication (fonts), on any one thread.
struct ReviewRecord
{
    enum class Decision { None, Approved, Rejected };

    ReviewReport report;
    Decision decision = Decision::None;
    QString note;                                        // the reviewer's note, plain text
    QString policyPath;                                  // the policy applied, if any
    QDateTime created = QDateTime::currentDateTimeUtc(); // when the record was made
    QString toolVersion = QStringLiteral(IV_VERSION);

    static QString decisionId(Decision decision); // "none", "approved", "rejected"

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
