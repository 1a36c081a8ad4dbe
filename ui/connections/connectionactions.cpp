// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionactions.h"

#include "connectionsview.h"
#include "models/connectiontreemodel.h"

#include <QAction>
#include <QToolBar>
#include <QVBoxLayout>

namespace Sockscope {

ConnectionActions::ConnectionActions(ConnectionsView *view) : QObject(view), m_view(view)
{
    m_connect = createAction(tr("C&onnect"), QStringLiteral("connectAction"), &ConnectionsView::reconnectRequested);
    m_reconnect =
            createAction(tr("&Reconnect"), QStringLiteral("reconnectAction"), &ConnectionsView::reconnectRequested);
    m_reconnect->setShortcut(QKeySequence(tr("Ctrl+R")));
    m_disconnect =
            createAction(tr("&Disconnect"), QStringLiteral("disconnectAction"), &ConnectionsView::disconnectRequested);
    m_disconnect->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_duplicate =
            createAction(tr("D&uplicate"), QStringLiteral("duplicateAction"), &ConnectionsView::duplicateRequested);
    m_closeWithCode = createAction(tr("&Close with Code…"), QStringLiteral("closeWithCodeAction"),
                                   &ConnectionsView::closeWithCodeRequested);
    // The view's model and selection model come later and are replaced with it: listen to the view.
    connect(view, &ConnectionsView::currentConnectionChanged, this, &ConnectionActions::updateEnabled);
    connect(view, &ConnectionsView::currentStateChanged, this, &ConnectionActions::updateEnabled);
    updateEnabled();
}

QAction *ConnectionActions::createAction(const QString &text, const QString &objectName,
                                         void (ConnectionsView::*request)(quint64))
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    // The view, not this, is captured: GCC's UBSan (vptr) reported the member access through
    // `this->m_view->*request` in the ASan build as one within a wrong object.
    ConnectionsView *view = m_view;
    connect(action, &QAction::triggered, view, [view, request] { Q_EMIT(view->*request)(view->currentConnection()); });
    return action;
}

// What the entry's context menu offers, with the same rules: a live client connects when it is
// not open and reconnects when it is; an open client or peer can be disconnected or closed.
void ConnectionActions::updateEnabled()
{
    const QModelIndex current = m_view->currentIndex();
    const bool live = current.isValid() && !current.data(ConnectionTreeModel::RecordedRole).toBool();
    const auto kind = ConnectionTreeModel::NodeKind(current.data(ConnectionTreeModel::NodeKindRole).toInt());
    const auto state = ConnectionTreeModel::State(current.data(ConnectionTreeModel::StateRole).toInt());
    const bool client = live && kind == ConnectionTreeModel::NodeKind::Client;
    const bool open =
            live && kind != ConnectionTreeModel::NodeKind::Server && state == ConnectionTreeModel::State::Open;
    m_connect->setEnabled(client && state != ConnectionTreeModel::State::Open
                          && state != ConnectionTreeModel::State::Connecting);
    m_reconnect->setEnabled(client && state == ConnectionTreeModel::State::Open);
    m_disconnect->setEnabled(open);
    m_closeWithCode->setEnabled(open);
    m_duplicate->setEnabled(current.isValid() && kind == ConnectionTreeModel::NodeKind::Client);
}

QWidget *ConnectionActions::treeWithToolBar()
{
    auto *toolBar = new QToolBar(tr("Connection Toolbar"));
    toolBar->setObjectName(QStringLiteral("connectionToolBar"));
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addActions({m_connect, m_disconnect, m_reconnect, m_closeWithCode});
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(m_view);
    return pane;
}

} // namespace Sockscope
