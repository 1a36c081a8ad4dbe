// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/framedecoder.h"
#include "protocol/frameencoder.h"
#include "protocol/messagereader.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Sockscope;

namespace {

// A frame as a client sends it (masked).
FrameSpec clientSpec(std::uint8_t opcode, bool fin, bool rsv1)
{
    FrameSpec spec;
    spec.opcode = opcode;
    spec.fin = fin;
    spec.rsv1 = rsv1;
    spec.masked = true;
    spec.maskKey = {0x37, 0xfa, 0x21, 0x3d};
    return spec;
}

FrameHeader clientFrame(std::uint8_t opcode, bool fin, std::uint64_t length, bool rsv1 = false)
{
    return describeFrame(clientSpec(opcode, fin, rsv1), length);
}

FrameMeaning feed(MessageReader &reader, std::uint8_t opcode, bool fin, const QByteArray &payload, bool rsv1 = false)
{
    return reader.process(clientFrame(opcode, fin, std::uint64_t(payload.size()), rsv1), payload);
}

QByteArray closePayload(quint16 code, const QByteArray &reason = {})
{
    return QByteArray(1, char(code >> 8)) + char(code & 0xFF) + reason;
}

QByteArray clientWire(std::uint8_t opcode, const QByteArray &payload, bool rsv1 = false, bool fin = true)
{
    QByteArray wire;
    appendFrame(wire, clientSpec(opcode, fin, rsv1), bytesOf(payload));
    return wire;
}

// What the engine does with bytes from the socket: decode, and check a frame still arriving
// after every piece. Stops at the first violation.
struct PieceFeed
{
    qsizetype violationPiece = -1; // index of the piece that brought the violation
    FrameMeaning violation;
    QList<FrameMeaning> meanings;
};

PieceFeed feedInPieces(MessageReader &reader, QByteArray wire, qsizetype pieceSize)
{
    PieceFeed result;
    FrameDecoder decoder;
    for (qsizetype piece = 0; piece * pieceSize < wire.size(); ++piece) {
        auto *begin = reinterpret_cast<std::uint8_t *>(wire.data()) + piece * pieceSize;
        std::span<std::uint8_t> input(begin, std::size_t(std::min(pieceSize, wire.size() - piece * pieceSize)));
        while (!input.empty()) {
            if (decoder.decode(input) != FrameDecoder::Result::FrameReady)
                break;
            FrameMeaning meaning = reader.process(decoder.header(), decoder.takePayload());
            if (meaning.kind == FrameMeaning::Kind::Violation) {
                result.violationPiece = piece;
                result.violation = meaning;
                return result;
            }
            result.meanings.append(meaning);
        }
        if (!decoder.hasPendingHeader())
            continue;
        if (auto failed = reader.inspectPartial(decoder.header(), decoder.pendingPayload())) {
            result.violationPiece = piece;
            result.violation = *failed;
            return result;
        }
    }
    return result;
}

} // namespace

class TestMessageReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reassemblesWithInterleavedControlFrames();
    void violations_data();
    void violations();
    void closeFrames_data();
    void closeFrames();
    void utf8AcrossFragments();
    void messageSizeLimit();
    void compressedMessage();
    void compressedBombStopsAtLimit();
    void invalidTextFailsAtTheOffendingPiece_data();
    void invalidTextFailsAtTheOffendingPiece();
    void textInPiecesIsReassembled_data();
    void textInPiecesIsReassembled();
    void piecesAgreeWithWholeFrames_data();
    void piecesAgreeWithWholeFrames();
};

void TestMessageReader::reassemblesWithInterleavedControlFrames()
{
    MessageReader reader(Role::Server, std::nullopt);
    QCOMPARE(feed(reader, 1, false, "Hel").kind, FrameMeaning::Kind::Fragment);
    const FrameMeaning ping = feed(reader, 9, true, "p");
    QCOMPARE(ping.kind, FrameMeaning::Kind::Ping);
    QCOMPARE(ping.data, QByteArray("p"));
    QCOMPARE(feed(reader, 0, false, "").kind, FrameMeaning::Kind::Fragment);
    const FrameMeaning message = feed(reader, 0, true, "lo");
    QCOMPARE(message.kind, FrameMeaning::Kind::Message);
    QCOMPARE(int(message.messageOpcode), 1);
    QCOMPARE(message.data, QByteArray("Hello"));
    // Empty binary message.
    const FrameMeaning empty = feed(reader, 2, true, "");
    QCOMPARE(empty.kind, FrameMeaning::Kind::Message);
    QVERIFY(empty.data.isEmpty());
}

