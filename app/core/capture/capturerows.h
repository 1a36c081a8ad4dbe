// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "captureschema.h"
#include "connectioninfo.h"
#include "protocol/framedecoder.h"
#include "protocol/frameencoder.h"
#include "store/event.h"

// Turns table rows into frames, events and connections. A `Row` is anything with
// integer(column, ifNull), blob(column) and text(column) taking the schema's column indices:
// an SqliteStatement standing on a row of `SELECT <all columns>`, or a record decoded from a
// page by CaptureSalvage. One mapping serves both, so salvaged rows read like normal ones.
namespace Sockscope::CaptureRows {

template<typename Row>
Event frame(const Row &row)
{
    namespace C = FrameColumn;
    Event e;
    e.kind = Event::Kind::Frame;
    e.sequence = row.integer(C::Id);
    e.timestampNs = row.integer(C::TsNs);
    e.connectionId = quint64(row.integer(C::ConnectionId));
    e.direction = Direction(row.integer(C::Direction));
    const QByteArray header = row.blob(C::Header);
    e.frame = FrameDecoder::parseHeader(bytesOf(header)).value_or(FrameHeader{});
    e.payload = row.blob(C::Payload);
    e.inflated = row.blob(C::Inflated);
    const qint64 flags = row.integer(C::Flags);
    e.compressed = flags & FrameCompressed;
    e.synthesized = flags & FrameSynthesized;
    e.edited = flags & FrameEdited;
    e.dropped = flags & FrameDropped;
    e.injected = flags & FrameInjected;
    return e;
}

// An unknown kind reads as Failed.
template<typename Row>
Event event(const Row &row)
{
    namespace C = EventColumn;
    Event e;
    e.sequence = row.integer(C::Id);
    e.timestampNs = row.integer(C::TsNs);
    e.connectionId = quint64(row.integer(C::ConnectionId));
    e.serverId = quint64(row.integer(C::ServerId));
    e.kind = eventKindFromName(row.blob(C::Kind)).value_or(Event::Kind::Failed);
    e.direction = Direction(row.integer(C::Direction));
    e.statusCode = int(row.integer(C::Status));
    e.closeCode = quint16(row.integer(C::Code));
    e.text = row.text(C::Text);
    e.detail = row.text(C::Detail);
    e.raw = row.blob(C::Raw);
    return e;
}

template<typename Row>
ConnectionInfo connection(const Row &row)
{
    namespace C = ConnectionColumn;
    ConnectionInfo c;
    c.id = quint64(row.integer(C::Id));
    c.serverId = quint64(row.integer(C::ServerId));
    c.role = row.text(C::Role);
    c.url = row.text(C::Url);
    c.peerAddress = row.text(C::PeerAddress);
    c.subprotocol = row.text(C::Subprotocol);
    c.extensions = row.text(C::Extensions);
    c.openedNs = row.integer(C::OpenedNs);
    c.closedNs = row.integer(C::ClosedNs);
    c.closeCode = int(row.integer(C::CloseCode));
    c.closeReason = row.text(C::CloseReason);
    // A phase that did not happen is NULL (-1 in ConnectionTimings).
    c.timings = {row.integer(C::DnsUs, -1), row.integer(C::TcpUs, -1), row.integer(C::TlsUs, -1),
                 row.integer(C::UpgradeUs, -1)};
    return c;
}

} // namespace Sockscope::CaptureRows
