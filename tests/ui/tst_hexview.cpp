// SPDX-License-Identifier: GPL-3.0-or-later
#include "hexview/framebyteslayout.h"
#include "hexview/hexview.h"
#include "protocol/frameencoder.h"
#include "screenshot.h"

#include <QApplication>
#include <QClipboard>
#include <QHelpEvent>
#include <QImage>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolTip>

using namespace Sockscope;

namespace {

using Kind = FrameBytesLayout::FieldKind;
using Area = FrameBytesLayout::Area;

constexpr MaskKey RfcKey = {0x37, 0xfa, 0x21, 0x3d};

struct TestFrame
{
    FrameHeader header;
    QByteArray payload;
};

TestFrame makeFrame(const FrameSpec &spec, const QByteArray &payload)
{
    return {describeFrame(spec, std::uint64_t(payload.size())), payload};
}

FrameSpec maskedText()
{
    FrameSpec spec;
    spec.masked = true;
    spec.maskKey = RfcKey;
    return spec;
}

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(i * 31 + 7);
    return bytes;
}

// A readable payload for the widget tests and the screenshot.
QByteArray sentence(qsizetype size)
{
    const QByteArray text = "The quick brown fox jumps over the lazy dog. ";
    QByteArray bytes;
    while (bytes.size() < size)
        bytes += text;
    bytes.truncate(size);
    return bytes;
}

QByteArray wireBytes(const TestFrame &frame, const FrameSpec &spec)
{
    QByteArray wire;
    appendFrame(wire, spec, bytesOf(frame.payload));
    return wire;
}

const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::Fin:
        return "FIN";
    case Kind::Rsv1:
        return "RSV1";
    case Kind::Rsv2:
        return "RSV2";
    case Kind::Rsv3:
        return "RSV3";
    case Kind::Opcode:
        return "opcode";
    case Kind::Mask:
        return "MASK";
    case Kind::PayloadLength:
        return "len7";
    case Kind::ExtendedLength:
        return "extlen";
    case Kind::MaskKey:
        return "key";
    case Kind::Payload:
        return "payload";
    }
    return "?";
}

// "name@offset+length" per field, "/mask" for bit fields and "!" when flagged: one string
// shows the whole layout in a failure message.
QString fieldSignature(const FrameBytesLayout &layout)
{
    QStringList parts;
    for (const FrameBytesLayout::Field &field : layout.fields()) {
        QString part =
                QStringLiteral("%1@%2+%3").arg(QLatin1String(kindName(field.kind))).arg(field.offset).arg(field.length);
        if (field.isBitField())
            part += QStringLiteral("/%1").arg(field.bitMask, 2, 16, QLatin1Char('0'));
        if (field.flagged)
            part += QLatin1Char('!');
        parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

const FrameBytesLayout::Field *findField(const FrameBytesLayout &layout, Kind kind)
{
    for (const FrameBytesLayout::Field &field : layout.fields()) {
        if (field.kind == kind)
            return &field;
    }
    return nullptr;
}

QPoint cellCenter(const HexView &view, qint64 offset, Area area = Area::Hex)
{
    const FrameBytesLayout::Geometry g = view.gridGeometry();
    const FrameBytesLayout::Span cell = g.cell(area, FrameBytesLayout::columnOf(offset));
    const int row = int(FrameBytesLayout::rowOf(offset) - view.firstVisibleRow());
    return {cell.x + cell.width / 2 - view.horizontalScrollBar()->value(), row * g.lineHeight + g.lineHeight / 2};
}

void hover(HexView &view, QPoint pos)
{
    QMouseEvent move(QEvent::MouseMove, pos, view.viewport()->mapToGlobal(pos), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &move);
}

QColor pixelAt(const QImage &image, const HexView &view, QPoint viewportPos)
{
    return image.pixelColor(view.viewport()->mapTo(&view, viewportPos));
}

} // namespace

class TestHexView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldRanges_data();
    void fieldRanges();
    void explanations();
    void maskedToggleShowsWireOrPlainBytes();
    void fieldAtBoundaries_data();
    void fieldAtBoundaries();
    void describeByte();
    void gridGeometry();
    void visibleRows();

    void copyFormats_data();
    void copyFormats();
    void copyCArrayAndEmptyFrame();
    void mouseSelection();
    void doubleClickSelectsField();
    void keyboardSelection();
    void hoverAndTooltip();
    void contextMenuCopies();
    void sixteenMiBPaintsOnlyVisibleRows();
    void paintsFieldsAndSelection_data();
    void paintsFieldsAndSelection();
};

