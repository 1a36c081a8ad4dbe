// SPDX-License-Identifier: GPL-3.0-or-later
// The protocol decoders on conversations with real servers: a Socket.IO v4 server (socket.io),
// a GraphQL over WebSocket server (graphql-ws) and an MQTT broker (aedes), each started here
// on 127.0.0.1 and spoken to by our own WebSocketClient. Every recorded message, in order, is
// decoded as the decoder pane does: the automatic choice, with the negotiated subprotocol, the
// sender and the flow the messages before it set.
#include "decode/mqttdecoder.h"
#include "decode/payloaddecoders.h"
#include "decode/socketiodecoder.h"
#include "interopsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace Sockscope;
using namespace SockscopeTest;

namespace {

constexpr int kStepTimeoutMs = 10000;

// A message as recorded, and what the decoders make of it.
struct Recorded
{
    DecodeContext::Sender sender = DecodeContext::Sender::Unknown;
    std::uint8_t opcode = 0;
    QByteArray payload;
    QByteArray decoder;
    QString summary;
};

// What a test expects of one recorded message: its sender and its summary ("…*": a prefix).
struct Expected
{
    DecodeContext::Sender sender;
    QString summary;
};

constexpr auto kClient = DecodeContext::Sender::Client;
constexpr auto kServer = DecodeContext::Sender::Server;

// Our client, the events it reports and its messages.
struct Conversation
{
    explicit Conversation(const ClientOptions &options)
        : client(options),
          log(&client),
          opened(&client, &WebSocketClient::opened),
          failed(&client, &WebSocketClient::failed),
          closed(&client, &WebSocketClient::closed)
    {
        QObject::connect(&client, &WebSocketClient::messageReceived, &client,
                         [this](Opcode, const QByteArray &data) { received.append(data); });
    }

    bool open()
    {
        client.open();
        return QTest::qWaitFor([this] { return opened.count() > 0 || failed.count() > 0; }, kStepTimeoutMs)
                && opened.count() > 0;
    }

    void sendText(const QByteArray &text) { client.session()->sendMessage(Opcode::Text, text); }
    void sendBinary(const QByteArray &bytes) { client.session()->sendMessage(Opcode::Binary, bytes); }

    // Waits, bounded, for a received message that `accepts`, and returns it (empty on time-out).
    template<typename Predicate>
    QByteArray waitFor(Predicate accepts)
    {
        qsizetype seen = 0;
        QByteArray found;
        const bool arrived = QTest::qWaitFor(
                [&] {
                    for (; seen < received.size() && found.isNull(); ++seen) {
                        if (accepts(received.at(seen)))
                            found = received.at(seen);
                    }
                    return !found.isNull();
                },
                kStepTimeoutMs);
        return arrived ? found : QByteArray();
    }

    QByteArray waitForPrefix(const QByteArray &prefix)
    {
        return waitFor([&](const QByteArray &m) { return m.startsWith(prefix); });
    }

    bool close()
    {
        client.close(quint16(CloseCode::Normal));
        return QTest::qWaitFor([this] { return closed.count() > 0; }, kStepTimeoutMs);
    }

    QString subprotocol() const
    {
        const auto opened = log.last(Event::Kind::Opened);
        return opened ? opened->text : QString();
    }

    // Every data message in both directions, in order, decoded with the flow of those before.
    QList<Recorded> decoded() const
    {
        QList<Recorded> messages;
        DecodeContext context;
        context.subprotocol = subprotocol();
        for (const Event &event : log.events()) {
            if (event.kind != Event::Kind::Frame || (event.frame.opcode != 0x1 && event.frame.opcode != 0x2))
                continue;
            context.opcode = event.frame.opcode;
            context.sender = event.direction == Direction::Outgoing ? kClient : kServer;
            const PayloadDecoder &decoder = PayloadDecoders::instance().choose(event.payload, context);
            messages.append({context.sender, context.opcode, event.payload, decoder.id(),
                             decoder.decode(event.payload, context).summary});
            context.flow = PayloadDecoders::instance().flowAfter(event.payload, context);
        }
        return messages;
    }

