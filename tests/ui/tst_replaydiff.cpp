// SPDX-License-Identifier: GPL-3.0-or-later
// CAP-4 from the window: Replay… on a live or opened connection, against Sockscope's own echo
// server (answers as recorded) and a Node `ws` server that answers differently; the diff view's
// counts, filter, highlights, ignore-this-field, export, Replay Again, step mode and Stop.
#include "clientreplay.h"
#include "connections/connectionsview.h"
#include "dialogdriver.h"
#include "mainwindow.h"
#include "models/connectiontreemodel.h"
#include "models/framelogmodel.h"
#include "models/replaydiffmodel.h"
#include "peerprocess.h"
#include "refusedport.h"
#include "replay/messagediffview.h"
#include "replay/replaydialog.h"
#include "replay/replaypane.h"
#include "screenshot.h"
#include "websocketclient.h"
#include "workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace Sockscope;
using SockscopeTest::actionNamed;
using SockscopeTest::PeerProcess;
using SockscopeTest::whenDialogOpens;

namespace {

const QRegularExpression kListening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
const QString kPcap = QStringLiteral(SOCKSCOPE_TEST_DATA_DIR "/chromium-echo.pcapng");
const QStringList kSession = {QStringLiteral(R"({"id":1,"op":"hello","ts":1700000000})"),
                              QStringLiteral(R"({"id":2,"op":"price","value":10})"),
                              QStringLiteral(R"({"id":3,"op":"status"})"), QStringLiteral(R"({"id":4,"op":"bye"})")};

void choosePacing(ReplayDialog *dialog, const QString &text)
{
    auto *pacing = dialog->findChild<QComboBox *>(QStringLiteral("pacing"));
    pacing->setCurrentIndex(pacing->findText(text));
}

QString paneState(MainWindow &window)
{
    return window.replayPane()->findChild<QLabel *>(QStringLiteral("replayState"))->text();
}

QString counts(MainWindow &window)
{
    return window.replayPane()->countsLabel()->text();
}

// Incoming data messages of a connection in the window's log.
int answersIn(MainWindow &window, quint64 connectionId)
{
    window.logModel()->flush();
    int answers = 0;
    for (int row = 0; row < window.logModel()->rowCount(); ++row) {
        const LogRecord &r = window.logModel()->record(row);
        answers +=
                r.isFrame() && r.connectionId == connectionId && r.direction == Direction::Incoming && !r.isControl();
    }
    return answers;
}

} // namespace

class TestReplayDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameServerGivesTheSameAnswers();
    void changedServerShowsEachDifference();
    void stepByStepSendsWhatTheUserEdited();
    void openedCaptureReplaysInANewSession();
    void unreachableServerIsReported();

private:
    // Records kSession against the echo server in the window's live session; the client's id.
    quint64 recordSession(MainWindow &window);
    // Replays `connectionId` from its context menu against `url` with `pacing`.
    void replayFromMenu(MainWindow &window, quint64 connectionId, const QString &url, const QString &pacing);
    QString echoUrl() const { return QStringLiteral("ws://127.0.0.1:%1/app").arg(m_echo.port()); }
    QString changedUrl() const { return QStringLiteral("ws://127.0.0.1:%1/app").arg(m_changed.port()); }

    PeerProcess m_echo;
    PeerProcess m_changed;
    QTemporaryDir m_dir;
};

void TestReplayDiff::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SockscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("sockscope-tst-replaydiff"));
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).removeRecursively();
    QVERIFY(m_echo.start(SockscopeTest::sockscopeExecutable(),
                         {QStringLiteral("serve"), QStringLiteral("--echo"), QStringLiteral("--quiet")}, kListening));
    QVERIFY(m_changed.start(SockscopeTest::nodeExecutable(),
                            {SockscopeTest::peersDirectory() + QStringLiteral("/ws_diff_server.js")}, kListening));
}

quint64 TestReplayDiff::recordSession(MainWindow &window)
{
    ClientOptions options;
    options.url = QUrl(echoUrl());
    WebSocketClient *client = window.workspace()->addClient(options);
    const quint64 id = client->connectionId();
    if (!QTest::qWaitFor([client] { return client->session() != nullptr; }, 5000))
        return 0;
    for (const QString &message : kSession)
        window.workspace()->sendMessage(id, Opcode::Text, message.toUtf8(), 0);
    if (!QTest::qWaitFor([&] { return answersIn(window, id) == kSession.size(); }, 5000))
        return 0;
    return id;
}

void TestReplayDiff::replayFromMenu(MainWindow &window, quint64 connectionId, const QString &url, const QString &pacing)
{
    QMenu menu;
    window.connectionsView()->fillContextMenu(menu, window.treeModel()->indexForConnection(connectionId));
    QAction *replay = actionNamed(menu, QStringLiteral("Replay…"));
    QVERIFY(replay);
    whenDialogOpens<ReplayDialog>([url, pacing](ReplayDialog *dialog) {
        dialog->findChild<QLineEdit *>(QStringLiteral("url"))->setText(url);
        choosePacing(dialog, pacing);
        dialog->accept();
    });
    replay->trigger();
}

