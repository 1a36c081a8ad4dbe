// SPDX-License-Identifier: GPL-3.0-or-later
// Our WebSocketServer against clients we did not write: QWebSocket in this process, and Node's
// ws and Python's websockets clients in their own processes (tests/support/peers), which run a
// scripted case, check every echo byte for byte and print PASS or FAIL.
#include "interopsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

using namespace Sockscope;
using namespace SockscopeTest;

namespace {

constexpr int kStepTimeoutMs = 10000;
constexpr int kBigTimeoutMs = 60000;

const QByteArray kServerFragmentsPath = QByteArrayLiteral("/server-fragments");
const QByteArray kServerClosePath = QByteArrayLiteral("/server-close");

// Our echo server on a free loopback port, accepting permessage-deflate and, in this order of
// preference, the subprotocols sockscope.v1 and sockscope.v2. Peers that ask for
// /server-fragments get a message in several frames; /server-close is closed at once.
struct OurServer
{
    static ServerOptions options()
    {
        ServerOptions options;
        options.handshake.acceptDeflate = true;
        options.handshake.subprotocols = {QByteArrayLiteral("sockscope.v1"), QByteArrayLiteral("sockscope.v2")};
        options.behaviour = ServerBehaviour::Echo;
        return options;
    }

    OurServer()
        : server(options()),
          log(&server),
          opened(&server, &WebSocketServer::peerOpened),
          closed(&server, &WebSocketServer::peerClosed)
    {
        QObject::connect(&server, &WebSocketServer::peerOpened, &server, [this](WebSocketSession *session) {
            const auto request = log.last(Event::Kind::HandshakeRequest, session->connectionId());
            const QByteArray target = request ? requestTarget(request->raw) : QByteArray();
            if (target == kServerFragmentsPath)
                session->sendMessage(Opcode::Text, QByteArray(PeerScript::kServerFragmentsText), 6);
            else if (target == kServerClosePath)
                session->close(PeerScript::kServerCloseCode, QString::fromLatin1(PeerScript::kServerCloseReason));
        });
    }

    QUrl url(const QByteArray &path = QByteArrayLiteral("/")) const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(server.serverPort()).arg(QString::fromLatin1(path)));
    }

    WebSocketServer server;
    EventLog log;
    QSignalSpy opened;
    QSignalSpy closed;
};

// A QWebSocket client and its signals.
struct QtClient
{
    QtClient()
        : connected(&socket, &QWebSocket::connected),
          disconnected(&socket, &QWebSocket::disconnected),
          texts(&socket, &QWebSocket::textMessageReceived),
          binaries(&socket, &QWebSocket::binaryMessageReceived),
          textFrames(&socket, &QWebSocket::textFrameReceived),
          pongs(&socket, &QWebSocket::pong)
    { }

    bool open(const QNetworkRequest &request, const QWebSocketHandshakeOptions &options = {})
    {
        socket.open(request, options);
        return QTest::qWaitFor([this] { return !connected.isEmpty(); }, kStepTimeoutMs);
    }

    QWebSocket socket;
    QSignalSpy connected;
    QSignalSpy disconnected;
    QSignalSpy texts;
    QSignalSpy binaries;
    QSignalSpy textFrames;
    QSignalSpy pongs;
};

struct ClientRun
{
    bool passed = false;
    QString output;
};

// Runs a scripted peer client to its end while this thread keeps serving it: the wait polls
// with the event loop running, never blocking.
ClientRun runPeerClient(ThirdParty peer, const QStringList &arguments)
{
    PeerProcess client;
    client.process().start(peerInterpreter(peer), QStringList{peerClientScript(peer)} + arguments);
    const bool ended = QTest::qWaitFor([&] { return client.process().state() == QProcess::NotRunning; }, kBigTimeoutMs);
    client.waitForExit(0);
    ClientRun run;
    run.output = client.output().trimmed();
    run.passed = ended && client.process().exitStatus() == QProcess::NormalExit && client.process().exitCode() == 0;
    if (!ended)
        run.output += QStringLiteral("\n(still running after %1 ms)").arg(kBigTimeoutMs);
    return run;
}

} // namespace

class TestServerInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void qtClientEcho_data();
    void qtClientEcho();
    void qtClientPing();
    void qtClientAnswersServerPing();
    void qtClientCloses();
    void serverClosesQtClient_data();
    void serverClosesQtClient();
    void serverFragmentsToQtClient();
    void qtClientSubprotocol_data();
    void qtClientSubprotocol();
    void qtClientHeaders();
    void peerClient_data();
    void peerClient();
    void peerClientDeflateParameters_data();
    void peerClientDeflateParameters();
};

void TestServerInterop::initTestCase()
{
    for (const ThirdParty peer : {ThirdParty::Node, ThirdParty::Python}) {
        const QString unavailable = peerUnavailableReason(peer);
        QVERIFY2(unavailable.isEmpty(), qPrintable(unavailable));
    }
}

void TestServerInterop::qtClientEcho_data()
{
    QTest::addColumn<bool>("binary");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("frameSize");

    const QByteArray utf8 = QStringLiteral("héllo, interop ✓ — ünïcödé 🚀 text").toUtf8();
    QTest::newRow("text") << false << utf8 << 0;
    QTest::newRow("binary") << true << patternBytes(256, 3) << 0;
    QTest::newRow("empty-text") << false << QByteArray() << 0;
    QTest::newRow("empty-binary") << true << QByteArray() << 0;
    QTest::newRow("64KiB") << true << patternBytes(64 * 1024, 64) << 0;
    QTest::newRow("16MiB") << true << patternBytes(16 * 1024 * 1024, 16) << 0;
    QTest::newRow("fragmented-text") << false << utf8 << 7;
    QTest::newRow("fragmented-binary") << true << patternBytes(20000, 5) << 4096;
}

void TestServerInterop::qtClientEcho()
{
    QFETCH(bool, binary);
    QFETCH(QByteArray, message);
    QFETCH(int, frameSize);

    OurServer ours;
    QVERIFY2(ours.server.listen(), qPrintable(ours.server.errorString()));
    QtClient qt;
    if (frameSize > 0)
        qt.socket.setOutgoingFrameSize(quint64(frameSize));
    QVERIFY(qt.open(QNetworkRequest(ours.url())));
    QTRY_COMPARE_WITH_TIMEOUT(ours.opened.count(), 1, kStepTimeoutMs);

    const int timeout = message.size() > 1000000 ? kBigTimeoutMs : kStepTimeoutMs;
    QByteArray echoed;
    if (binary) {
        qt.socket.sendBinaryMessage(message);
        QTRY_COMPARE_WITH_TIMEOUT(qt.binaries.count(), 1, timeout);
        echoed = qt.binaries.first().first().toByteArray();
        QCOMPARE(qt.texts.count(), 0);
    } else {
        qt.socket.sendTextMessage(QString::fromUtf8(message));
        QTRY_COMPARE_WITH_TIMEOUT(qt.texts.count(), 1, timeout);
        echoed = qt.texts.first().first().toString().toUtf8();
        QCOMPARE(qt.binaries.count(), 0);
    }
    const QString difference = byteDifference(echoed, message);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    // What the server received: masked frames (§5.1) that reassemble to the message.
    const QList<Event> received = ours.log.dataFrames(Direction::Incoming);
    QVERIFY(!received.isEmpty());
    QCOMPARE(received.first().frame.opcode, std::uint8_t(binary ? Opcode::Binary : Opcode::Text));
    for (const Event &frame : received)
        QVERIFY(frame.frame.masked);
    if (frameSize > 0)
        QCOMPARE(received.size(), (message.size() + frameSize - 1) / frameSize);
    QCOMPARE(messageBytes(received), message);
    // What it sent: unmasked (§5.1), uncompressed since QWebSocket does not offer deflate.
    for (const Event &frame : ours.log.dataFrames(Direction::Outgoing)) {
        QVERIFY(!frame.frame.masked);
        QVERIFY(!frame.frame.rsv1);
    }
    QCOMPARE(ours.log.last(Event::Kind::Opened)->detail, QString());
    QCOMPARE(ours.log.count(Event::Kind::ProtocolError), 0);
}

