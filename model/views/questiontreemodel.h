// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue.h"

#include <QAbstractItemModel>

namespace iv {

// The tree on the left: one snapshot item (the dashboard), its apps by name in file order, and each app's
// questions in upstream's dashboard order (counters, gauges, timeseries, scatterplots, barcharts, hbarcharts,
// others). Holds a copy of the catalogue; never touches the file. GUI thread only.
class QuestionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionTreeModel)

public:
    enum class NodeType : int { Snapshot, App, Question };
    enum class Role : int {
        Node = Qt::UserRole + 1, // NodeType
        Kind,                    // MetricKind of a question
        AppUuid,
        Label,                   // a question's label
        SearchText,              // question, label, description and app name, for the filter
    };

    explicit QuestionTreeModel(QObject *parent = nullptr);

    void setCatalogue(const Catalogue &catalogue);
    void clear();
    const Catalogue &catalogue() const { return m_catalogue; }

    // nullptr when index is not of that node type.
    const Question *questionAt(const QModelIndex &index) const;
    const App *appAt(const QModelIndex &index) const;
    NodeType nodeType(const QModelIndex &index) const;
    QModelIndex snapshotIndex() const;
    QModelIndex indexOf(MetricKind kind, const QString &label) const;
    QModelIndex indexOfApp(const QString &uuid) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString iconPath(MetricKind kind);

private:
    Catalogue m_catalogue;
    bool m_loaded = false;
};

// A tooltip that Qt renders as the literal text: strings from a file are data, never markup.
QString plainToolTip(const QString &text);

} // namespace iv
