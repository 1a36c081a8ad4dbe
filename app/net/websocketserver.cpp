// SPDX-License-Identifier: GPL-3.0-or-later
#include "websocketserver.h"

#include "tlsfiles.h"

#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <limits>

#include <sys/resource.h>

namespace Sockscope {
namespace {

// Hands each accepted descriptor to a socket of the right kind, starting TLS when configured.
class AcceptingServer : public QTcpServer
{
public:
    AcceptingServer(const QSslConfiguration *tls, std::function<void(QAbstractSocket *)> accepted,
                    std::function<void()> descriptorsRunningOut)
        : m_tls(tls), m_accepted(std::move(accepted)), m_descriptorsRunningOut(std::move(descriptorsRunningOut))
    {
        rlimit limit{};
        if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
            m_descriptorLimit = qintptr(limit.rlim_cur);
    }

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
        // Descriptors are handed out lowest first: one this high means few are left. Qt 6.4
        // takes EMFILE from accept() for a temporary error and would retry it in a busy loop.
        if (descriptor >= m_descriptorLimit - kDescriptorReserve)
            m_descriptorsRunningOut();
    }

private:
    // Kept free for the capture (database, journal) and Qt's own needs.
    static constexpr qintptr kDescriptorReserve = 8;
    const QSslConfiguration *m_tls;
    std::function<void(QAbstractSocket *)> m_accepted;
    std::function<void()> m_descriptorsRunningOut;
    qintptr m_descriptorLimit = std::numeric_limits<qintptr>::max();
};

} // namespace

WebSocketServer::WebSocketServer(const ServerOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_serverId(nextConnectionId())
{
    m_resumeAccepting.setSingleShot(true);
    connect(&m_resumeAccepting, &QTimer::timeout, this, [this] {
        m_acceptPaused = false;
        if (m_tcpServer)
            m_tcpServer->resumeAccepting();
    });
}

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
    m_tcpServer = std::make_unique<AcceptingServer>(
            isSecure() ? &m_sslConfiguration : nullptr, [this](QAbstractSocket *socket) { onNewConnection(socket); },
            [this] { pauseAccepting(tr("too many open files: %1 peers; raise `ulimit -n`").arg(peerCount())); });
    if (!m_tcpServer->listen(m_options.address, m_options.port)) {
        m_error = tr("cannot listen on %1:%2: %3")
                          .arg(m_options.address.toString())
                          .arg(m_options.port)
                          .arg(m_tcpServer->errorString());
        m_tcpServer.reset();
        return false;
    }
    connect(m_tcpServer.get(), &QTcpServer::acceptError, this, &WebSocketServer::onAcceptError);
    Event event = makeEvent(Event::Kind::Listening, m_serverId);
    event.text = listenAddress();
    event.detail = isSecure() ? QStringLiteral("wss") : QStringLiteral("ws");
    Q_EMIT eventOccurred(event);
    return true;
}

// A resource error (EMFILE, ENFILE) as Qt reports it, or any other failure of accept().
void WebSocketServer::onAcceptError(QAbstractSocket::SocketError error)
{
    pauseAccepting(error == QAbstractSocket::SocketResourceError
                           ? tr("too many open files: %1 peers; raise `ulimit -n`").arg(peerCount())
                           : tr("cannot accept a connection: %1").arg(m_tcpServer->errorString()));
    resumeAcceptingSoon();
}

// Says why new peers wait; the peers already in go on. Accepting resumes when one leaves.
void WebSocketServer::pauseAccepting(const QString &why)
{
    if (m_acceptPaused)
        return;
    m_acceptPaused = true;
    m_tcpServer->pauseAccepting();
    Event event = makeEvent(Event::Kind::Failed, m_serverId);
    event.text = why;
    Q_EMIT eventOccurred(event);
}