    WebSocketClient client;
    EventLog log;
    QSignalSpy opened;
    QSignalSpy failed;
    QSignalSpy closed;
    QList<QByteArray> received;
};

ClientOptions optionsFor(const QString &url, const QByteArray &subprotocol = {})
{
    ClientOptions options;
    options.url = QUrl(url);
    if (!subprotocol.isEmpty())
        options.subprotocols = {subprotocol};
    return options;
}

QString describe(const QList<Recorded> &messages)
{
    QStringList lines;
    for (const Recorded &m : messages)
        lines.append(QStringLiteral("%1 %2: %3")
                             .arg(m.sender == kClient ? QStringLiteral("C") : QStringLiteral("S"),
                                  QString::fromLatin1(m.decoder), m.summary));
    return lines.join(QLatin1Char('\n'));
}

// The recorded messages match the expected ones, in order, every one chosen by `decoder`.
bool matches(const QList<Recorded> &messages, const QList<Expected> &expected, const QByteArray &decoder)
{
    if (messages.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const Recorded &m = messages.at(i);
        const QString &summary = expected.at(i).summary;
        const bool same =
                summary.endsWith(QLatin1Char('*')) ? m.summary.startsWith(summary.chopped(1)) : m.summary == summary;
        if (m.sender != expected.at(i).sender || m.decoder != decoder || !same)
            return false;
    }
    return true;
}

bool startPeer(PeerProcess &peer, const QString &script, const QStringList &arguments = {})
{
    static const QRegularExpression ready(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    return peer.start(nodeExecutable(), QStringList{peersDirectory() + QLatin1Char('/') + script} + arguments, ready);
}

// Messages joined as the decoder pane joins them: one whose last MQTT packet is cut takes the
// next ones until the packet is whole.
QList<QByteArray> joinedPieces(const QList<QByteArray> &messages)
{
    QList<QByteArray> joined;
    bool cut = false;
    for (const QByteArray &message : messages) {
        if (cut)
            joined.last() += message;
        else
            joined.append(message);
        cut = MqttDecoder::bytesToComplete(joined.last()) != 0;
    }
    return joined;
}

// An MQTT control packet: the fixed header's first byte, the remaining length, the body.
QByteArray mqttPacket(quint8 first, const QByteArray &body)
{
    return QByteArray(1, char(first)) + char(body.size()) + body; // bodies here are < 128 bytes
}

QByteArray mqttString(const QByteArray &text)
{
    return QByteArray(1, char(text.size() >> 8)) + char(text.size() & 0xFF) + text;
}

} // namespace

class TestProtocolInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void socketIo();
    void graphqlTransportWs();
    void mqttOverWebSocket();
    void mqttPacketsInPieces();
};

void TestProtocolInterop::initTestCase()
{
    const QString reason = peerUnavailableReason(ThirdParty::Node);
    if (!reason.isEmpty())
        QSKIP(qPrintable(reason));
}

