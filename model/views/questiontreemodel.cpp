// SPDX-License-Identifier: MIT
#include "questiontreemodel.h"

#include "textbudget.h"

#include <QFileInfo>
#include <QIcon>

namespace iv {

// internalId encodes the parent: 0 = the snapshot item itself (no parent), 1 = an app (parent: snapshot),
// n >= 2 = a question of app n - 2.
namespace {
constexpr quintptr kSnapshotId = 0;
constexpr quintptr kAppId = 1;
constexpr quintptr kFirstQuestionId = 2;
} // namespace

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return QString();
    return QStringLiteral("<qt style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() + QStringLiteral("</qt>");
}

QuestionTreeModel::QuestionTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void QuestionTreeModel::setCatalogue(const Catalogue &catalogue)
{
    beginResetModel();
    m_catalogue = catalogue;
    m_loaded = true;
    endResetModel();
}

void QuestionTreeModel::clear()
{
    beginResetModel();
    m_catalogue = Catalogue();
    m_loaded = false;
    endResetModel();
}

QuestionTreeModel::NodeType QuestionTreeModel::nodeType(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kSnapshotId)
        return NodeType::Snapshot;
    return index.internalId() == kAppId ? NodeType::App : NodeType::Question;
}

const Question *QuestionTreeModel::questionAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() < kFirstQuestionId)
        return nullptr;
    const App &app = m_catalogue.apps.at(static_cast<int>(index.internalId() - kFirstQuestionId));
    return &app.questions.at(index.row());
}

const App *QuestionTreeModel::appAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() != kAppId)
        return nullptr;
    return &m_catalogue.apps.at(index.row());
}

QModelIndex QuestionTreeModel::snapshotIndex() const
{
    return m_loaded ? createIndex(0, 0, kSnapshotId) : QModelIndex();
}

QModelIndex QuestionTreeModel::indexOf(MetricKind kind, const QString &label) const
{
    for (int a = 0; a < m_catalogue.apps.size(); ++a) {
        const App &app = m_catalogue.apps.at(a);
        for (int q = 0; q < app.questions.size(); ++q)
            if (app.questions.at(q).kind == kind && app.questions.at(q).label == label)
                return createIndex(q, 0, kFirstQuestionId + a);
    }
    return QModelIndex();
}

QModelIndex QuestionTreeModel::indexOfApp(const QString &uuid) const
{
    for (int a = 0; a < m_catalogue.apps.size(); ++a)
        if (m_catalogue.apps.at(a).uuid == uuid)
            return createIndex(a, 0, kAppId);
    return QModelIndex();
}

QModelIndex QuestionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    if (!parent.isValid())
        return createIndex(row, column, kSnapshotId);
    if (parent.internalId() == kSnapshotId)
        return createIndex(row, column, kAppId);
    if (parent.internalId() == kAppId)
        return createIndex(row, column, kFirstQuestionId + static_cast<quintptr>(parent.row()));
    return QModelIndex();
}

QModelIndex QuestionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSnapshotId)
        return QModelIndex();
    if (child.internalId() == kAppId)
        return createIndex(0, 0, kSnapshotId);
    return createIndex(static_cast<int>(child.internalId() - kFirstQuestionId), 0, kAppId);
}

int QuestionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return m_loaded ? 1 : 0;
    if (parent.internalId() == kSnapshotId)
        return static_cast<int>(m_catalogue.apps.size());
    if (parent.internalId() == kAppId)
        return static_cast<int>(m_catalogue.apps.at(parent.row()).questions.size());
    return 0;
}

int QuestionTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags QuestionTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeType(index) == NodeType::Question)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QString QuestionTreeModel::iconPath(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Histogram:
        return QStringLiteral(":/icons/barchart.svg");
    case MetricKind::Unknown:
        return QStringLiteral(":/icons/unknown.svg");
    default:
        return QStringLiteral(":/icons/%1.svg").arg(kindId(kind));
    }
}

QVariant QuestionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    switch (nodeType(index)) {
    case NodeType::Snapshot:
        switch (role) {
        case Qt::DisplayRole:
            return QFileInfo(m_catalogue.filePath).fileName();
        case Qt::ToolTipRole:
            return plainToolTip(m_catalogue.filePath);
        case Qt::DecorationRole:
            return QIcon(QStringLiteral(":/icons/snapshot.svg"));
        case int(Role::Node):
            return int(NodeType::Snapshot);
        default:
            return QVariant();
        }
    case NodeType::App: {
        const App &app = m_catalogue.apps.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case int(Role::SearchText):
            return app.name();
        case Qt::ToolTipRole:
            return plainToolTip(app.module);
        case Qt::DecorationRole:
            return QIcon(QStringLiteral(":/icons/app.svg"));
        case int(Role::Node):
            return int(NodeType::App);
        case int(Role::AppUuid):
            return app.uuid;
        default:
            return QVariant();
        }
    }
    case NodeType::Question: {
        const Question *q = questionAt(index);
        switch (role) {
        case Qt::DisplayRole: // within a budget: the view elides a 1 MB question on every paint
            return TextBudget::elide(q->displayText(), TextBudget::kTitleChars);
        case Qt::ToolTipRole:
            return plainToolTip(q->desc.isEmpty() ? q->label : q->desc);
        case Qt::DecorationRole:
            return QIcon(iconPath(q->kind));
        case int(Role::Node):
            return int(NodeType::Question);
        case int(Role::Kind):
            return int(q->kind);
        case int(Role::AppUuid):
            return q->appUuid;
        case int(Role::Label):
            return q->label;
        case int(Role::SearchText): {
            const App &app = m_catalogue.apps.at(static_cast<int>(index.internalId() - kFirstQuestionId));
            return QStringList{q->question, q->label, q->desc, app.name()}.join(QLatin1Char('\n'));
        }
        default:
            return QVariant();
        }
    }
    }
    return QVariant();
}

} // namespace iv
