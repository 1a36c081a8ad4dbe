// SPDX-License-Identifier: GPL-3.0-or-later
// The connection manager's tree fed with the engine's event stream: a listening server with
// peers as its children, client connections at the top level, states and live counters.
#include "models/connectiontreemodel.h"
#include "testedmodel.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Sockscope;

namespace {

using Model = ConnectionTreeModel;
using TestedTree = SockscopeTest::TestedModel<ConnectionTreeModel>;

constexpr quint64 kServer = 10;
constexpr quint64 kPeerA = 11;
constexpr quint64 kPeerB = 12;
constexpr quint64 kClient = 20;

Event makeEvent(Event::Kind kind, quint64 connection, const QString &text = {})
{
    Event e;
    e.kind = kind;
    e.connectionId = connection;
    e.text = text;
    return e;
}

Event listening(quint64 server, const QString &address)
{
    Event e = makeEvent(Event::Kind::Listening, server, address);
    e.detail = QStringLiteral("ws");
    return e;
}

Event peerConnected(quint64 peer, quint64 server, const QString &address)
{
    Event e = makeEvent(Event::Kind::PeerConnected, peer, address);
    e.serverId = server;
    return e;
}

// A frame with a 2-byte header: the model counts wire bytes, header included.
Event frame(quint64 connection, Direction direction, std::uint64_t payloadLength)
{
    Event e = makeEvent(Event::Kind::Frame, connection);
    e.direction = direction;
    e.frame.opcode = std::uint8_t(Opcode::Text);
    e.frame.payloadLength = payloadLength;
    e.frame.headerSize = 2;
    return e;
}

Event closed(quint64 connection, quint16 code)
{
    Event e = makeEvent(Event::Kind::Closed, connection, QStringLiteral("bye"));
    e.closeCode = code;
    return e;
}

// A server on 127.0.0.1:9001 with two peers, and a client of some other server.
void feedServerWithTwoPeersAndClient(Model &model)
{
    model.handleEvent(listening(kServer, QStringLiteral("127.0.0.1:9001")));
    model.handleEvent(makeEvent(Event::Kind::Connecting, kClient, QStringLiteral("wss://echo.example/chat")));
    model.handleEvent(peerConnected(kPeerA, kServer, QStringLiteral("127.0.0.1:50001")));
    model.handleEvent(peerConnected(kPeerB, kServer, QStringLiteral("127.0.0.1:50002")));
}

QVariant cell(const Model &model, quint64 connection, int column, int role = Qt::DisplayRole)
{
    return model.indexForConnection(connection).siblingAtColumn(column).data(role);
}

QString stateText(const Model &model, quint64 connection)
{
    return cell(model, connection, Model::StateColumn).toString();
}

Model::State stateOf(const Model &model, quint64 connection)
{
    return Model::State(cell(model, connection, 0, Model::StateRole).toInt());
}

QStringList toolTipOf(const Model &model, quint64 connection)
{
    return cell(model, connection, 0, Qt::ToolTipRole).toString().split(QLatin1Char('\n'));
}

// True when one of the dataChanged signals in `spy` covers `index`.
bool covers(const QSignalSpy &spy, const QModelIndex &index)
{
    for (const QList<QVariant> &arguments : spy) {
        const auto topLeft = arguments.at(0).value<QModelIndex>();
        const auto bottomRight = arguments.at(1).value<QModelIndex>();
        if (topLeft.parent() == index.parent() && topLeft.row() <= index.row() && index.row() <= bottomRight.row()
            && topLeft.column() <= index.column() && index.column() <= bottomRight.column())
            return true;
    }
    return false;
}

} // namespace

class TestConnectionTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyModel();
    void serversHavePeersAsChildren();
    void rowsInsertedUnderTheirParent();
    void roles();
    void stateChanges_data();
    void stateChanges();
    void activeCountFollowsStates();
    void stateChangeSignalsItsRow();
    void countersAddUpToTheServer();
    void countersRepaintedInBatches();
    void countersOfManyPeersRefreshInOneSignal();
    void reconnectKeepsTheRow();
    void unknownConnectionsIgnored();
    void peerOfUnknownServerIsTopLevel();
    void proxyUpstreamLegUnderItsClientLeg();
    void clearRemovesEverything();
};