void TestServerInterop::qtClientPing()
{
    OurServer ours;
    QVERIFY2(ours.server.listen(), qPrintable(ours.server.errorString()));
    QtClient qt;
    QVERIFY(qt.open(QNetworkRequest(ours.url())));

    const QByteArray payload = QByteArrayLiteral("qt-ping \x00\x01\xff");
    qt.socket.ping(payload);
    QTRY_COMPARE_WITH_TIMEOUT(qt.pongs.count(), 1, kStepTimeoutMs);
    QCOMPARE(qt.pongs.first().at(1).toByteArray(), payload);
    const QList<Event> pings = ours.log.frames(Direction::Incoming, 0, std::uint8_t(Opcode::Ping));
    const QList<Event> pongs = ours.log.frames(Direction::Outgoing, 0, std::uint8_t(Opcode::Pong));
    QCOMPARE(pings.size(), 1);
    QCOMPARE(pings.first().payload, payload);
    QCOMPARE(pongs.size(), 1);
    QCOMPARE(pongs.first().payload, payload);
    QVERIFY(!pongs.first().frame.masked);
}

void TestServerInterop::qtClientAnswersServerPing()
{
    OurServer ours;
    QVERIFY2(ours.server.listen(), qPrintable(ours.server.errorString()));
    QtClient qt;
    QVERIFY(qt.open(QNetworkRequest(ours.url())));
    QTRY_COMPARE_WITH_TIMEOUT(ours.opened.count(), 1, kStepTimeoutMs);

    const QByteArray payload = QByteArrayLiteral("server-ping");
    ours.server.sessions().first()->sendPing(payload);
    QTRY_COMPARE_WITH_TIMEOUT(ours.log.frames(Direction::Incoming, 0, std::uint8_t(Opcode::Pong)).size(), 1,
                              kStepTimeoutMs);
    const Event pong = ours.log.frames(Direction::Incoming, 0, std::uint8_t(Opcode::Pong)).first();
    QCOMPARE(pong.payload, payload);
    QVERIFY(pong.frame.masked);
}

void TestServerInterop::qtClientCloses()
{
    OurServer ours;
    QVERIFY2(ours.server.listen(), qPrintable(ours.server.errorString()));
    QtClient qt;
    QVERIFY(qt.open(QNetworkRequest(ours.url())));
    QTRY_COMPARE_WITH_TIMEOUT(ours.opened.count(), 1, kStepTimeoutMs);

    qt.socket.close(QWebSocketProtocol::CloseCode(PeerScript::kClientCloseCode),
                    QString::fromLatin1(PeerScript::kClientCloseReason));
    QTRY_COMPARE_WITH_TIMEOUT(ours.closed.count(), 1, kStepTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(qt.disconnected.count(), 1, kStepTimeoutMs);

    const auto closed = ours.log.last(Event::Kind::Closed);
    QVERIFY(closed);
    QCOMPARE(closed->closeCode, PeerScript::kClientCloseCode);
    QCOMPARE(closed->text, QString::fromLatin1(PeerScript::kClientCloseReason));
    // Our reply echoes the code (§5.5.1).
    const QList<Event> replies = ours.log.frames(Direction::Outgoing, 0, std::uint8_t(Opcode::Close));
    QCOMPARE(replies.size(), 1);
    QCOMPARE(closeCodeOf(replies.first().payload), PeerScript::kClientCloseCode);
    QCOMPARE(ours.server.sessions().size(), 0);
}

void TestServerInterop::serverClosesQtClient_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("sentReason"); // what must reach the client
    QTest::newRow("code-and-reason") << QString::fromLatin1(PeerScript::kServerCloseReason)
                                     << QString::fromLatin1(PeerScript::kServerCloseReason);
    // Cut to fit a control frame (§5.5), the reason must stay UTF-8 (§5.5.1): 61 characters.
    const QString overlong(75, QChar(u'é'));
    QTest::newRow("overlong-reason") << overlong << overlong.left(61);
}

