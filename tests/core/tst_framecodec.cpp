// SPDX-License-Identifier: GPL-3.0-or-later
#include "framebuilder.h"
#include "protocol/framedecoder.h"
#include "protocol/frameencoder.h"
#include "protocol/mask.h"
#include "protocol/maskpaths.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstring>

#include <vector>

using namespace Sockscope;
using SockscopeTest::FrameBuilder;

namespace {

// The unmask implementations a test runs.
enum class MaskPath { Dispatched, Portable, Avx2 };

struct DecodedFrame
{
    FrameHeader header;
    QByteArray payload;
};

// Decodes `wire` fed in pieces of the given sizes (cycled); the decoder must not care.
std::vector<DecodedFrame> decodeInPieces(const QByteArray &wire, const std::vector<int> &pieces,
                                         FrameDecoder::Result *last = nullptr)
{
    FrameDecoder decoder;
    std::vector<DecodedFrame> frames;
    QByteArray copy = wire; // the decoder unmasks in place
    auto *data = reinterpret_cast<std::uint8_t *>(copy.data());
    std::size_t offset = 0;
    std::size_t piece = 0;
    FrameDecoder::Result result = FrameDecoder::Result::NeedMoreData;
    while (offset < std::size_t(copy.size())) {
        const std::size_t size =
                std::min<std::size_t>(std::size_t(pieces[piece++ % pieces.size()]), copy.size() - offset);
        std::span<std::uint8_t> input(data + offset, size);
        offset += size;
        while (!input.empty()) {
            result = decoder.decode(input);
            if (result == FrameDecoder::Result::FrameReady) {
                const auto p = decoder.payload();
                frames.push_back(
                        {decoder.header(), QByteArray(reinterpret_cast<const char *>(p.data()), qsizetype(p.size()))});
            } else if (result == FrameDecoder::Result::Failed) {
                if (last)
                    *last = result;
                return frames;
            }
        }
    }
    if (last)
        *last = result;
    return frames;
}

QByteArray headerBytes(const FrameHeader &h)
{
    return QByteArray(reinterpret_cast<const char *>(h.headerBytes.data()), h.headerSize);
}

QByteArray patternBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(i * 31 + 7);
    return bytes;
}

LengthEncoding encodingOf(const FrameBuilder &frame)
{
    switch (frame.lengthBits()) {
    case 16:
        return LengthEncoding::Bits16;
    case 64:
        return LengthEncoding::Bits64;
    default:
        return LengthEncoding::Bits7;
    }
}

// The encoder's description of what the builder wrote.
FrameSpec specOf(const FrameBuilder &frame)
{
    FrameSpec spec;
    spec.fin = frame.isFin();
    spec.rsv1 = frame.rsv1();
    spec.rsv2 = frame.rsv2();
    spec.rsv3 = frame.rsv3();
    spec.opcode = frame.opcodeValue();
    spec.masked = frame.maskKey().has_value();
    spec.maskKey = frame.maskKey().value_or(MaskKey{});
    if (!frame.isShortestLength())
        spec.lengthEncoding = encodingOf(frame);
    if (frame.lengthValue() != std::uint64_t(frame.payloadBytes().size()))
        spec.lengthOverride = frame.lengthValue();
    return spec;
}

void compareHeader(const FrameHeader &h, const FrameBuilder &frame)
{
    QCOMPARE(h.fin, frame.isFin());
    QCOMPARE(h.rsv1, frame.rsv1());
    QCOMPARE(h.rsv2, frame.rsv2());
    QCOMPARE(h.rsv3, frame.rsv3());
    QCOMPARE(int(h.opcode), int(frame.opcodeValue()));
    QCOMPARE(h.masked, frame.maskKey().has_value());
    if (h.masked)
        QCOMPARE(h.maskKey, *frame.maskKey());
    QCOMPARE(h.payloadLength, frame.lengthValue());
    QCOMPARE(h.lengthEncoding, encodingOf(frame));
    QCOMPARE(h.isMinimalLengthEncoding(), frame.isShortestLength());
    QCOMPARE(qsizetype(h.headerSize), frame.header().size());
    QCOMPARE(headerBytes(h), frame.header());
}

