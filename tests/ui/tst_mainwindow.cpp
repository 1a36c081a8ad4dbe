// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/capturefiles.h"
#include "capture/capturereader.h"
#include "capture/capturewriter.h"
#include "composer/composer.h"
#include "connections/connectionsview.h"
#include "demosession.h"
#include "dialogdriver.h"
#include "dialogs/newconnectiondialog.h"
#include "dialogs/newserverdialog.h"
#include "framelog/filterbar.h"
#include "framelog/framelogview.h"
#include "handshake/handshakeview.h"
#include "hexview/framebytesview.h"
#include "hexview/hexview.h"
#include "mainwindow.h"
#include "models/connectiontreemodel.h"
#include "models/framelogmodel.h"
#include "websocketclient.h"
#include "websocketserver.h"
#include "workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <csignal>
#include <functional>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif

using namespace Sockscope;
using SockscopeTest::whenDialogOpens;

namespace {

// Closes the next message box, keeping its text.
void whenMessageBoxOpens(QString *text)
{
    QTimer::singleShot(0, [text] {
        for (int attempt = 0; attempt < 200; ++attempt) {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                *text = box->text();
                box->done(QMessageBox::Ok);
                return;
            }
            QTest::qWait(10);
        }
    });
}

// Answers the next message box with `button`.
void answerMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        for (int attempt = 0; attempt < 200; ++attempt) {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                box->button(button)->click();
                return;
            }
            QTest::qWait(10);
        }
    });
}

int findRow(const FrameLogModel *model, const std::function<bool(const LogRecord &, int row)> &match)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (match(model->record(row), row))
            return row;
    }
    return -1;
}

QString cell(const FrameLogModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoPopulatesEveryView();
    void serverAndClientThroughDialogsAndComposer();
    void filtersByDirectionAndText();
    void savesAndOpensCapture();
    void badInputShowsWhereTheUserLooks();
    void failedUpgradeInHandshakeView();
    void recoversSessionAfterCrash();
    void closingDeletesTheRecordingUncopied();
    void copiesRowsAndOpensDroppedCapture();
    void reportsRecordingFailureAfterOpeningCapture();
    void exportKeepsTheDocument();
    void progressClosesBeforeTheError();
    void quitQuestionFollowsTheSavedState();
    void reopenedCaptureTellsHowConnectionsEnded();
    void packetCaptureOpensFrameByFrame();
    void liveServerOverAnOpenedCapture();
    void newConnectionLeavesTheOpenedCapture();
    void everyControlVisibleAtCommonSizes_data();
    void everyControlVisibleAtCommonSizes();
    void screenshots();

private:
    QString screenshotDirectory() const;
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SockscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("sockscope-tst-mainwindow"));
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
}

