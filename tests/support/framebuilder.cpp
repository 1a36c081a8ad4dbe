// SPDX-License-Identifier: GPL-3.0-or-later
#include "framebuilder.h"

namespace SockscopeTest {

FrameBuilder &FrameBuilder::rsv(bool rsv1, bool rsv2, bool rsv3)
{
    m_rsv = {rsv1, rsv2, rsv3};
    return *this;
}

std::uint64_t FrameBuilder::lengthValue() const
{
    return m_declaredLength.value_or(std::uint64_t(m_payload.size()));
}

static int shortestLengthBits(std::uint64_t size)
{
    return size <= 125 ? 7 : size <= 0xFFFF ? 16 : 64;
}

int FrameBuilder::lengthBits() const
{
    switch (m_length) {
    case Length::Bits16:
        return 16;
    case Length::Bits64:
        return 64;
    case Length::Shortest:
        break;
    }
    return shortestLengthBits(lengthValue());
}

bool FrameBuilder::isShortestLength() const
{
    return lengthBits() == shortestLengthBits(lengthValue());
}

void FrameBuilder::appendLength(QByteArray &out) const
{
    const char maskBit = m_maskKey ? char(0x80) : char(0);
    const std::uint64_t size = lengthValue();
    const int bits = lengthBits();
    if (bits == 7) {
        out.append(char(maskBit | char(size)));
        return;
    }
    out.append(char(maskBit | (bits == 16 ? 126 : 127)));
    // Network byte order: the most significant byte first.
    for (int shift = bits - 8; shift >= 0; shift -= 8)
        out.append(char((size >> shift) & 0xFF));
}

QByteArray FrameBuilder::header() const
{
    QByteArray out;
    out.append(char((m_fin ? 0x80 : 0) | (m_rsv[0] ? 0x40 : 0) | (m_rsv[1] ? 0x20 : 0) | (m_rsv[2] ? 0x10 : 0)
                    | (m_opcode & 0x0F)));
    appendLength(out);
    if (m_maskKey) {
        for (std::uint8_t byte : *m_maskKey)
            out.append(char(byte));
    }
    return out;
}

QByteArray FrameBuilder::maskedPayload() const
{
    QByteArray out = m_payload;
    if (!m_maskKey)
        return out;
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i] = char(out[i] ^ char((*m_maskKey)[std::size_t(i % 4)]));
    return out;
}

} // namespace SockscopeTest
