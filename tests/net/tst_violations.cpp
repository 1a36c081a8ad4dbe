// SPDX-License-Identifier: GPL-3.0-or-later
// RFC 6455 / RFC 7692 violations sent on purpose by a raw peer that performs the upgrade by
// hand, against our WebSocketClient (raw server) and our WebSocketServer (raw client). Each
// case checks the Close frame the engine puts on the wire, its ProtocolError event and that
// it drops the connection.
#include "protocol/closecode.h"
#include "protocol/framedecoder.h"
#include "protocol/frameencoder.h"
#include "protocol/handshake.h"
#include "protocol/httpmessage.h"
#include "protocol/permessagedeflate.h"
#include "websocketclient.h"
#include "websocketserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

#include <memory>
#include <optional>

#include <zlib.h>

using namespace Sockscope;

// One frame of a scenario; `wrongMask` inverts the masking the sender's role requires.
struct RawFrame
{
    FrameSpec spec;
    QByteArray payload;
    bool wrongMask = false;
};
using RawFrames = QList<RawFrame>;
Q_DECLARE_METATYPE(RawFrames)

namespace {

constexpr int kTimeoutMs = 5000;
constexpr std::uint64_t kLimit = 1000;
constexpr qint64 kBombSize = 256ll << 20;

RawFrame frame(std::uint8_t opcode, const QByteArray &payload, bool fin = true)
{
    RawFrame f;
    f.spec.opcode = opcode;
    f.spec.fin = fin;
    f.payload = payload;
    return f;
}

RawFrame text(const QByteArray &payload, bool fin = true)
{
    return frame(std::uint8_t(Opcode::Text), payload, fin);
}

RawFrame continuation(const QByteArray &payload, bool fin = true)
{
    return frame(std::uint8_t(Opcode::Continuation), payload, fin);
}

RawFrame compressed(std::uint8_t opcode, const QByteArray &payload, bool fin = true)
{
    RawFrame f = frame(opcode, payload, fin);
    f.spec.rsv1 = true;
    return f;
}

// A header announcing `length` bytes, followed by a few real ones.
RawFrame announcing(std::uint64_t length)
{
    RawFrame f = frame(std::uint8_t(Opcode::Binary), "abcd");
    f.spec.lengthEncoding = LengthEncoding::Bits64;
    f.spec.lengthOverride = length;
    return f;
}

QByteArray closePayload(quint16 code, const QByteArray &reason = {})
{
    QByteArray payload(2, Qt::Uninitialized);
    qToBigEndian<quint16>(code, payload.data());
    return payload + reason;
}

// Raw deflate of `size` zero bytes, ended by a sync flush without its 00 00 FF FF tail
// (RFC 7692 §7.2.1). Built in small steps so the test never holds the inflated bytes.
QByteArray zeroBomb(qint64 size)
{
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    const QByteArray zeros(64 * 1024, '\0');
    QByteArray out;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    qint64 left = size;
    while (left > 0) {
        const qint64 step = qMin<qint64>(left, zeros.size());
        left -= step;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        z.avail_in = uInt(step);
        do {
            z.next_out = reinterpret_cast<Bytef *>(buffer.data());
            z.avail_out = uInt(buffer.size());
            deflate(&z, left == 0 ? Z_SYNC_FLUSH : Z_NO_FLUSH);
            out.append(buffer.constData(), buffer.size() - qsizetype(z.avail_out));
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    if (out.endsWith(QByteArrayView("\x00\x00\xff\xff", 4)))
        out.chop(4);
    return out;
}

const QByteArray &cachedBomb()
{
    static const QByteArray bomb = zeroBomb(kBombSize);
    return bomb;
}

// Peak resident size of this process in KiB (VmHWM).
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Lowers the peak to the current size (Linux 4.0+), so each row measures its own peak.
void resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

struct DecodedFrame
{
    FrameHeader header;
    QByteArray payload;
};

// Our engine on one side of a loopback connection and a raw socket on the other. The raw side
// does the HTTP upgrade itself and then writes whatever bytes a test gives it.
class RawPeer
{
public:
    RawPeer(Role engineRole, bool deflate, std::uint64_t maxMessageSize)
        : m_engineRole(engineRole), m_deflate(deflate), m_maxMessageSize(maxMessageSize)
    { }

    bool rawIsClient() const { return m_engineRole == Role::Server; }

    // Opens the engine side and upgrades by hand; `sameWrite` is appended to the raw side's
    // handshake bytes so it arrives with them.
    void open(const QByteArray &sameWrite = {})
    {
        if (m_engineRole == Role::Client)
            openAgainstClient(sameWrite);
        else
            openAgainstServer(sameWrite);
    }

    QByteArray wire(const RawFrames &frames) const
    {
        QByteArray out;
        for (RawFrame f : frames) {
            f.spec.masked = rawIsClient() != f.wrongMask;
            if (f.spec.masked)
                f.spec.maskKey = {0x37, 0xfa, 0x21, 0x3d};
            appendFrame(out, f.spec, bytesOf(f.payload));
        }
        return out;
    }

    void send(const RawFrames &frames) { m_socket->write(wire(frames)); }

    QTcpSocket *socket() const { return m_socket; }
    const QList<Event> &events() const { return m_events; }
    const QList<QByteArray> &messages() const { return m_messages; }
    const QList<DecodedFrame> &framesFromEngine() const { return m_framesFromEngine; }
    bool decodeFailed() const { return m_decodeFailed; }

    std::optional<DecodedFrame> closeFromEngine() const
    {
        for (const DecodedFrame &f : m_framesFromEngine) {
            if (f.header.opcode == std::uint8_t(Opcode::Close))
                return f;
        }
        return std::nullopt;
    }

    QList<Event> eventsOf(Event::Kind kind) const
    {
        QList<Event> found;
        for (const Event &e : m_events) {
            if (e.kind == kind)
                found.append(e);
        }
        return found;
    }

private:
    void collect(const Event &event) { m_events.append(event); }

    void openAgainstClient(const QByteArray &sameWrite)
    {
        m_listener = std::make_unique<QTcpServer>();
        QVERIFY(m_listener->listen(QHostAddress::LocalHost, 0));
        ClientOptions options;
        options.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/raw").arg(m_listener->serverPort()));
        options.deflate = m_deflate;
        options.session.limits.maxMessageSize = m_maxMessageSize;
        options.session.closeTimeoutMs = 2000;
        m_client = std::make_unique<WebSocketClient>(options);
        QObject::connect(m_client.get(), &WebSocketClient::eventOccurred, m_client.get(),
                         [this](const Event &e) { collect(e); });
        QObject::connect(m_client.get(), &WebSocketClient::messageReceived, m_client.get(),
                         [this](Opcode, const QByteArray &data) { m_messages.append(data); });
        m_client->open();

        QTRY_VERIFY_WITH_TIMEOUT(m_listener->hasPendingConnections(), kTimeoutMs);
        m_socket = m_listener->nextPendingConnection();
        QVERIFY(m_socket);
        HttpParser parser(HttpParser::Kind::Request);
        QByteArray leftover;
        QTRY_VERIFY_WITH_TIMEOUT(readHead(parser, &leftover), kTimeoutMs);
        QCOMPARE(m_headResult, HttpParser::Result::Complete);
        QVERIFY(leftover.isEmpty());
        const QByteArray key = parser.message().header("Sec-WebSocket-Key");
        QVERIFY(!key.isEmpty());
        if (m_deflate)
            QVERIFY(parser.message().header("Sec-WebSocket-Extensions").startsWith("permessage-deflate"));

        QByteArray response = "HTTP/1.1 101 Switching Protocols\r\n"
                              "Upgrade: websocket\r\n"
                              "Connection: Upgrade\r\n"
                              "Sec-WebSocket-Accept: "
                + Handshake::acceptKey(key) + "\r\n";
        if (m_deflate)
            response += "Sec-WebSocket-Extensions: permessage-deflate\r\n";
        response += "\r\n";
        attachReader();
        m_socket->write(QByteArray(response + sameWrite));
        QTRY_COMPARE_WITH_TIMEOUT(eventsOf(Event::Kind::Opened).size(), 1, kTimeoutMs);
        if (m_deflate)
            QVERIFY(eventsOf(Event::Kind::Opened).constFirst().detail.contains(QStringLiteral("permessage-deflate")));
    }

    void openAgainstServer(const QByteArray &sameWrite)
    {
        ServerOptions options;
        options.handshake.acceptDeflate = m_deflate;
        options.session.limits.maxMessageSize = m_maxMessageSize;
        options.session.closeTimeoutMs = 2000;
        options.behaviour = ServerBehaviour::Echo;
        m_server = std::make_unique<WebSocketServer>(options);
        QObject::connect(m_server.get(), &WebSocketServer::eventOccurred, m_server.get(),
                         [this](const Event &e) { collect(e); });
        QObject::connect(m_server.get(), &WebSocketServer::peerOpened, m_server.get(),
                         [this](WebSocketSession *session) {
                             QObject::connect(session, &WebSocketSession::messageReceived, session,
                                              [this](Opcode, const QByteArray &data) { m_messages.append(data); });
                         });
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));

        m_ownedSocket = std::make_unique<QTcpSocket>();
        m_socket = m_ownedSocket.get();
        m_socket->connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        QTRY_COMPARE_WITH_TIMEOUT(m_socket->state(), QAbstractSocket::ConnectedState, kTimeoutMs);

        const QByteArray key = Handshake::generateKey();
        QByteArray request = "GET /raw HTTP/1.1\r\n"
                             "Host: 127.0.0.1:"
                + QByteArray::number(m_server->serverPort())
                + "\r\n"
                  "Upgrade: websocket\r\n"
                  "Connection: Upgrade\r\n"
                  "Sec-WebSocket-Version: 13\r\n"
                  "Sec-WebSocket-Key: "
                + key + "\r\n";
        if (m_deflate)
            request += "Sec-WebSocket-Extensions: permessage-deflate\r\n";
        request += "\r\n";
        m_socket->write(QByteArray(request + sameWrite));

        HttpParser parser(HttpParser::Kind::Response);
        QByteArray leftover;
        QTRY_VERIFY_WITH_TIMEOUT(readHead(parser, &leftover), kTimeoutMs);
        QCOMPARE(m_headResult, HttpParser::Result::Complete);
        QCOMPARE(parser.message().statusCode, 101);
        QCOMPARE(parser.message().header("Sec-WebSocket-Accept"), Handshake::acceptKey(key));
        if (m_deflate)
            QVERIFY(parser.message().header("Sec-WebSocket-Extensions").startsWith("permessage-deflate"));
        attachReader();
        // Frames the server wrote right after its 101 (possible with sameWrite) came along.
        feedReader(leftover);
    }

    // One step of reading an HTTP head from the raw socket; true once it is complete or invalid.
    bool readHead(HttpParser &parser, QByteArray *leftover)
    {
        // QTRY_* evaluates its condition once more after it held.
        if (m_headResult != HttpParser::Result::NeedMoreData)
            return true;
        const QByteArray chunk = m_socket->readAll();
        if (chunk.isEmpty())
            return false;
        qsizetype consumed = 0;
        m_headResult = parser.feed(chunk, &consumed);
        if (m_headResult == HttpParser::Result::Complete)
            *leftover = chunk.mid(consumed);
        return m_headResult != HttpParser::Result::NeedMoreData;
    }

    void attachReader()
    {
        QObject::connect(m_socket, &QTcpSocket::readyRead, m_socket, [this] { feedReader(m_socket->readAll()); });
    }

    void feedReader(QByteArray chunk)
    {
        std::span<std::uint8_t> input(reinterpret_cast<std::uint8_t *>(chunk.data()), std::size_t(chunk.size()));
        while (!input.empty() && !m_decodeFailed) {
            const auto result = m_decoder.decode(input);
            if (result == FrameDecoder::Result::FrameReady) {
                const auto payload = m_decoder.payload();
                m_framesFromEngine.append(
                        {m_decoder.header(),
                         QByteArray(reinterpret_cast<const char *>(payload.data()), qsizetype(payload.size()))});
            } else if (result == FrameDecoder::Result::Failed) {
                m_decodeFailed = true;
            }
        }
    }

    Role m_engineRole;
    bool m_deflate;
    std::uint64_t m_maxMessageSize;
    HttpParser::Result m_headResult = HttpParser::Result::NeedMoreData;
    QList<Event> m_events;
    QList<QByteArray> m_messages;
    FrameDecoder m_decoder;
    QList<DecodedFrame> m_framesFromEngine;
    bool m_decodeFailed = false;
    // Declared last so they go first, while the lists their handlers fill still exist.
    std::unique_ptr<QTcpServer> m_listener;
    std::unique_ptr<QTcpSocket> m_ownedSocket;
    QTcpSocket *m_socket = nullptr;
    std::unique_ptr<WebSocketClient> m_client;
    std::unique_ptr<WebSocketServer> m_server;
};

} // namespace