void TestServerInterop::serverClosesQtClient()
{
    QFETCH(QString, reason);
    QFETCH(QString, sentReason);

    OurServer ours;
    QVERIFY2(ours.server.listen(), qPrintable(ours.server.errorString()));
    QtClient qt;
    QVERIFY(qt.open(QNetworkRequest(ours.url())));
    QTRY_COMPARE_WITH_TIMEOUT(ours.opened.count(), 1, kStepTimeoutMs);
    ours.server.sessions().first()->close(PeerScript::kServerCloseCode, reason);
    QTRY_COMPARE_WITH_TIMEOUT(qt.disconnected.count(), 1, kStepTimeoutMs);
    QCOMPARE(int(qt.socket.closeCode()), int(PeerScript::kServerCloseCode));
    QCOMPARE(qt.socket.closeReason(), sentReason);
    QTRY_COMPARE_WITH_TIMEOUT(ours.closed.count(), 1, kStepTimeoutMs);
    const QList<Event> answers = ours.log.frames(Direction::Incoming, 0, std::uint8_t(Opcode::Close));
    QCOMPARE(answers.size(), 1);
    QCOMPARE(closeCodeOf(answers.first().payload), PeerScript::kServerCloseCode);
    QCOMPARE(ours.log.last(Event::Kind::Closed)->closeCode, PeerScript::kServerCloseCode);
}

void TestServerInterop::serverFragmentsToQtClient()
{
    OurServer ours;
    QVERIFY2(ours.server.listen(), qPrintable(ours.server.errorString()));
    QtClient qt;
    QVERIFY(qt.open(QNetworkRequest(ours.url(kServerFragmentsPath))));
    QTRY_COMPARE_WITH_TIMEOUT(qt.texts.count(), 1, kStepTimeoutMs);
    QCOMPARE(qt.texts.first().first().toString(), QString::fromLatin1(PeerScript::kServerFragmentsText));
    const qsizetype expectedFrames = (qsizetype(sizeof PeerScript::kServerFragmentsText) - 1 + 5) / 6;
    QCOMPARE(qt.textFrames.count(), expectedFrames);
    QCOMPARE(ours.log.dataFrames(Direction::Outgoing).size(), expectedFrames);
}

void TestServerInterop::qtClientSubprotocol_data()
{
    QTest::addColumn<QStringList>("offered");
    QTest::addColumn<QString>("expected");
    // Our server's order of preference decides, not the client's.
    QTest::newRow("both") << QStringList{QStringLiteral("sockscope.v2"), QStringLiteral("sockscope.v1")}
                          << QStringLiteral("sockscope.v1");
    QTest::newRow("second-choice") << QStringList{QStringLiteral("other"), QStringLiteral("sockscope.v2")}
                                   << QStringLiteral("sockscope.v2");
    QTest::newRow("unsupported") << QStringList{QStringLiteral("other")} << QString();
    QTest::newRow("none") << QStringList() << QString();
}

void TestServerInterop::qtClientSubprotocol()
{
    QFETCH(QStringList, offered);
    QFETCH(QString, expected);

    OurServer ours;
    QVERIFY2(ours.server.listen(), qPrintable(ours.server.errorString()));
    QtClient qt;
    QWebSocketHandshakeOptions handshake;
    handshake.setSubprotocols(offered);
    QVERIFY(qt.open(QNetworkRequest(ours.url()), handshake));
    QCOMPARE(qt.socket.subprotocol(), expected);
    QTRY_COMPARE_WITH_TIMEOUT(ours.opened.count(), 1, kStepTimeoutMs);
    QCOMPARE(ours.log.last(Event::Kind::Opened)->text, expected);
    qt.socket.sendTextMessage(QStringLiteral("with a subprotocol"));
    QTRY_COMPARE_WITH_TIMEOUT(qt.texts.count(), 1, kStepTimeoutMs);
}

