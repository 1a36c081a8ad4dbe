// SPDX-License-Identifier: GPL-3.0-or-later
// The binary format decoders (MessagePack, CBOR, Protocol Buffers with and without a schema,
// base64) on payloads made by real encoders (tests/support/peers/binary_payloads.js:
// @msgpack/msgpack, cbor-x, protobufjs with tests/data/chat.proto), then on malformed,
// truncated and hostile ones. The interface test of tst_payloaddecoders runs them as well.
#include "decode/base64decoder.h"
#include "decode/msgpackdecoder.h"
#include "decode/payloaddecoders.h"
#include "decode/protoschemapool.h"
#include "peerprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Sockscope;

// The largest single allocation while a probe is armed: a hostile length must not turn into
// a huge buffer. Qt allocates with malloc, so malloc is interposed (glibc allows it), except
// under AddressSanitizer, which owns malloc itself.
#if defined(__SANITIZE_ADDRESS__)
#define SOCKSCOPE_ALLOCATION_PROBE 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SOCKSCOPE_ALLOCATION_PROBE 0
#endif
#endif
#ifndef SOCKSCOPE_ALLOCATION_PROBE
#define SOCKSCOPE_ALLOCATION_PROBE 1
#endif

namespace {
std::atomic<bool> g_probing{false};
std::atomic<std::size_t> g_largestAllocation{0};

void noteAllocation(std::size_t size)
{
    if (!g_probing.load(std::memory_order_relaxed))
        return;
    std::size_t largest = g_largestAllocation.load(std::memory_order_relaxed);
    while (size > largest && !g_largestAllocation.compare_exchange_weak(largest, size)) { }
}
} // namespace

#if SOCKSCOPE_ALLOCATION_PROBE
extern "C" {
void *__libc_malloc(std::size_t size);
void *__libc_calloc(std::size_t count, std::size_t size);
void *__libc_realloc(void *ptr, std::size_t size);

void *malloc(std::size_t size) noexcept
{
    noteAllocation(size);
    return __libc_malloc(size);
}
void *calloc(std::size_t count, std::size_t size) noexcept
{
    noteAllocation(count * size);
    return __libc_calloc(count, size);
}
void *realloc(void *ptr, std::size_t size) noexcept
{
    noteAllocation(size);
    return __libc_realloc(ptr, size);
}
}
#endif

namespace {

constexpr int kNodeTimeoutMs = 30000;

DecodeContext binary(const QString &schemaType = {})
{
    DecodeContext context = DecodeContext::ofOpcode(0x2);
    context.schemaType = schemaType;
    return context;
}

QString chatProto()
{
    return SockscopeTest::testDataDirectory() + QStringLiteral("/chat.proto");
}

const PayloadDecoder &decoder(const char *id)
{
    const PayloadDecoder *found = PayloadDecoders::instance().find(id);
    if (!found)
        qFatal("no decoder %s", id);
    return *found;
}

QByteArray randomBytes(int size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator(seed).generate(bytes.begin(), bytes.end());
    return bytes;
}

QByteArray randomBase64()
{
    return randomBytes(60, 7).toBase64();
}

// The largest allocation `decode` makes.
std::size_t largestAllocation(const std::function<void()> &decode)
{
    g_largestAllocation = 0;
    g_probing = true;
    decode();
    g_probing = false;
    return g_largestAllocation;
}

} // namespace

class TestBinaryDecoders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void realEncoders_data();
    void realEncoders();
    void protobufWithSchema();
    void protobufSchemaNeedsAType();
    void protoSchemaLoadErrors();
    void base64_data();
    void base64();
    void malformed_data();
    void malformed();
    void hostileLengthsAllocateNothing_data();
    void hostileLengthsAllocateNothing();
    void outputIsBounded();
    void randomBytesStayHex();

private:
    QByteArray payload(const char *name) const;

    QJsonObject m_payloads;
};