void TestConnectionTreeModel::initTestCase()
{
    // The display strings are checked as English.
    QLocale::setDefault(QLocale::c());
}

void TestConnectionTreeModel::emptyModel()
{
    TestedTree tree;
    const Model &model = tree.model;
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(Model::ColumnCount));
    QVERIFY(!model.indexForConnection(kServer).isValid());
    QVERIFY(model.label(kServer).isEmpty());
    QCOMPARE(model.headerData(Model::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Connection"));
    QCOMPARE(model.headerData(Model::StateColumn, Qt::Horizontal).toString(), QStringLiteral("State"));
    QCOMPARE(model.headerData(Model::FramesInColumn, Qt::Horizontal).toString(), QStringLiteral("In"));
    QCOMPARE(model.headerData(Model::FramesOutColumn, Qt::Horizontal).toString(), QStringLiteral("Out"));
    QCOMPARE(model.headerData(Model::BytesColumn, Qt::Horizontal).toString(), QStringLiteral("Bytes"));
    QVERIFY(!model.headerData(Model::NameColumn, Qt::Vertical).isValid());
    QVERIFY(!model.headerData(Model::NameColumn, Qt::Horizontal, Qt::ToolTipRole).isValid());
}

void TestConnectionTreeModel::serversHavePeersAsChildren()
{
    TestedTree tree;
    Model &model = tree.model;
    feedServerWithTwoPeersAndClient(model);

    QCOMPARE(model.rowCount(), 2);
    const QModelIndex server = model.index(0, 0);
    QCOMPARE(server, model.indexForConnection(kServer));
    QCOMPARE(server.data().toString(), QStringLiteral("ws://127.0.0.1:9001"));
    QCOMPARE(model.label(kServer), QStringLiteral("ws://127.0.0.1:9001"));
    QVERIFY(!server.parent().isValid());
    QCOMPARE(model.rowCount(server), 2);

    const QModelIndex peerA = model.index(0, 0, server);
    const QModelIndex peerB = model.index(1, 0, server);
    QCOMPARE(peerA, model.indexForConnection(kPeerA));
    QCOMPARE(peerB, model.indexForConnection(kPeerB));
    QCOMPARE(peerA.parent(), server);
    QCOMPARE(peerB.parent(), server);
    QCOMPARE(peerA.data().toString(), QStringLiteral("127.0.0.1:50001"));
    QCOMPARE(peerB.data().toString(), QStringLiteral("127.0.0.1:50002"));
    QCOMPARE(model.rowCount(peerA), 0);

    const QModelIndex client = model.index(1, 0);
    QCOMPARE(client, model.indexForConnection(kClient));
    QCOMPARE(client.data().toString(), QStringLiteral("wss://echo.example/chat"));
    QCOMPARE(model.rowCount(client), 0);
    // Only column 0 has children.
    QCOMPARE(model.rowCount(server.siblingAtColumn(Model::StateColumn)), 0);
    QVERIFY(!model.index(2, 0).isValid());
    QVERIFY(!model.index(0, Model::ColumnCount).isValid());
}

void TestConnectionTreeModel::rowsInsertedUnderTheirParent()
{
    TestedTree tree;
    Model &model = tree.model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    feedServerWithTwoPeersAndClient(model);
    QCOMPARE(inserted.size(), 4);
    const auto parentOf = [&inserted](int i) { return inserted.at(i).at(0).value<QModelIndex>(); };
    const auto firstOf = [&inserted](int i) { return inserted.at(i).at(1).toInt(); };
    const auto lastOf = [&inserted](int i) { return inserted.at(i).at(2).toInt(); };
    // Server, then client at the top level; the peers under the server, one row each.
    QVERIFY(!parentOf(0).isValid());
    QCOMPARE(firstOf(0), 0);
    QCOMPARE(lastOf(0), 0);
    QVERIFY(!parentOf(1).isValid());
    QCOMPARE(firstOf(1), 1);
    QCOMPARE(lastOf(1), 1);
    QCOMPARE(parentOf(2), model.indexForConnection(kServer));
    QCOMPARE(firstOf(2), 0);
    QCOMPARE(lastOf(2), 0);
    QCOMPARE(parentOf(3), model.indexForConnection(kServer));
    QCOMPARE(firstOf(3), 1);
    QCOMPARE(lastOf(3), 1);

    // A second Listening or PeerConnected for a known id adds nothing.
    model.handleEvent(listening(kServer, QStringLiteral("127.0.0.1:9001")));
    model.handleEvent(peerConnected(kPeerA, kServer, QStringLiteral("127.0.0.1:50001")));
    QCOMPARE(inserted.size(), 4);
    QCOMPARE(model.rowCount(model.indexForConnection(kServer)), 2);
}

void TestConnectionTreeModel::roles()
{
    TestedTree tree;
    Model &model = tree.model;
    feedServerWithTwoPeersAndClient(model);
    const struct
    {
        quint64 id;
        Model::NodeKind kind;
        Model::State state;
    } expected[] = {
            {kServer, Model::NodeKind::Server, Model::State::Listening},
            {kPeerA, Model::NodeKind::Peer, Model::State::Connecting},
            {kPeerB, Model::NodeKind::Peer, Model::State::Connecting},
            {kClient, Model::NodeKind::Client, Model::State::Connecting},
    };
    for (const auto &row : expected) {
        for (int column = 0; column < Model::ColumnCount; ++column) {
            QCOMPARE(cell(model, row.id, column, Model::ConnectionIdRole).value<quint64>(), row.id);
            QCOMPARE(Model::NodeKind(cell(model, row.id, column, Model::NodeKindRole).toInt()), row.kind);
            QCOMPARE(Model::State(cell(model, row.id, column, Model::StateRole).toInt()), row.state);
        }
        QCOMPARE(toolTipOf(model, row.id).first(), model.label(row.id));
        QCOMPARE(cell(model, row.id, 0, Model::RecordedRole).toBool(), false);
        QVERIFY(!cell(model, row.id, 0, Qt::DecorationRole).isValid());
        QVERIFY(!cell(model, row.id, 0, Qt::EditRole).isValid());
    }
    QCOMPARE(stateText(model, kServer), QStringLiteral("listening"));
    QCOMPARE(stateText(model, kClient), QStringLiteral("connecting"));
    QCOMPARE(cell(model, kPeerA, Model::FramesInColumn).value<quint64>(), 0u);
    QCOMPARE(cell(model, kPeerA, Model::FramesOutColumn).value<quint64>(), 0u);
    QCOMPARE(cell(model, kPeerA, Model::BytesColumn).toString(), QStringLiteral("0 B"));
}

void TestConnectionTreeModel::stateChanges_data()
{
    QTest::addColumn<Event>("change");
    QTest::addColumn<quint64>("connection");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QStringList>("toolTipLines"); // besides the label, which comes first

    QTest::newRow("opened") << makeEvent(Event::Kind::Opened, kPeerA) << kPeerA << int(Model::State::Open)
                            << QStringLiteral("open") << QStringList{QStringLiteral("State: open")};
    QTest::newRow("opened with subprotocol")
            << makeEvent(Event::Kind::Opened, kPeerA, QStringLiteral("chat")) << kPeerA << int(Model::State::Open)
            << QStringLiteral("open")
            << QStringList{QStringLiteral("State: open"), QStringLiteral("Subprotocol: chat")};
    QTest::newRow("closed") << closed(kPeerA, 1000) << kPeerA << int(Model::State::Closed)
                            << QStringLiteral("closed 1000")
                            << QStringList{QStringLiteral("State: closed with 1000 Normal Closure"),
                                           QStringLiteral("Reason: bye")};
    QTest::newRow("failed") << makeEvent(Event::Kind::Failed, kClient, QStringLiteral("TLS handshake failed"))
                            << kClient << int(Model::State::Failed) << QStringLiteral("failed")
                            << QStringList{QStringLiteral("State: failed"), QStringLiteral("TLS handshake failed")};
    QTest::newRow("stopped") << makeEvent(Event::Kind::Stopped, kServer) << kServer << int(Model::State::Stopped)
                             << QStringLiteral("stopped") << QStringList{QStringLiteral("State: stopped")};
}

void TestConnectionTreeModel::stateChanges()
{
    QFETCH(Event, change);
    QFETCH(quint64, connection);
    QFETCH(int, state);
    QFETCH(QString, display);
    QFETCH(QStringList, toolTipLines);

    TestedTree tree;
    Model &model = tree.model;
    feedServerWithTwoPeersAndClient(model);
    model.handleEvent(change);
    QCOMPARE(int(stateOf(model, connection)), state);
    QCOMPARE(stateText(model, connection), display);
    const QStringList lines = toolTipOf(model, connection);
    QCOMPARE(lines.first(), model.label(connection));
    for (const QString &line : std::as_const(toolTipLines))
        QVERIFY2(lines.contains(line), qPrintable(lines.join(QLatin1String(" | "))));
    // The rest of the tree is untouched.
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.indexForConnection(kServer)), 2);
}

