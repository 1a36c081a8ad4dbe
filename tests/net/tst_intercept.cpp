// SPDX-License-Identifier: GPL-3.0-or-later
// The intercept queue and injection (issue 11 §3) on a recorded session: our client through
// Sockscope's reverse proxy to Node's ws echo server. Paused messages wait for the user's
// verdict and keep their direction's order, the other direction keeps flowing, edits and drops
// reach the peers as decided, injected messages go to either leg, and the capture marks what
// was edited, dropped and injected.
#include "capture/capturereader.h"
#include "interceptor.h"
#include "interopsupport.h"
#include "proxypair.h"
#include "proxyserver.h"
#include "websocketsession.h"
#include "workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockscope;
using namespace SockscopeTest;

namespace {

constexpr int kStepTimeoutMs = 10000;

struct Frame
{
    quint64 connectionId;
    Direction direction;
    QByteArray payload;
    bool edited;
    bool dropped;
    bool injected;
};

// The text frames of a capture, in order, with their proxy marks.
QList<Frame> textFramesOf(const QString &path)
{
    QList<Frame> frames;
    CaptureReader reader;
    if (!reader.open(path))
        return frames;
    reader.readEvents([&frames](const Event &e) {
        if (e.kind == Event::Kind::Frame && e.frame.opcode == 0x1)
            frames.append({e.connectionId, e.direction, e.payload, e.edited, e.dropped, e.injected});
        return true;
    });
    return frames;
}

QList<QByteArray> payloadsOf(const QSignalSpy &messages)
{
    QList<QByteArray> payloads;
    for (const QList<QVariant> &m : messages)
        payloads.append(m.at(1).toByteArray());
    return payloads;
}

} // namespace

class TestIntercept : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pausedMessagesKeepTheirOrder();
    void otherDirectionKeepsFlowing();
    void injectsTowardEitherPeer();
    void rulesChooseWhatPauses();
    void closingTheInterceptReleasesEverything();
    void closeWaitsBehindAPausedMessage();

private:
    // Opens our client through the proxy; false when it does not open in time.
    bool connectClient();
    bool waitForPaused(qsizetype count)
    {
        return QTest::qWaitFor([&] { return m_paused->size() >= count; }, kStepTimeoutMs);
    }
    bool waitForMessages(qsizetype count)
    {
        return QTest::qWaitFor([&] { return m_messages->size() >= count; }, kStepTimeoutMs);
    }
    // Runs the event loop for a while: what must not happen has had the time to.
    static void settle() { QTest::qWait(300); }
    QList<Frame> recorded()
    {
        m_workspace->recorder()->flush();
        return textFramesOf(m_workspace->recordingPath());
    }

    QTemporaryDir m_dir;
    PeerProcess m_server;
    std::unique_ptr<Workspace> m_workspace;
    ProxyServer *m_proxy = nullptr;
    ProxyPair *m_pair = nullptr;
    std::unique_ptr<WebSocketClient> m_client;
    std::unique_ptr<QSignalSpy> m_messages;
    std::unique_ptr<QSignalSpy> m_paused;
};

void TestIntercept::initTestCase()
{
    const QString why = peerUnavailableReason(ThirdParty::Node);
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    QVERIFY(m_dir.isValid());
    QVERIFY(startPeerServer(m_server, ThirdParty::Node, {QStringLiteral("--no-deflate")}));
}

void TestIntercept::init()
{
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(m_workspace->startRecording(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".wscap"))));
    ProxyOptions options;
    options.upstream.url = QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server.port()));
    QString error;
    m_proxy = m_workspace->addProxy(options, &error);
    QVERIFY2(m_proxy, qPrintable(error));
    m_paused = std::make_unique<QSignalSpy>(m_workspace->interceptor(), &Interceptor::messagePaused);
    QVERIFY(connectClient());
}

void TestIntercept::cleanup()
{
    m_messages.reset();
    m_client.reset();
    m_paused.reset();
    m_workspace.reset();
    m_pair = nullptr;
}

bool TestIntercept::connectClient()
{
    ClientOptions options;
    options.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/chat").arg(m_proxy->serverPort()));
    m_client = std::make_unique<WebSocketClient>(options);
    m_messages = std::make_unique<QSignalSpy>(m_client.get(), &WebSocketClient::messageReceived);
    m_client->open();
    const bool opened = QTest::qWaitFor(
            [this] {
                return m_client->state() == WebSocketClient::State::Open && !m_proxy->pairs().isEmpty()
                        && m_proxy->pairs().first()->leg(ProxyPair::Leg::Upstream);
            },
            kStepTimeoutMs);
    if (opened)
        m_pair = m_proxy->pairs().first();
    return opened;
}

