// SPDX-License-Identifier: GPL-3.0-or-later
// The protocol decoders (Socket.IO, GraphQL over WebSocket, STOMP, MQTT) on payloads made by
// the protocols' own encoders (tests/support/peers/protocol_payloads.js), then on malformed,
// truncated and hostile ones. The interface test of tst_payloaddecoders runs them as well.
#include "decode/mqttdecoder.h"
#include "decode/payloaddecoders.h"
#include "decode/socketiodecoder.h"
#include "decode/stompdecoder.h"
#include "peerprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Sockscope;

namespace {

constexpr int kNodeTimeoutMs = 30000;

const QList<QByteArray> kProtocolDecoders = {"socketio", "graphql", "stomp", "mqtt"};

DecodeContext contextOf(int opcode, const QString &subprotocol = {}, const QByteArray &flow = {})
{
    DecodeContext context = DecodeContext::ofOpcode(std::uint8_t(opcode));
    context.subprotocol = subprotocol;
    context.flow = flow;
    return context;
}

} // namespace

class TestProtocolDecoders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void realEncoders_data();
    void realEncoders();
    void plainValuesAreNotTaken_data();
    void plainValuesAreNotTaken();
    void flowFollowsTheConnection();
    void socketIoJoinsAttachments();
    void mqttLevelIsGuessedWithoutConnect();
    void wrongSenderIsNoted();
    void mqttPiecesSayWhatIsMissing();
    void malformed_data();
    void malformed();
    void hostileLengthsAllocateNothing();

private:
    QByteArray payload(const char *name) const;

    QJsonObject m_payloads;
};

