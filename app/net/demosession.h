// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "websocketclient.h"
#include "websocketserver.h"

#include <QObject>

namespace Sockscope {

// The embedded default of `sockscope --demo`: a local echo server on a free loopback port,
// a client connected to it, and a short exchange of text, binary, ping and fragmented
// messages, so a newcomer sees frames at once.
class DemoSession : public QObject
{
    Q_OBJECT

public:
    explicit DemoSession(QObject *parent = nullptr);

    // Starts the server and the client; false with errorString() when the server cannot listen.
    bool start();
    QString errorString() const { return m_error; }
    WebSocketServer *server() const { return m_server; }
    WebSocketClient *client() const { return m_client; }

Q_SIGNALS:
    void eventOccurred(const Sockscope::Event &event);
    // The scripted exchange has been sent and answered.
    void exchangeFinished();

private:
    void sendExchange();

    WebSocketServer *m_server = nullptr;
    WebSocketClient *m_client = nullptr;
    int m_expectedReplies = 0;
    QString m_error;
};

} // namespace Sockscope
