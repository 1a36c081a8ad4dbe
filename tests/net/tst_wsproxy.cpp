// SPDX-License-Identifier: GPL-3.0-or-later
// The WebSocket proxy (issue 11) between peers we did not write: Node's ws and Python's
// websockets clients and servers in their own processes, our client where a test needs to
// look at exactly what the proxy answered. Reverse proxy (deflate on, off and on one leg only,
// wss:// with a test CA), refused and unreachable upstreams, closes passed on, replace and
// drop rules through the CLI, 1 000 pairs at once, and the forward proxy (CONNECT, wss://
// with the local CA, plain HTTP relayed).
#include "capture/capturefiles.h"
#include "capture/capturereader.h"
#include "interopsupport.h"
#include "localca.h"
#include "models/connectiontreemodel.h"
#include "proxypair.h"
#include "proxyserver.h"
#include "refusedport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/resource.h>

using namespace Sockscope;
using namespace SockscopeTest;

namespace {

constexpr int kStepTimeoutMs = 10000;
constexpr int kRunTimeoutMs = 120000;
const QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
const QRegularExpression kListening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));

struct Run
{
    bool passed = false;
    QString output;
};

// Runs a peer script to its end while this thread keeps proxying: the wait runs the event loop.
Run runScript(const QString &interpreter, const QStringList &arguments,
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    PeerProcess script;
    script.process().setProcessEnvironment(environment);
    script.process().start(interpreter, arguments);
    const bool ended = QTest::qWaitFor([&] { return script.process().state() == QProcess::NotRunning; }, kRunTimeoutMs);
    script.waitForExit(0);
    Run run;
    run.output = script.output().trimmed();
    run.passed = ended && script.process().exitStatus() == QProcess::NormalExit && script.process().exitCode() == 0;
    return run;
}

QString script(const char *name)
{
    return peersDirectory() + QLatin1Char('/') + QLatin1String(name);
}

ProxyOptions reverseOptions(quint16 upstreamPort, bool deflate, const QString &scheme = QStringLiteral("ws"))
{
    ProxyOptions options;
    options.upstream.url = QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(upstreamPort));
    options.deflate = deflate;
    return options;
}

// The events of one leg of the proxy's only pair.
struct Legs
{
    explicit Legs(const EventLog &log)
    {
        for (const Event &e : log.events()) {
            if (e.kind == Event::Kind::Connecting && e.pairedId != 0) {
                upstream = e.connectionId;
                client = e.pairedId;
                proxyId = e.serverId;
            }
        }
    }
    quint64 client = 0;
    quint64 upstream = 0;
    quint64 proxyId = 0;
};

QString openedExtensions(const EventLog &log, quint64 connectionId)
{
    const auto opened = log.last(Event::Kind::Opened, connectionId);
    return opened ? opened->detail : QStringLiteral("(not opened)");
}

// Our client through the proxy, for the cases that look at what the client got.
struct OurClient
{
    explicit OurClient(const QUrl &url)
        : client(options(url)),
          log(&client),
          messages(&client, &WebSocketClient::messageReceived),
          ended(&client, &WebSocketClient::stateChanged)
    {
        client.open();
    }
    static ClientOptions options(const QUrl &url)
    {
        ClientOptions o;
        o.url = url;
        return o;
    }
    bool waitClosed()
    {
        return QTest::qWaitFor([this] { return client.state() == WebSocketClient::State::Closed; }, kStepTimeoutMs);
    }

    WebSocketClient client;
    EventLog log;
    QSignalSpy messages;
    QSignalSpy ended;
};

// An upstream that refuses every upgrade with the given response.
struct RefusingUpstream
{
    explicit RefusingUpstream(const QByteArray &response)
    {
        server.listen(QHostAddress::LocalHost);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, response] {
            QTcpSocket *socket = server.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, response] {
                if (socket->readAll().contains("\r\n\r\n")) {
                    socket->write(response);
                    socket->disconnectFromHost();
                }
            });
        });
    }
    QTcpServer server;
};

// Sends a raw request to the proxy and returns what came back: up to the end of the response
// head, or everything until the proxy closed. Empty when that did not come in time.
QByteArray askProxy(quint16 proxyPort, const QByteArray &request, bool untilClosed = false)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, proxyPort);
    if (!socket.waitForConnected(kStepTimeoutMs))
        return {};
    socket.write(request);
    QByteArray answer;
    const bool complete = QTest::qWaitFor(
            [&] {
                answer += socket.readAll();
                return untilClosed ? socket.state() == QAbstractSocket::UnconnectedState : answer.contains("\r\n\r\n");
            },
            kStepTimeoutMs);
    return complete ? answer : QByteArray();
}

} // namespace

class TestWsProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reverseRelaysBothLegs_data();
    void reverseRelaysBothLegs();
    void reverseOverWssWithTestCa();
    void reverseForwardsHeadersAndSubprotocols();
    void refusedUpgradeReachesClient_data();
    void refusedUpgradeReachesClient();
    void unreachableUpstreamGives502();
    void upstreamCloseReachesClient();
    void upstreamDropBecomes1014();
    void slowUpstreamPausesClientLeg();
    void quietCliProxyRelaysEverything();
    void cliRulesEditAndDropMarked();
    void cliRejectsBadArguments_data();
    void cliRejectsBadArguments();
    void thousandPairs();
    void forwardConnectTunnel();
    void forwardAbsoluteFormUpgrade();
    void forwardWssWithLocalCa();
    void forwardRelaysPlainHttp();
    void forwardRefusesRequestsWithoutTarget_data();
    void forwardRefusesRequestsWithoutTarget();
    void chromiumThroughForwardProxy();
    void cliPrintsCa();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool openssl(const QStringList &arguments);
    bool makeTestCa();
    bool makeLeaf(const QString &name);
    // The Node ws echo server over wss:// with the test CA's "upstream" certificate.
    bool startWssServer(PeerProcess &server) const
    {
        return server.start(nodeExecutable(),
                            {peerServerScript(ThirdParty::Node), QStringLiteral("--tls-cert"),
                             path(QStringLiteral("upstream.crt")), QStringLiteral("--tls-key"),
                             path(QStringLiteral("upstream.key"))},
                            kListening);
    }

    QTemporaryDir m_dir;
};

void TestWsProxy::initTestCase()
{
    for (const ThirdParty peer : {ThirdParty::Node, ThirdParty::Python}) {
        const QString why = peerUnavailableReason(peer);
        if (!why.isEmpty())
            QSKIP(qPrintable(why));
    }
    QVERIFY(m_dir.isValid());
    QVERIFY(makeTestCa());
    QVERIFY(makeLeaf(QStringLiteral("upstream")));
    QVERIFY(makeLeaf(QStringLiteral("proxy")));
}

bool TestWsProxy::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(arguments.join(QLatin1Char(' '))), process.readAll().constData());
        return false;
    }
    return true;
}

bool TestWsProxy::makeTestCa()
{
    QFile config(path(QStringLiteral("ca.cnf")));
    if (!config.open(QIODevice::WriteOnly))
        return false;
    config.write("[req]\ndistinguished_name = dn\n[dn]\n"
                 "[ca]\nbasicConstraints = critical,CA:TRUE\nkeyUsage = critical,keyCertSign,cRLSign\n");
    config.close();
    return openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"),
                    path(QStringLiteral("ca.key"))})
            && openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-x509"), QStringLiteral("-key"),
                        path(QStringLiteral("ca.key")), QStringLiteral("-out"), path(QStringLiteral("ca.crt")),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=Proxy test CA"), QStringLiteral("-config"), config.fileName(),
                        QStringLiteral("-extensions"), QStringLiteral("ca")});
}

bool TestWsProxy::makeLeaf(const QString &name)
{
    QFile ext(path(name + QStringLiteral(".ext")));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName = IP:127.0.0.1\nextendedKeyUsage = serverAuth\n");
    ext.close();
    return openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"),
                    path(name + QStringLiteral(".key"))})
            && openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"),
                        path(name + QStringLiteral(".key")), QStringLiteral("-out"),
                        path(name + QStringLiteral(".csr")), QStringLiteral("-subj"), QStringLiteral("/CN=") + name,
                        QStringLiteral("-config"), path(QStringLiteral("ca.cnf"))})
            && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        path(name + QStringLiteral(".csr")), QStringLiteral("-CA"), path(QStringLiteral("ca.crt")),
                        QStringLiteral("-CAkey"), path(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-out"),
                        path(name + QStringLiteral(".crt")), QStringLiteral("-extfile"), ext.fileName()});
}

void TestWsProxy::reverseRelaysBothLegs_data()
{
    QTest::addColumn<bool>("clientDeflate");
    QTest::addColumn<bool>("serverDeflate");
    QTest::addColumn<bool>("proxyDeflate");
    QTest::newRow("deflate on both legs") << true << true << true;
    QTest::newRow("deflate off") << true << true << false;
    QTest::newRow("deflate on the client leg only") << true << false << true;
    QTest::newRow("deflate on the upstream leg only") << false << true << true;
}

// Node ws client -> our reverse proxy -> Python websockets server: the client's scripted
// echo cases pass, each leg negotiated its own deflate, and both legs carried the same
// messages in the same order.
void TestWsProxy::reverseRelaysBothLegs()
{
    QFETCH(bool, clientDeflate);
    QFETCH(bool, serverDeflate);
    QFETCH(bool, proxyDeflate);
    PeerProcess server;
    QVERIFY(startPeerServer(server, ThirdParty::Python,
                            serverDeflate ? QStringList() : QStringList{QStringLiteral("--no-deflate")}));
    ProxyServer proxy(reverseOptions(server.port(), proxyDeflate));
    EventLog log(&proxy);
    QVERIFY2(proxy.listen(), qPrintable(proxy.errorString()));

    QStringList arguments{peerClientScript(ThirdParty::Node),
                          QStringLiteral("ws://127.0.0.1:%1/via/proxy?x=1").arg(proxy.serverPort()),
                          QStringLiteral("--case"), QStringLiteral("all")};
    if (!clientDeflate)
        arguments << QStringLiteral("--no-deflate");
    if (clientDeflate && proxyDeflate)
        arguments << QStringLiteral("--expect-deflate");
    const Run run = runScript(nodeExecutable(), arguments);
    QVERIFY2(run.passed, qPrintable(run.output));

    const Legs legs(log);
    QVERIFY(legs.client != 0 && legs.upstream != 0);
    QCOMPARE(legs.proxyId, proxy.serverId());
    const bool clientLegDeflated = clientDeflate && proxyDeflate;
    const bool upstreamLegDeflated = serverDeflate && proxyDeflate;
    QCOMPARE(openedExtensions(log, legs.client).contains(QLatin1String("permessage-deflate")), clientLegDeflated);
    QCOMPARE(openedExtensions(log, legs.upstream).contains(QLatin1String("permessage-deflate")), upstreamLegDeflated);
    // Client to server and back: what one leg received, the other sent, in order.
    const QByteArray clientSent = messageBytes(log.dataFrames(Direction::Incoming, legs.client));
    QVERIFY(clientSent.size() > 16 * 1024 * 1024);
    QVERIFY2(byteDifference(messageBytes(log.dataFrames(Direction::Outgoing, legs.upstream)), clientSent).isEmpty(),
             "client to server differs");
    const QByteArray serverSent = messageBytes(log.dataFrames(Direction::Incoming, legs.upstream));
    QVERIFY2(byteDifference(messageBytes(log.dataFrames(Direction::Outgoing, legs.client)), serverSent).isEmpty(),
             "server to client differs");
    QCOMPARE(serverSent, clientSent); // an echo server
    // The client's path and query reached the server, and so did its close.
    QVERIFY2(server.waitForOutput(QRegularExpression(QStringLiteral("open 1 path=/via/proxy\\?x=1 "))),
             qPrintable(server.output()));
    QVERIFY2(server.waitForOutput(QRegularExpression(QStringLiteral("close 1 4001 client bye"))),
             qPrintable(server.output()));
}

