// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

namespace Sockscope {

class WebSocketClient;
class WebSocketServer;
class Workspace;

// The embedded default of `sockscope --demo`: a local echo server on a free loopback port,
// a client connected to it, and a short exchange of text, JSON, binary, ping and fragmented
// messages, so a newcomer sees frames at once. It lives in the workspace like any session.
class DemoSession : public QObject
{
    Q_OBJECT

public:
    explicit DemoSession(Workspace *workspace, QObject *parent = nullptr);

    // Starts the server and the client; false with errorString() when the server cannot listen.
    bool start();
    QString errorString() const { return m_error; }
    WebSocketServer *server() const { return m_server; }
    WebSocketClient *client() const { return m_client; }

Q_SIGNALS:
    // The scripted exchange has been sent and every echo received.
    void exchangeFinished();

private:
    void sendExchange();

    Workspace *m_workspace;
    QPointer<WebSocketServer> m_server;
    QPointer<WebSocketClient> m_client;
    int m_expectedReplies = 0;
    QString m_error;
};

} // namespace Sockscope
