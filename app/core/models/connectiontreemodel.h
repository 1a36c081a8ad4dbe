// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capturereader.h"
#include "store/event.h"
#include "store/logrecord.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QTimer>

#include <vector>

namespace Sockscope {

// The connection manager's tree (UI-1): local servers with their peers as children, and
// client connections, with state and counters — built live from the event stream, or from an
// opened capture, whose connections show how they ended and what they exchanged.
// Counters change with every frame; they are repainted at most every kRefreshMs.
class ConnectionTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, FramesInColumn, FramesOutColumn, BytesColumn, ColumnCount };
    enum class NodeKind { Client, Server, Peer };
    Q_ENUM(NodeKind)
    // Ended: recorded connections that were still open when the recording stopped.
    enum class State { Connecting, Open, Closed, Failed, Listening, Stopped, Ended };
    Q_ENUM(State)
    enum Role {
        ConnectionIdRole = Qt::UserRole + 1, // quint64
        NodeKindRole,                        // int(NodeKind)
        StateRole,                           // int(State)
        RecordedRole,                        // bool: read from a capture, not live
    };

    static constexpr int kRefreshMs = 200;

    explicit ConnectionTreeModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void handleEvent(const Event &event);
    // Replaces the tree with a capture's connections, their final states and counters, taken
    // from the connection table and the frame log's records (no payloads needed). Connection
    // ids handed out afterwards are above the recorded ones.
    void loadRecorded(const QList<ConnectionInfo> &connections, const std::vector<LogRecord> &records);
    // Live connections and servers (not recorded, not ended).
    int activeCount() const;
    void clear();
    QModelIndex indexForConnection(quint64 connectionId) const;
    QString label(quint64 connectionId) const;
    // A proxy's upstream leg: the client leg it serves (its parent in the tree); else 0.
    quint64 clientLegOf(quint64 connectionId) const;
    // The largest value any row has in a counter column (In, Out, Bytes), so that a view can
    // size the column without reading every row.
    quint64 counterPeak(int column) const;
    // A counter as its column shows it.
    static QString counterText(int column, quint64 value);

private:
    struct Node
    {
        quint64 id = 0;
        int parent = -1; // node index, -1 for top level
        NodeKind kind = NodeKind::Client;
        State state = State::Connecting;
        bool recorded = false;
        QString label;
        QString detail;
        quint16 closeCode = 0;
        QString closeReason;
        QString subprotocol;
        ConnectionTimings timings;
        qint64 firstNs = 0;
        qint64 lastNs = 0;
        quint64 framesIn = 0;
        quint64 framesOut = 0;
        quint64 bytes = 0;
        bool countersChanged = false; // since the last refresh
        std::vector<int> children;
    };

    int addNode(quint64 id, int parent, NodeKind kind, State state, const QString &label);
    int insertNode(quint64 id, int parent, NodeKind kind, State state, const QString &label); // no signals
    QModelIndex indexOfNode(int node, int column = 0) const;
    void setState(int node, State state, const QString &detail);
    void startAttempt(int node);
    void countFrame(int node, Direction direction, quint64 wireBytes);
    void emitCountersChanged();
    void applyRecordedRecord(const LogRecord &record);
    QString stateText(const Node &node) const;
    QString toolTip(const Node &node) const;

    std::vector<Node> m_nodes;
    quint64 m_peakIn = 0;
    quint64 m_peakOut = 0;
    quint64 m_peakBytes = 0;
    std::vector<int> m_topLevel;
    QHash<quint64, int> m_byId;
    QTimer m_refresh;
};

} // namespace Sockscope