void addOpcodeRows()
{
    for (int opcode = 0; opcode <= 0xF; ++opcode)
        QTest::addRow("opcode %X", opcode) << FrameBuilder().opcode(std::uint8_t(opcode)).payload("abc");
}

void addFinAndRsvRows()
{
    for (int bits = 0; bits < 16; ++bits) {
        const bool fin = bits & 8, rsv1 = bits & 4, rsv2 = bits & 2, rsv3 = bits & 1;
        QTest::addRow("fin %d rsv %d%d%d", fin, rsv1, rsv2, rsv3) << FrameBuilder()
                                                                             .fin(fin)
                                                                             .rsv(rsv1, rsv2, rsv3)
                                                                             .opcode(std::uint8_t(Opcode::Binary))
                                                                             .payload("\x01\x02");
    }
}

void addLengthRows()
{
    const FrameBuilder::Key key{0x37, 0xfa, 0x21, 0x3d};
    for (int size : {0, 1, 125, 126, 127, 65535, 65536, 70000}) {
        const FrameBuilder frame = FrameBuilder().opcode(std::uint8_t(Opcode::Binary)).payload(patternBytes(size));
        QTest::addRow("%d bytes, unmasked", size) << frame;
        QTest::addRow("%d bytes, masked", size) << FrameBuilder(frame).mask(key);
    }
    // RFC 6455 wants the shortest length; longer ones must still decode, and be flagged.
    const struct
    {
        int size;
        FrameBuilder::Length length;
        const char *name;
    } longer[] = {{0, FrameBuilder::Length::Bits16, "16"},
                  {5, FrameBuilder::Length::Bits16, "16"},
                  {5, FrameBuilder::Length::Bits64, "64"},
                  {300, FrameBuilder::Length::Bits64, "64"}};
    for (const auto &row : longer) {
        const FrameBuilder frame = FrameBuilder().payload(patternBytes(row.size)).length(row.length);
        QTest::addRow("%d bytes in %s bits, unmasked", row.size, row.name) << frame;
        QTest::addRow("%d bytes in %s bits, masked", row.size, row.name) << FrameBuilder(frame).mask(key);
    }
}

void addMaskKeyRows()
{
    for (const FrameBuilder::Key &key : {FrameBuilder::Key{0, 0, 0, 0}, FrameBuilder::Key{0xff, 0xff, 0xff, 0xff},
                                         FrameBuilder::Key{0x80, 0x00, 0x7f, 0x01}}) {
        QTest::addRow("mask key %02x%02x%02x%02x", key[0], key[1], key[2], key[3])
                << FrameBuilder().mask(key).payload("masked, or not");
    }
}

// Frames written by hand, for the decoder to read and the encoder to write again.
void builtFrames()
{
    QTest::addColumn<FrameBuilder>("frame");
    addOpcodeRows();
    addFinAndRsvRows();
    addLengthRows();
    addMaskKeyRows();
}

} // namespace

class TestFrameCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfcExamples_data();
    void rfcExamples();
    void decodesBuiltFrames_data();
    void decodesBuiltFrames();
    void encoderWritesBuiltFrames_data();
    void encoderWritesBuiltFrames();
    void fragmentedRfcExample();
    void anySplitGivesSameFrames();
    void exposesEveryHeaderField();
    void encoderRoundTrip_data();
    void encoderRoundTrip();
    void encoderBuildsInvalidFrames();
    void oversizeFrameFailsBeforePayload();
    void lengthWithMostSignificantBitFails();
    void maskPathsMatchNaiveLoop_data();
    void maskPathsMatchNaiveLoop();
    void directReadIntoPendingPayload();
};

