// SPDX-License-Identifier: GPL-3.0-or-later
#include "frameencoder.h"

#include "mask.h"

#include <cstring>

namespace Sockscope {

std::size_t encodeHeader(const FrameSpec &spec, std::uint64_t payloadLength, std::uint8_t *out)
{
    const std::uint64_t length = spec.lengthOverride.value_or(payloadLength);
    LengthEncoding encoding = length <= 125 ? LengthEncoding::Bits7
            : length <= 0xFFFF              ? LengthEncoding::Bits16
                                            : LengthEncoding::Bits64;
    if (spec.lengthEncoding && *spec.lengthEncoding > encoding)
        encoding = *spec.lengthEncoding;

    out[0] = std::uint8_t((spec.fin ? 0x80 : 0) | (spec.rsv1 ? 0x40 : 0) | (spec.rsv2 ? 0x20 : 0)
                          | (spec.rsv3 ? 0x10 : 0) | (spec.opcode & 0x0F));
    const std::uint8_t maskBit = spec.masked ? 0x80 : 0;
    std::size_t pos = 2;
    switch (encoding) {
    case LengthEncoding::Bits7:
        out[1] = std::uint8_t(maskBit | length);
        break;
    case LengthEncoding::Bits16:
        out[1] = maskBit | 126;
        out[2] = std::uint8_t(length >> 8);
        out[3] = std::uint8_t(length);
        pos = 4;
        break;
    case LengthEncoding::Bits64:
        out[1] = maskBit | 127;
        for (int i = 0; i < 8; ++i)
            out[2 + i] = std::uint8_t(length >> (56 - 8 * i));
        pos = 10;
        break;
    }
    if (spec.masked) {
        std::memcpy(out + pos, spec.maskKey.data(), 4);
        pos += 4;
    }
    return pos;
}

FrameHeader describeFrame(const FrameSpec &spec, std::uint64_t payloadLength)
{
    FrameHeader header;
    header.headerSize = std::uint8_t(encodeHeader(spec, payloadLength, header.headerBytes.data()));
    header.fin = spec.fin;
    header.rsv1 = spec.rsv1;
    header.rsv2 = spec.rsv2;
    header.rsv3 = spec.rsv3;
    header.opcode = spec.opcode & 0x0F;
    header.masked = spec.masked;
    header.maskKey = spec.masked ? spec.maskKey : MaskKey{};
    header.payloadLength = spec.lengthOverride.value_or(payloadLength);
    const std::uint8_t len7 = header.headerBytes[1] & 0x7F;
    header.lengthEncoding = len7 == 127 ? LengthEncoding::Bits64
            : len7 == 126               ? LengthEncoding::Bits16
                                        : LengthEncoding::Bits7;
    return header;
}

void appendFrame(QByteArray &out, const FrameSpec &spec, std::span<const std::uint8_t> payload)
{
    std::uint8_t header[kMaxHeaderSize];
    const std::size_t headerSize = encodeHeader(spec, payload.size(), header);
    const qsizetype start = out.size();
    out.resize(start + qsizetype(headerSize + payload.size()));
    auto *dst = reinterpret_cast<std::uint8_t *>(out.data()) + start;
    std::memcpy(dst, header, headerSize);
    if (spec.masked)
        copyMasked(dst + headerSize, payload.data(), payload.size(), spec.maskKey);
    else if (!payload.empty())
        std::memcpy(dst + headerSize, payload.data(), payload.size());
}

} // namespace Sockscope
