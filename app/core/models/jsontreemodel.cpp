// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontreemodel.h"

#include "decode/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sockscope {

struct JsonTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    QString key; // member name, "[3]" for an element, empty for the root
    QString path;
    QJsonValue value;
    qsizetype omitted = -1; // ≥ 0: the "… more" row standing for that many further children
    bool built = false;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return JsonTreeModel::tr("object");
    case QJsonValue::Array:
        return JsonTreeModel::tr("array");
    case QJsonValue::String:
        return JsonTreeModel::tr("string");
    case QJsonValue::Double:
        return JsonTreeModel::tr("number");
    case QJsonValue::Bool:
        return JsonTreeModel::tr("boolean");
    case QJsonValue::Null:
        return JsonTreeModel::tr("null");
    default:
        return {};
    }
}

// What the value column shows: scalars as JSON, containers by their size.
QString valueSummary(const QJsonValue &value)
{
    if (value.isObject())
        return JsonTreeModel::tr("{%n member(s)}", nullptr, int(value.toObject().size()));
    if (value.isArray())
        return JsonTreeModel::tr("[%n element(s)]", nullptr, int(value.toArray().size()));
    return JsonText::compactValue(value);
}

} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent) : QAbstractItemModel(parent) { }

JsonTreeModel::~JsonTreeModel() = default;

bool JsonTreeModel::setJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    beginResetModel();
    m_root.reset();
    if (error.error == QJsonParseError::NoError && (document.isObject() || document.isArray())) {
        m_root = std::make_unique<Node>();
        m_root->path = QStringLiteral("$");
        m_root->value = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    }
    endResetModel();
    return m_root != nullptr;
}

void JsonTreeModel::clear()
{
    beginResetModel();
    m_root.reset();
    endResetModel();
}

QString JsonTreeModel::childPath(const QString &parentPath, const QString &key)
{
    return JsonText::memberPath(parentPath, key);
}

QString JsonTreeModel::childPath(const QString &parentPath, qsizetype arrayIndex)
{
    return parentPath + QStringLiteral("[%1]").arg(arrayIndex);
}

// Children are made on first demand, at most kMaxChildren of them.
void JsonTreeModel::buildChildren(Node &node)
{
    if (node.built)
        return;
    node.built = true;
    auto add = [&node](const QString &key, const QString &path, const QJsonValue &value) {
        auto child = std::make_unique<Node>();
        child->parent = &node;
        child->row = int(node.children.size());
        child->key = key;
        child->path = path;
        child->value = value;
        node.children.push_back(std::move(child));
    };
    qsizetype total = 0;
    if (node.value.isObject()) {
        const QJsonObject object = node.value.toObject();
        total = object.size();
        for (auto it = object.begin(); it != object.end() && qsizetype(node.children.size()) < kMaxChildren; ++it)
            add(it.key(), childPath(node.path, it.key()), it.value());
    } else if (node.value.isArray()) {
        const QJsonArray array = node.value.toArray();
        total = array.size();
        for (qsizetype i = 0; i < std::min<qsizetype>(total, kMaxChildren); ++i)
            add(QStringLiteral("[%1]").arg(i), childPath(node.path, i), array.at(i));
    }
    if (total > kMaxChildren) {
        add(QString(), node.path, QJsonValue());
        node.children.back()->omitted = total - kMaxChildren;
    }
}

JsonTreeModel::Node *JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    Node *node = nodeOf(parent);
    if (!node || column < 0 || column >= ColumnCount || row < 0)
        return {};
    buildChildren(*node);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[std::size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!child.isValid() || !node || node->parent == m_root.get())
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    Node *node = nodeOf(parent);
    if (!node || (parent.isValid() && parent.column() != 0))
        return 0;
    buildChildren(*node);
    return int(node->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

// Answered without building: a collapsed node stays unbuilt.
bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (!node || (parent.isValid() && parent.column() != 0))
        return false;
    return (node->value.isObject() && !node->value.toObject().isEmpty())
            || (node->value.isArray() && !node->value.toArray().isEmpty());
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!index.isValid() || !node)
        return {};
    if (node->omitted >= 0) {
        return role == Qt::DisplayRole && index.column() == KeyColumn
                ? tr("… %n more not shown", nullptr, int(std::min<qsizetype>(node->omitted, INT_MAX)))
                : QVariant();
    }
    switch (role) {
    case PathRole:
        return node->path;
    case ValueTextRole:
        return node->value.isString() ? node->value.toString() : JsonText::compactValue(node->value);
    case Qt::ToolTipRole:
        return node->path;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case KeyColumn:
        return node->key;
    case ValueColumn:
        return valueSummary(node->value);
    case TypeColumn:
        return typeName(node->value);
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

} // namespace Sockscope
