// SPDX-License-Identifier: GPL-3.0-or-later
#include "websocketclient.h"

#include "tlsfiles.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

namespace Sockscope {

WebSocketClient::WebSocketClient(const ClientOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_connectionId(nextConnectionId())
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this,
            [this] { fail(tr("connection timed out after %1 ms").arg(m_options.connectTimeoutMs)); });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &WebSocketClient::open);
}

WebSocketClient::~WebSocketClient()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

QString WebSocketClient::validate(const ClientOptions &options)
{
    const QUrl &url = options.url;
    if (!url.isValid() || url.host().isEmpty())
        return tr("invalid URL: %1").arg(url.toString());
    if (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss"))
        return tr("unsupported URL scheme \"%1\": use ws:// or wss://").arg(url.scheme());
    if (!url.fragment().isEmpty())
        return tr("a WebSocket URL cannot have a fragment: %1").arg(url.toString());
    QString error;
    if (!options.caFile.isEmpty() && TlsFiles::loadCertificates(options.caFile, &error).isEmpty())
        return error;
    if (options.clientCertFile.isEmpty() != options.clientKeyFile.isEmpty())
        return tr("a client certificate needs both a certificate and a key file");
    if (!options.clientCertFile.isEmpty()) {
        if (TlsFiles::loadCertificates(options.clientCertFile, &error).isEmpty())
            return error;
        if (TlsFiles::loadPrivateKey(options.clientKeyFile, &error).isNull())
            return error;
    }
    return {};
}

bool WebSocketClient::isSecure() const
{
    return m_options.url.scheme() == QLatin1String("wss");
}

void WebSocketClient::open()
{
    if (m_state == State::Connecting || m_state == State::Open)
        return;
    m_userClosed = false;
    m_timings = {};
    m_addresses.clear();
    m_error.clear();
    const QString invalid = validate(m_options);
    if (!invalid.isEmpty()) {
        fail(invalid);
        return;
    }
    setState(State::Connecting);
    Event event = makeEvent(Event::Kind::Connecting);
    event.text = m_options.url.toString();
    Q_EMIT eventOccurred(event);

    m_clock.start();
    m_connectTimer.start(m_options.connectTimeoutMs);
    if (isSecure()) {
        auto *ssl = new QSslSocket(this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setPeerVerifyMode(m_options.insecure ? QSslSocket::VerifyNone : QSslSocket::VerifyPeer);
        QString ignored;
        if (!m_options.caFile.isEmpty())
            config.addCaCertificates(TlsFiles::loadCertificates(m_options.caFile, &ignored));
        if (!m_options.clientCertFile.isEmpty()) {
            config.setLocalCertificate(TlsFiles::loadCertificates(m_options.clientCertFile, &ignored).first());
            config.setPrivateKey(TlsFiles::loadPrivateKey(m_options.clientKeyFile, &ignored));
        }
        ssl->setSslConfiguration(config);
        connect(ssl, &QSslSocket::encrypted, this, &WebSocketClient::onSocketEncrypted);
        connect(ssl, &QSslSocket::sslErrors, this, [this, ssl](const QList<QSslError> &errors) {
            if (m_options.insecure) {
                ssl->ignoreSslErrors();
                return;
            }
            QStringList texts;
            for (const QSslError &e : errors)
                texts.append(e.errorString());
            m_error = tr("TLS certificate verification failed: %1").arg(texts.join(QLatin1String("; ")));
        });
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
    }
    m_socket->setProxy(m_options.proxy);
    connect(m_socket, &QAbstractSocket::connected, this, &WebSocketClient::onSocketConnected);
    connect(m_socket, &QAbstractSocket::readyRead, this, &WebSocketClient::onSocketReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &WebSocketClient::onSocketError);

    const QString host = m_options.url.host();
    // Behind a proxy the proxy resolves the name, so there is no DNS phase to time here.
    if (m_options.proxy.type() == QNetworkProxy::NoProxy && QHostAddress(host).isNull()) {
        m_phaseStartUs = m_clock.nsecsElapsed() / 1000;
        m_lookupId = QHostInfo::lookupHost(host, this, &WebSocketClient::onHostLookedUp);
    } else {
        connectSocket(host);
    }
}

void WebSocketClient::onHostLookedUp(const QHostInfo &info)
{
    m_lookupId = -1;
    m_timings.dnsUs = m_clock.nsecsElapsed() / 1000 - m_phaseStartUs;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        fail(tr("cannot resolve %1: %2").arg(info.hostName(), info.errorString()));
        return;
    }
    m_addresses = info.addresses();
    connectSocket(m_addresses.takeFirst().toString());
}

void WebSocketClient::connectSocket(const QString &host)
{
    m_phaseStartUs = m_clock.nsecsElapsed() / 1000;
    const quint16 port = quint16(m_options.url.port(isSecure() ? 443 : 80));
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket.data())) {
        const QString peerName = m_options.tlsServerName.isEmpty() ? m_options.url.host() : m_options.tlsServerName;
        ssl->connectToHostEncrypted(host, port, peerName);
    } else {
        m_socket->connectToHost(host, port);
    }
}

