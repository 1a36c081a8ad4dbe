// SPDX-License-Identifier: GPL-3.0-or-later
#include "framebyteslayout.h"

#include "protocol/mask.h"

#include <QStringList>

#include <algorithm>
#include <climits>
#include <cstring>

namespace Sockscope {
namespace {

constexpr int GroupSize = 8; // an extra space after 8 hex cells, as in hexdump -C

QString hexByte(std::uint8_t byte)
{
    return QStringLiteral("%1").arg(byte, 2, 16, QLatin1Char('0'));
}

QString binaryByte(std::uint8_t byte)
{
    return QStringLiteral("%1 %2").arg(byte >> 4, 4, 2, QLatin1Char('0')).arg(byte & 0x0F, 4, 2, QLatin1Char('0'));
}

bool isPrintable(std::uint8_t byte)
{
    return byte >= 0x20 && byte < 0x7F;
}

} // namespace

FrameBytesLayout::Span FrameBytesLayout::Geometry::hexCell(int column) const
{
    return {hexColumn.x + column * 3 * charWidth + (column >= GroupSize ? charWidth : 0), 2 * charWidth};
}

FrameBytesLayout::Span FrameBytesLayout::Geometry::asciiCell(int column) const
{
    return {asciiColumn.x + column * charWidth, charWidth};
}

int FrameBytesLayout::Geometry::columnAt(Area area, int x) const
{
    for (int column = 0; column < BytesPerRow - 1; ++column) {
        // The boundary between two cells is the middle of the gap that separates them.
        if (x < (cell(area, column).end() + cell(area, column + 1).x) / 2)
            return column;
    }
    return BytesPerRow - 1;
}

FrameBytesLayout::Area FrameBytesLayout::Geometry::areaAt(int x) const
{
    return x < (hexColumn.end() + asciiColumn.x) / 2 ? Area::Hex : Area::Ascii;
}

int FrameBytesLayout::Geometry::bitAt(int column, int x) const
{
    const Span span = hexCell(column);
    if (!span.contains(x))
        return -1;
    return 7 - (x - span.x) * 8 / span.width;
}

FrameBytesLayout::FrameBytesLayout(const FrameHeader &header, const QByteArray &payload)
    : m_header(header)
    , m_payload(payload)
    , m_headerSize(std::min<qint64>(header.headerSize, qint64(kMaxHeaderSize)))
{
    buildFields();
}

void FrameBytesLayout::addField(FieldKind kind, qint64 offset, qint64 length, std::uint8_t bitMask,
                                const QString &name, quint64 value, const QString &explanation, bool flagged)
{
    m_fields.append({kind, offset, length, bitMask, name, value, explanation, flagged});
}

// Decoded from the header bytes themselves, so every explanation matches the bytes shown even
// for frames built wrong on purpose; fields that do not fit into headerSize are left out.
void FrameBytesLayout::buildFields()
{
    const std::uint8_t *h = m_header.headerBytes.data();
    if (m_headerSize < 1)
        return;

    const std::uint8_t b0 = h[0];
    const bool fin = b0 & 0x80;
    const std::uint8_t opcode = b0 & 0x0F;
    const bool control = opcode & 0x08;
    if (fin)
        addField(FieldKind::Fin, 0, 1, 0x80, tr("FIN"), 1, tr("FIN 1: the final fragment of a message"));
    else if (control)
        addField(FieldKind::Fin, 0, 1, 0x80, tr("FIN"), 0, tr("FIN 0: a control frame must not be fragmented"), true);
    else
        addField(FieldKind::Fin, 0, 1, 0x80, tr("FIN"), 0, tr("FIN 0: more fragments of this message follow"));

    const bool rsv1 = b0 & 0x40;
    addField(FieldKind::Rsv1, 0, 1, 0x40, tr("RSV1"), rsv1,
             rsv1 ? tr("RSV1 1: set; the message is compressed if permessage-deflate was negotiated, "
                       "otherwise a protocol error")
                  : tr("RSV1 0: not set"),
             rsv1);
    for (const int bit : {2, 3}) {
        const std::uint8_t mask = std::uint8_t(0x40 >> (bit - 1));
        const bool set = b0 & mask;
        addField(bit == 2 ? FieldKind::Rsv2 : FieldKind::Rsv3, 0, 1, mask, tr("RSV%1").arg(bit), set,
                 set ? tr("RSV%1 1: set; a protocol error unless a negotiated extension defines it").arg(bit)
                     : tr("RSV%1 0: not set").arg(bit),
                 set);
    }

    const QString opcodeHex = QStringLiteral("0x%1").arg(opcode, 1, 16);
    QString opcodeText;
    switch (opcode) {
    case 0x0: opcodeText = tr("opcode %1: continuation frame (the next fragment of a message)"); break;
    case 0x1: opcodeText = tr("opcode %1: text frame"); break;
    case 0x2: opcodeText = tr("opcode %1: binary frame"); break;
    case 0x8: opcodeText = tr("opcode %1: connection close"); break;
    case 0x9: opcodeText = tr("opcode %1: ping"); break;
    case 0xA: opcodeText = tr("opcode %1: pong"); break;
    default:
        opcodeText = control ? tr("opcode %1: reserved control opcode, a protocol error")
                             : tr("opcode %1: reserved non-control opcode, a protocol error");
        break;
    }
    const bool reservedOpcode = (opcode >= 0x3 && opcode <= 0x7) || opcode >= 0xB;
    addField(FieldKind::Opcode, 0, 1, 0x0F, tr("Opcode"), opcode, opcodeText.arg(opcodeHex), reservedOpcode);

    if (m_headerSize < 2)
        return;
    const std::uint8_t b1 = h[1];
    const bool masked = b1 & 0x80;
    const std::uint8_t length7 = b1 & 0x7F;
    addField(FieldKind::Mask, 1, 1, 0x80, tr("MASK"), masked,
             masked ? tr("MASK 1: the payload is masked with the 4-byte key that follows (client to server)")
                    : tr("MASK 0: the payload is not masked (server to client)"));
    QString lengthText;
    if (length7 <= 125)
        lengthText = tr("payload length %1 in the 7-bit length").arg(length7);
    else if (length7 == 126)
        lengthText = tr("126: the length follows in the 16-bit extended length");
    else
        lengthText = tr("127: the length follows in the 64-bit extended length");
    addField(FieldKind::PayloadLength, 1, 1, 0x7F, tr("Payload length"), length7, lengthText);

    qint64 pos = 2;
    quint64 announced = length7;
    const int extendedBytes = length7 == 126 ? 2 : length7 == 127 ? 8 : 0;
    if (extendedBytes > 0) {
        if (m_headerSize < pos + extendedBytes)
            return;
        quint64 value = 0;
        for (int i = 0; i < extendedBytes; ++i)
            value = (value << 8) | h[pos + i];
        announced = value;
        const int bits = extendedBytes * 8;
        QString text = tr("length %1 in the %2-bit extended length (%3 marker)").arg(value).arg(bits).arg(length7);
        bool flagged = false;
        if (value <= 125 || (bits == 64 && value <= 0xFFFF)) {
            text += QLatin1Char('\n')
                    + tr("not the shortest encoding: RFC 6455 requires %1 for this length")
                              .arg(value <= 125 ? tr("the 7-bit length") : tr("the 16-bit extended length"));
            flagged = true;
        }
        if (bits == 64 && (value >> 63)) {
            text += QLatin1Char('\n') + tr("the most significant bit of a 64-bit length must be 0");
            flagged = true;
        }
        addField(FieldKind::ExtendedLength, pos, extendedBytes, 0,
                 bits == 16 ? tr("Extended payload length (16-bit)") : tr("Extended payload length (64-bit)"),
                 value, text, flagged);
        pos += extendedBytes;
    }

    QString keyText;
    if (masked) {
        if (m_headerSize < pos + 4)
            return;
        quint64 key = 0;
        QStringList keyBytes;
        for (int i = 0; i < 4; ++i) {
            key = (key << 8) | h[pos + i];
            keyBytes.append(hexByte(h[pos + i]));
        }
        keyText = keyBytes.join(QLatin1Char(' '));
        addField(FieldKind::MaskKey, pos, 4, 0, tr("Masking key"), key,
                 tr("mask key %1: payload byte i is XORed with key byte i mod 4").arg(keyText));
    }

    if (m_payload.isEmpty())
        return;
    const qint64 size = m_payload.size();
    const int count = int(std::min<qint64>(size, INT_MAX)); // for the plural form only
    QString payloadText = masked ? tr("payload, %n byte(s), masked on the wire with key %1", nullptr, count).arg(keyText)
                                 : tr("payload, %n byte(s), not masked", nullptr, count);
    bool flagged = false;
    if (announced != quint64(size)) {
        payloadText += QLatin1Char('\n')
                + tr("the header announces %1 bytes, %2 were captured").arg(announced).arg(size);
        flagged = true;
    }
    if (control && size > qint64(kMaxControlPayload)) {
        payloadText += QLatin1Char('\n') + tr("a control frame payload must not exceed 125 bytes");
        flagged = true;
    }
    addField(FieldKind::Payload, m_headerSize, size, 0, tr("Payload"), quint64(size), payloadText, flagged);
}

std::uint8_t FrameBytesLayout::byteAt(qint64 offset) const
{
    Q_ASSERT(offset >= 0 && offset < size());
    if (offset < m_headerSize)
        return m_header.headerBytes[std::size_t(offset)];
    const qint64 index = offset - m_headerSize;
    const auto byte = std::uint8_t(m_payload.at(index));
    if (m_showMasked && m_header.masked)
        return byte ^ m_header.maskKey[std::size_t(index & 3)];
    return byte;
}

QByteArray FrameBytesLayout::bytes(qint64 start, qint64 length) const
{
    start = std::clamp<qint64>(start, 0, size());
    length = std::clamp<qint64>(length, 0, size() - start);
    QByteArray out(length, Qt::Uninitialized);
    auto *dst = reinterpret_cast<std::uint8_t *>(out.data());
    const qint64 headerPart = std::clamp<qint64>(m_headerSize - start, 0, length);
    if (headerPart > 0)
        std::memcpy(dst, m_header.headerBytes.data() + start, std::size_t(headerPart));
    const qint64 payloadStart = std::max<qint64>(start - m_headerSize, 0);
    const qint64 payloadPart = length - headerPart;
    if (payloadPart > 0) {
        const auto *src = reinterpret_cast<const std::uint8_t *>(m_payload.constData()) + payloadStart;
        if (m_showMasked && m_header.masked)
            copyMasked(dst + headerPart, src, std::size_t(payloadPart), m_header.maskKey, std::size_t(payloadStart));
        else
            std::memcpy(dst + headerPart, src, std::size_t(payloadPart));
    }
    return out;
}

int FrameBytesLayout::fieldAt(qint64 offset, int bit) const
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const Field &field = m_fields.at(i);
        if (!field.contains(offset))
            continue;
        if (bit < 0 || !field.isBitField() || (field.bitMask & (1 << bit)))
            return int(i);
    }
    return -1;
}

