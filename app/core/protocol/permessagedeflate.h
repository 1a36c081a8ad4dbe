// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>

namespace Sockscope {

// Negotiated parameters of RFC 7692 permessage-deflate.
struct DeflateParams
{
    bool serverNoContextTakeover = false;
    bool clientNoContextTakeover = false;
    int serverMaxWindowBits = 15;
    int clientMaxWindowBits = 15;
    bool operator==(const DeflateParams &) const = default;
};

// Negotiation of permessage-deflate in Sec-WebSocket-Extensions.
class PerMessageDeflate
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::PerMessageDeflate)

public:
    static constexpr char kName[] = "permessage-deflate";

    // The Sec-WebSocket-Extensions value a client offers.
    static QByteArray clientOffer();
    // Server side: the first acceptable offer among the client's extension elements.
    static std::optional<DeflateParams> acceptOffer(const QList<QByteArray> &extensionElements);
    // The Sec-WebSocket-Extensions value for an accepted offer.
    static QByteArray responseValue(const DeflateParams &params);
    // Client side: validates the server's answer; nullopt with `error` set when it is invalid.
    static std::optional<DeflateParams> parseResponse(const QList<QByteArray> &extensionElements, QString *error);
};

// Compresses whole messages; the trailing 00 00 FF FF of a sync flush is removed (RFC 7692 §7.2.1).
class MessageDeflater
{
public:
    MessageDeflater(int windowBits, bool noContextTakeover);
    ~MessageDeflater();
    MessageDeflater(const MessageDeflater &) = delete;
    MessageDeflater &operator=(const MessageDeflater &) = delete;

    QByteArray compress(std::span<const std::uint8_t> message);

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    bool m_noContextTakeover;
};

// Inflates a message frame by frame, with a hard limit on the inflated size that is checked
// while inflating, so a small bomb is stopped at the limit rather than after.
class MessageInflater
{
public:
    enum class Result { Ok, TooLarge, Corrupt };

    MessageInflater(int windowBits, bool noContextTakeover);
    ~MessageInflater();
    MessageInflater(const MessageInflater &) = delete;
    MessageInflater &operator=(const MessageInflater &) = delete;

    // Inflates one frame's payload and appends the output to `out`. `finalFrame` ends the
    // message. `limit` caps the message's total inflated size.
    Result inflate(std::span<const std::uint8_t> compressed, bool finalFrame, QByteArray &out, std::uint64_t limit);
    std::uint64_t messageInflatedSize() const { return m_messageSize; }

private:
    Result run(std::span<const std::uint8_t> input, QByteArray &out, std::uint64_t limit);

    struct Stream;
    std::unique_ptr<Stream> m_stream;
    bool m_noContextTakeover;
    std::uint64_t m_messageSize = 0;
};

} // namespace Sockscope
