// SPDX-License-Identifier: MIT
#include "findingsmodel.h"

#include <QRegularExpression>

namespace iv {

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

qint64 FindingsModel::repeatCount(const ReviewFinding &finding)
{
    // SnapshotReviewer summarises what it did not list in one finding per (code, table, column) with this
    // English message; the English text is stable whatever the UI language.
    static const QRegularExpression pattern(QStringLiteral("^(\\d+) more findings? like the above"));
    if (finding.row >= 0 || !finding.sample.isNull())
        return 0;
    const QRegularExpressionMatch m =
        pattern.match(finding.englishMessage.isNull() ? finding.message : finding.englishMessage);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

void FindingsModel::setFindings(const QVector<ReviewFinding> &findings,
                                const QVector<FindingLocation> &locations)
{
    beginResetModel();
    m_findings.clear();
    m_locations.clear();
    m_repeats.clear();
    for (int i = 0; i < findings.size(); ++i) {
        const ReviewFinding &f = findings.at(i);
        if (const qint64 n = repeatCount(f)) {
            m_repeats.append({f.code, f.table, f.column, n});
            continue;
        }
        m_findings.append(f);
        m_locations.append(locations.value(i));
    }
    endResetModel();
}

void FindingsModel::clear()
{
    beginResetModel();
    m_findings.clear();
    m_locations.clear();
    m_repeats.clear();
    endResetModel();
}

qint64 FindingsModel::repeatedCount() const
{
    qint64 n = 0;
    for (const Repeat &r : m_repeats)
        n += r.count;
    return n;
}

QStringList FindingsModel::codes() const
{
    QStringList out;
    for (const ReviewFinding &f : m_findings)
        if (!out.contains(f.code))
            out.append(f.code);
    out.sort();
    return out;
}

int FindingsModel::count(ReviewFinding::Severity severity) const
{
    int n = 0;
    for (const ReviewFinding &f : m_findings)
        n += f.severity == severity;
    return n;
}

QString FindingsModel::whereText(const ReviewFinding &f)
{
    QString where;
    if (!f.table.isNull())
        where = ReviewReport::visible(f.table);
    if (!f.column.isNull())
        where += QLatin1Char('.') + ReviewReport::visible(f.column);
    if (f.row >= 0)
        where += QLatin1Char(' ') + tr("row %1").arg(f.row);
    return where;
}

QString FindingsModel::severityText(ReviewFinding::Severity severity)
{
    return severity == ReviewFinding::Severity::Error ? tr("error") : tr("warning");
}

QString FindingsModel::cellText(int row, int column) const
{
    const ReviewFinding &f = m_findings.at(row);
    const FindingLocation loc = m_locations.value(row);
    switch (column) {
    case SeverityColumn:
        return severityText(f.severity);
    case KindColumn:
        return f.code;
    case AppColumn:
        return ReviewReport::visible(loc.appName);
    case QuestionColumn:
        return ReviewReport::visible(loc.questionText);
    case WhereColumn:
        return whereText(f);
    case SampleColumn:
        return ReviewReport::visible(f.sample);
    case MessageColumn:
        return ReviewReport::visible(f.message);
    default:
        return {};
    }
}

QString FindingsModel::rowText(int row) const
{
    if (row < 0 || row >= m_findings.size())
        return {};
    QStringList parts;
    for (int c = 0; c < ColumnCount; ++c) {
        const QString text = cellText(row, c);
        if (!text.isEmpty())
            parts << text;
    }
    return parts.join(QStringLiteral(" — "));
}

void FindingsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_findings.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const ReviewFinding &f = m_findings.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cellText(row, index.column());
    case int(Role::Sort):
        if (index.column() == SeverityColumn) // errors first in ascending order
            return f.severity == ReviewFinding::Severity::Error ? 0 : 1;
        if (index.column() == WhereColumn)
            return QStringLiteral("%1\x1f%2\x1f%3")
                .arg(f.table, f.column)
                .arg(f.row, 20, 10, QLatin1Char('0'));
        return cellText(row, index.column());
    case int(Role::Severity):
        return f.severityId();
    case int(Role::Code):
        return f.code;
    case int(Role::FindingIndex):
        return row;
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == SampleColumn)
        return tr("A masked sample: the full value never leaves the scan");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case KindColumn:
        return tr("Kind");
    case AppColumn:
        return tr("App");
    case QuestionColumn:
        return tr("Question");
    case WhereColumn:
        return tr("Where");
    case SampleColumn:
        return tr("Sample");
    case MessageColumn:
        return tr("Finding");
    default:
        return {};
    }
}

} // namespace iv