// The client's own headers and subprotocol offer reach the server, Host is the upstream's,
// and the server's choice of subprotocol comes back to the client.
void TestWsProxy::reverseForwardsHeadersAndSubprotocols()
{
    PeerProcess server;
    QVERIFY(startPeerServer(server, ThirdParty::Python));
    ProxyServer proxy(reverseOptions(server.port(), false));
    QVERIFY(proxy.listen());
    const Run run =
            runScript(nodeExecutable(),
                      {peerClientScript(ThirdParty::Node), QStringLiteral("ws://127.0.0.1:%1/").arg(proxy.serverPort()),
                       QStringLiteral("--case"), QStringLiteral("subprotocol"), QStringLiteral("--protocol"),
                       QStringLiteral("chat.v1"), QStringLiteral("--protocol"), QStringLiteral("chat.v2"),
                       QStringLiteral("--expect-protocol"), QStringLiteral("chat.v1"), QStringLiteral("--header"),
                       QStringLiteral("%1:%2").arg(QLatin1String(PeerScript::kHeaderName),
                                                   QLatin1String(PeerScript::kHeaderValue))});
    QVERIFY2(run.passed, qPrintable(run.output));
    const QString log = collectedOutput(server);
    QCOMPARE(matchingLines(log, QStringLiteral("header 1 x-sockscope-test: interop-42")).size(), 1);
    QCOMPARE(matchingLines(log, QStringLiteral("header 1 host: 127\\.0\\.0\\.1:%1").arg(server.port())).size(), 1);
    QCOMPARE(matchingLines(log, QStringLiteral("header 1 sec-websocket-protocol: chat\\.v1, chat\\.v2")).size(), 1);
    QCOMPARE(matchingLines(log, QStringLiteral("open 1 .*protocol=chat\\.v1 .*")).size(), 1);
}

// Python client -> our proxy listening with wss:// -> Node ws server over wss://, both
// certificates from a test CA that the client and the proxy's upstream leg trust.
void TestWsProxy::reverseOverWssWithTestCa()
{
    PeerProcess server;
    QVERIFY(startWssServer(server));
    ProxyOptions options = reverseOptions(server.port(), true, QStringLiteral("wss"));
    options.upstream.caFile = path(QStringLiteral("ca.crt"));
    options.listen.certFile = path(QStringLiteral("proxy.crt"));
    options.listen.keyFile = path(QStringLiteral("proxy.key"));
    ProxyServer proxy(options);
    EventLog log(&proxy);
    QVERIFY2(proxy.listen(), qPrintable(proxy.errorString()));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SSL_CERT_FILE"), path(QStringLiteral("ca.crt")));
    const Run run = runScript(pythonExecutable(),
                              {peerClientScript(ThirdParty::Python),
                               QStringLiteral("wss://127.0.0.1:%1/").arg(proxy.serverPort()), QStringLiteral("--case"),
                               QStringLiteral("all"), QStringLiteral("--expect-deflate")},
                              environment);
    QVERIFY2(run.passed, qPrintable(run.output));
    const Legs legs(log);
    QCOMPARE(log.count(Event::Kind::TlsEstablished, legs.client), 1);
    QCOMPARE(log.count(Event::Kind::TlsEstablished, legs.upstream), 1);
    const QByteArray clientSent = messageBytes(log.dataFrames(Direction::Incoming, legs.client));
    QVERIFY(!clientSent.isEmpty());
    QCOMPARE(messageBytes(log.dataFrames(Direction::Outgoing, legs.upstream)), clientSent);
    QCOMPARE(messageBytes(log.dataFrames(Direction::Outgoing, legs.client)),
             messageBytes(log.dataFrames(Direction::Incoming, legs.upstream)));
}

