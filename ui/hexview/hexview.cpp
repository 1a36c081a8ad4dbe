// SPDX-License-Identifier: GPL-3.0-or-later
#include "hexview.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdlib>

namespace Sockscope {
namespace {

using Kind = FrameBytesLayout::FieldKind;
using Area = FrameBytesLayout::Area;

constexpr int CArrayBytesPerLine = 16;
constexpr char HexDigits[] = "0123456789abcdef";

// One hue per header field, spread so that neighbouring fields never look alike.
constexpr std::array<int, FrameBytesLayout::FieldKindCount> FieldHues = {
        210, // FIN
        275, // RSV1
        300, // RSV2
        325, // RSV3
        30,  // opcode
        120, // MASK
        175, // 7-bit length
        55,  // extended length
        350, // mask key
        0,   // payload: not tinted
};

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    const auto channel = [amount](int x, int y) { return int(x + (y - x) * amount + 0.5); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// A tint of the base colour, so the normal text colour stays readable on light and dark palettes.
QColor fieldColor(const QPalette &palette, Kind kind, bool strong)
{
    const QColor hue = QColor::fromHsv(FieldHues[std::size_t(kind)], isDark(palette) ? 200 : 255, 255);
    return mix(palette.color(QPalette::Base), hue, strong ? 0.6 : 0.3);
}

QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(255, 100, 100) : QColor(200, 0, 0);
}

// The x range of the bits of `mask` within a cell whose left edge is bit 7.
FrameBytesLayout::Span bitSlice(FrameBytesLayout::Span cell, std::uint8_t mask)
{
    int high = 7;
    while (high > 0 && !(mask & (1 << high)))
        --high;
    int low = 0;
    while (low < 7 && !(mask & (1 << low)))
        ++low;
    const int left = cell.x + (7 - high) * cell.width / 8;
    const int right = cell.x + (8 - low) * cell.width / 8;
    return {left, right - left};
}

QString cArray(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return QStringLiteral("{ }");
    const QByteArray hex = bytes.toHex();
    const bool multiLine = bytes.size() > CArrayBytesPerLine;
    QByteArray out;
    out.reserve(bytes.size() * 6 + bytes.size() / CArrayBytesPerLine * 6 + 8);
    out += multiLine ? "{\n    " : "{ ";
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i > 0)
            out += multiLine && i % CArrayBytesPerLine == 0 ? ",\n    " : ", ";
        out += "0x";
        out += hex.mid(2 * i, 2);
    }
    out += multiLine ? "\n}" : " }";
    return QString::fromLatin1(out);
}

} // namespace

HexView::HexView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setCursor(Qt::IBeamCursor);
    updateMetrics();
}

HexView::~HexView() = default;

void HexView::setFrame(const FrameHeader &header, const QByteArray &payload)
{
    const bool masked = m_layout.showMasked();
    m_layout = FrameBytesLayout(header, payload);
    m_layout.setShowMasked(masked);
    m_cursor = m_layout.isEmpty() ? -1 : 0;
    m_anchor = m_cursor;
    m_selecting = false;
    m_dragging = false;
    m_hovered = -1;
    m_hoveredField = -1;
    updateMetrics();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    emitSelectionIfChanged();
    viewport()->update();
}

void HexView::clear()
{
    setFrame(FrameHeader{.headerSize = 0}, QByteArray());
}

void HexView::setShowMasked(bool masked)
{
    if (masked == m_layout.showMasked())
        return;
    m_layout.setShowMasked(masked);
    viewport()->update();
    Q_EMIT showMaskedChanged(masked);
}

qint64 HexView::selectionStart() const
{
    return m_selecting ? std::min(m_anchor, m_cursor) : -1;
}

qint64 HexView::selectionLength() const
{
    return m_selecting ? std::abs(m_cursor - m_anchor) + 1 : 0;
}

void HexView::setSelection(qint64 start, qint64 length)
{
    if (m_layout.isEmpty())
        return;
    start = std::clamp<qint64>(start, 0, m_layout.size() - 1);
    length = std::clamp<qint64>(length, 0, m_layout.size() - start);
    if (length == 0) {
        clearSelection();
        return;
    }
    m_anchor = start;
    m_cursor = start + length - 1;
    m_selecting = true;
    scrollToOffset(start);
    emitSelectionIfChanged();
    viewport()->update();
}

void HexView::selectAll()
{
    setSelection(0, m_layout.size());
}

void HexView::clearSelection()
{
    m_anchor = m_cursor;
    m_selecting = false;
    emitSelectionIfChanged();
    viewport()->update();
}