void TestMainWindow::demoPopulatesEveryView()
{
    MainWindow window;
    window.show();
    window.startDemo();
    QSignalSpy finished(window.demo(), &DemoSession::exchangeFinished);
    QVERIFY(finished.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(window.logModel()->rowCount() > 30, 5000);
    // The demo selects the client's first message, so hex and handshake are filled at once.
    QVERIFY(window.logView()->currentIndex().isValid());
    const FrameBytesLayout &layout = window.hexView()->layout();
    QVERIFY(!layout.isEmpty());
    QCOMPARE(layout.fields().first().kind, FrameBytesLayout::FieldKind::Fin);
    auto *accept = window.handshakeView()->findChild<QLabel *>(QStringLiteral("acceptCheck"));
    QVERIFY(accept);
    QVERIFY2(accept->text().contains(QLatin1String("match"), Qt::CaseInsensitive), qPrintable(accept->text()));
    QCOMPARE(window.treeModel()->rowCount(), 2); // the server (with its peer) and the client
    window.workspace()->markSaved();
}

void TestMainWindow::serverAndClientThroughDialogsAndComposer()
{
    MainWindow window;
    window.show();
    whenDialogOpens<NewServerDialog>([](NewServerDialog *dialog) {
        dialog->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(0);
        auto *behaviour = dialog->findChild<QComboBox *>(QStringLiteral("behaviour"));
        behaviour->setCurrentIndex(0); // echo
        dialog->accept();
    });
    window.newServer();
    QTRY_COMPARE_WITH_TIMEOUT(window.treeModel()->rowCount(), 1, 5000);
    const quint64 serverId = window.treeModel()->index(0, 0).data(ConnectionTreeModel::ConnectionIdRole).toULongLong();
    WebSocketServer *server = window.workspace()->server(serverId);
    QVERIFY(server);

    whenDialogOpens<NewConnectionDialog>([server](NewConnectionDialog *dialog) {
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("url"));
        url->setText(QStringLiteral("ws://") + server->listenAddress() + QStringLiteral("/composer"));
        dialog->accept();
    });
    window.newConnection();
    QTRY_VERIFY_WITH_TIMEOUT(window.composer()->isConnected(), 5000);

    auto *editor = window.composer()->findChild<QPlainTextEdit *>(QStringLiteral("messageEdit"));
    editor->setPlainText(QStringLiteral("hello from the composer"));
    QTest::mouseClick(window.composer()->findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);

    FrameLogModel *model = window.logModel();
    int sent = -1, echoed = -1;
    auto isEcho = [model](const LogRecord &r, int row) {
        return r.isFrame() && r.direction == Direction::Incoming && !(r.flags & FrameMasked)
                && cell(model, row, FrameLogModel::PreviewColumn) == QLatin1String("hello from the composer");
    };
    QTRY_VERIFY_WITH_TIMEOUT((echoed = findRow(model, isEcho)) >= 0, 5000);
    sent = findRow(model, [model](const LogRecord &r, int row) {
        return r.isFrame() && r.direction == Direction::Outgoing && (r.flags & FrameMasked)
                && cell(model, row, FrameLogModel::PreviewColumn) == QLatin1String("hello from the composer");
    });
    QVERIFY(sent >= 0);
    QCOMPARE(cell(model, sent, FrameLogModel::DirectionColumn), QStringLiteral("out"));
    QCOMPARE(cell(model, sent, FrameLogModel::TypeColumn), QStringLiteral("text"));
    QCOMPARE(cell(model, sent, FrameLogModel::LengthColumn), QStringLiteral("23"));
    QCOMPARE(cell(model, sent, FrameLogModel::FlagsColumn), QStringLiteral("F --- M"));

    // Selecting the frame shows it on the wire: masked, header of 2 + 4 bytes, then the payload.
    window.logView()->selectRow(sent);
    const FrameBytesLayout &layout = window.hexView()->layout();
    QCOMPARE(layout.headerSize(), 6);
    QCOMPARE(layout.size(), 6 + 23);
    bool hasMaskKey = false, hasPayload = false;
    for (const FrameBytesLayout::Field &field : layout.fields()) {
        if (field.kind == FrameBytesLayout::FieldKind::MaskKey) {
            hasMaskKey = true;
            QCOMPARE(field.offset, 2);
            QCOMPARE(field.length, 4);
        }
        if (field.kind == FrameBytesLayout::FieldKind::Payload) {
            hasPayload = true;
            QCOMPARE(field.offset, 6);
            QCOMPARE(field.length, 23);
        }
    }
    QVERIFY(hasMaskKey && hasPayload);
    // The hex tab (the wire bytes, with the inflated bytes beside them for compressed frames).
    QCOMPARE(window.detailsTabs()->currentWidget(), static_cast<QWidget *>(window.bytesView()));
    QVERIFY(window.bytesView()->isAncestorOf(window.hexView()));
    window.workspace()->markSaved();
}

void TestMainWindow::filtersByDirectionAndText()
{
    MainWindow window;
    window.show();
    window.startDemo();
    QSignalSpy finished(window.demo(), &DemoSession::exchangeFinished);
    QVERIFY(finished.wait(10000));
    window.logModel()->flush();
    const int total = window.logModel()->rowCount();

    auto *direction = window.filterBar()->findChild<QComboBox *>(QStringLiteral("filterDirection"));
    auto *kind = window.filterBar()->findChild<QComboBox *>(QStringLiteral("filterKind"));
    kind->setCurrentIndex(kind->findData(int(LogFilter::DataFrames | LogFilter::ControlFrames)));
    direction->setCurrentIndex(direction->findData(int(Direction::Incoming)));
    QTRY_VERIFY_WITH_TIMEOUT(window.logModel()->rowCount() < total, 3000);
    for (int row = 0; row < window.logModel()->rowCount(); ++row)
        QCOMPARE(window.logModel()->record(row).direction, Direction::Incoming);

    // By opcode: only the pings.
    direction->setCurrentIndex(0);
    kind->setCurrentIndex(0);
    auto *opcode = window.filterBar()->findChild<QComboBox *>(QStringLiteral("filterOpcode"));
    opcode->setCurrentIndex(opcode->findData(9));
    QTRY_VERIFY_WITH_TIMEOUT(window.logModel()->rowCount() > 0 && window.logModel()->rowCount() < total, 3000);
    for (int row = 0; row < window.logModel()->rowCount(); ++row)
        QCOMPARE(int(window.logModel()->record(row).opcode), 9);
    opcode->setCurrentIndex(0);
    auto *text = window.filterBar()->findChild<QLineEdit *>(QStringLiteral("filterText"));
    QSignalSpy filtered(window.logModel(), &FrameLogModel::filterFinished);
    QTest::keyClicks(text, QStringLiteral("ticker"));
    QTRY_VERIFY_WITH_TIMEOUT(
            !filtered.isEmpty() && window.logModel()->rowCount() > 0 && window.logModel()->rowCount() < total, 5000);
    for (int row = 0; row < window.logModel()->rowCount(); ++row)
        QVERIFY(cell(window.logModel(), row, FrameLogModel::PreviewColumn).contains(QLatin1String("ticker")));
    window.workspace()->markSaved();
}