void TestWsProxy::refusedUpgradeReachesClient_data()
{
    QTest::addColumn<QByteArray>("response");
    QTest::addColumn<int>("status");
    QTest::newRow("401 with a body") << QByteArray(
            "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"ws\"\r\n"
            "Content-Length: 12\r\n\r\nlog in first")
                                     << 401;
    QTest::newRow("404") << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n\r\nno socket") << 404;
    QTest::newRow("426 until close") << QByteArray("HTTP/1.1 426 Upgrade Required\r\nX-Why: old\r\n\r\nupgrade") << 426;
    QTest::newRow("redirect") << QByteArray("HTTP/1.1 302 Found\r\nLocation: ws://127.0.0.1:1/elsewhere\r\n"
                                            "Content-Length: 0\r\n\r\n")
                              << 302;
}

// An upstream that refuses the upgrade: the client gets the same status, headers and body.
void TestWsProxy::refusedUpgradeReachesClient()
{
    QFETCH(QByteArray, response);
    QFETCH(int, status);
    RefusingUpstream upstream(response);
    ProxyServer proxy(reverseOptions(upstream.server.serverPort(), false));
    QVERIFY(proxy.listen());
    OurClient client(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(proxy.serverPort())));
    QVERIFY(client.waitClosed());
    const auto failed = client.log.last(Event::Kind::Failed);
    QVERIFY(failed);
    QCOMPARE(failed->statusCode, status);
    QCOMPARE(failed->raw, response);
}

// An upstream nobody listens on: 502 with a one-line reason.
void TestWsProxy::unreachableUpstreamGives502()
{
    const SockscopeTest::RefusedPort refused;
    QVERIFY(refused.isValid());
    const quint16 port = refused.port();
    ProxyServer proxy(reverseOptions(port, false));
    QVERIFY(proxy.listen());
    OurClient client(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(proxy.serverPort())));
    QVERIFY(client.waitClosed());
    const auto failed = client.log.last(Event::Kind::Failed);
    QVERIFY(failed);
    QCOMPARE(failed->statusCode, 502);
    const QByteArray body = failed->raw.mid(failed->raw.indexOf("\r\n\r\n") + 4);
    QVERIFY2(body.startsWith("upstream unreachable: ") && body.count('\n') <= 1, body.constData());
}

// The server closes with a code and reason: the client sees the same.
void TestWsProxy::upstreamCloseReachesClient()
{
    PeerProcess server;
    QVERIFY(startPeerServer(server, ThirdParty::Node));
    ProxyServer proxy(reverseOptions(server.port(), true));
    QVERIFY(proxy.listen());
    OurClient client(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(proxy.serverPort())));
    QVERIFY(QTest::qWaitFor([&] { return client.client.session() != nullptr; }, kStepTimeoutMs));
    client.client.session()->sendText(QStringLiteral("close-me 4003 server says bye"));
    QVERIFY(client.waitClosed());
    const auto closed = client.log.last(Event::Kind::Closed);
    QVERIFY(closed);
    QCOMPARE(closed->closeCode, quint16(4003));
    QCOMPARE(closed->text, QStringLiteral("server says bye"));
}

// The server goes away without a close: the client gets 1014 (RFC 6455 §7.4.1).
void TestWsProxy::upstreamDropBecomes1014()
{
    PeerProcess server;
    QVERIFY(startPeerServer(server, ThirdParty::Python));
    ProxyServer proxy(reverseOptions(server.port(), false));
    QVERIFY(proxy.listen());
    OurClient client(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(proxy.serverPort())));
    QVERIFY(QTest::qWaitFor([&] { return client.client.session() != nullptr; }, kStepTimeoutMs));
    server.process().kill();
    QVERIFY(client.waitClosed());
    const auto closed = client.log.last(Event::Kind::Closed);
    QVERIFY(closed);
    QCOMPARE(closed->closeCode, quint16(CloseCode::BadGateway));
}

// A server that stops reading: the proxy's queue toward it stays bounded, it stops reading the
// client, and once the server reads again every message arrives, in order.
void TestWsProxy::slowUpstreamPausesClientLeg()
{
    constexpr int kMessages = 48;
    constexpr qsizetype kMessageSize = 1024 * 1024;
    ServerOptions serverOptions;
    serverOptions.behaviour = ServerBehaviour::Manual;
    WebSocketServer server(serverOptions);
    QVERIFY(server.listen());
    QList<QByteArray> received;
    QPointer<WebSocketSession> upstreamPeer;
    connect(&server, &WebSocketServer::peerOpened, this, [&](WebSocketSession *session) {
        upstreamPeer = session;
        session->setReadingPaused(true);
        connect(session, &WebSocketSession::messageReceived, this,
                [&](Opcode, const QByteArray &data) { received.append(data); });
    });
    ProxyOptions options = reverseOptions(server.serverPort(), false);
    options.listen.session.frameEvents = false;
    options.upstream.session.frameEvents = false;
    ProxyServer proxy(options);
    QSignalSpy opened(&proxy, &ProxyServer::pairOpened);
    QVERIFY(proxy.listen());
    OurClient client(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(proxy.serverPort())));
    QVERIFY(QTest::qWaitFor([&] { return client.client.session() && !opened.isEmpty() && upstreamPeer; },
                            kStepTimeoutMs));
    auto *pair = opened.first().first().value<ProxyPair *>();
    for (int i = 0; i < kMessages; ++i)
        client.client.session()->sendMessage(Opcode::Binary, patternBytes(kMessageSize, quint32(i + 1)));
    qint64 largestQueue = 0;
    const bool paused = QTest::qWaitFor(
            [&] {
                largestQueue = qMax(largestQueue, pair->leg(ProxyPair::Leg::Upstream)->bytesToWrite());
                return pair->leg(ProxyPair::Leg::Client)->isReadingPaused();
            },
            kStepTimeoutMs);
    QVERIFY(paused);
    QTest::qWait(300); // the client keeps sending; the proxy must not take it
    largestQueue = qMax(largestQueue, pair->leg(ProxyPair::Leg::Upstream)->bytesToWrite());
    QVERIFY2(largestQueue <= options.maxQueuedBytes + kMessageSize + 64, qPrintable(QString::number(largestQueue)));
    upstreamPeer->setReadingPaused(false);
    QVERIFY(QTest::qWaitFor([&] { return received.size() == kMessages; }, kRunTimeoutMs));
    for (int i = 0; i < kMessages; ++i)
        QVERIFY2(received.at(i) == patternBytes(kMessageSize, quint32(i + 1)), qPrintable(QString::number(i)));
}