void TestMessageReader::violations_data()
{
    QTest::addColumn<int>("opcode");
    QTest::addColumn<bool>("fin");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("rsv1");
    QTest::addColumn<int>("closeCode");
    QTest::newRow("reserved opcode 3") << 3 << true << QByteArray("x") << false << 1002;
    QTest::newRow("reserved opcode 11") << 11 << true << QByteArray() << false << 1002;
    QTest::newRow("rsv1 without extension") << 1 << true << QByteArray("x") << true << 1002;
    QTest::newRow("continuation first") << 0 << true << QByteArray("x") << false << 1002;
    QTest::newRow("ping 126 bytes") << 9 << true << QByteArray(126, 'p') << false << 1002;
    QTest::newRow("fragmented ping") << 9 << false << QByteArray("p") << false << 1002;
    QTest::newRow("invalid utf-8") << 1 << true << QByteArray("\xc0\xaf") << false << 1007;
    QTest::newRow("truncated utf-8") << 1 << true << QByteArray("\xe4\xbd") << false << 1007;
}

void TestMessageReader::violations()
{
    QFETCH(int, opcode);
    QFETCH(bool, fin);
    QFETCH(QByteArray, payload);
    QFETCH(bool, rsv1);
    QFETCH(int, closeCode);
    MessageReader reader(Role::Server, std::nullopt);
    const FrameMeaning meaning = feed(reader, std::uint8_t(opcode), fin, payload, rsv1);
    QCOMPARE(meaning.kind, FrameMeaning::Kind::Violation);
    QCOMPARE(int(meaning.closeCode), closeCode);
    QVERIFY(!meaning.error.isEmpty());
}

void TestMessageReader::closeFrames_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("code");
    QTest::newRow("empty") << QByteArray() << true << 1005;
    QTest::newRow("1000 bye") << closePayload(1000, "bye") << true << 1000;
    QTest::newRow("4000 private") << closePayload(4000) << true << 4000;
    QTest::newRow("1 byte") << QByteArray(1, '\x03') << false << 1002;
    QTest::newRow("1005 on wire") << closePayload(1005) << false << 1002;
    QTest::newRow("999") << closePayload(999) << false << 1002;
    QTest::newRow("5000") << closePayload(5000) << false << 1002;
    QTest::newRow("bad reason") << closePayload(1000, "\xff") << false << 1007;
}

void TestMessageReader::closeFrames()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, valid);
    QFETCH(int, code);
    MessageReader reader(Role::Server, std::nullopt);
    const FrameMeaning meaning = feed(reader, 8, true, payload);
    QCOMPARE(meaning.kind, valid ? FrameMeaning::Kind::Close : FrameMeaning::Kind::Violation);
    QCOMPARE(int(meaning.closeCode), code);
}

void TestMessageReader::utf8AcrossFragments()
{
    MessageReader reader(Role::Server, std::nullopt);
    // "€" is E2 82 AC, split across three frames.
    QCOMPARE(feed(reader, 1, false, "\xe2").kind, FrameMeaning::Kind::Fragment);
    QCOMPARE(feed(reader, 0, false, "\x82").kind, FrameMeaning::Kind::Fragment);
    const FrameMeaning done = feed(reader, 0, true, "\xac");
    QCOMPARE(done.kind, FrameMeaning::Kind::Message);
    QCOMPARE(QString::fromUtf8(done.data), QStringLiteral("€"));

    // Invalid bytes are caught in the fragment that carries them, not at the end.
    QCOMPARE(feed(reader, 1, false, "ok").kind, FrameMeaning::Kind::Fragment);
    QCOMPARE(feed(reader, 0, false, "\xed\xa0\x80").kind, FrameMeaning::Kind::Violation);
}

void TestMessageReader::messageSizeLimit()
{
    MessageLimits limits;
    limits.maxMessageSize = 10;
    MessageReader reader(Role::Server, std::nullopt, limits);
    QCOMPARE(feed(reader, 2, false, "123456").kind, FrameMeaning::Kind::Fragment);
    const FrameMeaning over = feed(reader, 0, true, "789012");
    QCOMPARE(over.kind, FrameMeaning::Kind::Violation);
    QCOMPARE(int(over.closeCode), 1009);
}