void TestMainWindow::savesAndOpensCapture()
{
    const QString path = m_dir.filePath(QStringLiteral("saved.wscap"));
    int rows = 0;
    {
        MainWindow window;
        window.startDemo();
        QSignalSpy finished(window.demo(), &DemoSession::exchangeFinished);
        QVERIFY(finished.wait(10000));
        QTest::qWait(100);
        window.logModel()->flush();
        rows = window.logModel()->rowCount();
        QString error;
        QVERIFY2(window.workspace()->saveRecording(path, &error), qPrintable(error));
    }
    MainWindow window;
    window.show();
    QVERIFY(window.openCapture(path));
    QVERIFY(window.isReadOnly());
    QVERIFY(window.logModel()->rowCount() >= rows);
    QVERIFY(!window.composer()->isConnected()); // a recording cannot be sent to
    const int frame = findRow(window.logModel(), [](const LogRecord &r, int) { return r.isFrame() && r.opcode == 2; });
    QVERIFY(frame >= 0);
    window.logView()->selectRow(frame);
    QVERIFY(!window.hexView()->layout().isEmpty());
    QVERIFY(window.treeModel()->rowCount() >= 2);
}

void TestMainWindow::badInputShowsWhereTheUserLooks()
{
    MainWindow window;
    window.show();

    // An invalid URL keeps the dialog open with the reason in it.
    QString urlError;
    bool stillOpen = false;
    whenDialogOpens<NewConnectionDialog>([&urlError, &stillOpen](NewConnectionDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("url"))->setText(QStringLiteral("http://nope"));
        dialog->accept();
        stillOpen = dialog->isVisible();
        urlError = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
        dialog->reject();
    });
    window.newConnection();
    QVERIFY(stillOpen);
    QVERIFY2(urlError.contains(QLatin1String("scheme")), qPrintable(urlError));

    // A port in use is only known when listening: the server dialog shows it and stays open.
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost));
    QString portError;
    whenDialogOpens<NewServerDialog>([&](NewServerDialog *dialog) {
        dialog->findChild<QSpinBox *>(QStringLiteral("port"))->setValue(blocker.serverPort());
        dialog->accept();
        QTimer::singleShot(50, dialog, [&portError, dialog] {
            portError = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
            dialog->reject();
        });
    });
    window.newServer();
    QVERIFY2(portError.contains(QLatin1String("cannot listen")), qPrintable(portError));
    QCOMPARE(window.treeModel()->rowCount(), 0);

    // An unreadable certificate is caught in the dialog.
    QString certError;
    whenDialogOpens<NewServerDialog>([&certError](NewServerDialog *dialog) {
        ServerOptions options;
        options.certFile = QStringLiteral("/nonexistent/cert.pem");
        options.keyFile = QStringLiteral("/nonexistent/key.pem");
        dialog->setOptions(options);
        dialog->accept();
        certError = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))->text();
        dialog->reject();
    });
    window.newServer();
    QVERIFY2(certError.contains(QLatin1String("/nonexistent/cert.pem")), qPrintable(certError));

    // An unreachable host: the tree says failed and the status line says why.
    ClientOptions unreachable;
    unreachable.url = QUrl(QStringLiteral("ws://127.0.0.1:1/"));
    window.workspace()->addClient(unreachable);
    QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains(QLatin1String("refused"), Qt::CaseInsensitive), 5000);
    QCOMPARE(ConnectionTreeModel::State(window.treeModel()->index(0, 0).data(ConnectionTreeModel::StateRole).toInt()),
             ConnectionTreeModel::State::Failed);

    // Invalid JSON in the composer is refused before anything is sent.
    const qint64 rowsBefore = window.logModel()->totalCount();
    auto *mode = window.composer()->findChild<QComboBox *>(QStringLiteral("modeCombo"));
    mode->setCurrentIndex(1); // JSON
    window.composer()
            ->findChild<QPlainTextEdit *>(QStringLiteral("messageEdit"))
            ->setPlainText(QStringLiteral("{\"a\":"));
    window.composer()->setConnected(true);
    QTest::mouseClick(window.composer()->findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);
    QVERIFY(window.composer()->findChild<QLabel *>(QStringLiteral("messageError"))->isVisible());
    QTest::qWait(100);
    window.logModel()->flush();
    QCOMPARE(window.logModel()->totalCount(), rowsBefore);

    // A capture that cannot be opened: a message box and a status line; the session stays.
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.wscap"));
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("definitely not a capture");
    file.close();
    window.workspace()->markSaved();
    QString boxText;
    whenMessageBoxOpens(&boxText);
    QVERIFY(!window.openCapture(garbage));
    QVERIFY2(boxText.contains(QLatin1String("not a Sockscope capture")), qPrintable(boxText));
    QVERIFY(window.statusText().contains(QLatin1String("Cannot open")));
    QVERIFY(!window.isReadOnly());
    QCOMPARE(window.logModel()->totalCount(), rowsBefore);
}