void WebSocketClient::onSocketConnected()
{
    const qint64 now = m_clock.nsecsElapsed() / 1000;
    m_timings.tcpConnectUs = now - m_phaseStartUs;
    m_phaseStartUs = now;
    if (!isSecure())
        onSocketEncrypted();
}

void WebSocketClient::onSocketEncrypted()
{
    const qint64 now = m_clock.nsecsElapsed() / 1000;
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket.data()); ssl && isSecure()) {
        m_timings.tlsUs = now - m_phaseStartUs;
        Event tls = makeEvent(Event::Kind::TlsEstablished);
        TlsFiles::describeSession(*ssl, tls);
        Q_EMIT eventOccurred(tls);
    }
    m_phaseStartUs = now;

    const QUrl &url = m_options.url;
    m_handshake = {};
    m_handshake.host = url.host(QUrl::FullyEncoded).toUtf8();
    if (url.port() != -1 && url.port() != (isSecure() ? 443 : 80))
        m_handshake.host += ':' + QByteArray::number(url.port());
    m_handshake.resource = url.path(QUrl::FullyEncoded).toUtf8();
    if (m_handshake.resource.isEmpty())
        m_handshake.resource = "/";
    if (url.hasQuery())
        m_handshake.resource += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    m_handshake.subprotocols = m_options.subprotocols;
    m_handshake.origin = m_options.origin;
    m_handshake.offerDeflate = m_options.deflate;
    m_handshake.extraHeaders = m_options.headers;
    const HttpMessage request = Handshake::buildRequest(m_handshake);
    m_responseParser.emplace(HttpParser::Kind::Response);
    m_socket->write(request.raw);

    Event event = makeEvent(Event::Kind::HandshakeRequest);
    event.direction = Direction::Outgoing;
    event.raw = request.raw;
    Q_EMIT eventOccurred(event);
}

void WebSocketClient::onSocketReadyRead()
{
    if (!m_responseParser || m_session)
        return;
    const QByteArray data = m_socket->readAll();
    qsizetype consumed = 0;
    const auto result = m_responseParser->feed(data, &consumed);
    if (result == HttpParser::Result::NeedMoreData)
        return;
    if (result == HttpParser::Result::Failed) {
        fail(tr("invalid handshake response: %1").arg(m_responseParser->errorString()));
        return;
    }
    const HttpMessage response = m_responseParser->message();
    Event event = makeEvent(Event::Kind::HandshakeResponse);
    event.raw = response.raw;
    event.statusCode = response.statusCode;
    Q_EMIT eventOccurred(event);

    QString error;
    const auto outcome = Handshake::checkResponse(m_handshake, response, &error);
    if (!outcome) {
        fail(error, &response);
        return;
    }
    m_connectTimer.stop();
    m_timings.upgradeUs = m_clock.nsecsElapsed() / 1000 - m_phaseStartUs;
    m_reconnectDelayMs = 0;
    m_responseParser.reset();
    m_socket->disconnect(this);
    m_session = new WebSocketSession(m_socket, Role::Client, *outcome, m_connectionId, 0, m_options.session, this);
    connect(m_session, &WebSocketSession::eventOccurred, this, &WebSocketClient::eventOccurred);
    connect(m_session, &WebSocketSession::messageReceived, this, &WebSocketClient::messageReceived);
    connect(m_session, &WebSocketSession::pongReceived, this, &WebSocketClient::pongReceived);
    connect(m_session, &WebSocketSession::closed, this, &WebSocketClient::onSessionClosed);

    Event openedEvent = makeEvent(Event::Kind::Opened);
    openedEvent.text = QString::fromUtf8(outcome->subprotocol);
    openedEvent.detail = QString::fromUtf8(outcome->extensions);
    openedEvent.timings = m_timings;
    Q_EMIT eventOccurred(openedEvent);
    setState(State::Open);
    Q_EMIT opened();
    m_session->start(data.mid(consumed));
}

