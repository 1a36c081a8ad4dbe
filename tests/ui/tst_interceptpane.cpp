// SPDX-License-Identifier: GPL-3.0-or-later
// The intercept queue in the window (issue 11 §3), driven as a user does: File → New Proxy… in
// front of Qt's QWebSocketServer echoing, a QWebSocket client through it, the Intercept switch,
// then pause, edit (as text and as hex), forward, drop and Forward All in the pane, and
// injection toward both peers from the composer with a leg selected in the tree.
#include "composer/composer.h"
#include "connections/connectionsview.h"
#include "dialogdriver.h"
#include "mainwindow.h"
#include "models/connectiontreemodel.h"
#include "models/framelogmodel.h"
#include "proxy/interceptpane.h"
#include "proxy/newproxydialog.h"
#include "proxypair.h"
#include "proxyserver.h"
#include "screenshot.h"
#include "workspace.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Sockscope;
using SockscopeTest::whenDialogOpens;

namespace {

constexpr int kTimeoutMs = 10000;

// Qt's echo server: every data message goes back as it came; what arrived is kept in order.
class EchoServer : public QObject
{
public:
    EchoServer() : m_server(QStringLiteral("echo"), QWebSocketServer::NonSecureMode)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *socket = m_server.nextPendingConnection();
            socket->setParent(this); // the caller owns what nextPendingConnection() returns
            connect(socket, &QWebSocket::textMessageReceived, socket, [this, socket](const QString &text) {
                received.append(text.toUtf8());
                socket->sendTextMessage(text);
            });
            connect(socket, &QWebSocket::binaryMessageReceived, socket, [this, socket](const QByteArray &data) {
                received.append(data);
                socket->sendBinaryMessage(data);
            });
            connect(socket, &QWebSocket::disconnected, socket, [this, socket] {
                closeCode = socket->closeCode();
                closeReason = socket->closeReason();
                closed = true;
            });
        });
    }
    quint16 port() const { return m_server.serverPort(); }

    QList<QByteArray> received;
    bool closed = false;
    int closeCode = 0;
    QString closeReason;

private:
    QWebSocketServer m_server;
};

struct Client
{
    Client()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &text) { received.append(text.toUtf8()); });
        QObject::connect(&socket, &QWebSocket::binaryMessageReceived, &socket,
                         [this](const QByteArray &data) { received.append(data); });
    }
    QWebSocket socket;
    QList<QByteArray> received;
};

QList<QByteArray> bytesList(std::initializer_list<const char *> texts)
{
    QList<QByteArray> list;
    for (const char *text : texts)
        list.append(QByteArray(text));
    return list;
}

} // namespace

class TestInterceptPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pausedMessagesEditedForwardedAndDropped();
    void binaryMessageEditedAsHex();
    void injectsTowardBothPeers();
    void switchingOffLetsEverythingThrough();
    void frameLogShowsOneLegOrBoth();
    void pingAnsweredByTheProxyWithoutARule();
    void pingRelayedThroughTheQueueUnderARule();
    void closeHeldUntilForwarded();

private:
    // File → New Proxy… to the echo server, our client through it; false when either fails.
    bool startProxyAndClient();
    QTreeWidget *queue() const { return m_window->interceptPane()->queueView(); }
    bool waitForQueued(int count)
    {
        return QTest::qWaitFor([&] { return queue()->topLevelItemCount() == count; }, kTimeoutMs);
    }
    void click(const char *buttonName)
    {
        QTest::mouseClick(m_window->interceptPane()->findChild<QPushButton *>(QLatin1String(buttonName)),
                          Qt::LeftButton);
    }
    QString currentPreview() const
    {
        return queue()->currentItem() ? queue()->currentItem()->text(5) : QString();
    }
    // Selects a connection in the tree, as the composer's target, and sends `text` from it.
    void sendFromComposer(quint64 connectionId, const QString &text);
    void setRule(std::uint8_t opcode)
    {
        InterceptRule rule;
        rule.opcode = opcode;
        m_window->workspace()->interceptor()->setRules({rule});
    }
    // The number of log rows whose Type says `mark`.
    int rowsMarked(const QString &mark) const;
    // The connections of the log's rows as the filter bar's connection choice `text` shows them.
    QSet<quint64> connectionsShownFor(const QString &text) const;

    std::unique_ptr<EchoServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Client> m_client;
    ProxyServer *m_proxy = nullptr;
};

void TestInterceptPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SockscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("sockscope-tst-intercept"));
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
}