QString HexView::copyText(CopyFormat format) const
{
    const QByteArray bytes =
            m_selecting ? m_layout.bytes(selectionStart(), selectionLength()) : m_layout.bytes(0, m_layout.size());
    switch (format) {
    case CopyFormat::Hex:
        return QString::fromLatin1(bytes.toHex(' '));
    case CopyFormat::Base64:
        return QString::fromLatin1(bytes.toBase64());
    case CopyFormat::CArray:
        return cArray(bytes);
    }
    return {};
}

void HexView::copyToClipboard(CopyFormat format) const
{
    QGuiApplication::clipboard()->setText(copyText(format));
}

qint64 HexView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

void HexView::scrollToOffset(qint64 offset)
{
    if (offset < 0 || offset >= m_layout.size() || m_geometry.lineHeight <= 0)
        return;
    const qint64 row = FrameBytesLayout::rowOf(offset);
    const qint64 fullRows = std::max(1, viewport()->height() / m_geometry.lineHeight);
    QScrollBar *vertical = verticalScrollBar();
    if (row < vertical->value())
        vertical->setValue(int(row));
    else if (row >= vertical->value() + fullRows)
        vertical->setValue(int(row - fullRows + 1));

    const FrameBytesLayout::Span cell = m_geometry.cell(m_activeArea, FrameBytesLayout::columnOf(offset));
    QScrollBar *horizontal = horizontalScrollBar();
    if (cell.x < horizontal->value())
        horizontal->setValue(cell.x);
    else if (cell.end() > horizontal->value() + viewport()->width())
        horizontal->setValue(cell.end() - viewport()->width());
}

QSize HexView::sizeHint() const
{
    const int frame = 2 * frameWidth();
    return {m_geometry.totalWidth + frame + verticalScrollBar()->sizeHint().width(),
            m_geometry.lineHeight * 16 + frame};
}

QSize HexView::minimumSizeHint() const
{
    return {m_geometry.charWidth * 24, m_geometry.lineHeight * 3};
}

void HexView::updateMetrics()
{
    const QFontMetrics metrics(font());
    // The widest printable character, so cells stay aligned even if the "fixed" font is not.
    int charWidth = 1;
    for (char c = 0x20; c < 0x7F; ++c)
        charWidth = std::max(charWidth, metrics.horizontalAdvance(QLatin1Char(c)));
    m_geometry = m_layout.geometry(charWidth, metrics.height() + 2);
    m_ascent = metrics.ascent() + 1;
    updateScrollBars();
    updateGeometry();
}

void HexView::updateScrollBars()
{
    const int lineHeight = std::max(1, m_geometry.lineHeight);
    const int fullRows = std::max(1, viewport()->height() / lineHeight);
    const qint64 rows = m_layout.rowCount();
    QScrollBar *vertical = verticalScrollBar();
    vertical->setRange(0, int(std::clamp<qint64>(rows - fullRows, 0, INT_MAX)));
    vertical->setPageStep(fullRows);
    vertical->setSingleStep(1);
    QScrollBar *horizontal = horizontalScrollBar();
    horizontal->setRange(0, std::max(0, m_geometry.totalWidth - viewport()->width()));
    horizontal->setPageStep(viewport()->width());
    horizontal->setSingleStep(m_geometry.charWidth);
}

// The palette's colours for one paint, looked up once rather than per byte.
struct HexView::PaintColors
{
    explicit PaintColors(const QPalette &pal)
        : text(pal.color(QPalette::Text)),
          offsetText(pal.color(QPalette::PlaceholderText)),
          highlight(pal.color(QPalette::Highlight)),
          highlightedText(pal.color(QPalette::HighlightedText)),
          // The column the user is not working in shows the same selection, paler.
          echoHighlight(mix(pal.color(QPalette::Base), highlight, 0.4)),
          warning(warningColor(pal))
    {
        for (int kind = 0; kind < FrameBytesLayout::FieldKindCount; ++kind) {
            tints[std::size_t(kind)] = fieldColor(pal, Kind(kind), false);
            strongTints[std::size_t(kind)] = fieldColor(pal, Kind(kind), true);
        }
    }

    QColor text;
    QColor offsetText;
    QColor highlight;
    QColor highlightedText;
    QColor echoHighlight;
    QColor warning;
    std::array<QColor, FrameBytesLayout::FieldKindCount> tints;
    std::array<QColor, FrameBytesLayout::FieldKindCount> strongTints;
};

