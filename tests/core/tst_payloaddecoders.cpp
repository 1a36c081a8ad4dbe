// SPDX-License-Identifier: GPL-3.0-or-later
// The one interface test every payload decoder runs (as Okteta does for its codecs), then what
// each decoder makes of payloads it knows.
#include "decode/closedecoder.h"
#include "decode/jsontext.h"
#include "decode/payloaddecoders.h"
#include "decode/payloadpreview.h"
#include "decode/textdecoder.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Sockscope;

class TestPayloadDecoders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interface_data();
    void interface();
    void idsAreUniqueAndNamed();
    void chooseTakesTheMostConfident_data();
    void chooseTakesTheMostConfident();
    void textMarksInvalidSequences_data();
    void textMarksInvalidSequences();
    void jsonKeepsKeyOrderAndValues();
    void jsonRejectsMalformedAndDeepInput();
    void closePayload();
    void previewIsTextOrHex_data();
    void previewIsTextOrHex();
};

namespace {

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

} // namespace

// Every decoder, every kind of input: valid, empty, cut short, random, hostile. A decoder
// either reads the payload (a one-line summary) or says "cannot decode: …"; it never crashes
// and never builds more than kMaxOutput characters.
void TestPayloadDecoders::interface_data()
{
    QTest::addColumn<QByteArray>("decoderId");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("opcode");
    const QList<QPair<const char *, QByteArray>> inputs = {
            {"empty", {}},
            {"text", "hello world"},
            {"json", "{\"b\":1,\"a\":[true,null,\"x\"]}"},
            {"json cut short", "{\"b\":1,\"a\":[tr"},
            {"close", QByteArray::fromHex("03e8") + "bye"},
            {"close one byte", QByteArray::fromHex("03")},
            {"invalid utf-8",
             "ab\xff\xfe"
             "cd\xe2\x82"},
            {"random 1 KiB", randomBytes(1024, 1)},
            {"msgpack", QByteArray::fromHex("82a474797065a463686174a16e93010203")},
            {"cbor", QByteArray::fromHex("d9d9f7a26161c11a66322ec0616283f5f6f7")},
            {"protobuf", QByteArray::fromHex("089601120268691a03089601")},
            {"base64", "eyJhIjpbMSwyXX0="},
            {"msgpack 4G array", QByteArray::fromHex("ddffffffff")},
            {"deep json", QByteArray(100000, '[') + QByteArray(100000, ']')},
            {"4 MiB", QByteArray(4 << 20, 'x')},
    };
    for (const auto &decoder : PayloadDecoders::instance().all()) {
        for (const auto &[name, payload] : inputs) {
            for (const int opcode : {0x1, 0x2, 0x8}) {
                QTest::addRow("%s/%s/op%d", decoder->id().constData(), name, opcode)
                        << decoder->id() << payload << opcode;
            }
        }
    }
}

void TestPayloadDecoders::interface()
{
    QFETCH(QByteArray, decoderId);
    QFETCH(QByteArray, payload);
    QFETCH(int, opcode);
    const PayloadDecoder *decoder = PayloadDecoders::instance().find(decoderId);
    QVERIFY(decoder);
    const DecodeContext context = DecodeContext::ofOpcode(std::uint8_t(opcode));
    const int confidence = decoder->confidence(payload, context);
    QVERIFY(confidence >= 0 && confidence <= 100);

    const DecodedPayload result = decoder->decode(payload, context);
    if (!result.isValid()) {
        QVERIFY2(result.error.startsWith(QStringLiteral("cannot decode: ")), qPrintable(result.error));
        QVERIFY(result.summary.isEmpty() && result.text.isEmpty());
        return;
    }
    QVERIFY(!result.summary.contains(QLatin1Char('\n')));
    QVERIFY(result.summary.size() <= 4 * previewBytes(PreviewStyle::Log));
    QVERIFY(result.text.size() <= PayloadDecoder::kMaxOutput + 100);
    for (const ByteRange &range : result.marked) {
        QVERIFY(range.offset >= 0 && range.length > 0);
        QVERIFY(range.offset + range.length <= payload.size());
    }
}