// Runs the encoders once, bounded; every case reads its payload by name.
void TestBinaryDecoders::initTestCase()
{
    QProcess node;
    node.setWorkingDirectory(SockscopeTest::peersDirectory());
    node.start(SockscopeTest::nodeExecutable(),
               {SockscopeTest::peersDirectory() + QStringLiteral("/binary_payloads.js")});
    QVERIFY2(node.waitForFinished(kNodeTimeoutMs), "binary_payloads.js did not finish");
    QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
    QJsonParseError error;
    m_payloads = QJsonDocument::fromJson(node.readAllStandardOutput(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(m_payloads.size() >= 18);
    const ProtoSchemaPool::LoadResult loaded = ProtoSchemaPool::instance().load({chatProto()});
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.messageTypes, (QStringList{QStringLiteral("demo.Chat"), QStringLiteral("demo.Chat.Reaction")}));
}

QByteArray TestBinaryDecoders::payload(const char *name) const
{
    const QJsonValue hex = m_payloads.value(QLatin1String(name));
    if (!hex.isString())
        qFatal("no payload %s from binary_payloads.js", name);
    return QByteArray::fromHex(hex.toString().toLatin1());
}

// What the automatic choice picks for each real payload (binary message, no schema chosen),
// its summary and parts of its text.
void TestBinaryDecoders::realEncoders_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("decoder");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QStringList>("text");
    const auto row = [this](const char *name, const char *decoder, const char *summary,
                            std::initializer_list<const char *> text = {}) {
        QStringList parts;
        for (const char *part : text)
            parts.append(QString::fromUtf8(part));
        QTest::newRow(name) << payload(name) << QByteArray(decoder) << QString::fromUtf8(summary) << parts;
    };
    row("msgpack_chat", "msgpack", "msgpack map{3} {\"type\":\"chat\",\"user\":\"ann\",\"n\":3}",
        {"{\n    \"type\": \"chat\",\n    \"user\": \"ann\",\n    \"n\": 3\n}"});
    row("msgpack_nested", "msgpack",
        "msgpack map{3} {\"list\":[1,-2,3.5,nil,true],\"bin\":h'0102ff',\"deep\":{\"a\":{\"b\":\"c\"}}}",
        {"    \"list\": [\n        1,\n        -2,\n        3.5,\n        nil,\n        true\n    ],",
         "    \"deep\": {\n        \"a\": {\n            \"b\": \"c\"\n        }\n    }\n}"});
    row("msgpack_timestamp", "msgpack", "msgpack map{1} {\"at\":timestamp(2024-05-01T12:00:00.5Z)}");
    row("msgpack_timestamp_seconds", "msgpack", "msgpack timestamp(2024-05-01T12:00:00Z)");
    row("msgpack_ext", "msgpack", "msgpack array[1] [ext(5, h'0708')]");
    row("msgpack_strings", "msgpack", "msgpack array[3] [\"héllo €\",\"a\\\"b\\\\c\\n\",\"\"]");
    row("msgpack_int64", "msgpack", "msgpack array[2] [9223372036854775807,-9223372036854775808]");
    row("msgpack_big_array", "msgpack",
        "msgpack array[40000] [0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,"
        "21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,4 …",
        {"    39999\n]"});
    row("cbor_chat", "cbor", "cbor map{3} {\"type\":\"chat\",\"user\":\"ann\",\"n\":3}",
        {"{\n    \"type\": \"chat\",\n    \"user\": \"ann\",\n    \"n\": 3\n}"});
    row("cbor_nested", "cbor",
        "cbor map{3} {\"list\":[1,-2,3.5,null,true,undefined],\"bin\":h'0102ff',\"deep\":{\"a\":{\"b\":\"c\"}}}",
        {"        true,\n        undefined\n    ],\n    \"bin\": h'0102ff',"});
    row("cbor_date", "cbor", "cbor map{1} {\"at\":1(1714564800 / 2024-05-01T12:00:00Z /)}");
    row("cbor_self_described", "cbor", "cbor 55799([1,\"x\"])", {"55799([\n    1,\n    \"x\"\n])"});
    row("cbor_bigint", "cbor", "cbor array[2] [18446744073709551615,-9223372036854775808]");
    row("cbor_records", "cbor", "cbor array[2] [{\"a\":1,\"b\":2},{\"a\":3,\"b\":4}]");
    row("cbor_big_array", "cbor",
        "cbor array[40000] [0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,"
        "22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,5 …",
        {"    39999\n]"});
    // Without a schema: the wire format, as protoc --decode_raw reads it.
    row("proto_chat", "protobuf", "protobuf 2 fields: 1=\"ann\" 2=\"hi\"", {"1: \"ann\"\n2: \"hi\""});
    row("proto_varint", "protobuf", "protobuf 1 field: 4={1=150}", {"4 {\n    1: 150\n}"});
    row("proto_full", "protobuf",
        "protobuf 12 fields: 1=\"ann\" 2=\"hi\" 3=[1 2 300] 4={1=150 2=\"lobby\"} 5={1=\"likes\" 2=7} "
        "6=h'000102ff' 7=0x3ff8000000000000 8=5 9=0xdeadbeef 10=2 11={1=\"👍\"} 11={ …",
        {"3: [1, 2, 300]  # packed varints, or bytes h'0102ac02'\n", "4 {\n    1: 150\n    2: \"lobby\"\n}\n",
         "6: h'000102ff'\n", "7: 0x3ff8000000000000  # double 1.5, int64 4609434218613702656\n",
         "8: 5\n", // sint64 -3, zigzag-encoded
         "9: 0xdeadbeef  # float", "int32 -559038737\n", "10: 2\n11 {\n    1: \"👍\"\n}\n11 {\n    1: \"ok\"\n}"});
}

