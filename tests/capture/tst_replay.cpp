// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/capturefiles.h"
#include "capture/capturereader.h"
#include "clientreplay.h"
#include "mockserver.h"
#include "peerprocess.h"
#include "replay/conversation.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace Sockscope;
using SockscopeTest::PeerProcess;

namespace {

const QRegularExpression kListening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));

QString chromiumHar()
{
    return SockscopeTest::testDataDirectory() + QStringLiteral("/chromium-devtools-echo.har");
}

Conversation chromiumConversation(const QString &scratch)
{
    CaptureReader reader;
    QString error;
    if (!CaptureFiles::open(chromiumHar(), scratch, reader, &error))
        qFatal("%s", qPrintable(error));
    return Conversation::fromCapture(reader).value(0);
}

int runSockscope(const QStringList &arguments, QByteArray *out, QByteArray *err = nullptr)
{
    QProcess p;
    p.start(SockscopeTest::sockscopeExecutable(), arguments);
    if (!p.waitForFinished(60000))
        return -1;
    *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool startNodeEchoServer(PeerProcess &server)
{
    return server.start(SockscopeTest::nodeExecutable(),
                        {SockscopeTest::peersDirectory() + QStringLiteral("/ws_server.js")}, kListening);
}

} // namespace

class TestReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conversationFromChromiumHar();
    void clientReplayAgainstSockscopeEcho();
    void clientReplayAgainstNodeWsRecordsNewSession();
    void diffReportsChangedAnswers();
    void stepByStep();
    void mockServerAnswersNodeClient();
    void mockServerAnswersQWebSocketInTriggeredOrder();
    void mockServerByOriginalTiming();
    void badArguments_data();
    void badArguments();

private:
    QTemporaryDir m_dir;
};

void TestReplay::conversationFromChromiumHar()
{
    const Conversation c = chromiumConversation(m_dir.filePath(QStringLiteral("c.wscap")));
    QCOMPARE(c.clientMessages().size(), 4);
    QCOMPARE(c.serverMessages().size(), 4);
    const auto groups = c.serverMessagesByTrigger();
    QCOMPARE(groups.size(), 5);
    QVERIFY(groups[0].isEmpty());
    QCOMPARE(groups[1].size(), 1);
    QCOMPARE(groups[1][0].data, QByteArray("first message"));
}

void TestReplay::clientReplayAgainstSockscopeEcho()
{
    PeerProcess server;
    QVERIFY(server.start(SockscopeTest::sockscopeExecutable(),
                         {QStringLiteral("serve"), QStringLiteral("--echo"), QStringLiteral("--quiet")}, kListening));
    QByteArray out;
    const int code =
            runSockscope({QStringLiteral("replay"), chromiumHar(), QStringLiteral("--to"),
                          QStringLiteral("ws://127.0.0.1:%1/echo").arg(server.port()), QStringLiteral("--diff"),
                          QStringLiteral("--quiet"), QStringLiteral("--speed"), QStringLiteral("5")},
                         &out);
    QVERIFY2(out.contains("diff: 4 same, 0 changed, 0 missing, 0 extra"), out.constData());
    QCOMPARE(code, 0);
}

void TestReplay::clientReplayAgainstNodeWsRecordsNewSession()
{
    PeerProcess server;
    QVERIFY(startNodeEchoServer(server));
    const QString recorded = m_dir.filePath(QStringLiteral("replayed.wscap"));
    QByteArray out;
    const int code =
            runSockscope({QStringLiteral("replay"), chromiumHar(), QStringLiteral("--to"),
                          QStringLiteral("ws://127.0.0.1:%1/echo").arg(server.port()), QStringLiteral("--asap"),
                          QStringLiteral("--diff"), QStringLiteral("--quiet"), QStringLiteral("--record"), recorded},
                         &out);
    QVERIFY2(out.contains("diff: 4 same"), out.constData());
    QCOMPARE(code, 0);
    CaptureReader reader;
    QVERIFY(reader.open(recorded));
    const Conversation replayed = Conversation::fromCapture(reader).value(0);
    QCOMPARE(replayed.clientMessages().size(), 4);
    QCOMPARE(replayed.serverMessages().size(), 4);
    QCOMPARE(replayed.serverMessages()[2].data, QByteArray::fromHex("deadbeef0001"));
}