void TestInterceptPane::init()
{
    m_server = std::make_unique<EchoServer>();
    QVERIFY(m_server->port() != 0);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1366, 728);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(startProxyAndClient());
}

void TestInterceptPane::cleanup()
{
    m_client.reset();
    m_window.reset();
    m_server.reset();
    m_proxy = nullptr;
}

bool TestInterceptPane::startProxyAndClient()
{
    const quint16 upstreamPort = m_server->port();
    whenDialogOpens<NewProxyDialog>([upstreamPort](NewProxyDialog *dialog) {
        dialog->findChild<QComboBox *>(QStringLiteral("mode"))->setCurrentIndex(0);
        dialog->findChild<QLineEdit *>(QStringLiteral("upstreamUrl"))
                ->setText(QStringLiteral("ws://127.0.0.1:%1").arg(upstreamPort));
        dialog->accept();
    });
    m_window->findChild<QAction *>(QStringLiteral("newProxyAction"))->trigger();
    m_proxy = m_window->workspace()->proxy(m_window->workspace()->selectedConnection());
    if (!m_proxy)
        return false;
    m_window->findChild<QAction *>(QStringLiteral("interceptAction"))->setChecked(true);
    m_client = std::make_unique<Client>();
    m_client->socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/chat").arg(m_proxy->serverPort())));
    return QTest::qWaitFor([&] { return m_client->socket.state() == QAbstractSocket::ConnectedState; }, kTimeoutMs);
}

void TestInterceptPane::sendFromComposer(quint64 connectionId, const QString &text)
{
    m_window->connectionsView()->setCurrentIndex(m_window->treeModel()->indexForConnection(connectionId));
    QVERIFY(QTest::qWaitFor([&] { return m_window->composer()->isConnected(); }, kTimeoutMs));
    m_window->composer()->findChild<QPlainTextEdit *>(QStringLiteral("messageEdit"))->setPlainText(text);
    QTest::mouseClick(m_window->composer()->findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);
}

int TestInterceptPane::rowsMarked(const QString &mark) const
{
    FrameLogModel *log = m_window->logModel();
    int marked = 0;
    for (int row = 0; row < log->rowCount(); ++row)
        marked += log->index(row, FrameLogModel::TypeColumn).data().toString().contains(mark) ? 1 : 0;
    return marked;
}

QSet<quint64> TestInterceptPane::connectionsShownFor(const QString &text) const
{
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("filterConnection"));
    const int choice = combo->findText(text);
    if (choice < 0)
        return {};
    combo->setCurrentIndex(choice);
    QTest::qWait(100); // the filter applies on the next turns of the event loop
    QSet<quint64> shown;
    FrameLogModel *log = m_window->logModel();
    for (int row = 0; row < log->rowCount(); ++row)
        shown.insert(log->event(row)->connectionId);
    return shown;
}

// Three messages pause oldest first and nothing reaches the server; the first is edited and
// forwarded, the second dropped, the third forwarded as is; the server's echoes pause in turn and
// Forward All lets them through, in order. The log marks the edited and the dropped message.
void TestInterceptPane::pausedMessagesEditedForwardedAndDropped()
{
    for (const char *text : {"one", "two", "three"})
        m_client->socket.sendTextMessage(QString::fromLatin1(text));
    QVERIFY(waitForQueued(3));
    QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("interceptDock"))->isVisible());
    QCOMPARE(m_window->interceptPane()->findChild<QLabel *>(QStringLiteral("interceptCount"))->text(),
             QStringLiteral("3 message(s) waiting"));
    QCOMPARE(currentPreview(), QStringLiteral("one"));
    QCOMPARE(m_window->interceptPane()->editor()->toPlainText(), QStringLiteral("one"));
    QVERIFY(SockscopeTest::saveScreenshot(*m_window, QStringLiteral("intercept.png")));
    QTest::qWait(200);
    QVERIFY(m_server->received.isEmpty());

    m_window->interceptPane()->editor()->setPlainText(QStringLiteral("one, edited"));
    click("forwardButton");
    QCOMPARE(currentPreview(), QStringLiteral("two"));
    click("dropButton");
    QCOMPARE(currentPreview(), QStringLiteral("three"));
    click("forwardButton");
    QVERIFY(QTest::qWaitFor([&] { return m_server->received.size() == 2; }, kTimeoutMs));
    QCOMPARE(m_server->received, bytesList({"one, edited", "three"}));

    QVERIFY(waitForQueued(2)); // the echoes, server → client
    QCOMPARE(queue()->topLevelItem(0)->text(1), QStringLiteral("server → client"));
    click("forwardAllButton");
    QVERIFY(QTest::qWaitFor([&] { return m_client->received.size() == 2; }, kTimeoutMs));
    QCOMPARE(m_client->received, bytesList({"one, edited", "three"}));
    QCOMPARE(queue()->topLevelItemCount(), 0);
    QVERIFY(QTest::qWaitFor([&] { return rowsMarked(QStringLiteral("edited")) == 1; }, kTimeoutMs));
    QCOMPARE(rowsMarked(QStringLiteral("dropped")), 1);
}