void TestHexView::fieldRanges_data()
{
    QTest::addColumn<bool>("masked");
    QTest::addColumn<int>("opcode");
    QTest::addColumn<int>("rsv"); // bit 0: RSV1, 1: RSV2, 2: RSV3
    QTest::addColumn<int>("payloadSize");
    QTest::addColumn<int>("forcedEncoding"); // -1: the minimal one
    QTest::addColumn<QString>("expected");

    const QString flags = QStringLiteral("FIN@0+1/80 RSV1@0+1/40 RSV2@0+1/20 RSV3@0+1/10 ");
    // RFC 6455 §5.7: a single-frame masked text message "Hello".
    QTest::newRow("masked Hello") << true << 0x1 << 0 << 5 << -1
                                  << flags
                    + QStringLiteral("opcode@0+1/0f MASK@1+1/80 len7@1+1/7f key@2+4 payload@6+5");
    QTest::newRow("unmasked Hello") << false << 0x1 << 0 << 5 << -1
                                    << flags + QStringLiteral("opcode@0+1/0f MASK@1+1/80 len7@1+1/7f payload@2+5");
    // §5.7: 256 bytes of binary data in a single unmasked message.
    QTest::newRow("256 bytes, 16-bit length")
            << false << 0x2 << 0 << 256 << -1
            << flags + QStringLiteral("opcode@0+1/0f MASK@1+1/80 len7@1+1/7f extlen@2+2 payload@4+256");
    // §5.7: 64 KiB in a single unmasked message.
    QTest::newRow("64 KiB, 64-bit length")
            << false << 0x2 << 0 << 65536 << -1
            << flags + QStringLiteral("opcode@0+1/0f MASK@1+1/80 len7@1+1/7f extlen@2+8 payload@10+65536");
    QTest::newRow("masked 64 KiB") << true << 0x2 << 0 << 65536 << -1
                                   << flags
                    + QStringLiteral("opcode@0+1/0f MASK@1+1/80 len7@1+1/7f extlen@2+8 key@10+4 payload@14+65536");
    QTest::newRow("RSV bits, reserved opcode") << false << 0x3 << 0b101 << 3 << -1
                                               << QStringLiteral("FIN@0+1/80 RSV1@0+1/40! RSV2@0+1/20 RSV3@0+1/10! "
                                                                 "opcode@0+1/0f! MASK@1+1/80 len7@1+1/7f payload@2+3");
    QTest::newRow("reserved control opcode")
            << false << 0xB << 0b010 << 0 << -1
            << QStringLiteral("FIN@0+1/80 RSV1@0+1/40 RSV2@0+1/20! RSV3@0+1/10 opcode@0+1/0f! MASK@1+1/80 len7@1+1/7f");
    QTest::newRow("non-minimal 16-bit length")
            << true << 0x1 << 0 << 5 << int(LengthEncoding::Bits16)
            << flags + QStringLiteral("opcode@0+1/0f MASK@1+1/80 len7@1+1/7f extlen@2+2! key@4+4 payload@8+5");
    QTest::newRow("non-minimal 64-bit length")
            << false << 0x2 << 0 << 300 << int(LengthEncoding::Bits64)
            << flags + QStringLiteral("opcode@0+1/0f MASK@1+1/80 len7@1+1/7f extlen@2+8! payload@10+300");
    QTest::newRow("ping over 125 bytes") << false << 0x9 << 0 << 126 << -1
                                         << flags
                    + QStringLiteral("opcode@0+1/0f MASK@1+1/80 len7@1+1/7f extlen@2+2 payload@4+126!");
}

void TestHexView::fieldRanges()
{
    QFETCH(bool, masked);
    QFETCH(int, opcode);
    QFETCH(int, rsv);
    QFETCH(int, payloadSize);
    QFETCH(int, forcedEncoding);
    QFETCH(QString, expected);

    FrameSpec spec = masked ? maskedText() : FrameSpec{};
    spec.opcode = std::uint8_t(opcode);
    spec.rsv1 = rsv & 1;
    spec.rsv2 = rsv & 2;
    spec.rsv3 = rsv & 4;
    if (forcedEncoding >= 0)
        spec.lengthEncoding = LengthEncoding(forcedEncoding);
    const TestFrame frame = makeFrame(spec, pattern(payloadSize));
    const FrameBytesLayout layout(frame.header, frame.payload);

    QCOMPARE(fieldSignature(layout), expected);
    QCOMPARE(layout.headerSize(), qint64(frame.header.headerSize));
    QCOMPARE(layout.size(), qint64(frame.header.headerSize) + payloadSize);
    QCOMPARE(layout.bytes(0, layout.size()), wireBytes(frame, spec));
}

