// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/handshake.h"
#include "websocketsession.h"

#include <QHostAddress>
#include <QString>

namespace Sockscope {

// What a local server does with the messages its peers send (ENG-6).
enum class ServerBehaviour {
    Echo,      // send each message back to its sender
    Broadcast, // send each message to every open peer, the sender included
    Manual,    // nothing automatic: the user replies
};

struct ServerOptions
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost); // loopback unless asked
    quint16 port = 0;                                             // 0 picks a free port
    QString certFile;                                             // wss:// when both are set
    QString keyFile;
    ServerHandshakePolicy handshake;
    ServerBehaviour behaviour = ServerBehaviour::Echo;
    SessionOptions session;
    int handshakeTimeoutMs = 10000;
    // The owner answers each upgrade request (WebSocketServer::upgradeRequested) instead of the
    // policy, e.g. a proxy that first asks its upstream.
    bool deferUpgrade = false;
};

} // namespace Sockscope