// Runs the encoders once, bounded; every case reads its payload by name.
void TestProtocolDecoders::initTestCase()
{
    QProcess node;
    node.setWorkingDirectory(SockscopeTest::peersDirectory());
    node.start(SockscopeTest::nodeExecutable(),
               {SockscopeTest::peersDirectory() + QStringLiteral("/protocol_payloads.js")});
    QVERIFY2(node.waitForFinished(kNodeTimeoutMs), "protocol_payloads.js did not finish");
    QVERIFY2(node.exitCode() == 0, node.readAllStandardError().constData());
    QJsonParseError error;
    m_payloads = QJsonDocument::fromJson(node.readAllStandardOutput(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(m_payloads.size() > 60);
}

QByteArray TestProtocolDecoders::payload(const char *name) const
{
    const QJsonValue hex = m_payloads.value(QLatin1String(name));
    if (!hex.isString())
        qFatal("no payload %s from protocol_payloads.js", name);
    return QByteArray::fromHex(hex.toString().toLatin1());
}

// What the automatic choice picks for each real payload, its summary and parts of its text.
void TestProtocolDecoders::realEncoders_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("opcode");
    QTest::addColumn<QString>("subprotocol");
    QTest::addColumn<QByteArray>("flow");
    QTest::addColumn<QByteArray>("decoder");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QStringList>("text");
    const QByteArray sio = SocketIoDecoder::kFlow;
    const auto row = [this](const char *name, int opcode, const char *subprotocol, const QByteArray &flow,
                            const char *decoder, const char *summary, std::initializer_list<const char *> text = {}) {
        QStringList parts;
        for (const char *part : text)
            parts.append(QString::fromUtf8(part));
        QTest::newRow(name) << payload(name) << opcode << QString::fromLatin1(subprotocol) << flow
                            << QByteArray(decoder) << QString::fromUtf8(summary) << parts;
    };
    row("eio_open", 1, "", {}, "socketio", "engine.io open sid=abc123", {"Handshake:", "\"pingInterval\": 25000"});
    row("eio_ping", 1, "", sio, "socketio", "engine.io ping");
    row("eio_pong", 1, "", sio, "socketio", "engine.io pong");
    row("eio_ping_probe", 1, "", {}, "socketio", "engine.io ping probe");
    row("eio_pong_probe", 1, "", {}, "socketio", "engine.io pong probe");
    row("eio_close", 1, "", sio, "socketio", "engine.io close");
    row("eio_upgrade", 1, "", sio, "socketio", "engine.io upgrade");
    row("eio_noop", 1, "", sio, "socketio", "engine.io noop");
    row("sio_connect", 1, "", sio, "socketio", "socket.io CONNECT", {"Socket.IO packet: CONNECT (0)"});
    row("sio_connect_auth", 1, "", {}, "socketio", "socket.io CONNECT /admin {\"token\":\"secret\"}",
        {"Namespace: /admin"});
    row("sio_connect_reply", 1, "", {}, "socketio", "socket.io CONNECT {\"sid\":\"Xy\"}");
    row("sio_disconnect_nsp", 1, "", {}, "socketio", "socket.io DISCONNECT /admin");
    row("sio_event", 1, "", {}, "socketio", "socket.io EVENT \"chat\" [\"hi\"]", {"Event: chat", "Arguments:"});
    row("sio_event_ack", 1, "", {}, "socketio", "socket.io EVENT /admin \"save\" id=12 [{\"b\":1,\"a\":[true,null]}]",
        {"Ack id: 12", "\"b\": 1,\n            \"a\": ["});
    row("sio_ack", 1, "", {}, "socketio", "socket.io ACK id=3 [\"ok\",5]");
    row("sio_connect_error", 1, "", {}, "socketio", "socket.io CONNECT_ERROR {\"message\":\"not authorized\"}");
    row("sio_binary_event", 1, "", {}, "socketio",
        "socket.io BINARY_EVENT \"upload\" [{\"_placeholder\":true,\"num\":0},{\"name\":\"x\",\"file\":"
        "{\"_placeholder\":true,\"num\":1}}] (2 attachments)",
        {"Attachments: 2"});
    row("sio_binary_event_attachment0", 2, "", sio, "socketio", "socket.io attachment (3 bytes)", {"01 02 03"});
    row("sio_binary_ack", 1, "", {}, "socketio",
        "socket.io BINARY_ACK id=9 [{\"_placeholder\":true,\"num\":0}] (1 attachment)");

    const char *transport = "graphql-transport-ws";
    row("gql_init", 1, transport, {}, "graphql", "graphql connection_init {\"auth\":\"t0ken\"}",
        {"Protocol: graphql-transport-ws", "Payload:"});
    row("gql_ack", 1, transport, {}, "graphql", "graphql connection_ack");
    row("gql_ping", 1, transport, {}, "graphql", "graphql ping");
    row("gql_pong", 1, transport, {}, "graphql", "graphql pong");
    row("gql_subscribe", 1, transport, {}, "graphql", "graphql subscribe id=1 OnMessage",
        {"Operation: OnMessage", "Query:\n    subscription OnMessage($room: String) {\n      message(room: $room) {",
         "Variables:\n    {\n        \"room\": \"a\"\n    }"});
    row("gql_subscribe_anonymous", 1, "", {}, "graphql", "graphql subscribe id=2 Hello", {"Id: 2"});
    row("gql_next", 1, transport, {}, "graphql", "graphql next id=1 {\"data\":{\"message\":{\"text\":\"hi\"}}}",
        {"Data:", "\"text\": \"hi\""});
    row("gql_error", 1, transport, {}, "graphql", "graphql error id=1 [{\"message\":\"boom\"}]", {"\"boom\""});
    row("gql_complete", 1, "", {}, "graphql", "graphql complete id=1");
    row("gqlws_start", 1, "graphql-ws", {}, "graphql", "graphql start id=7 OnMessage",
        {"Protocol: graphql-ws", "\"room\": \"b\""});
    row("gqlws_data", 1, "graphql-ws", {}, "graphql", "graphql data id=7 {\"data\":{\"message\":{\"text\":\"yo\"}}}");
    row("gqlws_ka", 1, "", {}, "graphql", "graphql ka", {"Protocol: graphql-ws"});
    row("gqlws_stop", 1, "", {}, "graphql", "graphql stop id=7");
    row("gqlws_terminate", 1, "", {}, "graphql", "graphql connection_terminate");
    row("gqlws_connection_error", 1, "graphql-ws", {}, "graphql",
        "graphql connection_error {\"message\":\"bad token\"}");

    row("stomp_connect", 1, "v12.stomp", {}, "stomp", "stomp CONNECT /", {"accept-version: 1.2,1.1"});
    row("stomp_send", 1, "", {}, "stomp", "stomp SEND /queue/a (12 B)", {"Body (12 B):\n    hello world!"});
    row("stomp_message", 1, "v12.stomp", {}, "stomp", "stomp MESSAGE /topic/x (7 B)",
        {"message-id: a:b\nc\\d", "subscription: sub-0"});
    row("stomp_binary", 2, "v11.stomp", {}, "stomp", "stomp SEND /q (4 B)", {"00 01 02 00"});
    row("stomp_subscribe", 1, "stomp", {}, "stomp", "stomp SUBSCRIBE /topic/x", {"ack: auto"});
    row("stomp_heartbeat", 1, "v12.stomp", {}, "stomp", "stomp heart-beat");
    row("stomp_two_frames", 1, "", {}, "stomp", "stomp SEND /q1 (1 B) +1 more frame", {"Heart-beats: 1", "/q2"});
    row("sockjs_open", 1, "", QByteArray(StompDecoder::kSockJsFlow), "stomp", "sockjs open");
    row("sockjs_heartbeat", 1, "", QByteArray(StompDecoder::kSockJsFlow), "stomp", "sockjs heartbeat");
    row("sockjs_close", 1, "", {}, "stomp", "sockjs close 3000 Go away!");
    row("sockjs_message", 1, "", {}, "stomp", "stomp MESSAGE /topic/x (2 B)", {"SockJS frame, STOMP messages: 1"});
    row("sockjs_client_send", 1, "", {}, "stomp", "stomp SEND /queue/a (12 B)");

    const QByteArray v4 = "mqtt/4";
    const QByteArray v5 = "mqtt/5";
    row("mqtt_connect5", 2, "", {}, "mqtt", "mqtt CONNECT client=sensor-1 v5 keepalive=60",
        {"Session Expiry Interval: 300", "Receive Maximum: 10"});
    row("mqtt_connect4", 2, "mqtt", {}, "mqtt", "mqtt CONNECT client=c4 v3.1.1 keepalive=30",
        {"User name: user", "Password: 2 bytes", "Will: bye gone", "Protocol: MQTT, level 4"});
    row("mqtt_connack5", 2, "mqtt", v5, "mqtt", "mqtt CONNACK rc=0", {"Topic Alias Maximum: 10"});
    row("mqtt_connack4", 2, "mqtt", v4, "mqtt", "mqtt CONNACK rc=5", {"not authorized"});
    row("mqtt_publish5", 2, "mqtt", v5, "mqtt", "mqtt PUBLISH sensors/t1 qos=1 id=7 (5 B)",
        {"Content Type: text/plain", "User Property: unit = C", "Payload (5 B):\n        21.5C"});
    row("mqtt_publish4", 2, "mqttv3.1", v4, "mqtt", "mqtt PUBLISH a/b qos=2 id=300 retain (5 B)", {"hello"});
    row("mqtt_publish4_binary", 2, "mqtt", v4, "mqtt", "mqtt PUBLISH bin qos=0 (3 B)", {"ff 00 10"});
    row("mqtt_puback5", 2, "mqtt", v5, "mqtt", "mqtt PUBACK id=7 rc=16", {"No matching subscribers"});
    row("mqtt_pubrel4", 2, "mqtt", v4, "mqtt", "mqtt PUBREL id=300");
    row("mqtt_subscribe5", 2, "mqtt", v5, "mqtt", "mqtt SUBSCRIBE id=1 sensors/# (qos 1), x (qos 0)",
        {"Topic filter: sensors/#, QoS 1, no local 1"});
    row("mqtt_suback5", 2, "mqtt", v5, "mqtt", "mqtt SUBACK id=1 rc=1,0", {"Granted QoS 1"});
    row("mqtt_suback4", 2, "mqtt", v4, "mqtt", "mqtt SUBACK id=2 rc=2,128", {"failure"});
    row("mqtt_unsubscribe4", 2, "mqtt", v4, "mqtt", "mqtt UNSUBSCRIBE id=3 a/b, c");
    row("mqtt_unsuback4", 2, "mqtt", v4, "mqtt", "mqtt UNSUBACK id=3");
    row("mqtt_pingreq", 2, "mqtt", v4, "mqtt", "mqtt PINGREQ");
    row("mqtt_pingresp", 2, "mqtt", v5, "mqtt", "mqtt PINGRESP");
    row("mqtt_disconnect5", 2, "mqtt", v5, "mqtt", "mqtt DISCONNECT", {"Reason String: done"});
    row("mqtt_auth5", 2, "mqtt", v5, "mqtt", "mqtt AUTH rc=24",
        {"Authentication Method: SCRAM-SHA-1", "Continue authentication"});
    const QByteArray partial = "mqtt PUBLISH a/b qos=0 (5 B); mqtt PINGREQ; mqtt incomplete PUBLISH: 10 of "
            + payload("mqtt_big_size") + " bytes";
    QTest::newRow("mqtt_two_and_partial") << payload("mqtt_two_and_partial") << 2 << QStringLiteral("mqtt") << v4
                                          << QByteArray("mqtt") << QString::fromLatin1(partial) << QStringList{};
}

void TestProtocolDecoders::realEncoders()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, opcode);
    QFETCH(QString, subprotocol);
    QFETCH(QByteArray, flow);
    QFETCH(QByteArray, decoder);
    QFETCH(QString, summary);
    QFETCH(QStringList, text);
    const DecodeContext context = contextOf(opcode, subprotocol, flow);
    const PayloadDecoder &chosen = PayloadDecoders::instance().choose(payload, context);
    QCOMPARE(chosen.id(), decoder);
    const DecodedPayload decoded = chosen.decode(payload, context);
    QVERIFY2(decoded.isValid(), qPrintable(decoded.error));
    QCOMPARE(decoded.summary, summary);
    for (const QString &part : text)
        QVERIFY2(decoded.text.contains(part), qPrintable(part + QStringLiteral(" not in:\n") + decoded.text));
}

