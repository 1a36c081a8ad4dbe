// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/event.h"
#include "store/frameflags.h"

#include <cstdint>

namespace Sockscope {

// One row of the frame log: a frame or another event, without payload or text, so millions
// fit in memory (the payload comes from the capture when a row is shown).
struct LogRecord
{
    qint64 sequence = 0; // id in the capture, shared by frames and events
    qint64 timestampNs = 0;
    quint32 connectionId = 0;
    quint32 length = 0;         // frame: payload length on the wire; handshake: raw bytes
    quint32 inflatedLength = 0; // compressed frames: inflated bytes of this frame
    Event::Kind kind = Event::Kind::Frame;
    std::uint8_t opcode = 0;
    Direction direction = Direction::Incoming;
    std::uint16_t flags = 0; // FrameFlag bits
    quint16 code = 0; // close code or HTTP status

    bool isFrame() const { return kind == Event::Kind::Frame; }
    bool isControl() const { return isFrame() && (opcode & 0x8); }

    static LogRecord fromEvent(const Event &event, qint64 sequence);
};
static_assert(sizeof(LogRecord) <= 40);

inline LogRecord LogRecord::fromEvent(const Event &event, qint64 sequence)
{
    LogRecord r;
    r.sequence = sequence;
    r.timestampNs = event.timestampNs;
    r.connectionId = quint32(event.connectionId);
    r.kind = event.kind;
    r.direction = event.direction;
    if (event.kind == Event::Kind::Frame) {
        const FrameHeader &f = event.frame;
        r.length = quint32(f.payloadLength);
        r.inflatedLength = quint32(event.inflated.size());
        r.opcode = f.opcode;
        r.flags = frameFlagsOf(event);
    } else {
        r.length = quint32(event.raw.size());
        r.code = event.closeCode ? event.closeCode : quint16(event.statusCode);
    }
    return r;
}

} // namespace Sockscope
