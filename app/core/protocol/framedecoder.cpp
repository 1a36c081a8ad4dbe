// SPDX-License-Identifier: GPL-3.0-or-later
#include "framedecoder.h"

#include "mask.h"

#include <algorithm>
#include <cstring>

namespace Sockscope {
namespace {

std::uint8_t headerSizeFor(std::uint8_t byte1)
{
    const std::uint8_t len7 = byte1 & 0x7F;
    const std::uint8_t extended = len7 == 126 ? 2 : len7 == 127 ? 8 : 0;
    return std::uint8_t(2 + extended + ((byte1 & 0x80) ? 4 : 0));
}

} // namespace

bool FrameHeader::isMinimalLengthEncoding() const
{
    switch (lengthEncoding) {
    case LengthEncoding::Bits7:
        return true;
    case LengthEncoding::Bits16:
        return payloadLength > 125;
    case LengthEncoding::Bits64:
        return payloadLength > 0xFFFF;
    }
    return false;
}

const char *opcodeName(std::uint8_t opcode)
{
    switch (opcode) {
    case 0x0:
        return "continuation";
    case 0x1:
        return "text";
    case 0x2:
        return "binary";
    case 0x8:
        return "close";
    case 0x9:
        return "ping";
    case 0xA:
        return "pong";
    default:
        return opcode < 8 ? "reserved-data" : "reserved-control";
    }
}

FrameDecoder::Result FrameDecoder::decode(std::span<std::uint8_t> &input)
{
    if (m_state == State::Failed)
        return Result::Failed;
    if (m_state == State::Header) {
        if (!consumeHeader(input))
            return Result::NeedMoreData;
        const std::uint8_t *h = m_header.headerBytes.data();
        m_header.fin = h[0] & 0x80;
        m_header.rsv1 = h[0] & 0x40;
        m_header.rsv2 = h[0] & 0x20;
        m_header.rsv3 = h[0] & 0x10;
        m_header.opcode = h[0] & 0x0F;
        m_header.masked = h[1] & 0x80;
        const std::uint8_t len7 = h[1] & 0x7F;
        std::size_t pos = 2;
        if (len7 == 126) {
            m_header.lengthEncoding = LengthEncoding::Bits16;
            m_header.payloadLength = (std::uint64_t(h[2]) << 8) | h[3];
            pos = 4;
        } else if (len7 == 127) {
            m_header.lengthEncoding = LengthEncoding::Bits64;
            std::uint64_t length = 0;
            for (std::size_t i = 2; i < 10; ++i)
                length = (length << 8) | h[i];
            m_header.payloadLength = length;
            pos = 10;
            if (length >> 63)
                return fail(Error::LengthOverflow);
        } else {
            m_header.lengthEncoding = LengthEncoding::Bits7;
            m_header.payloadLength = len7;
        }
        if (m_header.masked)
            std::memcpy(m_header.maskKey.data(), h + pos, 4);
        else
            m_header.maskKey = {};
        if (m_header.payloadLength > m_maxPayload)
            return fail(Error::PayloadTooLarge);
        m_state = State::Payload;
        m_payloadFill = 0;
    }
    if (!consumePayload(input))
        return Result::NeedMoreData;
    m_state = State::Header;
    m_headerFill = 0;
    m_payloadFill = 0;
    return Result::FrameReady;
}

bool FrameDecoder::consumeHeader(std::span<std::uint8_t> &input)
{
    auto take = [&](std::size_t wanted) {
        const std::size_t n = std::min<std::size_t>(wanted - m_headerFill, input.size());
        std::memcpy(m_header.headerBytes.data() + m_headerFill, input.data(), n);
        m_headerFill = std::uint8_t(m_headerFill + n);
        input = input.subspan(n);
        return m_headerFill == wanted;
    };
    if (m_headerFill < 2 && !take(2))
        return false;
    m_header.headerSize = headerSizeFor(m_header.headerBytes[1]);
    return take(m_header.headerSize);
}

bool FrameDecoder::consumePayload(std::span<std::uint8_t> &input)
{
    const std::uint64_t length = m_header.payloadLength;
    // Fast path: the whole payload is in this input, so it is used where it lies.
    if (m_payloadFill == 0 && input.size() >= length) {
        if (m_header.masked)
            applyMask(input.data(), std::size_t(length), m_header.maskKey);
        m_payload = input.first(std::size_t(length));
        m_payloadInBuffer = false;
        input = input.subspan(std::size_t(length));
        return true;
    }
    const std::size_t n = std::size_t(std::min<std::uint64_t>(length - m_payloadFill, input.size()));
    const std::span<std::uint8_t> space = pendingPayloadSpace(n);
    if (m_header.masked)
        copyMasked(space.data(), input.data(), n, m_header.maskKey, std::size_t(m_payloadFill));
    else if (n)
        std::memcpy(space.data(), input.data(), n);
    m_payloadFill += n;
    input = input.subspan(n);
    if (m_payloadFill < length)
        return false;
    finishBufferedPayload();
    return true;
}

std::uint64_t FrameDecoder::pendingPayloadRemaining() const
{
    return m_state == State::Payload ? m_header.payloadLength - m_payloadFill : 0;
}

// Up to 1 MiB is taken at once; beyond that the buffer grows with the data that actually
// arrives, never to a length a peer merely claims.
std::span<std::uint8_t> FrameDecoder::pendingPayloadSpace(std::size_t maxBytes)
{
    constexpr std::uint64_t kUpFront = 1 << 20;
    const std::size_t n = std::size_t(std::min<std::uint64_t>(maxBytes, pendingPayloadRemaining()));
    const std::uint64_t needed = m_payloadFill + n;
    if (needed > std::uint64_t(m_buffer.size())) {
        const std::uint64_t grown =
                std::min(std::max<std::uint64_t>({needed, std::uint64_t(m_buffer.size()) * 2, kUpFront}),
                         m_header.payloadLength);
        m_buffer.resize(qsizetype(grown));
    }
    return {reinterpret_cast<std::uint8_t *>(m_buffer.data()) + m_payloadFill, n};
}

FrameDecoder::Result FrameDecoder::commitPendingPayload(std::size_t bytes)
{
    Q_ASSERT(bytes <= pendingPayloadRemaining());
    if (m_header.masked)
        applyMask(reinterpret_cast<std::uint8_t *>(m_buffer.data()) + m_payloadFill, bytes, m_header.maskKey,
                  std::size_t(m_payloadFill));
    m_payloadFill += bytes;
    if (m_payloadFill < m_header.payloadLength)
        return Result::NeedMoreData;
    finishBufferedPayload();
    m_state = State::Header;
    m_headerFill = 0;
    m_payloadFill = 0;
    return Result::FrameReady;
}

std::span<const std::uint8_t> FrameDecoder::pendingPayload() const
{
    if (m_state != State::Payload)
        return {};
    return {reinterpret_cast<const std::uint8_t *>(m_buffer.constData()), std::size_t(m_payloadFill)};
}

void FrameDecoder::finishBufferedPayload()
{
    m_payload = {reinterpret_cast<const std::uint8_t *>(m_buffer.constData()), std::size_t(m_header.payloadLength)};
    m_payloadInBuffer = true;
}

QByteArray FrameDecoder::takePayload()
{
    if (!m_payloadInBuffer)
        return QByteArray(reinterpret_cast<const char *>(m_payload.data()), qsizetype(m_payload.size()));
    QByteArray taken = std::move(m_buffer);
    taken.truncate(qsizetype(m_payload.size()));
    m_buffer = QByteArray();
    m_payload = {};
    m_payloadInBuffer = false;
    return taken;
}

FrameDecoder::Result FrameDecoder::fail(Error error)
{
    m_state = State::Failed;
    m_error = error;
    return Result::Failed;
}

std::optional<FrameHeader> FrameDecoder::parseHeader(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() < 2 || bytes.size() > kMaxHeaderSize || headerSizeFor(bytes[1]) != bytes.size())
        return std::nullopt;
    FrameDecoder decoder;
    decoder.setMaxPayloadLength(~0ull >> 1);
    std::uint8_t copy[kMaxHeaderSize];
    std::memcpy(copy, bytes.data(), bytes.size());
    std::span<std::uint8_t> input(copy, bytes.size());
    const Result result = decoder.decode(input);
    if (result == Result::Failed)
        return std::nullopt;
    return decoder.header();
}

const char *FrameDecoder::errorString() const
{
    switch (m_error) {
    case Error::None:
        return "no error";
    case Error::LengthOverflow:
        return "64-bit payload length has its most significant bit set";
    case Error::PayloadTooLarge:
        return "frame payload exceeds the configured limit";
    }
    return "unknown error";
}

void FrameDecoder::reset()
{
    m_state = State::Header;
    m_error = Error::None;
    m_headerFill = 0;
    m_payloadFill = 0;
    m_payload = {};
    m_payloadInBuffer = false;
}

} // namespace Sockscope
