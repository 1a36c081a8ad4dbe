// SPDX-License-Identifier: GPL-3.0-or-later
#include "frameanatomy.h"

#include <QStringList>

#include <algorithm>
#include <climits>

namespace Sockscope {
namespace {

using Field = FrameAnatomy::Field;
using Kind = FrameAnatomy::FieldKind;

QString hexByte(std::uint8_t byte)
{
    return QStringLiteral("%1").arg(byte, 2, 16, QLatin1Char('0'));
}

std::uint8_t sevenBitLength(const FrameHeader &header)
{
    switch (header.lengthEncoding) {
    case LengthEncoding::Bits16:
        return 126;
    case LengthEncoding::Bits64:
        return 127;
    case LengthEncoding::Bits7:
        break;
    }
    return std::uint8_t(header.payloadLength & 0x7F);
}

QString maskKeyText(const FrameHeader &header)
{
    QStringList bytes;
    for (const std::uint8_t byte : header.maskKey)
        bytes.append(hexByte(byte));
    return bytes.join(QLatin1Char(' '));
}

// The fields of the first byte: FIN, RSV1-3 and the opcode.
void addFirstByte(QList<Field> &out, const FrameHeader &h)
{
    const bool control = h.isControl();
    if (h.fin)
        out.append({Kind::Fin, 0, 1, 0x80, FrameAnatomy::tr("FIN"), 1,
                    FrameAnatomy::tr("FIN 1: the final fragment of a message")});
    else if (control)
        out.append({Kind::Fin, 0, 1, 0x80, FrameAnatomy::tr("FIN"), 0,
                    FrameAnatomy::tr("FIN 0: a control frame must not be fragmented"), true});
    else
        out.append({Kind::Fin, 0, 1, 0x80, FrameAnatomy::tr("FIN"), 0,
                    FrameAnatomy::tr("FIN 0: more fragments of this message follow")});

    out.append(
            {Kind::Rsv1, 0, 1, 0x40, FrameAnatomy::tr("RSV1"), h.rsv1,
             h.rsv1 ? FrameAnatomy::tr("RSV1 1: set; the message is compressed if permessage-deflate was negotiated, "
                                       "otherwise a protocol error")
                    : FrameAnatomy::tr("RSV1 0: not set"),
             h.rsv1});
    for (const int bit : {2, 3}) {
        const bool set = bit == 2 ? h.rsv2 : h.rsv3;
        out.append({bit == 2 ? Kind::Rsv2 : Kind::Rsv3, 0, 1, std::uint8_t(0x40 >> (bit - 1)),
                    FrameAnatomy::tr("RSV%1").arg(bit), set,
                    set ? FrameAnatomy::tr("RSV%1 1: set; a protocol error unless a negotiated extension defines it")
                                    .arg(bit)
                        : FrameAnatomy::tr("RSV%1 0: not set").arg(bit),
                    set});
    }
    out.append({Kind::Opcode, 0, 1, 0x0F, FrameAnatomy::tr("Opcode"), h.opcode,
                FrameAnatomy::opcodeExplanation(h.opcode), isReservedOpcode(h.opcode)});
}

void addSecondByte(QList<Field> &out, const FrameHeader &h)
{
    out.append({Kind::Mask, 1, 1, 0x80, FrameAnatomy::tr("MASK"), h.masked,
                h.masked ? FrameAnatomy::tr(
                        "MASK 1: the payload is masked with the 4-byte key that follows (client to server)")
                         : FrameAnatomy::tr("MASK 0: the payload is not masked (server to client)")});
    const std::uint8_t length7 = sevenBitLength(h);
    QString text;
    if (length7 <= 125)
        text = FrameAnatomy::tr("payload length %1 in the 7-bit length").arg(length7);
    else if (length7 == 126)
        text = FrameAnatomy::tr("126: the length follows in the 16-bit extended length");
    else
        text = FrameAnatomy::tr("127: the length follows in the 64-bit extended length");
    out.append({Kind::PayloadLength, 1, 1, 0x7F, FrameAnatomy::tr("Payload length"), length7, text});
}

Field extendedLength(const FrameHeader &h, int bytes)
{
    const quint64 value = h.payloadLength;
    const int bits = bytes * 8;
    QString text = FrameAnatomy::tr("length %1 in the %2-bit extended length (%3 marker)")
                           .arg(value)
                           .arg(bits)
                           .arg(sevenBitLength(h));
    bool flagged = false;
    if (!h.isMinimalLengthEncoding()) {
        text += QLatin1Char('\n')
                + FrameAnatomy::tr("not the shortest encoding: RFC 6455 requires %1 for this length")
                          .arg(value <= 125 ? FrameAnatomy::tr("the 7-bit length")
                                            : FrameAnatomy::tr("the 16-bit extended length"));
        flagged = true;
    }
    if (bits == 64 && (value >> 63)) {
        text += QLatin1Char('\n') + FrameAnatomy::tr("the most significant bit of a 64-bit length must be 0");
        flagged = true;
    }
    return {Kind::ExtendedLength,
            2,
            bytes,
            0,
            bits == 16 ? FrameAnatomy::tr("Extended payload length (16-bit)")
                       : FrameAnatomy::tr("Extended payload length (64-bit)"),
            value,
            text,
            flagged};
}

Field payloadField(const FrameHeader &h, qint64 offset, qint64 size)
{
    const int count = int(std::min<qint64>(size, INT_MAX)); // for the plural form only
    QString text = h.masked ? FrameAnatomy::tr("payload, %n byte(s), masked on the wire with key %1", nullptr, count)
                                      .arg(maskKeyText(h))
                            : FrameAnatomy::tr("payload, %n byte(s), not masked", nullptr, count);
    bool flagged = false;
    if (h.payloadLength != quint64(size)) {
        text += QLatin1Char('\n')
                + FrameAnatomy::tr("the header announces %1 bytes, %2 were captured").arg(h.payloadLength).arg(size);
        flagged = true;
    }
    if (h.isControl() && size > qint64(kMaxControlPayload)) {
        text += QLatin1Char('\n') + FrameAnatomy::tr("a control frame payload must not exceed 125 bytes");
        flagged = true;
    }
    return {Kind::Payload, offset, size, 0, FrameAnatomy::tr("Payload"), quint64(size), text, flagged};
}

} // namespace

QList<FrameAnatomy::Field> FrameAnatomy::fields(const FrameHeader &header, qint64 capturedPayload)
{
    QList<Field> out;
    const qint64 headerSize = std::min<qint64>(header.headerSize, qint64(kMaxHeaderSize));
    if (headerSize < 1)
        return out;
    addFirstByte(out, header);
    if (headerSize < 2)
        return out;
    addSecondByte(out, header);
    qint64 pos = 2;
    const int extendedBytes = header.lengthEncoding == LengthEncoding::Bits16 ? 2
            : header.lengthEncoding == LengthEncoding::Bits64                 ? 8
                                                                              : 0;
    if (extendedBytes > 0) {
        if (headerSize < pos + extendedBytes)
            return out;
        out.append(extendedLength(header, extendedBytes));
        pos += extendedBytes;
    }
    if (header.masked) {
        if (headerSize < pos + 4)
            return out;
        const auto &k = header.maskKey;
        const quint64 key = (quint64(k[0]) << 24) | (quint64(k[1]) << 16) | (quint64(k[2]) << 8) | k[3];
        out.append({Kind::MaskKey, pos, 4, 0, tr("Masking key"), key,
                    tr("mask key %1: payload byte i is XORed with key byte i mod 4").arg(maskKeyText(header))});
    }
    if (capturedPayload > 0)
        out.append(payloadField(header, headerSize, capturedPayload));
    return out;
}

QString FrameAnatomy::bitsText(bool fin, bool rsv1, bool rsv2, bool rsv3)
{
    return QStringLiteral("%1%2%3%4")
            .arg(fin ? QLatin1Char('F') : QLatin1Char('-'))
            .arg(rsv1 ? QLatin1Char('1') : QLatin1Char('-'))
            .arg(rsv2 ? QLatin1Char('2') : QLatin1Char('-'))
            .arg(rsv3 ? QLatin1Char('3') : QLatin1Char('-'));
}

QString FrameAnatomy::opcodeExplanation(std::uint8_t opcode)
{
    QString text;
    switch (opcode) {
    case 0x0:
        text = tr("opcode %1: continuation frame (the next fragment of a message)");
        break;
    case 0x1:
        text = tr("opcode %1: text frame");
        break;
    case 0x2:
        text = tr("opcode %1: binary frame");
        break;
    case 0x8:
        text = tr("opcode %1: connection close");
        break;
    case 0x9:
        text = tr("opcode %1: ping");
        break;
    case 0xA:
        text = tr("opcode %1: pong");
        break;
    default:
        text = (opcode & 0x8) ? tr("opcode %1: reserved control opcode, a protocol error")
                              : tr("opcode %1: reserved non-control opcode, a protocol error");
        break;
    }
    return text.arg(QStringLiteral("0x%1").arg(opcode, 1, 16));
}

} // namespace Sockscope
