// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "replay/conversation.h"
#include "websocketserver.h"

#include <QObject>

namespace Sockscope {

// A local server that answers each connecting client with the server side of a recorded
// conversation (CAP-5): by the original timing from the upgrade, or triggered: after the
// client's k-th message it sends what the recorded server sent after the k-th.
class MockServer : public QObject
{
    Q_OBJECT

public:
    enum class Pacing { Triggered, OriginalTiming };
    Q_ENUM(Pacing)

    MockServer(const Conversation &conversation, ServerOptions options, Pacing pacing, QObject *parent = nullptr);

    bool listen() { return m_server->listen(); }
    WebSocketServer *server() const { return m_server; }

Q_SIGNALS:
    void eventOccurred(const Sockscope::Event &event);

private:
    void onPeerOpened(WebSocketSession *session);
    void sendGroup(WebSocketSession *session, int group);

    Conversation m_conversation;
    QList<QList<RecordedMessage>> m_groups;
    Pacing m_pacing;
    WebSocketServer *m_server;
};

} // namespace Sockscope