void TestServerInterop::qtClientHeaders()
{
    OurServer ours;
    QVERIFY2(ours.server.listen(), qPrintable(ours.server.errorString()));
    QtClient qt;
    QNetworkRequest request(ours.url(QByteArrayLiteral("/headers?a=1&b=two")));
    request.setRawHeader(PeerScript::kHeaderName, PeerScript::kHeaderValue);
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer sockscope-token"));
    QVERIFY(qt.open(request));
    QTRY_COMPARE_WITH_TIMEOUT(ours.opened.count(), 1, kStepTimeoutMs);
    const auto handshake = ours.log.last(Event::Kind::HandshakeRequest);
    QVERIFY(handshake);
    QCOMPARE(requestTarget(handshake->raw), QByteArrayLiteral("/headers?a=1&b=two"));
    QCOMPARE(rawHeaderValue(handshake->raw, PeerScript::kHeaderName), QByteArray(PeerScript::kHeaderValue));
    QCOMPARE(rawHeaderValue(handshake->raw, "authorization"), QByteArrayLiteral("Bearer sockscope-token"));
}

void TestServerInterop::peerClient_data()
{
    QTest::addColumn<ThirdParty>("peer");
    QTest::addColumn<QString>("scriptCase");
    QTest::addColumn<bool>("deflate");

    const char *cases[] = {
            "text",    "binary",           "empty",       "64k", "16m", "fragmented", "ping", "close", "subprotocol",
            "headers", "server-fragments", "server-close"};
    for (const ThirdParty peer : {ThirdParty::Node, ThirdParty::Python}) {
        for (const bool deflate : {true, false}) {
            for (const char *name : cases) {
                QTest::addRow("%s%s/%s", qPrintable(peerName(peer)), deflate ? "+deflate" : "", name)
                        << peer << QString::fromLatin1(name) << deflate;
            }
        }
    }
}