void TestMainWindow::failedUpgradeInHandshakeView()
{
    MainWindow window;
    window.show();
    ServerOptions strict;
    strict.handshake.requiredHeaders = {"Authorization"};
    QString error;
    WebSocketServer *server = window.workspace()->addServer(strict, QString(), &error);
    QVERIFY2(server, qPrintable(error));
    ClientOptions options;
    options.url = QUrl(QStringLiteral("ws://") + server->listenAddress() + QStringLiteral("/private"));
    WebSocketClient *client = window.workspace()->addClient(options);
    QSignalSpy failed(client, &WebSocketClient::failed);
    QVERIFY(failed.wait(5000));
    window.logModel()->flush();
    const int row = findRow(window.logModel(), [client](const LogRecord &r, int) {
        return r.kind == Event::Kind::Failed && r.connectionId == client->connectionId();
    });
    QVERIFY(row >= 0);
    QVERIFY(window.logModel()->index(row, 0).data(FrameLogModel::IsErrorRole).toBool());
    window.logView()->selectRow(row);
    QCOMPARE(window.detailsTabs()->currentIndex(), 1);
    auto *banner = window.handshakeView()->findChild<QLabel *>(QStringLiteral("statusBanner"));
    QVERIFY2(banner->text().contains(QLatin1String("400")), qPrintable(banner->text()));
    window.workspace()->markSaved();
}

void TestMainWindow::recoversSessionAfterCrash()
{
    // A session whose window never closed leaves its recording behind, as a crash would.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/sessions"))
            .removeRecursively();
    QString leftover;
    {
        auto *crashed = new MainWindow;
        crashed->startDemo();
        QSignalSpy finished(crashed->demo(), &DemoSession::exchangeFinished);
        QVERIFY(finished.wait(10000));
        crashed->workspace()->recorder()->flush();
        leftover = crashed->workspace()->recordingPath();
        // Leaked on purpose: a crashed process runs no destructor and removes nothing.
#if defined(__SANITIZE_ADDRESS__)
        __lsan_ignore_object(crashed);
#endif
    }
    QVERIFY(QFile::exists(leftover));
    MainWindow window;
    window.show();
    answerMessageBox(QMessageBox::Open);
    window.offerRecovery();
    QVERIFY2(window.isReadOnly(), qPrintable(window.statusText()));
    QVERIFY(window.logModel()->rowCount() > 30);
    QVERIFY(window.windowTitle().contains(QFileInfo(leftover).fileName()));
}

// Closing the window deletes the session's temporary recording without first copying its WAL
// into it (after a large burst that copy kept the closing window frozen for seconds): a second
// name for the file (a hard link) finds its bytes as they were.
void TestMainWindow::closingDeletesTheRecordingUncopied()
{
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->startDemo();
    QSignalSpy finished(window->demo(), &DemoSession::exchangeFinished);
    QVERIFY(finished.wait(10000));
    window->workspace()->recorder()->flush();
    const QString path = window->workspace()->recordingPath();
    const QString sameFile = path + QStringLiteral(".same-file");
    QVERIFY(::link(QFile::encodeName(path).constData(), QFile::encodeName(sameFile).constData()) == 0);
    const auto removeLink = qScopeGuard([&] { QFile::remove(sameFile); });
    const auto bytesOf = [](const QString &file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray before = bytesOf(sameFile);
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0); // the demo's frames, not copied yet
    window->workspace()->markSaved();
    QPointer<MainWindow> closing(window);
    QVERIFY(window->close());
    QTRY_VERIFY(closing.isNull()); // destroyed, with every reader of the recording
    for (const char *suffix : {"", "-wal", "-shm"})
        QVERIFY2(!QFile::exists(path + QLatin1String(suffix)), suffix);
    QCOMPARE(bytesOf(sameFile), before);
}

void TestMainWindow::copiesRowsAndOpensDroppedCapture()
{
    const QString path = m_dir.filePath(QStringLiteral("dropped.wscap"));
    {
        MainWindow source;
        source.startDemo();
        QSignalSpy finished(source.demo(), &DemoSession::exchangeFinished);
        QVERIFY(finished.wait(10000));
        QString error;
        QVERIFY(source.workspace()->saveRecording(path, &error));
    }
    MainWindow window;
    window.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(window.isReadOnly());
    QVERIFY(window.logModel()->rowCount() > 30);

    // Ctrl+C in the log copies the selected rows as tab-separated text.
    const int frame = findRow(window.logModel(), [](const LogRecord &r, int) { return r.isFrame() && r.opcode == 2; });
    window.logView()->selectRow(frame);
    window.logView()->setFocus();
    QTest::keyClick(window.logView(), Qt::Key_C, Qt::ControlModifier);
    const QStringList cells = QGuiApplication::clipboard()->text().split(QLatin1Char('\t'));
    QCOMPARE(cells.size(), int(FrameLogModel::ColumnCount));
    QCOMPARE(cells.at(FrameLogModel::TypeColumn), QStringLiteral("binary"));

    // A file that is not a capture is not taken.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
}