class TestViolations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void harness_data();
    void harness();
    void engineClient_data() { addViolationRows(Role::Client); }
    void engineClient() { runViolation(Role::Client); }
    void engineServer_data() { addViolationRows(Role::Server); }
    void engineServer() { runViolation(Role::Server); }
    void violationWithHandshake_data();
    void violationWithHandshake();
    void nothingProcessedAfterFailure_data();
    void nothingProcessedAfterFailure();
    void invalidTextFailsBeforeTheFrameEnds_data() { harness_data(); }
    void invalidTextFailsBeforeTheFrameEnds();
    void resetMidFrameRecordsTheIncompleteFrame_data() { harness_data(); }
    void resetMidFrameRecordsTheIncompleteFrame();

private:
    static void addViolationRows(Role engineRole);
    static void runViolation(Role engineRole);
    static void checkFailure(const RawPeer &peer, quint16 expectedCode);
};

void TestViolations::initTestCase()
{
    qRegisterMetaType<Sockscope::Event>();
    // Built once: 256 MiB of zeros in a frame of a few hundred KiB.
    QElapsedTimer timer;
    timer.start();
    QVERIFY(cachedBomb().size() < 1024 * 1024);
    qInfo("zlib bomb: %lld bytes inflating to %lld, built in %lld ms", qlonglong(cachedBomb().size()),
          qlonglong(kBombSize), qlonglong(timer.elapsed()));
}

