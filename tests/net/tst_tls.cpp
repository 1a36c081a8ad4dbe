// SPDX-License-Identifier: GPL-3.0-or-later
// wss:// with a throw-away CA made by the openssl CLI at test time: our client and server
// against each other and against Qt's own QWebSocket/QWebSocketServer, mutual TLS, TLS file
// errors, and the connect/serve CLI.
#include "clientprobe.h"
#include "peerprocess.h"
#include "websocketclient.h"
#include "websocketserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

#include <unistd.h>

using namespace Sockscope;
using SockscopeTest::ClientProbe;

namespace {

constexpr int kTimeoutMs = 10000;

QSslKey readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            return key;
    }
    return {};
}

QSslCertificate readCertificate(const QString &path)
{
    return QSslCertificate::fromPath(path, QSsl::Pem).value(0);
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verification_data();
    void verification();
    void eachCertificateProblemSaysWhich_data();
    void eachCertificateProblemSaysWhich();
    void ourClientAgainstQtServer();
    void mutualTls_data();
    void mutualTls();
    void qtClientAgainstOurServer();
    void listenFailsOnBadTlsFiles_data();
    void listenFailsOnBadTlsFiles();
    void validateRejectsBadClientFiles_data();
    void validateRejectsBadClientFiles();
    void cliConnectWithCaFile();
    void cliConnectWithoutCaFileFails();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool openssl(const QStringList &arguments);
    bool makeCa(const QString &name, const QString &commonName);
    bool makeLeaf(const QString &name, const QString &ca, const QString &keyAlgorithm, const QString &extensions);
    bool makeExpiredLeaf(const QString &name, const QString &ca, const QString &extensions);
    bool makeSelfSigned(const QString &name);
    std::unique_ptr<WebSocketServer> startServer(const QString &leaf);

    QTemporaryDir m_dir;
    QString m_openssl;
};

bool TestTls::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_openssl, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("openssl %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))), process.readAll().constData());
        return false;
    }
    return true;
}

bool TestTls::makeCa(const QString &name, const QString &commonName)
{
    QFile config(path(name + QStringLiteral(".cnf")));
    if (!config.open(QIODevice::WriteOnly))
        return false;
    // A config of our own, so the system openssl.cnf cannot add or clash with extensions.
    config.write("[req]\ndistinguished_name = dn\n[dn]\n"
                 "[ca]\nbasicConstraints = critical,CA:TRUE\nkeyUsage = critical,keyCertSign,cRLSign\n"
                 "subjectKeyIdentifier = hash\n");
    config.close();
    return openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"),
                    path(name + QStringLiteral(".key"))})
            && openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-x509"), QStringLiteral("-key"),
                        path(name + QStringLiteral(".key")), QStringLiteral("-out"),
                        path(name + QStringLiteral(".crt")), QStringLiteral("-days"), QStringLiteral("2"),
                        QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName, QStringLiteral("-config"),
                        config.fileName(), QStringLiteral("-extensions"), QStringLiteral("ca")});
}

bool TestTls::makeLeaf(const QString &name, const QString &ca, const QString &keyAlgorithm, const QString &extensions)
{
    QFile extFile(path(name + QStringLiteral(".ext")));
    if (!extFile.open(QIODevice::WriteOnly))
        return false;
    extFile.write(extensions.toUtf8());
    extFile.close();
    const QStringList keyOptions = keyAlgorithm == QLatin1String("EC")
            ? QStringList{QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256")}
            : QStringList{QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048")};
    static int serial = 100;
    return openssl(QStringList{QStringLiteral("genpkey"), QStringLiteral("-algorithm"), keyAlgorithm} + keyOptions
                   + QStringList{QStringLiteral("-out"), path(name + QStringLiteral(".key"))})
            && openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"),
                        path(name + QStringLiteral(".key")), QStringLiteral("-out"),
                        path(name + QStringLiteral(".csr")), QStringLiteral("-subj"), QStringLiteral("/CN=") + name,
                        QStringLiteral("-config"), path(ca + QStringLiteral(".cnf"))})
            && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        path(name + QStringLiteral(".csr")), QStringLiteral("-CA"), path(ca + QStringLiteral(".crt")),
                        QStringLiteral("-CAkey"), path(ca + QStringLiteral(".key")), QStringLiteral("-set_serial"),
                        QString::number(++serial), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-out"),
                        path(name + QStringLiteral(".crt")), QStringLiteral("-extfile"), extFile.fileName()});
}

