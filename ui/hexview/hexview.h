// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framebyteslayout.h"

#include <QAbstractScrollArea>

class QPainter;

namespace Sockscope {

// UI-4: one frame as on the wire in offset | hex | ASCII columns, header fields coloured and
// explained in tooltips, a selection shared by both columns, copy as hex, base64 or C array.
// Paints only the rows in the viewport, so a 16 MiB payload scrolls like a 16-byte one.
class HexView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class CopyFormat { Hex, Base64, CArray };
    Q_ENUM(CopyFormat)

    explicit HexView(QWidget *parent = nullptr);
    ~HexView() override;

    void setFrame(const FrameHeader &header, const QByteArray &payload);
    void clear();
    const FrameBytesLayout &layout() const { return m_layout; }
    FrameBytesLayout::Geometry gridGeometry() const { return m_geometry; }

    // Payload bytes as on the wire (masked) or as the application sees them; on by default.
    bool showMasked() const { return m_layout.showMasked(); }
    void setShowMasked(bool masked);

    // The selection is [start, start + length): the bytes from the anchor to the cursor, both
    // included. Nothing selected is start -1, length 0; a click only places the cursor.
    qint64 selectionStart() const;
    qint64 selectionLength() const;
    void setSelection(qint64 start, qint64 length);
    void selectAll();
    void clearSelection();
    // The byte the keyboard moves from; -1 without a frame.
    qint64 cursorOffset() const { return m_cursor; }

    // The selected bytes, or the whole frame when nothing is selected, as displayed
    // (masked or not): hex "81 85 37", base64, or a C array "{ 0x81, 0x85, 0x37 }".
    QString copyText(CopyFormat format) const;
    void copyToClipboard(CopyFormat format) const;

    // The first visible row, and scrolling so that `offset` is visible.
    qint64 firstVisibleRow() const;
    void scrollToOffset(qint64 offset);

    // Rows drawn by the last paint; tests check it never exceeds the visible rows.
    qint64 lastPaintedRowCount() const { return m_lastPaintedRowCount; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The byte under the mouse, -1 when it leaves the bytes.
    void byteHovered(qint64 offset);
    void selectionChanged(qint64 start, qint64 length);
    void showMaskedChanged(bool masked);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Hit
    {
        qint64 offset = -1;
        FrameBytesLayout::Area area = FrameBytesLayout::Area::Hex;
        int bit = -1;
        bool onCell = false; // over a byte's cell rather than clamped to the nearest one
    };

    struct PaintColors;
    // Where one byte's cell is painted.
    struct CellPosition
    {
        qint64 offset = 0;
        int column = 0;
        bool continues = false; // another byte follows on the same row
        int y = 0;
    };

    // Cell under a viewport position, clamped to the frame (drags beyond the ends still select).
    Hit hitTest(QPoint pos) const;
    void paintRow(QPainter &painter, const PaintColors &colors, qint64 row, int y) const;
    void paintCell(QPainter &painter, const PaintColors &colors, FrameBytesLayout::Area area,
                   const CellPosition &at) const;
    void paintFieldTints(QPainter &painter, const PaintColors &colors, const FrameBytesLayout::Span &cell, int toNext,
                         const CellPosition &at) const;
    void paintFlagMarks(QPainter &painter, const PaintColors &colors, const FrameBytesLayout::Span &cell,
                        const CellPosition &at) const;
    void paintCursor(QPainter &painter, const PaintColors &colors, int column, int y) const;
    bool isSelectedByte(qint64 offset) const;
    void updateMetrics();
    void updateScrollBars();
    // Moves the cursor; `extend` grows the selection from the anchor, otherwise it is cleared.
    void moveCursor(qint64 offset, bool extend);
    void setHoveredByte(qint64 offset, int bit);
    void emitSelectionIfChanged();

    FrameBytesLayout m_layout;
    FrameBytesLayout::Geometry m_geometry;
    int m_ascent = 0;
    qint64 m_cursor = -1;
    qint64 m_anchor = -1;
    bool m_selecting = false; // anchor and cursor span a selection (even a single byte)
    bool m_dragging = false;
    FrameBytesLayout::Area m_activeArea = FrameBytesLayout::Area::Hex;
    qint64 m_hovered = -1;
    int m_hoveredField = -1;
    qint64 m_emittedStart = -1;
    qint64 m_emittedLength = 0;
    qint64 m_lastPaintedRowCount = 0;
};

} // namespace Sockscope