// Valid traffic through the same harness, so a violation row cannot pass because the hand-made
// upgrade or masking is wrong.
void TestViolations::harness_data()
{
    QTest::addColumn<bool>("engineIsServer");
    QTest::addColumn<bool>("deflate");
    for (const bool server : {false, true}) {
        const char *side = server ? "server" : "client";
        QTest::addRow("%s plain", side) << server << false;
        QTest::addRow("%s permessage-deflate", side) << server << true;
    }
}

// REL fault: the peer resets the connection (RST) in the middle of a frame's payload. What
// arrived of the frame is recorded, said to be incomplete (header and the bytes so far), and
// then the 1006 close; nothing that arrived is lost.
void TestViolations::resetMidFrameRecordsTheIncompleteFrame()
{
    QFETCH(bool, engineIsServer);
    QFETCH(bool, deflate);
    RawPeer peer(engineIsServer ? Role::Server : Role::Client, deflate, kLimit);
    peer.open();
    if (QTest::currentTestFailed())
        return;
    QByteArray payload(600, Qt::Uninitialized);
    for (qsizetype i = 0; i < payload.size(); ++i)
        payload[i] = char('a' + i % 26);
    const QByteArray wire = peer.wire({frame(std::uint8_t(Opcode::Binary), payload)});
    const qsizetype headerSize = wire.size() - payload.size();
    peer.socket()->write(wire.left(headerSize + 250));
    QTRY_VERIFY_WITH_TIMEOUT(peer.socket()->bytesToWrite() == 0, kTimeoutMs);
    QTest::qWait(200);      // let the engine read it: a reset can discard what is still unread
    peer.socket()->abort(); // the connection ends without a close frame
    QTRY_VERIFY_WITH_TIMEOUT(!peer.eventsOf(Event::Kind::Closed).isEmpty(), kTimeoutMs);
    const QList<Event> failed = peer.eventsOf(Event::Kind::Failed);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().text.startsWith(QStringLiteral("connection lost mid-frame: 250 of 600 payload bytes")),
             qPrintable(failed.first().text));
    QCOMPARE(failed.first().raw.size(), headerSize + 250);
    QCOMPARE(failed.first().raw.mid(headerSize), payload.left(250)); // unmasked
    QCOMPARE(peer.eventsOf(Event::Kind::Closed).first().closeCode, quint16(1006));
}

