// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxyserver.h"

#include "localca.h"
#include "proxypair.h"
#include "tcprelay.h"
#include "tlsfiles.h"
#include "websocketserver.h"

#include <QSocketNotifier>
#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>
#include <unistd.h>

namespace Sockscope {
namespace {

constexpr char kTlsHandshakeRecord = 0x16;

bool isUpgrade(const HttpMessage &request)
{
    return request.hasToken("Upgrade", "websocket");
}

// ws://host/path?query of a reverse proxy: the upstream URL with the client's target.
QUrl reverseTarget(const QUrl &upstream, const QByteArray &target)
{
    QUrl url = upstream;
    const QUrl asked = QUrl::fromEncoded("http://x" + (target.startsWith('/') ? target : '/' + target));
    QString path = upstream.path(QUrl::FullyEncoded);
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + asked.path(QUrl::FullyEncoded), QUrl::StrictMode);
    url.setQuery(asked.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

} // namespace

ProxyServer::ProxyServer(const ProxyOptions &options, QObject *parent) : QObject(parent), m_options(options)
{
    m_options.listen.deferUpgrade = true;
    m_options.listen.behaviour = ServerBehaviour::Manual;
    m_options.listen.handshake.acceptDeflate = options.deflate;
    m_server = new WebSocketServer(m_options.listen, this);
    connect(m_server, &WebSocketServer::eventOccurred, this, &ProxyServer::onServerEvent);
    connect(m_server, &WebSocketServer::upgradeRequested, this, &ProxyServer::onUpgradeRequested);
    connect(m_server, &WebSocketServer::upgradeAbandoned, this, [this](quint64 connectionId) {
        if (ProxyPair *pair = m_pairs.value(connectionId))
            pair->abandon();
    });
}

ProxyServer::~ProxyServer() = default;

bool ProxyServer::listen()
{
    if (!m_server->listen()) {
        m_error = m_server->errorString();
        return false;
    }
    return true;
}

void ProxyServer::stop(quint16 code)
{
    m_server->stop(code);
}

quint64 ProxyServer::serverId() const
{
    return m_server->serverId();
}

QString ProxyServer::listenAddress() const
{
    return m_server->listenAddress();
}

quint16 ProxyServer::serverPort() const
{
    return m_server->serverPort();
}

QList<ProxyPair *> ProxyServer::pairs() const
{
    QList<ProxyPair *> open;
    for (const QPointer<ProxyPair> &pair : m_pairs) {
        if (pair)
            open.append(pair);
    }
    return open;
}

void ProxyServer::onServerEvent(const Event &event)
{
    if (ProxyPair *pair = m_pairs.value(event.connectionId))
        pair->relayClientEvent(event);
    else
        Q_EMIT eventOccurred(event);
}

void ProxyServer::onUpgradeRequested(quint64 connectionId, const HttpMessage &request)
{
    if (!isForward()) {
        if (!isUpgrade(request)) {
            m_server->acceptUpgrade(connectionId, {}); // refused with the policy's own answer
            return;
        }
        startPair(connectionId, request, reverseTarget(m_options.upstream.url, request.target));
        return;
    }
    if (request.method == "CONNECT") {
        openTunnel(connectionId, request);
        return;
    }
    const std::optional<Tunnel> tunnel =
            m_tunnels.contains(connectionId) ? std::optional(m_tunnels.take(connectionId)) : std::nullopt;
    const QUrl target = forwardTarget(request, tunnel ? &*tunnel : nullptr);
    if (!target.isValid() || target.host().isEmpty()) {
        refuse(connectionId, 400, "Bad Request", tr("a proxy request needs an absolute URL or a Host header"));
        return;
    }
    if (isUpgrade(request))
        startPair(connectionId, request, target);
    else
        relayPlainHttp(connectionId, request, target);
}

ProxyPair *ProxyServer::pairWithLeg(quint64 connectionId) const
{
    for (const QPointer<ProxyPair> &pair : m_pairs) {
        if (pair && (pair->clientLegId() == connectionId || pair->upstreamLegId() == connectionId))
            return pair;
    }
    return nullptr;
}

void ProxyServer::startPair(quint64 connectionId, const HttpMessage &request, const QUrl &url)
{
    ClientOptions upstream = m_options.upstream;
    upstream.url = url;
    auto *pair = new ProxyPair(m_server, connectionId, request, upstream, m_options, this);
    pair->setInterceptor(m_interceptor);
    m_pairs.insert(connectionId, pair);
    connect(pair, &ProxyPair::eventOccurred, this, &ProxyServer::eventOccurred);
    connect(pair, &ProxyPair::opened, this, [this, pair] { Q_EMIT pairOpened(pair); });
    connect(pair, &ProxyPair::finished, this, [this, connectionId] {
        m_pairs.remove(connectionId);
        Q_EMIT pairFinished(connectionId);
    });
    pair->start();
}

QUrl ProxyServer::forwardTarget(const HttpMessage &request, const Tunnel *tunnel)
{
    if (!tunnel) {
        // Absolute form: GET ws://host:port/path (or http://) HTTP/1.1.
        QUrl url = QUrl::fromEncoded(request.target, QUrl::StrictMode);
        if (url.scheme() == QLatin1String("http"))
            url.setScheme(QStringLiteral("ws"));
        else if (url.scheme() == QLatin1String("https"))
            url.setScheme(QStringLiteral("wss"));
        return url;
    }
    // Inside a tunnel the request has an origin-form target; the tunnel says where it goes.
    QUrl url = QUrl::fromEncoded("http://x" + request.target);
    url.setScheme(tunnel->secure ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(tunnel->host);
    url.setPort(tunnel->port);
    return url;
}

void ProxyServer::openTunnel(quint64 connectionId, const HttpMessage &request)
{
    const QUrl authority = QUrl::fromEncoded("//" + request.target);
    if (authority.host().isEmpty() || authority.port() <= 0) {
        refuse(connectionId, 400, "Bad Request",
               tr("CONNECT needs host:port, got \"%1\"").arg(QString::fromUtf8(request.target)));
        return;
    }
    QByteArray leftover;
    QAbstractSocket *socket = m_server->takeSocket(connectionId, &leftover);
    if (!socket)
        return;
    socket->write("HTTP/1.1 200 Connection Established\r\n\r\n");
    socket->flush();
    // The tunnel's bytes are read by a new socket on a copy of the descriptor, so that a TLS
    // client hello is seen by the TLS layer and not by the plain socket that read the CONNECT.
    const int descriptor = ::dup(int(socket->socketDescriptor()));
    socket->abort();
    socket->deleteLater();
    if (descriptor < 0)
        return;
    adoptTunnel(descriptor, authority.host(), quint16(authority.port()));
}

void ProxyServer::adoptTunnel(qintptr descriptor, const QString &host, quint16 port)
{
    auto *notifier = new QSocketNotifier(descriptor, QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this, notifier, descriptor, host, port] {
        notifier->deleteLater();
        notifier->setEnabled(false);
        char first = 0;
        const bool secure = ::recv(int(descriptor), &first, 1, MSG_PEEK) == 1 && first == kTlsHandshakeRecord;
        QString error;
        const auto tls = secure && m_ca ? m_ca->serverConfiguration(host, &error) : std::nullopt;
        if (secure && !tls) {
            Event failed;
            failed.kind = Event::Kind::Failed;
            failed.connectionId = serverId();
            failed.serverId = serverId();
            failed.timestampNs = nowNs();
            failed.text = tr("cannot terminate TLS for %1: %2").arg(host, error.isEmpty() ? tr("no local CA") : error);
            Q_EMIT eventOccurred(failed);
            ::close(int(descriptor));
            return;
        }
        auto *socket = new QSslSocket;
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            ::close(int(descriptor));
            return;
        }
        if (secure) {
            socket->setSslConfiguration(*tls);
            socket->startServerEncryption();
        }
        m_tunnels.insert(m_server->adoptSocket(socket), Tunnel{host, port, secure});
    });
}

void ProxyServer::relayPlainHttp(quint64 connectionId, const HttpMessage &request, const QUrl &target)
{
    QByteArray leftover;
    QAbstractSocket *client = m_server->takeSocket(connectionId, &leftover);
    if (!client)
        return;
    const bool secure = target.scheme() == QLatin1String("wss");
    QAbstractSocket *upstream = nullptr;
    if (secure) {
        auto *ssl = new QSslSocket;
        if (m_options.upstream.insecure)
            ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        if (!m_options.upstream.caFile.isEmpty()) {
            QString ignored; // checked by WebSocketClient::validate before the proxy started
            QSslConfiguration configuration = ssl->sslConfiguration();
            configuration.addCaCertificates(TlsFiles::loadCertificates(m_options.upstream.caFile, &ignored));
            ssl->setSslConfiguration(configuration);
        }
        ssl->connectToHostEncrypted(target.host(), quint16(target.port(443)));
        upstream = ssl;
    } else {
        upstream = new QTcpSocket;
        upstream->setProxy(m_options.upstream.proxy);
        upstream->connectToHost(target.host(), quint16(target.port(80)));
    }
    new TcpRelay(client, upstream, request.raw + leftover, this);
}

void ProxyServer::refuse(quint64 connectionId, int status, const QByteArray &reason, const QString &error)
{
    m_server->refuseUpgrade(connectionId, Handshake::refusal(status, reason, error));
}

} // namespace Sockscope