void TestHexView::explanations()
{
    const TestFrame hello = makeFrame(maskedText(), QByteArrayLiteral("Hello"));
    const FrameBytesLayout layout(hello.header, hello.payload);
    QCOMPARE(findField(layout, Kind::Opcode)->explanation, QStringLiteral("opcode 0x1: text frame"));
    QCOMPARE(findField(layout, Kind::Opcode)->value, 1u);
    QCOMPARE(findField(layout, Kind::Fin)->value, 1u);
    QCOMPARE(findField(layout, Kind::Mask)->value, 1u);
    QCOMPARE(findField(layout, Kind::PayloadLength)->value, 5u);
    QCOMPARE(findField(layout, Kind::PayloadLength)->explanation,
             QStringLiteral("payload length 5 in the 7-bit length"));
    QCOMPARE(findField(layout, Kind::MaskKey)->value, 0x37fa213du);
    QVERIFY(findField(layout, Kind::MaskKey)->explanation.startsWith(QStringLiteral("mask key 37 fa 21 3d")));
    QCOMPARE(findField(layout, Kind::Payload)->value, 5u);
    for (const FrameBytesLayout::Field &field : layout.fields()) {
        QVERIFY2(!field.flagged, qPrintable(field.name));
        QVERIFY(!field.name.isEmpty());
    }

    const TestFrame medium = makeFrame(maskedText(), pattern(300));
    const FrameBytesLayout mediumLayout(medium.header, medium.payload);
    QCOMPARE(findField(mediumLayout, Kind::ExtendedLength)->explanation,
             QStringLiteral("length 300 in the 16-bit extended length (126 marker)"));
    QCOMPARE(findField(mediumLayout, Kind::ExtendedLength)->value, 300u);
    QCOMPARE(findField(mediumLayout, Kind::PayloadLength)->value, 126u);

    const TestFrame large = makeFrame({}, pattern(65536));
    QCOMPARE(findField(FrameBytesLayout(large.header, large.payload), Kind::ExtendedLength)->explanation,
             QStringLiteral("length 65536 in the 64-bit extended length (127 marker)"));

    FrameSpec odd;
    odd.opcode = 0x3;
    odd.rsv1 = true;
    odd.lengthEncoding = LengthEncoding::Bits16;
    const TestFrame oddFrame = makeFrame(odd, pattern(5));
    const FrameBytesLayout oddLayout(oddFrame.header, oddFrame.payload);
    QVERIFY(findField(oddLayout, Kind::Opcode)->explanation.contains(QStringLiteral("reserved non-control opcode")));
    QVERIFY(findField(oddLayout, Kind::Rsv1)->explanation.contains(QStringLiteral("permessage-deflate")));
    QVERIFY(findField(oddLayout, Kind::ExtendedLength)
                    ->explanation.contains(QStringLiteral("not the shortest encoding")));

    FrameSpec fragmentedPing;
    fragmentedPing.opcode = 0x9;
    fragmentedPing.fin = false;
    const TestFrame ping = makeFrame(fragmentedPing, {});
    const FrameBytesLayout pingLayout(ping.header, ping.payload);
    QVERIFY(findField(pingLayout, Kind::Fin)->flagged);
    QCOMPARE(findField(pingLayout, Kind::Opcode)->explanation, QStringLiteral("opcode 0x9: ping"));
    QVERIFY(!findField(pingLayout, Kind::Payload)); // no bytes, no field

    FrameSpec lying;
    lying.lengthOverride = 10;
    const TestFrame short_ = makeFrame(lying, pattern(4));
    const FrameBytesLayout lyingLayout(short_.header, short_.payload);
    QVERIFY(findField(lyingLayout, Kind::Payload)->flagged);
    QVERIFY(findField(lyingLayout, Kind::Payload)
                    ->explanation.contains(QStringLiteral("announces 10 bytes, 4 were captured")));
}

void TestHexView::maskedToggleShowsWireOrPlainBytes()
{
    const TestFrame frame = makeFrame(maskedText(), QByteArrayLiteral("Hello"));
    FrameBytesLayout layout(frame.header, frame.payload);
    const QByteArray wire = QByteArray::fromHex("818537fa213d7f9f4d5158");
    const QByteArray plain = QByteArray::fromHex("818537fa213d") + "Hello";

    QVERIFY(layout.showMasked());
    QCOMPARE(layout.bytes(0, layout.size()), wire);
    for (qint64 i = 0; i < layout.size(); ++i)
        QCOMPARE(layout.byteAt(i), std::uint8_t(wire.at(i)));
    // A slice starting mid-payload keeps the key phase.
    QCOMPARE(layout.bytes(7, 3), wire.mid(7, 3));
    QCOMPARE(layout.bytes(4, 100), wire.mid(4));

    layout.setShowMasked(false);
    QCOMPARE(layout.bytes(0, layout.size()), plain);
    for (qint64 i = 0; i < layout.size(); ++i)
        QCOMPARE(layout.byteAt(i), std::uint8_t(plain.at(i)));
    QCOMPARE(layout.bytes(7, 3), plain.mid(7, 3));

    // The payload is shared, not copied, whichever way it is shown.
    QCOMPARE(layout.payload().constData(), frame.payload.constData());

    // Unmasked frames look the same both ways.
    const TestFrame server = makeFrame({}, QByteArrayLiteral("Hello"));
    FrameBytesLayout serverLayout(server.header, server.payload);
    const QByteArray serverWire = QByteArray::fromHex("810548656c6c6f");
    QCOMPARE(serverLayout.bytes(0, serverLayout.size()), serverWire);
    serverLayout.setShowMasked(false);
    QCOMPARE(serverLayout.bytes(0, serverLayout.size()), serverWire);
}