QList<int> FrameBytesLayout::fieldsAt(qint64 offset) const
{
    QList<int> indexes;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).contains(offset))
            indexes.append(int(i));
    }
    return indexes;
}

QString FrameBytesLayout::describeByte(qint64 offset) const
{
    if (offset < 0 || offset >= size())
        return {};
    const std::uint8_t byte = byteAt(offset);
    QString text;
    if (offset < m_headerSize) {
        text = tr("header byte %1: 0x%2 = %3").arg(offset).arg(hexByte(byte), binaryByte(byte));
    } else {
        const qint64 index = offset - m_headerSize;
        const auto plain = std::uint8_t(m_payload.at(index));
        const QString shown = isPrintable(plain) ? QStringLiteral(" '%1'").arg(QLatin1Char(char(plain))) : QString();
        if (m_header.masked) {
            const auto wire = std::uint8_t(plain ^ m_header.maskKey[std::size_t(index & 3)]);
            text = tr("payload byte %1 at offset %2: 0x%3 on the wire, 0x%4%5 unmasked")
                           .arg(index)
                           .arg(offset)
                           .arg(hexByte(wire), hexByte(plain), shown);
        } else {
            text = tr("payload byte %1 at offset %2: 0x%3%4").arg(index).arg(offset).arg(hexByte(plain), shown);
        }
    }
    for (const int index : fieldsAt(offset))
        text += QLatin1Char('\n') + m_fields.at(index).explanation;
    return text;
}

