// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "serveroptions.h"
#include "store/event.h"
#include "websocketsession.h"

#include <QAbstractSocket>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>

class QTcpServer;
class QSslSocket;
class QTimer;

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

    // Reads an opening handshake from a socket that is already connected (or still starting
    // TLS as a server), as if it had been accepted here: a proxy hands over what a CONNECT
    // tunnel carries. Returns the connection id its events will have.
    quint64 adoptSocket(QAbstractSocket *socket);
    // With ServerOptions::deferUpgrade, the answers to upgradeRequested: accept with this
    // policy (a request the policy refuses is refused), or send `response` as it is and close.
    void acceptUpgrade(quint64 connectionId, const ServerHandshakePolicy &policy);
    void refuseUpgrade(quint64 connectionId, const HttpMessage &response);
    // Hands a waiting request's socket over, for a request that is not a WebSocket upgrade;
    // `leftover` gets the bytes that came after the request head. Null when it is gone.
    QAbstractSocket *takeSocket(quint64 connectionId, QByteArray *leftover);

Q_SIGNALS:
    void eventOccurred(const Sockscope::Event &event);
    void peerOpened(Sockscope::WebSocketSession *session);
    void peerClosed(quint64 connectionId);
    void stopped();
    // ServerOptions::deferUpgrade: a complete request waits for acceptUpgrade, refuseUpgrade
    // or takeSocket. It has not been checked as an upgrade yet.
    void upgradeRequested(quint64 connectionId, const Sockscope::HttpMessage &request);
    // A waiting request's peer went away before it was answered.
    void upgradeAbandoned(quint64 connectionId);

private:
    // A peer whose opening handshake is being read or waits for its answer.
    struct PendingPeer
    {
        QAbstractSocket *socket = nullptr;
        std::shared_ptr<HttpParser> parser;
        QTimer *timeout = nullptr;
        HttpMessage request; // once complete
        QByteArray leftover; // bytes after the request head
    };

    quint64 onNewConnection(QAbstractSocket *socket);
    void onAcceptError(QAbstractSocket::SocketError error);
    void pauseAccepting(const QString &why);
    void resumeAcceptingSoon();
    int peerCount() const;
    static constexpr int kAcceptRetryMs = 200;
    void watchTls(QSslSocket *socket, quint64 connectionId);
    void onHandshakeData(quint64 connectionId);
    void answer(quint64 connectionId, const ServerHandshakeResult &answer);
    void startSession(quint64 connectionId, const HandshakeOutcome &outcome);
    void dropPending(quint64 connectionId, const QString &error);
    void applyBehaviour(WebSocketSession *session, Opcode opcode, const QByteArray &data);
    Event makeEvent(Event::Kind kind, quint64 connectionId) const;

    QHash<quint64, PendingPeer> m_pending;
    bool m_acceptPaused = false; // descriptors ran out; resumed when a peer leaves
    QTimer m_resumeAccepting;

    ServerOptions m_options;
    quint64 m_serverId;
    std::unique_ptr<QTcpServer> m_tcpServer;
    QSslConfiguration m_sslConfiguration;
    QList<QPointer<WebSocketSession>> m_sessions;
    QString m_error;
};

} // namespace Sockscope