void TestViolations::harness()
{
    QFETCH(bool, engineIsServer);
    QFETCH(bool, deflate);
    RawPeer peer(engineIsServer ? Role::Server : Role::Client, deflate, kLimit);
    peer.open();
    if (QTest::currentTestFailed())
        return;

    const QByteArray atLimit(qsizetype(kLimit), 'x');
    MessageDeflater deflater(15, false);
    RawFrames frames;
    if (deflate) {
        frames << compressed(std::uint8_t(Opcode::Text), deflater.compress(bytesOf(QByteArray("héllo"))))
               << compressed(std::uint8_t(Opcode::Binary), deflater.compress(bytesOf(atLimit)));
    } else {
        frames << text("hé", false) << frame(std::uint8_t(Opcode::Ping), "p") << continuation("llo")
               << frame(std::uint8_t(Opcode::Binary), atLimit);
    }
    frames << frame(std::uint8_t(Opcode::Close), closePayload(1000, "bye"));
    peer.send(frames);

    QTRY_COMPARE_WITH_TIMEOUT(peer.messages().size(), 2, kTimeoutMs);
    QCOMPARE(peer.messages().at(0), QByteArray("héllo"));
    QCOMPARE(peer.messages().at(1), atLimit);
    QTRY_VERIFY_WITH_TIMEOUT(peer.closeFromEngine().has_value(), kTimeoutMs);
    const DecodedFrame close = *peer.closeFromEngine();
    QCOMPARE(close.header.masked, !engineIsServer);
    QCOMPARE(close.payload, closePayload(1000, "bye"));
    QVERIFY(peer.eventsOf(Event::Kind::ProtocolError).isEmpty());
}