// Numbers, JSON and single letters stay with the text and JSON decoders while nothing says the
// connection speaks the protocol.
void TestProtocolDecoders::plainValuesAreNotTaken_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("opcode");
    for (const char *text : {"0",
                             "2",
                             "3",
                             "40",
                             "41",
                             "42",
                             "4hello",
                             "1",
                             "6",
                             "2 probe",
                             "o",
                             "h",
                             "\n",
                             "[1,2]",
                             "{\"type\":\"ping\"}",
                             "{\"type\":\"error\"}",
                             "{\"type\":\"data\",\"id\":\"1\",\"value\":3}",
                             "{\"type\":\"complete\",\"id\":\"1\",\"ok\":true}",
                             "{\"type\":\"subscribe\",\"id\":\"1\",\"channel\":\"x\"}",
                             "[\"chat\",\"hi\"]",
                             "c[1,2]",
                             "SEND"})
        QTest::addRow("text %s", text) << QByteArray(text) << 1;
    // An MQTT PUBLISH without the mqtt subprotocol or a CONNECT: MessagePack or anything else.
    QTest::newRow("binary publish") << QByteArray::fromHex("3007000361 2f6268 69") << 2;
    QTest::newRow("binary socket.io-like") << QByteArray("42[\"a\"]").prepend('\x04') << 2;
}