// Replayed against the server it was recorded with, every answer is the same; the replay is a
// new connection of the session, recorded with its frames.
void TestReplayDiff::sameServerGivesTheSameAnswers()
{
    MainWindow window;
    window.show();
    const quint64 recorded = recordSession(window);
    QVERIFY(recorded);
    QString prefilled;
    QString summary;
    whenDialogOpens<ReplayDialog>([&](ReplayDialog *dialog) {
        prefilled = dialog->findChild<QLineEdit *>(QStringLiteral("url"))->text();
        summary = dialog->findChild<QLabel *>(QStringLiteral("summary"))->text();
        choosePacing(dialog, QStringLiteral("As fast as possible"));
        dialog->accept();
    });
    window.replayConnection(recorded);
    QCOMPARE(prefilled, echoUrl());
    QVERIFY2(summary.contains(QStringLiteral("Client messages to send: 4")), qPrintable(summary));
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("replayDock"))->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(paneState(window), QStringLiteral("Finished"), 10000);
    QCOMPARE(counts(window), QStringLiteral("4 same · 0 changed · 0 missing · 0 extra"));

    const quint64 replayId = window.connectionsView()->currentConnection();
    QVERIFY(replayId != recorded);
    QVERIFY(window.workspace()->replay(replayId));
    const QString node = window.treeModel()->indexForConnection(replayId).data().toString();
    QVERIFY2(node.contains(QStringLiteral(":%1").arg(m_echo.port())), qPrintable(node));
    QCOMPARE(answersIn(window, replayId), 4);
    window.workspace()->markSaved();
}

// The Node server changes a field, changes a value and adds a message, answers the status as
// recorded and leaves the last answer out: the diff says so row by row (unmatched answers
// between two matches pair up as changed, as in `sockscope replay --diff`), highlights the
// field, and ignores it when asked.
void TestReplayDiff::changedServerShowsEachDifference()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    const quint64 recorded = recordSession(window);
    QVERIFY(recorded);
    replayFromMenu(window, recorded, changedUrl(), QStringLiteral("As fast as possible"));
    QTRY_COMPARE_WITH_TIMEOUT(paneState(window), QStringLiteral("Finished"), 10000);
    QCOMPARE(counts(window), QStringLiteral("1 same · 2 changed · 1 missing · 1 extra"));

    ReplayPane *pane = window.replayPane();
    QTableView *table = pane->diffTable();
    QCOMPARE(table->model()->rowCount(), 5);
    QStringList results;
    for (int row = 0; row < 5; ++row)
        results << table->model()->index(row, ReplayDiffModel::ResultColumn).data().toString();
    QCOMPARE(results,
             (QStringList{QStringLiteral("Changed"), QStringLiteral("Changed"), QStringLiteral("Extra"),
                          QStringLiteral("Same"), QStringLiteral("Missing")}));
    table->selectRow(0);
    QTreeWidget *fields = pane->detailView()->fieldList();
    QCOMPARE(fields->topLevelItemCount(), 1);
    QCOMPARE(fields->topLevelItem(0)->text(0), QStringLiteral("$.ts"));
    QCOMPARE(fields->topLevelItem(0)->text(2), QStringLiteral("1700000000"));
    const QList<QTextEdit::ExtraSelection> marked = pane->detailView()->replayedText()->extraSelections();
    QCOMPARE(marked.size(), 1);
    QVERIFY2(marked.first().cursor.selectedText().contains(QStringLiteral("\"ts\": ")),
             qPrintable(marked.first().cursor.selectedText()));
    QVERIFY(!marked.first().cursor.selectedText().contains(QStringLiteral("hello")));
    window.findChild<QDockWidget *>(QStringLiteral("replayDock"))->raise();
    QVERIFY(SockscopeTest::saveScreenshot(window, QStringLiteral("replay-diff.png")));

    pane->findChild<QPushButton *>(QStringLiteral("ignoreField"))->click();
    QCOMPARE(counts(window), QStringLiteral("2 same · 1 changed · 1 missing · 1 extra"));
    pane->findChild<QCheckBox *>(QStringLiteral("onlyDifferences"))->setChecked(true);
    QCOMPARE(table->model()->rowCount(), 3);

    const QString json = m_dir.filePath(QStringLiteral("diff.json"));
    QString error;
    QVERIFY2(pane->exportDiff(json, &error), qPrintable(error));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject exported = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(exported.value(QLatin1String("counts")).toObject().value(QLatin1String("changed")).toInt(), 1);
    QCOMPARE(exported.value(QLatin1String("ignore")).toArray().size(), 1);
    const QString text = m_dir.filePath(QStringLiteral("diff.txt"));
    QVERIFY2(pane->exportDiff(text, &error), qPrintable(error));
    QFile textFile(text);
    QVERIFY(textFile.open(QIODevice::ReadOnly));
    QVERIFY(textFile.readAll().endsWith("diff: 2 same, 1 changed, 1 missing, 1 extra\n"));

    // Replay Again keeps the ignored field and replays as a further connection.
    const quint64 firstReplay = window.connectionsView()->currentConnection();
    pane->findChild<QPushButton *>(QStringLiteral("replayAgain"))->click();
    QVERIFY(window.connectionsView()->currentConnection() != firstReplay);
    QTRY_COMPARE_WITH_TIMEOUT(paneState(window), QStringLiteral("Finished"), 10000);
    QCOMPARE(counts(window), QStringLiteral("2 same · 1 changed · 1 missing · 1 extra"));
    window.workspace()->markSaved();
}