// A leaf of `ca` that expired in 2020: `openssl ca` is the tool that sets validity dates.
bool TestTls::makeExpiredLeaf(const QString &name, const QString &ca, const QString &extensions)
{
    QFile config(path(name + QStringLiteral("-ca.cnf")));
    QFile index(path(name + QStringLiteral("-index.txt")));
    QFile serialFile(path(name + QStringLiteral("-serial")));
    if (!config.open(QIODevice::WriteOnly) || !index.open(QIODevice::WriteOnly)
        || !serialFile.open(QIODevice::WriteOnly))
        return false;
    config.write(QStringLiteral("[ca]\ndefault_ca = db\n[db]\ndatabase = %1\nnew_certs_dir = %2\nserial = %3\n"
                                "default_md = sha256\npolicy = any\nunique_subject = no\n[any]\ncommonName = supplied\n"
                                "[leaf]\n%4")
                         .arg(index.fileName(), m_dir.path(), serialFile.fileName(), extensions)
                         .toUtf8());
    serialFile.write("1000\n");
    config.close();
    index.close();
    serialFile.close();
    return openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-out"),
                    path(name + QStringLiteral(".key"))})
            && openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"),
                        path(name + QStringLiteral(".key")), QStringLiteral("-out"),
                        path(name + QStringLiteral(".csr")), QStringLiteral("-subj"), QStringLiteral("/CN=") + name,
                        QStringLiteral("-config"), path(ca + QStringLiteral(".cnf"))})
            && openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-notext"),
                        QStringLiteral("-config"), config.fileName(), QStringLiteral("-cert"),
                        path(ca + QStringLiteral(".crt")), QStringLiteral("-keyfile"),
                        path(ca + QStringLiteral(".key")), QStringLiteral("-in"), path(name + QStringLiteral(".csr")),
                        QStringLiteral("-out"), path(name + QStringLiteral(".crt")), QStringLiteral("-startdate"),
                        QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"),
                        QStringLiteral("20200102000000Z"), QStringLiteral("-extensions"), QStringLiteral("leaf")});
}

// A server certificate that signs itself, for 127.0.0.1.
bool TestTls::makeSelfSigned(const QString &name)
{
    return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), path(name + QStringLiteral(".key")), QStringLiteral("-out"),
                    path(name + QStringLiteral(".crt")), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                    QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-days"),
                    QStringLiteral("2"), QStringLiteral("-config"), path(QStringLiteral("ca.cnf"))});
}

void TestTls::initTestCase()
{
    qRegisterMetaType<Sockscope::Event>();
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (m_openssl.isEmpty())
        QSKIP("the openssl command is not installed (Debian package openssl); it makes the test CA");
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(m_dir.isValid());

    const QString serverExtensions =
            QStringLiteral("basicConstraints = CA:FALSE\nkeyUsage = critical,digitalSignature,keyEncipherment\n"
                           "extendedKeyUsage = serverAuth\nsubjectAltName = IP:127.0.0.1,DNS:localhost\n"
                           "authorityKeyIdentifier = keyid\n");
    QVERIFY(makeCa(QStringLiteral("ca"), QStringLiteral("Sockscope Test CA")));
    QVERIFY(makeCa(QStringLiteral("other-ca"), QStringLiteral("Unrelated Test CA")));
    QVERIFY(makeLeaf(QStringLiteral("server"), QStringLiteral("ca"), QStringLiteral("EC"), serverExtensions));
    QVERIFY(makeLeaf(QStringLiteral("server-rsa"), QStringLiteral("ca"), QStringLiteral("RSA"), serverExtensions));
    QVERIFY(makeExpiredLeaf(QStringLiteral("expired"), QStringLiteral("ca"), serverExtensions));
    QVERIFY(makeSelfSigned(QStringLiteral("self-signed")));
    QVERIFY(makeLeaf(QStringLiteral("client"), QStringLiteral("ca"), QStringLiteral("EC"),
                     QStringLiteral("basicConstraints = CA:FALSE\nkeyUsage = critical,digitalSignature\n"
                                    "extendedKeyUsage = clientAuth\nauthorityKeyIdentifier = keyid\n")));

    QFile garbage(path(QStringLiteral("garbage.pem")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("this is not PEM\n");
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("keydir")));
    QVERIFY(QFile::copy(path(QStringLiteral("server.key")), path(QStringLiteral("noaccess.key"))));
    QVERIFY(QFile::setPermissions(path(QStringLiteral("noaccess.key")), QFile::Permissions()));
}