// File → Open brings a new workspace; a live session started from it must report a failing
// recording just like the first one does, or a full disk goes unnoticed.
void TestMainWindow::reportsRecordingFailureAfterOpeningCapture()
{
#ifndef Q_OS_LINUX
    QSKIP("a full disk is simulated with RLIMIT_FSIZE");
#else
    const QString path = m_dir.filePath(QStringLiteral("opened-then-live.wscap"));
    {
        CaptureWriter writer;
        QVERIFY2(writer.open(path), qPrintable(writer.errorString()));
        Event connecting;
        connecting.kind = Event::Kind::Connecting;
        connecting.connectionId = nextConnectionId();
        connecting.timestampNs = nowNs();
        connecting.text = QStringLiteral("ws://127.0.0.1:1/");
        QVERIFY(writer.append(connecting));
        writer.close();
    }
    Workspace echoHost;
    QString error;
    WebSocketServer *echo = echoHost.addServer(ServerOptions(), QString(), &error);
    QVERIFY2(echo, qPrintable(error));

    MainWindow window;
    window.show();
    QVERIFY(window.openCapture(path));
    QVERIFY(window.isReadOnly());
    whenDialogOpens<NewConnectionDialog>([echo](NewConnectionDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("url"))
                ->setText(QStringLiteral("ws://") + echo->listenAddress() + QStringLiteral("/after-open"));
        dialog->accept();
    });
    window.newConnection(); // leaves the capture: the opened workspace records from here on
    QTRY_VERIFY_WITH_TIMEOUT(window.composer()->isConnected(), 5000);
    QVERIFY(!window.isReadOnly());
    QVERIFY(window.workspace()->recorder());
    window.workspace()->recorder()->flush();

    // A full disk as the writer thread meets it: from now on no regular file can be written.
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit full = saved;
    full.rlim_cur = 0;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &full), 0);
    const auto restore = qScopeGuard([&saved, previousHandler] {
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);
    });

    QString boxTitle, boxText;
    QTimer closer;
    connect(&closer, &QTimer::timeout, &closer, [&boxTitle, &boxText] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            boxTitle = box->windowTitle();
            boxText = box->text();
            box->done(QMessageBox::Ok);
        }
    });
    closer.start(10);
    // The failure is noticed on the append after the writer thread failed, so keep events coming.
    QTimer pinger;
    connect(&pinger, &QTimer::timeout, &pinger,
            [&window] { Q_EMIT window.composer()->pingRequested(0, QByteArrayLiteral("still recording?")); });
    pinger.start(20);
    QTRY_VERIFY_WITH_TIMEOUT(!boxText.isEmpty(), 5000);
    pinger.stop();
    QCOMPARE(boxTitle, QStringLiteral("Recording stopped"));
    QCOMPARE(window.statusText(), boxText);
    QVERIFY(window.workspace()->recorder()->hasFailed());
#endif
}

namespace {

// Runs `inspect` on the first message box that opens within `ms`, then closes it with `button`.
void onNextMessageBox(int ms, const std::function<void(QMessageBox *)> &inspect,
                      QMessageBox::StandardButton button = QMessageBox::Ok)
{
    QTimer::singleShot(ms, qApp, [inspect, button] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                inspect(box);
                box->button(button) ? box->button(button)->click() : box->reject();
                return;
            }
        }
        inspect(nullptr);
    });
}

QString saveDemo(const QString &path)
{
    MainWindow window;
    window.startDemo();
    QSignalSpy finished(window.demo(), &DemoSession::exchangeFinished);
    if (!finished.wait(10000))
        return QStringLiteral("the demo did not finish");
    window.logModel()->flush();
    QString error;
    if (!window.workspace()->saveRecording(path, &error))
        return error;
    return {};
}

bool fullyInside(const QWidget *widget, const QWidget *window)
{
    const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
    return widget->isVisible() && window->rect().contains(inWindow)
            && widget->visibleRegion().boundingRect() == widget->rect();
}

} // namespace

