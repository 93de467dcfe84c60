// SPDX-License-Identifier: MIT
#pragma once

#include "findingresolver.h"
#include "reviewreport.h"
#include "triage.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QVector>

namespace iv {

// The findings of one review as a table a security officer works in: severity, kind (the finding's code),
// app, question, where (table.column row N), masked sample and message; one row per listed finding. The
// reviewer's summaries of findings past its listing limit (ReviewFinding::unlisted > 0, recognised by that
// field, never by their text) are not rows: they are kept apart as repeats(), so
// rowCount() is exactly the number of findings listed and rowCount() + repeatedCount() the number found.
// Where two questions share a text ("What shape?"), the Question column adds the label: "What shape?
// (shapes)". The Kind column's tooltip is the kind's help (FindingHelp). Every string from the file is plain
// text with control and bidi characters made visible (ReviewReport::visible). GUI thread.
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
        StateColumn,
        MessageColumn,
        ColumnCount
    };
    enum class Role : int {
        Sort = Qt::UserRole + 1, // severity rank, table/row order, else the display text
        Severity,                // "error" / "warning"
        Code,                    // the finding's code
        FindingIndex,            // index into findings()
        State,                   // the triage state's id ("open", "confirmed", "false-positive", "accepted")
        Key,                     // Triage::key of the finding
        // The question a finding belongs to: app uuid, kind and label ("" when it is not about a question,
        // then grouped by table). Rows of a grouping view with the same key form one group.
        GroupKey,
        // True on a grouping view's summary row of a question (FindingsGroups), false or absent on findings:
        // grouped rows are recognised by this role, never by their text.
        Group,
        GroupCount, // on a summary row: how many findings it stands for
        GroupExpanded, // on a summary row: whether its findings are shown below it
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
    // Facets: how many listed findings have each code, app text, question text (as the columns show them).
    QMap<QString, int> countsBy(int column) const;
    int count(ReviewFinding::Severity severity) const;

    // Triage: each listed finding's judgement, open at first (accepted when a policy acknowledged it).
    Triage triage(int row) const { return m_triage.value(row); }
    void setTriage(const QVector<int> &rows, const Triage &triage);
    // Judgements by Triage::key, e.g. to keep them across reviews (changedOnly: those that differ from the
    // first state, open or the policy's acceptance); applyTriage() sets those whose key is listed (others
    // keep theirs).
    QHash<QString, Triage> triageByKey(bool changedOnly = false) const;
    void applyTriage(const QHash<QString, Triage> &byKey);
    int count(Triage::State state) const;

    // One finding as a line of plain text ("error personal-data-email — Shop › Orders per day? — …").
    QString rowText(int row) const;
    // "table.column row N", "table.column", "table", or empty.
    static QString whereText(const ReviewFinding &finding);
    // > 0 when the finding is the reviewer's summary of N findings not listed one by one: N.
    static qint64 repeatCount(const ReviewFinding &finding);
    static QString severityText(ReviewFinding::Severity severity);
    // After a language change: headers and severity words are translated again.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void triageChanged();

private:
    QString cellText(int row, int column) const;

    QVector<ReviewFinding> m_findings;
    QVector<FindingLocation> m_locations;
    QVector<Repeat> m_repeats;
    QVector<Triage> m_triage;
    QVector<Triage> m_initialTriage;
    QVector<QString> m_keys;
    QSet<QString> m_repeatedTexts; // question texts shared by questions with different labels
};

} // namespace iv