void TestBinaryDecoders::realEncoders()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, decoder);
    QFETCH(QString, summary);
    QFETCH(QStringList, text);
    const PayloadDecoder &chosen = PayloadDecoders::instance().choose(payload, binary());
    QCOMPARE(chosen.id(), decoder);
    const DecodedPayload result = chosen.decode(payload, binary());
    QVERIFY2(result.isValid(), qPrintable(result.error));
    QCOMPARE(result.summary, summary);
    for (const QString &part : text)
        QVERIFY2(result.text.contains(part), qPrintable(result.text.left(2000)));
    // The same bytes in a text message are not taken for a binary format.
    QCOMPARE(PayloadDecoders::instance().find(decoder)->confidence(payload, DecodeContext::ofOpcode(0x1)), 0);
}

// With the type chosen, libprotobuf reads the message field by field from chat.proto (and the
// chat_meta.proto it imports).
void TestBinaryDecoders::protobufWithSchema()
{
    const PayloadDecoder &schema = decoder("protobuf-schema");
    const DecodeContext chat = binary(QStringLiteral("demo.Chat"));
    QCOMPARE(PayloadDecoders::instance().choose(payload("proto_chat"), chat).id(), QByteArray("protobuf-schema"));
    const DecodedPayload small = schema.decode(payload("proto_chat"), chat);
    QCOMPARE(small.summary, QStringLiteral("protobuf demo.Chat {user: \"ann\" text: \"hi\"}"));
    QCOMPARE(small.text, QStringLiteral("user: \"ann\"\ntext: \"hi\"\n"));

    const DecodedPayload full = schema.decode(payload("proto_full"), chat);
    QVERIFY2(full.isValid(), qPrintable(full.error));
    const QStringList lines = full.text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList expected = {QStringLiteral("user: \"ann\""),
                                  QStringLiteral("text: \"hi\""),
                                  QStringLiteral("tags: 1"),
                                  QStringLiteral("tags: 2"),
                                  QStringLiteral("tags: 300"),
                                  QStringLiteral("meta {"),
                                  QStringLiteral("  id: 150"),
                                  QStringLiteral("  room: \"lobby\""),
                                  QStringLiteral("}"),
                                  QStringLiteral("counts {"),
                                  QStringLiteral("  key: \"likes\""),
                                  QStringLiteral("  value: 7"),
                                  QStringLiteral("}"),
                                  QStringLiteral("blob: \"\\000\\001\\002\\377\""),
                                  QStringLiteral("score: 1.5"),
                                  QStringLiteral("delta: -3"),
                                  QStringLiteral("crc: 3735928559"),
                                  QStringLiteral("kind: KIND_NOTICE"),
                                  QStringLiteral("reactions {"),
                                  QStringLiteral("  emoji: \"👍\""),
                                  QStringLiteral("}"),
                                  QStringLiteral("reactions {"),
                                  QStringLiteral("  emoji: \"ok\""),
                                  QStringLiteral("}")};
    QCOMPARE(lines, expected);
    QVERIFY(full.summary.startsWith(QStringLiteral("protobuf demo.Chat {user: \"ann\" text: \"hi\" tags: 1 tags: 2")));
    QCOMPARE(schema.decode(payload("proto_varint"), chat).summary,
             QStringLiteral("protobuf demo.Chat {meta { id: 150 }}"));
    // A nested type can be chosen too.
    const DecodedPayload reaction =
            schema.decode(QByteArray::fromHex("0a026f6b"), binary(QStringLiteral("demo.Chat.Reaction")));
    QCOMPARE(reaction.summary, QStringLiteral("protobuf demo.Chat.Reaction {emoji: \"ok\"}"));
    QVERIFY(ProtoSchemaPool::instance().hasMessageType(QStringLiteral("demo.Chat")));
    QVERIFY(!ProtoSchemaPool::instance().hasMessageType(QStringLiteral("demo.Chat.CountsEntry")));
    // Loading the same files again (a capture's saved choice) does not compile them twice.
    QVERIFY(ProtoSchemaPool::instance().ensureLoaded({chatProto()}).ok());
}

