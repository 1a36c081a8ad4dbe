// SPDX-License-Identifier: GPL-3.0-or-later
#include "demosession.h"

namespace Sockscope {

DemoSession::DemoSession(QObject *parent) : QObject(parent) { }

bool DemoSession::start()
{
    ServerOptions serverOptions;
    serverOptions.behaviour = ServerBehaviour::Echo;
    serverOptions.handshake.acceptDeflate = true;
    serverOptions.handshake.subprotocols = {"demo.v1"};
    m_server = new WebSocketServer(serverOptions, this);
    connect(m_server, &WebSocketServer::eventOccurred, this, &DemoSession::eventOccurred);
    if (!m_server->listen()) {
        m_error = m_server->errorString();
        return false;
    }
    ClientOptions clientOptions;
    clientOptions.url = QUrl(QStringLiteral("ws://") + m_server->listenAddress() + QStringLiteral("/demo"));
    clientOptions.subprotocols = {"demo.v1"};
    clientOptions.headers = {{"X-Sockscope-Demo", "1"}};
    m_client = new WebSocketClient(clientOptions, this);
    connect(m_client, &WebSocketClient::eventOccurred, this, &DemoSession::eventOccurred);
    connect(m_client, &WebSocketClient::opened, this, &DemoSession::sendExchange);
    connect(m_client, &WebSocketClient::messageReceived, this, [this] {
        if (--m_expectedReplies == 0)
            Q_EMIT exchangeFinished();
    });
    m_client->open();
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
