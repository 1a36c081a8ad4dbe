// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/capturefiles.h"
#include "capture/capturereader.h"
#include "connections/connectionsview.h"
#include "demosession.h"
#include "dialogdriver.h"
#include "dialogs/mockserverdialog.h"
#include "framelog/framelogview.h"
#include "mainwindow.h"
#include "models/connectiontreemodel.h"
#include "models/framelogmodel.h"
#include "replay/conversation.h"
#include "screenshot.h"
#include "websocketclient.h"
#include "websocketserver.h"
#include "workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <functional>

using namespace Sockscope;
using SockscopeTest::actionNamed;
using SockscopeTest::whenDialogOpens;

namespace {

const QString kPcap = QStringLiteral(SOCKSCOPE_TEST_DATA_DIR "/chromium-echo.pcapng");

// The recorded conversations of the pcap as the import reads them, outside the window.
QList<Conversation> importedConversations()
{
    QTemporaryDir scratch;
    CaptureReader reader;
    QString error;
    if (!CaptureFiles::open(kPcap, scratch.filePath(QStringLiteral("import.wscap")), reader, &error))
        qWarning("%s", qPrintable(error));
    return Conversation::fromCapture(reader);
}

// A real client of the mock server: it sends `messages` one by one, each after the answers to the
// one before have come, and keeps every data message it receives.
class MockClient : public QObject
{
public:
    explicit MockClient(const QString &address)
    {
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            received.append({1, text.toUtf8()});
        });
        connect(&m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &data) {
            received.append({2, data});
        });
        m_socket.open(QUrl(QStringLiteral("ws://%1/mock").arg(address)));
    }
    bool waitConnected()
    {
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }
    void send(const QString &text) { m_socket.sendTextMessage(text); }
    void close() { m_socket.close(); }

    QList<std::pair<int, QByteArray>> received;

private:
    QWebSocket m_socket;
};

QModelIndex firstRecordedClient(ConnectionTreeModel *model)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (ConnectionTreeModel::NodeKind(index.data(ConnectionTreeModel::NodeKindRole).toInt())
            == ConnectionTreeModel::NodeKind::Client)
            return index;
    }
    return {};
}

} // namespace

class TestMockServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordedConnectionServesItsAnswers();
    void originalTimingSendsWithoutClientMessages();
    void badAddressAndBusyPortKeepTheDialogOpen();
    void liveSessionWithoutMessagesSaysSo();
    void liveConnectionServedFromTheRecording();
};

void TestMockServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SockscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("sockscope-tst-mockserver"));
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
}