void TestBinaryDecoders::protobufSchemaNeedsAType()
{
    const PayloadDecoder &schema = decoder("protobuf-schema");
    QCOMPARE(schema.confidence(payload("proto_chat"), binary()), 0);
    QCOMPARE(schema.decode(payload("proto_chat"), binary()).error,
             QStringLiteral("cannot decode: no message type chosen"));
    const DecodeContext unknown = binary(QStringLiteral("demo.Nope"));
    QCOMPARE(schema.confidence(payload("proto_chat"), unknown), 0);
    QCOMPARE(schema.decode(payload("proto_chat"), unknown).error,
             QStringLiteral("cannot decode: the message type demo.Nope is not loaded"));
    // Bytes that are not a demo.Chat: a string field (user) whose length runs past the end.
    const DecodedPayload cut = schema.decode(QByteArray::fromHex("0a05616e"), binary(QStringLiteral("demo.Chat")));
    QVERIFY2(cut.error.startsWith(QStringLiteral("cannot decode: not a demo.Chat message")), qPrintable(cut.error));
    QCOMPARE(schema.confidence(QByteArray::fromHex("0a05616e"), binary(QStringLiteral("demo.Chat"))), 0);
    // A proto3 string that is not UTF-8: libprotobuf's reason, not a line on stderr.
    const DecodedPayload notUtf8 = schema.decode(QByteArray::fromHex("0a02c328"), binary(QStringLiteral("demo.Chat")));
    QCOMPARE(notUtf8.error,
             QStringLiteral("cannot decode: not a demo.Chat message: String field 'demo.Chat.user' "
                            "contains invalid UTF-8 data when parsing a protocol buffer. Use the "
                            "'bytes' type if you intend to send raw bytes."));
}

