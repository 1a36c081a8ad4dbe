// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interceptor.h"
#include "proxyoptions.h"
#include "store/event.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
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
// edited, dropped and injected messages marked. With an interceptor, a message it pauses waits
// for the user's verdict, and later messages of its direction wait behind it.
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
    // The open sessions, or null before the upgrade and after the close.
    WebSocketSession *leg(Leg leg) const;
    // Which leg `session` is, if it is one of this pair's.
    std::optional<Leg> legOf(const WebSocketSession *session) const;
    // Runs `send` on `session` (one of the legs) with what it sends marked as injected.
    void inject(WebSocketSession *session, const std::function<void(WebSocketSession *)> &send);

    void setInterceptor(Interceptor *interceptor) { m_interceptor = interceptor; }
    // The interceptor's verdict on the paused message `id`.
    void applyVerdict(quint64 id, Interceptor::Verdict verdict, const QByteArray &edited);

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
    void relayControl(Leg from, const Event &incoming);
    // A message on its way out, in its direction's queue while an earlier one waits for a verdict.
    struct Outgoing // a message, or a control frame while they are intercepted
    {
        Opcode opcode = Opcode::Text;
        QByteArray data;
        bool edited = false;
        bool dropped = false;
        quint64 interceptId = 0;    // paused, until its verdict
        std::optional<Event> final; // a paused message's final incoming frame, written with its verdict
    };
    std::deque<Outgoing> &queueFrom(Leg from) { return from == Leg::Client ? m_fromClient : m_fromUpstream; }
    void pass(Leg from, Outgoing message);
    void pause(Leg from, ProxyDirection direction, Outgoing message);
    void drain(Leg from);
    void deliver(Leg from, const Outgoing &message);
    bool &closeDecided(Leg leg) { return leg == Leg::Client ? m_clientCloseDecided : m_upstreamCloseDecided; }
    void watchBackPressure(WebSocketSession *writer, WebSocketSession *reader);
    void onLegClosed(Leg leg, quint16 code, const QString &reason);
    void passClose(Leg leg, quint16 code, const QString &reason);
    void legDone(Leg leg);

    QPointer<WebSocketServer> m_server;
    quint64 m_clientLegId;
    QPointer<WebSocketClient> m_upstream;
    QPointer<WebSocketSession> m_clientLeg;
    ProxyOptions m_options;
    std::optional<Event> m_held; // the final frame of an incoming message, until its verdict
    std::optional<Leg> m_markEditedOn;
    bool m_markEditedControl = false; // what the edited frame is: a control frame or a message
    std::optional<Leg> m_markInjectedOn;
    QPointer<Interceptor> m_interceptor;
    QString m_upstreamUrl;
    struct CloseToPass
    {
        quint16 code = 0;
        QString reason;
    };
    std::optional<CloseToPass> m_clientClose; // a leg's close, passed on once its queue is empty
    std::optional<CloseToPass> m_upstreamClose;
    std::deque<Outgoing> m_fromClient;
    std::deque<Outgoing> m_fromUpstream;
    bool m_clientCloseDecided = false; // an intercepted close got its verdict
    bool m_upstreamCloseDecided = false;
    bool m_clientDone = false;
    bool m_upstreamDone = false;
};

} // namespace Sockscope