void TestReplay::diffReportsChangedAnswers()
{
    const QList<RecordedMessage> recorded = {{0, false, 1, "a"},
                                             {0, false, 1, "{\"t\":1700000000,\"v\":1}"},
                                             {0, false, 2, "\x01"},
                                             {0, false, 1, "gone"}};
    const QList<RecordedMessage> replayed = {{0, false, 1, "a"},
                                             {0, false, 1, "{\"t\":1800000000,\"v\":1}"},
                                             {0, false, 2, "\x02"},
                                             {0, false, 1, "new"},
                                             {0, false, 1, "more"}};
    const MessageDiff plain(recorded, replayed);
    QCOMPARE(plain.count(MessageDiff::Entry::Kind::Same), 1);
    QCOMPARE(plain.count(MessageDiff::Entry::Kind::Changed), 3);
    QCOMPARE(plain.count(MessageDiff::Entry::Kind::Extra), 1);
    const MessageDiff ignoring(recorded, replayed, {QRegularExpression(QStringLiteral("\"t\":\\d+"))});
    QCOMPARE(ignoring.count(MessageDiff::Entry::Kind::Same), 2);
    QVERIFY(!ignoring.isSame());
    const MessageDiff missing(recorded, recorded.mid(0, 2));
    QCOMPARE(missing.count(MessageDiff::Entry::Kind::Missing), 2);
    QCOMPARE(missing.entries().last().recordedIndex, 3);
}

void TestReplay::stepByStep()
{
    PeerProcess server;
    QVERIFY(server.start(SockscopeTest::sockscopeExecutable(),
                         {QStringLiteral("serve"), QStringLiteral("--echo"), QStringLiteral("--quiet")}, kListening));
    ClientOptions target;
    target.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server.port()));
    ClientReplay replay(chromiumConversation(m_dir.filePath(QStringLiteral("s.wscap"))), target);
    replay.setPacing(ClientReplay::Pacing::StepByStep);
    replay.setQuietPeriod(300);
    QSignalSpy opened(replay.client(), &WebSocketClient::opened);
    QSignalSpy finished(&replay, &ClientReplay::finished);
    replay.start();
    QVERIFY(opened.wait(5000));
    // A negative: a short, bounded moment passes and nothing is sent. There is nothing to wait for.
    QTest::qWait(200);
    QCOMPARE(replay.sentCount(), 0); // nothing moves without a step
    for (int i = 1; i <= 4; ++i) {
        QVERIFY(replay.step());
        QTRY_COMPARE_WITH_TIMEOUT(replay.received().size(), i, 5000);
    }
    QVERIFY(!replay.step());
    QVERIFY(finished.wait(5000));
    QVERIFY(replay.diff().isSame());
}

void TestReplay::mockServerAnswersNodeClient()
{
    PeerProcess mock;
    QVERIFY(mock.start(SockscopeTest::sockscopeExecutable(),
                       {QStringLiteral("replay"), chromiumHar(), QStringLiteral("--serve"),
                        QStringLiteral("127.0.0.1:0"), QStringLiteral("--quiet")},
                       kListening));
    PeerProcess client;
    QVERIFY(client.start(SockscopeTest::nodeExecutable(),
                         {SockscopeTest::peersDirectory() + QStringLiteral("/ws_collect_client.js"),
                          QStringLiteral("ws://127.0.0.1:%1/echo").arg(mock.port()), QStringLiteral("--text"),
                          QStringLiteral("one"), QStringLiteral("--text"), QStringLiteral("two"),
                          QStringLiteral("--binary"), QStringLiteral("00"), QStringLiteral("--text"),
                          QStringLiteral("four")},
                         QRegularExpression(QStringLiteral("closed \\d+"))));
    const QStringList received = client.output().split(QLatin1Char('\n')).filter(QStringLiteral("recv "));
    QCOMPARE(received,
             (QStringList{QStringLiteral("recv text first message"),
                          QStringLiteral("recv text {\"hello\":\"world\",\"n\":1}"),
                          QStringLiteral("recv binary deadbeef0001"), QStringLiteral("recv text été 🌞")}));
}

