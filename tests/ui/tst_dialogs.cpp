// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/connectionprofiles.h"
#include "dialogs/filepathedit.h"
#include "dialogs/newconnectiondialog.h"
#include "dialogs/newserverdialog.h"
#include "screenshot.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Sockscope;
using SockscopeTest::saveScreenshot;

namespace {

ClientOptions fullClientOptions(QNetworkProxy::ProxyType proxyType = QNetworkProxy::Socks5Proxy)
{
    ClientOptions o;
    o.url = QUrl(QStringLiteral("wss://example.com:8443/chat?room=1"));
    o.headers = {{"Authorization", "Bearer abc"}, {"X-Dup", "one"}, {"x-dup", "two"}};
    o.subprotocols = {"chat", "superchat"};
    o.origin = "https://example.com";
    o.deflate = true;
    o.insecure = true;
    o.caFile = QStringLiteral("/etc/ssl/ca.pem");
    o.clientCertFile = QStringLiteral("/home/u/client.pem");
    o.clientKeyFile = QStringLiteral("/home/u/client.key");
    o.tlsServerName = QStringLiteral("example.org");
    if (proxyType != QNetworkProxy::NoProxy)
        o.proxy = QNetworkProxy(proxyType, QStringLiteral("proxy.local"), 3129, QStringLiteral("user"),
                                QStringLiteral("secret"));
    o.connectTimeoutMs = 2500;
    o.autoReconnect = true;
    o.reconnectInitialDelayMs = 700;
    o.reconnectMaxDelayMs = 9000;
    o.session.pingIntervalMs = 15000;
    // Not in the form: must pass through untouched.
    o.session.autoPong = false;
    o.session.closeTimeoutMs = 1234;
    o.session.limits.maxMessageSize = 4096;
    return o;
}

void compareClient(const ClientOptions &actual, const ClientOptions &expected, bool withPassword = true)
{
    QCOMPARE(actual.url, expected.url);
    QCOMPARE(actual.headers, expected.headers);
    QCOMPARE(actual.subprotocols, expected.subprotocols);
    QCOMPARE(actual.origin, expected.origin);
    QCOMPARE(actual.deflate, expected.deflate);
    QCOMPARE(actual.insecure, expected.insecure);
    QCOMPARE(actual.caFile, expected.caFile);
    QCOMPARE(actual.clientCertFile, expected.clientCertFile);
    QCOMPARE(actual.clientKeyFile, expected.clientKeyFile);
    QCOMPARE(actual.tlsServerName, expected.tlsServerName);
    QCOMPARE(actual.proxy.type(), expected.proxy.type());
    QCOMPARE(actual.proxy.hostName(), expected.proxy.hostName());
    QCOMPARE(actual.proxy.port(), expected.proxy.port());
    QCOMPARE(actual.proxy.user(), expected.proxy.user());
    if (withPassword)
        QCOMPARE(actual.proxy.password(), expected.proxy.password());
    QCOMPARE(actual.connectTimeoutMs, expected.connectTimeoutMs);
    QCOMPARE(actual.autoReconnect, expected.autoReconnect);
    QCOMPARE(actual.reconnectInitialDelayMs, expected.reconnectInitialDelayMs);
    QCOMPARE(actual.reconnectMaxDelayMs, expected.reconnectMaxDelayMs);
    QCOMPARE(actual.session.pingIntervalMs, expected.session.pingIntervalMs);
    QCOMPARE(actual.session.autoPong, expected.session.autoPong);
    QCOMPARE(actual.session.closeTimeoutMs, expected.session.closeTimeoutMs);
    QCOMPARE(actual.session.limits.maxMessageSize, expected.session.limits.maxMessageSize);
    QCOMPARE(actual.session.limits.maxFramePayload, expected.session.limits.maxFramePayload);
}

ServerOptions fullServerOptions()
{
    ServerOptions o;
    o.address = QHostAddress(QStringLiteral("::1"));
    o.port = 9001;
    o.certFile = QStringLiteral("/etc/ssl/server.pem");
    o.keyFile = QStringLiteral("/etc/ssl/server.key");
    o.handshake.subprotocols = {"graphql-ws", "chat"};
    o.handshake.acceptDeflate = true;
    o.handshake.requiredHeaders = {"Authorization", "X-Api-Key"};
    o.behaviour = ServerBehaviour::Broadcast;
    // Not in the form: must pass through untouched.
    o.handshakeTimeoutMs = 777;
    o.session.pingIntervalMs = 5000;
    return o;
}

void compareServer(const ServerOptions &actual, const ServerOptions &expected)
{
    QCOMPARE(actual.address, expected.address);
    QCOMPARE(actual.port, expected.port);
    QCOMPARE(actual.certFile, expected.certFile);
    QCOMPARE(actual.keyFile, expected.keyFile);
    QCOMPARE(actual.handshake.subprotocols, expected.handshake.subprotocols);
    QCOMPARE(actual.handshake.acceptDeflate, expected.handshake.acceptDeflate);
    QCOMPARE(actual.handshake.requiredHeaders, expected.handshake.requiredHeaders);
    QCOMPARE(actual.behaviour, expected.behaviour);
    QCOMPARE(actual.handshakeTimeoutMs, expected.handshakeTimeoutMs);
    QCOMPARE(actual.session.pingIntervalMs, expected.session.pingIntervalMs);
}

template<typename T>
T *child(const QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    Q_ASSERT_X(widget, "child", name);
    return widget;
}

void setText(const QWidget &dialog, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void clickOk(QDialog &dialog)
{
    QTest::mouseClick(child<QDialogButtonBox>(dialog, nullptr)->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

// OK was pressed with an error: the dialog is still open and says why.
void verifyRefused(QDialog &dialog, const QString &expectedError)
{
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != QDialog::Accepted);
    const auto *error = child<QLabel>(dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(expectedError, Qt::CaseInsensitive),
             qPrintable(error->text() + QStringLiteral(" ≠ ") + expectedError));
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void clientRoundTrip_data();
    void clientRoundTrip();
    void clientWidgetsDriveOptions();
    void clientRefusesInvalidOptions_data();
    void clientRefusesInvalidOptions();
    void clientRefusesBadHeaders();
    void clientAcceptsValidOptions();
    void recentUrlsAreOffered();
    void insecureShowsWarning();
    void headerRowsAddAndRemove();
    void clientProfilesSaveAndLoad();

    void serverRoundTrip();
    void serverReplayRoundTrip();
    void serverRefusesInvalidOptions_data();
    void serverRefusesInvalidOptions();
    void serverAcceptsDefaults();
    void nonLoopbackAddressWarns();
    void serverShowsListenError();
    void serverProfilesSaveAndLoad();

private:
    QTemporaryDir m_settingsDir;
};

void TestDialogs::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("SockscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_dialogs"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestDialogs::init()
{
    QSettings().clear();
}

void TestDialogs::clientRoundTrip_data()
{
    QTest::addColumn<int>("proxyType");
    QTest::newRow("no proxy") << int(QNetworkProxy::NoProxy);
    QTest::newRow("HTTP CONNECT") << int(QNetworkProxy::HttpProxy);
    QTest::newRow("SOCKS5") << int(QNetworkProxy::Socks5Proxy);
}

void TestDialogs::clientRoundTrip()
{
    QFETCH(int, proxyType);
    const ClientOptions options = fullClientOptions(QNetworkProxy::ProxyType(proxyType));
    NewConnectionDialog dialog;
    dialog.setOptions(options);
    compareClient(dialog.options(), options);
    QCOMPARE(child<QComboBox>(dialog, "proxyType")->currentData().toInt(), proxyType);

    NewConnectionDialog defaults;
    compareClient(defaults.options(), ClientOptions());
}

void TestDialogs::clientWidgetsDriveOptions()
{
    NewConnectionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    setText(dialog, "url", QStringLiteral("ws://127.0.0.1:9000/feed"));
    setText(dialog, "subprotocols", QStringLiteral(" v2.feed ,, v1.feed "));
    setText(dialog, "origin", QStringLiteral("http://localhost"));
    auto *deflate = child<QCheckBox>(dialog, "deflate");
    QTest::mouseClick(deflate, Qt::LeftButton, {}, QPoint(8, deflate->height() / 2));
    auto *tabs = child<QTabWidget>(dialog, "tabs");
    tabs->setCurrentIndex(2);
    auto *proxyType = child<QComboBox>(dialog, "proxyType");
    proxyType->setCurrentIndex(proxyType->findData(int(QNetworkProxy::HttpProxy)));
    setText(dialog, "proxyHost", QStringLiteral("squid"));
    auto *port = child<QSpinBox>(dialog, "proxyPort");
    port->selectAll();
    QTest::keyClicks(port, QStringLiteral("3128"));
    tabs->setCurrentIndex(3);
    child<QSpinBox>(dialog, "pingInterval")->setValue(20000);

    const ClientOptions options = dialog.options();
    QCOMPARE(options.url, QUrl(QStringLiteral("ws://127.0.0.1:9000/feed")));
    QCOMPARE(options.subprotocols, (QList<QByteArray>{"v2.feed", "v1.feed"}));
    QCOMPARE(options.origin, QByteArray("http://localhost"));
    QVERIFY(options.deflate);
    QCOMPARE(options.proxy.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(options.proxy.hostName(), QStringLiteral("squid"));
    QCOMPARE(options.proxy.port(), 3128);
    QCOMPARE(options.session.pingIntervalMs, 20000);
}

void TestDialogs::clientRefusesInvalidOptions_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("certFile");
    QTest::addColumn<int>("proxyType");
    QTest::addColumn<QString>("error");
    const QString wss = QStringLiteral("wss://example.com/");
    const int none = int(QNetworkProxy::NoProxy);
    QTest::newRow("invalid URL") << QStringLiteral("not a url") << QString() << QString() << none
                                 << QStringLiteral("invalid URL");
    QTest::newRow("no host") << QStringLiteral("ws://") << QString() << QString() << none
                             << QStringLiteral("invalid URL");
    QTest::newRow("bad scheme") << QStringLiteral("http://example.com/") << QString() << QString() << none
                                << QStringLiteral("unsupported URL scheme");
    QTest::newRow("unreadable CA file") << wss << QStringLiteral("/nonexistent/ca.pem") << QString() << none
                                        << QStringLiteral("cannot read certificate file /nonexistent/ca.pem");
    QTest::newRow("CA file without PEM") << wss << QStringLiteral(SOCKSCOPE_TEST_DATA_DIR "/README.md") << QString()
                                         << none << QStringLiteral("no PEM certificate");
    QTest::newRow("cert without key") << wss << QString() << QStringLiteral("/nonexistent/client.pem") << none
                                      << QStringLiteral("needs both a certificate and a key");
    QTest::newRow("proxy without host") << wss << QString() << QString() << int(QNetworkProxy::Socks5Proxy)
                                        << QStringLiteral("proxy needs a host");
}

void TestDialogs::clientRefusesInvalidOptions()
{
    QFETCH(QString, url);
    QFETCH(QString, caFile);
    QFETCH(QString, certFile);
    QFETCH(int, proxyType);
    QFETCH(QString, error);

    NewConnectionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    setText(dialog, "url", url);
    child<FilePathEdit>(dialog, "caFile")->setPath(caFile);
    child<FilePathEdit>(dialog, "clientCertFile")->setPath(certFile);
    auto *proxy = child<QComboBox>(dialog, "proxyType");
    proxy->setCurrentIndex(proxy->findData(proxyType));
    QVERIFY(child<QLabel>(dialog, "errorLabel")->isHidden());
    clickOk(dialog);
    verifyRefused(dialog, error);
    if (QLatin1String(QTest::currentDataTag()) == QLatin1String("unreadable CA file"))
        QVERIFY(saveScreenshot(dialog, QStringLiteral("newconnectiondialog-error.png")));

    // Fixing the form and pressing OK again closes the dialog.
    setText(dialog, "url", QStringLiteral("ws://127.0.0.1:1/"));
    child<FilePathEdit>(dialog, "caFile")->setPath(QString());
    child<FilePathEdit>(dialog, "clientCertFile")->setPath(QString());
    proxy->setCurrentIndex(0);
    clickOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
}

void TestDialogs::clientRefusesBadHeaders()
{
    NewConnectionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    ClientOptions options;
    options.url = QUrl(QStringLiteral("ws://127.0.0.1:1/"));
    options.headers = {{"Bad Name", "x"}};
    dialog.setOptions(options);
    clickOk(dialog);
    verifyRefused(dialog, QStringLiteral("not a valid header name"));

    options.headers = {{"X-Ok", "a\r\nInjected: yes"}};
    dialog.setOptions(options);
    clickOk(dialog);
    verifyRefused(dialog, QStringLiteral("line break"));

    options.headers = {};
    options.subprotocols = {"two words"};
    dialog.setOptions(options);
    clickOk(dialog);
    verifyRefused(dialog, QStringLiteral("not a valid subprotocol"));
}

void TestDialogs::clientAcceptsValidOptions()
{
    NewConnectionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    ClientOptions options = fullClientOptions(QNetworkProxy::HttpProxy);
    options.caFile.clear();
    options.clientCertFile.clear();
    options.clientKeyFile.clear();
    dialog.setOptions(options);
    clickOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(child<QLabel>(dialog, "errorLabel")->isHidden());
}

// Like a browser's address bar: accepted URLs come back as a drop-down, newest first.
void TestDialogs::recentUrlsAreOffered()
{
    for (const char *url : {"ws://127.0.0.1:9001/a", "ws://127.0.0.1:9002/b", "ws://127.0.0.1:9001/a"}) {
        NewConnectionDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        setText(dialog, "url", QString::fromLatin1(url));
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    NewConnectionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *button = child<QToolButton>(dialog, "recentUrls");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCompleter *completer = child<QLineEdit>(dialog, "url")->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QStringList offered;
    for (int row = 0; row < completer->completionModel()->rowCount(); ++row)
        offered << completer->completionModel()->index(row, 0).data().toString();
    QCOMPARE(offered, (QStringList{QStringLiteral("ws://127.0.0.1:9001/a"), QStringLiteral("ws://127.0.0.1:9002/b")}));
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(child<QLineEdit>(dialog, "url")->text(), QStringLiteral("ws://127.0.0.1:9001/a"));
}

void TestDialogs::insecureShowsWarning()
{
    NewConnectionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    setText(dialog, "url", QStringLiteral("wss://staging.example.com/socket"));
    auto *warning = child<QLabel>(dialog, "insecureWarning");
    QVERIFY(!warning->isVisible());
    child<QTabWidget>(dialog, "tabs")->setCurrentIndex(1);
    auto *insecure = child<QCheckBox>(dialog, "insecure");
    QTest::mouseClick(insecure, Qt::LeftButton, {}, QPoint(8, insecure->height() / 2));
    QVERIFY(insecure->isChecked());
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("verification is off")));
    QVERIFY(dialog.options().insecure);
    QVERIFY(saveScreenshot(dialog, QStringLiteral("newconnectiondialog.png")));
    child<QTabWidget>(dialog, "tabs")->setCurrentIndex(0);
    dialog.setOptions(fullClientOptions());
    QVERIFY(saveScreenshot(dialog, QStringLiteral("newconnectiondialog-request.png")));
    insecure->setChecked(false);
    QVERIFY(!warning->isVisible());
}

void TestDialogs::headerRowsAddAndRemove()
{
    NewConnectionDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = child<QTableWidget>(dialog, "headers");
    QTest::mouseClick(child<QPushButton>(dialog, "addHeaderButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(dialog, "addHeaderButton"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    table->item(0, 0)->setText(QStringLiteral("X-First"));
    table->item(0, 1)->setText(QStringLiteral("1"));
    table->item(1, 0)->setText(QStringLiteral("X-Second"));
    table->item(1, 1)->setText(QStringLiteral("2"));
    QCOMPARE(dialog.options().headers, (QList<HttpHeader>{{"X-First", "1"}, {"X-Second", "2"}}));
    table->selectRow(0);
    QTest::mouseClick(child<QPushButton>(dialog, "removeHeaderButton"), Qt::LeftButton);
    QCOMPARE(dialog.options().headers, (QList<HttpHeader>{{"X-Second", "2"}}));
    // An empty row left by "Add Header" is no header.
    QTest::mouseClick(child<QPushButton>(dialog, "addHeaderButton"), Qt::LeftButton);
    QCOMPARE(dialog.options().headers.size(), 1);
}

void TestDialogs::clientProfilesSaveAndLoad()
{
    const ClientOptions options = fullClientOptions();
    {
        NewConnectionDialog dialog;
        dialog.setOptions(options);
        dialog.saveProfile(QStringLiteral("staging/eu"));
        QCOMPARE(child<QComboBox>(dialog, "profileCombo")->currentText(), QStringLiteral("staging/eu"));
    }
    ClientOptions other;
    other.url = QUrl(QStringLiteral("ws://localhost:1/"));
    ConnectionProfiles::saveClient(QStringLiteral("local"), other);
    QCOMPARE(ConnectionProfiles::clientNames(), (QStringList{QStringLiteral("local"), QStringLiteral("staging/eu")}));
    compareClient(*ConnectionProfiles::loadClient(QStringLiteral("staging/eu")), options, false);
    // Passwords stay out of the plain-text settings file.
    QVERIFY(ConnectionProfiles::loadClient(QStringLiteral("staging/eu"))->proxy.password().isEmpty());

    NewConnectionDialog dialog;
    auto *combo = child<QComboBox>(dialog, "profileCombo");
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentIndex(), -1);
    QCOMPARE(dialog.options().url, ClientOptions().url);
    combo->setCurrentIndex(combo->findText(QStringLiteral("staging/eu")));
    compareClient(dialog.options(), options, false);
    combo->setCurrentIndex(combo->findText(QStringLiteral("local")));
    QCOMPARE(dialog.options().url, other.url);
    QVERIFY(dialog.options().headers.isEmpty());

    QVERIFY(!dialog.loadProfile(QStringLiteral("missing")));
    QVERIFY(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("missing")));
    ConnectionProfiles::removeClient(QStringLiteral("staging/eu"));
    QCOMPARE(ConnectionProfiles::clientNames(), QStringList{QStringLiteral("local")});
    QVERIFY(!ConnectionProfiles::loadClient(QStringLiteral("staging/eu")));
}

void TestDialogs::serverRoundTrip()
{
    const ServerOptions options = fullServerOptions();
    NewServerDialog dialog;
    dialog.setOptions(options);
    compareServer(dialog.options(), options);
    QVERIFY(dialog.replayCapture().isEmpty());
    for (ServerBehaviour behaviour : {ServerBehaviour::Echo, ServerBehaviour::Manual}) {
        ServerOptions changed = options;
        changed.behaviour = behaviour;
        dialog.setOptions(changed);
        QCOMPARE(dialog.options().behaviour, behaviour);
    }

    NewServerDialog defaults;
    compareServer(defaults.options(), ServerOptions());
    QCOMPARE(child<QComboBox>(defaults, "address")->currentText(), QStringLiteral("127.0.0.1"));
    QCOMPARE(defaults.options().port, 0);
}

void TestDialogs::serverReplayRoundTrip()
{
    NewServerDialog dialog;
    dialog.setOptions(fullServerOptions());
    dialog.setReplay(QStringLiteral("/data/session.wscap"), MockServer::Pacing::OriginalTiming);
    QCOMPARE(dialog.replayCapture(), QStringLiteral("/data/session.wscap"));
    QCOMPARE(dialog.replayPacing(), MockServer::Pacing::OriginalTiming);
    // The mock server does the replying, so the server itself stays silent.
    QCOMPARE(dialog.options().behaviour, ServerBehaviour::Manual);

    auto *behaviour = child<QComboBox>(dialog, "behaviour");
    behaviour->setCurrentIndex(0);
    QVERIFY(dialog.replayCapture().isEmpty());
    QVERIFY(!child<FilePathEdit>(dialog, "replayFile")->isEnabled());
}

void TestDialogs::serverRefusesInvalidOptions_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("cert");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("replay");
    QTest::addColumn<QString>("error");
    const QString loopback = QStringLiteral("127.0.0.1");
    const QString noReplay = QStringLiteral("-");
    QTest::newRow("invalid address") << QStringLiteral("300.1.2.3") << QString() << QString() << noReplay
                                     << QStringLiteral("not an IP address");
    QTest::newRow("host name") << QStringLiteral("example.com") << QString() << QString() << noReplay
                               << QStringLiteral("not an IP address");
    QTest::newRow("cert without key") << loopback << QStringLiteral("/nonexistent/server.pem") << QString() << noReplay
                                      << QStringLiteral("needs a private key");
    QTest::newRow("key without cert") << loopback << QString() << QStringLiteral("/nonexistent/server.key") << noReplay
                                      << QStringLiteral("needs a certificate");
    QTest::newRow("unreadable cert") << loopback << QStringLiteral("/nonexistent/server.pem")
                                     << QStringLiteral("/nonexistent/server.key") << noReplay
                                     << QStringLiteral("cannot read certificate file /nonexistent/server.pem");
    QTest::newRow("unreadable key") << loopback << QStringLiteral(SOCKSCOPE_TEST_DATA_DIR "/README.md")
                                    << QStringLiteral("/nonexistent/server.key") << noReplay
                                    << QStringLiteral("no PEM certificate");
    QTest::newRow("replay without file") << loopback << QString() << QString() << QString()
                                         << QStringLiteral("Choose a capture file");
    QTest::newRow("missing replay file") << loopback << QString() << QString()
                                         << QStringLiteral("/nonexistent/session.wscap")
                                         << QStringLiteral("Cannot read the capture file /nonexistent/session.wscap");
    QTest::newRow("replay file of unknown format")
            << loopback << QString() << QString() << QStringLiteral(SOCKSCOPE_TEST_DATA_DIR "/README.md")
            << QStringLiteral(".wscap");
}

void TestDialogs::serverRefusesInvalidOptions()
{
    QFETCH(QString, address);
    QFETCH(QString, cert);
    QFETCH(QString, key);
    QFETCH(QString, replay);
    QFETCH(QString, error);

    NewServerDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *addressEdit = child<QComboBox>(dialog, "address")->lineEdit();
    addressEdit->clear();
    QTest::keyClicks(addressEdit, address);
    child<FilePathEdit>(dialog, "certFile")->setPath(cert);
    child<FilePathEdit>(dialog, "keyFile")->setPath(key);
    if (replay != QLatin1String("-"))
        dialog.setReplay(replay, MockServer::Pacing::Triggered);
    clickOk(dialog);
    verifyRefused(dialog, error);
    if (QLatin1String(QTest::currentDataTag()) == QLatin1String("missing replay file"))
        QVERIFY(saveScreenshot(dialog, QStringLiteral("newserverdialog-error.png")));
}

void TestDialogs::serverAcceptsDefaults()
{
    NewServerDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    clickOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.options().address, QHostAddress(QHostAddress::LocalHost));

    NewServerDialog replaying;
    replaying.show();
    QVERIFY(QTest::qWaitForWindowExposed(&replaying));
    replaying.setReplay(QStringLiteral(SOCKSCOPE_TEST_DATA_DIR "/chromium-devtools-echo.har"),
                        MockServer::Pacing::Triggered);
    clickOk(replaying);
    QCOMPARE(replaying.result(), int(QDialog::Accepted));
}

void TestDialogs::nonLoopbackAddressWarns()
{
    NewServerDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *warning = child<QLabel>(dialog, "addressWarning");
    QVERIFY(!warning->isVisible());
    auto *address = child<QComboBox>(dialog, "address");
    address->lineEdit()->clear();
    QTest::keyClicks(address->lineEdit(), QStringLiteral("0.0.0.0"));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("every network interface")));
    QCOMPARE(dialog.options().address, QHostAddress(QHostAddress::AnyIPv4));
    QVERIFY(saveScreenshot(dialog, QStringLiteral("newserverdialog.png")));

    address->lineEdit()->clear();
    QTest::keyClicks(address->lineEdit(), QStringLiteral("192.168.1.20"));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("192.168.1.20")));
    address->setCurrentIndex(address->findText(QStringLiteral("::1")));
    QVERIFY(!warning->isVisible());
    address->lineEdit()->clear();
    QTest::keyClicks(address->lineEdit(), QStringLiteral("localhost"));
    QVERIFY(!warning->isVisible());
    QCOMPARE(dialog.options().address, QHostAddress(QHostAddress::LocalHost));
}