// A binary message opens in hex; the bytes typed there are what the server gets.
void TestInterceptPane::binaryMessageEditedAsHex()
{
    m_client->socket.sendBinaryMessage(QByteArray("\x00\xff\x10", 3));
    QVERIFY(waitForQueued(1));
    InterceptPane *pane = m_window->interceptPane();
    QCOMPARE(pane->editorMode()->currentText(), QStringLiteral("Hex"));
    QCOMPARE(pane->editor()->toPlainText(), QStringLiteral("00 ff 10"));
    pane->editor()->setPlainText(QStringLiteral("de ad zz"));
    click("forwardButton");
    QCOMPARE(queue()->topLevelItemCount(), 1); // not hex: it waits, with the error shown
    pane->editor()->setPlainText(QStringLiteral("de ad be ef"));
    click("forwardButton");
    QVERIFY(QTest::qWaitFor([&] { return m_server->received.size() == 1; }, kTimeoutMs));
    QCOMPARE(m_server->received.first(), QByteArray("\xde\xad\xbe\xef"));
}

// With the upstream leg selected the composer's message goes to the server (its echo then
// pauses on the way back); with the client leg selected it goes to the client. Both are marked
// injected.
void TestInterceptPane::injectsTowardBothPeers()
{
    ProxyPair *pair = m_proxy->pairs().value(0);
    QVERIFY(pair);
    const quint64 clientLeg = m_window->treeModel()->index(0, 0, m_window->treeModel()->indexForConnection(m_proxy->serverId()))
                                      .data(ConnectionTreeModel::ConnectionIdRole)
                                      .toULongLong();
    const QModelIndex clientLegIndex = m_window->treeModel()->indexForConnection(clientLeg);
    QCOMPARE(m_window->treeModel()->rowCount(clientLegIndex), 1); // the upstream leg, under it
    const quint64 upstreamLeg =
            m_window->treeModel()->index(0, 0, clientLegIndex).data(ConnectionTreeModel::ConnectionIdRole).toULongLong();

    sendFromComposer(upstreamLeg, QStringLiteral("to the server"));
    QVERIFY(QTest::qWaitFor([&] { return m_server->received.size() == 1; }, kTimeoutMs));
    QCOMPARE(m_server->received.first(), QByteArray("to the server"));
    QVERIFY(waitForQueued(1)); // its echo
    click("forwardButton");
    sendFromComposer(clientLeg, QStringLiteral("to the client"));
    QVERIFY(QTest::qWaitFor([&] { return m_client->received.size() == 2; }, kTimeoutMs));
    QCOMPARE(m_client->received, bytesList({"to the server", "to the client"}));
    QVERIFY(QTest::qWaitFor([&] { return rowsMarked(QStringLiteral("injected")) == 2; }, kTimeoutMs));
}

// Switching intercept off forwards what waits, and later messages are not paused.
void TestInterceptPane::switchingOffLetsEverythingThrough()
{
    m_client->socket.sendTextMessage(QStringLiteral("held"));
    QVERIFY(waitForQueued(1));
    m_window->findChild<QAction *>(QStringLiteral("interceptAction"))->setChecked(false);
    m_client->socket.sendTextMessage(QStringLiteral("free"));
    QVERIFY(QTest::qWaitFor([&] { return m_client->received.size() == 2; }, kTimeoutMs));
    QCOMPARE(m_client->received, bytesList({"held", "free"}));
    QCOMPARE(queue()->topLevelItemCount(), 0);
}