// Errors from libprotoc come back as one line: file, line and column, what is wrong.
void TestBinaryDecoders::protoSchemaLoadErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&dir](const char *name, const QByteArray &text) {
        QFile file(dir.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write("broken.proto", "syntax = \"proto3\";\nmessage A {\n  int32 x = ;\n}\n");
    write("twice.proto", "syntax = \"proto3\";\nmessage A { int32 x = 1; int32 x = 2; int32 y = 1; }\n");
    write("imports.proto", "syntax = \"proto3\";\nimport \"missing.proto\";\nmessage B { int32 x = 1; }\n");
    ProtoSchemaPool pool;
    QCOMPARE(pool.load({dir.filePath(QStringLiteral("broken.proto"))}).error,
             QStringLiteral("broken.proto:3:13: Expected field number."));
    const QString twice = pool.load({dir.filePath(QStringLiteral("twice.proto"))}).error;
    QVERIFY2(twice.startsWith(QStringLiteral("twice.proto:2:32: \"x\" is already defined in \"A\". (and ")),
             qPrintable(twice));
    const QString imports = pool.load({dir.filePath(QStringLiteral("imports.proto"))}).error;
    QVERIFY2(imports.startsWith(QStringLiteral("missing.proto: File not found.")), qPrintable(imports));
    QVERIFY2(pool.load({dir.filePath(QStringLiteral("none.proto"))})
                     .error.endsWith(QStringLiteral("none.proto: cannot be read")),
             "a missing file");
    QCOMPARE(pool.load({}).error, QStringLiteral("no .proto file given"));
    QVERIFY(pool.messageTypes().isEmpty());
    // The import is found in an import folder.
    QTemporaryDir imports2;
    QFile missing(imports2.filePath(QStringLiteral("missing.proto")));
    QVERIFY(missing.open(QIODevice::WriteOnly));
    missing.write("syntax = \"proto3\";\nmessage M { int32 x = 1; }\n");
    missing.close();
    const ProtoSchemaPool::LoadResult found =
            pool.load({dir.filePath(QStringLiteral("imports.proto"))}, {imports2.path()});
    QVERIFY2(found.ok(), qPrintable(found.error));
    QCOMPARE(found.messageTypes, QStringList{QStringLiteral("B")});
}

void TestBinaryDecoders::base64_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("decoder");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("header");
    const QByteArray json = "{\"op\":\"sub\",\"ids\":[1,2]}";
    QTest::newRow("text") << QByteArray("aGVsbG8gd29ybGQ=") << QByteArray("base64")
                          << QStringLiteral("base64 hello world")
                          << QStringLiteral("base64, 11 bytes, shown as Text (UTF-8)");
    QTest::newRow("unpadded") << QByteArray("aGVsbG8gd29ybGQ") << QByteArray("base64")
                              << QStringLiteral("base64 hello world") << QString();
    QTest::newRow("line breaks") << QByteArray("aGVsbG8g\r\nd29ybGQ=\n") << QByteArray("base64")
                                 << QStringLiteral("base64 hello world") << QString();
    QTest::newRow("json") << json.toBase64() << QByteArray("base64")
                          << QStringLiteral("base64 {\"op\":\"sub\",\"ids\":[1,2]}")
                          << QStringLiteral("base64, 24 bytes, shown as JSON");
    QTest::newRow("msgpack, url-safe")
            << payload("msgpack_nested").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            << QByteArray("base64")
            << QStringLiteral("base64 msgpack map{3} "
                              "{\"list\":[1,-2,3.5,nil,true],\"bin\":h'0102ff',\"deep\":{\"a\":{\"b\":\"c\"}}}")
            << QStringLiteral("URL-safe base64, 42 bytes, shown as MessagePack");
    QTest::newRow("protobuf")
            << payload("proto_full").toBase64() << QByteArray("base64")
            << QStringLiteral(
                       "base64 protobuf 12 fields: 1=\"ann\" 2=\"hi\" 3=[1 2 300] 4={1=150 2=\"lobby\"} "
                       "5={1=\"likes\" 2=7} 6=h'000102ff' 7=0x3ff8000000000000 8=5 9=0xdeadbeef 10=2 11={1=\"👍 …")
            << QStringLiteral("base64, 76 bytes, shown as Protocol Buffers (no schema)");
    QTest::newRow("long random bytes") << randomBase64() << QByteArray("base64") << QString()
                                       << QStringLiteral("base64, 60 bytes, shown as Hex");
    // Words and identifiers that happen to be in base64's alphabet stay text.
    for (const char *word : {"password", "HelloWorld", "userName42", "aaaaaaaaaaaa", "deadbeef", "Identifier"})
        QTest::addRow("word %s", word) << QByteArray(word) << QByteArray("text") << QString() << QString();
    QTest::newRow("sha-256 in hex") << QByteArray("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                                    << QByteArray("text") << QString() << QString();
    QTest::newRow("two alphabets") << QByteArray("ab+cd-ef") << QByteArray("text") << QString() << QString();
    QTest::newRow("bad padding") << QByteArray("aGVsbG8=d29y") << QByteArray("text") << QString() << QString();
}

void TestBinaryDecoders::base64()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, decoder);
    QFETCH(QString, summary);
    QFETCH(QString, header);
    const DecodeContext text = DecodeContext::ofOpcode(0x1);
    QCOMPARE(PayloadDecoders::instance().choose(payload, text).id(), decoder);
    const DecodedPayload result = PayloadDecoders::instance().find("base64")->decode(payload, text);
    if (decoder != "base64") {
        if (!result.isValid())
            QVERIFY2(result.error.startsWith(QStringLiteral("cannot decode: not base64")), qPrintable(result.error));
        return;
    }
    QVERIFY2(result.isValid(), qPrintable(result.error));
    if (!summary.isEmpty())
        QCOMPARE(result.summary, summary);
    if (!header.isEmpty())
        QCOMPARE(result.text.section(QLatin1Char('\n'), 0, 0), header);
}