void TestMessageReader::compressedMessage()
{
    MessageReader reader(Role::Server, DeflateParams{});
    // RFC 7692 §7.2.3.1 fragmented example, masked as a client would send it.
    const FrameMeaning first = feed(reader, 1, false, QByteArray::fromHex("f248cd"), true);
    QCOMPARE(first.kind, FrameMeaning::Kind::Fragment);
    QVERIFY(first.compressed);
    const FrameMeaning last = feed(reader, 0, true, QByteArray::fromHex("c9c90700"));
    QCOMPARE(last.kind, FrameMeaning::Kind::Message);
    QCOMPARE(last.data, QByteArray("Hello"));
    QCOMPARE(first.inflated + last.inflated, QByteArray("Hello"));
    // RSV1 on a continuation frame is a protocol error even with deflate.
    feed(reader, 1, false, QByteArray::fromHex("f248cd"), true);
    QCOMPARE(feed(reader, 0, true, QByteArray::fromHex("c9c90700"), true).closeCode, 1002);
}

void TestMessageReader::compressedBombStopsAtLimit()
{
    MessageLimits limits;
    limits.maxMessageSize = 100000;
    MessageReader reader(Role::Client, DeflateParams{}, limits);
    MessageDeflater deflater(15, false);
    const QByteArray bomb = deflater.compress(bytesOf(QByteArray(10 * 1000 * 1000, 'a')));
    FrameSpec spec;
    spec.opcode = 2;
    spec.rsv1 = true;
    const FrameMeaning meaning = reader.process(describeFrame(spec, std::uint64_t(bomb.size())), bomb);
    QCOMPARE(meaning.kind, FrameMeaning::Kind::Violation);
    QCOMPARE(int(meaning.closeCode), 1009);
}

void TestMessageReader::invalidTextFailsAtTheOffendingPiece_data()
{
    QTest::addColumn<bool>("compressed");
    QTest::newRow("plain") << false;
    QTest::newRow("permessage-deflate") << true;
}

// A 1 MiB text frame with an invalid byte at 10 000, fed 4 KiB at a time: the reader fails on
// the third piece, long before the frame completes, and says where.
void TestMessageReader::invalidTextFailsAtTheOffendingPiece()
{
    QFETCH(bool, compressed);
    constexpr qsizetype kSize = 1 << 20;
    constexpr qsizetype kBadAt = 10000;
    constexpr qsizetype kPiece = 4096;
    QByteArray text(kSize, Qt::Uninitialized);
    QRandomGenerator random(6455);
    for (char &c : text)
        c = char('a' + random.bounded(26)); // random letters, so deflate cannot shrink 10 000 bytes to one piece
    text[kBadAt] = '\xff';
    MessageReader reader(Role::Server, compressed ? std::optional(DeflateParams{}) : std::nullopt);
    MessageDeflater deflater(15, false);
    const QByteArray payload = compressed ? deflater.compress(bytesOf(text)) : text;
    const PieceFeed feed = feedInPieces(reader, clientWire(1, payload, compressed), kPiece);

    QCOMPARE(feed.violation.kind, FrameMeaning::Kind::Violation);
    QCOMPARE(int(feed.violation.closeCode), 1007);
    QVERIFY2(feed.violation.error.contains(QString::number(kBadAt)), qPrintable(feed.violation.error));
    if (compressed) {
        // Letters take about 5 bits each: the bad byte is in the compressed stream's first ~8 KiB.
        QVERIFY2(feed.violationPiece <= 2, qPrintable(QString::number(feed.violationPiece)));
    } else {
        constexpr qsizetype kHeader = 14; // 2 + 8 (64-bit length) + 4 (mask key)
        QCOMPARE(feed.violationPiece, (kHeader + kBadAt) / kPiece);
    }
    QVERIFY(feed.meanings.isEmpty());
}

void TestMessageReader::textInPiecesIsReassembled_data()
{
    QTest::addColumn<bool>("compressed");
    QTest::addColumn<int>("pieceSize");
    for (const int size : {1, 2, 3, 7, 1000}) {
        QTest::addRow("plain, %d-byte pieces", size) << false << size;
        QTest::addRow("permessage-deflate, %d-byte pieces", size) << true << size;
    }
}