// Export writes a copy: the document keeps its path, title and saved state (it used to become the .har).
void TestMainWindow::exportKeepsTheDocument()
{
    MainWindow window;
    window.startDemo();
    QSignalSpy finished(window.demo(), &DemoSession::exchangeFinished);
    QVERIFY(finished.wait(10000));
    const QString wscap = m_dir.filePath(QStringLiteral("kept.wscap"));
    QVERIFY(window.saveTo(wscap));
    const QString title = window.windowTitle();
    QVERIFY(title.contains(QStringLiteral("kept.wscap")));
    const QString har = m_dir.filePath(QStringLiteral("copy.har"));
    QVERIFY(window.exportTo(har));
    QVERIFY(QFileInfo(har).size() > 0);
    QCOMPARE(window.windowTitle(), title);
    const qint64 before = QFileInfo(wscap).size();
    Q_EMIT window.composer()->pingRequested(0, QByteArrayLiteral("after the export"));
    QTRY_VERIFY(window.workspace()->hasUnsavedData());
    QVERIFY(window.save()); // to the .wscap, not the HAR
    QVERIFY(QFileInfo(wscap).size() >= before);
    CaptureReader reader;
    QVERIFY(reader.open(wscap));
    bool hasPing = false;
    reader.readEvents([&hasPing](const Event &e) {
        hasPing = hasPing || e.payload == "after the export";
        return true;
    });
    QVERIFY(hasPing);
    window.workspace()->markSaved();
}

// "Opening random.wscap…" stayed on top of the error box and blocked its OK button.
void TestMainWindow::progressClosesBeforeTheError()
{
    const QString random = m_dir.filePath(QStringLiteral("random.wscap"));
    QFile file(random);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'r'));
    file.close();
    MainWindow window;
    window.show();
    QStringList visibleProgress;
    bool sawBox = false;
    // Later than the progress dialog's 500 ms: it would have shown itself by then.
    onNextMessageBox(900, [&](QMessageBox *box) {
        sawBox = box != nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *progress = qobject_cast<QProgressDialog *>(w); progress && progress->isVisible())
                visibleProgress << progress->labelText();
        }
    });
    QVERIFY(!window.openCapture(random));
    QVERIFY(sawBox);
    QCOMPARE(visibleProgress, QStringList());
    window.workspace()->markSaved();
}

// Quit after Save asked as if nothing had been saved.
void TestMainWindow::quitQuestionFollowsTheSavedState()
{
    auto window = std::make_unique<MainWindow>();
    window->startDemo();
    QSignalSpy finished(window->demo(), &DemoSession::exchangeFinished);
    QVERIFY(finished.wait(10000));
    QVERIFY(window->saveTo(m_dir.filePath(QStringLiteral("quit.wscap"))));
    QVERIFY(!window->isWindowModified());
    if (window->workspace()->eventsSinceSave() == 0) {
        bool asked = true;
        onNextMessageBox(300, [&asked](QMessageBox *box) { asked = box != nullptr; });
        QVERIFY(window->close()); // nothing to lose: no question
        QTRY_VERIFY(!asked);
        return;
    }
    QString question;
    onNextMessageBox(
            300, [&question](QMessageBox *box) { question = box ? box->text() : QString(); }, QMessageBox::Cancel);
    QVERIFY(!window->close());
    QVERIFY2(question.contains(QStringLiteral("since the session was saved to quit.wscap")), qPrintable(question));
    window->workspace()->markSaved();
}

// Every counter said 0, connections said "open" and the status bar "Active: 4".
void TestMainWindow::reopenedCaptureTellsHowConnectionsEnded()
{
    const QString path = m_dir.filePath(QStringLiteral("ended.wscap"));
    QCOMPARE(saveDemo(path), QString());
    MainWindow window;
    window.show();
    QVERIFY(window.openCapture(path));
    QVERIFY(window.treeModel()->rowCount() >= 2);
    quint64 frames = 0;
    std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int row = 0; row < window.treeModel()->rowCount(parent); ++row) {
            const QModelIndex index = window.treeModel()->index(row, 0, parent);
            const auto state = ConnectionTreeModel::State(index.data(ConnectionTreeModel::StateRole).toInt());
            QVERIFY(state != ConnectionTreeModel::State::Open && state != ConnectionTreeModel::State::Listening);
            QVERIFY(index.data(ConnectionTreeModel::RecordedRole).toBool());
            frames += index.siblingAtColumn(ConnectionTreeModel::FramesInColumn).data().toULongLong();
            visit(index);
        }
    };
    visit({});
    QVERIFY(frames > 0);
    QVERIFY2(window.findChild<QLabel *>(QStringLiteral("statusTotals"))->text().endsWith(QStringLiteral("Active: 0")),
             qPrintable(window.findChild<QLabel *>(QStringLiteral("statusTotals"))->text()));
}