std::unique_ptr<WebSocketServer> TestTls::startServer(const QString &leaf)
{
    ServerOptions options;
    options.certFile = path(leaf + QStringLiteral(".crt"));
    options.keyFile = path(leaf + QStringLiteral(".key"));
    options.behaviour = ServerBehaviour::Echo;
    auto server = std::make_unique<WebSocketServer>(options);
    if (!server->listen()) {
        qWarning("listen failed: %s", qPrintable(server->errorString()));
        return nullptr;
    }
    return server;
}

void TestTls::verification_data()
{
    QTest::addColumn<QString>("leaf");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<bool>("insecure");
    QTest::addColumn<QString>("serverName");
    QTest::addColumn<bool>("expectOpen");

    const QString ec = QStringLiteral("server");
    const QString ca = QStringLiteral("ca.crt");
    QTest::newRow("no CA: verification fails") << ec << QString() << false << QString() << false;
    QTest::newRow("unrelated CA: verification fails")
            << ec << QStringLiteral("other-ca.crt") << false << QString() << false;
    QTest::newRow("CA file, IP SAN") << ec << ca << false << QString() << true;
    QTest::newRow("CA file, DNS SAN via server name") << ec << ca << false << QStringLiteral("localhost") << true;
    QTest::newRow("CA file, wrong server name") << ec << ca << false << QStringLiteral("wrong.example") << false;
    QTest::newRow("CA file, RSA server key") << QStringLiteral("server-rsa") << ca << false << QString() << true;
    QTest::newRow("insecure") << ec << QString() << true << QString() << true;
    QTest::newRow("insecure, wrong server name") << ec << QString() << true << QStringLiteral("wrong.example") << true;
}