void TestServerInterop::peerClient()
{
    QFETCH(ThirdParty, peer);
    QFETCH(QString, scriptCase);
    QFETCH(bool, deflate);

    OurServer ours;
    QVERIFY2(ours.server.listen(), qPrintable(ours.server.errorString()));
    const QByteArray path = scriptCase == QLatin1String("server-fragments") ? kServerFragmentsPath
            : scriptCase == QLatin1String("server-close")                   ? kServerClosePath
                                                          : QByteArrayLiteral("/") + scriptCase.toUtf8();
    QStringList arguments{ours.url(path).toString(), QStringLiteral("--case"), scriptCase,
                          deflate ? QStringLiteral("--expect-deflate") : QStringLiteral("--no-deflate")};
    if (scriptCase == QLatin1String("subprotocol")) {
        // The client prefers v2, our server v1: the server's preference wins.
        arguments << QStringLiteral("--protocol") << QStringLiteral("sockscope.v2") << QStringLiteral("--protocol")
                  << QStringLiteral("sockscope.v1") << QStringLiteral("--expect-protocol")
                  << QStringLiteral("sockscope.v1");
    }
    if (scriptCase == QLatin1String("headers")) {
        const QString header =
                QLatin1String(PeerScript::kHeaderName) + QStringLiteral(": ") + QLatin1String(PeerScript::kHeaderValue);
        arguments << QStringLiteral("--header") << header;
    }

    const ClientRun run = runPeerClient(peer, arguments);
    QVERIFY2(run.passed, qPrintable(run.output));
    QVERIFY2(run.output.contains(QStringLiteral("PASS case=") + scriptCase), qPrintable(run.output));

    // What our server saw of the same connection.
    QTRY_COMPARE_WITH_TIMEOUT(ours.closed.count(), 1, kStepTimeoutMs);
    QCOMPARE(ours.opened.count(), 1);
    const quint64 id = ours.closed.first().first().toULongLong();
    QCOMPARE(ours.log.count(Event::Kind::ProtocolError, id), 0);
    const auto opened = ours.log.last(Event::Kind::Opened, id);
    QVERIFY(opened);
    QCOMPARE(opened->detail.contains(QLatin1String("permessage-deflate")), deflate);
    QCOMPARE(opened->text, scriptCase == QLatin1String("subprotocol") ? QStringLiteral("sockscope.v1") : QString());

    // Masked in, unmasked out; RSV1 on every message's first frame exactly when deflate was agreed.
    for (const Event &frame : ours.log.frames(Direction::Incoming, id)) {
        QVERIFY(frame.frame.masked);
        if (frame.frame.opcode == std::uint8_t(Opcode::Text) || frame.frame.opcode == std::uint8_t(Opcode::Binary))
            QCOMPARE(frame.frame.rsv1, deflate);
    }
    for (const Event &frame : ours.log.frames(Direction::Outgoing, id)) {
        QVERIFY(!frame.frame.masked);
        if (frame.frame.opcode == std::uint8_t(Opcode::Text) || frame.frame.opcode == std::uint8_t(Opcode::Binary))
            QCOMPARE(frame.frame.rsv1, deflate);
    }

    const auto closed = ours.log.last(Event::Kind::Closed, id);
    QVERIFY(closed);
    if (scriptCase == QLatin1String("server-close")) {
        QCOMPARE(closed->closeCode, PeerScript::kServerCloseCode);
    } else {
        QCOMPARE(closed->closeCode, PeerScript::kClientCloseCode);
        QCOMPARE(closed->text, QString::fromLatin1(PeerScript::kClientCloseReason));
    }

    if (scriptCase == QLatin1String("ping")) {
        const QList<Event> pings = ours.log.frames(Direction::Incoming, id, std::uint8_t(Opcode::Ping));
        const QList<Event> pongs = ours.log.frames(Direction::Outgoing, id, std::uint8_t(Opcode::Pong));
        QCOMPARE(pings.size(), 1);
        QCOMPARE(pings.first().payload, QByteArray(PeerScript::kPingPayload));
        QCOMPARE(pongs.size(), 1);
        QCOMPARE(pongs.first().payload, QByteArray(PeerScript::kPingPayload));
    } else if (scriptCase == QLatin1String("headers")) {
        const auto request = ours.log.last(Event::Kind::HandshakeRequest, id);
        QVERIFY(request);
        QCOMPARE(rawHeaderValue(request->raw, PeerScript::kHeaderName), QByteArray(PeerScript::kHeaderValue));
    } else if (scriptCase == QLatin1String("fragmented")) {
        // A text and a binary message of three fragments each (websockets adds an empty final one).
        QList<QList<Event>> messages;
        for (const Event &frame : ours.log.dataFrames(Direction::Incoming, id)) {
            if (frame.frame.opcode != std::uint8_t(Opcode::Continuation))
                messages.append(QList<Event>());
            QVERIFY(!messages.isEmpty());
            messages.last().append(frame);
        }
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).first().frame.opcode, std::uint8_t(Opcode::Text));
        QCOMPARE(messages.at(1).first().frame.opcode, std::uint8_t(Opcode::Binary));
        for (const QList<Event> &message : messages) {
            QVERIFY2(message.size() >= 3, qPrintable(QString::number(message.size())));
            for (qsizetype i = 0; i < message.size(); ++i)
                QCOMPARE(message.at(i).frame.fin, i == message.size() - 1);
        }
        // The ping the script puts between the first two text fragments was answered (§5.4).
        const QList<Event> pings = ours.log.frames(Direction::Incoming, id, std::uint8_t(Opcode::Ping));
        const QList<Event> pongs = ours.log.frames(Direction::Outgoing, id, std::uint8_t(Opcode::Pong));
        QCOMPARE(pings.size(), 1);
        QCOMPARE(pings.first().payload, QByteArrayLiteral("mid-fragment"));
        QCOMPARE(pongs.size(), 1);
        QCOMPARE(pongs.first().payload, QByteArrayLiteral("mid-fragment"));
    } else if (scriptCase == QLatin1String("server-fragments")) {
        const QList<Event> frames = ours.log.dataFrames(Direction::Outgoing, id);
        QVERIFY2(frames.size() > 1, qPrintable(QString::number(frames.size())));
        QVERIFY(!frames.first().frame.fin);
        QVERIFY(frames.last().frame.fin);
    }
}