void TestPayloadDecoders::idsAreUniqueAndNamed()
{
    QSet<QByteArray> ids;
    for (const auto &decoder : PayloadDecoders::instance().all()) {
        QVERIFY(!decoder->name().isEmpty());
        QVERIFY(!ids.contains(decoder->id()));
        ids.insert(decoder->id());
        QCOMPARE(PayloadDecoders::instance().find(decoder->id()), decoder.get());
    }
    QVERIFY(ids.contains("text") && ids.contains("hex") && ids.contains("json") && ids.contains("close"));
    QVERIFY(!PayloadDecoders::instance().find("no such decoder"));
}

void TestPayloadDecoders::chooseTakesTheMostConfident_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("opcode");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("text") << QByteArray("hello") << 0x1 << QByteArray("text");
    QTest::newRow("json object") << QByteArray(" {\"op\":\"ping\"}") << 0x1 << QByteArray("json");
    QTest::newRow("json in a binary frame") << QByteArray("[1,2]") << 0x2 << QByteArray("json");
    QTest::newRow("broken json is text") << QByteArray("{\"op\":") << 0x1 << QByteArray("text");
    QTest::newRow("close") << QByteArray::fromHex("03e8") << 0x8 << QByteArray("close");
    QTest::newRow("binary") << QByteArray::fromHex("00ff10") << 0x2 << QByteArray("hex");
    QTest::newRow("empty binary") << QByteArray() << 0x2 << QByteArray("text");
}

void TestPayloadDecoders::chooseTakesTheMostConfident()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, opcode);
    QFETCH(QByteArray, expected);
    QCOMPARE(PayloadDecoders::instance().choose(payload, DecodeContext::ofOpcode(std::uint8_t(opcode))).id(), expected);
}

void TestPayloadDecoders::textMarksInvalidSequences_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QList<ByteRange>>("expected");
    QTest::newRow("valid") << QByteArray("héllo €") << QList<ByteRange>{};
    QTest::newRow("lone continuation") << QByteArray("a\x80z") << QList<ByteRange>{{1, 1}};
    QTest::newRow("two bad bytes join") << QByteArray("a\xff\xfez") << QList<ByteRange>{{1, 2}};
    QTest::newRow("truncated at end") << QByteArray("ok\xe2\x82") << QList<ByteRange>{{2, 2}};
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80!") << QList<ByteRange>{{0, 1}, {1, 1}, {2, 1}};
    QTest::newRow("overlong") << QByteArray("\xc0\xaf") << QList<ByteRange>{{0, 2}};
}

void TestPayloadDecoders::textMarksInvalidSequences()
{
    QFETCH(QByteArray, payload);
    QFETCH(QList<ByteRange>, expected);
    QList<ByteRange> ranges = TextDecoder::invalidRanges(payload);
    // Adjacent invalid bytes are reported as one range.
    QList<ByteRange> joined;
    for (const ByteRange &r : expected) {
        if (!joined.isEmpty() && joined.last().offset + joined.last().length == r.offset)
            joined.last().length += r.length;
        else
            joined.append(r);
    }
    QCOMPARE(ranges, joined);
    const DecodedPayload decoded = TextDecoder().decode(payload, {});
    QCOMPARE(decoded.marked, joined);
    QCOMPARE(decoded.text, QString::fromUtf8(payload));
}

void TestPayloadDecoders::jsonKeepsKeyOrderAndValues()
{
    const QByteArray json = "{\"z\":1.50,\"a\":{\"y\":[],\"b\":{}},  \"s\":\"a, b: {c}\"  ,\"e\":1e3}";
    const auto decoder = PayloadDecoders::instance().find("json");
    const DecodedPayload result = decoder->decode(json, {});
    QVERIFY2(result.isValid(), qPrintable(result.error));
    QCOMPARE(result.text,
             QStringLiteral("{\n    \"z\": 1.50,\n    \"a\": {\n        \"y\": [],\n        \"b\": {}\n    },\n"
                            "    \"s\": \"a, b: {c}\",\n    \"e\": 1e3\n}"));
    QCOMPARE(result.summary, QStringLiteral("{\"z\":1.50,\"a\":{\"y\":[],\"b\":{}},\"s\":\"a, b: {c}\",\"e\":1e3}"));
    // Escaped quotes inside strings do not end them.
    QCOMPARE(*JsonText::compact("[ \"a\\\" ,b\" , 2 ]", 8), QByteArray("[\"a\\\" ,b\",2]"));
}

