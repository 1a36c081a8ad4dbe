// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>

namespace Sockscope {

// RFC 6455 §5.2 opcodes; the values 3-7 and 11-15 are reserved but still decoded.
enum class Opcode : std::uint8_t {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA,
};

// How the payload length was written on the wire (7 bits, 7+16 bits or 7+64 bits).
enum class LengthEncoding : std::uint8_t { Bits7, Bits16, Bits64 };

using MaskKey = std::array<std::uint8_t, 4>;

inline constexpr std::size_t kMaxHeaderSize = 14;
inline constexpr std::uint64_t kMaxControlPayload = 125;

// RFC 6455 §5.2: 0x3-0x7 are reserved non-control opcodes, 0xB-0xF reserved control opcodes.
constexpr bool isControlOpcode(std::uint8_t opcode)
{
    return (opcode & 0x8) != 0;
}

constexpr bool isReservedOpcode(std::uint8_t opcode)
{
    return (opcode >= 0x3 && opcode <= 0x7) || opcode >= 0xB;
}

// Every field of one frame header exactly as it was on the wire.
struct FrameHeader
{
    bool fin = true;
    bool rsv1 = false;
    bool rsv2 = false;
    bool rsv3 = false;
    bool masked = false;
    std::uint8_t opcode = 0; // 0..15
    LengthEncoding lengthEncoding = LengthEncoding::Bits7;
    std::uint8_t headerSize = 2;
    MaskKey maskKey{};
    std::uint64_t payloadLength = 0;
    std::array<std::uint8_t, kMaxHeaderSize> headerBytes{};

    bool isControl() const { return isControlOpcode(opcode); }
    bool isReservedOpcode() const { return Sockscope::isReservedOpcode(opcode); }
    bool hasRsvBits() const { return rsv1 || rsv2 || rsv3; }
    // RFC 6455 requires the shortest length encoding; others are legal to parse but flagged.
    bool isMinimalLengthEncoding() const;
    std::uint64_t wireSize() const { return headerSize + payloadLength; }
};

const char *opcodeName(std::uint8_t opcode);

} // namespace Sockscope