void HexView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette &pal = palette();
    painter.fillRect(viewport()->rect(), pal.color(QPalette::Base));
    m_lastPaintedRowCount = 0;
    if (m_layout.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("No frame selected"));
        return;
    }

    const FrameBytesLayout::Geometry &g = m_geometry;
    const FrameBytesLayout::RowRange rows =
            m_layout.visibleRows(verticalScrollBar()->value(), viewport()->height(), g.lineHeight);
    m_lastPaintedRowCount = rows.count;
    painter.translate(-horizontalScrollBar()->value(), 0);

    // Column separators run through the gaps, over the whole height.
    painter.setPen(mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.2));
    const int separatorX1 = g.offsetColumn.end() + g.charWidth;
    const int separatorX2 = g.hexColumn.end() + g.charWidth;
    painter.drawLine(separatorX1, 0, separatorX1, viewport()->height());
    painter.drawLine(separatorX2, 0, separatorX2, viewport()->height());

    const PaintColors colors(pal);
    for (qint64 i = 0; i < rows.count; ++i)
        paintRow(painter, colors, rows.first + i, int(i) * g.lineHeight);
}

void HexView::paintRow(QPainter &painter, const PaintColors &colors, qint64 row, int y) const
{
    const FrameBytesLayout::Geometry &g = m_geometry;
    const qint64 rowOffset = row * FrameBytesLayout::BytesPerRow;
    painter.setPen(colors.offsetText);
    painter.drawText(g.offsetColumn.x, y + m_ascent,
                     QStringLiteral("%1").arg(rowOffset, g.offsetDigits, 16, QLatin1Char('0')));

    const int columns = int(std::min<qint64>(FrameBytesLayout::BytesPerRow, m_layout.size() - rowOffset));
    for (int column = 0; column < columns; ++column) {
        const qint64 offset = rowOffset + column;
        const bool continues = column + 1 < columns;
        for (const Area area : {Area::Hex, Area::Ascii})
            paintCell(painter, colors, area, CellPosition{offset, column, continues, y});
        if (offset == m_cursor && hasFocus())
            paintCursor(painter, colors, column, y);
    }
}

void HexView::paintCell(QPainter &painter, const PaintColors &colors, Area area, const CellPosition &at) const
{
    const FrameBytesLayout::Geometry &g = m_geometry;
    const FrameBytesLayout::Span cell = g.cell(area, at.column);
    // Backgrounds of runs reach across the gap to the next cell, so runs read as bands.
    const int toNext = at.continues ? g.cell(area, at.column + 1).x - cell.x : cell.width;
    const bool isSelected = isSelectedByte(at.offset);
    const bool active = area == m_activeArea;
    if (isSelected) {
        const int width = at.continues && isSelectedByte(at.offset + 1) ? toNext : cell.width;
        painter.fillRect(cell.x, at.y, width, g.lineHeight, active ? colors.highlight : colors.echoHighlight);
    } else if (at.offset < m_layout.headerSize()) {
        paintFieldTints(painter, colors, cell, toNext, at);
    }
    if (at.offset < m_layout.headerSize())
        paintFlagMarks(painter, colors, cell, at);

    const std::uint8_t byte = m_layout.byteAt(at.offset);
    painter.setPen(isSelected && active ? colors.highlightedText : colors.text);
    if (area == Area::Hex) {
        const char digits[2] = {HexDigits[byte >> 4], HexDigits[byte & 0xF]};
        painter.drawText(cell.x, at.y + m_ascent, QString::fromLatin1(digits, 2));
        return;
    }
    const bool printable = byte >= 0x20 && byte < 0x7F;
    if (!printable)
        painter.setPen(isSelected && active ? colors.highlightedText : colors.offsetText);
    painter.drawText(cell.x, at.y + m_ascent, QString(QLatin1Char(printable ? char(byte) : '.')));
}

// The header fields a byte belongs to, tinted by kind (a bit field only over its bits).
void HexView::paintFieldTints(QPainter &painter, const PaintColors &colors, const FrameBytesLayout::Span &cell,
                              int toNext, const CellPosition &at) const
{
    const int lineHeight = m_geometry.lineHeight;
    for (const int index : m_layout.fieldsAt(at.offset)) {
        const FrameBytesLayout::Field &field = m_layout.fields().at(index);
        const QColor &tint = index == m_hoveredField ? colors.strongTints[std::size_t(field.kind)]
                                                     : colors.tints[std::size_t(field.kind)];
        if (field.isBitField()) {
            const FrameBytesLayout::Span slice = bitSlice(cell, field.bitMask);
            painter.fillRect(slice.x, at.y, slice.width, lineHeight, tint);
        } else {
            const bool sameField = at.continues && field.contains(at.offset + 1) && !isSelectedByte(at.offset + 1);
            painter.fillRect(cell.x, at.y, sameField ? toNext : cell.width, lineHeight, tint);
        }
    }
}