void TestServerInterop::peerClientDeflateParameters_data()
{
    QTest::addColumn<ThirdParty>("peer");
    QTest::addColumn<QString>("clientOptions");
    QTest::addColumn<QStringList>("answered"); // parameters our Sec-WebSocket-Extensions must carry

    QTest::newRow("node/no-context-takeover")
            << ThirdParty::Node << QStringLiteral(R"({"serverNoContextTakeover":true,"clientNoContextTakeover":true})")
            << QStringList{QStringLiteral("server_no_context_takeover"), QStringLiteral("client_no_context_takeover")};
    QTest::newRow("node/windows-10") << ThirdParty::Node
                                     << QStringLiteral(R"({"serverMaxWindowBits":10,"clientMaxWindowBits":10})")
                                     << QStringList{QStringLiteral("server_max_window_bits=10"),
                                                    QStringLiteral("client_max_window_bits=10")};
    QTest::newRow("node/server-window-9") << ThirdParty::Node << QStringLiteral(R"({"serverMaxWindowBits":9})")
                                          << QStringList{QStringLiteral("server_max_window_bits=9")};
    // zlib cannot compress with an 8-bit window; its 9-bit one never reaches back more than 250 bytes.
    QTest::newRow("node/server-window-8") << ThirdParty::Node << QStringLiteral(R"({"serverMaxWindowBits":8})")
                                          << QStringList{QStringLiteral("server_max_window_bits=8")};
    QTest::newRow("python/all-parameters")
            << ThirdParty::Python
            << QStringLiteral(R"({"server_no_context_takeover":true,"client_no_context_takeover":true,)"
                              R"("server_max_window_bits":10,"client_max_window_bits":10})")
            << QStringList{QStringLiteral("server_no_context_takeover"), QStringLiteral("client_no_context_takeover"),
                           QStringLiteral("server_max_window_bits=10"), QStringLiteral("client_max_window_bits=10")};
    QTest::newRow("python/server-window-9") << ThirdParty::Python << QStringLiteral(R"({"server_max_window_bits":9})")
                                            << QStringList{QStringLiteral("server_max_window_bits=9")};
}

void TestServerInterop::peerClientDeflateParameters()
{
    QFETCH(ThirdParty, peer);
    QFETCH(QString, clientOptions);
    QFETCH(QStringList, answered);

    OurServer ours;
    QVERIFY2(ours.server.listen(), qPrintable(ours.server.errorString()));
    const ClientRun run =
            runPeerClient(peer,
                          {ours.url().toString(), QStringLiteral("--case"), QStringLiteral("window"),
                           QStringLiteral("--expect-deflate"), QStringLiteral("--deflate-options"), clientOptions});
    QVERIFY2(run.passed, qPrintable(run.output));
    QTRY_COMPARE_WITH_TIMEOUT(ours.closed.count(), 1, kStepTimeoutMs);
    const auto opened = ours.log.last(Event::Kind::Opened);
    QVERIFY(opened);
    const QStringList parameters = opened->detail.split(QLatin1Char(';'));
    for (const QString &parameter : answered)
        QVERIFY2(parameters.contains(QLatin1Char(' ') + parameter), qPrintable(opened->detail));
    QCOMPARE(ours.log.count(Event::Kind::ProtocolError), 0);
}

QTEST_GUILESS_MAIN(TestServerInterop)
#include "tst_serverinterop.moc"