// Engine.IO open, Socket.IO connect, an event with an ack, a binary event each way, the
// server's pings (answered as a Socket.IO client does) and a disconnect.
void TestProtocolInterop::socketIo()
{
    PeerProcess peer;
    QVERIFY2(startPeer(peer, QStringLiteral("socketio_server.js")), qPrintable(peer.output()));
    Conversation c(
            optionsFor(QStringLiteral("ws://127.0.0.1:%1/socket.io/?EIO=4&transport=websocket").arg(peer.port())));
    QObject::connect(&c.client, &WebSocketClient::messageReceived, &c.client, [&c](Opcode, const QByteArray &data) {
        if (data == "2")
            c.sendText("3");
    });
    QVERIFY2(c.open(), qPrintable(c.client.errorString()));
    QVERIFY(!c.waitForPrefix("0{").isNull());
    c.sendText("40");
    QVERIFY(!c.waitForPrefix("40{").isNull());
    c.sendText("421[\"chat\",\"hi\"]");
    QVERIFY(!c.waitForPrefix("42[\"reply\"").isNull());
    c.sendText("451-[\"upload\",{\"_placeholder\":true,\"num\":0}]");
    c.sendBinary(QByteArray::fromHex("010203"));
    QVERIFY(!c.waitFor([](const QByteArray &m) { return m == QByteArray::fromHex("030201"); }).isNull());
    QVERIFY(QTest::qWaitFor([&c] { return c.received.contains("2"); }, kStepTimeoutMs));
    c.sendText("41");
    QVERIFY(c.close());

    QList<Recorded> messages = c.decoded();
    // Pings come on the server's clock: each is answered by the next pong; the rest keeps its order.
    qsizetype pings = 0;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (messages.at(i).summary != QLatin1String("engine.io ping"))
            continue;
        ++pings;
        QCOMPARE(messages.at(i).sender, kServer);
        const auto pong = std::find_if(messages.begin() + i, messages.end(),
                                       [](const Recorded &m) { return m.summary == QLatin1String("engine.io pong"); });
        QVERIFY2(pong != messages.end() && pong->sender == kClient, qPrintable(describe(messages)));
        messages.erase(pong);
        messages.removeAt(i--);
    }
    QVERIFY(pings > 0);
    const QList<Expected> expected = {
            {kServer, QStringLiteral("engine.io open sid=*")},
            {kClient, QStringLiteral("socket.io CONNECT")},
            {kServer, QStringLiteral("socket.io CONNECT {\"sid\":*")},
            {kClient, QStringLiteral("socket.io EVENT \"chat\" id=1 [\"hi\"]")},
            {kServer, QStringLiteral("socket.io ACK id=1 [\"got hi\"]")},
            {kServer, QStringLiteral("socket.io EVENT \"reply\" [\"HI\"]")},
            {kClient,
             QStringLiteral("socket.io BINARY_EVENT \"upload\" [{\"_placeholder\":true,\"num\":0}] (1 attachment)")},
            {kClient, QStringLiteral("socket.io attachment (3 bytes)")},
            {kServer,
             QStringLiteral("socket.io BINARY_EVENT \"stored\" [{\"size\":3,\"bytes\":{\"_placeholder\":true,"
                            "\"num\":0}}] (1 attachment)")},
            {kServer, QStringLiteral("socket.io attachment (3 bytes)")},
            {kClient, QStringLiteral("socket.io DISCONNECT")},
    };
    QVERIFY2(matches(messages, expected, "socketio"), qPrintable(describe(messages)));

    // The decoder pane joins a binary packet with the messages after it.
    const Recorded &stored = messages.at(8);
    QCOMPARE(SocketIoDecoder::attachmentCount(stored.payload), 1);
    QCOMPARE(SocketIoDecoder::withAttachments(stored.payload, {messages.at(9).payload}).summary,
             QStringLiteral(
                     "socket.io BINARY_EVENT \"stored\" [{\"size\":3,\"bytes\":\"<binary 0: 3 bytes 03 02 01>\"}] "
                     "(1 attachment)"));
}