void TestConnectionTreeModel::activeCountFollowsStates()
{
    TestedTree tree;
    Model &model = tree.model;
    QCOMPARE(model.activeCount(), 0);
    feedServerWithTwoPeersAndClient(model);
    QCOMPARE(model.activeCount(), 1); // the listening server; nobody is open yet
    model.handleEvent(makeEvent(Event::Kind::Opened, kPeerA));
    model.handleEvent(makeEvent(Event::Kind::Opened, kClient));
    QCOMPARE(model.activeCount(), 3);
    model.handleEvent(closed(kPeerA, 1001));
    model.handleEvent(makeEvent(Event::Kind::Failed, kClient, QStringLiteral("gone")));
    model.handleEvent(makeEvent(Event::Kind::Stopped, kServer));
    QCOMPARE(model.activeCount(), 0);
}

void TestConnectionTreeModel::stateChangeSignalsItsRow()
{
    TestedTree tree;
    Model &model = tree.model;
    feedServerWithTwoPeersAndClient(model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.handleEvent(makeEvent(Event::Kind::Opened, kPeerB));
    QCOMPARE(changed.size(), 1);
    const QModelIndex peerB = model.indexForConnection(kPeerB);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), peerB.siblingAtColumn(Model::NameColumn));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), peerB.siblingAtColumn(Model::StateColumn));

    // Events that change no state or counter signal nothing.
    changed.clear();
    for (Event::Kind kind : {Event::Kind::HandshakeRequest, Event::Kind::HandshakeResponse, Event::Kind::TlsEstablished,
                             Event::Kind::ProtocolError})
        model.handleEvent(makeEvent(kind, kPeerB));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(stateOf(model, kPeerB), Model::State::Open);
}

