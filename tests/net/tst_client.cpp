// SPDX-License-Identifier: GPL-3.0-or-later
// Client behaviour beyond interoperability: failed upgrades with their body, timeouts,
// automatic ping, reconnect with back-off, DNS timing, server-side checks of what was sent.
#include "peerprocess.h"
#include "websocketclient.h"
#include "websocketserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace Sockscope;

namespace {

// A raw HTTP server that answers every request with `response` and closes.
class CannedHttpServer : public QTcpServer
{
public:
    explicit CannedHttpServer(QByteArray response) : m_response(std::move(response))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                socket->write(m_response);
                socket->disconnectFromHost();
            });
        });
    }

private:
    QByteArray m_response;
};

QList<Event> eventsOf(const QSignalSpy &spy, Event::Kind kind)
{
    QList<Event> events;
    for (const QList<QVariant> &arguments : spy) {
        const Event e = arguments.first().value<Event>();
        if (e.kind == kind)
            events.append(e);
    }
    return events;
}

} // namespace

class TestClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Sockscope::Event>(); }
    void failedUpgradesAreRecordedWithBody_data();
    void failedUpgradesAreRecordedWithBody();
    void connectTimeout();
    void automaticPingMeasuresRoundTrip();
    void hungPeerIsClosedAsHalfOpen();
    void reconnectsWithBackoff();
    void resolvesNamesAndTimesPhases();
    void serverSeesHeadersOriginAndSubprotocols();
};

void TestClient::failedUpgradesAreRecordedWithBody_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorPart");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("401") << QByteArray(
            "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer\r\nContent-Length: 12\r\n\r\nno token :-(")
                         << 401 << QStringLiteral("401 Unauthorized") << QByteArray("no token :-(");
    QTest::newRow("404 until close") << QByteArray("HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\nnothing here")
                                     << 404 << QStringLiteral("404") << QByteArray("nothing here");
    QTest::newRow("426") << QByteArray(
            "HTTP/1.1 426 Upgrade Required\r\nSec-WebSocket-Version: 13\r\nContent-Length: 0\r\n\r\n")
                         << 426 << QStringLiteral("426") << QByteArray();
    QTest::newRow("redirect") << QByteArray(
            "HTTP/1.1 302 Found\r\nLocation: ws://elsewhere.test/\r\nContent-Length: 0\r\n\r\n")
                              << 302 << QStringLiteral("redirect to ws://elsewhere.test/") << QByteArray();
}

void TestClient::failedUpgradesAreRecordedWithBody()
{
    QFETCH(QByteArray, response);
    QFETCH(int, status);
    QFETCH(QString, errorPart);
    QFETCH(QByteArray, body);
    CannedHttpServer http(response);
    QVERIFY(http.listen(QHostAddress::LocalHost));
    ClientOptions options;
    options.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/socket").arg(http.serverPort()));
    WebSocketClient client(options);
    QSignalSpy events(&client, &WebSocketClient::eventOccurred);
    QSignalSpy failed(&client, &WebSocketClient::failed);
    client.open();
    QVERIFY(failed.wait(5000));
    QVERIFY2(failed.first().first().toString().contains(errorPart), qPrintable(failed.first().first().toString()));
    const QList<Event> responses = eventsOf(events, Event::Kind::HandshakeResponse);
    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.first().statusCode, status);
    QVERIFY(responses.first().raw.endsWith(body));
    const QList<Event> failures = eventsOf(events, Event::Kind::Failed);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().statusCode, status);
    QCOMPARE(client.state(), WebSocketClient::State::Closed);
}

void TestClient::connectTimeout()
{
    // Accepts TCP but never answers the upgrade.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    ClientOptions options;
    options.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(silent.serverPort()));
    options.connectTimeoutMs = 300;
    WebSocketClient client(options);
    QSignalSpy failed(&client, &WebSocketClient::failed);
    client.open();
    QVERIFY(failed.wait(5000));
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("timed out")),
             qPrintable(failed.first().first().toString()));
}

void TestClient::automaticPingMeasuresRoundTrip()
{
    WebSocketServer server(ServerOptions{});
    QVERIFY(server.listen());
    ClientOptions options;
    options.url = QUrl(QStringLiteral("ws://") + server.listenAddress() + QStringLiteral("/"));
    options.session.pingIntervalMs = 50;
    WebSocketClient client(options);
    QSignalSpy pongs(&client, &WebSocketClient::pongReceived);
    client.open();
    QTRY_VERIFY_WITH_TIMEOUT(pongs.size() >= 3, 5000);
    for (const QList<QVariant> &pong : pongs) {
        QVERIFY(pong.first().toLongLong() >= 0);
        QVERIFY(pong.first().toLongLong() < 1'000'000);
    }
}