void TestViolations::addViolationRows(Role engineRole)
{
    QTest::addColumn<RawFrames>("frames");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<bool>("deflate");
    QTest::addColumn<bool>("bomb");

    constexpr int protocolError = int(CloseCode::ProtocolError);
    constexpr int invalidPayload = int(CloseCode::InvalidPayload);
    constexpr int tooBig = int(CloseCode::MessageTooBig);
    const auto ping = std::uint8_t(Opcode::Ping);
    const auto close = std::uint8_t(Opcode::Close);
    const auto binary = std::uint8_t(Opcode::Binary);

    RawFrame wrongMask = text("hello");
    wrongMask.wrongMask = true;
    if (engineRole == Role::Server)
        QTest::newRow("unmasked client frame") << RawFrames{wrongMask} << protocolError << false << false;
    else
        QTest::newRow("masked server frame") << RawFrames{wrongMask} << protocolError << false << false;

    for (const std::uint8_t opcode : {3, 7, 11, 15}) {
        QTest::addRow("reserved opcode %d", opcode) << RawFrames{frame(opcode, "x")} << protocolError << false << false;
    }

    RawFrame rsv = text("hello");
    rsv.spec.rsv1 = true;
    QTest::newRow("RSV1 without extension") << RawFrames{rsv} << protocolError << false << false;
    rsv.spec.rsv1 = false;
    rsv.spec.rsv2 = true;
    QTest::newRow("RSV2 without extension") << RawFrames{rsv} << protocolError << false << false;
    QTest::newRow("RSV2 with permessage-deflate") << RawFrames{rsv} << protocolError << true << false;
    rsv.spec.rsv2 = false;
    rsv.spec.rsv3 = true;
    QTest::newRow("RSV3 without extension") << RawFrames{rsv} << protocolError << false << false;

    QTest::newRow("invalid UTF-8 byte") << RawFrames{text("ab\xff")} << invalidPayload << false << false;
    QTest::newRow("UTF-8 surrogate") << RawFrames{text("\xed\xa0\x80")} << invalidPayload << false << false;
    QTest::newRow("overlong UTF-8") << RawFrames{text("\xc0\xaf")} << invalidPayload << false << false;
    QTest::newRow("invalid UTF-8 across fragments")
            << RawFrames{text("ab\xf0\x90", false), continuation("\x80\x28")} << invalidPayload << false << false;
    // RFC 6455 §8.1: fail as soon as the text cannot be valid, not at the end of the message.
    QTest::newRow("invalid UTF-8 in an unfinished message")
            << RawFrames{text("ok", false), continuation("\xff", false)} << invalidPayload << false << false;
    QTest::newRow("truncated UTF-8 at message end")
            << RawFrames{text("abc\xe2\x82")} << invalidPayload << false << false;
    QTest::newRow("truncated UTF-8 at end of fragmented message")
            << RawFrames{text("abc", false), continuation("\xe2", false), continuation("\x82")} << invalidPayload
            << false << false;

    QTest::newRow("ping with 126-byte payload")
            << RawFrames{frame(ping, QByteArray(126, 'p'))} << protocolError << false << false;
    QTest::newRow("pong with 126-byte payload")
            << RawFrames{frame(std::uint8_t(Opcode::Pong), QByteArray(126, 'p'))} << protocolError << false << false;
    QTest::newRow("close with 126-byte payload")
            << RawFrames{frame(close, closePayload(1000, QByteArray(124, 'r')))} << protocolError << false << false;
    QTest::newRow("fragmented ping") << RawFrames{frame(ping, "p", false)} << protocolError << false << false;
    QTest::newRow("continuation without start") << RawFrames{continuation("x")} << protocolError << false << false;
    QTest::newRow("new message inside a fragmented one")
            << RawFrames{text("a", false), text("b")} << protocolError << false << false;

    QTest::newRow("close with 1-byte payload") << RawFrames{frame(close, "\x03")} << protocolError << false << false;
    for (const int code : {999, 1004, 1005, 1006, 1015, 1016, 2999, 5000, 65535}) {
        QTest::addRow("close code %d", code)
                << RawFrames{frame(close, closePayload(quint16(code)))} << protocolError << false << false;
    }
    QTest::newRow("close reason invalid UTF-8")
            << RawFrames{frame(close, closePayload(1000, "ok\xff"))} << invalidPayload << false << false;

    QTest::newRow("64-bit length with the top bit set")
            << RawFrames{announcing(1ull << 63)} << protocolError << false << false;
    QTest::newRow("frame length over the frame limit") << RawFrames{announcing(1ull << 40)} << tooBig << false << false;
    QTest::newRow("message over the limit")
            << RawFrames{frame(binary, QByteArray(qsizetype(kLimit) + 1, 'b'))} << tooBig << false << false;
    QTest::newRow("fragmented message over the limit")
            << RawFrames{frame(binary, QByteArray(600, 'b'), false), continuation(QByteArray(600, 'b'))} << tooBig
            << false << false;

    QTest::newRow("zlib bomb") << RawFrames{compressed(binary, cachedBomb())} << tooBig << true << true;
    // Incompressible bytes: each half of the compressed stream inflates to about 800 bytes.
    QByteArray noise(1600, Qt::Uninitialized);
    QRandomGenerator seeded(6455);
    for (char &c : noise)
        c = char(seeded.bounded(256));
    MessageDeflater deflater(15, false);
    const QByteArray deflated = deflater.compress(bytesOf(noise));
    QTest::newRow("compressed message over the limit across fragments")
            << RawFrames{compressed(binary, deflated.left(deflated.size() / 2), false),
                         continuation(deflated.mid(deflated.size() / 2))}
            << tooBig << true << false;
    QTest::newRow("garbage compressed data")
            << RawFrames{compressed(binary, "\xff\xff\xff\xff")} << invalidPayload << true << false;
    QTest::newRow("RSV1 on a control frame") << RawFrames{compressed(ping, "p")} << protocolError << true << false;
    RawFrame rsv1Continuation = continuation("x");
    rsv1Continuation.spec.rsv1 = true;
    QTest::newRow("RSV1 on a continuation frame")
            << RawFrames{text("a", false), rsv1Continuation} << protocolError << true << false;
}