// `sockscope proxy --replace --drop --record --jsonl`: the edited message arrives edited, the
// dropped one never, and the capture and JSON Lines mark both; proxy_pairs links the legs.
// A quiet, unrecorded `sockscope proxy` builds no frame events: messages, fragments, pings and
// the close still go through (the legs answer pings themselves then).
void TestWsProxy::quietCliProxyRelaysEverything()
{
    PeerProcess server;
    QVERIFY(startPeerServer(server, ThirdParty::Python));
    PeerProcess proxy;
    QVERIFY(proxy.start(sockscopeExecutable(),
                        {QStringLiteral("proxy"), QStringLiteral("--upstream"),
                         QStringLiteral("ws://127.0.0.1:%1").arg(server.port()), QStringLiteral("--quiet")},
                        kListening));
    const Run run =
            runScript(nodeExecutable(),
                      {peerClientScript(ThirdParty::Node), QStringLiteral("ws://127.0.0.1:%1/").arg(proxy.port()),
                       QStringLiteral("--case"), QStringLiteral("all")});
    QVERIFY2(run.passed, qPrintable(run.output));
    QCOMPARE(proxy.stop(), 0);
}

void TestWsProxy::cliRulesEditAndDropMarked()
{
    PeerProcess server;
    QVERIFY(startPeerServer(server, ThirdParty::Python));
    const QString capture = path(QStringLiteral("rules.wscap"));
    PeerProcess proxy;
    QVERIFY(proxy.start(sockscopeExecutable(),
                        {QStringLiteral("proxy"), QStringLiteral("--upstream"),
                         QStringLiteral("ws://127.0.0.1:%1").arg(server.port()), QStringLiteral("--replace"),
                         QStringLiteral("c2s:secret (\\w+):hidden \\1"), QStringLiteral("--drop"),
                         QStringLiteral("s2c:^drop"), QStringLiteral("--record"), capture, QStringLiteral("--jsonl")},
                        kListening));
    OurClient client(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(proxy.port())));
    QVERIFY(QTest::qWaitFor([&] { return client.client.session() != nullptr; }, kStepTimeoutMs));
    // A message long enough to be recorded once per direction: relayed bytes name the received copy.
    const QByteArray relayed = "relayed " + QByteArray("unchanged ").repeated(30);
    for (const QByteArray &text : {QByteArray("my secret word"), QByteArray("drop me"), relayed, QByteArray("end")})
        client.client.session()->sendText(QString::fromLatin1(text));
    QVERIFY(QTest::qWaitFor([&] { return client.messages.size() >= 3; }, kStepTimeoutMs));
    QTest::qWait(200); // nothing else may follow
    QCOMPARE(client.messages.size(), 3);
    QCOMPARE(client.messages.at(0).at(1).toByteArray(), QByteArray("my hidden word"));
    QCOMPARE(client.messages.at(1).at(1).toByteArray(), relayed);
    QCOMPARE(client.messages.at(2).at(1).toByteArray(), QByteArray("end"));
    client.client.close();
    QVERIFY(client.waitClosed());
    QCOMPARE(proxy.stop(), 0);
    QVERIFY(proxy.output().contains(QLatin1String("\"edited\":true")));
    QVERIFY(proxy.output().contains(QLatin1String("\"dropped\":true")));

    CaptureReader reader;
    QVERIFY2(reader.open(capture), qPrintable(reader.errorString()));
    QList<Event> edited, dropped;
    reader.readEvents([&](const Event &e) {
        if (e.edited)
            edited.append(e);
        if (e.dropped)
            dropped.append(e);
        return true;
    });
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.first().direction, Direction::Outgoing);
    QCOMPARE(edited.first().payload, QByteArray("my hidden word"));
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.first().direction, Direction::Incoming);
    QCOMPARE(dropped.first().payload, QByteArray("drop me"));
    // The dropped message came in on the upstream leg, the edited one went out on it.
    QCOMPARE(dropped.first().connectionId, edited.first().connectionId);

    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(capture.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt *pairs = nullptr;
    QCOMPARE(sqlite3_prepare_v2(db, "SELECT upstream_id, client_id FROM proxy_pairs", -1, &pairs, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_step(pairs), SQLITE_ROW);
    const auto upstreamId = quint64(sqlite3_column_int64(pairs, 0));
    const auto clientId = quint64(sqlite3_column_int64(pairs, 1));
    sqlite3_finalize(pairs);
    // Out to the server and back to the client, each sent copy names the copy the other leg received.
    sqlite3_stmt *shared = nullptr;
    QCOMPARE(sqlite3_prepare_v2(db,
                                "SELECT count(*) FROM frames f JOIN frames source ON source.id = f.payload_from "
                                "WHERE source.connection_id != f.connection_id AND source.direction = 0 "
                                "AND length(source.payload) = ?1 AND length(f.payload) = 0",
                                -1, &shared, nullptr),
             SQLITE_OK);
    sqlite3_bind_int64(shared, 1, relayed.size());
    QCOMPARE(sqlite3_step(shared), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int64(shared, 0), qint64(2));
    sqlite3_finalize(shared);
    sqlite3_close(db);
    QCOMPARE(upstreamId, edited.first().connectionId);
    QVERIFY(clientId != upstreamId && clientId != 0);
    // Read back, the upstream leg names its client leg, and the tree nests it there.
    const QList<ConnectionInfo> connections = reader.connections();
    const auto upstreamInfo = std::find_if(connections.begin(), connections.end(),
                                           [&](const ConnectionInfo &c) { return c.id == upstreamId; });
    QVERIFY(upstreamInfo != connections.end());
    QCOMPARE(upstreamInfo->pairedId, clientId);
    ConnectionTreeModel tree;
    tree.loadRecorded(connections, {});
    QCOMPARE(tree.indexForConnection(upstreamId).parent(), tree.indexForConnection(clientId));
    // The pair survives a round trip through JSON Lines and HAR.
    for (const QString &extension : {QStringLiteral("jsonl"), QStringLiteral("har")}) {
        const QString exported = m_dir.filePath(QStringLiteral("rules.") + extension);
        const QString back = m_dir.filePath(QStringLiteral("rules-from-") + extension + QStringLiteral(".wscap"));
        QString error;
        QVERIFY2(CaptureFiles::save(reader, exported, &error), qPrintable(error));
        CaptureReader reimported;
        QVERIFY2(CaptureFiles::open(exported, back, reimported, &error), qPrintable(error));
        const QList<ConnectionInfo> legs = reimported.connections();
        const auto upstreamLeg =
                std::find_if(legs.begin(), legs.end(), [](const ConnectionInfo &c) { return c.pairedId; });
        QVERIFY2(upstreamLeg != legs.end(), qPrintable(extension));
        const auto clientLeg = std::find_if(legs.begin(), legs.end(),
                                            [&](const ConnectionInfo &c) { return c.id == upstreamLeg->pairedId; });
        QVERIFY2(clientLeg != legs.end(), qPrintable(extension));
        QCOMPARE(clientLeg->role, QStringLiteral("server"));
        QCOMPARE(upstreamLeg->role, QStringLiteral("client"));
    }
}

void TestWsProxy::cliRejectsBadArguments_data()
{
    const QStringList reverse{QStringLiteral("--upstream"), QStringLiteral("ws://127.0.0.1:1")};
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("rule without a direction")
            << reverse + QStringList{QStringLiteral("--drop"), QStringLiteral("sideways:x")}
            << QStringLiteral("--drop: rule \"sideways:x\" must start with c2s:, s2c: or both:");
    QTest::newRow("rule with a bad regex") << reverse + QStringList{QStringLiteral("--drop"), QStringLiteral("c2s:(")}
                                           << QStringLiteral("--drop: rule \"c2s:(\": invalid regular expression");
    QTest::newRow("replace without a replacement")
            << reverse + QStringList{QStringLiteral("--replace"), QStringLiteral("both:x")}
            << QStringLiteral("--replace: rule \"both:x\" needs DIR:REGEX:REPLACEMENT");
    QTest::newRow("forward proxy with a missing CA file")
            << QStringList{QStringLiteral("--ca-file"), QStringLiteral("/nonexistent/ca.pem")}
            << QStringLiteral("cannot read certificate file /nonexistent/ca.pem");
    QTest::newRow("upstream that is not ws")
            << QStringList{QStringLiteral("--upstream"), QStringLiteral("http://127.0.0.1:1")}
            << QStringLiteral("unsupported URL scheme");
}

// Bad proxy arguments: exit 2 and one error line, before anything listens.
void TestWsProxy::cliRejectsBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    QProcess process;
    process.start(sockscopeExecutable(), QStringList{QStringLiteral("proxy")} + arguments);
    QVERIFY(process.waitForFinished(kStepTimeoutMs));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.startsWith(QStringLiteral("sockscope: ") + error) && err.count(QLatin1Char('\n')) == 1,
             qPrintable(err));
}