// Three messages to the server pause; the second is edited before the first is decided and
// still waits for it; dropping the first lets the edited second and then the third through.
void TestIntercept::pausedMessagesKeepTheirOrder()
{
    Interceptor *interceptor = m_workspace->interceptor();
    InterceptRule toServer;
    toServer.serverToClient = false;
    interceptor->setRules({toServer});
    interceptor->setEnabled(true);
    for (const char *text : {"one", "two", "three"})
        m_client->session()->sendMessage(Opcode::Text, text);
    QVERIFY(waitForPaused(3));
    const QList<PendingMessage> pending = interceptor->pending();
    QCOMPARE(pending.size(), 3);
    QCOMPARE(pending[0].data, QByteArray("one"));
    QCOMPARE(pending[2].data, QByteArray("three"));
    QCOMPARE(pending[0].direction, ProxyDirection::ClientToServer);
    QCOMPARE(pending[0].fromLegId, m_pair->clientLegId());
    QCOMPARE(pending[0].toLegId, m_pair->upstreamLegId());

    interceptor->forwardEdited(pending[1].id, "TWO");
    settle();
    QCOMPARE(m_messages->size(), 0); // "one" still waits, and "TWO" behind it
    interceptor->drop(pending[0].id);
    interceptor->forward(pending[2].id);
    QVERIFY(waitForMessages(2));
    settle();
    QCOMPARE(payloadsOf(*m_messages), (QList<QByteArray>{"TWO", "three"}));
    QCOMPARE(interceptor->pendingCount(), 0);

    QList<Frame> frames = recorded();
    auto find = [&frames](quint64 connection, Direction direction, const QByteArray &payload) {
        for (const Frame &f : frames) {
            if (f.connectionId == connection && f.direction == direction && f.payload == payload)
                return std::optional<Frame>(f);
        }
        return std::optional<Frame>();
    };
    const auto droppedOne = find(m_pair->clientLegId(), Direction::Incoming, "one");
    QVERIFY(droppedOne && droppedOne->dropped && !droppedOne->edited);
    QVERIFY(!find(m_pair->upstreamLegId(), Direction::Outgoing, "one"));
    const auto receivedTwo = find(m_pair->clientLegId(), Direction::Incoming, "two");
    QVERIFY(receivedTwo && !receivedTwo->edited && !receivedTwo->dropped);
    const auto sentTwo = find(m_pair->upstreamLegId(), Direction::Outgoing, "TWO");
    QVERIFY(sentTwo && sentTwo->edited);
    const auto sentThree = find(m_pair->upstreamLegId(), Direction::Outgoing, "three");
    QVERIFY(sentThree && !sentThree->edited);
}

// Echoes pause on their way to the client while the client's messages go on to the server.
void TestIntercept::otherDirectionKeepsFlowing()
{
    Interceptor *interceptor = m_workspace->interceptor();
    InterceptRule toClient;
    toClient.clientToServer = false;
    interceptor->setRules({toClient});
    interceptor->setEnabled(true);
    m_client->session()->sendMessage(Opcode::Text, "first");
    QVERIFY(waitForPaused(1));
    m_client->session()->sendMessage(Opcode::Text, "second");
    QVERIFY(waitForPaused(2)); // its echo came back: "second" reached the server past the paused echo
    QCOMPARE(m_messages->size(), 0);
    const QList<PendingMessage> pending = interceptor->pending();
    QCOMPARE(pending[0].direction, ProxyDirection::ServerToClient);
    QCOMPARE(pending[0].data, QByteArray("first"));
    interceptor->forward(pending[1].id);
    settle();
    QCOMPARE(m_messages->size(), 0); // the second echo waits behind the first
    interceptor->forward(pending[0].id);
    QVERIFY(waitForMessages(2));
    QCOMPARE(payloadsOf(*m_messages), (QList<QByteArray>{"first", "second"}));
}