// A field that breaks the protocol is underlined in the warning colour.
void HexView::paintFlagMarks(QPainter &painter, const PaintColors &colors, const FrameBytesLayout::Span &cell,
                             const CellPosition &at) const
{
    for (const int index : m_layout.fieldsAt(at.offset)) {
        const FrameBytesLayout::Field &field = m_layout.fields().at(index);
        if (!field.flagged)
            continue;
        const FrameBytesLayout::Span mark = field.isBitField() ? bitSlice(cell, field.bitMask) : cell;
        painter.fillRect(mark.x, at.y + m_geometry.lineHeight - 2, mark.width, 2, colors.warning);
    }
}

void HexView::paintCursor(QPainter &painter, const PaintColors &colors, int column, int y) const
{
    for (const Area area : {Area::Hex, Area::Ascii}) {
        const FrameBytesLayout::Span cell = m_geometry.cell(area, column);
        painter.setPen(area == m_activeArea ? colors.text : colors.offsetText);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cell.x, y, cell.width - 1, m_geometry.lineHeight - 1);
    }
}

bool HexView::isSelectedByte(qint64 offset) const
{
    const qint64 start = selectionStart();
    return offset >= start && offset < start + selectionLength();
}

void HexView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void HexView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateMetrics();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        viewport()->update();
    QAbstractScrollArea::changeEvent(event);
}

bool HexView::event(QEvent *event)
{
    // Keep Ctrl+C and Ctrl+A for the view while it has focus, whatever the main window binds.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::SelectAll)) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

bool HexView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        const Hit hit = hitTest(help->pos());
        if (hit.onCell) {
            const FrameBytesLayout::Span cell = m_geometry.cell(hit.area, FrameBytesLayout::columnOf(hit.offset));
            const int y = int(FrameBytesLayout::rowOf(hit.offset) - firstVisibleRow()) * m_geometry.lineHeight;
            const QRect cellRect(cell.x - horizontalScrollBar()->value(), y, cell.width, m_geometry.lineHeight);
            QToolTip::showText(help->globalPos(), m_layout.describeByte(hit.offset), viewport(), cellRect);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    case QEvent::Leave:
        setHoveredByte(-1, -1);
        break;
    default:
        break;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

HexView::Hit HexView::hitTest(QPoint pos) const
{
    Hit hit;
    if (m_layout.isEmpty() || m_geometry.lineHeight <= 0)
        return hit;
    const int x = pos.x() + horizontalScrollBar()->value();
    const int rowInView = pos.y() >= 0 ? pos.y() / m_geometry.lineHeight : -1;
    const qint64 row = firstVisibleRow() + rowInView;
    hit.area = m_geometry.areaAt(x);
    const int column = m_geometry.columnAt(hit.area, x);
    const qint64 offset = row * FrameBytesLayout::BytesPerRow + column;
    hit.offset = std::clamp<qint64>(offset, 0, m_layout.size() - 1);
    hit.onCell = offset == hit.offset && row < m_layout.rowCount() && m_geometry.cell(hit.area, column).contains(x);
    if (hit.area == Area::Hex)
        hit.bit = m_geometry.bitAt(column, x);
    return hit;
}

void HexView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const Hit hit = hitTest(event->position().toPoint());
    if (hit.offset < 0)
        return;
    m_activeArea = hit.area;
    if (event->modifiers().testFlag(Qt::ShiftModifier)) {
        moveCursor(hit.offset, true);
    } else {
        moveCursor(hit.offset, false);
        m_dragging = true;
    }
}

void HexView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_dragging && (event->buttons() & Qt::LeftButton)) {
        // Dragging past the top or bottom edge scrolls one row per move.
        if (pos.y() < 0)
            verticalScrollBar()->setValue(verticalScrollBar()->value() - 1);
        else if (pos.y() >= viewport()->height())
            verticalScrollBar()->setValue(verticalScrollBar()->value() + 1);
        const Hit hit = hitTest(pos);
        if (hit.offset >= 0 && (m_selecting || hit.offset != m_anchor))
            moveCursor(hit.offset, true);
        return;
    }
    const Hit hit = hitTest(pos);
    setHoveredByte(hit.onCell ? hit.offset : -1, hit.bit);
}