// Cut short, with bytes after the value, invalid and too deep: each gives its reason.
void TestBinaryDecoders::malformed_data()
{
    QTest::addColumn<QByteArray>("decoder");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("error");
    const auto cut = [this](const char *name) {
        const QByteArray bytes = payload(name);
        return bytes.first(bytes.size() - 1);
    };
    QTest::newRow("msgpack cut short") << QByteArray("msgpack") << cut("msgpack_chat")
                                       << QStringLiteral("cut short: 22 bytes end before the object does");
    QTest::newRow("msgpack extra byte") << QByteArray("msgpack") << QByteArray(payload("msgpack_chat") + '\x01')
                                        << QStringLiteral("1 byte after the MessagePack object");
    QTest::newRow("msgpack never used byte")
            << QByteArray("msgpack") << QByteArray::fromHex("92c1") << QStringLiteral("invalid byte at 1");
    QTest::newRow("msgpack too deep") << QByteArray("msgpack") << QByteArray(QByteArray(65, '\x91') + '\x00')
                                      << QStringLiteral("nested deeper than 64 levels");
    QTest::newRow("msgpack empty") << QByteArray("msgpack") << QByteArray()
                                   << QStringLiteral("cut short: 0 bytes end before the object does");
    QTest::newRow("cbor cut short") << QByteArray("cbor") << cut("cbor_chat") << QStringLiteral("cut short at byte 24");
    QTest::newRow("cbor extra byte") << QByteArray("cbor") << QByteArray(payload("cbor_chat") + '\x01')
                                     << QStringLiteral("1 byte after the CBOR item");
    QTest::newRow("cbor stray break") << QByteArray("cbor") << QByteArray::fromHex("82ff01")
                                      << QStringLiteral("Invalid CBOR stream: unexpected 'break' byte at byte 1");
    QTest::newRow("cbor too deep") << QByteArray("cbor") << QByteArray(QByteArray(65, '\x81') + '\x00')
                                   << QStringLiteral("nested deeper than 64 levels");
    QTest::newRow("cbor invalid utf-8") << QByteArray("cbor") << QByteArray::fromHex("62c328")
                                        << QStringLiteral("Invalid CBOR stream: invalid UTF-8 text string at byte 1");
    QTest::newRow("cbor empty") << QByteArray("cbor") << QByteArray()
                                << QStringLiteral("an empty message holds no CBOR item");
    QTest::newRow("protobuf cut short") << QByteArray("protobuf") << cut("proto_full")
                                        << QStringLiteral("field 11 cut short at byte 71");
    QTest::newRow("protobuf field 0") << QByteArray("protobuf")
                                      << QByteArray::fromHex("0801"
                                                             "0001")
                                      << QStringLiteral("no valid field tag at byte 2");
    QTest::newRow("protobuf wire type 7") << QByteArray("protobuf") << QByteArray::fromHex("0f01")
                                          << QStringLiteral("field 1 has the invalid wire type 7 at byte 1");
    QTest::newRow("protobuf stray end group") << QByteArray("protobuf") << QByteArray::fromHex("08010c")
                                              << QStringLiteral("end of a group that was not started at byte 2");
    QTest::newRow("protobuf group not ended")
            << QByteArray("protobuf") << QByteArray::fromHex("0b0801") << QStringLiteral("group 1 not ended at byte 3");
    QTest::newRow("protobuf groups too deep")
            << QByteArray("protobuf") << QByteArray(QByteArray(64, '\x0b') + QByteArray(64, '\x0c'))
            << QStringLiteral("groups nested deeper than 64 levels at byte 64");
    QTest::newRow("protobuf length past the end") << QByteArray("protobuf") << QByteArray::fromHex("0a05616e")
                                                  << QStringLiteral("field 1 cut short at byte 1");
    QTest::newRow("protobuf empty") << QByteArray("protobuf") << QByteArray()
                                    << QStringLiteral("an empty message has no fields to show");
    QTest::newRow("base64 not base64") << QByteArray("base64") << QByteArray("not base64!")
                                       << QStringLiteral(
                                                  "not base64: characters outside one base64 alphabet, or bad padding");
}

