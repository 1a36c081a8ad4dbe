// SPDX-License-Identifier: GPL-3.0-or-later
// The connection tree as a user reads it: the name column keeps its room whatever the state
// says, long URLs are elided in the middle, tooltips tell everything, recorded entries offer
// only what makes sense for them.
#include "connections/connectionsview.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace Sockscope;

namespace {

Event makeEvent(Event::Kind kind, quint64 connection)
{
    Event e;
    e.kind = kind;
    e.connectionId = connection;
    e.timestampNs = nowNs();
    return e;
}

constexpr auto kLongUrl = "ws://127.0.0.1:45678/api/v2/realtime/subscriptions?token=abcdef";

} // namespace

class TestConnectionsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nameColumnKeepsItsRoom();
    void countersGrowWithTheirDigits();
    void toolTipHasTheFullStory();
    void recordedEntriesOfferOnlyWhatWorks();
};

void TestConnectionsView::nameColumnKeepsItsRoom()
{
    ConnectionTreeModel model;
    ConnectionsView view;
    view.setTreeModel(&model);
    view.resize(330, 300); // the pane's width at 1366×768
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const quint64 id = nextConnectionId();
    Event connecting = makeEvent(Event::Kind::Connecting, id);
    connecting.text = QString::fromLatin1(kLongUrl);
    model.handleEvent(connecting);
    QCoreApplication::processEvents();
    const int before = view.header()->sectionSize(ConnectionTreeModel::NameColumn);
    Event closed = makeEvent(Event::Kind::Closed, id);
    closed.closeCode = 1011;
    closed.text = QStringLiteral("an internal error with a long explanation");
    model.handleEvent(closed);
    QCoreApplication::processEvents();
    const int after = view.header()->sectionSize(ConnectionTreeModel::NameColumn);
    QCOMPARE(after, before);
    QVERIFY2(after >= view.viewport()->width() * 2 / 5,
             qPrintable(QStringLiteral("%1 of %2; state %3, in %4, out %5, bytes %6")
                                .arg(after)
                                .arg(view.viewport()->width())
                                .arg(view.header()->sectionSize(1))
                                .arg(view.header()->sectionSize(2))
                                .arg(view.header()->sectionSize(3))
                                .arg(view.header()->sectionSize(4))));
    QCOMPARE(view.textElideMode(), Qt::ElideMiddle);
    const QString state =
            model.indexForConnection(id).siblingAtColumn(ConnectionTreeModel::StateColumn).data().toString();
    QCOMPARE(state, QStringLiteral("closed 1011"));
    QVERIFY(view.fontMetrics().horizontalAdvance(state) < view.header()->sectionSize(ConnectionTreeModel::StateColumn));
}

// The counter columns widen as a busy peer's counts grow (from the model's peaks, not by the
// header over every row, which froze the window with 1 000 live peers).
void TestConnectionsView::countersGrowWithTheirDigits()
{
    ConnectionTreeModel model;
    ConnectionsView view;
    view.setTreeModel(&model);
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const quint64 server = nextConnectionId();
    Event listening = makeEvent(Event::Kind::Listening, server);
    listening.detail = QStringLiteral("ws");
    listening.text = QStringLiteral("127.0.0.1:9000");
    model.handleEvent(listening);
    const quint64 peer = nextConnectionId();
    Event connected = makeEvent(Event::Kind::PeerConnected, peer);
    connected.serverId = server;
    model.handleEvent(connected);
    model.handleEvent(makeEvent(Event::Kind::Opened, peer));
    QCoreApplication::processEvents();
    const int narrow = view.header()->sectionSize(ConnectionTreeModel::FramesInColumn);
    Event frame = makeEvent(Event::Kind::Frame, peer);
    frame.serverId = server;
    frame.direction = Direction::Incoming;
    for (int i = 0; i < 123456; ++i)
        model.handleEvent(frame);
    const QModelIndex count = model.indexForConnection(server).siblingAtColumn(ConnectionTreeModel::FramesInColumn);
    QTRY_COMPARE_WITH_TIMEOUT(count.data().toString(), QStringLiteral("123456"), 10 * ConnectionTreeModel::kRefreshMs);
    QTRY_VERIFY(view.header()->sectionSize(ConnectionTreeModel::FramesInColumn) > narrow);
    QVERIFY(view.header()->sectionSize(ConnectionTreeModel::FramesInColumn)
            > view.fontMetrics().horizontalAdvance(QStringLiteral("123456")));
    QCOMPARE(view.header()->sectionResizeMode(ConnectionTreeModel::FramesInColumn), QHeaderView::Fixed);
}

void TestConnectionsView::toolTipHasTheFullStory()
{
    ConnectionTreeModel model;
    const quint64 id = nextConnectionId();
    Event connecting = makeEvent(Event::Kind::Connecting, id);
    connecting.text = QString::fromLatin1(kLongUrl);
    model.handleEvent(connecting);
    Event opened = makeEvent(Event::Kind::Opened, id);
    opened.timings = {50, 120, -1, 900};
    model.handleEvent(opened);
    Event frame = makeEvent(Event::Kind::Frame, id);
    frame.frame.payloadLength = 5;
    model.handleEvent(frame);
    Event closed = makeEvent(Event::Kind::Closed, id);
    closed.closeCode = 1000;
    closed.text = QStringLiteral("done");
    model.handleEvent(closed);
    const QString tip = model.indexForConnection(id).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QString::fromLatin1(kLongUrl)), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("closed with 1000 Normal Closure")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Reason: done")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Frames: 1 in, 0 out")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("DNS 50 µs, TCP 120 µs")), qPrintable(tip));
}

void TestConnectionsView::recordedEntriesOfferOnlyWhatWorks()
{
    ConnectionTreeModel model;
    ConnectionsView view;
    view.setTreeModel(&model);
    ConnectionInfo client;
    client.id = 7;
    client.role = QStringLiteral("client");
    client.url = QString::fromLatin1(kLongUrl);
    model.loadRecorded({client}, {});
    QMenu menu;
    view.fillContextMenu(menu, model.indexForConnection(7));
    QStringList enabled;
    for (QAction *action : menu.actions()) {
        if (action->isEnabled())
            enabled << action->text();
        else
            QVERIFY2(action->toolTip().contains(QStringLiteral("not live")), qPrintable(action->toolTip()));
    }
    QCOMPARE(enabled,
             (QStringList{QStringLiteral("Connect again (new live connection)"), QStringLiteral("Replay…"),
                          QStringLiteral("Serve as mock server…")}));
    QSignalSpy duplicate(&view, &ConnectionsView::duplicateRequested);
    menu.actions().first()->trigger();
    QCOMPARE(duplicate.count(), 1);
    QCOMPARE(duplicate.at(0).at(0).toULongLong(), quint64(7));
    QSignalSpy replay(&view, &ConnectionsView::replayRequested);
    menu.actions().at(1)->trigger();
    QCOMPARE(replay.count(), 1);
    QCOMPARE(replay.at(0).at(0).toULongLong(), quint64(7));
    QSignalSpy serve(&view, &ConnectionsView::serveAsMockServerRequested);
    menu.actions().at(2)->trigger();
    QCOMPARE(serve.count(), 1);
    QCOMPARE(serve.at(0).at(0).toULongLong(), quint64(7));
}

QTEST_MAIN(TestConnectionsView)
#include "tst_connectionsview.moc"