// 1 000 Node clients through the proxy at once to one Node server: every one gets its echo
// and a clean close.
void TestWsProxy::thousandPairs()
{
    constexpr int kPairs = 1000;
    rlimit limit{};
    getrlimit(RLIMIT_NOFILE, &limit);
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
    if (limit.rlim_cur < 4 * kPairs + 100)
        QSKIP("the open-file limit is too low for 1 000 pairs");
    PeerProcess server;
    QVERIFY(startPeerServer(server, ThirdParty::Node, {QStringLiteral("--no-deflate")}));
    ProxyOptions options = reverseOptions(server.port(), false);
    options.listen.session.frameEvents = false;
    options.upstream.session.frameEvents = false;
    ProxyServer proxy(options);
    QSignalSpy opened(&proxy, &ProxyServer::pairOpened);
    QSignalSpy finished(&proxy, &ProxyServer::pairFinished);
    QVERIFY(proxy.listen());
    const Run run = runScript(nodeExecutable(),
                              {script("ws_many_clients.js"),
                               QStringLiteral("ws://127.0.0.1:%1/").arg(proxy.serverPort()), QString::number(kPairs)});
    QVERIFY2(run.passed, qPrintable(run.output));
    QCOMPARE(opened.size(), kPairs);
    QVERIFY(QTest::qWaitFor([&] { return finished.size() == kPairs; }, kRunTimeoutMs));
    QVERIFY(proxy.pairs().isEmpty());
}