void TestViolations::runViolation(Role engineRole)
{
    QFETCH(RawFrames, frames);
    QFETCH(int, expectedCode);
    QFETCH(bool, deflate);
    QFETCH(bool, bomb);

    RawPeer peer(engineRole, deflate, kLimit);
    peer.open();
    if (QTest::currentTestFailed())
        return;
    resetPeakRss();
    const qint64 rssBefore = peakRssKiB();
    peer.send(frames);
    checkFailure(peer, quint16(expectedCode));
    if (bomb && !QTest::currentTestFailed()) {
        if (rssBefore < 0)
            QSKIP("no /proc/self/status: cannot check that the bomb was stopped at the limit");
        // Inflating the whole bomb would raise the peak by 256 MiB; stopping at the limit does not.
        const qint64 growthKiB = peakRssKiB() - rssBefore;
        QVERIFY2(growthKiB < 64 * 1024, qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(growthKiB)));
    }
}

void TestViolations::checkFailure(const RawPeer &peer, quint16 expectedCode)
{
    QTRY_VERIFY_WITH_TIMEOUT(peer.closeFromEngine().has_value() || peer.decodeFailed(), kTimeoutMs);
    QVERIFY(!peer.decodeFailed());
    const DecodedFrame close = *peer.closeFromEngine();
    // The engine masks what it sends as a client and never as a server.
    QCOMPARE(close.header.masked, !peer.rawIsClient());
    QVERIFY(close.header.fin);
    QVERIFY(close.payload.size() >= 2);
    QCOMPARE(qFromBigEndian<quint16>(close.payload.constData()), expectedCode);

    const QList<Event> errors = peer.eventsOf(Event::Kind::ProtocolError);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().closeCode, expectedCode);
    QVERIFY(!errors.constFirst().text.isEmpty());
    QVERIFY2(peer.messages().isEmpty(),
             qPrintable(QStringLiteral("%1 message(s) delivered, first: %2")
                                .arg(peer.messages().size())
                                .arg(QString::fromUtf8(peer.messages().value(0).left(40)))));

    // Failing the connection (RFC 6455 §7.1.7) drops TCP and reports the close.
    QTRY_COMPARE_WITH_TIMEOUT(peer.socket()->state(), QAbstractSocket::UnconnectedState, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(peer.eventsOf(Event::Kind::Closed).size(), 1, kTimeoutMs);
    QCOMPARE(peer.eventsOf(Event::Kind::Closed).constFirst().closeCode, expectedCode);
}

