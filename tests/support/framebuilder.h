// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>

#include <array>
#include <cstdint>
#include <optional>

namespace SockscopeTest {

// Writes RFC 6455 frames bit by bit, the way §5.2 draws them, and masks with a plain byte
// loop. It shares no code with app/core/protocol, so codec tests have an oracle of their own
// (qtwebsockets' tst_websocketframe.cpp does the same). Anything can be written, even frames
// the RFC forbids.
class FrameBuilder
{
public:
    enum class Length { Shortest, Bits16, Bits64 };
    using Key = std::array<std::uint8_t, 4>;

    FrameBuilder &fin(bool on)
    {
        m_fin = on;
        return *this;
    }
    FrameBuilder &rsv(bool rsv1, bool rsv2, bool rsv3);
    FrameBuilder &opcode(std::uint8_t value)
    {
        m_opcode = value;
        return *this;
    }
    FrameBuilder &mask(const Key &key)
    {
        m_maskKey = key;
        return *this;
    }
    FrameBuilder &length(Length encoding)
    {
        m_length = encoding;
        return *this;
    }
    // Writes this length in the header instead of the payload's size.
    FrameBuilder &declaredLength(std::uint64_t value)
    {
        m_declaredLength = value;
        return *this;
    }
    FrameBuilder &payload(const QByteArray &bytes)
    {
        m_payload = bytes;
        return *this;
    }

    bool isFin() const { return m_fin; }
    bool rsv1() const { return m_rsv[0]; }
    bool rsv2() const { return m_rsv[1]; }
    bool rsv3() const { return m_rsv[2]; }
    std::uint8_t opcodeValue() const { return m_opcode; }
    std::optional<Key> maskKey() const { return m_maskKey; }
    const QByteArray &payloadBytes() const { return m_payload; }
    std::uint64_t lengthValue() const;
    // 7, 16 or 64: the payload length field written, after the 7-bit marker 126 or 127.
    int lengthBits() const;
    // Whether that field is the shortest the length fits in, as RFC 6455 asks.
    bool isShortestLength() const;

    QByteArray header() const;
    QByteArray maskedPayload() const;
    QByteArray wire() const { return header() + maskedPayload(); }

private:
    void appendLength(QByteArray &out) const;

    bool m_fin = true;
    std::array<bool, 3> m_rsv{};
    std::uint8_t m_opcode = 0x1;
    std::optional<Key> m_maskKey;
    Length m_length = Length::Shortest;
    std::optional<std::uint64_t> m_declaredLength;
    QByteArray m_payload;
};

} // namespace SockscopeTest

Q_DECLARE_METATYPE(SockscopeTest::FrameBuilder)
