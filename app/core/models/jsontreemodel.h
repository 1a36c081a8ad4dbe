// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <memory>
#include <vector>

namespace Sockscope {

// A JSON document as a tree (UI-5): key, value and type columns, each node's children made
// only when the view first asks for them, at most kMaxChildren per node (then one "… more" row),
// so a huge message costs what is expanded. Every node knows its path ("$.data.items[3].name").
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // QString, "$" for the root
        ValueTextRole,               // QString: a string's text, other values as compact JSON
    };
    static constexpr int kMaxChildren = 5000;

    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    // Shows `json` (an object or array); false, leaving the model empty, when it is not one.
    bool setJson(const QByteArray &json);
    void clear();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "$.data.items[3].name": member names that are not identifiers as ["name"].
    static QString childPath(const QString &parentPath, const QString &key);
    static QString childPath(const QString &parentPath, qsizetype arrayIndex);

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    static void buildChildren(Node &node);

    std::unique_ptr<Node> m_root; // "$": its children are the document's top-level rows
};

} // namespace Sockscope
