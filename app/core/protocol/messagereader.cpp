// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagereader.h"

#include "frameencoder.h"

namespace Sockscope {

MessageReader::MessageReader(Role localRole, std::optional<DeflateParams> deflate, MessageLimits limits)
    : m_localRole(localRole), m_deflateEnabled(deflate.has_value()), m_limits(limits)
{
    if (deflate) {
        // We inflate what the peer compressed: its window and context settings apply.
        const bool peerIsServer = localRole == Role::Client;
        m_inflater = std::make_unique<MessageInflater>(
                peerIsServer ? deflate->serverMaxWindowBits : deflate->clientMaxWindowBits,
                peerIsServer ? deflate->serverNoContextTakeover : deflate->clientNoContextTakeover);
    }
}

MessageReader::~MessageReader() = default;

FrameMeaning MessageReader::violation(std::uint16_t code, const QString &error)
{
    FrameMeaning meaning;
    meaning.kind = FrameMeaning::Kind::Violation;
    meaning.closeCode = code;
    meaning.error = error;
    return meaning;
}

std::optional<FrameMeaning> MessageReader::checkHeader(const FrameHeader &header)
{
    const auto protocolError = std::uint16_t(CloseCode::ProtocolError);
    if (m_localRole == Role::Server && !header.masked)
        return violation(protocolError, tr("client frame is not masked"));
    if (m_localRole == Role::Client && header.masked)
        return violation(protocolError, tr("server frame is masked"));
    if (header.isReservedOpcode())
        return violation(protocolError, tr("reserved opcode %1").arg(header.opcode));
    if (header.rsv2 || header.rsv3)
        return violation(protocolError, tr("RSV2/RSV3 set without a negotiated extension"));
    if (header.rsv1 && (!m_deflateEnabled || header.isControl() || header.opcode == 0))
        return violation(protocolError,
                         m_deflateEnabled ? tr("RSV1 set on a control or continuation frame")
                                          : tr("RSV1 set without a negotiated extension"));
    if (header.payloadLength > m_limits.maxFramePayload)
        return violation(std::uint16_t(CloseCode::MessageTooBig), tr("frame exceeds the size limit"));
    return std::nullopt;
}

FrameMeaning MessageReader::process(const FrameHeader &header, const QByteArray &payload)
{
    if (auto failed = checkHeader(header))
        return *failed;
    return header.isControl() ? processControl(header, payload) : processData(header, payload);
}

std::optional<FrameMeaning> MessageReader::inspectPartial(const FrameHeader &header,
                                                          std::span<const std::uint8_t> received)
{
    if (header.isControl())
        return std::nullopt; // at most 125 bytes, checked whole
    if (!m_frameOpen) {
        if (auto failed = checkHeader(header))
            return failed;
        if (auto failed = openDataFrame(header))
            return failed;
    }
    if (received.size() <= m_frameTaken)
        return std::nullopt;
    const auto fresh = received.subspan(m_frameTaken);
    m_frameTaken = received.size();
    return takeContent(fresh, false);
}

FrameMeaning MessageReader::processControl(const FrameHeader &header, const QByteArray &payload)
{
    const auto protocolError = std::uint16_t(CloseCode::ProtocolError);
    if (header.payloadLength > kMaxControlPayload)
        return violation(protocolError, tr("control frame payload of %1 bytes exceeds 125").arg(header.payloadLength));
    if (!header.fin)
        return violation(protocolError, tr("fragmented control frame"));

    FrameMeaning meaning;
    meaning.data = payload;
    switch (Opcode(header.opcode)) {
    case Opcode::Ping:
        meaning.kind = FrameMeaning::Kind::Ping;
        return meaning;
    case Opcode::Pong:
        meaning.kind = FrameMeaning::Kind::Pong;
        return meaning;
    default:
        break;
    }
    meaning.kind = FrameMeaning::Kind::Close;
    if (payload.isEmpty()) {
        meaning.closeCode = std::uint16_t(CloseCode::NoStatusReceived);
        return meaning;
    }
    if (payload.size() == 1)
        return violation(protocolError, tr("close frame with a 1-byte payload"));
    meaning.closeCode = std::uint16_t((std::uint8_t(payload[0]) << 8) | std::uint8_t(payload[1]));
    meaning.data = payload.mid(2);
    if (!isValidWireCloseCode(meaning.closeCode))
        return violation(protocolError, tr("invalid close code %1").arg(meaning.closeCode));
    if (!Utf8Validator::isValid(bytesOf(meaning.data)))
        return violation(std::uint16_t(CloseCode::InvalidPayload), tr("close reason is not valid UTF-8"));
    return meaning;
}

// The message-level checks at the start of a data frame, once per frame.
std::optional<FrameMeaning> MessageReader::openDataFrame(const FrameHeader &header)
{
    const auto protocolError = std::uint16_t(CloseCode::ProtocolError);
    if (header.opcode == std::uint8_t(Opcode::Continuation)) {
        if (!m_inMessage)
            return violation(protocolError, tr("continuation frame without a message in progress"));
    } else {
        if (m_inMessage)
            return violation(protocolError, tr("new data frame while a fragmented message is in progress"));
        m_inMessage = true;
        m_messageCompressed = header.rsv1;
        m_messageOpcode = header.opcode;
        m_message.clear();
        m_utf8.reset();
    }
    if (!m_messageCompressed && std::uint64_t(m_message.size()) + header.payloadLength > m_limits.maxMessageSize)
        return violation(std::uint16_t(CloseCode::MessageTooBig),
                         tr("message exceeds %1 bytes").arg(m_limits.maxMessageSize));
    m_frameOpen = true;
    return std::nullopt;
}

// Inflates (for a compressed message) and validates (for text) the next bytes of the frame.
std::optional<FrameMeaning> MessageReader::takeContent(std::span<const std::uint8_t> bytes, bool finalFrame)
{
    std::span<const std::uint8_t> content = bytes;
    if (m_messageCompressed) {
        const qsizetype before = m_frameInflated.size();
        const auto result = m_inflater->inflate(bytes, finalFrame, m_frameInflated, m_limits.maxMessageSize);
        if (result == MessageInflater::Result::TooLarge)
            return violation(std::uint16_t(CloseCode::MessageTooBig),
                             tr("inflated message exceeds %1 bytes").arg(m_limits.maxMessageSize));
        if (result == MessageInflater::Result::Corrupt)
            return violation(std::uint16_t(CloseCode::InvalidPayload),
                             tr("frame cannot be inflated with the negotiated context"));
        content = bytesOf(m_frameInflated).subspan(std::size_t(before));
    }
    if (m_messageOpcode == std::uint8_t(Opcode::Text) && !m_utf8.feed(content))
        return violation(std::uint16_t(CloseCode::InvalidPayload),
                         tr("text message is not valid UTF-8 (byte %1 of the message)").arg(m_utf8.errorOffset()));
    return std::nullopt;
}

FrameMeaning MessageReader::processData(const FrameHeader &header, const QByteArray &payload)
{
    if (!m_frameOpen) {
        if (auto failed = openDataFrame(header))
            return *failed;
    }
    m_frameOpen = false;
    const std::size_t taken = std::exchange(m_frameTaken, 0);
    if (auto failed = takeContent(bytesOf(payload).subspan(taken), header.fin))
        return *failed;

    FrameMeaning meaning;
    meaning.compressed = m_messageCompressed;
    if (m_messageCompressed)
        meaning.inflated = std::exchange(m_frameInflated, {});
    const QByteArray &content = m_messageCompressed ? meaning.inflated : payload;
    // A single-frame message shares the payload's buffer instead of copying it.
    if (m_message.isEmpty() && header.fin)
        m_message = content;
    else
        m_message.append(content);

    if (!header.fin)
        return meaning;
    if (m_messageOpcode == std::uint8_t(Opcode::Text) && !m_utf8.isComplete())
        return violation(std::uint16_t(CloseCode::InvalidPayload), tr("text message ends inside a UTF-8 sequence"));
    m_inMessage = false;
    meaning.kind = FrameMeaning::Kind::Message;
    meaning.messageOpcode = m_messageOpcode;
    meaning.data = std::exchange(m_message, {});
    return meaning;
}

} // namespace Sockscope