// The pcap's Chromium connection served from its context menu: a client that sends other texts
// gets the recorded server's messages (text and binary, in order), and shows up under the mock
// server in the tree, recorded like any connection.
void TestMockServer::recordedConnectionServesItsAnswers()
{
    const QList<Conversation> imported = importedConversations();
    QCOMPARE(imported.size(), 1);
    const QList<RecordedMessage> answers = imported.first().serverMessages();
    QCOMPARE(answers.size(), 4);

    MainWindow window;
    window.resize(1366, 728);
    window.show();
    QVERIFY(window.openCapture(kPcap));
    QVERIFY(window.isReadOnly());
    const QModelIndex recorded = firstRecordedClient(window.treeModel());
    QVERIFY(recorded.isValid());
    QMenu menu;
    window.connectionsView()->fillContextMenu(menu, recorded);
    QAction *serve = actionNamed(menu, QStringLiteral("Serve as mock server…"));
    QVERIFY(serve);

    quint64 preselected = 0;
    QString address;
    bool dialogShot = false;
    whenDialogOpens<MockServerDialog>([&](MockServerDialog *dialog) {
        preselected = dialog->conversation().connectionId;
        address = dialog->findChild<QComboBox *>(QStringLiteral("address"))->currentText();
        dialogShot = SockscopeTest::saveScreenshot(*dialog, QStringLiteral("mock-server-dialog.png"));
        dialog->accept();
    });
    serve->trigger();
    QCOMPARE(preselected, imported.first().connectionId);
    QCOMPARE(address, QStringLiteral("127.0.0.1")); // loopback unless the user picks another
    QVERIFY(dialogShot);
    QVERIFY(!window.isReadOnly());               // a live session records the mock server and its clients
    QCOMPARE(window.treeModel()->rowCount(), 1); // the capture's view made room for it
    const QModelIndex serverNode = window.connectionsView()->currentIndex();
    QCOMPARE(ConnectionTreeModel::NodeKind(serverNode.data(ConnectionTreeModel::NodeKindRole).toInt()),
             ConnectionTreeModel::NodeKind::Server);
    QVERIFY(!serverNode.data(ConnectionTreeModel::RecordedRole).toBool());
    WebSocketServer *server =
            window.workspace()->server(serverNode.data(ConnectionTreeModel::ConnectionIdRole).toULongLong());
    QVERIFY(server);

    MockClient client(server->listenAddress());
    QVERIFY(client.waitConnected());
    for (int k = 0; k < answers.size(); ++k) {
        client.send(QStringLiteral("not what Chromium sent %1").arg(k));
        QTRY_COMPARE_WITH_TIMEOUT(client.received.size(), k + 1, 5000);
        QCOMPARE(client.received.at(k).first, answers.at(k).opcode);
        QCOMPARE(client.received.at(k).second, answers.at(k).data);
    }
    const QModelIndex serverNow = window.treeModel()->indexForConnection(server->serverId());
    QTRY_COMPARE(window.treeModel()->rowCount(serverNow), 1);
    const quint64 peer =
            window.treeModel()->index(0, 0, serverNow).data(ConnectionTreeModel::ConnectionIdRole).toULongLong();
    window.logModel()->flush();
    QList<QByteArray> sentByMock;
    for (int row = 0; row < window.logModel()->rowCount(); ++row) {
        const LogRecord &r = window.logModel()->record(row);
        QVERIFY(r.connectionId == peer || r.connectionId == server->serverId());
        if (r.isFrame() && r.direction == Direction::Outgoing && !r.isControl())
            sentByMock << window.logModel()->event(row)->payload;
    }
    QCOMPARE(sentByMock.size(), answers.size());
    for (int k = 0; k < answers.size(); ++k)
        QCOMPARE(sentByMock.at(k), answers.at(k).data);
    // The recorded JSON answer as the mock sent it, in the hex view, for the picture.
    for (int row = 0; row < window.logModel()->rowCount(); ++row) {
        if (window.logModel()->event(row)->payload == answers.at(1).data)
            window.logView()->selectRow(row);
    }
    QVERIFY(SockscopeTest::saveScreenshot(window, QStringLiteral("mock-server.png")));
    client.close();
    window.workspace()->markSaved();
}

// With the original timing the recorded messages come at their time after the upgrade, whatever
// the client sends (here nothing).
void TestMockServer::originalTimingSendsWithoutClientMessages()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openCapture(kPcap));
    whenDialogOpens<MockServerDialog>([](MockServerDialog *dialog) {
        auto *pacing = dialog->findChild<QComboBox *>(QStringLiteral("pacing"));
        pacing->setCurrentIndex(pacing->findData(int(MockServer::Pacing::OriginalTiming)));
        dialog->accept();
    });
    window.serveAsMockServer(); // File → Serve as Mock Server…
    const QModelIndex serverNode = window.connectionsView()->currentIndex();
    WebSocketServer *server =
            window.workspace()->server(serverNode.data(ConnectionTreeModel::ConnectionIdRole).toULongLong());
    QVERIFY(server);
    MockClient client(server->listenAddress());
    QVERIFY(client.waitConnected());
    QTRY_COMPARE_WITH_TIMEOUT(client.received.size(), 4, 20000);
    client.close();
    window.workspace()->markSaved();
}

