// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/framedecoder.h"
#include "protocol/frameencoder.h"
#include "protocol/mask.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstring>

#include <vector>

using namespace Sockscope;

namespace {

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
        const std::size_t size = std::min<std::size_t>(std::size_t(pieces[piece++ % pieces.size()]), copy.size() - offset);
        std::span<std::uint8_t> input(data + offset, size);
        offset += size;
        while (!input.empty()) {
            result = decoder.decode(input);
            if (result == FrameDecoder::Result::FrameReady) {
                const auto p = decoder.payload();
                frames.push_back({decoder.header(), QByteArray(reinterpret_cast<const char *>(p.data()), qsizetype(p.size()))});
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

} // namespace

class TestFrameCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfcExamples_data();
    void rfcExamples();
    void fragmentedRfcExample();
    void anySplitGivesSameFrames();
    void exposesEveryHeaderField();
    void encoderRoundTrip_data();
    void encoderRoundTrip();
    void encoderBuildsInvalidFrames();
    void oversizeFrameFailsBeforePayload();
    void lengthWithMostSignificantBitFails();
    void maskMatchesNaiveLoop();
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
    QTest::newRow("64 KiB, 64-bit length") << QByteArray::fromHex("827f0000000000010000") + b64k << 2 << false << b64k << 10;
}

void TestFrameCodec::rfcExamples()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, opcode);
    QFETCH(bool, masked);
    QFETCH(QByteArray, payload);
    QFETCH(int, headerSize);

    for (const std::vector<int> &pieces : {std::vector<int> {1}, std::vector<int> {int(wire.size())}, std::vector<int> {3, 1, 7}}) {
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
        FrameSpec spec;
        spec.opcode = std::uint8_t(i % 2 ? Opcode::Binary : Opcode::Text);
        spec.masked = i % 4 != 0;
        spec.maskKey = {std::uint8_t(i), 0x5a, 0xa5, std::uint8_t(255 - i)};
        appendFrame(wire, spec, bytesOf(payload));
        payloads.push_back(payload);
    }
    std::vector<int> randomPieces;
    for (int i = 0; i < 500; ++i)
        randomPieces.push_back(1 + random.bounded(i % 5 == 0 ? 9000 : 40));

    for (const std::vector<int> &pieces : {std::vector<int> {int(wire.size())}, std::vector<int> {1}, randomPieces}) {
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
    QByteArray wire;
    appendFrame(wire, spec, bytesOf(QByteArray("abc")));
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
    QCOMPARE(h.maskKey, (MaskKey {1, 2, 3, 4}));
    QCOMPARE(h.lengthEncoding, LengthEncoding::Bits64);
    QVERIFY(!h.isMinimalLengthEncoding());
    QCOMPARE(h.payloadLength, 3u);
    QCOMPARE(int(h.headerSize), 14);
    QCOMPARE(frames[0].payload, QByteArray("abc"));
    const FrameHeader described = describeFrame(spec, 3);
    QCOMPARE(headerBytes(described), headerBytes(h));
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

    spec.lengthOverride = 10; // header says 10, 200 bytes follow
    QByteArray lying;
    appendFrame(lying, spec, bytesOf(patternBytes(200)));
    QCOMPARE(quint8(lying[1]), quint8(10));
    QCOMPARE(lying.size(), 2 + 200);
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

void TestFrameCodec::maskMatchesNaiveLoop()
{
    const MaskKey key {0x12, 0x34, 0x56, 0x78};
    for (std::size_t phase = 0; phase < 4; ++phase) {
        for (qsizetype size : {0, 1, 7, 8, 31, 32, 33, 1000}) {
            QByteArray data = patternBytes(size);
            QByteArray expected = data;
            for (qsizetype i = 0; i < size; ++i)
                expected[i] = char(expected[i] ^ key[(phase + std::size_t(i)) & 3]);
            applyMask(reinterpret_cast<std::uint8_t *>(data.data()), std::size_t(size), key, phase);
            QCOMPARE(data, expected);
        }
    }
}

void TestFrameCodec::directReadIntoPendingPayload()
{
    // A reader that learned a frame's header may put the rest of its payload straight into
    // the decoder; unmasking happens there, and the payload is handed over without a copy.
    const QByteArray payload = patternBytes(70000);
    FrameSpec spec;
    spec.opcode = 2;
    spec.masked = true;
    spec.maskKey = {9, 8, 7, 6};
    QByteArray wire;
    appendFrame(wire, spec, bytesOf(payload));
    appendFrame(wire, spec, bytesOf(QByteArray("next")));
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
