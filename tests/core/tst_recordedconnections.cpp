// SPDX-License-Identifier: GPL-3.0-or-later
// An opened capture's connection tree tells how each connection ended and what it exchanged
// (issue: reopened captures said "open", counted 0 frames and "Active: 4").
#include "capture/capturereader.h"
#include "capture/capturewriter.h"
#include "models/connectiontreemodel.h"
#include "protocol/frameencoder.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Sockscope;

namespace {

constexpr quint64 kServer = 1;
constexpr quint64 kPeer = 2;
constexpr quint64 kClient = 3;
constexpr quint64 kFailedClient = 4;

Event makeEvent(Event::Kind kind, quint64 connection, qint64 ns)
{
    Event e;
    e.kind = kind;
    e.connectionId = connection;
    e.timestampNs = ns;
    return e;
}

Event frameEvent(quint64 connection, Direction direction, bool masked, const QByteArray &payload, qint64 ns)
{
    Event e = makeEvent(Event::Kind::Frame, connection, ns);
    e.direction = direction;
    FrameSpec spec;
    spec.masked = masked;
    e.frame = describeFrame(spec, std::uint64_t(payload.size()));
    e.payload = payload;
    return e;
}

// A server whose peer closed with 1000, a client still open when the recording stopped, and a
// client whose connection failed.
QList<Event> session()
{
    QList<Event> events;
    Event listening = makeEvent(Event::Kind::Listening, kServer, 1'000'000'000);
    listening.text = QStringLiteral("127.0.0.1:9000");
    listening.detail = QStringLiteral("ws");
    events << listening;
    Event peer = makeEvent(Event::Kind::PeerConnected, kPeer, 1'100'000'000);
    peer.serverId = kServer;
    peer.text = QStringLiteral("127.0.0.1:50000");
    events << peer << makeEvent(Event::Kind::Opened, kPeer, 1'200'000'000);
    events << frameEvent(kPeer, Direction::Incoming, true, QByteArray(10, 'a'), 1'300'000'000);
    events << frameEvent(kPeer, Direction::Outgoing, false, QByteArray(200, 'b'), 1'400'000'000);
    Event closed = makeEvent(Event::Kind::Closed, kPeer, 1'500'000'000);
    closed.closeCode = 1000;
    closed.text = QStringLiteral("bye");
    events << closed;

    Event connecting = makeEvent(Event::Kind::Connecting, kClient, 2'000'000'000);
    connecting.text = QStringLiteral("ws://127.0.0.1:9000/a/very/long/path?with=query");
    Event opened = makeEvent(Event::Kind::Opened, kClient, 2'100'000'000);
    opened.text = QStringLiteral("chat");
    opened.timings = {-1, 120, -1, 800};
    events << connecting << opened;
    events << frameEvent(kClient, Direction::Outgoing, true, QByteArray(70000, 'c'), 2'200'000'000);

    Event failing = makeEvent(Event::Kind::Connecting, kFailedClient, 3'000'000'000);
    failing.text = QStringLiteral("ws://127.0.0.1:1/");
    Event failed = makeEvent(Event::Kind::Failed, kFailedClient, 3'100'000'000);
    failed.text = QStringLiteral("connection refused");
    events << failing << failed;
    return events;
}

} // namespace

class TestRecordedConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void finalStatesAndCounters();
    void activeCountsLiveConnectionsOnly();
    void liveIdsStayAboveRecordedOnes();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestRecordedConnections::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("session.wscap"));
    CaptureWriter writer;
    QVERIFY2(writer.open(m_path), qPrintable(writer.errorString()));
    for (const Event &e : session())
        QVERIFY(writer.append(e));
    writer.close();
}

void TestRecordedConnections::finalStatesAndCounters()
{
    CaptureReader reader;
    QVERIFY2(reader.open(m_path), qPrintable(reader.errorString()));
    std::vector<LogRecord> records;
    QVERIFY(reader.readLogIndex(records));
    ConnectionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.loadRecorded(reader.connections(), records);

    QCOMPARE(model.rowCount(), 3); // the server and two clients; the peer under the server
    const QModelIndex server = model.indexForConnection(kServer);
    const QModelIndex peer = model.indexForConnection(kPeer);
    QCOMPARE(peer.parent(), server);
    QVERIFY(peer.data(ConnectionTreeModel::RecordedRole).toBool());

    auto state = [&](quint64 id) {
        return ConnectionTreeModel::State(model.indexForConnection(id).data(ConnectionTreeModel::StateRole).toInt());
    };
    QCOMPARE(state(kPeer), ConnectionTreeModel::State::Closed);
    QCOMPARE(state(kServer), ConnectionTreeModel::State::Ended);
    QCOMPARE(state(kClient), ConnectionTreeModel::State::Ended);
    QCOMPARE(state(kFailedClient), ConnectionTreeModel::State::Failed);

    auto cell = [&](quint64 id, int column) {
        return model.indexForConnection(id).siblingAtColumn(column).data().toString();
    };
    QCOMPARE(cell(kPeer, ConnectionTreeModel::StateColumn), QStringLiteral("closed 1000"));
    QCOMPARE(cell(kPeer, ConnectionTreeModel::FramesInColumn), QStringLiteral("1"));
    QCOMPARE(cell(kPeer, ConnectionTreeModel::FramesOutColumn), QStringLiteral("1"));
    QCOMPARE(cell(kServer, ConnectionTreeModel::FramesInColumn), QStringLiteral("1")); // its peers' sum
    QCOMPARE(cell(kClient, ConnectionTreeModel::FramesOutColumn), QStringLiteral("1"));

    const QString peerTip = peer.data(Qt::ToolTipRole).toString();
    QVERIFY2(peerTip.contains(QStringLiteral("closed with 1000 Normal Closure")), qPrintable(peerTip));
    QVERIFY2(peerTip.contains(QStringLiteral("Reason: bye")), qPrintable(peerTip));
    // 10 B masked (2 + 4 header) and 200 B unmasked (2 + 2 header).
    QVERIFY2(peerTip.contains(QStringLiteral("1 in, 1 out; 220 bytes")), qPrintable(peerTip));
    QVERIFY2(peerTip.contains(QStringLiteral("Duration: 0.400 s")), qPrintable(peerTip));
    const QString clientTip = model.indexForConnection(kClient).data(Qt::ToolTipRole).toString();
    QVERIFY2(clientTip.startsWith(QStringLiteral("ws://127.0.0.1:9000/a/very/long/path?with=query")),
             qPrintable(clientTip));
    QVERIFY2(clientTip.contains(QStringLiteral("ended with the recording")), qPrintable(clientTip));
    QVERIFY2(clientTip.contains(QStringLiteral("Subprotocol: chat")), qPrintable(clientTip));
    QVERIFY2(clientTip.contains(QStringLiteral("upgrade 800 µs")), qPrintable(clientTip));
}

void TestRecordedConnections::activeCountsLiveConnectionsOnly()
{
    CaptureReader reader;
    QVERIFY(reader.open(m_path));
    std::vector<LogRecord> records;
    QVERIFY(reader.readLogIndex(records));
    ConnectionTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.loadRecorded(reader.connections(), records);
    QCOMPARE(model.activeCount(), 0);

    // A live server started over the opened capture joins the tree and counts.
    const quint64 live = nextConnectionId();
    Event listening = makeEvent(Event::Kind::Listening, live, 5'000'000'000);
    listening.text = QStringLiteral("127.0.0.1:9100");
    listening.detail = QStringLiteral("ws");
    model.handleEvent(listening);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.activeCount(), 1);
    QVERIFY(!model.indexForConnection(live).data(ConnectionTreeModel::RecordedRole).toBool());
}

void TestRecordedConnections::liveIdsStayAboveRecordedOnes()
{
    reserveConnectionIds(1000);
    QVERIFY(nextConnectionId() > 1000);
    const quint64 next = nextConnectionId();
    reserveConnectionIds(5); // never goes back
    QVERIFY(nextConnectionId() > next);
}

QTEST_GUILESS_MAIN(TestRecordedConnections)
#include "tst_recordedconnections.moc"
