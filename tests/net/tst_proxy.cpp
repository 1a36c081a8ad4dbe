// SPDX-License-Identifier: GPL-3.0-or-later
// Our client through real proxies started by the test: tinyproxy for HTTP CONNECT (ws:// and
// wss:// tunnels, a refused port, the CLI's --proxy) and Dante's danted for SOCKS5.
#include "clientprobe.h"
#include "peerprocess.h"
#include "websocketclient.h"
#include "websocketserver.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sockscope;
using SockscopeTest::ClientProbe;

namespace {

constexpr int kTimeoutMs = 10000;

// A port that was free a moment ago; the proxies cannot be told to pick one themselves.
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

class TestProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void httpConnect_data();
    void httpConnect();
    void httpConnectRefusedPort();
    void cliThroughHttpProxy();
    void socks5();

private:
    std::unique_ptr<WebSocketServer> startEchoServer(bool secure);
    // Starts tinyproxy allowing CONNECT to `allowedPorts`; false (and QSKIP) when it is missing.
    bool startTinyproxy(SockscopeTest::PeerProcess &proxy, const QList<quint16> &allowedPorts);
    void roundTrip(const QNetworkProxy &proxy, WebSocketServer &server, const QString &scheme);

    QTemporaryDir m_dir;
    QString m_tinyproxy;
    QString m_danted;
    QString m_openssl;
    quint16 m_proxyPort = 0;
};

void TestProxy::initTestCase()
{
    qRegisterMetaType<Sockscope::Event>();
    QVERIFY(m_dir.isValid());
    const QStringList system = {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/sbin"),
                                QStringLiteral("/bin")};
    m_tinyproxy = QStandardPaths::findExecutable(QStringLiteral("tinyproxy"));
    if (m_tinyproxy.isEmpty())
        m_tinyproxy = QStandardPaths::findExecutable(QStringLiteral("tinyproxy"), system);
    m_danted = QStandardPaths::findExecutable(QStringLiteral("danted"), system);
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));

    // A self-signed certificate for the wss:// tunnel; the client runs with insecure=true
    // because this test is about the tunnel, not about verification (tst_tls covers that).
    if (!m_openssl.isEmpty()) {
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(m_openssl,
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("server.key")), QStringLiteral("-out"),
                       m_dir.filePath(QStringLiteral("server.crt")), QStringLiteral("-days"), QStringLiteral("1"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=localhost")});
        QVERIFY(openssl.waitForFinished(30000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAll().constData());
    }
}

void TestProxy::init()
{
    if (m_tinyproxy.isEmpty() && QByteArray(QTest::currentTestFunction()) != "socks5")
        QSKIP("tinyproxy is not installed (Debian package tinyproxy): no HTTP CONNECT proxy to test with");
}

std::unique_ptr<WebSocketServer> TestProxy::startEchoServer(bool secure)
{
    ServerOptions options;
    options.behaviour = ServerBehaviour::Echo;
    if (secure) {
        options.certFile = m_dir.filePath(QStringLiteral("server.crt"));
        options.keyFile = m_dir.filePath(QStringLiteral("server.key"));
    }
    auto server = std::make_unique<WebSocketServer>(options);
    if (!server->listen()) {
        qWarning("echo server: %s", qPrintable(server->errorString()));
        return nullptr;
    }
    return server;
}

bool TestProxy::startTinyproxy(SockscopeTest::PeerProcess &proxy, const QList<quint16> &allowedPorts)
{
    // The port is picked before tinyproxy binds it: retry if another process took it meanwhile.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const quint16 port = freePort();
        QFile config(m_dir.filePath(QStringLiteral("tinyproxy-%1.conf").arg(port)));
        if (!config.open(QIODevice::WriteOnly))
            return false;
        QByteArray text = "Port " + QByteArray::number(port)
                + "\nListen 127.0.0.1\nAllow 127.0.0.1\nTimeout 30\nMaxClients 16\nLogLevel Info\n";
        for (const quint16 allowed : allowedPorts)
            text += "ConnectPort " + QByteArray::number(allowed) + '\n';
        config.write(text);
        config.close();
        if (proxy.start(m_tinyproxy, {QStringLiteral("-d"), QStringLiteral("-c"), config.fileName()},
                        QRegularExpression(QStringLiteral("Accepting connections")), kTimeoutMs)) {
            m_proxyPort = port;
            return true;
        }
        qWarning("tinyproxy did not start on port %u:\n%s", port, qPrintable(proxy.output()));
        proxy.stop();
    }
    return false;
}