void TestBinaryDecoders::malformed()
{
    QFETCH(QByteArray, decoder);
    QFETCH(QByteArray, payload);
    QFETCH(QString, error);
    const PayloadDecoder *found = PayloadDecoders::instance().find(decoder);
    const DecodedPayload result = found->decode(payload, binary());
    QCOMPARE(result.error, QStringLiteral("cannot decode: ") + error);
    QCOMPARE(found->confidence(payload, binary()), 0);
}

// Headers that claim billions of elements or bytes: the decoders say the payload is cut short
// and allocate nothing near the claimed size.
void TestBinaryDecoders::hostileLengthsAllocateNothing_data()
{
    QTest::addColumn<QByteArray>("decoder");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("error");
    const QString msgpackCut = QStringLiteral("cut short: %1 bytes end before the object does");
    QTest::newRow("msgpack array32 of 4G")
            << QByteArray("msgpack") << QByteArray::fromHex("ddffffffff") << msgpackCut.arg(5);
    QTest::newRow("msgpack map32 of 4G") << QByteArray("msgpack") << QByteArray::fromHex("dfffffffff01")
                                         << msgpackCut.arg(6);
    QTest::newRow("msgpack str32 of 4G") << QByteArray("msgpack") << QByteArray::fromHex("dbffffffff61")
                                         << msgpackCut.arg(6);
    QTest::newRow("msgpack bin32 of 4G") << QByteArray("msgpack") << QByteArray::fromHex("c6ffffffff00")
                                         << msgpackCut.arg(6);
    QTest::newRow("msgpack ext32 of 4G") << QByteArray("msgpack") << QByteArray::fromHex("c9ffffffff05")
                                         << msgpackCut.arg(6);
    QTest::newRow("msgpack nested arrays of 4G")
            << QByteArray("msgpack") << QByteArray::fromHex("91ddffffffffddffffffff") << msgpackCut.arg(11);
    QTest::newRow("cbor array of 2^64") << QByteArray("cbor") << QByteArray::fromHex("9bffffffffffffffff")
                                        << QStringLiteral(
                                                   "an array of 18446744073709551615 items is cut short at byte 0");
    QTest::newRow("cbor map of 2^32") << QByteArray("cbor") << QByteArray::fromHex("baffffffff01")
                                      << QStringLiteral("a map of 4294967295 entries is cut short at byte 0");
    QTest::newRow("cbor bytes of 4G") << QByteArray("cbor") << QByteArray::fromHex("5affffffff00")
                                      << QStringLiteral("a string of 4294967295 bytes is cut short at byte 0");
    QTest::newRow("cbor text of 2^63") << QByteArray("cbor") << QByteArray::fromHex("7b7fffffffffffffff61")
                                       << QStringLiteral(
                                                  "a string of 9223372036854775807 bytes is cut short at byte 0");
    QTest::newRow("cbor chunk of 4G") << QByteArray("cbor") << QByteArray::fromHex("5f5affffffff00ff")
                                      << QStringLiteral("a string of 4294967295 bytes is cut short at byte 1");
    QTest::newRow("protobuf length of 4G") << QByteArray("protobuf") << QByteArray::fromHex("0affffffff0f00")
                                           << QStringLiteral("field 1 cut short at byte 1");
    QTest::newRow("protobuf schema length of 4G")
            << QByteArray("protobuf-schema") << QByteArray::fromHex("0affffffff0f00")
            << QStringLiteral("not a demo.Chat message: the bytes end or break off at byte 7");
}