void TestProtocolDecoders::plainValuesAreNotTaken()
{
    QFETCH(QByteArray, payload);
    QFETCH(int, opcode);
    const QByteArray chosen = PayloadDecoders::instance().choose(payload, contextOf(opcode)).id();
    QVERIFY2(!kProtocolDecoders.contains(chosen), chosen.constData());
}

// The flow a connection's messages set, and what it changes for the next ones.
void TestProtocolDecoders::flowFollowsTheConnection()
{
    const PayloadDecoders &decoders = PayloadDecoders::instance();
    QCOMPARE(decoders.flowAfter(payload("eio_open"), contextOf(1)), QByteArray(SocketIoDecoder::kFlow));
    QCOMPARE(decoders.flowAfter(payload("sio_event"), contextOf(1)), QByteArray(SocketIoDecoder::kFlow));
    QCOMPARE(decoders.flowAfter("2", contextOf(1)), QByteArray());
    QCOMPARE(decoders.flowAfter("hello", contextOf(1, {}, "socket.io")), QByteArray("socket.io"));
    QCOMPARE(decoders.flowAfter(payload("mqtt_connect5"), contextOf(2, QStringLiteral("mqtt"))), QByteArray("mqtt/5"));
    QCOMPARE(decoders.flowAfter(payload("mqtt_connect4"), contextOf(2, QStringLiteral("mqtt"))), QByteArray("mqtt/4"));
    QCOMPARE(decoders.flowAfter(payload("mqtt_pingreq"), contextOf(2, {}, "mqtt/5")), QByteArray("mqtt/5"));
    QCOMPARE(decoders.flowAfter(payload("sockjs_message"), contextOf(1)), QByteArray(StompDecoder::kSockJsFlow));

    // Bare digits are Engine.IO once the flow says so; a binary message is an attachment.
    QCOMPARE(decoders.choose("2", contextOf(1, {}, "socket.io")).id(), QByteArray("socketio"));
    QCOMPARE(decoders.choose("40", contextOf(1, {}, "socket.io")).id(), QByteArray("socketio"));
    QCOMPARE(decoders.choose(QByteArray::fromHex("0102"), contextOf(2, {}, "socket.io")).id(), QByteArray("socketio"));
    // A CONNECT's level decides how the same bytes read: v5 properties or payload.
    const QByteArray publish = payload("mqtt_publish5_bare");
    const auto mqtt = decoders.find("mqtt");
    QCOMPARE(mqtt->decode(publish, contextOf(2, {}, "mqtt/5")).summary,
             QStringLiteral("mqtt PUBLISH sensors/t2 qos=0 (2 B)"));
    QCOMPARE(mqtt->decode(publish, contextOf(2, {}, "mqtt/4")).summary,
             QStringLiteral("mqtt PUBLISH sensors/t2 qos=0 (3 B)"));
}

