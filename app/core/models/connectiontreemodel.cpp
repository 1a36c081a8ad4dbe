// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontreemodel.h"

#include "protocol/closecode.h"

#include <QLocale>

#include <algorithm>

namespace Sockscope {

ConnectionTreeModel::ConnectionTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_refresh.setInterval(kRefreshMs);
    m_refresh.setSingleShot(true);
    connect(&m_refresh, &QTimer::timeout, this, &ConnectionTreeModel::emitCountersChanged);
}

// One signal per list of siblings whose counters moved, spanning the rows that did: a view does
// its work once per signal (one per node made 1 000 full relayouts per refresh for a server
// with 1 000 live peers, seconds of frozen window).
void ConnectionTreeModel::emitCountersChanged()
{
    auto emitFor = [this](const std::vector<int> &siblings, const QModelIndex &parent) {
        int first = -1;
        int last = -1;
        for (std::size_t row = 0; row < siblings.size(); ++row) {
            Node &node = m_nodes[std::size_t(siblings[row])];
            if (!std::exchange(node.countersChanged, false))
                continue;
            first = first < 0 ? int(row) : first;
            last = int(row);
        }
        if (first >= 0)
            Q_EMIT dataChanged(index(first, FramesInColumn, parent), index(last, BytesColumn, parent));
    };
    emitFor(m_topLevel, {});
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        if (!m_nodes[i].children.empty())
            emitFor(m_nodes[i].children, indexOfNode(int(i)));
    }
}

namespace {

// "416 B", "12.3 KiB": short enough for a narrow column.
QString compactSize(quint64 bytes)
{
    if (bytes < 1024)
        return ConnectionTreeModel::tr("%1 B").arg(bytes);
    return QLocale().formattedDataSize(qint64(bytes), 1);
}

} // namespace

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
    case RecordedRole:
        return node.recorded;
    case Qt::ToolTipRole:
        return toolTip(node);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return node.label;
    case StateColumn:
        return stateText(node);
    case FramesInColumn:
        return node.framesIn;
    case FramesOutColumn:
        return node.framesOut;
    case BytesColumn:
        return counterText(BytesColumn, node.bytes);
    default:
        return {};
    }
}

QVariant ConnectionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Connection");
    case StateColumn:
        return tr("State");
    case FramesInColumn:
        return tr("In");
    case FramesOutColumn:
        return tr("Out");
    case BytesColumn:
        return tr("Bytes");
    default:
        return {};
    }
}

int ConnectionTreeModel::addNode(quint64 id, int parent, NodeKind kind, State state, const QString &label)
{
    const std::vector<int> &siblings = parent < 0 ? m_topLevel : m_nodes[std::size_t(parent)].children;
    const int row = int(siblings.size());
    beginInsertRows(parent < 0 ? QModelIndex() : indexOfNode(parent), row, row);
    const int node = insertNode(id, parent, kind, state, label);
    endInsertRows();
    return node;
}

int ConnectionTreeModel::insertNode(quint64 id, int parent, NodeKind kind, State state, const QString &label)
{
    const int node = int(m_nodes.size());
    Node n;
    n.id = id;
    n.parent = parent;
    n.kind = kind;
    n.state = state;
    n.label = label;
    m_nodes.push_back(n);
    // Look the siblings up after push_back: a parent's children live inside m_nodes.
    (parent < 0 ? m_topLevel : m_nodes[std::size_t(parent)].children).push_back(node);
    m_byId.insert(id, node);
    return node;
}