int FrameBytesLayout::offsetDigits() const
{
    quint64 last = quint64(std::max<qint64>(size() - 1, 0));
    int digits = 1;
    while (last >>= 4)
        ++digits;
    return std::max(4, digits);
}

FrameBytesLayout::Geometry FrameBytesLayout::geometry(int charWidth, int lineHeight) const
{
    Geometry g;
    g.charWidth = charWidth;
    g.lineHeight = lineHeight;
    g.offsetDigits = offsetDigits();
    g.offsetColumn = {charWidth, g.offsetDigits * charWidth};
    g.hexColumn.x = g.offsetColumn.end() + 2 * charWidth;
    g.hexColumn.width = g.hexCell(BytesPerRow - 1).end() - g.hexColumn.x;
    g.asciiColumn.x = g.hexColumn.end() + 2 * charWidth;
    g.asciiColumn.width = BytesPerRow * charWidth;
    g.totalWidth = g.asciiColumn.end() + charWidth;
    return g;
}

FrameBytesLayout::RowRange FrameBytesLayout::visibleRows(qint64 firstRow, int viewportHeight, int lineHeight) const
{
    const qint64 rows = rowCount();
    const qint64 first = std::clamp<qint64>(firstRow, 0, rows);
    if (lineHeight <= 0 || viewportHeight <= 0)
        return {first, 0};
    const qint64 fit = (qint64(viewportHeight) + lineHeight - 1) / lineHeight;
    return {first, std::min(rows - first, fit)};
}

} // namespace Sockscope