// RFC 6455 §5.7, byte for byte.
void TestFrameCodec::rfcExamples_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("opcode");
    QTest::addColumn<bool>("masked");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("headerSize");

    const QByteArray hello("Hello");
    QTest::newRow("unmasked text") << QByteArray::fromHex("810548656c6c6f") << 1 << false << hello << 2;
    QTest::newRow("masked text") << QByteArray::fromHex("818537fa213d7f9f4d5158") << 1 << true << hello << 6;
    QTest::newRow("unmasked ping") << QByteArray::fromHex("890548656c6c6f") << 9 << false << hello << 2;
    QTest::newRow("masked pong") << QByteArray::fromHex("8a8537fa213d7f9f4d5158") << 10 << true << hello << 6;
    const QByteArray b256 = patternBytes(256);
    QTest::newRow("256 bytes, 16-bit length") << QByteArray::fromHex("827e0100") + b256 << 2 << false << b256 << 4;
    const QByteArray b64k = patternBytes(65536);
    QTest::newRow("64 KiB, 64-bit length")
            << QByteArray::fromHex("827f0000000000010000") + b64k << 2 << false << b64k << 10;
}

void TestFrameCodec::rfcExamples()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, opcode);
    QFETCH(bool, masked);
    QFETCH(QByteArray, payload);
    QFETCH(int, headerSize);

    for (const std::vector<int> &pieces :
         {std::vector<int>{1}, std::vector<int>{int(wire.size())}, std::vector<int>{3, 1, 7}}) {
        const auto frames = decodeInPieces(wire, pieces);
        QCOMPARE(frames.size(), 1u);
        const FrameHeader &h = frames[0].header;
        QVERIFY(h.fin);
        QCOMPARE(int(h.opcode), opcode);
        QCOMPARE(h.masked, masked);
        QCOMPARE(int(h.headerSize), headerSize);
        QCOMPARE(headerBytes(h), wire.left(headerSize));
        QCOMPARE(frames[0].payload, payload);
        QVERIFY(h.isMinimalLengthEncoding());
    }

    // The encoder reproduces the same bytes from the same fields.
    FrameSpec spec;
    spec.opcode = std::uint8_t(opcode);
    spec.masked = masked;
    if (masked)
        spec.maskKey = {0x37, 0xfa, 0x21, 0x3d};
    QByteArray encoded;
    appendFrame(encoded, spec, bytesOf(payload));
    QCOMPARE(encoded.toHex(), wire.toHex());
}

void TestFrameCodec::decodesBuiltFrames_data()
{
    builtFrames();
}

void TestFrameCodec::decodesBuiltFrames()
{
    QFETCH(FrameBuilder, frame);
    const QByteArray wire = frame.wire();
    for (const std::vector<int> &pieces :
         {std::vector<int>{int(wire.size())}, std::vector<int>{1}, std::vector<int>{3, 1, 7}}) {
        const auto frames = decodeInPieces(wire, pieces);
        QCOMPARE(frames.size(), 1u);
        compareHeader(frames[0].header, frame);
        QCOMPARE(frames[0].payload, frame.payloadBytes());
    }
}

void TestFrameCodec::encoderWritesBuiltFrames_data()
{
    builtFrames();
}

void TestFrameCodec::encoderWritesBuiltFrames()
{
    QFETCH(FrameBuilder, frame);
    const FrameSpec spec = specOf(frame);
    QByteArray encoded;
    appendFrame(encoded, spec, bytesOf(frame.payloadBytes()));
    QCOMPARE(encoded, frame.wire());
    QCOMPARE(headerBytes(describeFrame(spec, std::uint64_t(frame.payloadBytes().size()))), frame.header());
}