void TestDialogs::serverShowsListenError()
{
    NewServerDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    clickOk(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    // The caller's listen() failed: it shows the error and opens the dialog again.
    dialog.showError(QStringLiteral("The bound address is already in use"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto *error = child<QLabel>(dialog, "errorLabel");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("The bound address is already in use"));
    QCOMPARE(dialog.options().address, QHostAddress(QHostAddress::LocalHost));
}

void TestDialogs::serverProfilesSaveAndLoad()
{
    const ServerOptions options = fullServerOptions();
    {
        NewServerDialog dialog;
        dialog.setOptions(options);
        dialog.saveProfile(QStringLiteral("tls broadcast"));
        dialog.setReplay(QStringLiteral("/data/mock.wscap"), MockServer::Pacing::OriginalTiming);
        dialog.saveProfile(QStringLiteral("mock"));
    }
    QCOMPARE(ConnectionProfiles::serverNames(), (QStringList{QStringLiteral("mock"), QStringLiteral("tls broadcast")}));

    NewServerDialog dialog;
    auto *combo = child<QComboBox>(dialog, "profileCombo");
    combo->setCurrentIndex(combo->findText(QStringLiteral("tls broadcast")));
    compareServer(dialog.options(), options);
    QVERIFY(dialog.replayCapture().isEmpty());
    combo->setCurrentIndex(combo->findText(QStringLiteral("mock")));
    QCOMPARE(dialog.replayCapture(), QStringLiteral("/data/mock.wscap"));
    QCOMPARE(dialog.replayPacing(), MockServer::Pacing::OriginalTiming);
    QCOMPARE(dialog.options().port, options.port);

    ConnectionProfiles::removeServer(QStringLiteral("mock"));
    QCOMPARE(ConnectionProfiles::serverNames(), QStringList{QStringLiteral("tls broadcast")});
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
