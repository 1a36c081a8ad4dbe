// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/frameheader.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>

namespace Sockscope {

enum class Direction : std::uint8_t { Incoming, Outgoing };

// Connection set-up phases in microseconds; -1 when a phase did not happen (no DNS for an
// IP literal or behind a proxy, no TLS for ws://).
struct ConnectionTimings
{
    qint64 dnsUs = -1;
    qint64 tcpConnectUs = -1;
    qint64 tlsUs = -1;
    qint64 upgradeUs = -1;
};

// One entry of the engine's event stream. Every subscriber (CLI printer, capture writer,
// GUI model) receives the same object by const reference; payloads are implicitly shared
// QByteArrays, so fanning out costs no copies.
struct Event
{
    enum class Kind : std::uint8_t {
        Listening,         // server: `text` is the address it accepts on
        Connecting,        // client: `text` is the URL
        PeerConnected,     // server: a TCP peer arrived, `text` is its address
        HandshakeRequest,  // `raw` holds the request bytes
        HandshakeResponse, // `raw` holds the response bytes, `statusCode` its status
        Opened,            // `text` subprotocol, `detail` extensions, `timings` set
        Frame,             // one frame in or out
        Closed,            // `closeCode` and `text` reason; `detail` says who closed
        Failed,            // connection, TLS or upgrade failure; `text` says why
        ProtocolError,     // a peer violated RFC 6455; `closeCode` is what we close with
        Stopped,           // server stopped listening
        TlsEstablished,    // `text` protocol and cipher, `detail` verification, `raw` peer chain (PEM)
    };

    Kind kind = Kind::Frame;
    qint64 sequence = 0; // position in a capture, when read from one
    quint64 connectionId = 0;
    quint64 serverId = 0;   // for a server's peers: the server's connection id
    quint64 pairedId = 0;   // a proxy's upstream leg (Connecting): the client leg it serves
    qint64 timestampNs = 0; // since the Unix epoch
    Direction direction = Direction::Incoming;

    FrameHeader frame;   // Kind::Frame
    QByteArray payload;  // unmasked payload as on the wire (compressed if RSV1)
    QByteArray inflated; // inflated bytes of a compressed message's frame
    bool compressed = false;
    bool synthesized = false; // imported from a format without wire headers (HAR): header rebuilt
    // Proxy marks: an outgoing frame of a message a rule or the user changed, the final
    // incoming frame of a message that was not forwarded, and a frame the user sent on a leg
    // (from the composer) that no peer sent.
    bool edited = false;
    bool dropped = false;
    bool injected = false;

    quint16 closeCode = 0;
    int statusCode = 0;
    QString text;
    QString detail;
    QByteArray raw; // handshake bytes, or a failed upgrade's response
    ConnectionTimings timings;
};

qint64 nowNs();
// Process-wide unique ids for connections and servers, starting at 1.
quint64 nextConnectionId();
// Makes nextConnectionId() answer above `highestUsed`: live connections started while a capture
// is open never share an id with a recorded one.
void reserveConnectionIds(quint64 highestUsed);
const char *eventKindName(Event::Kind kind);
std::optional<Event::Kind> eventKindFromName(QByteArrayView name);

} // namespace Sockscope

Q_DECLARE_METATYPE(Sockscope::Event)
