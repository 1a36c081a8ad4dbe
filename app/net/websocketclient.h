// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientoptions.h"
#include "protocol/handshake.h"
#include "store/event.h"
#include "websocketsession.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QAbstractSocket;
class QHostInfo;

namespace Sockscope {

// A client connection (ENG-5): resolves, connects (directly, through an HTTP CONNECT or SOCKS5
// proxy, with or without TLS), performs the upgrade with raw bytes recorded, then hands the
// socket to a WebSocketSession. Optionally reconnects with exponential back-off.
class WebSocketClient : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Connecting, Open, Closing, Closed };
    Q_ENUM(State)

    explicit WebSocketClient(const ClientOptions &options, QObject *parent = nullptr);
    ~WebSocketClient() override;

    // Checks the options that can be checked before connecting; empty when all is well.
    static QString validate(const ClientOptions &options);

    void open();
    void close(quint16 code = quint16(CloseCode::Normal), const QString &reason = {});
    void abort();

    quint64 connectionId() const { return m_connectionId; }
    State state() const { return m_state; }
    const ClientOptions &options() const { return m_options; }
    // The open session, or null before the upgrade and after the close.
    WebSocketSession *session() const { return m_session; }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void eventOccurred(const Sockscope::Event &event);
    void opened();
    void messageReceived(Sockscope::Opcode opcode, const QByteArray &data);
    void pongReceived(qint64 roundTripUs);
    void failed(const QString &error);
    void closed();
    void stateChanged(Sockscope::WebSocketClient::State state);

private:
    void onHostLookedUp(const QHostInfo &info);
    void onSocketConnected();
    void onSocketEncrypted();
    void onSocketReadyRead();
    void onSocketError();
    void onSessionClosed();
    void connectSocket(const QString &host);
    void fail(const QString &error, const HttpMessage *response = nullptr);
    void setState(State state);
    void scheduleReconnect();
    bool isSecure() const;
    Event makeEvent(Event::Kind kind) const;

    ClientOptions m_options;
    quint64 m_connectionId;
    State m_state = State::Idle;
    QPointer<QAbstractSocket> m_socket;
    QPointer<WebSocketSession> m_session;
    ClientHandshakeSpec m_handshake;
    std::optional<HttpParser> m_responseParser;
    ConnectionTimings m_timings;
    QElapsedTimer m_clock;
    qint64 m_phaseStartUs = 0;
    QTimer m_connectTimer;
    QTimer m_reconnectTimer;
    int m_reconnectDelayMs = 0;
    int m_lookupId = -1;
    QList<QHostAddress> m_addresses; // resolved addresses not tried yet
    bool m_userClosed = false;
    QString m_error;
};

} // namespace Sockscope
