// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/framedecoder.h"
#include "protocol/httpmessage.h"
#include "protocol/messagereader.h"
#include "store/event.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace Sockscope {

// The two ends of a captured TCP connection, as "address:port" ([v6]:port for IPv6).
struct TcpEndpoints
{
    QString client;
    QString server;
};

// One captured TCP connection seen from outside (CAP-6): the reassembled bytes of each
// direction go in, Events of a client-role connection come out (client frames Outgoing).
// It finds the WebSocket upgrade in the HTTP bytes, recognises TLS (listed, not decoded),
// falls back to a frame heuristic when the handshake is missing, and decodes every frame
// with FrameDecoder and MessageReader with the negotiated permessage-deflate. A connection
// that is neither WebSocket nor TLS emits nothing.
class WebSocketConversation
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::WebSocketConversation)

public:
    using EventSink = std::function<void(Event &)>; // assigns connectionId and appends
    enum class Side { Client, Server };             // who sent the bytes, as TCP saw it

    WebSocketConversation(TcpEndpoints endpoints, qint64 startedNs, EventSink sink);
    ~WebSocketConversation();

    void bytes(Side side, QByteArray data, qint64 ns);
    // `lostBytes` of `side`'s data are missing from the capture before what comes next.
    void gap(Side side, qint64 lostBytes, qint64 ns);
    // The TCP connection ended (FIN/RST) or the capture did (`captureEnded`).
    void finish(qint64 ns, bool captureEnded);
    // The capture file is damaged after this point: a Failed event when the connection is listed.
    void damaged(const QString &error, qint64 ns);
    bool isListed() const { return m_listed; }

private:
    enum class State { Unknown, Handshake, Open, Tls, Ignored, Ended };
    struct Flow
    {
        Direction direction = Direction::Outgoing;
        QByteArray pending; // bytes not yet decodable (handshake phase or resynchronisation)
        FrameDecoder decoder;
        std::unique_ptr<MessageReader> reader;
        bool resynchronising = false;
        bool closeSeen = false;
    };

    void classify(Side side, qint64 ns);
    bool guessWithoutHandshake(Side side, qint64 ns);
    void advanceHandshake(qint64 ns);
    void open(const HttpMessage &response, qint64 ns);
    void startReaders(std::optional<DeflateParams> deflate);
    void feedFrames(Flow &flow, qint64 ns);
    void decodeFrames(Flow &flow, QByteArray data, qint64 ns);
    void frameDecoded(Flow &flow, const FrameHeader &header, const QByteArray &payload, qint64 ns);
    bool resynchronise(Flow &flow);
    Flow &flowOf(Side side);
    QString senderName(const Flow &flow) const;
    void listConnection(const QString &url, const QString &detail, qint64 ns);
    Event event(Event::Kind kind, qint64 ns) const;
    void emitEvent(Event e);

    TcpEndpoints m_endpoints;
    qint64 m_startedNs;
    EventSink m_sink;
    State m_state = State::Unknown;
    bool m_swapped = false; // the TCP client turned out to be the WebSocket server
    Flow m_client;
    Flow m_server;
    HttpParser m_request{HttpParser::Kind::Request};
    HttpParser m_response{HttpParser::Kind::Response};
    bool m_requestDone = false;
    std::optional<Event> m_close; // the first Close frame, for the Closed event
    std::optional<DeflateParams> m_deflate;
    bool m_listed = false;
};

// Whether `bytes` at `offset` start a plausible frame header sent by `client` (masked) or a
// server (unmasked): known opcode, no RSV2/RSV3, control frames short and final. `allowContinuation`
// admits opcode 0. nullopt when more bytes are needed to tell; false when implausible.
std::optional<bool> plausibleFrameAt(const QByteArray &bytes, qsizetype offset, bool client, bool allowContinuation,
                                     FrameHeader *header = nullptr);

} // namespace Sockscope
