// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/frameanatomy.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>

namespace Sockscope {

// One frame as it travelled on the wire: the header bytes followed by the payload, its fields
// (FrameAnatomy, computed once from the header), plus the geometry of an offset | hex | ASCII
// grid showing it.
// No widgets here, so the decoding and the grid arithmetic are unit-tested without painting.
// The payload is kept implicitly shared and masked on the fly: no copy proportional to it.
class FrameBytesLayout
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::FrameBytesLayout)

public:
    static constexpr int BytesPerRow = 16;

    using FieldKind = FrameAnatomy::FieldKind;
    static constexpr int FieldKindCount = FrameAnatomy::FieldKindCount;
    using Field = FrameAnatomy::Field;

    // x position and width in pixels of one cell of the grid.
    struct Span
    {
        int x = 0;
        int width = 0;

        int end() const { return x + width; }
        bool contains(int px) const { return px >= x && px < x + width; }
    };

    enum class Area : std::uint8_t { Hex, Ascii };

    // Where a byte of a row sits horizontally, for a fixed-pitch font; all in pixels.
    struct Geometry
    {
        int charWidth = 0;
        int lineHeight = 0;
        int offsetDigits = 0;
        Span offsetColumn;
        Span hexColumn;
        Span asciiColumn;
        int totalWidth = 0;

        // Column `column` (0..BytesPerRow-1) of a row: two digits in the hex area, one char in ASCII.
        Span hexCell(int column) const;
        Span asciiCell(int column) const;
        Span cell(Area area, int column) const { return area == Area::Hex ? hexCell(column) : asciiCell(column); }
        // The nearest column under x in the given area; clicks in gaps go to the closer cell.
        int columnAt(Area area, int x) const;
        // The area under x: the hex area up to the middle of the gap before the ASCII column.
        Area areaAt(int x) const;
        // Which of the 8 bits of a hex cell is under x (7 = most significant, left), or -1.
        int bitAt(int column, int x) const;
    };

    struct RowRange
    {
        qint64 first = 0;
        qint64 count = 0;
    };

    FrameBytesLayout() = default;
    FrameBytesLayout(const FrameHeader &header, const QByteArray &payload);

    bool isEmpty() const { return size() == 0; }
    const FrameHeader &header() const { return m_header; }
    const QByteArray &payload() const { return m_payload; } // unmasked
    qint64 headerSize() const { return m_headerSize; }
    qint64 size() const { return m_headerSize + m_payload.size(); }

    // Masked: the payload bytes as they were on the wire; unmasked: as the application sees them.
    // Only matters for masked frames.
    bool showMasked() const { return m_showMasked; }
    void setShowMasked(bool masked) { m_showMasked = masked; }

    // The byte at `offset` as displayed (header bytes, then the payload per showMasked()).
    std::uint8_t byteAt(qint64 offset) const;
    // Displayed bytes [start, start + length), clamped to the frame.
    QByteArray bytes(qint64 start, qint64 length) const;

    const QList<Field> &fields() const { return m_fields; }
    // Index into fields() of the field covering `offset` and, if `bit` (0..7) is given, that bit
    // of a byte shared by bit fields; the first field of the byte otherwise. -1 outside the frame.
    int fieldAt(qint64 offset, int bit = -1) const;
    // Indexes of every field covering `offset` (several for the bytes holding bit fields).
    QList<int> fieldsAt(qint64 offset) const;
    // A multi-line explanation of one byte: offset, value, and every field it belongs to.
    QString describeByte(qint64 offset) const;

    // Grid.
    qint64 rowCount() const { return (size() + BytesPerRow - 1) / BytesPerRow; }
    static qint64 rowOf(qint64 offset) { return offset / BytesPerRow; }
    static int columnOf(qint64 offset) { return int(offset % BytesPerRow); }
    // Hex digits in the offset column: enough for the last offset, at least 4.
    int offsetDigits() const;
    Geometry geometry(int charWidth, int lineHeight) const;
    // Rows at least partly visible in a viewport `viewportHeight` pixels high whose top row is
    // `firstRow`; never more than the rows that exist.
    RowRange visibleRows(qint64 firstRow, int viewportHeight, int lineHeight) const;

private:
    FrameHeader m_header;
    QByteArray m_payload;
    qint64 m_headerSize = 0;
    bool m_showMasked = true;
    QList<Field> m_fields;
};

} // namespace Sockscope