void TestConnectionTreeModel::countersAddUpToTheServer()
{
    TestedTree tree;
    Model &model = tree.model;
    feedServerWithTwoPeersAndClient(model);
    model.handleEvent(frame(kPeerA, Direction::Incoming, 10));
    model.handleEvent(frame(kPeerA, Direction::Incoming, 20));
    model.handleEvent(frame(kPeerA, Direction::Outgoing, 30));
    model.handleEvent(frame(kPeerB, Direction::Outgoing, 1000));
    model.handleEvent(frame(kClient, Direction::Incoming, 5));

    // Wire bytes: 2-byte headers plus payloads. The server row sums its peers; the client counts alone.
    const struct
    {
        quint64 id;
        quint64 in;
        quint64 out;
        qint64 bytes;
    } expected[] = {{kPeerA, 2, 1, 3 * 2 + 60},
                    {kPeerB, 0, 1, 2 + 1000},
                    {kServer, 2, 2, 4 * 2 + 1060},
                    {kClient, 1, 0, 2 + 5}};
    for (const auto &row : expected) {
        QCOMPARE(cell(model, row.id, Model::FramesInColumn).value<quint64>(), row.in);
        QCOMPARE(cell(model, row.id, Model::FramesOutColumn).value<quint64>(), row.out);
        // Compact in the column: bytes below 1 KiB, one decimal above.
        const QString compact =
                row.bytes < 1024 ? QStringLiteral("%1 B").arg(row.bytes) : QLocale().formattedDataSize(row.bytes, 1);
        QCOMPARE(cell(model, row.id, Model::BytesColumn).toString(), compact);
    }
    const QString peerATotals =
            QStringLiteral("Frames: 2 in, 1 out; %1 on the wire").arg(QLocale().formattedDataSize(66));
    QVERIFY(toolTipOf(model, kPeerA).contains(peerATotals));
}