void TestProxy::roundTrip(const QNetworkProxy &proxy, WebSocketServer &server, const QString &scheme)
{
    ClientOptions options;
    options.url = QUrl(QStringLiteral("%1://127.0.0.1:%2/tunnel").arg(scheme).arg(server.serverPort()));
    options.proxy = proxy;
    options.insecure = scheme == QLatin1String("wss");
    ClientProbe probe(options);
    QSignalSpy peerOpened(&server, &WebSocketServer::peerOpened);
    probe.client.open();
    QVERIFY2(probe.opened.wait(kTimeoutMs), qPrintable(probe.client.errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(peerOpened.size(), 1, kTimeoutMs);

    // Behind a proxy there is no local DNS phase (the timings say -1).
    const Event *opened = probe.firstOf(Event::Kind::Opened);
    QVERIFY(opened);
    QCOMPARE(opened->timings.dnsUs, qint64(-1));
    QVERIFY(opened->timings.tcpConnectUs >= 0);

    const QByteArray big(70000, 'z');
    probe.client.session()->sendText(QStringLiteral("through the proxy"));
    probe.client.session()->sendMessage(Opcode::Binary, big);
    QTRY_COMPARE_WITH_TIMEOUT(probe.messages.size(), 2, kTimeoutMs);
    QCOMPARE(probe.messages.at(0).at(1).toByteArray(), QByteArray("through the proxy"));
    QCOMPARE(probe.messages.at(1).at(1).toByteArray(), big);

    QSignalSpy closed(&probe.client, &WebSocketClient::closed);
    probe.client.close();
    QVERIFY(closed.wait(kTimeoutMs));
    const Event *closedEvent = probe.firstOf(Event::Kind::Closed);
    QVERIFY(closedEvent);
    QCOMPARE(closedEvent->closeCode, quint16(CloseCode::Normal));
    QCOMPARE(probe.failed.size(), 0);
}

void TestProxy::httpConnect_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("ws") << QStringLiteral("ws");
    QTest::newRow("wss") << QStringLiteral("wss");
}

void TestProxy::httpConnect()
{
    QFETCH(QString, scheme);
    const bool secure = scheme == QLatin1String("wss");
    if (secure && m_openssl.isEmpty())
        QSKIP("the openssl command is not installed: no certificate for the wss:// tunnel");
    const auto server = startEchoServer(secure);
    QVERIFY(server);
    SockscopeTest::PeerProcess proxy;
    QVERIFY2(startTinyproxy(proxy, {server->serverPort()}), qPrintable(proxy.output()));

    roundTrip(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_proxyPort), *server, scheme);
    if (QTest::currentTestFailed())
        qInfo("tinyproxy log:\n%s", qPrintable(proxy.output()));
    // The proxy saw the tunnel request.
    const QString connectLine =
            QStringLiteral("Request .*: CONNECT 127\\.0\\.0\\.1:%1 HTTP/").arg(server->serverPort());
    QVERIFY2(proxy.waitForOutput(QRegularExpression(connectLine), kTimeoutMs), qPrintable(proxy.output()));
}

