// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interceptor.h"
#include "proxyoptions.h"
#include "store/event.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Sockscope {

class LocalCa;
class ProxyPair;
class WebSocketServer;

// A WebSocket proxy (ENG-7 and issue 11). With an upstream URL it is a reverse proxy: every
// client that upgrades is paired with an upstream connection to that URL plus the client's
// path and query. Without one it is a forward HTTP proxy: `GET ws://...` in absolute form and
// `CONNECT host:port` tunnels, whose wss:// is terminated with a certificate from the local CA;
// other HTTP requests are relayed unchanged. Every leg's events come out of eventOccurred.
class ProxyServer : public QObject
{
    Q_OBJECT

public:
    explicit ProxyServer(const ProxyOptions &options, QObject *parent = nullptr);
    ~ProxyServer() override;

    // Starts listening; false with errorString() set.
    bool listen();
    // Closes every leg with `code` and stops listening.
    void stop(quint16 code = quint16(CloseCode::GoingAway));

    bool isForward() const { return m_options.upstream.url.isEmpty(); }
    quint64 serverId() const;
    QString listenAddress() const;
    quint16 serverPort() const;
    QString errorString() const { return m_error; }
    // The pairs whose legs are open or opening.
    QList<ProxyPair *> pairs() const;
    // The forward proxy's certificate authority (created on first use), for wss:// tunnels.
    void setLocalCa(LocalCa *ca) { m_ca = ca; }
    // The intercept queue new pairs pause messages in (issue 11 §3); none by default.
    void setInterceptor(Interceptor *interceptor) { m_interceptor = interceptor; }
    // The pair one of whose legs is `connectionId`, or null.
    ProxyPair *pairWithLeg(quint64 connectionId) const;

Q_SIGNALS:
    void eventOccurred(const Sockscope::Event &event);
    void pairOpened(Sockscope::ProxyPair *pair);
    void pairFinished(quint64 clientLegId);

private:
    void onServerEvent(const Event &event);
    void onUpgradeRequested(quint64 connectionId, const HttpMessage &request);
    void startPair(quint64 connectionId, const HttpMessage &request, const QUrl &url);
    void openTunnel(quint64 connectionId, const HttpMessage &request);
    void adoptTunnel(qintptr descriptor, const QString &host, quint16 port);
    void relayPlainHttp(quint64 connectionId, const HttpMessage &request, const QUrl &target);
    void refuse(quint64 connectionId, int status, const QByteArray &reason, const QString &error);

    // Where a CONNECT tunnel leads, by the connection id of what is read inside it.
    struct Tunnel
    {
        QString host;
        quint16 port = 0;
        bool secure = false;
    };
    // Forward proxy: where a request goes, from its absolute target or the tunnel it came through.
    static QUrl forwardTarget(const HttpMessage &request, const Tunnel *tunnel);

    ProxyOptions m_options;
    WebSocketServer *m_server = nullptr;
    QHash<quint64, QPointer<ProxyPair>> m_pairs; // by client leg id
    QHash<quint64, Tunnel> m_tunnels;
    LocalCa *m_ca = nullptr;
    QPointer<Interceptor> m_interceptor;
    QString m_error;
};

} // namespace Sockscope