void TestTls::verification()
{
    QFETCH(QString, leaf);
    QFETCH(QString, caFile);
    QFETCH(bool, insecure);
    QFETCH(QString, serverName);
    QFETCH(bool, expectOpen);

    const auto server = startServer(leaf);
    QVERIFY(server);
    QVERIFY(server->isSecure());
    QSignalSpy peerOpened(server.get(), &WebSocketServer::peerOpened);

    ClientOptions options;
    options.url = QUrl(QStringLiteral("wss://127.0.0.1:%1/tls").arg(server->serverPort()));
    options.caFile = caFile.isEmpty() ? QString() : path(caFile);
    options.insecure = insecure;
    options.tlsServerName = serverName;
    QVERIFY(WebSocketClient::validate(options).isEmpty());
    ClientProbe probe(options);
    probe.client.open();

    if (!expectOpen) {
        QVERIFY(probe.failed.wait(kTimeoutMs));
        const QString error = probe.failed.at(0).at(0).toString();
        qInfo("failure: %s", qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("certificate verification"), Qt::CaseInsensitive), qPrintable(error));
        const QList<Event> failedEvents = probe.eventsOf(Event::Kind::Failed);
        QCOMPARE(failedEvents.size(), 1);
        QCOMPARE(failedEvents.constFirst().text, error);
        QCOMPARE(probe.opened.size(), 0);
        QCOMPARE(probe.client.state(), WebSocketClient::State::Closed);
        // The upgrade never reached the server. A negative: the server reports no TLS failure it
        // could be waited for, so it is given a short, bounded moment to prove it.
        QTest::qWait(50);
        QCOMPARE(peerOpened.size(), 0);
        return;
    }

    QVERIFY2(probe.opened.wait(kTimeoutMs), qPrintable(probe.client.errorString()));
    const QList<Event> openedEvents = probe.eventsOf(Event::Kind::Opened);
    QCOMPARE(openedEvents.size(), 1);
    QVERIFY(openedEvents.constFirst().timings.tlsUs >= 0);
    // The session is recorded: protocol and cipher, how the peer was checked, its chain.
    const QList<Event> tlsEvents = probe.eventsOf(Event::Kind::TlsEstablished);
    QCOMPARE(tlsEvents.size(), 1);
    QVERIFY2(tlsEvents.constFirst().text.startsWith(QLatin1String("TLS 1.")), qPrintable(tlsEvents.constFirst().text));
    QCOMPARE(tlsEvents.constFirst().detail.startsWith(QLatin1String("peer verified")), !insecure);
    QVERIFY(!QSslCertificate::fromData(tlsEvents.constFirst().raw, QSsl::Pem).isEmpty());
    probe.client.session()->sendText(QStringLiteral("over TLS ✓"));
    QTRY_COMPARE_WITH_TIMEOUT(probe.messages.size(), 1, kTimeoutMs);
    QCOMPARE(probe.messages.at(0).at(1).toByteArray(), QStringLiteral("over TLS ✓").toUtf8());
    QSignalSpy closed(&probe.client, &WebSocketClient::closed);
    probe.client.close();
    QVERIFY(closed.wait(kTimeoutMs));
    QCOMPARE(probe.failed.size(), 0);
}

// Expired, self-signed, wrong host and untrusted chain each fail with their own words, so the
// user knows which of them to fix (certificates made by the test with openssl).
void TestTls::eachCertificateProblemSaysWhich_data()
{
    QTest::addColumn<QString>("leaf");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("serverName");
    QTest::addColumn<QString>("says");
    QTest::newRow("expired") << QStringLiteral("expired") << QStringLiteral("ca.crt") << QString()
                             << QStringLiteral("expired");
    QTest::newRow("self-signed") << QStringLiteral("self-signed") << QString() << QString()
                                 << QStringLiteral("self-signed");
    QTest::newRow("wrong host") << QStringLiteral("server") << QStringLiteral("ca.crt")
                                << QStringLiteral("wrong.example") << QStringLiteral("host name");
    QTest::newRow("untrusted chain") << QStringLiteral("server") << QStringLiteral("other-ca.crt") << QString()
                                     << QStringLiteral("issuer");
}