void TestProxy::httpConnectRefusedPort()
{
    const auto allowed = startEchoServer(false);
    const auto refused = startEchoServer(false);
    QVERIFY(allowed && refused);
    SockscopeTest::PeerProcess proxy;
    QVERIFY2(startTinyproxy(proxy, {allowed->serverPort()}), qPrintable(proxy.output()));

    ClientOptions options;
    options.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(refused->serverPort()));
    options.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_proxyPort);
    ClientProbe probe(options);
    QSignalSpy peerConnected(refused.get(), &WebSocketServer::eventOccurred);
    probe.client.open();
    QVERIFY(probe.failed.wait(kTimeoutMs));
    const QString error = probe.failed.at(0).at(0).toString();
    qInfo("failure: %s", qPrintable(error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(probe.opened.size(), 0);
    QCOMPARE(probe.client.state(), WebSocketClient::State::Closed);
    // The proxy refused the CONNECT: nothing reached the server behind it.
    QCOMPARE(peerConnected.size(), 0);
}

void TestProxy::cliThroughHttpProxy()
{
    const auto server = startEchoServer(false);
    QVERIFY(server);
    SockscopeTest::PeerProcess proxy;
    QVERIFY2(startTinyproxy(proxy, {server->serverPort()}), qPrintable(proxy.output()));

    QProcess client;
    client.start(SockscopeTest::sockscopeExecutable(),
                 {QStringLiteral("connect"), QStringLiteral("ws://127.0.0.1:%1/").arg(server->serverPort()),
                  QStringLiteral("--proxy"), QStringLiteral("http://127.0.0.1:%1").arg(m_proxyPort),
                  QStringLiteral("--send"), QStringLiteral("hi via proxy"), QStringLiteral("--no-stdin"),
                  QStringLiteral("--linger"), QStringLiteral("0.5")});
    // The server runs in this process: keep its event loop turning while the CLI works.
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == QProcess::NotRunning, kTimeoutMs);
    const QString out = QString::fromUtf8(client.readAllStandardOutput());
    const QString err = QString::fromUtf8(client.readAllStandardError());
    QVERIFY2(client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0,
             qPrintable(QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(client.exitCode()).arg(out, err)));
    QVERIFY2(out.count(QLatin1String("hi via proxy")) >= 2, qPrintable(out));
    const QString connectLine =
            QStringLiteral("Request .*: CONNECT 127\\.0\\.0\\.1:%1 HTTP/").arg(server->serverPort());
    QVERIFY2(proxy.waitForOutput(QRegularExpression(connectLine), kTimeoutMs), qPrintable(proxy.output()));
}

void TestProxy::socks5()
{
    if (m_danted.isEmpty())
        QSKIP("danted is not installed (Debian package dante-server): no SOCKS5 proxy to test with");
    const auto server = startEchoServer(false);
    QVERIFY(server);

    SockscopeTest::PeerProcess proxy;
    quint16 port = 0;
    for (int attempt = 0; attempt < 3 && port == 0; ++attempt) {
        const quint16 candidate = freePort();
        QFile config(m_dir.filePath(QStringLiteral("danted-%1.conf").arg(candidate)));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("logoutput: stderr\n"
                     "internal: 127.0.0.1 port = "
                     + QByteArray::number(candidate)
                     + "\nexternal: 127.0.0.1\n"
                       "socksmethod: none\nclientmethod: none\n"
                       "client pass {\n  from: 127.0.0.1/32 to: 0.0.0.0/0\n  log: connect error\n}\n"
                       "socks pass {\n  from: 127.0.0.1/32 to: 127.0.0.1/32\n  command: connect\n"
                       "  log: connect disconnect error\n}\n");
        config.close();
        // In the foreground by default; -N 1 keeps a single mother process.
        if (proxy.start(m_danted,
                        {QStringLiteral("-f"), config.fileName(), QStringLiteral("-p"),
                         m_dir.filePath(QStringLiteral("danted-%1.pid").arg(candidate)), QStringLiteral("-N"),
                         QStringLiteral("1")},
                        QRegularExpression(QStringLiteral("Dante/server\\S* v[\\d.]+ running")), kTimeoutMs)) {
            port = candidate;
        } else {
            qWarning("danted did not start on port %u:\n%s", candidate, qPrintable(proxy.output()));
            proxy.stop();
        }
    }
    QVERIFY2(port != 0, qPrintable(proxy.output()));

    roundTrip(QNetworkProxy(QNetworkProxy::Socks5Proxy, QStringLiteral("127.0.0.1"), port), *server,
              QStringLiteral("ws"));
    if (QTest::currentTestFailed())
        qInfo("danted log:\n%s", qPrintable(proxy.output()));
    // danted logs the relayed connection with the target as ADDRESS.PORT after the arrow.
    QVERIFY2(proxy.waitForOutput(
                     QRegularExpression(
                             QStringLiteral("tcp/connect .* -> .*127\\.0\\.0\\.1\\.%1\\b").arg(server->serverPort())),
                     kTimeoutMs),
             qPrintable(proxy.output()));
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