// Forward proxy: a Node client opens a CONNECT tunnel to a ws:// server, as an agent does.
void TestWsProxy::forwardConnectTunnel()
{
    PeerProcess server;
    QVERIFY(startPeerServer(server, ThirdParty::Node));
    ProxyServer proxy(ProxyOptions{});
    EventLog log(&proxy);
    QVERIFY(proxy.listen());
    const Run run =
            runScript(nodeExecutable(),
                      {script("ws_proxy_client.js"), QStringLiteral("ws://127.0.0.1:%1/tunnel").arg(server.port()),
                       QStringLiteral("--proxy"), QStringLiteral("127.0.0.1:%1").arg(proxy.serverPort()),
                       QStringLiteral("one"), QStringLiteral("two")});
    QVERIFY2(run.passed, qPrintable(run.output));
    const Legs legs(log);
    QVERIFY(legs.upstream != 0);
    const auto connecting = log.last(Event::Kind::Connecting, legs.upstream);
    QCOMPARE(connecting->text, QStringLiteral("ws://127.0.0.1:%1/tunnel").arg(server.port()));
    QCOMPARE(messageBytes(log.dataFrames(Direction::Incoming, legs.client)), QByteArray("onetwo"));
    QCOMPARE(messageBytes(log.dataFrames(Direction::Outgoing, legs.upstream)), QByteArray("onetwo"));
}