void TestTls::eachCertificateProblemSaysWhich()
{
    QFETCH(QString, leaf);
    QFETCH(QString, caFile);
    QFETCH(QString, serverName);
    QFETCH(QString, says);
    const auto server = startServer(leaf);
    QVERIFY(server);
    ClientOptions options;
    options.url = QUrl(QStringLiteral("wss://127.0.0.1:%1/tls").arg(server->serverPort()));
    options.caFile = caFile.isEmpty() ? QString() : path(caFile);
    options.tlsServerName = serverName;
    ClientProbe probe(options);
    probe.client.open();
    QVERIFY(probe.failed.wait(kTimeoutMs));
    const QString error = probe.failed.at(0).at(0).toString();
    qInfo("%s", qPrintable(error));
    QVERIFY2(error.contains(says, Qt::CaseInsensitive), qPrintable(error));
    for (const QString &other : {QStringLiteral("expired"), QStringLiteral("self-signed"), QStringLiteral("host name"),
                                 QStringLiteral("issuer")}) {
        if (other != says)
            QVERIFY2(!error.contains(other, Qt::CaseInsensitive), qPrintable(error));
    }
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

void TestTls::ourClientAgainstQtServer()
{
    QWebSocketServer qtServer(QStringLiteral("tst_tls"), QWebSocketServer::SecureMode);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(readCertificate(path(QStringLiteral("server.crt"))));
    config.setPrivateKey(readKey(path(QStringLiteral("server.key"))));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    QVERIFY(!config.privateKey().isNull());
    qtServer.setSslConfiguration(config);
    QVERIFY(qtServer.listen(QHostAddress::LocalHost, 0));
    connect(&qtServer, &QWebSocketServer::newConnection, this, [&qtServer] {
        QWebSocket *socket = qtServer.nextPendingConnection();
        socket->setParent(&qtServer); // the caller owns it; unparented, it leaks (LeakSanitizer)
        connect(socket, &QWebSocket::textMessageReceived, socket,
                [socket](const QString &message) { socket->sendTextMessage(message); });
    });

    ClientOptions options;
    options.url = QUrl(QStringLiteral("wss://127.0.0.1:%1/").arg(qtServer.serverPort()));
    options.caFile = path(QStringLiteral("ca.crt"));
    ClientProbe probe(options);
    probe.client.open();
    QVERIFY2(probe.opened.wait(kTimeoutMs), qPrintable(probe.client.errorString()));
    probe.client.session()->sendText(QStringLiteral("to Qt"));
    QTRY_COMPARE_WITH_TIMEOUT(probe.messages.size(), 1, kTimeoutMs);
    QCOMPARE(probe.messages.at(0).at(1).toByteArray(), QByteArray("to Qt"));
    probe.client.close();
    QTRY_COMPARE_WITH_TIMEOUT(probe.client.state(), WebSocketClient::State::Closed, kTimeoutMs);
}

void TestTls::mutualTls_data()
{
    QTest::addColumn<bool>("withClientCertificate");
    QTest::newRow("client certificate") << true;
    QTest::newRow("no client certificate") << false;
}

// Our server does not ask for client certificates, so Qt's server checks ours.
void TestTls::mutualTls()
{
    QFETCH(bool, withClientCertificate);
    QWebSocketServer qtServer(QStringLiteral("tst_tls"), QWebSocketServer::SecureMode);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(readCertificate(path(QStringLiteral("server.crt"))));
    config.setPrivateKey(readKey(path(QStringLiteral("server.key"))));
    config.setCaCertificates({readCertificate(path(QStringLiteral("ca.crt")))});
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    qtServer.setSslConfiguration(config);
    QVERIFY(qtServer.listen(QHostAddress::LocalHost, 0));
    QString peerName;
    connect(&qtServer, &QWebSocketServer::newConnection, this, [&qtServer, &peerName] {
        QWebSocket *socket = qtServer.nextPendingConnection();
        socket->setParent(&qtServer); // the caller owns it; unparented, it leaks (LeakSanitizer)
        peerName = socket->sslConfiguration().peerCertificate().subjectInfo(QSslCertificate::CommonName).value(0);
        connect(socket, &QWebSocket::textMessageReceived, socket,
                [socket](const QString &message) { socket->sendTextMessage(message); });
    });

    ClientOptions options;
    options.url = QUrl(QStringLiteral("wss://127.0.0.1:%1/").arg(qtServer.serverPort()));
    options.caFile = path(QStringLiteral("ca.crt"));
    if (withClientCertificate) {
        options.clientCertFile = path(QStringLiteral("client.crt"));
        options.clientKeyFile = path(QStringLiteral("client.key"));
    }
    QVERIFY(WebSocketClient::validate(options).isEmpty());
    ClientProbe probe(options);
    probe.client.open();

    if (!withClientCertificate) {
        QVERIFY(probe.failed.wait(kTimeoutMs));
        qInfo("failure: %s", qPrintable(probe.failed.at(0).at(0).toString()));
        QVERIFY(!probe.failed.at(0).at(0).toString().isEmpty());
        QCOMPARE(probe.opened.size(), 0);
        return;
    }
    QVERIFY2(probe.opened.wait(kTimeoutMs), qPrintable(probe.client.errorString()));
    QCOMPARE(peerName, QStringLiteral("client"));
    probe.client.session()->sendText(QStringLiteral("mutual"));
    QTRY_COMPARE_WITH_TIMEOUT(probe.messages.size(), 1, kTimeoutMs);
    probe.client.close();
    QTRY_COMPARE_WITH_TIMEOUT(probe.client.state(), WebSocketClient::State::Closed, kTimeoutMs);
}

void TestTls::qtClientAgainstOurServer()
{
    const auto server = startServer(QStringLiteral("server"));
    QVERIFY(server);
    QWebSocket socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificate(readCertificate(path(QStringLiteral("ca.crt"))));
    socket.setSslConfiguration(config);
    QSignalSpy connected(&socket, &QWebSocket::connected);
    QSignalSpy received(&socket, &QWebSocket::textMessageReceived);
    QSignalSpy sslErrors(&socket, &QWebSocket::sslErrors);
    socket.open(QUrl(QStringLiteral("wss://127.0.0.1:%1/qt").arg(server->serverPort())));
    QVERIFY(connected.wait(kTimeoutMs));
    QCOMPARE(sslErrors.size(), 0);
    socket.sendTextMessage(QStringLiteral("from Qt"));
    QVERIFY(received.wait(kTimeoutMs));
    QCOMPARE(received.at(0).at(0).toString(), QStringLiteral("from Qt"));
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    socket.close();
    // QWebSocket may report the disconnection from inside close().
    QVERIFY(!disconnected.isEmpty() || disconnected.wait(kTimeoutMs));
    QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodeNormal);
}