void HexView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
}

void HexView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A double click selects the whole field, e.g. the four bytes of the mask key.
    const Hit hit = hitTest(event->position().toPoint());
    const int index = hit.onCell ? m_layout.fieldAt(hit.offset, hit.bit) : -1;
    if (index < 0)
        return;
    const FrameBytesLayout::Field &field = m_layout.fields().at(index);
    m_dragging = false;
    setSelection(field.offset, field.length);
}

void HexView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copyToClipboard(CopyFormat::Hex);
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        return;
    }
    if (m_cursor < 0) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const qint64 row = FrameBytesLayout::BytesPerRow;
    const qint64 page = qint64(std::max(1, verticalScrollBar()->pageStep())) * row;
    const qint64 rowStart = m_cursor - FrameBytesLayout::columnOf(m_cursor);
    const bool control = event->modifiers().testFlag(Qt::ControlModifier);
    qint64 target = m_cursor;
    switch (event->key()) {
    case Qt::Key_Left:
        target = m_cursor - 1;
        break;
    case Qt::Key_Right:
        target = m_cursor + 1;
        break;
    case Qt::Key_Up:
        target = m_cursor - row;
        break;
    case Qt::Key_Down:
        target = m_cursor + row;
        break;
    case Qt::Key_PageUp:
        target = m_cursor - page;
        break;
    case Qt::Key_PageDown:
        target = m_cursor + page;
        break;
    case Qt::Key_Home:
        target = control ? 0 : rowStart;
        break;
    case Qt::Key_End:
        target = control ? m_layout.size() - 1 : rowStart + row - 1;
        break;
    case Qt::Key_Escape:
        if (!m_selecting)
            event->ignore();
        clearSelection();
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    moveCursor(std::clamp<qint64>(target, 0, m_layout.size() - 1), event->modifiers().testFlag(Qt::ShiftModifier));
}

void HexView::contextMenuEvent(QContextMenuEvent *event)
{
    const bool whole = !m_selecting;
    QMenu menu(this);
    QAction *hex = menu.addAction(whole ? tr("Copy Frame as &Hex") : tr("Copy Selection as &Hex"), this,
                                  [this] { copyToClipboard(CopyFormat::Hex); });
    hex->setShortcut(QKeySequence::Copy);
    menu.addAction(whole ? tr("Copy Frame as &Base64") : tr("Copy Selection as &Base64"), this,
                   [this] { copyToClipboard(CopyFormat::Base64); });
    menu.addAction(whole ? tr("Copy Frame as &C Array") : tr("Copy Selection as &C Array"), this,
                   [this] { copyToClipboard(CopyFormat::CArray); });
    menu.addSeparator();
    QAction *all = menu.addAction(tr("Select &All"), this, &HexView::selectAll);
    all->setShortcut(QKeySequence::SelectAll);
    QAction *masked = menu.addAction(tr("Show Payload &Masked as on the Wire"));
    masked->setCheckable(true);
    masked->setChecked(showMasked());
    masked->setEnabled(m_layout.header().masked);
    connect(masked, &QAction::toggled, this, &HexView::setShowMasked);
    for (QAction *action : menu.actions())
        action->setEnabled(action->isEnabled() && !m_layout.isEmpty());
    menu.exec(event->globalPos());
}

void HexView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void HexView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void HexView::moveCursor(qint64 offset, bool extend)
{
    if (m_cursor < 0)
        return;
    if (extend) {
        if (!m_selecting)
            m_anchor = m_cursor;
        m_selecting = true;
    } else {
        m_anchor = offset;
        m_selecting = false;
    }
    m_cursor = offset;
    scrollToOffset(offset);
    emitSelectionIfChanged();
    viewport()->update();
}

void HexView::setHoveredByte(qint64 offset, int bit)
{
    const int field = offset >= 0 && offset < m_layout.headerSize() ? m_layout.fieldAt(offset, bit) : -1;
    if (field != m_hoveredField) {
        m_hoveredField = field;
        viewport()->update();
    }
    if (offset != m_hovered) {
        m_hovered = offset;
        Q_EMIT byteHovered(offset);
    }
}

void HexView::emitSelectionIfChanged()
{
    const qint64 start = selectionStart();
    const qint64 length = selectionLength();
    if (start == m_emittedStart && length == m_emittedLength)
        return;
    m_emittedStart = start;
    m_emittedLength = length;
    Q_EMIT selectionChanged(start, length);
}

} // namespace Sockscope