void TestProtocolDecoders::socketIoJoinsAttachments()
{
    const QByteArray packet = payload("sio_binary_event");
    QCOMPARE(SocketIoDecoder::attachmentCount(packet), 2);
    QCOMPARE(SocketIoDecoder::attachmentCount(payload("sio_binary_ack")), 1);
    QCOMPARE(SocketIoDecoder::attachmentCount(payload("sio_event")), 0);
    QCOMPARE(SocketIoDecoder::attachmentCount("42"), 0);

    const DecodedPayload joined = SocketIoDecoder::withAttachments(
            packet, {payload("sio_binary_event_attachment0"), payload("sio_binary_event_attachment1")});
    QVERIFY2(joined.isValid(), qPrintable(joined.error));
    QCOMPARE(joined.summary,
             QStringLiteral("socket.io BINARY_EVENT \"upload\" [\"<binary 0: 3 bytes 01 02 03>\","
                            "{\"name\":\"x\",\"file\":\"<binary 1: 2 bytes xy>\"}] (2 attachments)"));
    QVERIFY(joined.text.contains(QStringLiteral("\"file\": \"<binary 1: 2 bytes xy>\"")));

    const DecodedPayload missing = SocketIoDecoder::withAttachments(packet, {payload("sio_binary_event_attachment0")});
    QVERIFY(missing.summary.contains(QStringLiteral("<binary 1: missing>")));
    // A long attachment shows its first 16 bytes.
    const DecodedPayload big = SocketIoDecoder::withAttachments(payload("sio_binary_ack"), {QByteArray(1000, '\xab')});
    QVERIFY2(big.summary.contains(QStringLiteral("<binary 0: 1000 bytes ab ab")), qPrintable(big.summary));
    QVERIFY(big.text.size() < 1000);
    // Not a binary packet: decoded as it is.
    QCOMPARE(SocketIoDecoder::withAttachments(payload("sio_event"), {}).summary,
             QStringLiteral("socket.io EVENT \"chat\" [\"hi\"]"));
    QVERIFY(!SocketIoDecoder::withAttachments("42", {}).isValid());
}