void TestHexView::fieldAtBoundaries_data()
{
    QTest::addColumn<int>("payloadSize");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<int>("bit");
    QTest::addColumn<int>("expected"); // a FieldKind, or -1 for none

    // Masked "Hello": 2 header bytes, key at 2..5, payload at 6..10.
    QTest::newRow("before the frame") << 5 << qint64(-1) << -1 << -1;
    QTest::newRow("byte 0") << 5 << qint64(0) << -1 << int(Kind::Fin);
    QTest::newRow("byte 0 bit 7") << 5 << qint64(0) << 7 << int(Kind::Fin);
    QTest::newRow("byte 0 bit 6") << 5 << qint64(0) << 6 << int(Kind::Rsv1);
    QTest::newRow("byte 0 bit 5") << 5 << qint64(0) << 5 << int(Kind::Rsv2);
    QTest::newRow("byte 0 bit 4") << 5 << qint64(0) << 4 << int(Kind::Rsv3);
    QTest::newRow("byte 0 bit 3") << 5 << qint64(0) << 3 << int(Kind::Opcode);
    QTest::newRow("byte 0 bit 0") << 5 << qint64(0) << 0 << int(Kind::Opcode);
    QTest::newRow("byte 1") << 5 << qint64(1) << -1 << int(Kind::Mask);
    QTest::newRow("byte 1 bit 7") << 5 << qint64(1) << 7 << int(Kind::Mask);
    QTest::newRow("byte 1 bit 6") << 5 << qint64(1) << 6 << int(Kind::PayloadLength);
    QTest::newRow("first key byte") << 5 << qint64(2) << -1 << int(Kind::MaskKey);
    QTest::newRow("last key byte") << 5 << qint64(5) << -1 << int(Kind::MaskKey);
    QTest::newRow("first payload byte") << 5 << qint64(6) << -1 << int(Kind::Payload);
    QTest::newRow("last payload byte") << 5 << qint64(10) << -1 << int(Kind::Payload);
    QTest::newRow("past the end") << 5 << qint64(11) << -1 << -1;
    // 300 bytes: extended length at 2..3, key at 4..7, payload from 8.
    QTest::newRow("16-bit length first") << 300 << qint64(2) << -1 << int(Kind::ExtendedLength);
    QTest::newRow("16-bit length last") << 300 << qint64(3) << -1 << int(Kind::ExtendedLength);
    QTest::newRow("key after 16-bit length") << 300 << qint64(4) << -1 << int(Kind::MaskKey);
    QTest::newRow("key last after 16-bit length") << 300 << qint64(7) << -1 << int(Kind::MaskKey);
    QTest::newRow("payload after 16-bit length") << 300 << qint64(8) << -1 << int(Kind::Payload);
    QTest::newRow("last byte of 300") << 300 << qint64(307) << -1 << int(Kind::Payload);
    QTest::newRow("past 300") << 300 << qint64(308) << -1 << -1;
}

void TestHexView::fieldAtBoundaries()
{
    QFETCH(int, payloadSize);
    QFETCH(qint64, offset);
    QFETCH(int, bit);
    QFETCH(int, expected);

    const TestFrame frame = makeFrame(maskedText(), pattern(payloadSize));
    const FrameBytesLayout layout(frame.header, frame.payload);
    const int index = layout.fieldAt(offset, bit);
    QCOMPARE(index < 0 ? -1 : int(layout.fields().at(index).kind), expected);
    if (expected >= 0)
        QVERIFY(layout.fieldsAt(offset).contains(index));
    else
        QVERIFY(layout.fieldsAt(offset).isEmpty());
}

void TestHexView::describeByte()
{
    const TestFrame frame = makeFrame(maskedText(), QByteArrayLiteral("Hello"));
    const FrameBytesLayout layout(frame.header, frame.payload);

    const QString first = layout.describeByte(0);
    QVERIFY2(first.startsWith(QStringLiteral("header byte 0: 0x81 = 1000 0001")), qPrintable(first));
    for (const char *part : {"FIN 1", "RSV1 0", "RSV2 0", "RSV3 0", "opcode 0x1: text frame"})
        QVERIFY2(first.contains(QLatin1String(part)), part);

    const QString payload = layout.describeByte(6);
    QVERIFY2(payload.startsWith(QStringLiteral("payload byte 0 at offset 6: 0x7f on the wire, 0x48 'H' unmasked")),
             qPrintable(payload));
    QVERIFY(layout.describeByte(11).isEmpty());
    QVERIFY(layout.describeByte(-1).isEmpty());
}