void TestBinaryDecoders::hostileLengthsAllocateNothing()
{
    QFETCH(QByteArray, decoder);
    QFETCH(QByteArray, payload);
    QFETCH(QString, error);
    const PayloadDecoder *found = PayloadDecoders::instance().find(decoder);
    const DecodeContext context = binary(QStringLiteral("demo.Chat"));
    DecodedPayload result;
    const std::size_t largest = largestAllocation([&] { result = found->decode(payload, context); });
    QCOMPARE(result.error, QStringLiteral("cannot decode: ") + error);
    if (!SOCKSCOPE_ALLOCATION_PROBE)
        QSKIP("allocations are not probed under AddressSanitizer (its own limit catches huge ones)");
    QVERIFY2(largest < 64 * 1024, qPrintable(QString::number(largest)));
    // The probe sees what a decoder would allocate for a claimed size.
    QVERIFY(largestAllocation([] { QByteArray claimed(1 << 20, Qt::Uninitialized); }) >= 1 << 20);
}

// Huge payloads: the text stops at kMaxOutput, the summary at one line.
void TestBinaryDecoders::outputIsBounded()
{
    QByteArray strings = QByteArray::fromHex("dd00040000"); // an array of 262144 strings
    for (int i = 0; i < 262144; ++i)
        strings += QByteArray::fromHex("a5") + "hello";
    const DecodedPayload msgpack = decoder("msgpack").decode(strings, binary());
    QVERIFY2(msgpack.isValid(), qPrintable(msgpack.error));
    QVERIFY(msgpack.text.size() <= PayloadDecoder::kMaxOutput + 2);
    QVERIFY(msgpack.text.endsWith(QStringLiteral(" …")));
    QVERIFY(msgpack.summary.startsWith(QStringLiteral("msgpack array[262144] [\"hello\",\"hello\",")));

    QByteArray fields;
    for (int i = 0; i < 400000; ++i)
        fields += QByteArray::fromHex("0801");
    const DecodedPayload protobuf = decoder("protobuf").decode(fields, binary());
    QVERIFY(protobuf.text.size() <= PayloadDecoder::kMaxOutput + 2);
    QVERIFY(protobuf.text.endsWith(QStringLiteral("\n…")));
    QVERIFY(protobuf.summary.startsWith(QStringLiteral("protobuf 400000 fields: 1=1 1=1")));

    // Length-delimited fields nested deeper than kMaxDepth: guessed as messages down to the
    // limit, below it as what else they read as (here packed varints).
    const auto varint = [](qsizetype value) -> QByteArray {
        QByteArray bytes;
        for (; value >= 0x80; value >>= 7)
            bytes += char(0x80 | (value & 0x7f));
        bytes += char(value);
        return bytes;
    };
    QByteArray nested = QByteArray::fromHex("0801");
    for (int level = 0; level < 80; ++level)
        nested = QByteArray(QByteArray::fromHex("0a") + varint(nested.size()) + nested);
    const DecodedPayload deep = decoder("protobuf").decode(nested, binary());
    QVERIFY2(deep.isValid(), qPrintable(deep.error));
    const QString deepest = QString(4 * (PayloadDecoder::kMaxDepth - 1), QLatin1Char(' ')) + QStringLiteral("1: [10, ");
    QVERIFY2(deep.text.contains(deepest), qPrintable(deep.text.right(400)));
    QVERIFY(!deep.text.contains(QString(4 * PayloadDecoder::kMaxDepth, QLatin1Char(' '))));
}

// Random bytes are no format's: the automatic choice stays hex, but for the odd few bytes
// that happen to be a valid protobuf message or CBOR item (3 of 600 with these seeds; 1 in 200
// of 16-byte ones at most).
void TestBinaryDecoders::randomBytesStayHex()
{
    int taken = 0;
    for (quint32 seed = 1; seed <= 200; ++seed) {
        for (const int size : {16, 64, 1024}) {
            const QByteArray bytes = randomBytes(size, seed);
            const QByteArray chosen = PayloadDecoders::instance().choose(bytes, binary()).id();
            if (chosen != "hex") {
                qInfo("%s: %s", bytes.toHex().constData(), chosen.constData());
                ++taken;
            }
        }
    }
    QVERIFY2(taken <= 5, qPrintable(QString::number(taken)));
}

QTEST_GUILESS_MAIN(TestBinaryDecoders)
#include "tst_binarydecoders.moc"
