// SPDX-License-Identifier: MIT
#include "findingsmodel.h"

#include "findinghelp.h"

#include <algorithm>

namespace iv {

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

qint64 FindingsModel::repeatCount(const ReviewFinding &finding)
{
    // The reviewer's summary of findings it did not list one by one carries their count in a field of its
    // own; its message (in any language) is never parsed.
    return std::max<qint64>(0, finding.unlisted);
}

void FindingsModel::setFindings(const QVector<ReviewFinding> &findings,
                                const QVector<FindingLocation> &locations)
{
    beginResetModel();
    m_findings.clear();
    m_locations.clear();
    m_repeats.clear();
    m_triage.clear();
    m_initialTriage.clear();
    m_keys.clear();
    for (int i = 0; i < findings.size(); ++i) {
        const ReviewFinding &f = findings.at(i);
        if (const qint64 n = repeatCount(f)) {
            m_repeats.append({f.code, f.table, f.column, n});
            continue;
        }
        m_findings.append(f);
        m_locations.append(locations.value(i));
        m_keys.append(Triage::key(f));
        m_triage.append(f.isAcknowledged() ? Triage{Triage::State::Accepted, tr("acknowledged by the policy")}
                                       : Triage{});
        m_initialTriage.append(m_triage.last());
    }
    m_repeatedTexts.clear();
    QHash<QString, QString> labelOfText;
    for (const FindingLocation &loc : std::as_const(m_locations)) {
        if (loc.questionText.isEmpty())
            continue;
        const auto it = labelOfText.constFind(loc.questionText);
        if (it == labelOfText.cend())
            labelOfText.insert(loc.questionText, loc.questionLabel);
        else if (it.value() != loc.questionLabel)
            m_repeatedTexts.insert(loc.questionText);
    }
    endResetModel();
}

void FindingsModel::setTriage(const QVector<int> &rows, const Triage &triage)
{
    bool changed = false;
    for (int row : rows) {
        if (row < 0 || row >= m_triage.size() || m_triage.at(row) == triage)
            continue;
        m_triage[row] = triage;
        changed = true;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (changed)
        emit triageChanged();
}

QHash<QString, Triage> FindingsModel::triageByKey(bool changedOnly) const
{
    QHash<QString, Triage> out;
    for (int i = 0; i < m_keys.size(); ++i)
        if (!changedOnly || m_triage.at(i) != m_initialTriage.at(i))
            out.insert(m_keys.at(i), m_triage.at(i));
    return out;
}

void FindingsModel::applyTriage(const QHash<QString, Triage> &byKey)
{
    bool changed = false;
    for (int i = 0; i < m_keys.size(); ++i) {
        const auto it = byKey.constFind(m_keys.at(i));
        if (it == byKey.cend() || it.value() == m_triage.at(i))
            continue;
        m_triage[i] = it.value();
        changed = true;
    }
    if (changed) {
        if (!m_findings.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        emit triageChanged();
    }
}

int FindingsModel::count(Triage::State state) const
{
    return int(std::count_if(m_triage.cbegin(), m_triage.cend(),
                             [state](const Triage &t) { return t.state == state; }));
}

void FindingsModel::clear()
{
    beginResetModel();
    m_findings.clear();
    m_locations.clear();
    m_repeats.clear();
    m_triage.clear();
    m_initialTriage.clear();
    m_keys.clear();
    m_repeatedTexts.clear();
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

QMap<QString, int> FindingsModel::countsBy(int column) const
{
    QMap<QString, int> out;
    for (int row = 0; row < m_findings.size(); ++row)
        ++out[cellText(row, column)];
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
        return m_repeatedTexts.contains(loc.questionText) && !loc.questionLabel.isEmpty()
                   ? tr("%1 (%2)").arg(ReviewReport::visible(loc.questionText),
                                       ReviewReport::visible(loc.questionLabel))
                   : ReviewReport::visible(loc.questionText);
    case WhereColumn:
        return whereText(f);
    case SampleColumn:
        return ReviewReport::visible(f.sample);
    case StateColumn: {
        const Triage &t = m_triage.at(row);
        return t.reason.isEmpty()
                   ? Triage::stateText(t.state)
                   : tr("%1: %2").arg(Triage::stateText(t.state), ReviewReport::visible(t.reason));
    }
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

Qt::ItemFlags FindingsModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
                           : Qt::NoItemFlags;
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
    case Qt::ToolTipRole:
        if (index.column() == KindColumn)
            return FindingHelp::forCode(f.code).text();
        return cellText(row, index.column());
    case Qt::DisplayRole:
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
    case int(Role::State):
        return Triage::stateId(m_triage.at(row).state);
    case int(Role::Key):
        return m_keys.at(row);
    case int(Role::GroupKey): {
        const FindingLocation loc = m_locations.value(row);
        return loc.hasQuestion() ? loc.appUuid + QLatin1Char('\x1f') + QString::number(int(loc.kind)) +
                                       QLatin1Char('\x1f') + loc.questionLabel
                                 : QStringLiteral("\x1etable\x1f") + f.table;
    }
    case int(Role::Group):
        return false;
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
    case StateColumn:
        return tr("State");
    case MessageColumn:
        return tr("Finding");
    default:
        return {};
    }
}

} // namespace iv