QTEST_MAIN(TestInterceptPane)
// The frame log's connection filter offers a proxied pair's legs one by one and both together.
void TestInterceptPane::frameLogShowsOneLegOrBoth()
{
    m_window->findChild<QAction *>(QStringLiteral("interceptAction"))->setChecked(false);
    m_client->socket.sendTextMessage(QStringLiteral("through"));
    QVERIFY(QTest::qWaitFor([&] { return m_client->received.size() == 1; }, kTimeoutMs));
    ProxyPair *pair = m_proxy->pairs().value(0);
    QVERIFY(pair);
    const quint64 clientLeg = pair->clientLegId();
    const quint64 upstreamLeg = pair->upstreamLegId();
    const QString both = QStringLiteral("#%1 + #%2: both legs of the proxied pair").arg(clientLeg).arg(upstreamLeg);
    QVERIFY(QTest::qWaitFor([&] { return connectionsShownFor(both) == QSet<quint64>{clientLeg, upstreamLeg}; },
                            kTimeoutMs));
    const QString clientOnly = QStringLiteral("#%1 ").arg(clientLeg) + m_window->treeModel()->label(clientLeg);
    QCOMPARE(connectionsShownFor(clientOnly), QSet<quint64>{clientLeg});
    const QString upstreamOnly = QStringLiteral("#%1 ").arg(upstreamLeg) + m_window->treeModel()->label(upstreamLeg);
    QCOMPARE(connectionsShownFor(upstreamOnly), QSet<quint64>{upstreamLeg});
}

// Without a rule for control frames, intercept on or not, the proxy answers a ping itself.
void TestInterceptPane::pingAnsweredByTheProxyWithoutARule()
{
    QSignalSpy pongs(&m_client->socket, &QWebSocket::pong);
    m_client->socket.ping(QByteArrayLiteral("are you there"));
    QVERIFY(QTest::qWaitFor([&] { return pongs.count() == 1; }, kTimeoutMs));
    QCOMPARE(pongs.at(0).at(1).toByteArray(), QByteArrayLiteral("are you there"));
    QCOMPARE(queue()->topLevelItemCount(), 0);
}

// Under a rule for pings, a ping waits in the queue; forwarded edited, it reaches the server,
// whose pong comes back to the client through the proxy. A dropped ping gets no answer.
void TestInterceptPane::pingRelayedThroughTheQueueUnderARule()
{
    setRule(std::uint8_t(Opcode::Ping));
    QSignalSpy pongs(&m_client->socket, &QWebSocket::pong);
    m_client->socket.ping(QByteArrayLiteral("are you there"));
    QVERIFY(waitForQueued(1));
    QCOMPARE(queue()->topLevelItem(0)->text(3), QStringLiteral("Ping"));
    QCOMPARE(currentPreview(), QStringLiteral("are you there"));
    QVERIFY(!QTest::qWaitFor([&] { return pongs.count() > 0; }, 300)); // nobody has answered it
    m_window->interceptPane()->editor()->setPlainText(QStringLiteral("edited ping"));
    click("forwardButton");
    QVERIFY(QTest::qWaitFor([&] { return pongs.count() == 1; }, kTimeoutMs));
    QCOMPARE(pongs.at(0).at(1).toByteArray(), QByteArrayLiteral("edited ping")); // the server's answer
    QVERIFY(QTest::qWaitFor([&] { return rowsMarked(QStringLiteral("edited")) == 1; }, kTimeoutMs));

    m_client->socket.ping(QByteArrayLiteral("again"));
    QVERIFY(waitForQueued(1));
    click("dropButton");
    QVERIFY(QTest::qWaitFor([&] { return rowsMarked(QStringLiteral("dropped")) == 1; }, kTimeoutMs));
    QVERIFY(!QTest::qWaitFor([&] { return pongs.count() > 1; }, 300));
}

// Under a rule for control frames, the client's close waits: the server's connection stays open
// until the close is forwarded, here with its code and reason edited as hex.
void TestInterceptPane::closeHeldUntilForwarded()
{
    setRule(InterceptRule::kControlFrames);
    m_client->socket.close(QWebSocketProtocol::CloseCode(4001), QStringLiteral("bye"));
    QVERIFY(waitForQueued(1));
    QCOMPARE(queue()->topLevelItem(0)->text(3), QStringLiteral("Close"));
    QCOMPARE(m_window->interceptPane()->editor()->toPlainText(), QStringLiteral("0f a1 62 79 65"));
    QVERIFY(!QTest::qWaitFor([&] { return m_server->closed; }, 300));
    m_window->interceptPane()->editor()->setPlainText(QStringLiteral("0f a2 6c 61 74 65 72")); // 4002 "later"
    click("forwardButton");
    QVERIFY(QTest::qWaitFor([&] { return m_server->closed; }, kTimeoutMs));
    QCOMPARE(m_server->closeCode, 4002);
    QCOMPARE(m_server->closeReason, QStringLiteral("later"));
}

#include "tst_interceptpane.moc"