// Inspecting a frame while it arrives must not change what the whole frame means: every code
// point split between pieces and frames, the inflated bytes of each frame and the message.
void TestMessageReader::textInPiecesIsReassembled()
{
    QFETCH(bool, compressed);
    QFETCH(int, pieceSize);
    const QByteArray text = QStringLiteral("Grüße, 你好, 👋🏽 and ").toUtf8().repeated(40);
    MessageReader reader(Role::Server, compressed ? std::optional(DeflateParams{}) : std::nullopt);
    MessageDeflater deflater(15, false);
    const QByteArray payload = compressed ? deflater.compress(bytesOf(text)) : text;
    const qsizetype half = payload.size() / 2 + 1; // inside a code point for the plain text
    const QByteArray wire = clientWire(1, payload.left(half), compressed, false) + clientWire(9, "ping")
            + clientWire(0, payload.mid(half));
    const PieceFeed feed = feedInPieces(reader, wire, pieceSize);

    QCOMPARE(feed.violationPiece, -1);
    QCOMPARE(feed.meanings.size(), 3);
    QCOMPARE(feed.meanings.at(0).kind, FrameMeaning::Kind::Fragment);
    QCOMPARE(feed.meanings.at(1).kind, FrameMeaning::Kind::Ping);
    QCOMPARE(feed.meanings.at(2).kind, FrameMeaning::Kind::Message);
    QCOMPARE(feed.meanings.at(2).data, text);
    if (compressed)
        QCOMPARE(feed.meanings.at(0).inflated + feed.meanings.at(2).inflated, text);
}

void TestMessageReader::piecesAgreeWithWholeFrames_data()
{
    textInPiecesIsReassembled_data();
}

// Random conversations (text and binary, fragmented, with pings, now and then an invalid
// byte) read whole and in pieces: the same frames mean the same, and a violation is found in
// the same frame (its close code may differ: a compressed frame can be both too large and not
// UTF-8, and which is seen first depends on where it was cut).
void TestMessageReader::piecesAgreeWithWholeFrames()
{
    QFETCH(bool, compressed);
    QFETCH(int, pieceSize);
    const QList<QByteArray> words = {"a", "hello ", "\xc3\xa9", "\xe4\xbd\xa0", "\xf0\x9f\x91\x8b"};
    QRandomGenerator random(quint32(pieceSize * 2 + compressed));
    MessageLimits limits;
    limits.maxMessageSize = 600; // now and then exceeded too
    int violations = 0;
    for (int round = 0; round < 200; ++round) {
        MessageDeflater deflater(15, false);
        QByteArray wire;
        for (int message = 0; message < 4; ++message) {
            QByteArray content;
            for (int i = random.bounded(120); i > 0; --i)
                content += words.at(random.bounded(words.size()));
            if (random.bounded(8) == 0) // one in eight messages carries an invalid byte
                content.insert(random.bounded(content.size() + 1), random.bounded(2) ? "\xff" : "\xed\xa0\x80");
            const std::uint8_t opcode = random.bounded(3) ? 1 : 2;
            const QByteArray payload = compressed ? deflater.compress(bytesOf(content)) : content;
            const qsizetype cut = random.bounded(payload.size() + 1);
            wire += clientWire(opcode, payload.left(cut), compressed, false) + clientWire(9, "p")
                    + clientWire(0, payload.mid(cut));
        }
        MessageReader wholeReader(Role::Server, compressed ? std::optional(DeflateParams{}) : std::nullopt, limits);
        MessageReader pieceReader(Role::Server, compressed ? std::optional(DeflateParams{}) : std::nullopt, limits);
        const PieceFeed whole = feedInPieces(wholeReader, wire, wire.size());
        const PieceFeed pieces = feedInPieces(pieceReader, wire, pieceSize);
        QCOMPARE(pieces.violationPiece >= 0, whole.violationPiece >= 0);
        QCOMPARE(pieces.meanings.size(), whole.meanings.size());
        for (qsizetype i = 0; i < whole.meanings.size(); ++i) {
            QCOMPARE(pieces.meanings.at(i).kind, whole.meanings.at(i).kind);
            QCOMPARE(pieces.meanings.at(i).data, whole.meanings.at(i).data);
            QCOMPARE(pieces.meanings.at(i).inflated, whole.meanings.at(i).inflated);
        }
        violations += whole.violationPiece >= 0 ? 1 : 0;
    }
    QVERIFY2(violations > 20 && violations < 180, qPrintable(QString::number(violations))); // both kinds were tried
}

QTEST_GUILESS_MAIN(TestMessageReader)
#include "tst_messagereader.moc"
