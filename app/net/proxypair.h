// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proxyoptions.h"
#include "store/event.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace Sockscope {

class WebSocketClient;
class WebSocketServer;
class WebSocketSession;

// One proxied connection: the client leg (a peer of the proxy's WebSocketServer, its upgrade
// held until the upstream answers) and the upstream leg (a WebSocketClient). Each leg
// negotiates its own extensions; messages are relayed in order through the rules, closes are
// passed on, and a leg whose peer reads slowly pauses reading the other. All events of both
// legs come out of eventOccurred, the upstream leg's under the proxy's server id, with
// edited and dropped messages marked.
class ProxyPair : public QObject
{
    Q_OBJECT

public:
    enum class Leg { Client, Upstream };
    Q_ENUM(Leg)

    // `upstream` is complete but for what this client asks: its path, headers, subprotocols.
    ProxyPair(WebSocketServer *server, quint64 clientLegId, const HttpMessage &request, const ClientOptions &upstream,
              const ProxyOptions &options, QObject *parent = nullptr);
    ~ProxyPair() override;

    void start();
    // The client went away before the upgrade was answered.
    void abandon();
    // Events of the client leg, from the proxy's server.
    void relayClientEvent(const Event &event);

    quint64 clientLegId() const { return m_clientLegId; }
    quint64 upstreamLegId() const;
    // The open sessions, or null before the upgrade and after the close. A GUI injects through them.
    WebSocketSession *leg(Leg leg) const;

Q_SIGNALS:
    void eventOccurred(const Sockscope::Event &event);
    void opened();
    // Both legs are closed; the pair deletes itself after this.
    void finished();

private:
    static ClientOptions upstreamOptions(const HttpMessage &request, const ClientOptions &upstream, bool deflate);
    void relay(Event event, Leg from);
    void flushHeld();
    void onUpstreamOpened();
    void onUpstreamFailed(const Event &failed);
    void forward(Leg from, Opcode opcode, const QByteArray &data);
    void watchBackPressure(WebSocketSession *writer, WebSocketSession *reader);
    void onLegClosed(Leg leg, quint16 code, const QString &reason);
    void legDone(Leg leg);

    QPointer<WebSocketServer> m_server;
    quint64 m_clientLegId;
    QPointer<WebSocketClient> m_upstream;
    QPointer<WebSocketSession> m_clientLeg;
    ProxyOptions m_options;
    std::optional<Event> m_held; // the final frame of an incoming message, until its verdict
    std::optional<Leg> m_markEditedOn;
    bool m_clientDone = false;
    bool m_upstreamDone = false;
};

} // namespace Sockscope