void TestConnectionTreeModel::countersRepaintedInBatches()
{
    TestedTree tree;
    Model &model = tree.model;
    feedServerWithTwoPeersAndClient(model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int i = 0; i < 100; ++i)
        model.handleEvent(frame(kPeerA, Direction::Incoming, 1));
    // Counters are not repainted per frame but once per refresh interval.
    QCOMPARE(changed.size(), 0);
    const QModelIndex peerA = model.indexForConnection(kPeerA);
    const QModelIndex server = model.indexForConnection(kServer);
    QTRY_VERIFY_WITH_TIMEOUT(covers(changed, peerA.siblingAtColumn(Model::FramesInColumn)), 10 * Model::kRefreshMs);
    QVERIFY(covers(changed, peerA.siblingAtColumn(Model::BytesColumn)));
    QVERIFY(covers(changed, server.siblingAtColumn(Model::FramesInColumn)));
    QVERIFY(!covers(changed, peerA.siblingAtColumn(Model::StateColumn)));
    QCOMPARE(cell(model, kPeerA, Model::FramesInColumn).value<quint64>(), 100u);
}

// A server with 1 000 busy peers: one refresh is one signal for the peers that moved and one
// for the server, not one per row (a view relays out per signal: one per row froze the window
// for seconds with 1 000 live peers). Quiet rows are not signalled.
void TestConnectionTreeModel::countersOfManyPeersRefreshInOneSignal()
{
    TestedTree tree;
    Model &model = tree.model;
    constexpr quint64 kFirstPeer = 100;
    constexpr int kPeers = 1000;
    model.handleEvent(listening(kServer, QStringLiteral("127.0.0.1:9000")));
    for (int i = 0; i < kPeers; ++i) {
        model.handleEvent(peerConnected(kFirstPeer + quint64(i), kServer, QStringLiteral("127.0.0.1:%1").arg(40000 + i)));
        model.handleEvent(makeEvent(Event::Kind::Opened, kFirstPeer + quint64(i)));
    }
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    for (int i = 10; i < kPeers - 10; ++i)
        model.handleEvent(frame(kFirstPeer + quint64(i), Direction::Incoming, 1));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 10 * Model::kRefreshMs);
    QTest::qWait(2 * Model::kRefreshMs);
    QCOMPARE(changed.size(), 2);
    QVERIFY(covers(changed, model.indexForConnection(kServer).siblingAtColumn(Model::FramesInColumn)));
    QVERIFY(covers(changed, model.indexForConnection(kFirstPeer + 10).siblingAtColumn(Model::BytesColumn)));
    QVERIFY(covers(changed, model.indexForConnection(kFirstPeer + kPeers - 11).siblingAtColumn(Model::FramesInColumn)));
    QVERIFY(!covers(changed, model.indexForConnection(kFirstPeer + 5).siblingAtColumn(Model::FramesInColumn)));
}

void TestConnectionTreeModel::reconnectKeepsTheRow()
{
    TestedTree tree;
    Model &model = tree.model;
    feedServerWithTwoPeersAndClient(model);
    model.handleEvent(makeEvent(Event::Kind::Opened, kClient));
    model.handleEvent(closed(kClient, 1006));
    QCOMPARE(stateOf(model, kClient), Model::State::Closed);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.handleEvent(makeEvent(Event::Kind::Connecting, kClient, QStringLiteral("wss://echo.example/chat")));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(stateOf(model, kClient), Model::State::Connecting);
    QCOMPARE(stateText(model, kClient), QStringLiteral("connecting"));
    QVERIFY(toolTipOf(model, kClient).contains(QStringLiteral("State: connecting")));
    QVERIFY(!toolTipOf(model, kClient).contains(QStringLiteral("Reason: bye")));
}