void TestViolations::violationWithHandshake_data()
{
    QTest::addColumn<bool>("engineIsServer");
    QTest::addColumn<RawFrames>("frames");
    QTest::addColumn<int>("expectedCode");
    for (const bool server : {false, true}) {
        const char *side = server ? "server" : "client";
        QTest::addRow("%s: reserved opcode", side)
                << server << RawFrames{frame(3, "x")} << int(CloseCode::ProtocolError);
        QTest::addRow("%s: invalid UTF-8", side) << server << RawFrames{text("\xff")} << int(CloseCode::InvalidPayload);
        QTest::addRow("%s: 64-bit length with the top bit set", side)
                << server << RawFrames{announcing(1ull << 63)} << int(CloseCode::ProtocolError);
        QTest::addRow("%s: frame length over the frame limit", side)
                << server << RawFrames{announcing(1ull << 40)} << int(CloseCode::MessageTooBig);
    }
}

// The violating frame arrives in the same TCP write as the upgrade, so the engine finds it in
// the bytes left over after the handshake rather than in a later read.
void TestViolations::violationWithHandshake()
{
    QFETCH(bool, engineIsServer);
    QFETCH(RawFrames, frames);
    QFETCH(int, expectedCode);
    RawPeer peer(engineIsServer ? Role::Server : Role::Client, false, kLimit);
    peer.open(peer.wire(frames));
    if (QTest::currentTestFailed())
        return;
    checkFailure(peer, quint16(expectedCode));
}