void TestFrameCodec::fragmentedRfcExample()
{
    const QByteArray wire = QByteArray::fromHex("010348656c80026c6f");
    const auto frames = decodeInPieces(wire, {1});
    QCOMPARE(frames.size(), 2u);
    QCOMPARE(frames[0].header.fin, false);
    QCOMPARE(int(frames[0].header.opcode), 1);
    QCOMPARE(frames[0].payload, QByteArray("Hel"));
    QCOMPARE(frames[1].header.fin, true);
    QCOMPARE(int(frames[1].header.opcode), 0);
    QCOMPARE(frames[1].payload, QByteArray("lo"));
}

void TestFrameCodec::anySplitGivesSameFrames()
{
    // A stream of many frames of assorted sizes and masks, decoded whole, one byte at a
    // time and in random splits, must give identical frames.
    QRandomGenerator random(20261126);
    QByteArray wire;
    std::vector<QByteArray> payloads;
    for (int i = 0; i < 60; ++i) {
        const qsizetype size = i % 10 == 0 ? 70000 : i % 3 == 0 ? 300 : random.bounded(126);
        QByteArray payload = patternBytes(size);
        FrameBuilder frame;
        frame.opcode(std::uint8_t(i % 2 ? Opcode::Binary : Opcode::Text)).payload(payload);
        if (i % 4 != 0)
            frame.mask({std::uint8_t(i), 0x5a, 0xa5, std::uint8_t(255 - i)});
        wire += frame.wire();
        payloads.push_back(payload);
    }
    std::vector<int> randomPieces;
    for (int i = 0; i < 500; ++i)
        randomPieces.push_back(1 + random.bounded(i % 5 == 0 ? 9000 : 40));

    for (const std::vector<int> &pieces : {std::vector<int>{int(wire.size())}, std::vector<int>{1}, randomPieces}) {
        const auto frames = decodeInPieces(wire, pieces);
        QCOMPARE(frames.size(), payloads.size());
        for (std::size_t i = 0; i < frames.size(); ++i)
            QCOMPARE(frames[i].payload, payloads[i]);
    }
}

void TestFrameCodec::exposesEveryHeaderField()
{
    FrameSpec spec;
    spec.fin = false;
    spec.rsv1 = true;
    spec.rsv3 = true;
    spec.opcode = 0xB; // reserved control opcode
    spec.masked = true;
    spec.maskKey = {1, 2, 3, 4};
    spec.lengthEncoding = LengthEncoding::Bits64; // not minimal for 3 bytes
    const FrameBuilder built = FrameBuilder()
                                       .fin(false)
                                       .rsv(true, false, true)
                                       .opcode(0xB)
                                       .mask({1, 2, 3, 4})
                                       .length(FrameBuilder::Length::Bits64)
                                       .payload("abc");
    const QByteArray wire = built.wire();
    const auto frames = decodeInPieces(wire, {1});
    QCOMPARE(frames.size(), 1u);
    const FrameHeader &h = frames[0].header;
    QCOMPARE(h.fin, false);
    QCOMPARE(h.rsv1, true);
    QCOMPARE(h.rsv2, false);
    QCOMPARE(h.rsv3, true);
    QCOMPARE(int(h.opcode), 0xB);
    QVERIFY(h.isReservedOpcode());
    QVERIFY(h.isControl());
    QVERIFY(h.masked);
    QCOMPARE(h.maskKey, (MaskKey{1, 2, 3, 4}));
    QCOMPARE(h.lengthEncoding, LengthEncoding::Bits64);
    QVERIFY(!h.isMinimalLengthEncoding());
    QCOMPARE(h.payloadLength, 3u);
    QCOMPARE(int(h.headerSize), 14);
    QCOMPARE(frames[0].payload, QByteArray("abc"));
    const FrameHeader described = describeFrame(spec, 3);
    QCOMPARE(headerBytes(described), headerBytes(h));
    QByteArray encoded;
    appendFrame(encoded, spec, bytesOf(QByteArray("abc")));
    QCOMPARE(encoded, wire);
}

void TestFrameCodec::encoderRoundTrip_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("masked");
    for (int size : {0, 1, 125, 126, 65535, 65536, 1 << 20}) {
        QTest::addRow("%d unmasked", size) << size << false;
        QTest::addRow("%d masked", size) << size << true;
    }
}