void TestConnectionTreeModel::unknownConnectionsIgnored()
{
    TestedTree tree;
    Model &model = tree.model;
    feedServerWithTwoPeersAndClient(model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    constexpr quint64 kUnknown = 999;
    for (const Event &e : {makeEvent(Event::Kind::Opened, kUnknown), closed(kUnknown, 1000),
                           makeEvent(Event::Kind::Failed, kUnknown), makeEvent(Event::Kind::Stopped, kUnknown)})
        model.handleEvent(e);
    model.handleEvent(frame(kUnknown, Direction::Incoming, 10));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QVERIFY(!model.indexForConnection(kUnknown).isValid());
    QCOMPARE(model.rowCount(), 2);
}

void TestConnectionTreeModel::peerOfUnknownServerIsTopLevel()
{
    TestedTree tree;
    Model &model = tree.model;
    model.handleEvent(peerConnected(kPeerA, kServer, QStringLiteral("127.0.0.1:50001")));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex orphan = model.index(0, 0);
    QCOMPARE(orphan, model.indexForConnection(kPeerA));
    QVERIFY(!orphan.parent().isValid());
    QCOMPARE(Model::NodeKind(orphan.data(Model::NodeKindRole).toInt()), Model::NodeKind::Client);
    // Its frames count for itself only.
    model.handleEvent(frame(kPeerA, Direction::Incoming, 1));
    QCOMPARE(cell(model, kPeerA, Model::FramesInColumn).value<quint64>(), 1u);
}

// Issue 11: a proxy's pair shows as the client's peer under the proxy and, under it, the
// upstream connection opened for it.
void TestConnectionTreeModel::proxyUpstreamLegUnderItsClientLeg()
{
    TestedTree tree;
    Model &model = tree.model;
    model.handleEvent(listening(kServer, QStringLiteral("127.0.0.1:9001")));
    model.handleEvent(peerConnected(kPeerA, kServer, QStringLiteral("127.0.0.1:50001")));
    Event upstream = makeEvent(Event::Kind::Connecting, kClient, QStringLiteral("ws://127.0.0.1:9002/chat"));
    upstream.pairedId = kPeerA;
    model.handleEvent(upstream);

    QCOMPARE(model.rowCount(), 1);
    const QModelIndex clientLeg = model.indexForConnection(kPeerA);
    QCOMPARE(model.rowCount(clientLeg), 1);
    const QModelIndex upstreamLeg = model.indexForConnection(kClient);
    QCOMPARE(upstreamLeg.parent(), clientLeg);
    QCOMPARE(upstreamLeg.data().toString(), QStringLiteral("ws://127.0.0.1:9002/chat"));
    QCOMPARE(upstreamLeg.data(Model::NodeKindRole).toInt(), int(Model::NodeKind::Client));
}

void TestConnectionTreeModel::clearRemovesEverything()
{
    TestedTree tree;
    Model &model = tree.model;
    feedServerWithTwoPeersAndClient(model);
    model.handleEvent(frame(kPeerA, Direction::Incoming, 1));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    for (quint64 id : {kServer, kPeerA, kPeerB, kClient}) {
        QVERIFY(!model.indexForConnection(id).isValid());
        QVERIFY(model.label(id).isEmpty());
    }
    // The tree starts again from events. The counter refresh started before clear() is still
    // pending: when it fires it must repaint the new rows only (the tester checks every index).
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    feedServerWithTwoPeersAndClient(model);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.index(0, 0)), 2);
    model.handleEvent(frame(kPeerB, Direction::Outgoing, 1));
    const QModelIndex peerB = model.indexForConnection(kPeerB).siblingAtColumn(Model::FramesOutColumn);
    QTRY_VERIFY_WITH_TIMEOUT(covers(changed, peerB), 10 * Model::kRefreshMs);
    QCOMPARE(cell(model, kPeerA, Model::FramesInColumn).value<quint64>(), 0u); // counted before clear()
}

QTEST_GUILESS_MAIN(TestConnectionTreeModel)
#include "tst_connectiontreemodel.moc"