void TestReplay::mockServerAnswersQWebSocketInTriggeredOrder()
{
    ServerOptions options;
    MockServer mock(chromiumConversation(m_dir.filePath(QStringLiteral("m.wscap"))), options,
                    MockServer::Pacing::Triggered);
    QVERIFY(mock.listen());
    QWebSocket client;
    QStringList texts;
    QList<QByteArray> binaries;
    connect(&client, &QWebSocket::textMessageReceived, &client, [&texts](const QString &t) { texts.append(t); });
    connect(&client, &QWebSocket::binaryMessageReceived, &client,
            [&binaries](const QByteArray &b) { binaries.append(b); });
    QSignalSpy connected(&client, &QWebSocket::connected);
    client.open(QUrl(QStringLiteral("ws://") + mock.server()->listenAddress() + QStringLiteral("/echo")));
    QVERIFY(connected.wait(5000));
    // A negative: a short, bounded moment passes and the mock says nothing. There is nothing to wait for.
    QTest::qWait(200);
    QVERIFY(texts.isEmpty()); // the recorded server spoke only after the client
    client.sendTextMessage(QStringLiteral("anything"));
    QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 1, 5000);
    QCOMPARE(texts[0], QStringLiteral("first message"));
    client.sendTextMessage(QStringLiteral("2"));
    client.sendTextMessage(QStringLiteral("3"));
    client.sendTextMessage(QStringLiteral("4"));
    QTRY_COMPARE_WITH_TIMEOUT(texts.size(), 3, 5000);
    QCOMPARE(binaries, (QList<QByteArray>{QByteArray::fromHex("deadbeef0001")}));
    QCOMPARE(texts[2], QStringLiteral("été 🌞"));
}

void TestReplay::mockServerByOriginalTiming()
{
    ServerOptions options;
    MockServer mock(chromiumConversation(m_dir.filePath(QStringLiteral("t.wscap"))), options,
                    MockServer::Pacing::OriginalTiming);
    QVERIFY(mock.listen());
    QWebSocket client;
    int received = 0;
    connect(&client, &QWebSocket::textMessageReceived, &client, [&received] { ++received; });
    connect(&client, &QWebSocket::binaryMessageReceived, &client, [&received] { ++received; });
    client.open(QUrl(QStringLiteral("ws://") + mock.server()->listenAddress() + QStringLiteral("/")));
    // The client says nothing; the recording's timing alone drives the answers.
    QTRY_COMPARE_WITH_TIMEOUT(received, 4, 5000);
}

void TestReplay::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errorPart");
    const QString har = chromiumHar();
    QTest::newRow("neither --to nor --serve")
            << QStringList{QStringLiteral("replay"), har} << 2 << QStringLiteral("exactly one of");
    QTest::newRow("bad speed") << QStringList{QStringLiteral("replay"),  har,
                                              QStringLiteral("--to"),    QStringLiteral("ws://127.0.0.1:1/"),
                                              QStringLiteral("--speed"), QStringLiteral("-2")}
                               << 2 << QStringLiteral("--speed");
    QTest::newRow("bad regex") << QStringList{QStringLiteral("replay"),   har,
                                              QStringLiteral("--to"),     QStringLiteral("ws://127.0.0.1:1/"),
                                              QStringLiteral("--ignore"), QStringLiteral("(")}
                               << 2 << QStringLiteral("regular expression");
    QTest::newRow("missing file") << QStringList{QStringLiteral("replay"), QStringLiteral("/nonexistent.wscap"),
                                                 QStringLiteral("--to"), QStringLiteral("ws://127.0.0.1:1/")}
                                  << 1 << QStringLiteral("does not exist");
    QTest::newRow("refused") << QStringList{QStringLiteral("replay"), har, QStringLiteral("--to"),
                                            QStringLiteral("ws://127.0.0.1:1/")}
                             << 1 << QStringLiteral("refused");
}

void TestReplay::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, errorPart);
    QByteArray out, err;
    QCOMPARE(runSockscope(arguments, &out, &err), exitCode);
    QVERIFY2(QString::fromUtf8(err).contains(errorPart, Qt::CaseInsensitive), err.constData());
    QCOMPARE(err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