void TestHexView::gridGeometry()
{
    const TestFrame frame = makeFrame(maskedText(), QByteArrayLiteral("Hello"));
    const FrameBytesLayout layout(frame.header, frame.payload);
    const FrameBytesLayout::Geometry g = layout.geometry(8, 16);

    QCOMPARE(g.offsetDigits, 4);
    QCOMPARE(g.offsetColumn.x, 8);
    QCOMPARE(g.offsetColumn.width, 32);
    QCOMPARE(g.hexColumn.x, 56);
    QCOMPARE(g.hexCell(0).x, 56);
    QCOMPARE(g.hexCell(0).width, 16);
    QCOMPARE(g.hexCell(1).x, 80);
    QCOMPARE(g.hexCell(7).x, 56 + 21 * 8);
    QCOMPARE(g.hexCell(8).x, 56 + 24 * 8 + 8); // the gap between the two groups of 8
    QCOMPARE(g.hexCell(15).end(), 440);
    QCOMPARE(g.hexColumn.end(), 440);
    QCOMPARE(g.asciiColumn.x, 456);
    QCOMPARE(g.asciiCell(0).x, 456);
    QCOMPARE(g.asciiCell(15).x, 456 + 15 * 8);
    QCOMPARE(g.asciiCell(15).width, 8);
    QCOMPARE(g.asciiColumn.end(), 584);
    QCOMPARE(g.totalWidth, 592);

    // Gaps split halfway between neighbours.
    QCOMPARE(g.columnAt(Area::Hex, 0), 0);
    QCOMPARE(g.columnAt(Area::Hex, 75), 0);
    QCOMPARE(g.columnAt(Area::Hex, 76), 1);
    QCOMPARE(g.columnAt(Area::Hex, 10000), 15);
    QCOMPARE(g.columnAt(Area::Ascii, 456 + 8 * 3 + 7), 3);
    QCOMPARE(g.areaAt(447), Area::Hex);
    QCOMPARE(g.areaAt(448), Area::Ascii);
    QCOMPARE(g.areaAt(20), Area::Hex);

    // Bits of a hex cell: left digit is the high nibble.
    QCOMPARE(g.bitAt(0, 56), 7);
    QCOMPARE(g.bitAt(0, 63), 4);
    QCOMPARE(g.bitAt(0, 64), 3);
    QCOMPARE(g.bitAt(0, 71), 0);
    QCOMPARE(g.bitAt(0, 72), -1);

    QCOMPARE(FrameBytesLayout::rowOf(15), 0);
    QCOMPARE(FrameBytesLayout::rowOf(16), 1);
    QCOMPARE(FrameBytesLayout::columnOf(17), 1);

    // The offset column grows for frames past 64 KiB.
    const TestFrame big = makeFrame({}, QByteArray(0x10000, 'x'));
    QCOMPARE(FrameBytesLayout(big.header, big.payload).offsetDigits(), 5);
    QCOMPARE(FrameBytesLayout().offsetDigits(), 4);
}

void TestHexView::visibleRows()
{
    const TestFrame small = makeFrame(maskedText(), QByteArrayLiteral("Hello"));
    const FrameBytesLayout smallLayout(small.header, small.payload);
    QCOMPARE(smallLayout.rowCount(), 1);
    FrameBytesLayout::RowRange rows = smallLayout.visibleRows(0, 1000, 16);
    QCOMPARE(rows.first, 0);
    QCOMPARE(rows.count, 1);

    const TestFrame big = makeFrame({}, QByteArray(16 * 1024 * 1024, 'x'));
    const FrameBytesLayout layout(big.header, big.payload);
    QCOMPARE(layout.rowCount(), (16 * 1024 * 1024 + 10 + 15) / 16);
    rows = layout.visibleRows(1000, 160, 16);
    QCOMPARE(rows.first, 1000);
    QCOMPARE(rows.count, 10);
    rows = layout.visibleRows(1000, 161, 16); // a partly visible row counts
    QCOMPARE(rows.count, 11);
    rows = layout.visibleRows(layout.rowCount() - 3, 160, 16);
    QCOMPARE(rows.count, 3);
    rows = layout.visibleRows(layout.rowCount() + 5, 160, 16);
    QCOMPARE(rows.first, layout.rowCount());
    QCOMPARE(rows.count, 0);
    QCOMPARE(FrameBytesLayout().visibleRows(0, 160, 16).count, 0);
}

void TestHexView::copyFormats_data()
{
    QTest::addColumn<bool>("showMasked");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<QString>("hex");
    QTest::addColumn<QString>("base64");
    QTest::addColumn<QString>("cArray");

    QTest::newRow("whole frame, masked")
            << true << qint64(0) << qint64(0) << QStringLiteral("81 85 37 fa 21 3d 7f 9f 4d 51 58")
            << QString::fromLatin1(QByteArray::fromHex("818537fa213d7f9f4d5158").toBase64())
            << QStringLiteral("{ 0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x7f, 0x9f, 0x4d, 0x51, 0x58 }");
    QTest::newRow("whole frame, unmasked")
            << false << qint64(0) << qint64(0) << QStringLiteral("81 85 37 fa 21 3d 48 65 6c 6c 6f")
            << QString::fromLatin1(QByteArray(QByteArray::fromHex("818537fa213d") + "Hello").toBase64())
            << QStringLiteral("{ 0x81, 0x85, 0x37, 0xfa, 0x21, 0x3d, 0x48, 0x65, 0x6c, 0x6c, 0x6f }");
    QTest::newRow("payload, masked") << true << qint64(6) << qint64(5) << QStringLiteral("7f 9f 4d 51 58")
                                     << QStringLiteral("f59NUVg=")
                                     << QStringLiteral("{ 0x7f, 0x9f, 0x4d, 0x51, 0x58 }");
    QTest::newRow("payload, unmasked") << false << qint64(6) << qint64(5) << QStringLiteral("48 65 6c 6c 6f")
                                       << QStringLiteral("SGVsbG8=")
                                       << QStringLiteral("{ 0x48, 0x65, 0x6c, 0x6c, 0x6f }");
    QTest::newRow("mask key") << true << qint64(2) << qint64(4) << QStringLiteral("37 fa 21 3d")
                              << QStringLiteral("N/ohPQ==") << QStringLiteral("{ 0x37, 0xfa, 0x21, 0x3d }");
    QTest::newRow("one byte") << true << qint64(1) << qint64(1) << QStringLiteral("85") << QStringLiteral("hQ==")
                              << QStringLiteral("{ 0x85 }");
}