void TestTls::listenFailsOnBadTlsFiles_data()
{
    QTest::addColumn<QString>("certFile");
    QTest::addColumn<QString>("keyFile");
    QTest::addColumn<QString>("named");
    QTest::addColumn<bool>("needsUnprivileged");

    const QString cert = QStringLiteral("server.crt");
    QTest::newRow("missing key file") << cert << QStringLiteral("missing.key") << QStringLiteral("missing.key")
                                      << false;
    QTest::newRow("key path is a directory") << cert << QStringLiteral("keydir") << QStringLiteral("keydir") << false;
    QTest::newRow("key file without permission")
            << cert << QStringLiteral("noaccess.key") << QStringLiteral("noaccess.key") << true;
    QTest::newRow("key file is not PEM") << cert << QStringLiteral("garbage.pem") << QStringLiteral("garbage.pem")
                                         << false;
    QTest::newRow("certificate as key") << cert << cert << cert << false;
    QTest::newRow("missing certificate file")
            << QStringLiteral("missing.crt") << QStringLiteral("server.key") << QStringLiteral("missing.crt") << false;
    QTest::newRow("key without certificate") << QString() << QStringLiteral("server.key") << QString() << false;
}

void TestTls::listenFailsOnBadTlsFiles()
{
    QFETCH(QString, certFile);
    QFETCH(QString, keyFile);
    QFETCH(QString, named);
    QFETCH(bool, needsUnprivileged);

    if (needsUnprivileged && geteuid() == 0)
        QSKIP("root reads files regardless of their permissions");

    ServerOptions options;
    options.certFile = certFile.isEmpty() ? QString() : path(certFile);
    options.keyFile = path(keyFile);
    WebSocketServer server(options);
    QVERIFY(!server.listen());
    QVERIFY(!server.isListening());
    const QString error = server.errorString();
    qInfo("error: %s", qPrintable(error));
    QVERIFY(!error.isEmpty());
    // The message names the file at fault, so the user knows which option to fix.
    if (!named.isEmpty())
        QVERIFY2(error.contains(path(named)), qPrintable(error));
}

void TestTls::validateRejectsBadClientFiles_data()
{
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("certFile");
    QTest::addColumn<QString>("keyFile");
    QTest::addColumn<QString>("named");

    QTest::newRow("missing CA file") << QStringLiteral("missing-ca.crt") << QString() << QString()
                                     << QStringLiteral("missing-ca.crt");
    QTest::newRow("CA file is not PEM") << QStringLiteral("garbage.pem") << QString() << QString()
                                        << QStringLiteral("garbage.pem");
    QTest::newRow("client certificate without key")
            << QString() << QStringLiteral("client.crt") << QString() << QString();
    QTest::newRow("missing client key") << QString() << QStringLiteral("client.crt") << QStringLiteral("missing.key")
                                        << QStringLiteral("missing.key");
}

