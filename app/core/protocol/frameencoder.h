// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "frameheader.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <optional>
#include <span>

namespace Sockscope {

// What to put on the wire. Everything is settable, including what RFC 6455 forbids,
// so servers can be tested with malformed frames on purpose.
struct FrameSpec
{
    bool fin = true;
    bool rsv1 = false;
    bool rsv2 = false;
    bool rsv3 = false;
    std::uint8_t opcode = std::uint8_t(Opcode::Text); // any 0..15
    bool masked = false;
    MaskKey maskKey{};
    // Force a longer (non-minimal) length encoding than the payload needs.
    std::optional<LengthEncoding> lengthEncoding;
    // Write this length in the header instead of the payload's real size.
    std::optional<std::uint64_t> lengthOverride;
};

// Writes the header for `spec` into `out` (at least kMaxHeaderSize bytes); returns its size.
std::size_t encodeHeader(const FrameSpec &spec, std::uint64_t payloadLength, std::uint8_t *out);

// The header fields and bytes that encodeHeader() writes for `spec`.
FrameHeader describeFrame(const FrameSpec &spec, std::uint64_t payloadLength);

// Appends header and (masked, when spec.masked) payload to `out`.
void appendFrame(QByteArray &out, const FrameSpec &spec, std::span<const std::uint8_t> payload);

inline std::span<const std::uint8_t> bytesOf(QByteArrayView data)
{
    return {reinterpret_cast<const std::uint8_t *>(data.data()), std::size_t(data.size())};
}

} // namespace Sockscope