void TestHexView::copyFormats()
{
    QFETCH(bool, showMasked);
    QFETCH(qint64, start);
    QFETCH(qint64, length);
    QFETCH(QString, hex);
    QFETCH(QString, base64);
    QFETCH(QString, cArray);

    HexView view;
    const TestFrame frame = makeFrame(maskedText(), QByteArrayLiteral("Hello"));
    view.setFrame(frame.header, frame.payload);
    view.setShowMasked(showMasked);
    if (length > 0)
        view.setSelection(start, length);
    QCOMPARE(view.copyText(HexView::CopyFormat::Hex), hex);
    QCOMPARE(view.copyText(HexView::CopyFormat::Base64), base64);
    QCOMPARE(view.copyText(HexView::CopyFormat::CArray), cArray);
}

void TestHexView::copyCArrayAndEmptyFrame()
{
    HexView view;
    const TestFrame frame = makeFrame({}, QByteArray(18, '\0'));
    view.setFrame(frame.header, frame.payload); // 2 header bytes + 18: 20 bytes
    QCOMPARE(view.copyText(HexView::CopyFormat::CArray),
             QStringLiteral("{\n    0x81, 0x12, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, "
                            "0x00, 0x00, 0x00, 0x00,\n    0x00, 0x00, 0x00, 0x00\n}"));
    view.setSelection(0, 16); // exactly one line stays on one line
    QVERIFY(!view.copyText(HexView::CopyFormat::CArray).contains(QLatin1Char('\n')));

    QSignalSpy spy(&view, &HexView::selectionChanged);
    view.clear();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.last().at(0).toLongLong(), -1);
    QVERIFY(view.layout().isEmpty());
    QCOMPARE(view.cursorOffset(), -1);
    QCOMPARE(view.copyText(HexView::CopyFormat::Hex), QString());
    QCOMPARE(view.copyText(HexView::CopyFormat::CArray), QStringLiteral("{ }"));
    view.resize(400, 200);
    QVERIFY(!view.grab().isNull());
    QCOMPARE(view.lastPaintedRowCount(), 0);
}

void TestHexView::mouseSelection()
{
    HexView view;
    view.resize(view.sizeHint());
    const TestFrame frame = makeFrame(maskedText(), sentence(300));
    view.setFrame(frame.header, frame.payload);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &HexView::selectionChanged);

    // Drag in the hex column from byte 2 to byte 20.
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, cellCenter(view, 2));
    QCOMPARE(view.selectionLength(), 0); // a click alone places the cursor
    QCOMPARE(view.cursorOffset(), 2);
    QTest::mouseMove(view.viewport(), cellCenter(view, 9));
    QTest::mouseMove(view.viewport(), cellCenter(view, 20));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, cellCenter(view, 20));
    QCOMPARE(view.selectionStart(), 2);
    QCOMPARE(view.selectionLength(), 19);
    QVERIFY(!spy.isEmpty());
    QCOMPARE(spy.last().at(0).toLongLong(), 2);
    QCOMPARE(spy.last().at(1).toLongLong(), 19);
    QCOMPARE(view.copyText(HexView::CopyFormat::Hex),
             QString::fromLatin1(wireBytes(frame, maskedText()).mid(2, 19).toHex(' ')));

    // Shift-click in the ASCII column extends the same selection.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ShiftModifier, cellCenter(view, 40, Area::Ascii));
    QCOMPARE(view.selectionStart(), 2);
    QCOMPARE(view.selectionLength(), 39);

    // Dragging backwards in the ASCII column selects the same bytes as in hex.
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, cellCenter(view, 35, Area::Ascii));
    QTest::mouseMove(view.viewport(), cellCenter(view, 17, Area::Ascii));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, cellCenter(view, 17, Area::Ascii));
    QCOMPARE(view.selectionStart(), 17);
    QCOMPARE(view.selectionLength(), 19);

    // A plain click clears it.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, cellCenter(view, 5));
    QCOMPARE(view.selectionStart(), -1);
    QCOMPARE(view.selectionLength(), 0);
    QCOMPARE(spy.last().at(0).toLongLong(), -1);
    QCOMPARE(spy.last().at(1).toLongLong(), 0);
}

void TestHexView::doubleClickSelectsField()
{
    HexView view;
    view.resize(view.sizeHint());
    const TestFrame frame = makeFrame(maskedText(), sentence(300));
    view.setFrame(frame.header, frame.payload);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, cellCenter(view, 5));
    QCOMPARE(view.selectionStart(), 4); // the mask key after the 16-bit length
    QCOMPARE(view.selectionLength(), 4);
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, cellCenter(view, 3, Area::Ascii));
    QCOMPARE(view.selectionStart(), 2);
    QCOMPARE(view.selectionLength(), 2);
}