void TestProtocolDecoders::mqttLevelIsGuessedWithoutConnect()
{
    const auto mqtt = PayloadDecoders::instance().find("mqtt");
    const DecodedPayload v5 = mqtt->decode(payload("mqtt_publish5"), contextOf(2, QStringLiteral("mqtt")));
    QCOMPARE(v5.summary, QStringLiteral("mqtt PUBLISH sensors/t1 qos=1 id=7 (5 B)"));
    QVERIFY(v5.text.contains(QStringLiteral("Protocol level 5, guessed from the content")));
    const DecodedPayload v4 = mqtt->decode(payload("mqtt_publish4"), contextOf(2, QStringLiteral("mqtt")));
    QCOMPARE(v4.summary, QStringLiteral("mqtt PUBLISH a/b qos=2 id=300 retain (5 B)"));
    QVERIFY(v4.text.contains(QStringLiteral("Protocol level 4, guessed from the content")));
    // A CONNECT in the same message settles it for the packets after it.
    const QByteArray both = payload("mqtt_connect5") + payload("mqtt_publish5_bare");
    const DecodedPayload connected = mqtt->decode(both, contextOf(2, QStringLiteral("mqtt")));
    QVERIFY(connected.summary.endsWith(QStringLiteral("mqtt PUBLISH sensors/t2 qos=0 (2 B)")));
    QVERIFY(!connected.text.contains(QStringLiteral("guessed")));
}

// A message type the protocol lets only the other end send is pointed out.
void TestProtocolDecoders::wrongSenderIsNoted()
{
    const auto textFrom = [](const QByteArray &decoderId, const QByteArray &payload, int opcode,
                             DecodeContext::Sender sender) {
        DecodeContext context = contextOf(opcode, {}, decoderId == "mqtt" ? QByteArray("mqtt/4") : QByteArray());
        context.sender = sender;
        return PayloadDecoders::instance().find(decoderId)->decode(payload, context).text;
    };
    using Sender = DecodeContext::Sender;
    QVERIFY(textFrom("graphql", payload("gql_subscribe"), 1, Sender::Server)
                    .contains(QStringLiteral("Only the client sends subscribe.")));
    QVERIFY(!textFrom("graphql", payload("gql_subscribe"), 1, Sender::Client).contains(QStringLiteral("Only the")));
    QVERIFY(textFrom("graphql", payload("gql_next"), 1, Sender::Client)
                    .contains(QStringLiteral("Only the server sends next.")));
    QVERIFY(!textFrom("graphql", payload("gql_complete"), 1, Sender::Client).contains(QStringLiteral("Only the")));
    QVERIFY(textFrom("mqtt", payload("mqtt_connack4"), 2, Sender::Client)
                    .contains(QStringLiteral("Only the server sends CONNACK.")));
    QVERIFY(!textFrom("mqtt", payload("mqtt_publish4"), 2, Sender::Server).contains(QStringLiteral("Only the")));
    QVERIFY(textFrom("stomp", payload("stomp_message"), 1, Sender::Client)
                    .contains(QStringLiteral("Only the server sends MESSAGE.")));
    QVERIFY(textFrom("stomp", payload("stomp_send"), 1, Sender::Server)
                    .contains(QStringLiteral("Only the client sends SEND.")));
    QVERIFY(!textFrom("stomp", payload("stomp_send"), 1, Sender::Unknown).contains(QStringLiteral("Only the")));
}

void TestProtocolDecoders::mqttPiecesSayWhatIsMissing()
{
    QCOMPARE(MqttDecoder::bytesToComplete({}), 0);
    QCOMPARE(MqttDecoder::bytesToComplete(QByteArray::fromHex("20")), -1);
    QCOMPARE(MqttDecoder::bytesToComplete(QByteArray::fromHex("2002")), 2);
    QCOMPARE(MqttDecoder::bytesToComplete(QByteArray::fromHex("200200")), 1);
    QCOMPARE(MqttDecoder::bytesToComplete(QByteArray::fromHex("20020000")), 0);
    QCOMPARE(MqttDecoder::bytesToComplete(payload("mqtt_two_and_partial")), payload("mqtt_big_size").toInt() - 10);
    // A length longer than 4 bytes will never complete: nothing to wait for.
    QCOMPARE(MqttDecoder::bytesToComplete(QByteArray::fromHex("30ffffffff7f")), 0);
}