// A reconnect: what the previous attempt ended with no longer describes the connection.
void ConnectionTreeModel::startAttempt(int node)
{
    Node &n = m_nodes[std::size_t(node)];
    n.closeCode = 0;
    n.closeReason.clear();
    setState(node, State::Connecting, QString());
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
            addNode(event.connectionId, server, server < 0 ? NodeKind::Client : NodeKind::Peer, State::Connecting,
                    event.text);
        return;
    }
    case Event::Kind::Connecting:
        if (node < 0) // a proxy's upstream leg goes under the client leg it serves
            addNode(event.connectionId, event.pairedId ? m_byId.value(event.pairedId, -1) : -1, NodeKind::Client, State::Connecting,
                    event.text);
        else
            startAttempt(node);
        return;
    default:
        break;
    }
    if (node < 0)
        return;
    Node &n = m_nodes[std::size_t(node)];
    n.firstNs = n.firstNs ? n.firstNs : event.timestampNs;
    n.lastNs = std::max(n.lastNs, event.timestampNs);
    switch (event.kind) {
    case Event::Kind::Opened:
        n.subprotocol = event.text;
        n.timings = event.timings;
        setState(node, State::Open, event.text.isEmpty() ? QString() : tr("subprotocol %1").arg(event.text));
        break;
    case Event::Kind::Closed:
        n.closeCode = event.closeCode;
        n.closeReason = event.text;
        setState(node, State::Closed, QString());
        break;
    case Event::Kind::Failed:
        setState(node, State::Failed, event.text);
        break;
    case Event::Kind::Stopped:
        setState(node, State::Stopped, QString());
        break;
    case Event::Kind::Frame:
        countFrame(node, event.direction, event.frame.wireSize());
        if (!m_refresh.isActive())
            m_refresh.start();
        break;
    default:
        break;
    }
}

// Compact, for a narrow column; the tooltip has the whole story.
QString ConnectionTreeModel::stateText(const Node &node) const
{
    switch (node.state) {
    case State::Connecting:
        return tr("connecting");
    case State::Open:
        return tr("open");
    case State::Closed:
        return node.closeCode ? tr("closed %1").arg(node.closeCode) : tr("closed");
    case State::Failed:
        return tr("failed");
    case State::Listening:
        return tr("listening");
    case State::Stopped:
        return tr("stopped");
    case State::Ended:
        return tr("ended");
    }
    return {};
}

QString ConnectionTreeModel::toolTip(const Node &node) const
{
    QStringList lines{node.label};
    QString state = stateText(node);
    if (node.state == State::Closed && node.closeCode)
        state = tr("closed with %1 %2").arg(node.closeCode).arg(closeCodeDisplayName(node.closeCode));
    else if (node.state == State::Ended)
        state = tr("ended with the recording (no close was recorded)");
    lines.append(tr("State: %1").arg(state));
    if (!node.closeReason.isEmpty())
        lines.append(tr("Reason: %1").arg(node.closeReason));
    if (!node.detail.isEmpty())
        lines.append(node.detail);
    if (!node.subprotocol.isEmpty())
        lines.append(tr("Subprotocol: %1").arg(node.subprotocol));
    lines.append(tr("Frames: %1 in, %2 out; %3 on the wire")
                         .arg(node.framesIn)
                         .arg(node.framesOut)
                         .arg(QLocale().formattedDataSize(qint64(node.bytes))));
    const ConnectionTimings &t = node.timings;
    if (t.upgradeUs >= 0)
        lines.append(tr("Timings: DNS %1 µs, TCP %2 µs, TLS %3 µs, upgrade %4 µs")
                             .arg(t.dnsUs)
                             .arg(t.tcpConnectUs)
                             .arg(t.tlsUs)
                             .arg(t.upgradeUs));
    if (node.lastNs > node.firstNs && node.firstNs > 0)
        lines.append(tr("Duration: %1 s").arg(double(node.lastNs - node.firstNs) / 1e9, 0, 'f', 3));
    if (node.recorded)
        lines.append(tr("Recorded: read from the opened capture"));
    return lines.join(QLatin1Char('\n'));
}

void ConnectionTreeModel::countFrame(int node, Direction direction, quint64 wireBytes)
{
    Node &n = m_nodes[std::size_t(node)];
    (direction == Direction::Incoming ? n.framesIn : n.framesOut) += 1;
    n.bytes += wireBytes;
    n.countersChanged = true;
    const Node *widest = &n;
    if (n.parent >= 0) {
        Node &server = m_nodes[std::size_t(n.parent)];
        (direction == Direction::Incoming ? server.framesIn : server.framesOut) += 1;
        server.bytes += wireBytes;
        server.countersChanged = true;
        widest = &server; // its counts include this row's
    }
    m_peakIn = std::max(m_peakIn, widest->framesIn);
    m_peakOut = std::max(m_peakOut, widest->framesOut);
    m_peakBytes = std::max(m_peakBytes, widest->bytes);
}

int ConnectionTreeModel::activeCount() const
{
    return int(std::count_if(m_nodes.begin(), m_nodes.end(), [](const Node &n) {
        return !n.recorded && (n.state == State::Open || n.state == State::Listening);
    }));
}

