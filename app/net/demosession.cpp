// SPDX-License-Identifier: GPL-3.0-or-later
#include "demosession.h"

#include "websocketclient.h"
#include "websocketserver.h"
#include "workspace.h"

namespace Sockscope {

DemoSession::DemoSession(Workspace *workspace, QObject *parent) : QObject(parent), m_workspace(workspace) { }

bool DemoSession::start()
{
    ServerOptions serverOptions;
    serverOptions.behaviour = ServerBehaviour::Echo;
    serverOptions.handshake.acceptDeflate = true;
    serverOptions.handshake.subprotocols = {"demo.v1"};
    m_server = m_workspace->addServer(serverOptions, QString(), &m_error);
    if (!m_server)
        return false;
    ClientOptions clientOptions;
    clientOptions.url = QUrl(QStringLiteral("ws://") + m_server->listenAddress() + QStringLiteral("/demo"));
    clientOptions.subprotocols = {"demo.v1"};
    clientOptions.deflate = true;
    clientOptions.headers = {{"X-Sockscope-Demo", "1"}};
    m_client = m_workspace->addClient(clientOptions);
    connect(m_client, &WebSocketClient::opened, this, &DemoSession::sendExchange);
    connect(m_client, &WebSocketClient::messageReceived, this, [this] {
        if (--m_expectedReplies == 0)
            Q_EMIT exchangeFinished();
    });
    return true;
}

void DemoSession::sendExchange()
{
    WebSocketSession *session = m_client->session();
    session->sendText(tr("Hello from Sockscope"));
    session->sendText(QStringLiteral("{\"type\":\"subscribe\",\"channel\":\"ticker\",\"id\":42}"));
    session->sendMessage(Opcode::Binary, QByteArray::fromHex("00010203fffefdfc cafebabe deadbeef"));
    session->sendPing("demo-ping");
    session->sendMessage(Opcode::Text, tr("A longer message, sent in fragments of 16 bytes each.").toUtf8(), 16);
    session->sendText(QStringLiteral("Grüße, 你好, 👋"));
    m_expectedReplies = 5;
}

} // namespace Sockscope
