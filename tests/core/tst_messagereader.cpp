// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/frameencoder.h"
#include "protocol/messagereader.h"

#include <QTest>

using namespace Sockscope;

namespace {

// A frame as a client sends it (masked), described by its header fields.
FrameHeader clientFrame(std::uint8_t opcode, bool fin, std::uint64_t length, bool rsv1 = false)
{
    FrameSpec spec;
    spec.opcode = opcode;
    spec.fin = fin;
    spec.rsv1 = rsv1;
    spec.masked = true;
    spec.maskKey = {1, 2, 3, 4};
    return describeFrame(spec, length);
}

FrameMeaning feed(MessageReader &reader, std::uint8_t opcode, bool fin, const QByteArray &payload, bool rsv1 = false)
{
    return reader.process(clientFrame(opcode, fin, std::uint64_t(payload.size()), rsv1), payload);
}

QByteArray closePayload(quint16 code, const QByteArray &reason = {})
{
    return QByteArray(1, char(code >> 8)) + char(code & 0xFF) + reason;
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

QTEST_GUILESS_MAIN(TestMessageReader)
#include "tst_messagereader.moc"