// connection_init, a query, a subscription with two results, a query the schema rejects, ping.
void TestProtocolInterop::graphqlTransportWs()
{
    PeerProcess peer;
    QVERIFY2(startPeer(peer, QStringLiteral("graphql_server.js")), qPrintable(peer.output()));
    Conversation c(optionsFor(QStringLiteral("ws://127.0.0.1:%1/graphql").arg(peer.port()), "graphql-transport-ws"));
    QVERIFY2(c.open(), qPrintable(c.client.errorString()));
    QCOMPARE(c.subprotocol(), QStringLiteral("graphql-transport-ws"));
    const auto step = [&c](const QByteArray &message, const QByteArray &answer) {
        c.sendText(message);
        return !c.waitFor([&](const QByteArray &m) { return m.contains(answer); }).isNull();
    };
    QVERIFY(step("{\"type\":\"connection_init\"}", "\"connection_ack\""));
    QVERIFY(step("{\"type\":\"subscribe\",\"id\":\"1\",\"payload\":{\"query\":\"query Hello { hello }\"}}",
                 "{\"id\":\"1\",\"type\":\"complete\"}"));
    QVERIFY(step("{\"type\":\"subscribe\",\"id\":\"2\",\"payload\":{\"query\":\"subscription Greetings {\\n  "
                 "greetings\\n}\"}}",
                 "{\"id\":\"2\",\"type\":\"complete\"}"));
    QVERIFY(step("{\"type\":\"subscribe\",\"id\":\"3\",\"payload\":{\"query\":\"{ nope }\"}}", "\"error\""));
    QVERIFY(step("{\"type\":\"ping\"}", "\"pong\""));
    QVERIFY(c.close());

    const QList<Recorded> messages = c.decoded();
    const QList<Expected> expected = {
            {kClient, QStringLiteral("graphql connection_init")},
            {kServer, QStringLiteral("graphql connection_ack")},
            {kClient, QStringLiteral("graphql subscribe id=1 Hello")},
            {kServer, QStringLiteral("graphql next id=1 {\"data\":{\"hello\":\"world\"}}")},
            {kServer, QStringLiteral("graphql complete id=1")},
            {kClient, QStringLiteral("graphql subscribe id=2 Greetings")},
            {kServer, QStringLiteral("graphql next id=2 {\"data\":{\"greetings\":\"Hi\"}}")},
            {kServer, QStringLiteral("graphql next id=2 {\"data\":{\"greetings\":\"Bonjour\"}}")},
            {kServer, QStringLiteral("graphql complete id=2")},
            {kClient, QStringLiteral("graphql subscribe id=3 (anonymous)")},
            {kServer,
             QStringLiteral(
                     "graphql error id=3 [{\"message\":\"Cannot query field \\\"nope\\\" on type \\\"Query\\\".\"*")},
            {kClient, QStringLiteral("graphql ping")},
            {kServer, QStringLiteral("graphql pong")},
    };
    QVERIFY2(matches(messages, expected, "graphql"), qPrintable(describe(messages)));
    // The pane shows the subscription's query as the client wrote it, line by line.
    const DecodedPayload subscribe = PayloadDecoders::instance().find("graphql")->decode(messages.at(5).payload, {});
    QVERIFY2(subscribe.text.contains(QStringLiteral("Query:\n    subscription Greetings {\n      greetings\n    }")),
             qPrintable(subscribe.text));
}

// CONNECT, SUBSCRIBE, a QoS 0 publish the broker forwards back, a QoS 1 publish it
// acknowledges, PINGREQ, UNSUBSCRIBE and DISCONNECT, each packet in its own binary message.
void TestProtocolInterop::mqttOverWebSocket()
{
    PeerProcess peer;
    QVERIFY2(startPeer(peer, QStringLiteral("mqtt_broker.mjs")), qPrintable(peer.output()));
    Conversation c(optionsFor(QStringLiteral("ws://127.0.0.1:%1/").arg(peer.port()), "mqtt"));
    QVERIFY2(c.open(), qPrintable(c.client.errorString()));
    QCOMPARE(c.subprotocol(), QStringLiteral("mqtt"));
    const auto step = [&c](const QByteArray &packet, quint8 answerType) {
        c.sendBinary(packet);
        return !c.waitFor([&](const QByteArray &m) {
                     return !m.isEmpty() && (quint8(m[0]) & 0xF0) == answerType;
                 }).isNull();
    };
    const QByteArray connect = mqttString("MQTT") + QByteArray("\x04\x02\x00\x3c", 4) + mqttString("sockscope");
    QVERIFY(step(mqttPacket(0x10, connect), 0x20));
    QVERIFY(step(mqttPacket(0x82, QByteArray("\x00\x01", 2) + mqttString("sensors/#") + '\x01'), 0x90));
    QVERIFY(step(mqttPacket(0x30, mqttString("sensors/t1") + "21.5"), 0x30));
    QVERIFY(step(mqttPacket(0x32, mqttString("other/x") + QByteArray("\x00\x02", 2) + "on"), 0x40));
    QVERIFY(step(mqttPacket(0xC0, {}), 0xD0));
    QVERIFY(step(mqttPacket(0xA2, QByteArray("\x00\x03", 2) + mqttString("sensors/#")), 0xB0));
    c.sendBinary(mqttPacket(0xE0, {}));
    QVERIFY(QTest::qWaitFor([&c] { return c.closed.count() > 0; }, kStepTimeoutMs));

    const QList<Recorded> messages = c.decoded();
    const QList<Expected> expected = {
            {kClient, QStringLiteral("mqtt CONNECT client=sockscope v3.1.1 keepalive=60")},
            {kServer, QStringLiteral("mqtt CONNACK rc=0")},
            {kClient, QStringLiteral("mqtt SUBSCRIBE id=1 sensors/# (qos 1)")},
            {kServer, QStringLiteral("mqtt SUBACK id=1 rc=1")},
            {kClient, QStringLiteral("mqtt PUBLISH sensors/t1 qos=0 (4 B)")},
            {kServer, QStringLiteral("mqtt PUBLISH sensors/t1 qos=0 (4 B)")},
            {kClient, QStringLiteral("mqtt PUBLISH other/x qos=1 id=2 (2 B)")},
            {kServer, QStringLiteral("mqtt PUBACK id=2")},
            {kClient, QStringLiteral("mqtt PINGREQ")},
            {kServer, QStringLiteral("mqtt PINGRESP")},
            {kClient, QStringLiteral("mqtt UNSUBSCRIBE id=3 sensors/#")},
            {kServer, QStringLiteral("mqtt UNSUBACK id=3")},
            {kClient, QStringLiteral("mqtt DISCONNECT")},
    };
    QVERIFY2(matches(messages, expected, "mqtt"), qPrintable(describe(messages)));
}

