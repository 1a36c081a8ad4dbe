// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "closecode.h"
#include "frameheader.h"
#include "permessagedeflate.h"
#include "utf8validator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>
#include <span>

namespace Sockscope {

enum class Role { Client, Server };

struct MessageLimits
{
    std::uint64_t maxFramePayload = 256ull << 20;
    std::uint64_t maxMessageSize = 256ull << 20; // inflated size for compressed messages
};

// What one received frame means at the message level.
struct FrameMeaning
{
    enum class Kind { Fragment, Message, Ping, Pong, Close, Violation };

    Kind kind = Kind::Fragment;
    QByteArray inflated;            // this frame's inflated bytes, for compressed messages
    bool compressed = false;        // frame belongs to a compressed message
    std::uint8_t messageOpcode = 0; // Message: Text or Binary
    QByteArray data;                // Message: whole message; Ping/Pong: payload; Close: reason
    std::uint16_t closeCode = 0;    // Close: code received (1005 when none); Violation: code to send
    QString error;                  // Violation: what the peer did wrong
};

// The receiving side of RFC 6455 §5-§7 and RFC 7692 as a value class: checks each decoded
// frame against the rules for the peer's role, reassembles fragmented messages, inflates,
// validates UTF-8 incrementally and enforces size limits. Frames are never dropped silently:
// the first violation is reported with the close code the RFC requires.
class MessageReader
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::MessageReader)

public:
    MessageReader(Role localRole, std::optional<DeflateParams> deflate, MessageLimits limits = {});
    ~MessageReader();

    FrameMeaning process(const FrameHeader &header, const QByteArray &payload);
    // While a data frame is still arriving: `received` is its payload so far (unmasked, each
    // call a longer prefix). Text is validated, and compressed bytes inflated, as they come,
    // so invalid text fails at the offending byte (RFC 6455 §8.1) instead of when the frame
    // completes; process() then takes only the rest. Returns the violation, if any.
    std::optional<FrameMeaning> inspectPartial(const FrameHeader &header, std::span<const std::uint8_t> received);

private:
    FrameMeaning violation(std::uint16_t code, const QString &error);
    std::optional<FrameMeaning> checkHeader(const FrameHeader &header);
    std::optional<FrameMeaning> openDataFrame(const FrameHeader &header);
    std::optional<FrameMeaning> takeContent(std::span<const std::uint8_t> bytes, bool finalFrame);
    FrameMeaning processControl(const FrameHeader &header, const QByteArray &payload);
    FrameMeaning processData(const FrameHeader &header, const QByteArray &payload);

    Role m_localRole;
    bool m_deflateEnabled;
    MessageLimits m_limits;
    std::unique_ptr<MessageInflater> m_inflater;
    bool m_inMessage = false;
    bool m_messageCompressed = false;
    std::uint8_t m_messageOpcode = 0;
    QByteArray m_message;
    Utf8Validator m_utf8;
    bool m_frameOpen = false;     // the current data frame passed openDataFrame()
    std::size_t m_frameTaken = 0; // its payload bytes already taken by inspectPartial()
    QByteArray m_frameInflated;   // what they inflated to
};

} // namespace Sockscope
