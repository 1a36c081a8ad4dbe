// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/frameencoder.h"
#include "protocol/httpmessage.h"
#include "protocol/permessagedeflate.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Sockscope;

class TestPerMessageDeflate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc7692Examples_data();
    void rfc7692Examples();
    void sharedContextAcrossMessages();
    void roundTrip_data();
    void roundTrip();
    void bombStoppedAtLimit();
    void corruptDataIsFlagged();
    void windowLargerThanNegotiatedIsFlagged();
    void acceptOffer_data();
    void acceptOffer();
    void parseResponse_data();
    void parseResponse();
};

// RFC 7692 §7.2.3: the payloads that all decompress to "Hello".
void TestPerMessageDeflate::rfc7692Examples_data()
{
    QTest::addColumn<QList<QByteArray>>("frames");
    QTest::newRow("single frame") << QList<QByteArray>{QByteArray::fromHex("f248cdc9c90700")};
    QTest::newRow("fragmented") << QList<QByteArray>{QByteArray::fromHex("f248cd"), QByteArray::fromHex("c9c90700")};
    QTest::newRow("stored block") << QList<QByteArray>{QByteArray::fromHex("000500faff48656c6c6f00")};
}

void TestPerMessageDeflate::rfc7692Examples()
{
    QFETCH(QList<QByteArray>, frames);
    MessageInflater inflater(15, false);
    QByteArray out;
    for (qsizetype i = 0; i < frames.size(); ++i)
        QCOMPARE(inflater.inflate(bytesOf(frames[i]), i == frames.size() - 1, out, 1000), MessageInflater::Result::Ok);
    QCOMPARE(out, QByteArray("Hello"));
}

void TestPerMessageDeflate::sharedContextAcrossMessages()
{
    // §7.2.3.2: the second "Hello" refers back into the first message's window.
    MessageInflater inflater(15, false);
    QByteArray first, second;
    QCOMPARE(inflater.inflate(bytesOf(QByteArray::fromHex("f248cdc9c90700")), true, first, 100),
             MessageInflater::Result::Ok);
    QCOMPARE(inflater.inflate(bytesOf(QByteArray::fromHex("f200110000")), true, second, 100),
             MessageInflater::Result::Ok);
    QCOMPARE(second, QByteArray("Hello"));

    MessageDeflater deflater(15, false);
    QCOMPARE(deflater.compress(bytesOf(QByteArray("Hello"))).toHex(), QByteArray("f248cdc9c90700"));
    QCOMPARE(deflater.compress(bytesOf(QByteArray("Hello"))).toHex(), QByteArray("f200110000"));
}

void TestPerMessageDeflate::roundTrip_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<bool>("noContextTakeover");
    QByteArray random(300000, Qt::Uninitialized);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("text") << QByteArray("{\"op\":\"subscribe\",\"channel\":\"trades\"}").repeated(50) << false;
    QTest::newRow("text, no context takeover") << QByteArray("abcabcabc").repeated(1000) << true;
    QTest::newRow("incompressible 300 KB") << random << false;
}

void TestPerMessageDeflate::roundTrip()
{
    QFETCH(QByteArray, message);
    QFETCH(bool, noContextTakeover);
    MessageDeflater deflater(15, noContextTakeover);
    MessageInflater inflater(15, noContextTakeover);
    for (int round = 0; round < 3; ++round) {
        const QByteArray compressed = deflater.compress(bytesOf(message));
        QByteArray out;
        // Split the compressed message into 3 "frames" to inflate it piecewise.
        const qsizetype third = compressed.size() / 3;
        QCOMPARE(inflater.inflate(bytesOf(compressed.left(third)), false, out, 1 << 30), MessageInflater::Result::Ok);
        QCOMPARE(inflater.inflate(bytesOf(compressed.mid(third, third)), false, out, 1 << 30),
                 MessageInflater::Result::Ok);
        QCOMPARE(inflater.inflate(bytesOf(compressed.mid(2 * third)), true, out, 1 << 30), MessageInflater::Result::Ok);
        QCOMPARE(out, message);
    }
}

void TestPerMessageDeflate::bombStoppedAtLimit()
{
    // 100 MB of zeros compresses to ~100 KB; with a 1 MB limit inflation stops just past 1 MB.
    MessageDeflater deflater(15, false);
    const QByteArray zeros(100 * 1000 * 1000, '\0');
    const QByteArray bomb = deflater.compress(bytesOf(zeros));
    QVERIFY(bomb.size() < 200 * 1000);
    MessageInflater inflater(15, false);
    QByteArray out;
    QCOMPARE(inflater.inflate(bytesOf(bomb), true, out, 1000 * 1000), MessageInflater::Result::TooLarge);
    QVERIFY(out.size() <= 1000 * 1000 + 1);
}