void TestHexView::keyboardSelection()
{
    HexView view;
    view.resize(view.sizeHint());
    const TestFrame frame = makeFrame(maskedText(), sentence(300));
    view.setFrame(frame.header, frame.payload);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    QSignalSpy spy(&view, &HexView::selectionChanged);

    QCOMPARE(view.cursorOffset(), 0);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.cursorOffset(), 1);
    QCOMPARE(view.selectionLength(), 0);
    QTest::keyClick(&view, Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(&view, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(view.selectionStart(), 1);
    QCOMPARE(view.selectionLength(), 3); // cursor and anchor bytes included
    QTest::keyClick(&view, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(view.selectionLength(), 19);
    QCOMPARE(spy.last().at(1).toLongLong(), 19);
    QTest::keyClick(&view, Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(view.selectionLength(), 18);

    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), view.copyText(HexView::CopyFormat::Hex));
    QCOMPARE(QGuiApplication::clipboard()->text().size(), 18 * 3 - 1);

    QTest::keyClick(&view, Qt::Key_Escape);
    QCOMPARE(view.selectionLength(), 0);
    QCOMPARE(view.cursorOffset(), 18);

    QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(view.cursorOffset(), 307);
    QCOMPARE(view.firstVisibleRow(), view.verticalScrollBar()->maximum());
    QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(view.selectionStart(), 0);
    QCOMPARE(view.selectionLength(), 308);
    QCOMPARE(view.firstVisibleRow(), 0);
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(view.cursorOffset(), 0); // clamped at the start

    QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(view.selectionLength(), 308);
}

void TestHexView::hoverAndTooltip()
{
    HexView view;
    view.resize(view.sizeHint());
    const TestFrame frame = makeFrame(maskedText(), sentence(300));
    view.setFrame(frame.header, frame.payload);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy hovered(&view, &HexView::byteHovered);

    hover(view, cellCenter(view, 0));
    QCOMPARE(hovered.size(), 1);
    QCOMPARE(hovered.last().at(0).toLongLong(), 0);
    hover(view, cellCenter(view, 4, Area::Ascii));
    QCOMPARE(hovered.last().at(0).toLongLong(), 4);
    hover(view, cellCenter(view, 4, Area::Ascii)); // same byte: no new signal
    QCOMPARE(hovered.size(), 2);
    hover(view, QPoint(1, 1)); // the offset column is not a byte
    QCOMPARE(hovered.last().at(0).toLongLong(), -1);

    const QPoint opcodeCell = cellCenter(view, 0);
    QHelpEvent help(QEvent::ToolTip, opcodeCell, view.viewport()->mapToGlobal(opcodeCell));
    QApplication::sendEvent(view.viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("opcode 0x1: text frame")), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("FIN 1")));

    const QPoint lengthCell = cellCenter(view, 2);
    QHelpEvent lengthHelp(QEvent::ToolTip, lengthCell, view.viewport()->mapToGlobal(lengthCell));
    QApplication::sendEvent(view.viewport(), &lengthHelp);
    QTRY_VERIFY(QToolTip::text().contains(QStringLiteral("length 300 in the 16-bit extended length (126 marker)")));
    QToolTip::hideText();
}

void TestHexView::contextMenuCopies()
{
    HexView view;
    view.resize(view.sizeHint());
    const TestFrame frame = makeFrame(maskedText(), QByteArrayLiteral("Hello"));
    view.setFrame(frame.header, frame.payload);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSelection(6, 5);
    QGuiApplication::clipboard()->clear();

    QStringList texts;
    QTimer::singleShot(0, &view, [&texts] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                texts.append(action->text());
        }
        for (QAction *action : menu->actions()) {
            if (action->text().contains(QLatin1String("Base64"))) {
                menu->setActiveAction(action);
                QTest::keyClick(menu, Qt::Key_Return);
                return;
            }
        }
        menu->close();
    });
    const QPoint pos = cellCenter(view, 7);
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, view.viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view.viewport(), &event);

    QCOMPARE(texts,
             QStringList({QStringLiteral("Copy Selection as &Hex"), QStringLiteral("Copy Selection as &Base64"),
                          QStringLiteral("Copy Selection as &C Array"), QStringLiteral("Select &All"),
                          QStringLiteral("Show Payload &Masked as on the Wire")}));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("f59NUVg="));
}