// CAP-6 in the window: File → Open on Chromium's pcapng shows every frame the import reads
// (tst_pcapimport holds the import to tshark's dissection), in order with its capture time,
// and the first frame's mask key in the hex view; a TLS connection is listed, saying why it
// cannot be read.
void TestMainWindow::packetCaptureOpensFrameByFrame()
{
    const QString pcap = QStringLiteral(SOCKSCOPE_TEST_DATA_DIR "/chromium-echo.pcapng");
    QTemporaryDir scratch;
    CaptureReader reader;
    QString error;
    QVERIFY2(CaptureFiles::open(pcap, scratch.filePath(QStringLiteral("i.wscap")), reader, &error), qPrintable(error));
    QList<Event> frames;
    reader.readEvents([&frames](const Event &event) {
        if (event.kind == Event::Kind::Frame)
            frames.append(event);
        return true;
    });
    QCOMPARE(frames.size(), 10); // 4 messages each way, a close each way

    MainWindow window;
    window.show();
    QVERIFY(window.openCapture(pcap));
    QVERIFY(window.isReadOnly());
    QCOMPARE(window.treeModel()->rowCount(), 1);
    const QModelIndex connection = window.treeModel()->index(0, 0);
    QVERIFY2(connection.data().toString().startsWith(QStringLiteral("ws://")),
             qPrintable(connection.data().toString()));
    window.logModel()->flush();
    QList<int> frameRows;
    for (int row = 0; row < window.logModel()->rowCount(); ++row) {
        if (window.logModel()->record(row).isFrame())
            frameRows.append(row);
    }
    QCOMPARE(frameRows.size(), frames.size());
    for (int k = 0; k < frames.size(); ++k) {
        const LogRecord &shown = window.logModel()->record(frameRows[k]);
        QCOMPARE(shown.timestampNs, frames[k].timestampNs);
        QCOMPARE(shown.opcode, frames[k].frame.opcode);
        QCOMPARE(window.logModel()->event(frameRows[k])->payload, frames[k].payload);
    }
    window.logView()->selectRow(frameRows.first());
    QVERIFY(frames.first().frame.masked);
    const QByteArray key(reinterpret_cast<const char *>(frames.first().frame.maskKey.data()), 4);
    window.hexView()->selectAll();
    const QString wire = window.hexView()->copyText(HexView::CopyFormat::Hex);
    QVERIFY2(wire.startsWith(QString::fromLatin1(
                     QByteArray(reinterpret_cast<const char *>(frames.first().frame.headerBytes.data()),
                                frames.first().frame.headerSize)
                             .toHex(' '))),
             qPrintable(wire));
    QVERIFY2(wire.contains(QString::fromLatin1(key.toHex(' '))), qPrintable(wire));

    QVERIFY(window.openCapture(QStringLiteral(SOCKSCOPE_TEST_DATA_DIR "/pcap/tls.pcap")));
    QCOMPARE(window.treeModel()->rowCount(), 1);
    window.logModel()->flush();
    QString failure;
    for (int row = 0; row < window.logModel()->rowCount(); ++row) {
        if (window.logModel()->record(row).kind == Event::Kind::Failed)
            failure = window.logModel()->event(row)->text;
    }
    QVERIFY2(failure.startsWith(QStringLiteral("cannot decode: TLS")), qPrintable(failure));
}

// A server started over an opened capture collided with recorded ids and was missing from the tree.
void TestMainWindow::liveServerOverAnOpenedCapture()
{
    const QString path = m_dir.filePath(QStringLiteral("over.wscap"));
    QCOMPARE(saveDemo(path), QString());
    MainWindow window;
    window.show();
    QVERIFY(window.openCapture(path));
    const int recordedRows = window.treeModel()->rowCount();
    QString error;
    ServerOptions options;
    options.behaviour = ServerBehaviour::Echo;
    WebSocketServer *server = window.workspace()->addServer(options, {}, &error);
    QVERIFY2(server, qPrintable(error));
    QTRY_COMPARE(window.treeModel()->rowCount(), recordedRows + 1);
    const QModelIndex node = window.treeModel()->indexForConnection(server->serverId());
    QVERIFY(node.isValid());
    QVERIFY(!node.data(ConnectionTreeModel::RecordedRole).toBool());
    QCOMPARE(ConnectionTreeModel::State(node.data(ConnectionTreeModel::StateRole).toInt()),
             ConnectionTreeModel::State::Listening);
    QWebSocket peer;
    peer.open(QUrl(QStringLiteral("ws://%1/").arg(server->listenAddress())));
    QTRY_COMPARE(window.treeModel()->rowCount(node), 1);
    QTRY_VERIFY(
            window.findChild<QLabel *>(QStringLiteral("statusTotals"))->text().endsWith(QStringLiteral("Active: 2")));
    peer.close();
}