void TestFrameCodec::encoderRoundTrip()
{
    QFETCH(int, size);
    QFETCH(bool, masked);
    const QByteArray payload = patternBytes(size);
    FrameSpec spec;
    spec.opcode = std::uint8_t(Opcode::Binary);
    spec.masked = masked;
    spec.maskKey = {0xde, 0xad, 0xbe, 0xef};
    QByteArray wire;
    appendFrame(wire, spec, bytesOf(payload));
    const int expectedHeader = (size <= 125 ? 2 : size <= 65535 ? 4 : 10) + (masked ? 4 : 0);
    QCOMPARE(wire.size(), expectedHeader + size);
    FrameBuilder built = FrameBuilder().opcode(std::uint8_t(Opcode::Binary)).payload(payload);
    if (masked)
        built.mask({0xde, 0xad, 0xbe, 0xef});
    QCOMPARE(wire, built.wire());
    const auto frames = decodeInPieces(wire, {4096});
    QCOMPARE(frames.size(), 1u);
    QCOMPARE(frames[0].payload, payload);
}

void TestFrameCodec::encoderBuildsInvalidFrames()
{
    // A 200-byte ping (control frames must be <= 125) with a lying length and no mask.
    FrameSpec spec;
    spec.opcode = std::uint8_t(Opcode::Ping);
    spec.fin = false;
    spec.rsv2 = true;
    QByteArray wire;
    appendFrame(wire, spec, bytesOf(patternBytes(200)));
    QCOMPARE(quint8(wire[0]), quint8(0x29));
    QCOMPARE(quint8(wire[1]), quint8(126));
    QCOMPARE(wire.size(), 4 + 200);
    const FrameBuilder ping = FrameBuilder()
                                      .fin(false)
                                      .rsv(false, true, false)
                                      .opcode(std::uint8_t(Opcode::Ping))
                                      .payload(patternBytes(200));
    QCOMPARE(wire, ping.wire());

    spec.lengthOverride = 10; // header says 10, 200 bytes follow
    QByteArray lying;
    appendFrame(lying, spec, bytesOf(patternBytes(200)));
    QCOMPARE(quint8(lying[1]), quint8(10));
    QCOMPARE(lying.size(), 2 + 200);
    QCOMPARE(lying, FrameBuilder(ping).declaredLength(10).wire());
}

void TestFrameCodec::oversizeFrameFailsBeforePayload()
{
    FrameDecoder decoder;
    decoder.setMaxPayloadLength(1000);
    QByteArray wire = QByteArray::fromHex("827f0000000100000000"); // claims 4 GiB, sends nothing more
    std::span<std::uint8_t> input(reinterpret_cast<std::uint8_t *>(wire.data()), std::size_t(wire.size()));
    QCOMPARE(decoder.decode(input), FrameDecoder::Result::Failed);
    QCOMPARE(decoder.error(), FrameDecoder::Error::PayloadTooLarge);
}

void TestFrameCodec::lengthWithMostSignificantBitFails()
{
    FrameDecoder::Result result;
    decodeInPieces(QByteArray::fromHex("827f8000000000000001"), {1}, &result);
    QCOMPARE(result, FrameDecoder::Result::Failed);
}

void TestFrameCodec::maskPathsMatchNaiveLoop_data()
{
    QTest::addColumn<int>("path");
    QTest::newRow("copyMasked (the path this CPU takes)") << int(MaskPath::Dispatched);
    QTest::newRow("portable 64-bit words") << int(MaskPath::Portable);
    QTest::newRow("AVX2") << int(MaskPath::Avx2);
}