namespace {

// A stored frame's size on the wire, from its payload length and mask bit alone.
quint64 wireSizeOf(const LogRecord &record)
{
    const quint64 extended = record.length <= kMaxControlPayload ? 0 : record.length <= 0xFFFF ? 2 : 8;
    return 2 + extended + ((record.flags & FrameMasked) ? 4 : 0) + record.length;
}

ConnectionTreeModel::NodeKind kindOf(const ConnectionInfo &c)
{
    if (c.role == QLatin1String("listener"))
        return ConnectionTreeModel::NodeKind::Server;
    return c.role == QLatin1String("server") ? ConnectionTreeModel::NodeKind::Peer
                                             : ConnectionTreeModel::NodeKind::Client;
}

} // namespace

void ConnectionTreeModel::loadRecorded(const QList<ConnectionInfo> &connections, const std::vector<LogRecord> &records)
{
    beginResetModel();
    m_nodes.clear();
    m_topLevel.clear();
    m_byId.clear();
    m_peakIn = m_peakOut = m_peakBytes = 0;
    quint64 highestId = 0;
    for (const ConnectionInfo &c : connections) {
        highestId = std::max(highestId, c.id);
        const NodeKind kind = kindOf(c);
        const int parent = kind == NodeKind::Peer ? m_byId.value(c.serverId, -1) : c.pairedId ? m_byId.value(c.pairedId, -1) : -1;
        const int node = insertNode(c.id, parent, parent < 0 && kind == NodeKind::Peer ? NodeKind::Client : kind,
                                    kind == NodeKind::Server ? State::Listening : State::Open,
                                    kind == NodeKind::Peer ? c.peerAddress : c.url);
        Node &n = m_nodes[std::size_t(node)];
        n.recorded = true;
        n.subprotocol = c.subprotocol;
        n.timings = c.timings;
        n.firstNs = c.openedNs;
        n.lastNs = std::max(c.openedNs, c.closedNs);
        n.closeCode = quint16(c.closeCode);
        n.closeReason = c.closeReason;
        if (c.closeCode)
            n.state = State::Closed;
    }
    // Live connections opened in the same window must never take a recorded id.
    reserveConnectionIds(highestId);
    for (const LogRecord &record : records)
        applyRecordedRecord(record);
    for (Node &n : m_nodes) {
        if (n.state == State::Open || n.state == State::Listening || n.state == State::Connecting)
            n.state = State::Ended;
    }
    endResetModel();
}

void ConnectionTreeModel::applyRecordedRecord(const LogRecord &record)
{
    const int node = m_byId.value(record.connectionId, -1);
    if (node < 0)
        return;
    Node &n = m_nodes[std::size_t(node)];
    n.firstNs = n.firstNs > 0 ? std::min(n.firstNs, record.timestampNs) : record.timestampNs;
    n.lastNs = std::max(n.lastNs, record.timestampNs);
    switch (record.kind) {
    case Event::Kind::Frame:
        countFrame(node, record.direction, wireSizeOf(record));
        break;
    case Event::Kind::Closed:
        n.state = State::Closed;
        n.closeCode = record.code;
        break;
    case Event::Kind::Failed:
        n.state = State::Failed;
        break;
    case Event::Kind::Stopped:
        n.state = State::Stopped;
        break;
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
    m_peakIn = m_peakOut = m_peakBytes = 0;
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

quint64 ConnectionTreeModel::counterPeak(int column) const
{
    return column == FramesInColumn ? m_peakIn : column == FramesOutColumn ? m_peakOut : m_peakBytes;
}

QString ConnectionTreeModel::counterText(int column, quint64 value)
{
    // Frame counts as the view's delegate shows a number (in the locale), sizes compact.
    return column == BytesColumn ? compactSize(value) : QLocale().toString(value);
}

quint64 ConnectionTreeModel::clientLegOf(quint64 connectionId) const
{
    // Clients of our own are top level; one with a parent is nested under the leg it serves.
    const int node = m_byId.value(connectionId, -1);
    if (node < 0 || m_nodes[std::size_t(node)].kind != NodeKind::Client || m_nodes[std::size_t(node)].parent < 0)
        return 0;
    return m_nodes[std::size_t(m_nodes[std::size_t(node)].parent)].id;
}

} // namespace Sockscope