void TestHexView::sixteenMiBPaintsOnlyVisibleRows()
{
    const qsizetype size = 16 * 1024 * 1024;
    const TestFrame frame = makeFrame(maskedText(), pattern(size));
    HexView view;
    view.resize(800, 400);
    view.setFrame(frame.header, frame.payload);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // No copy of the payload: the view shares the caller's bytes.
    QCOMPARE(view.layout().payload().constData(), frame.payload.constData());
    QCOMPARE(view.layout().size(), qint64(size) + 14);

    const int lineHeight = view.gridGeometry().lineHeight;
    const qint64 visible = (view.viewport()->height() + lineHeight - 1) / lineHeight;
    QVERIFY(visible > 0);
    QImage image = view.grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(view.lastPaintedRowCount(), visible);

    QScrollBar *bar = view.verticalScrollBar();
    QCOMPARE(qint64(bar->maximum()), view.layout().rowCount() - view.viewport()->height() / lineHeight);
    bar->setValue(bar->maximum());
    QCOMPARE(view.firstVisibleRow(), bar->maximum());
    image = view.grab().toImage();
    QVERIFY(view.lastPaintedRowCount() <= visible);
    QVERIFY(view.lastPaintedRowCount() > 0);

    // Toggling the mask and selecting everything repaint the same rows and still copy nothing.
    view.setShowMasked(false);
    view.selectAll();
    view.grab();
    QVERIFY(view.lastPaintedRowCount() <= visible);
    QCOMPARE(view.layout().payload().constData(), frame.payload.constData());
    QCOMPARE(view.selectionLength(), qint64(size) + 14);

    // The last row holds the last byte, shown unmasked now.
    QCOMPARE(view.layout().byteAt(view.layout().size() - 1), std::uint8_t(frame.payload.back()));
    bar->setValue(bar->maximum() / 2);
    view.grab();
    QCOMPARE(view.lastPaintedRowCount(), visible);
}

void TestHexView::paintsFieldsAndSelection_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("flagged");
    QTest::addColumn<QString>("fileName"); // written into SOCKSCOPE_SCREENSHOT_DIR if set
    QTest::newRow("light") << false << false << QStringLiteral("hexview.png");
    QTest::newRow("dark") << true << false << QStringLiteral("hexview-dark.png");
    QTest::newRow("flagged") << false << true << QStringLiteral("hexview-flagged.png");
}

void TestHexView::paintsFieldsAndSelection()
{
    QFETCH(bool, dark);
    QFETCH(bool, flagged);
    QFETCH(QString, fileName);

    HexView view;
    if (dark) {
        QPalette palette;
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        palette.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
        palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        palette.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xc9));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::Button, QColor(0x2d, 0x2d, 0x2d));
        palette.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        view.setPalette(palette);
    }
    // A masked 300-byte text frame: 16-bit length at 2..3, mask key at 4..7.
    FrameSpec spec = maskedText();
    if (flagged) {
        spec.rsv2 = true;
        spec.opcode = 0x3;
    }
    const TestFrame frame = makeFrame(spec, sentence(300));
    view.setFrame(frame.header, frame.payload);
    view.resize(view.sizeHint().width(), view.gridGeometry().lineHeight * 14 + 2 * view.frameWidth());
    view.setSelection(21, 30);
    const QImage image = view.grab().toImage();
    QVERIFY(SockscopeTest::saveScreenshot(image, fileName));

    const QPalette &pal = view.palette();
    const FrameBytesLayout::Geometry g = view.gridGeometry();
    const auto topLeft = [&](qint64 offset, Area area) {
        const FrameBytesLayout::Span cell = g.cell(area, FrameBytesLayout::columnOf(offset));
        return QPoint(cell.x + 1, int(FrameBytesLayout::rowOf(offset)) * g.lineHeight + 1);
    };
    // Selected bytes are highlighted in both columns; in the one last used, in Highlight.
    QCOMPARE(pixelAt(image, view, topLeft(22, Area::Hex)), pal.color(QPalette::Highlight));
    const QColor echo = pixelAt(image, view, topLeft(22, Area::Ascii));
    QVERIFY(echo != pal.color(QPalette::Base));
    QVERIFY(echo != pal.color(QPalette::Highlight));
    // Unselected payload stays on the base colour; header fields are tinted, each differently.
    QCOMPARE(pixelAt(image, view, topLeft(60, Area::Hex)), pal.color(QPalette::Base));
    const QColor fin = pixelAt(image, view, topLeft(0, Area::Hex));
    const QColor key = pixelAt(image, view, topLeft(4, Area::Hex));
    const QColor extended = pixelAt(image, view, topLeft(2, Area::Hex));
    QVERIFY(fin != pal.color(QPalette::Base));
    QVERIFY(key != pal.color(QPalette::Base));
    QVERIFY(fin != key && key != extended && fin != extended);
    // Tints stay close to the base lightness so that the normal text colour remains readable.
    for (const QColor &tint : {fin, key, extended})
        QVERIFY(std::abs(tint.lightness() - pal.color(QPalette::Base).lightness()) < 100);

    // Flagged fields (here RSV2 and the reserved opcode) are underlined; fine ones are not.
    const FrameBytesLayout::Span byte0 = g.hexCell(0);
    const QPoint opcodeBottom(byte0.x + byte0.width * 7 / 8, g.lineHeight - 1);
    const QPoint opcodeMiddle(byte0.x + byte0.width * 7 / 8, g.lineHeight / 2);
    const QPoint keyBottom(topLeft(4, Area::Hex).x(), g.lineHeight - 1);
    QCOMPARE(pixelAt(image, view, opcodeBottom) != pixelAt(image, view, opcodeMiddle), flagged);
    QCOMPARE(pixelAt(image, view, keyBottom), key);
}

QTEST_MAIN(TestHexView)
#include "tst_hexview.moc"