void TestTls::validateRejectsBadClientFiles()
{
    QFETCH(QString, caFile);
    QFETCH(QString, certFile);
    QFETCH(QString, keyFile);
    QFETCH(QString, named);

    ClientOptions options;
    options.url = QUrl(QStringLiteral("wss://127.0.0.1:9/"));
    options.caFile = caFile.isEmpty() ? QString() : path(caFile);
    options.clientCertFile = certFile.isEmpty() ? QString() : path(certFile);
    options.clientKeyFile = keyFile.isEmpty() ? QString() : path(keyFile);
    const QString error = WebSocketClient::validate(options);
    qInfo("error: %s", qPrintable(error));
    QVERIFY(!error.isEmpty());
    if (!named.isEmpty())
        QVERIFY2(error.contains(path(named)), qPrintable(error));

    // open() reports the same error without touching the network.
    ClientProbe probe(options);
    probe.client.open();
    QCOMPARE(probe.failed.size(), 1);
    QCOMPARE(probe.failed.at(0).at(0).toString(), error);
    QVERIFY(probe.eventsOf(Event::Kind::Connecting).isEmpty());
}

void TestTls::cliConnectWithCaFile()
{
    SockscopeTest::PeerProcess serve;
    QVERIFY2(serve.start(SockscopeTest::sockscopeExecutable(),
                         {QStringLiteral("serve"), QStringLiteral("--tls-cert"), path(QStringLiteral("server.crt")),
                          QStringLiteral("--tls-key"), path(QStringLiteral("server.key")), QStringLiteral("--echo")},
                         QRegularExpression(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"))),
             qPrintable(serve.output()));

    QProcess client;
    client.start(SockscopeTest::sockscopeExecutable(),
                 {QStringLiteral("connect"), QStringLiteral("wss://127.0.0.1:%1/").arg(serve.port()),
                  QStringLiteral("--ca-file"), path(QStringLiteral("ca.crt")), QStringLiteral("--send"),
                  QStringLiteral("hi"), QStringLiteral("--no-stdin")});
    QVERIFY(client.waitForFinished(kTimeoutMs));
    const QString out = QString::fromUtf8(client.readAllStandardOutput());
    const QString err = QString::fromUtf8(client.readAllStandardError());
    QVERIFY2(client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0,
             qPrintable(QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(client.exitCode()).arg(out, err)));
    // The echo came back: "hi" is printed once sent and once received.
    QVERIFY2(out.count(QLatin1String("hi")) >= 2, qPrintable(out));
    QCOMPARE(serve.stop(), 0);
}

void TestTls::cliConnectWithoutCaFileFails()
{
    SockscopeTest::PeerProcess serve;
    QVERIFY2(serve.start(SockscopeTest::sockscopeExecutable(),
                         {QStringLiteral("serve"), QStringLiteral("--tls-cert"), path(QStringLiteral("server.crt")),
                          QStringLiteral("--tls-key"), path(QStringLiteral("server.key")), QStringLiteral("--echo")},
                         QRegularExpression(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"))),
             qPrintable(serve.output()));

    QProcess client;
    client.start(SockscopeTest::sockscopeExecutable(),
                 {QStringLiteral("connect"), QStringLiteral("wss://127.0.0.1:%1/").arg(serve.port()),
                  QStringLiteral("--send"), QStringLiteral("hi"), QStringLiteral("--no-stdin")});
    QVERIFY(client.waitForFinished(kTimeoutMs));
    const QString err = QString::fromUtf8(client.readAllStandardError());
    QCOMPARE(client.exitStatus(), QProcess::NormalExit);
    QCOMPARE(client.exitCode(), 1);
    const QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 1, qPrintable(err));
    QVERIFY2(lines.constFirst().contains(QLatin1String("certificate verification"), Qt::CaseInsensitive),
             qPrintable(err));
    QCOMPARE(serve.stop(), 0);
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
