// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxypair.h"

#include "websocketclient.h"
#include "websocketserver.h"
#include "websocketsession.h"

#include <QTimer>
#include <QtEndian>

namespace Sockscope {
namespace {

// Headers the upstream handshake builds itself, and the hop-by-hop ones (RFC 9110 §7.6.1).
bool isHopByHopOrHandshake(const QByteArray &name, const HttpMessage &request)
{
    static const QList<QByteArray> names = {"host",
                                            "connection",
                                            "upgrade",
                                            "keep-alive",
                                            "te",
                                            "trailer",
                                            "transfer-encoding",
                                            "proxy-connection",
                                            "proxy-authorization",
                                            "sec-websocket-key",
                                            "sec-websocket-version",
                                            "sec-websocket-extensions",
                                            "sec-websocket-protocol",
                                            "origin",
                                            "content-length"};
    const QByteArray lower = name.toLower();
    if (names.contains(lower))
        return true;
    // A header the client's Connection header names is hop-by-hop too.
    for (const QByteArray &token : request.headerElements("Connection")) {
        if (token.toLower() == lower)
            return true;
    }
    return false;
}

// The code of a close frame's payload (big endian), or "no status" when it has none.
quint16 closeCodeOf(const QByteArray &payload)
{
    return payload.size() < 2 ? quint16(CloseCode::NoStatusReceived) : qFromBigEndian<quint16>(payload.constData());
}

// RFC 6455 §7.4.1: 1005, 1006 and 1015 are never sent in a Close frame.
bool isUnsendable(quint16 code)
{
    return code == quint16(CloseCode::NoStatusReceived) || code == quint16(CloseCode::AbnormalClosure) || code == 1015;
}

} // namespace

ProxyPair::ProxyPair(WebSocketServer *server, quint64 clientLegId, const HttpMessage &request,
                     const ClientOptions &upstream, const ProxyOptions &options, QObject *parent)
    : QObject(parent), m_server(server), m_clientLegId(clientLegId), m_options(options)
{
    m_upstreamUrl = upstream.url.toString();
    m_upstream = new WebSocketClient(upstreamOptions(request, upstream, options.deflate), this);
    connect(m_upstream, &WebSocketClient::eventOccurred, this,
            [this](const Event &event) { relay(event, Leg::Upstream); });
    connect(m_upstream, &WebSocketClient::opened, this, &ProxyPair::onUpstreamOpened);
    connect(m_upstream, &WebSocketClient::messageReceived, this,
            [this](Opcode opcode, const QByteArray &data) { forward(Leg::Upstream, opcode, data); });
    connect(m_upstream, &WebSocketClient::closed, this, [this] { legDone(Leg::Upstream); });
    connect(m_upstream, &WebSocketClient::failed, this, [this] { legDone(Leg::Upstream); });
}

ProxyPair::~ProxyPair() = default;

ClientOptions ProxyPair::upstreamOptions(const HttpMessage &request, const ClientOptions &upstream, bool deflate)
{
    ClientOptions options = upstream;
    options.autoReconnect = false;
    options.deflate = deflate;
    options.origin = request.header("Origin");
    options.subprotocols = request.headerElements("Sec-WebSocket-Protocol");
    options.headers.clear();
    for (const HttpHeader &header : request.headers) {
        if (!isHopByHopOrHandshake(header.name, request))
            options.headers.append(header);
    }
    return options;
}

quint64 ProxyPair::upstreamLegId() const
{
    return m_upstream ? m_upstream->connectionId() : 0;
}

WebSocketSession *ProxyPair::leg(Leg leg) const
{
    if (leg == Leg::Client)
        return m_clientLeg;
    return m_upstream ? m_upstream->session() : nullptr;
}

void ProxyPair::start()
{
    m_upstream->open();
}

void ProxyPair::abandon()
{
    legDone(Leg::Client);
    if (m_upstream)
        m_upstream->abort();
}

void ProxyPair::relayClientEvent(const Event &event)
{
    relay(event, Leg::Client);
}

void ProxyPair::relay(Event event, Leg from)
{
    if (from == Leg::Upstream) {
        event.serverId = m_server ? m_server->serverId() : 0;
        if (event.kind == Event::Kind::Connecting)
            event.pairedId = m_clientLegId;
    }
    const bool frame = event.kind == Event::Kind::Frame;
    const bool control = isControlOpcode(event.frame.opcode);
    if (frame && event.direction == Direction::Outgoing && m_markEditedOn == from && control == m_markEditedControl)
        event.edited = true;
    if (frame && event.direction == Direction::Outgoing && m_markInjectedOn == from)
        event.injected = true;
    flushHeld();
    // The final frame of an incoming message waits for the rules' verdict (a drop marks it).
    if (frame && event.direction == Direction::Incoming && event.frame.fin && !control) {
        m_held = event;
        return;
    }
    if (frame && event.direction == Direction::Incoming && control && m_clientLeg) {
        relayControl(from, event);
        return;
    }
    Q_EMIT eventOccurred(event);
    if (event.kind == Event::Kind::Closed)
        onLegClosed(from, event.closeCode, event.text);
    else if (event.kind == Event::Kind::Failed && from == Leg::Upstream)
        onUpstreamFailed(event);
    else if (event.kind == Event::Kind::Failed && from == Leg::Client)
        abandon();
}

void ProxyPair::flushHeld()
{
    if (!m_held)
        return;
    const Event held = *m_held;
    m_held.reset();
    Q_EMIT eventOccurred(held);
}

void ProxyPair::onUpstreamOpened()
{
    if (!m_server)
        return;
    ServerHandshakePolicy policy;
    const QByteArray chosen = m_upstream->session()->outcome().subprotocol;
    if (!chosen.isEmpty())
        policy.subprotocols = {chosen};
    policy.acceptDeflate = m_options.deflate;
    m_server->acceptUpgrade(m_clientLegId, policy);
    m_clientLeg = m_server->session(m_clientLegId);
    if (!m_clientLeg) { // the client's request was not a valid upgrade
        m_upstream->close(quint16(CloseCode::GoingAway));
        return;
    }
    connect(m_clientLeg, &WebSocketSession::messageReceived, this,
            [this](Opcode opcode, const QByteArray &data) { forward(Leg::Client, opcode, data); });
    // From here the pair answers pings, or relays them while control frames are intercepted;
    // it sees them on the event stream, which a quiet, unrecorded proxy does not build.
    if (m_clientLeg->emitsFrameEvents() && m_upstream->session()->emitsFrameEvents()) {
        m_clientLeg->setAutoPong(false);
        m_upstream->session()->setAutoPong(false);
    }
    watchBackPressure(m_clientLeg, m_upstream->session());
    watchBackPressure(m_upstream->session(), m_clientLeg);
    Q_EMIT opened();
}

void ProxyPair::onUpstreamFailed(const Event &failed)
{
    if (!m_server || m_clientLeg)
        return;
    if (failed.statusCode != 0 && !failed.raw.isEmpty()) {
        // The upstream refused the upgrade: the client gets its status, headers and body.
        HttpParser parser(HttpParser::Kind::Response);
        qsizetype consumed = 0;
        if (parser.feed(failed.raw, &consumed) == HttpParser::Result::NeedMoreData)
            parser.finish();
        HttpMessage response = parser.message();
        response.raw = failed.raw;
        m_server->refuseUpgrade(m_clientLegId, response);
        return;
    }
    m_server->refuseUpgrade(m_clientLegId,
                            Handshake::refusal(502, "Bad Gateway", tr("upstream unreachable: %1").arg(failed.text)));
}

void ProxyPair::forward(Leg from, Opcode opcode, const QByteArray &data)
{
    const ProxyDirection direction =
            from == Leg::Client ? ProxyDirection::ClientToServer : ProxyDirection::ServerToClient;
    const RuleVerdict verdict = m_options.rules.apply(direction, opcode, data);
    if (verdict.kind == RuleVerdict::Kind::Dropped) {
        if (m_held)
            m_held->dropped = true;
        flushHeld();
        return;
    }
    Outgoing message;
    message.opcode = opcode;
    message.data = verdict.data;
    message.edited = verdict.kind == RuleVerdict::Kind::Edited;
    message.final = std::exchange(m_held, std::nullopt);
    pass(from, std::move(message));
}

// Pings are answered on their own leg, and closes passed on once the leg has closed, unless
// control frames are intercepted: then they travel through the queue like messages.
void ProxyPair::relayControl(Leg from, const Event &incoming)
{
    const auto opcode = Opcode(incoming.frame.opcode);
    if (!m_interceptor || !m_interceptor->pausesControlFrames()) {
        Q_EMIT eventOccurred(incoming);
        if (opcode == Opcode::Ping && leg(from))
            leg(from)->sendPong(incoming.payload);
        return;
    }
    Outgoing message;
    message.opcode = opcode;
    message.data = incoming.payload;
    message.final = incoming;
    pass(from, std::move(message));
}

// A message or control frame on its way: paused when the interceptor says so, else sent now
// or behind the ones of its direction that wait.
void ProxyPair::pass(Leg from, Outgoing message)
{
    const ProxyDirection direction =
            from == Leg::Client ? ProxyDirection::ClientToServer : ProxyDirection::ServerToClient;
    if (m_interceptor && m_interceptor->shouldPause(direction, m_upstreamUrl, message.opcode, message.data)) {
        pause(from, direction, std::move(message));
        return;
    }
    if (message.final)
        Q_EMIT eventOccurred(*std::exchange(message.final, std::nullopt));
    std::deque<Outgoing> &queue = queueFrom(from);
    if (queue.empty())
        deliver(from, message);
    else
        queue.push_back(std::move(message));
}

void ProxyPair::pause(Leg from, ProxyDirection direction, Outgoing message)
{
    PendingMessage pending;
    pending.fromLegId = from == Leg::Client ? m_clientLegId : upstreamLegId();
    pending.toLegId = from == Leg::Client ? upstreamLegId() : m_clientLegId;
    pending.direction = direction;
    pending.opcode = message.opcode;
    pending.data = message.data;
    pending.url = m_upstreamUrl;
    message.interceptId = m_interceptor->pause(this, pending);
    queueFrom(from).push_back(std::move(message));
}

void ProxyPair::applyVerdict(quint64 id, Interceptor::Verdict verdict, const QByteArray &edited)
{
    for (Leg from : {Leg::Client, Leg::Upstream}) {
        for (Outgoing &message : queueFrom(from)) {
            if (message.interceptId != id)
                continue;
            message.interceptId = 0;
            message.dropped = verdict == Interceptor::Verdict::Drop;
            if (verdict == Interceptor::Verdict::ForwardEdited && edited != message.data) {
                message.data = edited;
                message.edited = true;
            }
            drain(from);
            return;
        }
    }
}

// Sends from the front of the queue up to the next message still waiting for its verdict.
void ProxyPair::drain(Leg from)
{
    std::deque<Outgoing> &queue = queueFrom(from);
    while (!queue.empty() && queue.front().interceptId == 0) {
        Outgoing message = std::move(queue.front());
        queue.pop_front();
        if (message.final) {
            message.final->dropped = message.dropped;
            Q_EMIT eventOccurred(*message.final);
        }
        if (!message.dropped)
            deliver(from, message);
        else if (message.opcode == Opcode::Close)
            closeDecided(from) = true; // dropped: the other leg stays open
    }
    std::optional<CloseToPass> &deferred = from == Leg::Client ? m_clientClose : m_upstreamClose;
    if (queue.empty() && deferred)
        passClose(from, deferred->code, std::exchange(deferred, std::nullopt)->reason);
}

void ProxyPair::deliver(Leg from, const Outgoing &message)
{
    const Leg to = from == Leg::Client ? Leg::Upstream : Leg::Client;
    if (message.edited) {
        m_markEditedOn = to;
        m_markEditedControl = isControlOpcode(std::uint8_t(message.opcode));
    }
    if (message.opcode == Opcode::Close) {
        closeDecided(from) = true;
        passClose(from, closeCodeOf(message.data), QString::fromUtf8(message.data.mid(2)));
    } else if (WebSocketSession *target = leg(to)) {
        if (message.opcode == Opcode::Ping)
            target->sendPing(message.data);
        else if (message.opcode == Opcode::Pong)
            target->sendPong(message.data);
        else
            target->sendMessage(message.opcode, message.data);
        if (target->bytesToWrite() > m_options.maxQueuedBytes) {
            if (WebSocketSession *source = leg(from))
                source->setReadingPaused(true);
        }
    }
    m_markEditedOn.reset();
}

std::optional<ProxyPair::Leg> ProxyPair::legOf(const WebSocketSession *session) const
{
    if (session && session == leg(Leg::Client))
        return Leg::Client;
    if (session && session == leg(Leg::Upstream))
        return Leg::Upstream;
    return std::nullopt;
}

void ProxyPair::inject(WebSocketSession *session, const std::function<void(WebSocketSession *)> &send)
{
    m_markInjectedOn = legOf(session);
    send(session);
    m_markInjectedOn.reset();
}

void ProxyPair::watchBackPressure(WebSocketSession *writer, WebSocketSession *reader)
{
    connect(writer, &WebSocketSession::bytesWritten, reader, [this, writer, reader] {
        if (reader->isReadingPaused() && writer->bytesToWrite() <= m_options.maxQueuedBytes / 2)
            reader->setReadingPaused(false);
    });
}

void ProxyPair::onLegClosed(Leg leg, quint16 code, const QString &reason)
{
    // An intercepted close was passed on or dropped by its verdict.
    if (closeDecided(leg)) {
        if (leg == Leg::Client)
            legDone(Leg::Client);
        return;
    }
    // A close does not overtake the messages that came before it and still wait for a verdict.
    if (!queueFrom(leg).empty()) {
        std::optional<CloseToPass> &deferred = leg == Leg::Client ? m_clientClose : m_upstreamClose;
        deferred = CloseToPass{code, reason};
        if (leg == Leg::Client)
            legDone(Leg::Client);
        return;
    }
    passClose(leg, code, reason);
}

void ProxyPair::passClose(Leg leg, quint16 code, const QString &reason)
{
    if (leg == Leg::Client) {
        legDone(Leg::Client);
        // A client that dropped leaves the server with "going away" (§7.4.1).
        if (m_upstream)
            m_upstream->close(isUnsendable(code) ? quint16(CloseCode::GoingAway) : code, reason);
        return;
    }
    if (!m_clientLeg)
        return;
    if (code == quint16(CloseCode::AbnormalClosure) || code == 1015)
        m_clientLeg->close(quint16(CloseCode::BadGateway), tr("upstream connection dropped"));
    else
        m_clientLeg->close(code == quint16(CloseCode::NoStatusReceived) ? 0 : code, reason);
}

void ProxyPair::legDone(Leg leg)
{
    bool &done = leg == Leg::Client ? m_clientDone : m_upstreamDone;
    if (done)
        return;
    done = true;
    if (m_clientDone && m_upstreamDone) {
        flushHeld();
        if (m_interceptor)
            m_interceptor->forgetPair(this);
        Q_EMIT finished();
        deleteLater();
    }
}

} // namespace Sockscope