void TestPayloadDecoders::jsonRejectsMalformedAndDeepInput()
{
    const auto decoder = PayloadDecoders::instance().find("json");
    const DecodedPayload broken = decoder->decode("{\"a\":", {});
    QVERIFY(!broken.isValid());
    QVERIFY2(broken.error.contains(QStringLiteral("at byte")), qPrintable(broken.error));
    const QByteArray deep =
            QByteArray(PayloadDecoder::kMaxDepth + 1, '[') + QByteArray(PayloadDecoder::kMaxDepth + 1, ']');
    const DecodedPayload tooDeep = decoder->decode(deep, {});
    QVERIFY(!tooDeep.isValid());
    QVERIFY2(tooDeep.error.contains(QStringLiteral("deeper than")), qPrintable(tooDeep.error));
}

void TestPayloadDecoders::closePayload()
{
    const CloseDecoder decoder;
    const DecodedPayload normal =
            decoder.decode(QByteArray(QByteArray::fromHex("03e8") + "bye"), DecodeContext::ofOpcode(0x8));
    QCOMPARE(normal.summary, QStringLiteral("1000 Normal Closure bye"));
    QVERIFY(normal.text.contains(QStringLiteral("Reason: bye")));
    const DecodedPayload reserved = decoder.decode(QByteArray::fromHex("03ed"), DecodeContext::ofOpcode(0x8));
    QVERIFY(reserved.text.contains(QStringLiteral("must not be sent")));
    const DecodedPayload badReason =
            decoder.decode(QByteArray(QByteArray::fromHex("03e8") + "\xff"), DecodeContext::ofOpcode(0x8));
    QCOMPARE(badReason.marked, (QList<ByteRange>{{2, 1}}));
    QVERIFY(!decoder.decode(QByteArray::fromHex("03"), DecodeContext::ofOpcode(0x8)).isValid());
    QCOMPARE(decoder.decode({}, DecodeContext::ofOpcode(0x8)).summary, QStringLiteral("no status code"));
}

void TestPayloadDecoders::previewIsTextOrHex_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("opcode");
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("expected");
    const int log = int(PreviewStyle::Log);
    const int terminal = int(PreviewStyle::Terminal);
    QTest::newRow("log text folds white space") << QByteArray("a\n  b") << 1 << log << QStringLiteral("a b");
    QTest::newRow("terminal text escapes newlines") << QByteArray("a\nb") << 1 << terminal << QStringLiteral("a\\nb");
    QTest::newRow("binary as spaced hex") << QByteArray("ab") << 2 << log << QStringLiteral("61 62");
    QTest::newRow("binary as 0x hex") << QByteArray("ab") << 2 << terminal << QStringLiteral("0x6162");
    QTest::newRow("invalid text as hex") << QByteArray("a\xff") << 1 << log << QStringLiteral("61 ff");
    QTest::newRow("close") << QByteArray::fromHex("03e9") << 8 << log << QStringLiteral("1001 Going Away ");
    QTest::newRow("long text cut") << QByteArray(200, 'x') << 1 << log
                                   << QString(QString(160, QLatin1Char('x')) + QStringLiteral(" …"));
    QTest::newRow("long hex cut on a terminal")
            << QByteArray(100, '\0') << 2 << terminal
            << QString(QStringLiteral("0x") + QString(120, QLatin1Char('0')) + QStringLiteral("…"));
    // A code point cut by the preview's end still previews as text.
    QTest::newRow("cut code point") << QByteArray(159, 'x') + QByteArray("€€") << 1 << log
                                    << QString(QString(159, QLatin1Char('x')) + QStringLiteral(" …"));
}

void TestPayloadDecoders::previewIsTextOrHex()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, opcode);
    QFETCH(int, style);
    QFETCH(QString, expected);
    QCOMPARE(payloadPreview(payload, DecodeContext::ofOpcode(std::uint8_t(opcode)), PreviewStyle(style)), expected);
}

QTEST_GUILESS_MAIN(TestPayloadDecoders)
#include "tst_payloaddecoders.moc"
