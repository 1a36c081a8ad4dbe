// SPDX-License-Identifier: GPL-3.0-or-later
#include "framebyteslayout.h"

#include "protocol/mask.h"

#include <algorithm>
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
    : m_header(header),
      m_payload(payload),
      m_headerSize(std::min<qint64>(header.headerSize, qint64(kMaxHeaderSize))),
      m_fields(FrameAnatomy::fields(header, payload.size()))
{ }

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
