// SPDX-License-Identifier: MIT
#pragma once

#include "findingresolver.h"
#include "reviewreport.h"

#include <QAbstractTableModel>
#include <QVector>

namespace iv {

// The findings of one review as a table a security officer works in: severity, kind (the finding's code),
// app, question, where (table.column row N), masked sample and message; one row per listed finding. The
// reviewer's "N more findings like the above" lines are not rows: they are kept apart as repeats(), so
// rowCount() is exactly the number of findings listed and rowCount() + repeatedCount() the number found.
// Every string from the file is plain text with control and bidi characters made visible
// (ReviewReport::visible). GUI thread.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)

public:
    enum Column : int {
        SeverityColumn,
        KindColumn,
        AppColumn,
        QuestionColumn,
        WhereColumn,
        SampleColumn,
        MessageColumn,
        ColumnCount
    };
    enum class Role : int {
        Sort = Qt::UserRole + 1, // severity rank, table/row order, else the display text
        Severity,                // "error" / "warning"
        Code,                    // the finding's code
        FindingIndex,            // index into findings()
    };
    // Findings the reviewer did not list one by one ("N more of the same kind").
    struct Repeat
    {
        QString code;
        QString table;  // null when not about a table
        QString column; // null when not about a column
        qint64 count = 0;
    };

    explicit FindingsModel(QObject *parent = nullptr);

    // locations: one per finding (FindingResolver::locateAll), or empty when not resolved.
    void setFindings(const QVector<ReviewFinding> &findings, const QVector<FindingLocation> &locations = {});
    void clear();

    const ReviewFinding &finding(int row) const { return m_findings.at(row); }
    FindingLocation location(int row) const { return m_locations.value(row); }
    const QVector<Repeat> &repeats() const { return m_repeats; }
    qint64 repeatedCount() const;
    QStringList codes() const; // distinct codes of the listed findings, sorted
    int count(ReviewFinding::Severity severity) const;

    // One finding as a line of plain text ("error personal-data-email — Shop › Orders per day? — …").
    QString rowText(int row) const;
    // "table.column row N", "table.column", "table", or empty.
    static QString whereText(const ReviewFinding &finding);
    // > 0 when the finding is the reviewer's "N more findings like the above" line: N.
    static qint64 repeatCount(const ReviewFinding &finding);
    static QString severityText(ReviewFinding::Severity severity);
    // After a language change: headers and severity words are translated again.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellText(int row, int column) const;

    QVector<ReviewFinding> m_findings;
    QVector<FindingLocation> m_locations;
    QVector<Repeat> m_repeats;
};

} // namespace iv