// The capture's rows were kept while the log read its events from the new recording, by
// sequence: they showed the new session's frames under the capture's headers.
void TestMainWindow::newConnectionLeavesTheOpenedCapture()
{
    const QString path = m_dir.filePath(QStringLiteral("left.wscap"));
    QCOMPARE(saveDemo(path), QString());
    Workspace echoHost;
    QString error;
    WebSocketServer *echo = echoHost.addServer(ServerOptions(), QString(), &error);
    QVERIFY2(echo, qPrintable(error));

    MainWindow window;
    window.show();
    QVERIFY(window.openCapture(path));
    QVERIFY(window.logModel()->rowCount() > 0);
    whenDialogOpens<NewConnectionDialog>([echo](NewConnectionDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("url"))
                ->setText(QStringLiteral("ws://") + echo->listenAddress() + QStringLiteral("/after-capture"));
        dialog->accept();
    });
    window.newConnection();
    QTRY_VERIFY_WITH_TIMEOUT(window.composer()->isConnected(), 5000);
    QCOMPARE(window.treeModel()->rowCount(), 1);
    const quint64 client = window.treeModel()->index(0, 0).data(ConnectionTreeModel::ConnectionIdRole).toULongLong();
    QVERIFY(!window.treeModel()->index(0, 0).data(ConnectionTreeModel::RecordedRole).toBool());
    FrameLogModel *model = window.logModel();
    model->flush();
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(quint64(model->record(row).connectionId), client);
}

void TestMainWindow::everyControlVisibleAtCommonSizes_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::newRow("1366x768") << QSize(1366, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

// The composer's Send button, the filter bar and the handshake boxes were cut off at both sizes.
void TestMainWindow::everyControlVisibleAtCommonSizes()
{
    QFETCH(QSize, screen);
    QSettings().clear(); // the first start's layout
    MainWindow window;
    window.resize(screen.width(), screen.height() - 40); // minus a panel
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.startDemo();
    QSignalSpy finished(window.demo(), &DemoSession::exchangeFinished);
    QVERIFY(finished.wait(10000));
    QCoreApplication::processEvents();
    const QString dir = screenshotDirectory();
    const QString size = QStringLiteral("%1x%2").arg(screen.width()).arg(screen.height());
    QVERIFY(window.grab().save(dir + QStringLiteral("/mainwindow-%1.png").arg(size)));
    for (const char *name : {"sendButton", "snippetList", "messageEdit"})
        QVERIFY2(fullyInside(window.composer()->findChild<QWidget *>(QString::fromLatin1(name)), &window), name);
    for (QWidget *control : window.filterBar()->findChildren<QWidget *>()) {
        if (control->parentWidget() == window.filterBar() && control->isVisibleTo(window.filterBar())) {
            QVERIFY2(fullyInside(control, &window), qPrintable(control->objectName()));
            QVERIFY2(control->width() >= control->minimumSizeHint().width(), qPrintable(control->objectName()));
        }
    }
    window.detailsTabs()->setCurrentIndex(1);
    QCoreApplication::processEvents();
    const auto *scroll = qobject_cast<QScrollArea *>(window.detailsTabs()->currentWidget());
    QVERIFY(scroll);
    QVERIFY2(!scroll->horizontalScrollBar()->isVisible(), "the handshake view scrolls sideways");
    for (QGroupBox *box : window.handshakeView()->findChildren<QGroupBox *>()) {
        const QRect inView(box->mapTo(scroll->viewport(), QPoint(0, 0)), box->size());
        QVERIFY2(inView.right() <= scroll->viewport()->width(), qPrintable(box->title()));
    }
    QVERIFY(window.grab().save(dir + QStringLiteral("/mainwindow-handshake-%1.png").arg(size)));
    window.workspace()->markSaved();
}

QString TestMainWindow::screenshotDirectory() const
{
    const QString dir = qEnvironmentVariableIsSet("SOCKSCOPE_SCREENSHOT_DIR")
            ? qEnvironmentVariable("SOCKSCOPE_SCREENSHOT_DIR")
            : QStringLiteral(SOCKSCOPE_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return dir;
}

void TestMainWindow::screenshots()
{
    QSettings().clear(); // the default layout, not what earlier tests left behind
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.startDemo();
    QSignalSpy finished(window.demo(), &DemoSession::exchangeFinished);
    QVERIFY(finished.wait(10000));
    QTest::qWait(300);
    const QString dir = screenshotDirectory();
    // A masked, compressed text frame in the hex view.
    QVERIFY(window.grab().save(dir + QStringLiteral("/mainwindow-hex.png")));
    QVERIFY(window.hexView()->grab().save(dir + QStringLiteral("/hexview.png")));
    window.detailsTabs()->setCurrentIndex(1);
    QTest::qWait(50);
    QVERIFY(window.grab().save(dir + QStringLiteral("/mainwindow-handshake.png")));
    QVERIFY(window.handshakeView()->grab().save(dir + QStringLiteral("/handshake.png")));
    window.workspace()->markSaved();
}

int main(int argc, char **argv)
{
    // Under Xvfb (DISPLAY set) the screenshots are a real X11 rendering; otherwise offscreen.
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