void TestProtocolDecoders::malformed_data()
{
    QTest::addColumn<QByteArray>("decoder");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("opcode");
    QTest::addColumn<QByteArray>("flow");
    QTest::addColumn<QString>("error");
    const auto row = [](const char *name, const char *decoder, const QByteArray &payload, int opcode,
                        const QByteArray &flow, const char *error) {
        QTest::newRow(name) << QByteArray(decoder) << payload << opcode << flow << QString::fromUtf8(error);
    };
    row("sio event without data", "socketio", "42", 1, "socket.io", "an EVENT needs an array starting with its name");
    row("sio event without a name", "socketio", "42[1,2]", 1, {}, "an EVENT needs an array starting with its name");
    row("sio event cut short", "socketio", "42[\"chat\",\"h", 1, {}, "the packet data is not JSON");
    row("sio event nested too deep", "socketio", "42[\"a\"," + QByteArray(100000, '[') + QByteArray(100001, ']'), 1, {},
        "the packet data is nested deeper than 64 levels");
    row("graphql nested too deep", "graphql",
        "{\"type\":\"next\",\"payload\":" + QByteArray(65, '[') + QByteArray(65, ']') + "}", 1, {},
        "a JSON object with a \"type\"");
    row("sio binary without count", "socketio", "45[\"a\"]", 1, {}, "attachment count");
    row("sio ack without id", "socketio", "43[1]", 1, {}, "an ACK needs an ack id");
    row("sio huge ack id", "socketio", "431234567890123456[1]", 1, {}, "more than 15 digits");
    row("eio open without json", "socketio", "0", 1, {}, "an open packet needs its JSON");
    row("eio unknown type", "socketio", "9", 1, {}, "no Engine.IO packet type");
    row("eio ping with data", "socketio", "2hello", 1, {}, "carries nothing but");
    row("sio in a close frame", "socketio", "42[\"a\"]", 8, {}, "close frame");
    row("graphql not an object", "graphql", "[1]", 1, {}, "a JSON object with a \"type\"");
    row("graphql without type", "graphql", "{\"id\":\"1\"}", 1, {}, "a JSON object with a \"type\"");
    row("graphql cut short", "graphql", "{\"type\":\"next\",\"id\":\"1\",\"payload\":{", 1, {}, "a JSON object");
    row("stomp without NUL", "stomp", "SEND\ndestination:/q\n\nhello", 1, {}, "the frame has no NUL terminator");
    row("stomp body cut short", "stomp", QByteArray("SEND\ncontent-length:20\n\nabc"), 1, {},
        "body cut short: 3 of 20 bytes");
    row("stomp no NUL after length", "stomp", QByteArray("SEND\ncontent-length:2\n\nabc\0", 27), 1, {},
        "no NUL after the 2 bytes");
    row("stomp bad length", "stomp", QByteArray("SEND\ncontent-length:-1\n\n\0", 26), 1, {}, "is not a size");
    row("stomp unknown command", "stomp", QByteArray("FOO\n\n\0", 6), 1, {}, "unknown STOMP command \"FOO\"");
    row("stomp bad escape", "stomp", QByteArray("SEND\na:\\t\n\n\0", 12), 1, {}, "an undefined escape");
    row("stomp header without colon", "stomp", QByteArray("SEND\nnocolon\n\n\0", 15), 1, {}, "without \":\"");
    row("stomp cut in headers", "stomp", "SEND\ndestination:/q", 1, {}, "inside its headers");
    row("sockjs bad inner frame", "stomp", "a[\"SEND\"]", 1, {}, "SockJS message 1: the frame ends inside its command");
    row("mqtt 5-byte length", "mqtt", QByteArray::fromHex("30ffffffff7f"), 2, "mqtt/4", "longer than 4 bytes");
    row("mqtt topic cut short", "mqtt", QByteArray::fromHex("3003000561"), 2, "mqtt/4", "the PUBLISH is cut short");
    row("mqtt not MQTT", "mqtt", QByteArray::fromHex("100c0004585858580402003c0000"), 2, {}, "protocol name \"XXXX\"");
    row("mqtt qos 3", "mqtt", QByteArray::fromHex("3605000161 0001"), 2, "mqtt/4", "QoS 3");
    row("mqtt pingreq with a body", "mqtt", QByteArray::fromHex("c00100"), 2, "mqtt/4",
        "1 byte left over after the PINGREQ");
    row("mqtt reserved type", "mqtt", QByteArray::fromHex("0000"), 2, "mqtt/4", "reserved packet type 0");
    row("mqtt auth in 3.1.1", "mqtt", QByteArray::fromHex("f000"), 2, "mqtt/4", "AUTH exists only in MQTT 5");
    row("mqtt bad property", "mqtt", QByteArray::fromHex("20030000 01ff"), 2, "mqtt/5", "the CONNACK is cut short");
    row("mqtt property cut short", "mqtt", QByteArray::fromHex("2005000003 2100"), 2, "mqtt/5", "cut short");
    row("mqtt second packet bad", "mqtt", QByteArray::fromHex("c000 c00100"), 2, "mqtt/4", "packet 2: ");
    row("mqtt subscribe without topics", "mqtt", QByteArray::fromHex("82020001"), 2, "mqtt/4", "without topic filters");
    row("mqtt empty", "mqtt", {}, 2, "mqtt/4", "an empty message holds no MQTT packet");
}

