// SPDX-License-Identifier: GPL-3.0-or-later
#include "mockserver.h"

#include <QPointer>
#include <QTimer>

namespace Sockscope {

MockServer::MockServer(const Conversation &conversation, ServerOptions options, Pacing pacing, QObject *parent)
    : QObject(parent), m_conversation(conversation), m_groups(conversation.serverMessagesByTrigger()), m_pacing(pacing)
{
    options.behaviour = ServerBehaviour::Manual;
    if (options.handshake.subprotocols.isEmpty() && !conversation.subprotocol.isEmpty())
        options.handshake.subprotocols = {conversation.subprotocol};
    m_server = new WebSocketServer(options, this);
    connect(m_server, &WebSocketServer::eventOccurred, this, &MockServer::eventOccurred);
    connect(m_server, &WebSocketServer::peerOpened, this, &MockServer::onPeerOpened);
}

void MockServer::onPeerOpened(WebSocketSession *session)
{
    if (m_pacing == Pacing::OriginalTiming) {
        const QPointer<WebSocketSession> peer(session);
        for (const RecordedMessage &m : m_conversation.serverMessages()) {
            const qint64 dueMs = qMax<qint64>(0, (m.timestampNs - m_conversation.openedNs) / 1000000);
            QTimer::singleShot(int(qMin<qint64>(dueMs, 24 * 3600 * 1000)), session, [peer, m] {
                if (peer)
                    peer->sendMessage(Opcode(m.opcode), m.data);
            });
        }
        return;
    }
    connect(session, &WebSocketSession::messageReceived, this,
            [this, session, clientMessages = 0]() mutable { sendGroup(session, ++clientMessages); });
    sendGroup(session, 0);
}

void MockServer::sendGroup(WebSocketSession *session, int group)
{
    if (group >= m_groups.size())
        return;
    for (const RecordedMessage &m : std::as_const(m_groups[group]))
        session->sendMessage(Opcode(m.opcode), m.data);
}

} // namespace Sockscope
