// SPDX-License-Identifier: GPL-3.0-or-later
#include "websocketconversation.h"

#include "protocol/closecode.h"
#include "protocol/permessagedeflate.h"

#include <span>

namespace Sockscope {
namespace {

constexpr qsizetype kMaxHandshakeBytes = HttpParser::kMaxHeadSize + HttpParser::kMaxBodySize;

bool looksLikeTls(const QByteArray &bytes)
{
    // A TLS record: handshake (22), version 3.x.
    return bytes.size() >= 3 && quint8(bytes[0]) == 0x16 && quint8(bytes[1]) == 0x03 && quint8(bytes[2]) <= 0x04;
}

bool looksLikeHttpRequest(const QByteArray &bytes)
{
    return bytes.startsWith("GET ") || QByteArrayView("GET ").startsWith(bytes);
}

} // namespace

std::optional<bool> plausibleFrameAt(const QByteArray &bytes, qsizetype offset, bool client, bool allowContinuation,
                                     FrameHeader *header)
{
    if (bytes.size() - offset < 2)
        return std::nullopt;
    const auto *data = reinterpret_cast<const std::uint8_t *>(bytes.constData()) + offset;
    const std::uint8_t lengthByte = data[1] & 0x7f;
    const qsizetype size = 2 + (lengthByte == 126 ? 2 : lengthByte == 127 ? 8 : 0) + ((data[1] & 0x80) ? 4 : 0);
    if (bytes.size() - offset < size)
        return std::nullopt;
    const auto parsed = FrameDecoder::parseHeader(std::span(data, std::size_t(size)));
    if (!parsed || parsed->masked != client || parsed->rsv2 || parsed->rsv3)
        return false;
    const std::uint8_t op = parsed->opcode;
    const bool known = op == 1 || op == 2 || op == 8 || op == 9 || op == 10 || (allowContinuation && op == 0);
    if (!known || (parsed->isControl() && (!parsed->fin || parsed->payloadLength > kMaxControlPayload)))
        return false;
    if (header)
        *header = *parsed;
    return true;
}

WebSocketConversation::WebSocketConversation(TcpEndpoints endpoints, qint64 startedNs, EventSink sink)
    : m_endpoints(std::move(endpoints)), m_startedNs(startedNs), m_sink(std::move(sink))
{
    m_client.direction = Direction::Outgoing;
    m_server.direction = Direction::Incoming;
}

WebSocketConversation::~WebSocketConversation() = default;

WebSocketConversation::Flow &WebSocketConversation::flowOf(Side side)
{
    return (side == Side::Client) != m_swapped ? m_client : m_server;
}

QString WebSocketConversation::senderName(const Flow &flow) const
{
    return &flow == &m_client ? tr("client") : tr("server");
}

Event WebSocketConversation::event(Event::Kind kind, qint64 ns) const
{
    Event e;
    e.kind = kind;
    e.timestampNs = ns;
    return e;
}

void WebSocketConversation::emitEvent(Event e)
{
    m_sink(e);
}

void WebSocketConversation::bytes(Side side, QByteArray data, qint64 ns)
{
    if (data.isEmpty() || m_state == State::Ignored || m_state == State::Tls || m_state == State::Ended)
        return;
    if (m_state == State::Open) {
        decodeFrames(flowOf(side), std::move(data), ns);
        return;
    }
    flowOf(side).pending += data;
    if (m_state == State::Unknown)
        classify(side, ns);
    if (m_state == State::Handshake)
        advanceHandshake(ns);
}

void WebSocketConversation::classify(Side side, qint64 ns)
{
    const QByteArray &first = flowOf(side).pending;
    if (side == Side::Client && looksLikeHttpRequest(first)) {
        if (first.size() >= 4)
            m_state = State::Handshake;
        return;
    }
    if (looksLikeTls(first)) {
        m_state = State::Tls;
        const QString server = side == Side::Client ? m_endpoints.server : m_endpoints.client;
        listConnection(QStringLiteral("wss://") + server + QLatin1Char('/'), QString(), m_startedNs);
        Event failed = event(Event::Kind::Failed, ns);
        failed.text = tr("cannot decode: TLS-encrypted traffic (wss://); only its endpoints are listed");
        emitEvent(failed);
        return;
    }
    if (!guessWithoutHandshake(side, ns))
        m_state = State::Ignored;
}

// No handshake in the capture: the side whose first bytes parse as a masked frame is the client.
bool WebSocketConversation::guessWithoutHandshake(Side side, qint64 ns)
{
    const QByteArray first = flowOf(side).pending;
    FrameHeader header;
    const auto asClient = plausibleFrameAt(first, 0, true, true, &header);
    const auto asServer =
            asClient.value_or(false) ? std::optional<bool>(false) : plausibleFrameAt(first, 0, false, true, &header);
    if (!asClient.value_or(false) && !asServer.value_or(false))
        return false;
    if (asServer.value_or(false) == (side == Side::Client)) {
        // The TCP "client" sends unmasked frames: roles are the other way round.
        m_swapped = true;
        std::swap(m_client.pending, m_server.pending);
        std::swap(m_endpoints.client, m_endpoints.server);
    }
    listConnection(QStringLiteral("ws://") + m_endpoints.server + QLatin1Char('/'),
                   tr("no WebSocket handshake in the capture: frames found by a heuristic%1")
                           .arg(header.rsv1 ? tr(", permessage-deflate assumed") : QString()),
                   m_startedNs);
    Event opened = event(Event::Kind::Opened, ns);
    opened.detail = header.rsv1 ? QString::fromLatin1(PerMessageDeflate::kName) : QString();
    emitEvent(opened);
    startReaders(header.rsv1 ? std::optional<DeflateParams>(DeflateParams{}) : std::nullopt);
    m_state = State::Open;
    feedFrames(m_client, ns);
    feedFrames(m_server, ns);
    return true;
}

void WebSocketConversation::listConnection(const QString &url, const QString &detail, qint64 ns)
{
    m_listed = true;
    Event connecting = event(Event::Kind::Connecting, ns);
    connecting.text = url;
    connecting.detail = detail.isEmpty()
            ? tr("from a packet capture: %1 → %2").arg(m_endpoints.client, m_endpoints.server)
            : tr("from a packet capture: %1 → %2; %3").arg(m_endpoints.client, m_endpoints.server, detail);
    emitEvent(connecting);
}

void WebSocketConversation::advanceHandshake(qint64 ns)
{
    if (!m_requestDone) {
        qsizetype used = 0;
        const auto result = m_request.feed(m_client.pending, &used);
        if (result == HttpParser::Result::NeedMoreData && m_client.pending.size() < kMaxHandshakeBytes)
            return;
        const HttpMessage &request = m_request.message();
        if (result != HttpParser::Result::Complete || !request.hasToken("Upgrade", "websocket")) {
            m_state = State::Ignored; // plain HTTP, or not HTTP at all
            return;
        }
        m_client.pending.remove(0, used);
        m_requestDone = true;
        const QByteArray host = request.header("Host");
        listConnection(QStringLiteral("ws://")
                               + QString::fromLatin1(host.isEmpty() ? m_endpoints.server.toLatin1() : host)
                               + QString::fromLatin1(request.target),
                       QString(), m_startedNs);
        Event sent = event(Event::Kind::HandshakeRequest, ns);
        sent.direction = Direction::Outgoing;
        sent.raw = request.raw;
        emitEvent(sent);
    }
    if (m_server.pending.isEmpty())
        return;
    qsizetype used = 0;
    const auto result = m_response.feed(m_server.pending, &used);
    if (result == HttpParser::Result::NeedMoreData && m_server.pending.size() < kMaxHandshakeBytes)
        return;
    m_server.pending.remove(0, used);
    open(m_response.message(), ns);
}

void WebSocketConversation::open(const HttpMessage &response, qint64 ns)
{
    Event answered = event(Event::Kind::HandshakeResponse, ns);
    answered.direction = Direction::Incoming;
    answered.raw = response.raw;
    answered.statusCode = response.statusCode;
    emitEvent(answered);
    QString error;
    const QList<QByteArray> extensions = response.headerElements("Sec-WebSocket-Extensions");
    const auto deflate = response.statusCode == 101 && !extensions.isEmpty()
            ? PerMessageDeflate::parseResponse(extensions, &error)
            : std::nullopt;
    if (response.statusCode != 101 || !error.isEmpty()) {
        Event failed = event(Event::Kind::Failed, ns);
        failed.statusCode = response.statusCode;
        failed.text =
                response.statusCode == 101 ? error : tr("upgrade refused with status %1").arg(response.statusCode);
        emitEvent(failed);
        m_state = State::Ended;
        return;
    }
    Event opened = event(Event::Kind::Opened, ns);
    opened.text = QString::fromLatin1(response.header("Sec-WebSocket-Protocol"));
    opened.detail = QString::fromLatin1(response.header("Sec-WebSocket-Extensions"));
    emitEvent(opened);
    startReaders(deflate);
    m_state = State::Open;
    feedFrames(m_client, ns);
    feedFrames(m_server, ns);
}

void WebSocketConversation::startReaders(std::optional<DeflateParams> deflate)
{
    // The reader of the client's frames plays the server, and the other way round.
    m_deflate = deflate;
    m_client.reader = std::make_unique<MessageReader>(Role::Server, deflate);
    m_server.reader = std::make_unique<MessageReader>(Role::Client, deflate);
}

void WebSocketConversation::feedFrames(Flow &flow, qint64 ns)
{
    decodeFrames(flow, std::exchange(flow.pending, QByteArray()), ns);
}

void WebSocketConversation::decodeFrames(Flow &flow, QByteArray data, qint64 ns)
{
    if (flow.resynchronising) {
        flow.pending += data;
        if (!resynchronise(flow))
            return;
        data = std::exchange(flow.pending, QByteArray());
    }
    data.detach(); // the decoder unmasks in place
    std::span<std::uint8_t> input(reinterpret_cast<std::uint8_t *>(data.data()), std::size_t(data.size()));
    while (!input.empty()) {
        const auto result = flow.decoder.decode(input);
        if (result == FrameDecoder::Result::FrameReady) {
            const FrameHeader header = flow.decoder.header();
            frameDecoded(flow, header, flow.decoder.takePayload(), ns);
        } else if (result == FrameDecoder::Result::Failed) {
            Event broken = event(Event::Kind::ProtocolError, ns);
            broken.direction = flow.direction;
            broken.text = tr("cannot decode the %1's frames: %2; looking for the next frame")
                                  .arg(senderName(flow), QString::fromLatin1(flow.decoder.errorString()));
            emitEvent(broken);
            flow.decoder.reset();
            flow.resynchronising = true;
            flow.pending = QByteArray(reinterpret_cast<const char *>(input.data()), qsizetype(input.size()));
            return;
        }
    }
}

void WebSocketConversation::frameDecoded(Flow &flow, const FrameHeader &header, const QByteArray &payload, qint64 ns)
{
    const FrameMeaning meaning = flow.reader->process(header, payload);
    Event frame = event(Event::Kind::Frame, ns);
    frame.direction = flow.direction;
    frame.frame = header;
    frame.payload = payload;
    frame.inflated = meaning.inflated;
    frame.compressed = meaning.compressed;
    emitEvent(frame);
    if (meaning.kind == FrameMeaning::Kind::Violation) {
        Event violation = event(Event::Kind::ProtocolError, ns);
        violation.direction = flow.direction;
        violation.closeCode = meaning.closeCode;
        violation.text = tr("the %1 broke RFC 6455: %2").arg(senderName(flow), meaning.error);
        emitEvent(violation);
    } else if (meaning.kind == FrameMeaning::Kind::Close && !m_close) {
        m_close = event(Event::Kind::Closed, ns);
        m_close->closeCode = meaning.closeCode;
        m_close->text = QString::fromUtf8(meaning.data);
        m_close->detail = tr("closed by the %1").arg(senderName(flow));
    }
    flow.closeSeen = flow.closeSeen || meaning.kind == FrameMeaning::Kind::Close;
}

// Drops bytes up to the first offset where a plausible frame starts and, if the bytes reach
// that far, the next one too. The frame decoder and message reader start afresh there.
bool WebSocketConversation::resynchronise(Flow &flow)
{
    const bool client = &flow == &m_client;
    for (qsizetype offset = 0; offset < flow.pending.size(); ++offset) {
        FrameHeader header;
        const auto here = plausibleFrameAt(flow.pending, offset, client, false, &header);
        if (!here) {
            flow.pending.remove(0, offset); // what came before cannot start a frame: scan it once
            return false;                   // need more bytes to tell
        }
        if (!*here)
            continue;
        const quint64 next = quint64(offset) + header.wireSize();
        if (next < quint64(flow.pending.size())
            && !plausibleFrameAt(flow.pending, qsizetype(next), client, true).value_or(true))
            continue;
        flow.pending.remove(0, offset);
        flow.resynchronising = false;
        flow.decoder.reset();
        // The deflate context of the messages before the gap is lost with them.
        flow.reader = std::make_unique<MessageReader>(client ? Role::Server : Role::Client, m_deflate);
        return true;
    }
    return false;
}

void WebSocketConversation::gap(Side side, qint64 lostBytes, qint64 ns)
{
    if (m_state != State::Open) {
        if (m_state == State::Handshake || m_state == State::Unknown)
            m_state = State::Ignored; // the handshake itself is incomplete: nothing to decode
        return;
    }
    Flow &flow = flowOf(side);
    Event lost = event(Event::Kind::ProtocolError, ns);
    lost.direction = flow.direction;
    lost.text = flow.decoder.hasPendingHeader()
            ? tr("gap in the capture: %1 bytes of the %2's data missing; the frame in progress (%3 of %4 payload "
                 "bytes seen) is lost, decoding resumes at the next frame found")
                      .arg(lostBytes)
                      .arg(senderName(flow))
                      .arg(flow.decoder.pendingPayloadBytes())
                      .arg(flow.decoder.header().payloadLength)
            : tr("gap in the capture: %1 bytes of the %2's data missing; decoding resumes at the next frame found")
                      .arg(lostBytes)
                      .arg(senderName(flow));
    emitEvent(lost);
    flow.decoder.reset();
    flow.resynchronising = true;
    flow.pending.clear();
}

void WebSocketConversation::finish(qint64 ns, bool captureEnded)
{
    if (m_state == State::Open && (m_close || !captureEnded)) {
        Event closed = m_close.value_or(event(Event::Kind::Closed, ns));
        if (!m_close) {
            closed.closeCode = quint16(CloseCode::AbnormalClosure);
            closed.detail = tr("the TCP connection ended without a closing handshake");
        }
        closed.timestampNs = qMax(closed.timestampNs, ns);
        emitEvent(closed);
    }
    if (m_state != State::Ignored)
        m_state = State::Ended;
    // A long capture holds many finished connections: their inflaters and buffers go now.
    for (Flow *flow : {&m_client, &m_server}) {
        flow->reader.reset();
        flow->pending.clear();
        flow->decoder.reset();
    }
}

void WebSocketConversation::damaged(const QString &error, qint64 ns)
{
    if (!m_listed || m_state == State::Ended)
        return;
    Event failed = event(Event::Kind::Failed, ns);
    failed.text = error;
    emitEvent(failed);
    m_state = State::Ended;
}

} // namespace Sockscope