// Every length 0..300 from every start within 32 bytes (so the wide loads are unaligned in
// every way), with every key phase, in place and into another buffer; bytes around the range
// stay untouched.
void TestFrameCodec::maskPathsMatchNaiveLoop()
{
    QFETCH(int, path);
    if (MaskPath(path) == MaskPath::Avx2 && !MaskPaths::avx2Available())
        QSKIP("this CPU has no AVX2");
    const auto unmask = [path](std::uint8_t *dst, const std::uint8_t *src, std::size_t n, MaskKey key,
                               std::size_t phase) {
        switch (MaskPath(path)) {
        case MaskPath::Dispatched:
            return copyMasked(dst, src, n, key, phase);
        case MaskPath::Portable:
            return MaskPaths::portable(dst, src, n, key, phase);
        case MaskPath::Avx2:
            return MaskPaths::avx2(dst, src, n, key, phase);
        }
    };
    const MaskKey key{0x12, 0x34, 0x56, 0x78};
    constexpr qsizetype kGuard = 40;
    const QByteArray source = patternBytes(300 + 2 * kGuard);
    for (qsizetype size = 0; size <= 300; ++size) {
        for (qsizetype start = 0; start < 32; ++start) {
            for (std::size_t phase = 0; phase < 4; ++phase) {
                QByteArray expected = source;
                for (qsizetype i = 0; i < size; ++i)
                    expected[start + i] = char(expected[start + i] ^ key[(phase + std::size_t(i)) & 3]);
                QByteArray inPlace = source;
                auto *p = reinterpret_cast<std::uint8_t *>(inPlace.data()) + start;
                unmask(p, p, std::size_t(size), key, phase);
                QByteArray copied = source;
                unmask(reinterpret_cast<std::uint8_t *>(copied.data()) + start,
                       reinterpret_cast<const std::uint8_t *>(source.constData()) + start, std::size_t(size), key,
                       phase);
                if (inPlace != expected || copied != expected)
                    QFAIL(qPrintable(QStringLiteral("size %1, start %2, phase %3").arg(size).arg(start).arg(phase)));
            }
        }
    }
}

void TestFrameCodec::directReadIntoPendingPayload()
{
    // A reader that learned a frame's header may put the rest of its payload straight into
    // the decoder; unmasking happens there, and the payload is handed over without a copy.
    const QByteArray payload = patternBytes(70000);
    const FrameBuilder frame = FrameBuilder().opcode(2).mask({9, 8, 7, 6});
    QByteArray wire = FrameBuilder(frame).payload(payload).wire() + FrameBuilder(frame).payload("next").wire();
    FrameDecoder decoder;
    std::span<std::uint8_t> input(reinterpret_cast<std::uint8_t *>(wire.data()), 100);
    QCOMPARE(decoder.decode(input), FrameDecoder::Result::NeedMoreData);
    QVERIFY(input.empty());
    std::size_t offset = 100;
    const std::size_t frameEnd = 14 + 70000;
    FrameDecoder::Result result = FrameDecoder::Result::NeedMoreData;
    while (result == FrameDecoder::Result::NeedMoreData) {
        QVERIFY(decoder.pendingPayloadRemaining() == frameEnd - offset);
        const std::span<std::uint8_t> space = decoder.pendingPayloadSpace(3001);
        QVERIFY(space.size() <= 3001);
        std::memcpy(space.data(), wire.constData() + offset, space.size());
        offset += space.size();
        result = decoder.commitPendingPayload(space.size());
    }
    QCOMPARE(result, FrameDecoder::Result::FrameReady);
    QCOMPARE(offset, frameEnd);
    QCOMPARE(decoder.takePayload(), payload);
    QCOMPARE(decoder.pendingPayloadRemaining(), 0u);
    std::span<std::uint8_t> rest(reinterpret_cast<std::uint8_t *>(wire.data()) + offset, wire.size() - offset);
    QCOMPARE(decoder.decode(rest), FrameDecoder::Result::FrameReady);
    QCOMPARE(decoder.takePayload(), QByteArray("next"));
}

QTEST_GUILESS_MAIN(TestFrameCodec)
#include "tst_framecodec.moc"
