// SPDX-License-Identifier: GPL-3.0-or-later
#include "websocketserver.h"

#include "tlsfiles.h"

#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Sockscope {
namespace {

// Hands each accepted descriptor to a socket of the right kind, starting TLS when configured.
class AcceptingServer : public QTcpServer
{
public:
    AcceptingServer(const QSslConfiguration *tls, std::function<void(QAbstractSocket *)> accepted)
        : m_tls(tls), m_accepted(std::move(accepted))
    { }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QAbstractSocket *socket = nullptr;
        if (m_tls) {
            auto *ssl = new QSslSocket;
            ssl->setSslConfiguration(*m_tls);
            if (!ssl->setSocketDescriptor(descriptor)) {
                delete ssl;
                return;
            }
            ssl->startServerEncryption();
            socket = ssl;
        } else {
            auto *tcp = new QTcpSocket;
            if (!tcp->setSocketDescriptor(descriptor)) {
                delete tcp;
                return;
            }
            socket = tcp;
        }
        m_accepted(socket);
    }

private:
    const QSslConfiguration *m_tls;
    std::function<void(QAbstractSocket *)> m_accepted;
};

} // namespace

WebSocketServer::WebSocketServer(const ServerOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_serverId(nextConnectionId())
{ }

WebSocketServer::~WebSocketServer() = default;

bool WebSocketServer::listen()
{
    if (isSecure() || !m_options.keyFile.isEmpty()) {
        if (m_options.certFile.isEmpty() || m_options.keyFile.isEmpty()) {
            m_error = tr("wss:// needs both a certificate and a key file");
            return false;
        }
        const QList<QSslCertificate> chain = TlsFiles::loadCertificates(m_options.certFile, &m_error);
        if (chain.isEmpty())
            return false;
        const QSslKey key = TlsFiles::loadPrivateKey(m_options.keyFile, &m_error);
        if (key.isNull())
            return false;
        m_sslConfiguration = QSslConfiguration::defaultConfiguration();
        m_sslConfiguration.setLocalCertificateChain(chain);
        m_sslConfiguration.setPrivateKey(key);
        m_sslConfiguration.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    m_tcpServer = std::make_unique<AcceptingServer>(isSecure() ? &m_sslConfiguration : nullptr,
                                                    [this](QAbstractSocket *socket) { onNewConnection(socket); });
    if (!m_tcpServer->listen(m_options.address, m_options.port)) {
        m_error = tr("cannot listen on %1:%2: %3")
                          .arg(m_options.address.toString())
                          .arg(m_options.port)
                          .arg(m_tcpServer->errorString());
        m_tcpServer.reset();
        return false;
    }
    Event event = makeEvent(Event::Kind::Listening, m_serverId);
    event.text = listenAddress();
    event.detail = isSecure() ? QStringLiteral("wss") : QStringLiteral("ws");
    Q_EMIT eventOccurred(event);
    return true;
}

bool WebSocketServer::isListening() const
{
    return m_tcpServer && m_tcpServer->isListening();
}

QHostAddress WebSocketServer::serverAddress() const
{
    return m_tcpServer ? m_tcpServer->serverAddress() : QHostAddress();
}

quint16 WebSocketServer::serverPort() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

QString WebSocketServer::listenAddress() const
{
    const QHostAddress address = serverAddress();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
            ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
            : address.toString();
    return host + QLatin1Char(':') + QString::number(serverPort());
}

void WebSocketServer::onNewConnection(QAbstractSocket *socket)
{
    socket->setParent(this);
    const quint64 connectionId = nextConnectionId();
    Event arrived = makeEvent(Event::Kind::PeerConnected, connectionId);
    arrived.text = socket->peerAddress().toString() + QLatin1Char(':') + QString::number(socket->peerPort());
    Q_EMIT eventOccurred(arrived);

    auto parser = std::make_shared<HttpParser>(HttpParser::Kind::Request);
    auto *timeout = new QTimer(socket);
    timeout->setSingleShot(true);
    auto drop = [this, socket, connectionId](const QString &error) {
        Event failed = makeEvent(Event::Kind::Failed, connectionId);
        failed.text = error;
        Q_EMIT eventOccurred(failed);
        socket->disconnect(this);
        socket->disconnectFromHost();
        QTimer::singleShot(1000, socket, &QObject::deleteLater);
    };
    connect(timeout, &QTimer::timeout, this,
            [drop, this] { drop(tr("no complete handshake within %1 ms").arg(m_options.handshakeTimeoutMs)); });
    timeout->start(m_options.handshakeTimeoutMs);
    connect(socket, &QAbstractSocket::disconnected, this, [drop, socket] {
        drop(tr("peer closed the connection during the handshake"));
        socket->deleteLater();
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        connect(ssl, &QSslSocket::encrypted, this, [this, ssl, connectionId] {
            Event tls = makeEvent(Event::Kind::TlsEstablished, connectionId);
            TlsFiles::describeSession(*ssl, tls);
            Q_EMIT eventOccurred(tls);
        });
        connect(ssl, &QSslSocket::sslErrors, this, [drop](const QList<QSslError> &errors) {
            drop(tr("TLS handshake failed: %1").arg(errors.value(0).errorString()));
        });
    }
    connect(socket, &QAbstractSocket::readyRead, this, [=, this] {
        const QByteArray data = socket->readAll();
        qsizetype consumed = 0;
        const auto result = parser->feed(data, &consumed);
        if (result == HttpParser::Result::NeedMoreData)
            return;
        timeout->stop();
        if (result == HttpParser::Result::Failed) {
            const QString error = tr("invalid handshake request: %1").arg(parser->errorString());
            socket->write(Handshake::refusal(400, "Bad Request", error).raw);
            drop(error);
            return;
        }
        const HttpMessage &request = parser->message();
        Event requestEvent = makeEvent(Event::Kind::HandshakeRequest, connectionId);
        requestEvent.direction = Direction::Incoming;
        requestEvent.raw = request.raw;
        Q_EMIT eventOccurred(requestEvent);

        const ServerHandshakeResult answer = Handshake::answerRequest(request, m_options.handshake);
        socket->write(answer.response.raw);
        Event responseEvent = makeEvent(Event::Kind::HandshakeResponse, connectionId);
        responseEvent.direction = Direction::Outgoing;
        responseEvent.raw = answer.response.raw;
        responseEvent.statusCode = answer.response.statusCode;
        Q_EMIT eventOccurred(responseEvent);
        if (!answer.accepted()) {
            drop(answer.error);
            return;
        }
        socket->disconnect(this);
        delete timeout;
        auto *session = new WebSocketSession(socket, Role::Server, answer.outcome, connectionId, m_serverId,
                                             m_options.session, this);
        m_sessions.append(session);
        connect(session, &WebSocketSession::eventOccurred, this, &WebSocketServer::eventOccurred);
        connect(session, &WebSocketSession::messageReceived, this,
                [this, session](Opcode opcode, const QByteArray &message) {
                    applyBehaviour(session, opcode, message);
                });
        connect(session, &WebSocketSession::closed, this, [this, session, connectionId] {
            m_sessions.removeAll(session);
            session->deleteLater();
            Q_EMIT peerClosed(connectionId);
        });
        Event opened = makeEvent(Event::Kind::Opened, connectionId);
        opened.text = QString::fromUtf8(answer.outcome.subprotocol);
        opened.detail = QString::fromUtf8(answer.outcome.extensions);
        Q_EMIT eventOccurred(opened);
        Q_EMIT peerOpened(session);
        session->start(data.mid(consumed));
    });
}

void WebSocketServer::applyBehaviour(WebSocketSession *session, Opcode opcode, const QByteArray &data)
{
    switch (m_options.behaviour) {
    case ServerBehaviour::Echo:
        session->sendMessage(opcode, data);
        break;
    case ServerBehaviour::Broadcast:
        broadcast(opcode, data);
        break;
    case ServerBehaviour::Manual:
        break;
    }
}

QList<WebSocketSession *> WebSocketServer::sessions() const
{
    QList<WebSocketSession *> open;
    for (const QPointer<WebSocketSession> &session : m_sessions) {
        if (session)
            open.append(session);
    }
    return open;
}

WebSocketSession *WebSocketServer::session(quint64 connectionId) const
{
    for (WebSocketSession *session : sessions()) {
        if (session->connectionId() == connectionId)
            return session;
    }
    return nullptr;
}

void WebSocketServer::broadcast(Opcode opcode, const QByteArray &data)
{
    for (WebSocketSession *session : sessions())
        session->sendMessage(opcode, data);
}

void WebSocketServer::stop(quint16 code, const QString &reason)
{
    if (m_tcpServer)
        m_tcpServer->close();
    for (WebSocketSession *session : sessions())
        session->close(code, reason);
    Q_EMIT eventOccurred(makeEvent(Event::Kind::Stopped, m_serverId));
    Q_EMIT stopped();
}

Event WebSocketServer::makeEvent(Event::Kind kind, quint64 connectionId) const
{
    Event event;
    event.kind = kind;
    event.connectionId = connectionId;
    event.serverId = m_serverId;
    event.timestampNs = nowNs();
    return event;
}

} // namespace Sockscope
