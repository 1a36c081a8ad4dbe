// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/connectiontreemodel.h"

#include <QTreeView>

class QMenu;

namespace Sockscope {

// The connection manager's tree (UI-1) with its context actions. It only emits requests;
// the main window carries them out on the workspace.
class ConnectionsView : public QTreeView
{
    Q_OBJECT

public:
    explicit ConnectionsView(QWidget *parent = nullptr);

    void setTreeModel(ConnectionTreeModel *model);
    // The connection id of the selected node, 0 if none.
    quint64 currentConnection() const;
    // The context actions of one node (what right-clicking it offers).
    void fillContextMenu(QMenu &menu, const QModelIndex &index);

Q_SIGNALS:
    void currentConnectionChanged(quint64 connectionId);
    // The model changed in a way that may have changed the current entry's state.
    void currentStateChanged();
    void reconnectRequested(quint64 connectionId);
    void disconnectRequested(quint64 connectionId);
    void duplicateRequested(quint64 connectionId);
    void closeWithCodeRequested(quint64 connectionId);
    void stopServerRequested(quint64 serverId);
    // Serve the recorded server side of this client or peer connection to new clients (CAP-5).
    void serveAsMockServerRequested(quint64 connectionId);
    // Replay this connection's client messages against a server, with the diff (CAP-4).
    void replayRequested(quint64 connectionId);

private:
    void showContextMenu(const QPoint &position);
    void scheduleCounterFit(); // once per turn of the event loop, however many rows changed
    void fitCounterColumns();
    void addRecordedActions(QMenu &menu, quint64 id, ConnectionTreeModel::NodeKind kind);
    void addReplayActions(QMenu &menu, quint64 id);

    bool m_counterFitPending = false;
};

} // namespace Sockscope
