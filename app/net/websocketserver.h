// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serveroptions.h"
#include "store/event.h"
#include "websocketsession.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <memory>

class QTcpServer;

namespace Sockscope {

// A local WebSocket server (ENG-6): accepts many peers over ws:// or wss://, answers their
// upgrade with the configured policy, records the raw handshake bytes, and applies the
// behaviour (echo, broadcast, manual) to their messages.
class WebSocketServer : public QObject
{
    Q_OBJECT

public:
    explicit WebSocketServer(const ServerOptions &options, QObject *parent = nullptr);
    ~WebSocketServer() override;

    // Starts listening; false with errorString() set when the address, port or TLS files fail.
    bool listen();
    // Closes every peer with `code`, stops listening and emits stopped().
    void stop(quint16 code = quint16(CloseCode::GoingAway), const QString &reason = {});

    quint64 serverId() const { return m_serverId; }
    bool isListening() const;
    bool isSecure() const { return !m_options.certFile.isEmpty(); }
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    // host:port, with brackets around IPv6 addresses.
    QString listenAddress() const;
    QString errorString() const { return m_error; }
    const ServerOptions &options() const { return m_options; }

    QList<WebSocketSession *> sessions() const;
    WebSocketSession *session(quint64 connectionId) const;
    void broadcast(Opcode opcode, const QByteArray &data);

Q_SIGNALS:
    void eventOccurred(const Sockscope::Event &event);
    void peerOpened(Sockscope::WebSocketSession *session);
    void peerClosed(quint64 connectionId);
    void stopped();

private:
    void onNewConnection(QAbstractSocket *socket);
    void applyBehaviour(WebSocketSession *session, Opcode opcode, const QByteArray &data);
    Event makeEvent(Event::Kind kind, quint64 connectionId) const;

    ServerOptions m_options;
    quint64 m_serverId;
    std::unique_ptr<QTcpServer> m_tcpServer;
    QSslConfiguration m_sslConfiguration;
    QList<QPointer<WebSocketSession>> m_sessions;
    QString m_error;
};

} // namespace Sockscope