// Step by step: the next message waits in an editor; what the user sends is the edited text,
// which the echo server returns, so the diff shows the edit; Stop ends it with the rest missing.
void TestReplayDiff::stepByStepSendsWhatTheUserEdited()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    const quint64 recorded = recordSession(window);
    QVERIFY(recorded);
    replayFromMenu(window, recorded, echoUrl(), QStringLiteral("Step by step"));
    ReplayPane *pane = window.replayPane();
    auto *send = pane->findChild<QPushButton *>(QStringLiteral("sendStep"));
    auto *editor = pane->findChild<QPlainTextEdit *>(QStringLiteral("stepMessage"));
    QVERIFY(editor->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 5000);
    QCOMPARE(editor->toPlainText(), kSession.at(0));
    QCOMPARE(paneState(window), QStringLiteral("Replaying"));
    QCOMPARE(counts(window), QStringLiteral("0 same · 0 changed · 4 missing · 0 extra")); // nothing sent yet
    editor->setPlainText(QStringLiteral(R"({"id":1,"op":"hello","ts":999})"));
    send->click();
    QTRY_COMPARE_WITH_TIMEOUT(counts(window), QStringLiteral("0 same · 1 changed · 3 missing · 0 extra"), 5000);
    QCOMPARE(editor->toPlainText(), kSession.at(1));
    pane->diffTable()->selectRow(0);
    QVERIFY(pane->detailView()->replayedText()->toPlainText().contains(QStringLiteral("999")));
    QVERIFY(SockscopeTest::saveScreenshot(window, QStringLiteral("replay-step.png")));

    pane->findChild<QPushButton *>(QStringLiteral("stopReplay"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(paneState(window), QStringLiteral("Stopped"), 5000);
    QVERIFY(!send->isEnabled());
    QVERIFY(!pane->findChild<QPushButton *>(QStringLiteral("stopReplay"))->isEnabled());
    QCOMPARE(counts(window), QStringLiteral("0 same · 1 changed · 3 missing · 0 extra"));
    window.workspace()->markSaved();
}

// The Chromium pcapng's connection replays against the echo server; the opened capture makes
// way for a live session that records the replay.
void TestReplayDiff::openedCaptureReplaysInANewSession()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openCapture(kPcap));
    QVERIFY(window.isReadOnly());
    QString recordedUrl;
    whenDialogOpens<ReplayDialog>([&](ReplayDialog *dialog) {
        recordedUrl = dialog->findChild<QLineEdit *>(QStringLiteral("url"))->text();
        dialog->findChild<QLineEdit *>(QStringLiteral("url"))->setText(echoUrl());
        choosePacing(dialog, QStringLiteral("Original timing, scaled"));
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("speed"))->setValue(20);
        dialog->accept();
    });
    window.replayConnection();
    QVERIFY2(recordedUrl.startsWith(QStringLiteral("ws://")), qPrintable(recordedUrl));
    QVERIFY(!window.isReadOnly());
    QCOMPARE(window.treeModel()->rowCount(), 1); // only the replay; the capture's rows are gone
    QTRY_COMPARE_WITH_TIMEOUT(paneState(window), QStringLiteral("Finished"), 15000);
    QCOMPARE(counts(window), QStringLiteral("4 same · 0 changed · 0 missing · 0 extra"));
    window.workspace()->markSaved();
}

void TestReplayDiff::unreachableServerIsReported()
{
    const SockscopeTest::RefusedPort refused;
    QVERIFY(refused.isValid());
    const quint16 port = refused.port();
    MainWindow window;
    window.show();
    const quint64 recorded = recordSession(window);
    QVERIFY(recorded);
    replayFromMenu(window, recorded, QStringLiteral("ws://127.0.0.1:%1/").arg(port),
                   QStringLiteral("As fast as possible"));
    QTRY_VERIFY_WITH_TIMEOUT(paneState(window).startsWith(QStringLiteral("Failed: ")), 10000);
    QVERIFY(!window.replayPane()->findChild<QPushButton *>(QStringLiteral("stopReplay"))->isEnabled());
    window.workspace()->markSaved();
}

QTEST_MAIN(TestReplayDiff)
#include "tst_replaydiff.moc"
