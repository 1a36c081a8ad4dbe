// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capturefiles.h"
#include "capture/redaction.h"
#include "sessionhistory.h"
#include "store/event.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QProgressDialog;
class QSplitter;
class QTabWidget;

namespace Sockscope {

class AppShell;
class ConnectionActions;
class ConnectionsView;
class ConnectionTreeModel;
class Composer;
class DecoderChoices;
class DecoderPane;
class DemoSession;
class FilterBar;
class FrameLogModel;
class PlotsPane;
class FrameLogView;
class HandshakeView;
class FrameBytesView;
class HexView;
class InterceptPane;
class RecentFilesMenu;
class ReplayPane;
struct Conversation;
struct ReplaySettings;
class Workspace;

// The main window (UI-8): the connection manager on the left, the frame log with its filter
// bar in the middle, the hex decoder, handshake view and composer below. A live session
// records into a temporary capture from its first byte; an opened capture is shown read-only.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void startDemo();
    // Opens a capture (.wscap, .har, .jsonl) read-only; false with the error shown.
    bool openCapture(const QString &path);
    // Offers to reopen the recordings of sessions that did not end cleanly.
    void offerRecovery();

    // For tests and screenshots.
    FrameLogModel *logModel() const { return m_logModel; }
    FrameLogView *logView() const { return m_logView; }
    ConnectionTreeModel *treeModel() const { return m_treeModel; }
    ConnectionsView *connectionsView() const { return m_connections; }
    HexView *hexView() const { return m_hexView; }
    FrameBytesView *bytesView() const { return m_bytesView; }
    HandshakeView *handshakeView() const { return m_handshakeView; }
    DecoderPane *decoderPane() const { return m_decoderPane; }
    DecoderChoices *decoderChoices() const { return m_decoderChoices; }
    Composer *composer() const { return m_composer; }
    PlotsPane *plotsPane() const { return m_plots; }
    ReplayPane *replayPane() const { return m_replayPane; }
    InterceptPane *interceptPane() const { return m_interceptPane; }
    FilterBar *filterBar() const { return m_filterBar; }
    QTabWidget *detailsTabs() const { return m_details; }
    Workspace *workspace() const { return m_workspace.get(); }
    DemoSession *demo() const { return m_demo; }
    QString statusText() const;
    bool isReadOnly() const { return m_readOnly; }

public Q_SLOTS:
    void newConnection();
    void newServer();
    void newProxy();
    // CAP-5: serves the recorded server side of a connection of the opened capture (or of the
    // live recording) to new clients; `connectionId` is chosen first in the dialog.
    void serveAsMockServer(quint64 connectionId = 0);
    // CAP-4: replays the client side of a recorded connection against a server chosen in the
    // Replay dialog, as a new recorded connection, with the diff in the replay pane.
    void replayConnection(quint64 connectionId = 0);
    void openCaptureDialog();
    bool save();
    bool saveAs();
    // Saves the session to `path`, which becomes the document's file.
    bool saveTo(const QString &path);
    void exportCapture();
    // Writes a copy of the session or opened capture, with `redaction` applied when given; the
    // document stays what it is.
    bool exportTo(const QString &path, const std::optional<RedactionRules> &redaction = std::nullopt);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createLayout();
    QWidget *createLogPane();
    QTabWidget *createDetailTabs();
    QSplitter *createBottomSplitter();
    void createConnectionsDock();
    void createPlotsDock();
    void createReplayDock();
    void createInterceptDock();
    void addBottomDock(const QString &title, const QString &name, QWidget *pane, const QString &tabbedWith);
    void showBottomDock(const QString &name, int heightPercent);
    void connectPlots();
    void selectFrameNear(qint64 timestampNs);
    void markSelectedFramesInPlots();
    void createStatusBar();
    void createActions();
    void createFileMenu();
    void createViewMenu();
    void createConnectionMenu();
    void createHelpMenu();
    void connectWidgets();
    void connectDecoderChoices();
    // Ends the current workspace's connections and wires `workspace` in its place.
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    void connectWorkspace();
    void startLiveSession();
    void showCaptureConnections(const QString &wscap);
    void onEvent(const Event &event);
    void onRecordingFailed(const QString &error);
    void onFindRequested(const QString &text, bool regex, bool backwards);
    void onLogRowChanged(int row);
    void showHandshakeOf(quint64 connectionId);
    void onCurrentConnectionChanged(quint64 connectionId);
    void updateFilterConnections();
    void updateComposerTarget();
    void updateStatus();
    void showStatusMessage(const QString &message);
    bool confirmDiscard();
    void discardLiveRecording();
    QString unsavedQuestion() const;
    void duplicateConnection(quint64 connectionId);
    QList<Conversation> sessionConversations(quint64 preselected);
    void startReplay(const ReplaySettings &settings);
    void replayAgain();
    void connectLogContextMenu();
    void closeWithCode(quint64 connectionId);
    ExportProgress exportProgress(QProgressDialog &dialog, const QString &path);
    void readSettings();
    void sizeSplittersFromContent();
    void writeSettings();

    std::unique_ptr<Workspace> m_workspace;
    FrameLogModel *m_logModel = nullptr;
    ConnectionTreeModel *m_treeModel = nullptr;
    FrameLogView *m_logView = nullptr;
    FilterBar *m_filterBar = nullptr;
    ConnectionsView *m_connections = nullptr;
    ConnectionActions *m_connectionActions = nullptr; // the Connection menu and the tree's toolbar
    AppShell *m_shell = nullptr;                      // toolbar, settings, About, shortcuts, guide
    FrameBytesView *m_bytesView = nullptr;
    HexView *m_hexView = nullptr; // the wire bytes inside m_bytesView
    HandshakeView *m_handshakeView = nullptr;
    DecoderPane *m_decoderPane = nullptr;
    DecoderChoices *m_decoderChoices = nullptr; // "Decode as…", kept with the capture
    Composer *m_composer = nullptr;
    PlotsPane *m_plots = nullptr;                 // UI-7, in the "plotsDock"
    ReplayPane *m_replayPane = nullptr;           // CAP-4, in the "replayDock"
    InterceptPane *m_interceptPane = nullptr;     // issue 11, in the "interceptDock"
    std::unique_ptr<ReplaySettings> m_lastReplay; // for Replay Again
    QTabWidget *m_details = nullptr;
    QSplitter *m_verticalSplitter = nullptr;
    QSplitter *m_bottomSplitter = nullptr;
    QLabel *m_statusTotals = nullptr;
    QLabel *m_statusRecording = nullptr;
    QLabel *m_statusAutoscroll = nullptr;
    RecentFilesMenu *m_recentMenu = nullptr;
    DemoSession *m_demo = nullptr;
    SessionHistory m_sessions;
    QString m_savedPath;
    bool m_readOnly = false;
    QString m_openedWscap; // the .wscap of the capture opened last (an import for HAR, pcap…)
    bool m_sizeSplittersFromContent = false;
    QString m_liveRecording;
};

} // namespace Sockscope