// Forward proxy: `GET ws://host:port/path` in absolute form, as a browser sends it for ws://.
void TestWsProxy::forwardAbsoluteFormUpgrade()
{
    PeerProcess server;
    QVERIFY(startPeerServer(server, ThirdParty::Node));
    ProxyServer proxy(ProxyOptions{});
    QVERIFY(proxy.listen());
    const QByteArray answer =
            askProxy(proxy.serverPort(),
                     QStringLiteral("GET ws://127.0.0.1:%1/absolute?form=1 HTTP/1.1\r\nHost: 127.0.0.1:%1\r\n"
                                    "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                                    "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                             .arg(server.port())
                             .toUtf8());
    QVERIFY2(answer.startsWith("HTTP/1.1 101"), answer.constData());
    QCOMPARE(rawHeaderValue(answer, "Sec-WebSocket-Accept"), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    QVERIFY2(server.waitForOutput(QRegularExpression(QStringLiteral("open 1 path=/absolute\\?form=1 "))),
             qPrintable(server.output()));
}

// Forward proxy, wss:// through CONNECT: the proxy terminates TLS with a certificate minted by
// its local CA, which the client trusts; the upstream leg trusts the server's test CA.
void TestWsProxy::forwardWssWithLocalCa()
{
    PeerProcess server;
    QVERIFY(startWssServer(server));
    LocalCa ca(path(QStringLiteral("local-ca")));
    QString error;
    QVERIFY2(ca.ensure(&error), qPrintable(error)); // as `sockscope proxy --print-ca` does first
    ProxyOptions options;
    options.upstream.caFile = path(QStringLiteral("ca.crt"));
    ProxyServer proxy(options);
    proxy.setLocalCa(&ca);
    EventLog log(&proxy);
    QVERIFY(proxy.listen());
    const Run run = runScript(nodeExecutable(),
                              {script("ws_proxy_client.js"), QStringLiteral("wss://127.0.0.1:%1/").arg(server.port()),
                               QStringLiteral("--proxy"), QStringLiteral("127.0.0.1:%1").arg(proxy.serverPort()),
                               QStringLiteral("--ca"), ca.certificatePath(), QStringLiteral("secret")});
    QVERIFY2(run.passed, qPrintable(run.output));
    const Legs legs(log);
    QCOMPARE(log.count(Event::Kind::TlsEstablished, legs.client), 1);
    QCOMPARE(log.count(Event::Kind::TlsEstablished, legs.upstream), 1);
    // The plain text is visible on both legs: that is what the proxy is for.
    QCOMPARE(messageBytes(log.dataFrames(Direction::Incoming, legs.client)), QByteArray("secret"));
    QCOMPARE(messageBytes(log.dataFrames(Direction::Incoming, legs.upstream)), QByteArray("secret"));
    QCOMPARE(QFile(ca.keyPath()).permissions() & kGroupOrOther, QFileDevice::Permissions());
}

// A plain HTTP request through the forward proxy is relayed as it is: the Node server's
// answer to a request that is not an upgrade comes back.
void TestWsProxy::forwardRelaysPlainHttp()
{
    PeerProcess server;
    QVERIFY(startPeerServer(server, ThirdParty::Node));
    ProxyServer proxy(ProxyOptions{});
    QVERIFY(proxy.listen());
    const QByteArray answer =
            askProxy(proxy.serverPort(),
                     QStringLiteral("GET http://127.0.0.1:%1/page HTTP/1.1\r\nHost: 127.0.0.1:%1\r\n\r\n")
                             .arg(server.port())
                             .toUtf8());
    // ws's own answer to a GET without an upgrade.
    QVERIFY2(answer.startsWith("HTTP/1.1 426"), answer.constData());
}

void TestWsProxy::forwardRefusesRequestsWithoutTarget_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("CONNECT without a port") << QByteArray("CONNECT example.test HTTP/1.1\r\n\r\n");
    QTest::newRow("origin form outside a tunnel") << QByteArray("GET /page HTTP/1.1\r\n\r\n");
}

// A forward-proxy request that does not say where it goes: 400 with a one-line reason.
void TestWsProxy::forwardRefusesRequestsWithoutTarget()
{
    QFETCH(QByteArray, request);
    ProxyServer proxy(ProxyOptions{});
    QVERIFY(proxy.listen());
    const QByteArray answer = askProxy(proxy.serverPort(), request, true);
    QVERIFY2(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"), answer.constData());
    QCOMPARE(answer.mid(answer.indexOf("\r\n\r\n") + 4).count('\n'), 1);
}

// Chromium headless, pointed at the forward proxy, runs a page that opens a ws:// and a wss://
// socket (the wss:// certificate minted by the local CA, trusted by its SPKI hash) and sends
// one message on each: both reach their servers and come back, on both legs of each pair.
void TestWsProxy::chromiumThroughForwardProxy()
{
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty())
        QSKIP("Debian's chromium is not installed");
    PeerProcess plain;
    QVERIFY(startPeerServer(plain, ThirdParty::Node));
    PeerProcess secure;
    QVERIFY(startWssServer(secure));
    LocalCa ca(path(QStringLiteral("chromium-ca")));
    QString error;
    const auto minted = ca.serverConfiguration(QStringLiteral("127.0.0.1"), &error);
    QVERIFY2(minted, qPrintable(error));
    const QByteArray spki =
            QCryptographicHash::hash(minted->localCertificate().publicKey().toDer(), QCryptographicHash::Sha256)
                    .toBase64();
    ProxyOptions options;
    options.upstream.caFile = path(QStringLiteral("ca.crt"));
    ProxyServer proxy(options);
    proxy.setLocalCa(&ca);
    EventLog log(&proxy);
    QVERIFY(proxy.listen());

    const QString page = QStringLiteral("data:text/html,<script>"
                                        "for (const u of ['ws://127.0.0.1:%1/plain', 'wss://127.0.0.1:%2/secure']) {"
                                        "  const w = new WebSocket(u); w.onopen = () => w.send('chromium ' + u); }"
                                        "</script>")
                                 .arg(plain.port())
                                 .arg(secure.port());
    PeerProcess browser;
    browser.process().start(
            chromium,
            {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
             QStringLiteral("--user-data-dir=") + path(QStringLiteral("chromium-profile")),
             QStringLiteral("--proxy-server=http://127.0.0.1:%1").arg(proxy.serverPort()),
             QStringLiteral("--proxy-bypass-list=<-loopback>"),
             QStringLiteral("--ignore-certificate-errors-spki-list=") + QString::fromLatin1(spki), page});
    const QByteArray plainText = QStringLiteral("chromium ws://127.0.0.1:%1/plain").arg(plain.port()).toUtf8();
    const QByteArray secureText = QStringLiteral("chromium wss://127.0.0.1:%1/secure").arg(secure.port()).toUtf8();
    auto echoedOnBothLegs = [&](const QByteArray &text) {
        QList<quint64> legs;
        for (const Event &e : log.events()) {
            if (e.kind == Event::Kind::Frame && e.direction == Direction::Incoming && e.payload == text)
                legs.append(e.connectionId);
        }
        return legs.size() == 2; // the echo came in from the server, the message from the browser
    };
    const bool seen = QTest::qWaitFor([&] { return echoedOnBothLegs(plainText) && echoedOnBothLegs(secureText); },
                                      kRunTimeoutMs / 2);
    browser.process().kill();
    browser.waitForExit(kStepTimeoutMs);
    QVERIFY2(seen, qPrintable(browser.output().right(2000)));
}

// `sockscope proxy --print-ca` creates the CA in the user's config folder and prints its path;
// the key is readable by its owner only.
void TestWsProxy::cliPrintsCa()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(sockscopeExecutable(), {QStringLiteral("proxy"), QStringLiteral("--print-ca")});
    QVERIFY(process.waitForFinished(kStepTimeoutMs));
    QCOMPARE(process.exitCode(), 0);
    const QString printed = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    QCOMPARE(printed, path(QStringLiteral("config/sockscope/proxy-ca.pem")));
    QCOMPARE(QSslCertificate::fromPath(printed).size(), 1);
    const QFile key(path(QStringLiteral("config/sockscope/proxy-ca-key.pem")));
    QVERIFY(key.exists());
    QCOMPARE(key.permissions() & kGroupOrOther, QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(TestWsProxy)
#include "tst_wsproxy.moc"
