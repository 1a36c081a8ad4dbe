// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QToolBar;
class QWidget;

namespace Sockscope {

class ConnectionsView;

// The commands on the current entry of the connection manager (UI-1): connect, reconnect,
// disconnect, duplicate, close with code. One set of actions serves the Connection menu and the
// toolbar over the tree; each goes through the view's request signals, as its context menu does,
// and is enabled only where it applies to the current entry.
class ConnectionActions : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionActions(ConnectionsView *view);

    QAction *connectAction() const { return m_connect; }
    QAction *reconnectAction() const { return m_reconnect; }
    QAction *disconnectAction() const { return m_disconnect; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *closeWithCodeAction() const { return m_closeWithCode; }

    // The tree under a toolbar with connect, disconnect, reconnect and close with code.
    QWidget *treeWithToolBar();

private:
    QAction *createAction(const QString &text, const QString &objectName, void (ConnectionsView::*request)(quint64));
    void updateEnabled();

    ConnectionsView *m_view;
    QAction *m_connect;
    QAction *m_reconnect;
    QAction *m_disconnect;
    QAction *m_duplicate;
    QAction *m_closeWithCode;
};

} // namespace Sockscope