// The broker writes each packet in pieces, one message each: alone a piece says how much of its
// packet is missing, and the pieces joined read as the packets.
void TestProtocolInterop::mqttPacketsInPieces()
{
    PeerProcess peer;
    QVERIFY2(startPeer(peer, QStringLiteral("mqtt_broker.mjs"), {QStringLiteral("--pieces")}),
             qPrintable(peer.output()));
    Conversation c(optionsFor(QStringLiteral("ws://127.0.0.1:%1/").arg(peer.port()), "mqtt"));
    QVERIFY2(c.open(), qPrintable(c.client.errorString()));
    const auto step = [&c](const QByteArray &packet, qsizetype answers) {
        c.sendBinary(packet);
        return QTest::qWaitFor(
                [&] {
                    const QList<QByteArray> joined = joinedPieces(c.received);
                    return joined.size() == answers && MqttDecoder::bytesToComplete(joined.last()) == 0;
                },
                kStepTimeoutMs);
    };
    const QByteArray connect = mqttString("MQTT") + QByteArray("\x04\x02\x00\x3c", 4) + mqttString("pieces");
    QVERIFY(step(mqttPacket(0x10, connect), 1));
    QVERIFY(step(mqttPacket(0x82, QByteArray("\x00\x07", 2) + mqttString("a/b") + '\x00'), 2));
    QVERIFY(step(mqttPacket(0xC0, {}), 3));
    QVERIFY(c.close());

    QVERIFY2(c.received.size() > 3, "the broker sent whole packets");
    DecodeContext context = DecodeContext::ofOpcode(0x2);
    context.subprotocol = c.subprotocol();
    context.flow = "mqtt/4";
    const auto &mqtt = *PayloadDecoders::instance().find("mqtt");
    QCOMPARE(mqtt.decode(c.received.first(), context).summary,
             QStringLiteral("mqtt incomplete CONNACK: 1 of more bytes"));
    QCOMPARE(MqttDecoder::bytesToComplete(c.received.first()), -1);
    QStringList summaries;
    for (const QByteArray &packet : joinedPieces(c.received))
        summaries.append(mqtt.decode(packet, context).summary);
    QCOMPARE(summaries,
             (QStringList{QStringLiteral("mqtt CONNACK rc=0"), QStringLiteral("mqtt SUBACK id=7 rc=0"),
                          QStringLiteral("mqtt PINGRESP")}));
}

QTEST_GUILESS_MAIN(TestProtocolInterop)
#include "tst_protocolinterop.moc"
