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

private:
    FrameMeaning violation(std::uint16_t code, const QString &error);
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
};

} // namespace Sockscope