void TestProtocolDecoders::malformed()
{
    QFETCH(QByteArray, decoder);
    QFETCH(QByteArray, payload);
    QFETCH(int, opcode);
    QFETCH(QByteArray, flow);
    QFETCH(QString, error);
    const PayloadDecoder *found = PayloadDecoders::instance().find(decoder);
    QVERIFY(found);
    const DecodedPayload decoded = found->decode(payload, contextOf(opcode, {}, flow));
    QVERIFY2(!decoded.isValid(), qPrintable(decoded.summary));
    QVERIFY2(decoded.error.startsWith(QStringLiteral("cannot decode: ")), qPrintable(decoded.error));
    QVERIFY2(decoded.error.contains(error), qPrintable(decoded.error));
    QVERIFY(!decoded.error.contains(QLatin1Char('\n')));
}

// Sizes a payload claims are compared with the bytes it has, never allocated.
void TestProtocolDecoders::hostileLengthsAllocateNothing()
{
    const auto mqtt = PayloadDecoders::instance().find("mqtt");
    const DecodedPayload claimed = mqtt->decode(QByteArray::fromHex("30ffffff7f0003"), contextOf(2, {}, "mqtt/4"));
    QCOMPARE(claimed.summary, QStringLiteral("mqtt incomplete PUBLISH: 7 of 268435460 bytes"));
    const DecodedPayload header = mqtt->decode(QByteArray::fromHex("30ff"), contextOf(2, {}, "mqtt/4"));
    QCOMPARE(header.summary, QStringLiteral("mqtt incomplete PUBLISH: 2 of more bytes"));
    // A PUBLISH whose topic claims 65535 bytes of the 3 it has.
    QVERIFY(!mqtt->decode(QByteArray::fromHex("3005ffff616263"), contextOf(2, {}, "mqtt/4")).isValid());
    const auto stomp = PayloadDecoders::instance().find("stomp");
    const DecodedPayload huge = stomp->decode("SEND\ncontent-length:99999999999999\n\nx", contextOf(1));
    QVERIFY(huge.error.contains(QStringLiteral("body cut short")));
    // Many small packets: the text stays within kMaxOutput.
    QByteArray pings;
    for (int i = 0; i < 200000; ++i)
        pings += QByteArray::fromHex("c000");
    const DecodedPayload many = mqtt->decode(pings, contextOf(2, {}, "mqtt/4"));
    QVERIFY(many.isValid());
    QVERIFY(many.text.size() <= PayloadDecoder::kMaxOutput);
    QVERIFY(many.text.contains(QStringLiteral("199000 more packets not shown")));
}

QTEST_GUILESS_MAIN(TestProtocolDecoders)
#include "tst_protocoldecoders.moc"