// After the event loop has deleted the sockets that went, so their descriptors are free. One
// timer: many peers leaving at once resume accepting once, not again after it paused anew.
void WebSocketServer::resumeAcceptingSoon()
{
    if (m_acceptPaused && !m_resumeAccepting.isActive())
        m_resumeAccepting.start(kAcceptRetryMs);
}

int WebSocketServer::peerCount() const
{
    return int(m_sessions.size() + m_pending.size());
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

quint64 WebSocketServer::adoptSocket(QAbstractSocket *socket)
{
    return onNewConnection(socket);
}

quint64 WebSocketServer::onNewConnection(QAbstractSocket *socket)
{
    socket->setParent(this);
    const quint64 connectionId = nextConnectionId();
    Event arrived = makeEvent(Event::Kind::PeerConnected, connectionId);
    arrived.text = socket->peerAddress().toString() + QLatin1Char(':') + QString::number(socket->peerPort());
    Q_EMIT eventOccurred(arrived);

    PendingPeer &pending = m_pending[connectionId];
    pending.socket = socket;
    pending.parser = std::make_shared<HttpParser>(HttpParser::Kind::Request);
    pending.timeout = new QTimer(socket);
    pending.timeout->setSingleShot(true);
    connect(pending.timeout, &QTimer::timeout, this, [this, connectionId] {
        dropPending(connectionId, tr("no complete handshake within %1 ms").arg(m_options.handshakeTimeoutMs));
    });
    pending.timeout->start(m_options.handshakeTimeoutMs);
    connect(socket, &QAbstractSocket::disconnected, this, [this, connectionId] {
        const bool answered = m_pending.contains(connectionId) && !m_pending.value(connectionId).parser;
        dropPending(connectionId, tr("peer closed the connection during the handshake"));
        if (answered)
            Q_EMIT upgradeAbandoned(connectionId);
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        watchTls(ssl, connectionId);
    connect(socket, &QAbstractSocket::readyRead, this, [this, connectionId] { onHandshakeData(connectionId); });
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(
                this, [this, connectionId] { onHandshakeData(connectionId); }, Qt::QueuedConnection);
    return connectionId;
}

void WebSocketServer::watchTls(QSslSocket *socket, quint64 connectionId)
{
    connect(socket, &QSslSocket::encrypted, this, [this, socket, connectionId] {
        Event tls = makeEvent(Event::Kind::TlsEstablished, connectionId);
        TlsFiles::describeSession(*socket, tls);
        Q_EMIT eventOccurred(tls);
    });
    connect(socket, &QSslSocket::sslErrors, this, [this, connectionId](const QList<QSslError> &errors) {
        dropPending(connectionId, tr("TLS handshake failed: %1").arg(errors.value(0).errorString()));
    });
}

void WebSocketServer::onHandshakeData(quint64 connectionId)
{
    const auto found = m_pending.find(connectionId);
    if (found == m_pending.end() || !found->parser)
        return; // answered already: the rest waits for the session
    PendingPeer &pending = *found;
    const QByteArray data = pending.socket->readAll();
    qsizetype consumed = 0;
    const auto result = pending.parser->feed(data, &consumed);
    if (result == HttpParser::Result::NeedMoreData)
        return;
    pending.timeout->stop();
    if (result == HttpParser::Result::Failed) {
        const QString error = tr("invalid handshake request: %1").arg(pending.parser->errorString());
        pending.socket->write(Handshake::refusal(400, "Bad Request", error).raw);
        dropPending(connectionId, error);
        return;
    }
    pending.request = pending.parser->message();
    pending.parser.reset();
    pending.leftover = data.mid(consumed);
    const HttpMessage request = pending.request; // the answer may remove the pending peer
    Event requestEvent = makeEvent(Event::Kind::HandshakeRequest, connectionId);
    requestEvent.direction = Direction::Incoming;
    requestEvent.raw = request.raw;
    Q_EMIT eventOccurred(requestEvent);
    if (m_options.deferUpgrade)
        Q_EMIT upgradeRequested(connectionId, request);
    else
        answer(connectionId, Handshake::answerRequest(request, m_options.handshake));
}

void WebSocketServer::acceptUpgrade(quint64 connectionId, const ServerHandshakePolicy &policy)
{
    const auto found = m_pending.constFind(connectionId);
    if (found != m_pending.cend() && !found->parser)
        answer(connectionId, Handshake::answerRequest(found->request, policy));
}

void WebSocketServer::refuseUpgrade(quint64 connectionId, const HttpMessage &response)
{
    const auto found = m_pending.constFind(connectionId);
    if (found == m_pending.cend() || found->parser)
        return;
    ServerHandshakeResult refusal;
    refusal.response = response;
    refusal.error = tr("upgrade refused with %1 %2").arg(response.statusCode).arg(QString::fromUtf8(response.reason));
    answer(connectionId, refusal);
}

QAbstractSocket *WebSocketServer::takeSocket(quint64 connectionId, QByteArray *leftover)
{
    const auto found = m_pending.find(connectionId);
    if (found == m_pending.end() || found->parser)
        return nullptr;
    QAbstractSocket *socket = found->socket;
    *leftover = found->leftover;
    delete found->timeout;
    m_pending.erase(found);
    socket->disconnect(this);
    socket->setParent(nullptr);
    return socket;
}

void WebSocketServer::answer(quint64 connectionId, const ServerHandshakeResult &answer)
{
    const auto found = m_pending.constFind(connectionId);
    if (found == m_pending.cend())
        return;
    found->socket->write(answer.response.raw);
    Event responseEvent = makeEvent(Event::Kind::HandshakeResponse, connectionId);
    responseEvent.direction = Direction::Outgoing;
    responseEvent.raw = answer.response.raw;
    responseEvent.statusCode = answer.response.statusCode;
    Q_EMIT eventOccurred(responseEvent);
    if (answer.accepted())
        startSession(connectionId, answer.outcome);
    else
        dropPending(connectionId, answer.error);
}

void WebSocketServer::startSession(quint64 connectionId, const HandshakeOutcome &outcome)
{
    const PendingPeer pending = m_pending.take(connectionId);
    pending.socket->disconnect(this);
    delete pending.timeout;
    auto *session = new WebSocketSession(pending.socket, Role::Server, outcome, connectionId, m_serverId,
                                         m_options.session, this);
    m_sessions.append(session);
    connect(session, &WebSocketSession::eventOccurred, this, &WebSocketServer::eventOccurred);
    connect(session, &WebSocketSession::messageReceived, this,
            [this, session](Opcode opcode, const QByteArray &message) { applyBehaviour(session, opcode, message); });
    connect(session, &WebSocketSession::closed, this, [this, session, connectionId] {
        m_sessions.removeAll(session);
        session->deleteLater();
        resumeAcceptingSoon();
        Q_EMIT peerClosed(connectionId);
    });
    Event opened = makeEvent(Event::Kind::Opened, connectionId);
    opened.text = QString::fromUtf8(outcome.subprotocol);
    opened.detail = QString::fromUtf8(outcome.extensions);
    Q_EMIT eventOccurred(opened);
    Q_EMIT peerOpened(session);
    session->start(pending.leftover);
}

void WebSocketServer::dropPending(quint64 connectionId, const QString &error)
{
    const auto found = m_pending.find(connectionId);
    if (found == m_pending.end())
        return;
    QAbstractSocket *socket = found->socket;
    delete found->timeout;
    m_pending.erase(found);
    Event failed = makeEvent(Event::Kind::Failed, connectionId);
    failed.text = error;
    Q_EMIT eventOccurred(failed);
    resumeAcceptingSoon();
    socket->disconnect(this);
    socket->disconnectFromHost();
    QTimer::singleShot(1000, socket, &QObject::deleteLater);
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