// A Node ws server stopped with SIGSTOP: its kernel still holds the TCP connection, nothing
// answers the pings. The client closes it as half-open (1006) after one ping interval,
// saying why, instead of waiting forever.
void TestClient::hungPeerIsClosedAsHalfOpen()
{
    SockscopeTest::PeerProcess node;
    QVERIFY(node.start(
            SockscopeTest::nodeExecutable(),
            {SockscopeTest::peersDirectory() + QStringLiteral("/ws_server.js"), QStringLiteral("--no-deflate")},
            QRegularExpression(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"))));
    ClientOptions options;
    options.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(node.port()));
    options.session.pingIntervalMs = 200;
    WebSocketClient client(options);
    QSignalSpy pongs(&client, &WebSocketClient::pongReceived);
    QSignalSpy events(&client, &WebSocketClient::eventOccurred);
    client.open();
    QTRY_VERIFY_WITH_TIMEOUT(pongs.size() >= 2, 5000); // alive: every ping answered
    QCOMPARE(::kill(pid_t(node.process().processId()), SIGSTOP), 0);
    QElapsedTimer hung;
    hung.start();
    QTRY_VERIFY_WITH_TIMEOUT(!eventsOf(events, Event::Kind::Closed).isEmpty(), 5000);
    ::kill(pid_t(node.process().processId()), SIGCONT);
    QVERIFY2(hung.elapsed() < 2000, qPrintable(QString::number(hung.elapsed())));
    const Event closed = eventsOf(events, Event::Kind::Closed).first();
    QCOMPARE(closed.closeCode, quint16(1006));
    QVERIFY2(closed.detail.contains(QStringLiteral("half-open")), qPrintable(closed.detail));
    QVERIFY(client.session() == nullptr || client.session()->state() == WebSocketSession::State::Closed);
}

void TestClient::reconnectsWithBackoff()
{
    // Find a free port, then start nothing on it yet.
    quint16 port;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    ClientOptions options;
    options.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port));
    options.autoReconnect = true;
    options.reconnectInitialDelayMs = 50;
    options.reconnectMaxDelayMs = 200;
    WebSocketClient client(options);
    QSignalSpy failed(&client, &WebSocketClient::failed);
    QSignalSpy opened(&client, &WebSocketClient::opened);
    client.open();
    QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 3, 5000); // it keeps trying
    ServerOptions serverOptions;
    serverOptions.port = port;
    WebSocketServer server(serverOptions);
    QVERIFY(server.listen());
    QVERIFY(opened.wait(5000));
    // The server going away makes the client come back by itself.
    QSignalSpy closed(&client, &WebSocketClient::closed);
    server.stop();
    QVERIFY(closed.wait(5000));
    WebSocketServer again(serverOptions);
    QVERIFY(again.listen());
    QVERIFY(opened.wait(5000));
    QCOMPARE(opened.size(), 2);
    // A close asked for by the user is final. A negative: twice the longest reconnect delay
    // passes without a new connection; there is nothing to wait for.
    client.close();
    QTest::qWait(2 * options.reconnectMaxDelayMs);
    QCOMPARE(opened.size(), 2);
}

void TestClient::resolvesNamesAndTimesPhases()
{
    WebSocketServer server(ServerOptions{});
    QVERIFY(server.listen());
    ClientOptions options;
    options.url = QUrl(QStringLiteral("ws://localhost:%1/").arg(server.serverPort()));
    WebSocketClient client(options);
    QSignalSpy events(&client, &WebSocketClient::eventOccurred);
    QSignalSpy opened(&client, &WebSocketClient::opened);
    client.open();
    QVERIFY(opened.wait(5000));
    const Event open = eventsOf(events, Event::Kind::Opened).first();
    QVERIFY(open.timings.dnsUs >= 0);
    QVERIFY(open.timings.tcpConnectUs >= 0);
    QCOMPARE(open.timings.tlsUs, -1);
    QVERIFY(open.timings.upgradeUs >= 0);
    QVERIFY(eventsOf(events, Event::Kind::HandshakeRequest)
                    .first()
                    .raw.contains(
                            QByteArray(QByteArray("Host: localhost:") + QByteArray::number(server.serverPort()))));
}

void TestClient::serverSeesHeadersOriginAndSubprotocols()
{
    ServerOptions serverOptions;
    serverOptions.handshake.subprotocols = {"v2", "v1"};
    WebSocketServer server(serverOptions);
    QSignalSpy serverEvents(&server, &WebSocketServer::eventOccurred);
    QVERIFY(server.listen());
    ClientOptions options;
    options.url = QUrl(QStringLiteral("ws://") + server.listenAddress() + QStringLiteral("/path?x=1"));
    options.headers = {{"Authorization", "Bearer abc"}, {"X-Trace", "1"}, {"X-Trace", "2"}};
    options.origin = "https://app.example";
    options.subprotocols = {"v1", "v2"};
    WebSocketClient client(options);
    QSignalSpy opened(&client, &WebSocketClient::opened);
    client.open();
    QVERIFY(opened.wait(5000));
    const QByteArray request = eventsOf(serverEvents, Event::Kind::HandshakeRequest).first().raw;
    QVERIFY(request.startsWith("GET /path?x=1 HTTP/1.1\r\n"));
    QVERIFY(request.contains("\r\nAuthorization: Bearer abc\r\nX-Trace: 1\r\nX-Trace: 2\r\n"));
    QVERIFY(request.contains("\r\nOrigin: https://app.example\r\n"));
    QCOMPARE(client.session()->outcome().subprotocol, QByteArray("v2")); // the server's preference
}

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