void TestPerMessageDeflate::corruptDataIsFlagged()
{
    MessageInflater inflater(15, false);
    QByteArray out;
    QCOMPARE(inflater.inflate(bytesOf(QByteArray::fromHex("ffffffffffff")), true, out, 1000),
             MessageInflater::Result::Corrupt);
}

void TestPerMessageDeflate::windowLargerThanNegotiatedIsFlagged()
{
    // Two messages with the same 1000-byte block: with context takeover the second refers
    // 1000 bytes back into the first, beyond a negotiated 9-bit (512-byte) window.
    QByteArray block(1000, Qt::Uninitialized);
    QRandomGenerator(3).fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
    MessageDeflater wide(15, false);
    const QByteArray first = wide.compress(bytesOf(block));
    const QByteArray second = wide.compress(bytesOf(block));
    QVERIFY(second.size() < 100); // it really is a back-reference
    QByteArray out;
    MessageInflater negotiated9(9, false);
    QCOMPARE(negotiated9.inflate(bytesOf(first), true, out, 1 << 20), MessageInflater::Result::Ok);
    QCOMPARE(negotiated9.inflate(bytesOf(second), true, out, 1 << 20), MessageInflater::Result::Corrupt);
    out.clear();
    MessageInflater negotiated15(15, false);
    QCOMPARE(negotiated15.inflate(bytesOf(first), true, out, 1 << 20), MessageInflater::Result::Ok);
    QCOMPARE(negotiated15.inflate(bytesOf(second), true, out, 1 << 20), MessageInflater::Result::Ok);
    QCOMPARE(out, block + block);
}

void TestPerMessageDeflate::acceptOffer_data()
{
    QTest::addColumn<QByteArray>("offer");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QByteArray>("response");
    QTest::newRow("plain") << QByteArray("permessage-deflate") << true << QByteArray("permessage-deflate");
    QTest::newRow("chrome") << QByteArray("permessage-deflate; client_max_window_bits") << true
                            << QByteArray("permessage-deflate");
    QTest::newRow("all params")
            << QByteArray("permessage-deflate; server_no_context_takeover; client_no_context_takeover; "
                          "server_max_window_bits=10; client_max_window_bits=12")
            << true
            << QByteArray("permessage-deflate; server_no_context_takeover; client_no_context_takeover; "
                          "server_max_window_bits=10; client_max_window_bits=12");
    QTest::newRow("quoted value") << QByteArray("permessage-deflate; server_max_window_bits=\"9\"") << true
                                  << QByteArray("permessage-deflate; server_max_window_bits=9");
    QTest::newRow("bad bits, then fallback")
            << QByteArray("permessage-deflate; server_max_window_bits=16, permessage-deflate") << true
            << QByteArray("permessage-deflate");
    QTest::newRow("duplicate param") << QByteArray(
            "permessage-deflate; server_no_context_takeover; server_no_context_takeover")
                                     << false << QByteArray();
    QTest::newRow("unknown param") << QByteArray("permessage-deflate; foo") << false << QByteArray();
    QTest::newRow("other extension") << QByteArray("x-webkit-deflate-frame") << false << QByteArray();
}

void TestPerMessageDeflate::acceptOffer()
{
    QFETCH(QByteArray, offer);
    QFETCH(bool, accepted);
    QFETCH(QByteArray, response);
    const auto params = PerMessageDeflate::acceptOffer(splitHeaderElements(offer));
    QCOMPARE(params.has_value(), accepted);
    if (params)
        QCOMPARE(PerMessageDeflate::responseValue(*params), response);
}

void TestPerMessageDeflate::parseResponse_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QByteArray("permessage-deflate") << true;
    QTest::newRow("node ws") << QByteArray("permessage-deflate; client_max_window_bits=15") << true;
    QTest::newRow("bits without value") << QByteArray("permessage-deflate; server_max_window_bits") << false;
    QTest::newRow("two extensions") << QByteArray("permessage-deflate, permessage-deflate") << false;
    QTest::newRow("unknown") << QByteArray("permessage-deflate; x=1") << false;
}

void TestPerMessageDeflate::parseResponse()
{
    QFETCH(QByteArray, response);
    QFETCH(bool, valid);
    QString error;
    const auto params = PerMessageDeflate::parseResponse(splitHeaderElements(response), &error);
    QCOMPARE(params.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
}

QTEST_GUILESS_MAIN(TestPerMessageDeflate)
#include "tst_permessagedeflate.moc"
