// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frameheader.h"

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <span>

namespace Sockscope {

// Incremental RFC 6455 frame decoder: a value class with a state machine, fed byte spans
// from a socket, a capture or a fuzzer in any split. It decodes syntax only; what the
// protocol allows (masking by role, RSV bits, control frame rules) is for MessageReader.
class FrameDecoder
{
public:
    enum class Result { NeedMoreData, FrameReady, Failed };
    enum class Error { None, LengthOverflow, PayloadTooLarge };

    static constexpr std::uint64_t kDefaultMaxPayload = 256ull << 20;

    void setMaxPayloadLength(std::uint64_t limit) { m_maxPayload = limit; }
    std::uint64_t maxPayloadLength() const { return m_maxPayload; }

    // Consumes bytes from the front of `input` until one frame is complete or the input is
    // used up. Masked payloads that arrive whole are unmasked in place inside `input`.
    Result decode(std::span<std::uint8_t> &input);

    // Valid after FrameReady, until the next decode().
    const FrameHeader &header() const { return m_header; }
    std::span<const std::uint8_t> payload() const { return m_payload; }
    // The payload as a QByteArray: a reassembled payload is handed over without a copy (and
    // payload() is empty afterwards); one decoded in place is copied.
    QByteArray takePayload();

    // Lets a reader put the rest of a pending payload straight where it belongs instead of
    // passing it through decode(): write up to pendingPayloadRemaining() bytes into the span,
    // then commit how many arrived. Unmasking happens in place.
    std::uint64_t pendingPayloadRemaining() const;
    std::span<std::uint8_t> pendingPayloadSpace(std::size_t maxBytes);
    Result commitPendingPayload(std::size_t bytes);

    // While a frame's payload is still arriving, its header is already known, and the bytes
    // received so far (unmasked) can be looked at.
    bool hasPendingHeader() const { return m_state == State::Payload; }
    std::uint64_t pendingPayloadBytes() const { return m_payloadFill; }
    std::span<const std::uint8_t> pendingPayload() const;

    // Parses a lone header (as stored in a capture); nullopt when the bytes are not one.
    static std::optional<FrameHeader> parseHeader(std::span<const std::uint8_t> bytes);

    Error error() const { return m_error; }
    const char *errorString() const;
    void reset();

private:
    enum class State { Header, Payload, Failed };

    bool consumeHeader(std::span<std::uint8_t> &input);
    bool consumePayload(std::span<std::uint8_t> &input);
    void finishBufferedPayload();
    Result fail(Error error);

    State m_state = State::Header;
    Error m_error = Error::None;
    FrameHeader m_header;
    std::uint8_t m_headerFill = 0;
    std::uint64_t m_payloadFill = 0;
    std::uint64_t m_maxPayload = kDefaultMaxPayload;
    std::span<const std::uint8_t> m_payload;
    QByteArray m_buffer; // reassembly of payloads that span several inputs
    bool m_payloadInBuffer = false;
};

} // namespace Sockscope