void TestViolations::nothingProcessedAfterFailure_data()
{
    QTest::addColumn<bool>("engineIsServer");
    QTest::newRow("client") << false;
    QTest::newRow("server") << true;
}

// RFC 6455 §7.1.7: after failing the connection an endpoint must not process further data.
// Valid frames that follow the violation in the same read must be neither decoded nor delivered.
void TestViolations::nothingProcessedAfterFailure()
{
    QFETCH(bool, engineIsServer);
    RawPeer peer(engineIsServer ? Role::Server : Role::Client, false, kLimit);
    peer.open();
    if (QTest::currentTestFailed())
        return;
    peer.send({frame(3, "x"), text("after"), frame(std::uint8_t(Opcode::Ping), "p"),
               frame(std::uint8_t(Opcode::Close), closePayload(1000))});
    QTRY_COMPARE_WITH_TIMEOUT(peer.socket()->state(), QAbstractSocket::UnconnectedState, kTimeoutMs);

    qsizetype errorAt = -1;
    QList<std::uint8_t> incomingAfter;
    const QList<Event> &events = peer.events();
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events.at(i).kind == Event::Kind::ProtocolError && errorAt < 0)
            errorAt = i;
        else if (errorAt >= 0 && events.at(i).kind == Event::Kind::Frame
                 && events.at(i).direction == Direction::Incoming)
            incomingAfter.append(events.at(i).frame.opcode);
    }
    QVERIFY(errorAt >= 0);
    QVERIFY2(incomingAfter.isEmpty(),
             qPrintable(QStringLiteral("%1 incoming frame(s) processed after the failure, opcodes %2")
                                .arg(incomingAfter.size())
                                .arg(QString::fromLatin1(
                                        QByteArray(reinterpret_cast<const char *>(incomingAfter.constData()),
                                                   incomingAfter.size())
                                                .toHex(' ')))));
    checkFailure(peer, quint16(CloseCode::ProtocolError));
    // Only the Close goes out: no pong, no echo.
    QCOMPARE(peer.framesFromEngine().size(), 1);
}

// Autobahn 6.4.3/6.4.4 ("strict"): a large text frame whose invalid byte comes early is failed
// with 1007 at that byte. Only the first part of the frame is ever sent, in two writes, so
// the close can only come from inspecting the frame while it arrives.
void TestViolations::invalidTextFailsBeforeTheFrameEnds()
{
    QFETCH(bool, engineIsServer);
    QFETCH(bool, deflate);
    constexpr qsizetype kBadAt = 8192 + 100;
    constexpr qsizetype kSize = 1 << 20;
    RawPeer peer(engineIsServer ? Role::Server : Role::Client, deflate, 4 * kSize);
    peer.open();
    if (QTest::currentTestFailed())
        return;
    QByteArray letters(kSize, Qt::Uninitialized);
    QRandomGenerator random(6455);
    for (char &c : letters)
        c = char('a' + random.bounded(26));
    letters[kBadAt] = '\xff';
    QByteArray wire;
    if (deflate) {
        MessageDeflater deflater(15, false);
        wire = peer.wire({compressed(std::uint8_t(Opcode::Text), deflater.compress(bytesOf(letters)))});
    } else {
        wire = peer.wire({text(letters)});
    }
    // Letters deflate to about 5 bits each, so 16 KiB of the wire holds the bad byte either way.
    const QByteArray sent = wire.left(16 * 1024);
    peer.socket()->write(sent.left(8 * 1024));
    peer.socket()->write(sent.mid(8 * 1024));
    checkFailure(peer, quint16(CloseCode::InvalidPayload));
    const QString error = peer.eventsOf(Event::Kind::ProtocolError).value(0).text;
    QVERIFY2(error.contains(QString::number(kBadAt)), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestViolations)
#include "tst_violations.moc"