void WebSocketClient::onSocketError()
{
    if (m_session || !m_socket)
        return;
    // A name with several addresses (localhost: ::1 and 127.0.0.1) is tried address by address.
    if (!m_responseParser && !m_addresses.isEmpty() && m_socket->state() != QAbstractSocket::ConnectedState
        && m_socket->error() != QAbstractSocket::SslHandshakeFailedError) {
        m_socket->abort();
        connectSocket(m_addresses.takeFirst().toString());
        return;
    }
    // A refused upgrade may send its body until the connection closes.
    if (m_responseParser && m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
        if (m_responseParser->finish() == HttpParser::Result::Complete) {
            const HttpMessage response = m_responseParser->message();
            Event event = makeEvent(Event::Kind::HandshakeResponse);
            event.raw = response.raw;
            event.statusCode = response.statusCode;
            Q_EMIT eventOccurred(event);
            QString error;
            Handshake::checkResponse(m_handshake, response, &error);
            fail(error, &response);
            return;
        }
        fail(tr("server closed the connection during the handshake"));
        return;
    }
    fail(m_error.isEmpty() ? m_socket->errorString() : m_error);
}

void WebSocketClient::fail(const QString &error, const HttpMessage *response)
{
    if (m_state == State::Closed && !m_error.isEmpty() && m_error == error)
        return;
    m_error = error;
    m_connectTimer.stop();
    m_responseParser.reset();
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    Event event = makeEvent(Event::Kind::Failed);
    event.text = error;
    event.timings = m_timings;
    if (response) {
        event.statusCode = response->statusCode;
        event.raw = response->raw;
    }
    Q_EMIT eventOccurred(event);
    setState(State::Closed);
    Q_EMIT failed(error);
    scheduleReconnect();
}

void WebSocketClient::onSessionClosed()
{
    m_session->deleteLater();
    m_session = nullptr;
    setState(State::Closed);
    Q_EMIT closed();
    scheduleReconnect();
}

void WebSocketClient::scheduleReconnect()
{
    if (!m_options.autoReconnect || m_userClosed)
        return;
    m_reconnectDelayMs = m_reconnectDelayMs == 0 ? m_options.reconnectInitialDelayMs
                                                 : qMin(m_reconnectDelayMs * 2, m_options.reconnectMaxDelayMs);
    m_reconnectTimer.start(m_reconnectDelayMs);
}

void WebSocketClient::close(quint16 code, const QString &reason)
{
    m_userClosed = true;
    m_reconnectTimer.stop();
    if (m_session) {
        setState(State::Closing);
        m_session->close(code, reason);
    } else if (m_state == State::Connecting) {
        fail(tr("connection attempt cancelled"));
    }
}

void WebSocketClient::abort()
{
    m_userClosed = true;
    m_reconnectTimer.stop();
    if (m_session)
        m_session->abort();
    else if (m_state == State::Connecting)
        fail(tr("connection attempt cancelled"));
}

void WebSocketClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

Event WebSocketClient::makeEvent(Event::Kind kind) const
{
    Event event;
    event.kind = kind;
    event.connectionId = m_connectionId;
    event.timestampNs = nowNs();
    return event;
}

} // namespace Sockscope