void TestMockServer::badAddressAndBusyPortKeepTheDialogOpen()
{
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost));
    MainWindow window;
    window.show();
    QVERIFY(window.openCapture(kPcap));
    QStringList errors;
    whenDialogOpens<MockServerDialog>([&](MockServerDialog *dialog) {
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        auto *address = dialog->findChild<QComboBox *>(QStringLiteral("address"));
        address->setCurrentText(QStringLiteral("not-an-address"));
        dialog->accept(); // refused by the form itself
        errors << error->text();
        address->setCurrentText(QStringLiteral("127.0.0.1"));
        dialog->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(busy.serverPort());
        QTimer::singleShot(0, dialog, [dialog, error, &errors] {
            // The listen error comes after the dialog closed, and opens it again with the error.
            if (QTest::qWaitFor([&] { return dialog->isVisible() && error->isVisible(); }, 5000))
                errors << error->text();
            dialog->reject();
        });
        dialog->accept();
    });
    window.serveAsMockServer();
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.at(0).contains(QStringLiteral("not-an-address")), qPrintable(errors.at(0)));
    QVERIFY2(errors.at(1) != errors.at(0) && !errors.at(1).isEmpty(), qPrintable(errors.at(1)));
    QCOMPARE(window.treeModel()->rowCount(), 0); // a live session, without a server
    window.workspace()->markSaved();
}

// A fresh live session has nothing to serve: the user is told, no dialog is shown.
void TestMockServer::liveSessionWithoutMessagesSaysSo()
{
    MainWindow window;
    window.show();
    QString text;
    QTimer::singleShot(0, [&text] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        text = box->text();
        box->accept();
    });
    window.serveAsMockServer();
    QVERIFY2(text.contains(QStringLiteral("no connection with data messages")), qPrintable(text));
}

// A live connection is served from the session's own recording so far, in the same session.
void TestMockServer::liveConnectionServedFromTheRecording()
{
    MainWindow window;
    window.show();
    window.startDemo();
    QSignalSpy finished(window.demo(), &DemoSession::exchangeFinished);
    QVERIFY(finished.wait(10000));
    const quint64 demoClient = window.demo()->client()->connectionId();
    QMenu menu;
    window.connectionsView()->fillContextMenu(menu, window.treeModel()->indexForConnection(demoClient));
    QAction *serve = actionNamed(menu, QStringLiteral("Serve as mock server…"));
    QVERIFY(serve);
    const int before = window.treeModel()->rowCount();
    Conversation served;
    whenDialogOpens<MockServerDialog>([&served](MockServerDialog *dialog) {
        served = dialog->conversation();
        dialog->accept();
    });
    serve->trigger();
    QCOMPARE(served.connectionId, demoClient);
    const QList<RecordedMessage> answers = served.serverMessages();
    QVERIFY(!answers.isEmpty());
    QCOMPARE(window.treeModel()->rowCount(), before + 1); // beside the demo, in the same session
    WebSocketServer *server = window.workspace()->server(
            window.connectionsView()->currentIndex().data(ConnectionTreeModel::ConnectionIdRole).toULongLong());
    QVERIFY(server);
    MockClient client(server->listenAddress());
    QVERIFY(client.waitConnected());
    // The demo client sent everything before the echoes came: they answer its last message.
    for (int k = 0; k < served.clientMessages().size(); ++k)
        client.send(QStringLiteral("anything %1").arg(k));
    QTRY_COMPARE_WITH_TIMEOUT(client.received.size(), answers.size(), 5000);
    for (int k = 0; k < answers.size(); ++k)
        QCOMPARE(client.received.at(k).second, answers.at(k).data);
    client.close();
    window.workspace()->markSaved();
}

QTEST_MAIN(TestMockServer)
#include "tst_mockserver.moc"
