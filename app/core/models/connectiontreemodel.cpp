// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontreemodel.h"

#include "protocol/closecode.h"

#include <QLocale>

namespace Sockscope {

ConnectionTreeModel::ConnectionTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_refresh.setInterval(kRefreshMs);
    m_refresh.setSingleShot(true);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        for (std::size_t i = 0; i < m_nodes.size(); ++i)
            Q_EMIT dataChanged(indexOfNode(int(i), FramesInColumn), indexOfNode(int(i), BytesColumn));
    });
}

QModelIndex ConnectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const std::vector<int> &siblings = parent.isValid() ? m_nodes[parent.internalId()].children : m_topLevel;
    if (std::size_t(row) >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings[std::size_t(row)]));
}

QModelIndex ConnectionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes[child.internalId()].parent;
    return parentNode < 0 ? QModelIndex() : indexOfNode(parentNode);
}

QModelIndex ConnectionTreeModel::indexOfNode(int node, int column) const
{
    const int parentNode = m_nodes[std::size_t(node)].parent;
    const std::vector<int> &siblings = parentNode < 0 ? m_topLevel : m_nodes[std::size_t(parentNode)].children;
    const auto row = std::find(siblings.begin(), siblings.end(), node) - siblings.begin();
    return createIndex(int(row), column, quintptr(node));
}

int ConnectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(parent.isValid() ? m_nodes[parent.internalId()].children.size() : m_topLevel.size());
}

int ConnectionTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ConnectionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &node = m_nodes[index.internalId()];
    switch (role) {
    case ConnectionIdRole:
        return node.id;
    case NodeKindRole:
        return int(node.kind);
    case StateRole:
        return int(node.state);
    case Qt::ToolTipRole:
        return node.detail.isEmpty() ? node.label : node.label + QLatin1Char('\n') + node.detail;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return node.label;
    case StateColumn:
        switch (node.state) {
        case State::Connecting: return tr("connecting");
        case State::Open: return tr("open");
        case State::Closed: return node.detail.isEmpty() ? tr("closed") : tr("closed (%1)").arg(node.detail);
        case State::Failed: return tr("failed");
        case State::Listening: return tr("listening");
        case State::Stopped: return tr("stopped");
        }
        return {};
    case FramesInColumn:
        return node.framesIn;
    case FramesOutColumn:
        return node.framesOut;
    case BytesColumn:
        return QLocale().formattedDataSize(qint64(node.bytes));
    default:
        return {};
    }
}

QVariant ConnectionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Connection");
    case StateColumn: return tr("State");
    case FramesInColumn: return tr("In");
    case FramesOutColumn: return tr("Out");
    case BytesColumn: return tr("Bytes");
    default: return {};
    }
}

int ConnectionTreeModel::addNode(quint64 id, int parent, NodeKind kind, State state, const QString &label)
{
    const int node = int(m_nodes.size());
    std::vector<int> &siblings = parent < 0 ? m_topLevel : m_nodes[std::size_t(parent)].children;
    const int row = int(siblings.size());
    beginInsertRows(parent < 0 ? QModelIndex() : indexOfNode(parent), row, row);
    Node n;
    n.id = id;
    n.parent = parent;
    n.kind = kind;
    n.state = state;
    n.label = label;
    m_nodes.push_back(n);
    // `siblings` may dangle after push_back when it lives in m_nodes: look it up again.
    (parent < 0 ? m_topLevel : m_nodes[std::size_t(parent)].children).push_back(node);
    m_byId.insert(id, node);
    endInsertRows();
    return node;
}

void ConnectionTreeModel::setState(int node, State state, const QString &detail)
{
    m_nodes[std::size_t(node)].state = state;
    m_nodes[std::size_t(node)].detail = detail;
    Q_EMIT dataChanged(indexOfNode(node, NameColumn), indexOfNode(node, StateColumn));
}

void ConnectionTreeModel::handleEvent(const Event &event)
{
    const auto found = m_byId.constFind(event.connectionId);
    const int node = found == m_byId.constEnd() ? -1 : *found;
    switch (event.kind) {
    case Event::Kind::Listening:
        if (node < 0)
            addNode(event.connectionId, -1, NodeKind::Server, State::Listening,
                    event.detail + QStringLiteral("://") + event.text);
        return;
    case Event::Kind::PeerConnected: {
        const int server = m_byId.value(event.serverId, -1);
        if (node < 0)
            addNode(event.connectionId, server, server < 0 ? NodeKind::Client : NodeKind::Peer, State::Connecting, event.text);
        return;
    }
    case Event::Kind::Connecting:
        if (node < 0)
            addNode(event.connectionId, -1, NodeKind::Client, State::Connecting, event.text);
        else
            setState(node, State::Connecting, QString());
        return;
    default:
        break;
    }
    if (node < 0)
        return;
    switch (event.kind) {
    case Event::Kind::Opened:
        setState(node, State::Open, event.text.isEmpty() ? QString() : tr("subprotocol %1").arg(event.text));
        break;
    case Event::Kind::Closed:
        setState(node, State::Closed, QStringLiteral("%1 %2").arg(event.closeCode).arg(closeCodeDisplayName(event.closeCode)));
        break;
    case Event::Kind::Failed:
        setState(node, State::Failed, event.text);
        break;
    case Event::Kind::Stopped:
        setState(node, State::Stopped, QString());
        break;
    case Event::Kind::Frame: {
        Node &n = m_nodes[std::size_t(node)];
        (event.direction == Direction::Incoming ? n.framesIn : n.framesOut) += 1;
        n.bytes += event.frame.wireSize();
        if (n.parent >= 0) {
            Node &server = m_nodes[std::size_t(n.parent)];
            (event.direction == Direction::Incoming ? server.framesIn : server.framesOut) += 1;
            server.bytes += event.frame.wireSize();
        }
        if (!m_refresh.isActive())
            m_refresh.start();
        break;
    }
    default:
        break;
    }
}

void ConnectionTreeModel::clear()
{
    beginResetModel();
    m_nodes.clear();
    m_topLevel.clear();
    m_byId.clear();
    endResetModel();
}

QModelIndex ConnectionTreeModel::indexForConnection(quint64 connectionId) const
{
    const int node = m_byId.value(connectionId, -1);
    return node < 0 ? QModelIndex() : indexOfNode(node);
}

QString ConnectionTreeModel::label(quint64 connectionId) const
{
    const int node = m_byId.value(connectionId, -1);
    return node < 0 ? QString() : m_nodes[std::size_t(node)].label;
}

} // namespace Sockscope