// The composer's commands to a leg are injections: toward the server (its echo comes back to
// the client) and toward the client, each marked on the leg it went out on.
void TestIntercept::injectsTowardEitherPeer()
{
    m_workspace->sendMessage(m_pair->upstreamLegId(), Opcode::Text, "to the server", 0);
    QVERIFY(waitForMessages(1));
    m_workspace->sendMessage(m_pair->clientLegId(), Opcode::Text, "to the client", 0);
    QVERIFY(waitForMessages(2));
    QCOMPARE(payloadsOf(*m_messages), (QList<QByteArray>{"to the server", "to the client"}));
    const QList<Frame> frames = recorded();
    QList<Frame> injected;
    std::copy_if(frames.cbegin(), frames.cend(), std::back_inserter(injected), [](const Frame &f) { return f.injected; });
    QCOMPARE(injected.size(), 2);
    QCOMPARE(injected[0].connectionId, m_pair->upstreamLegId());
    QCOMPARE(injected[0].payload, QByteArray("to the server"));
    QCOMPARE(injected[0].direction, Direction::Outgoing);
    QCOMPARE(injected[1].connectionId, m_pair->clientLegId());
    QCOMPARE(injected[1].payload, QByteArray("to the client"));
    // The echo relayed back to the client is not an injection.
    const qsizetype relayedEchoes = std::count_if(frames.cbegin(), frames.cend(), [this](const Frame &f) {
        return f.connectionId == m_pair->clientLegId() && f.direction == Direction::Outgoing && !f.injected;
    });
    QCOMPARE(relayedEchoes, 1);
}

// Only messages matching a rule pause (direction, URL, opcode, content); binary matches on its
// decoded form (JSON in MessagePack is read by the automatic decoder).
void TestIntercept::rulesChooseWhatPauses()
{
    Interceptor *interceptor = m_workspace->interceptor();
    InterceptRule rule;
    rule.serverToClient = false;
    rule.url = QRegularExpression(QStringLiteral("/chat$"));
    rule.content = QRegularExpression(QStringLiteral("secret"));
    InterceptRule otherUrl = rule;
    otherUrl.url = QRegularExpression(QStringLiteral("/elsewhere"));
    otherUrl.content = QRegularExpression();
    interceptor->setRules({rule, otherUrl});
    interceptor->setEnabled(true);
    m_client->session()->sendMessage(Opcode::Text, "public");
    m_client->session()->sendMessage(Opcode::Text, "a secret");
    m_client->session()->sendMessage(Opcode::Text, "public again");
    QVERIFY(waitForPaused(1));
    QVERIFY(waitForMessages(1));
    settle();
    QCOMPARE(payloadsOf(*m_messages), QList<QByteArray>{"public"});
    QCOMPARE(interceptor->pendingCount(), 1);
    QCOMPARE(interceptor->pending().first().data, QByteArray("a secret"));
    interceptor->forward(interceptor->pending().first().id);
    QVERIFY(waitForMessages(3));
    QCOMPARE(payloadsOf(*m_messages), (QList<QByteArray>{"public", "a secret", "public again"}));
}

void TestIntercept::closingTheInterceptReleasesEverything()
{
    Interceptor *interceptor = m_workspace->interceptor();
    interceptor->setEnabled(true);
    m_client->session()->sendMessage(Opcode::Text, "held");
    QVERIFY(waitForPaused(1));
    interceptor->setEnabled(false);
    QCOMPARE(interceptor->pendingCount(), 0);
    QVERIFY(waitForMessages(1));
    m_client->session()->sendMessage(Opcode::Binary, QByteArray("\x00\x01", 2));
    QVERIFY(waitForMessages(2));
    QCOMPARE(m_paused->size(), 1);
}

// The client closes right after a message that is paused: the close reaches the server only
// after that message, once it is forwarded.
void TestIntercept::closeWaitsBehindAPausedMessage()
{
    Interceptor *interceptor = m_workspace->interceptor();
    InterceptRule toServer;
    toServer.serverToClient = false;
    interceptor->setRules({toServer});
    interceptor->setEnabled(true);
    m_client->session()->sendMessage(Opcode::Text, "last words");
    QVERIFY(waitForPaused(1));
    const quint64 upstream = m_pair->upstreamLegId();
    m_client->close(4000, QStringLiteral("done"));
    settle();
    auto sentOnUpstream = [this, upstream] {
        QList<QByteArray> sent;
        m_workspace->recorder()->flush();
        CaptureReader reader;
        if (reader.open(m_workspace->recordingPath())) {
            reader.readEvents([&](const Event &e) {
                if (e.kind == Event::Kind::Frame && e.connectionId == upstream && e.direction == Direction::Outgoing)
                    sent.append(e.frame.opcode == 0x8 ? QByteArray("close") : e.payload);
                return true;
            });
        }
        return sent;
    };
    QCOMPARE(sentOnUpstream(), QList<QByteArray>());
    interceptor->forward(interceptor->pending().first().id);
    // The server's log is read in small waits, between which the event loop relays.
    const QRegularExpression closed(QStringLiteral("close \\d+ 4000 done"));
    QVERIFY(QTest::qWaitFor([&] { return m_server.waitForOutput(closed, 1); }, kStepTimeoutMs));
    QCOMPARE(sentOnUpstream(), (QList<QByteArray>{"last words", "close"}));
}

QTEST_GUILESS_MAIN(TestIntercept)
#include "tst_intercept.moc"
