// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appshell/appsettings.h"
#include "appshell/appshell.h"
#include "capture/capturefiles.h"
#include "capture/capturereader.h"
#include "clientreplay.h"
#include "composer/composer.h"
#include "connections/connectionactions.h"
#include "connections/connectionsview.h"
#include "decoders/decoderpane.h"
#include "demosession.h"
#include "dialogs/exportdialog.h"
#include "dialogs/mockserverdialog.h"
#include "dialogs/newconnectiondialog.h"
#include "dialogs/newserverdialog.h"
#include "framelog/filterbar.h"
#include "framelog/framelogview.h"
#include "handshake/handshakeview.h"
#include "hexview/framebytesview.h"
#include "hexview/hexview.h"
#include "models/connectiontreemodel.h"
#include "models/decoderchoices.h"
#include "models/framelogmodel.h"
#include "models/trafficstats.h"
#include "plots/plotspane.h"
#include "proxy/interceptpane.h"
#include "proxy/newproxydialog.h"
#include "proxyserver.h"
#include "recentfilesmenu.h"
#include "replay/replaydialog.h"
#include "replay/replaypane.h"
#include "websocketclient.h"
#include "websocketserver.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Sockscope {
namespace {

constexpr int kHandshakeTab = 1;

QString sessionsDirectory()
{
    const QString dir = AppSettings::recordingFolder();
    QDir().mkpath(dir);
    return dir;
}

QString captureFileFilter()
{
    return QCoreApplication::translate(
            "Sockscope::MainWindow",
            "Captures (*.wscap *.har *.jsonl *.pcapng *.pcap);;Sockscope capture (*.wscap);;HAR (*.har);;"
            "JSON Lines (*.jsonl);;Packet capture (*.pcapng *.pcap)");
}

bool isCaptureFile(const QString &path)
{
    QString ignored;
    return CaptureFiles::formatOf(path, &ignored).has_value();
}

// The .wscap that holds `path`: the file itself, or a HAR, JSON Lines or pcap/pcapng file imported
// into the sessions folder. Empty with `error` when it is no capture or the import fails.
QString wscapToRead(const QString &path, QString *error)
{
    const auto format = CaptureFiles::formatOf(path, error);
    if (!format)
        return {};
    if (*format == CaptureFormat::Wscap)
        return path;
    const QString imported =
            sessionsDirectory() + QStringLiteral("/import-%1.wscap").arg(QCoreApplication::applicationPid());
    return CaptureFiles::import(path, *format, imported, error) ? imported : QString();
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setAcceptDrops(true);
    m_logModel = new FrameLogModel(this);
    m_treeModel = new ConnectionTreeModel(this);
    m_decoderChoices = new DecoderChoices(this);
    m_logModel->setDecoderChoices(m_decoderChoices);
    createLayout();
    createActions();
    readSettings();
    connectWidgets();
    setWorkspace(std::make_unique<Workspace>());
    startLiveSession();
    m_shell->applySettings();
    m_shell->finish();
}

// ~QWidget hides and deletes the child widgets after this object has stopped being a
// MainWindow; a log view scrolling on its way out would still call into it (UBSan saw the
// autoscroll label's lambda run then). Nothing the children say matters any more.
MainWindow::~MainWindow()
{
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

void MainWindow::createLayout()
{
    QWidget *logPane = createLogPane();
    m_bottomSplitter = createBottomSplitter();
    m_verticalSplitter = new QSplitter(Qt::Vertical);
    m_verticalSplitter->setObjectName(QStringLiteral("verticalSplitter"));
    m_verticalSplitter->addWidget(logPane);
    m_verticalSplitter->addWidget(m_bottomSplitter);
    m_verticalSplitter->setStretchFactor(0, 3);
    m_verticalSplitter->setStretchFactor(1, 2);
    setCentralWidget(m_verticalSplitter);
    createConnectionsDock();
    createPlotsDock();
    createReplayDock();
    createInterceptDock();
    createStatusBar();
}

QWidget *MainWindow::createLogPane()
{
    m_logView = new FrameLogView;
    m_logView->setLogModel(m_logModel);
    m_filterBar = new FilterBar;
    auto *logPane = new QWidget;
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->setSpacing(0);
    logLayout->addWidget(m_filterBar);
    logLayout->addWidget(m_logView);
    return logPane;
}

QTabWidget *MainWindow::createDetailTabs()
{
    m_bytesView = new FrameBytesView;
    m_hexView = m_bytesView->wireView();
    m_handshakeView = new HandshakeView;
    auto *details = new QTabWidget;
    details->setObjectName(QStringLiteral("detailsTabs"));
    details->addTab(m_bytesView, tr("&Hex"));
    // The handshake view is tall and wide; it scrolls rather than forcing the window to grow.
    auto *handshakeScroll = new QScrollArea;
    handshakeScroll->setWidget(m_handshakeView);
    handshakeScroll->setWidgetResizable(true);
    handshakeScroll->setFrameShape(QFrame::NoFrame);
    details->addTab(handshakeScroll, tr("Hand&shake"));
    m_decoderPane = new DecoderPane;
    m_decoderPane->setSources(m_logModel, m_decoderChoices);
    details->addTab(m_decoderPane, tr("De&coded"));
    return details;
}

// The details tabs beside the composer.
QSplitter *MainWindow::createBottomSplitter()
{
    m_details = createDetailTabs();
    m_composer = new Composer;
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("bottomSplitter"));
    splitter->addWidget(m_details);
    auto *composerScroll = new QScrollArea;
    composerScroll->setWidget(m_composer);
    composerScroll->setWidgetResizable(true);
    composerScroll->setFrameShape(QFrame::NoFrame);
    splitter->addWidget(composerScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

void MainWindow::createConnectionsDock()
{
    m_connections = new ConnectionsView;
    m_connections->setTreeModel(m_treeModel);
    m_connections->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 48);
    auto *dock = new QDockWidget(tr("Connections"), this);
    dock->setObjectName(QStringLiteral("connectionsDock"));
    m_connectionActions = new ConnectionActions(m_connections);
    dock->setWidget(m_connectionActions->treeWithToolBar());
    addDockWidget(Qt::LeftDockWidgetArea, dock);
}

// The plots (UI-7), hidden until View → Plots: under the whole window, where they are widest.
void MainWindow::createPlotsDock()
{
    m_plots = new PlotsPane;
    m_plots->setSources(m_logModel, m_treeModel);
    addBottomDock(tr("Plots"), QStringLiteral("plotsDock"), m_plots, QString());
}

// The replay pane (CAP-4), hidden until a replay starts; beside the plots when both are shown.
void MainWindow::createReplayDock()
{
    m_replayPane = new ReplayPane;
    connect(m_replayPane, &ReplayPane::replayAgainRequested, this, &MainWindow::replayAgain);
    addBottomDock(tr("Replay"), QStringLiteral("replayDock"), m_replayPane, QStringLiteral("plotsDock"));
}

// The intercept queue (issue 11 §3), beside the plots and the replay; it comes forward when a
// message pauses, since the proxied connection waits for the user.
void MainWindow::createInterceptDock()
{
    m_interceptPane = new InterceptPane;
    addBottomDock(tr("Intercept"), QStringLiteral("interceptDock"), m_interceptPane, QStringLiteral("replayDock"));
}

// A pane under the whole window, hidden until asked for, tabbed with `tabbedWith` when given.
void MainWindow::addBottomDock(const QString &title, const QString &name, QWidget *pane, const QString &tabbedWith)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(pane);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (!tabbedWith.isEmpty())
        tabifyDockWidget(findChild<QDockWidget *>(tabbedWith), dock);
    dock->hide();
}

void MainWindow::showBottomDock(const QString &name, int heightPercent)
{
    QDockWidget *dock = findChild<QDockWidget *>(name);
    if (!dock->isVisible()) {
        dock->show();
        resizeDocks({dock}, {height() * heightPercent / 100}, Qt::Vertical);
    }
    dock->raise();
}

// The plots and the frame log point at each other's times: a range dragged in the plot filters
// the log, a click selects the nearest frame, and the frames selected in the log are marked.
void MainWindow::connectPlots()
{
    connect(m_plots, &PlotsPane::timeRangeSelected, this, [this](qint64 fromNs, qint64 toNs) {
        LogFilter filter = m_logModel->filter();
        filter.setTimeRange(fromNs, toNs);
        m_logModel->setFilter(filter);
        m_plots->showTimeRange(fromNs, toNs);
    });
    connect(m_plots, &PlotsPane::timeRangeCleared, this, [this] {
        LogFilter filter = m_logModel->filter();
        filter.clearTimeRange();
        m_logModel->setFilter(filter);
        m_plots->clearTimeRange();
    });
    connect(m_plots, &PlotsPane::timeClicked, this, &MainWindow::selectFrameNear);
    connect(m_logView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::markSelectedFramesInPlots);
    connect(m_connections, &ConnectionsView::currentConnectionChanged, m_plots, &PlotsPane::setSelectedConnection);
}

void MainWindow::selectFrameNear(qint64 timestampNs)
{
    m_logModel->flush();
    const qint64 index = nearestFrame(m_logModel->records(), m_plots->stats().scope(), timestampNs);
    const int row = index < 0 ? -1 : m_logModel->rowForSequence(m_logModel->records()[std::size_t(index)].sequence);
    if (row < 0)
        return; // none there, or filtered out of the log
    m_logView->selectRow(row);
    m_logView->scrollTo(m_logModel->index(row, 0));
}

// Rows are in time order, so each selected block spans its first to its last row's time.
void MainWindow::markSelectedFramesInPlots()
{
    qint64 from = std::numeric_limits<qint64>::max();
    qint64 to = std::numeric_limits<qint64>::min();
    for (const QItemSelectionRange &range : m_logView->selectionModel()->selection()) {
        from = std::min(from, m_logModel->record(range.top()).timestampNs);
        to = std::max(to, m_logModel->record(range.bottom()).timestampNs);
    }
    if (from > to)
        m_plots->clearMark();
    else
        m_plots->markTimes(from, to);
}

void MainWindow::createStatusBar()
{
    m_statusTotals = new QLabel;
    m_statusTotals->setObjectName(QStringLiteral("statusTotals"));
    m_statusRecording = new QLabel;
    m_statusAutoscroll = new QLabel;
    statusBar()->addPermanentWidget(m_statusAutoscroll);
    statusBar()->addPermanentWidget(m_statusRecording);
    statusBar()->addPermanentWidget(m_statusTotals);
}

// The widgets among themselves; they outlive every workspace, so this runs once.
void MainWindow::connectWidgets()
{
    connect(m_filterBar, &FilterBar::filterChanged, this, [this](LogFilter filter) {
        m_filterBar->setStatus(filter.hasText() ? tr("filtering…") : QString());
        filter.setTimeRange(m_logModel->filter().fromNs, m_logModel->filter().toNs); // the plots' range stays
        m_logModel->setFilter(filter);
    });
    connect(m_logModel, &FrameLogModel::filterFinished, this, [this] {
        m_filterBar->setStatus(m_logModel->filter().isEmpty()
                                       ? QString()
                                       : tr("%1 of %2 rows").arg(m_logModel->rowCount()).arg(m_logModel->totalCount()));
    });
    connect(m_filterBar, &FilterBar::findRequested, this, &MainWindow::onFindRequested);
    connect(m_filterBar, &FilterBar::findTextChanged, m_logView, &FrameLogView::setHighlight);
    connectLogContextMenu();
    connect(m_logModel, &FrameLogModel::totalCountChanged, this, &MainWindow::updateStatus);
    connect(m_logView, &FrameLogView::currentRowChanged, this, &MainWindow::onLogRowChanged);
    connect(m_logView, &FrameLogView::autoscrollPausedChanged, this,
            [this](bool paused) { m_statusAutoscroll->setText(paused ? tr("Autoscroll paused") : QString()); });
    connect(m_connections, &ConnectionsView::currentConnectionChanged, this, &MainWindow::onCurrentConnectionChanged);
    connect(m_connections, &ConnectionsView::closeWithCodeRequested, this, &MainWindow::closeWithCode);
    connect(m_connections, &ConnectionsView::duplicateRequested, this, &MainWindow::duplicateConnection);
    connect(m_connections, &ConnectionsView::serveAsMockServerRequested, this, &MainWindow::serveAsMockServer);
    connect(m_connections, &ConnectionsView::replayRequested, this, &MainWindow::replayConnection);
    connectDecoderChoices();
    connectPlots();
}

// A live session records each "Decode as…" as it is made; an opened capture is read-only, so
// its choices stay in memory until Save As or Export writes them with the copy.
void MainWindow::connectDecoderChoices()
{
    connect(m_decoderChoices, &DecoderChoices::choiceChanged, this, [this](const RecordedDecoderChoice &choice) {
        if (!m_readOnly && m_workspace->recorder())
            m_workspace->recorder()->setDecoderChoice(choice);
    });
}

// What a frame-log row's context menu asks for.
void MainWindow::connectLogContextMenu()
{
    connect(m_logView, &FrameLogView::resendRequested, m_composer, &Composer::loadMessage);
    connect(m_logView, &FrameLogView::filterByConnectionRequested, m_filterBar, &FilterBar::setConnectionFilter);
    connect(m_logView, &FrameLogView::filterByOpcodeRequested, m_filterBar, &FilterBar::setOpcodeFilter);
    connect(m_logView, &FrameLogView::showInHexRequested, this, [this](int row) {
        onLogRowChanged(row);
        m_details->setCurrentWidget(m_bytesView);
    });
    connect(m_logView, &FrameLogView::showHandshakeRequested, this, [this](quint32 connectionId) {
        showHandshakeOf(connectionId);
        m_details->setCurrentIndex(kHandshakeTab);
    });
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    const quint64 selected = m_workspace ? m_workspace->selectedConnection() : 0;
    if (m_workspace) {
        // Cut off first: the close events of its connections belong to a session no longer shown,
        // and must not land in the log that already holds the next one.
        m_workspace->disconnect(this);
        m_workspace->closeAll();
    }
    m_workspace = std::move(workspace);
    m_workspace->setSelectedConnection(selected);
    connectWorkspace();
}

// Everything that talks to the workspace, in one place, because a workspace is replaced when a
// capture is opened and the new one must be wired exactly like the first.
void MainWindow::connectWorkspace()
{
    Workspace *workspace = m_workspace.get();
    connect(workspace, &Workspace::eventOccurred, this, &MainWindow::onEvent);
    connect(workspace, &Workspace::recordingFailed, this, &MainWindow::onRecordingFailed);
    connect(m_composer, &Composer::sendMessageRequested, workspace, &Workspace::sendMessage);
    connect(m_composer, &Composer::sendRawFrameRequested, workspace, &Workspace::sendRawFrame);
    connect(m_composer, &Composer::pingRequested, workspace, &Workspace::sendPing);
    connect(m_composer, &Composer::closeRequested, workspace, &Workspace::sendClose);
    connect(m_connections, &ConnectionsView::reconnectRequested, workspace, &Workspace::reconnect);
    connect(m_connections, &ConnectionsView::disconnectRequested, workspace, &Workspace::closeConnection);
    connect(m_connections, &ConnectionsView::stopServerRequested, workspace, &Workspace::stopServer);
    m_interceptPane->setInterceptor(workspace->interceptor());
    connect(workspace->interceptor(), &Interceptor::messagePaused, this,
            [this] { showBottomDock(QStringLiteral("interceptDock"), 30); });
}

void MainWindow::createActions()
{
    m_shell = new AppShell(this, m_logModel);
    createFileMenu();
    createViewMenu();
    createConnectionMenu();
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("New &Connection…"), QKeySequence::New, this, &MainWindow::newConnection)
            ->setObjectName(QStringLiteral("newConnectionAction"));
    file->addAction(tr("New &Server…"), QKeySequence(tr("Ctrl+Shift+N")), this, &MainWindow::newServer)
            ->setObjectName(QStringLiteral("newServerAction"));
    file->addAction(tr("New &Proxy…"), this, &MainWindow::newProxy)->setObjectName(QStringLiteral("newProxyAction"));
    file->addAction(tr("Serve as &Mock Server…"), this, [this] {
            serveAsMockServer();
        })->setObjectName(QStringLiteral("serveMockAction"));
    file->addAction(tr("Re&play…"), QKeySequence(tr("Ctrl+Shift+R")), this, [this] {
            replayConnection();
        })->setObjectName(QStringLiteral("replayAction"));
    file->addSeparator();
    file->addAction(tr("&Open Capture…"), QKeySequence::Open, this, &MainWindow::openCaptureDialog)
            ->setObjectName(QStringLiteral("openAction"));
    m_recentMenu = new RecentFilesMenu(tr("Open &Recent"), file);
    connect(m_recentMenu, &RecentFilesMenu::fileTriggered, this, &MainWindow::openCapture);
    file->addMenu(m_recentMenu);
    file->addAction(tr("&Import HAR or JSON Lines…"), this, &MainWindow::openCaptureDialog);
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save)
            ->setObjectName(QStringLiteral("saveAction"));
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addAction(tr("&Export…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportCapture)
            ->setObjectName(QStringLiteral("exportAction"));
    file->addSeparator();
    file->addAction(m_shell->settingsAction());
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *autoscroll = view->addAction(tr("&Autoscroll"));
    autoscroll->setObjectName(QStringLiteral("autoscrollAction"));
    autoscroll->setCheckable(true);
    autoscroll->setChecked(true);
    connect(autoscroll, &QAction::toggled, m_logView, &FrameLogView::setAutoscrollEnabled);
    // Scrolling up pauses it and back to the end resumes it; the action (and its button) says which.
    connect(m_logView, &FrameLogView::autoscrollPausedChanged, autoscroll,
            [autoscroll](bool paused) { autoscroll->setChecked(!paused); });
    view->addAction(tr("&Find…"), QKeySequence::Find, m_filterBar, &FilterBar::focusFind);
    view->addAction(tr("Find &Next"), QKeySequence::FindNext, this, [this] { m_filterBar->requestFind(false); });
    view->addAction(tr("Find &Previous"), QKeySequence::FindPrevious, this, [this] { m_filterBar->requestFind(true); });
    view->addAction(tr("F&ilter…"), QKeySequence(tr("Ctrl+L")), m_filterBar, &FilterBar::focusText);
    view->addAction(tr("C&lear Log"), QKeySequence(tr("Ctrl+K")), m_logModel, &FrameLogModel::clearRows)
            ->setObjectName(QStringLiteral("clearAction"));
    view->addSeparator();
    view->addAction(tr("&Hex"), QKeySequence(tr("Alt+1")), this, [this] { m_details->setCurrentWidget(m_bytesView); });
    view->addAction(tr("Hand&shake"), QKeySequence(tr("Alt+2")), this,
                    [this] { m_details->setCurrentIndex(kHandshakeTab); });
    view->addAction(tr("De&coded"), QKeySequence(tr("Alt+3")), this,
                    [this] { m_details->setCurrentWidget(m_decoderPane); });
    view->addAction(findChild<QDockWidget *>(QStringLiteral("connectionsDock"))->toggleViewAction());
    QAction *plots = findChild<QDockWidget *>(QStringLiteral("plotsDock"))->toggleViewAction();
    plots->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    plots->setObjectName(QStringLiteral("plotsAction"));
    view->addAction(plots);
    view->addAction(findChild<QDockWidget *>(QStringLiteral("replayDock"))->toggleViewAction());
    view->addAction(findChild<QDockWidget *>(QStringLiteral("interceptDock"))->toggleViewAction());
}

// The menu commands go through the connection manager's signals, as its context menu's do.
void MainWindow::createConnectionMenu()
{
    QMenu *connectionMenu = menuBar()->addMenu(tr("&Connection"));
    connectionMenu->addActions({m_connectionActions->connectAction(), m_connectionActions->reconnectAction(),
                                m_connectionActions->disconnectAction(), m_connectionActions->duplicateAction(),
                                m_connectionActions->closeWithCodeAction()});
    connectionMenu->addSeparator();
    connectionMenu->addAction(m_interceptPane->interceptAction());
}

void MainWindow::createHelpMenu()
{
    m_shell->fillHelpMenu(menuBar()->addMenu(tr("&Help")));
}

// Leaving an opened capture empties the views first: its rows are read from its file by
// sequence, and a log reading the new recording would show other frames for them.
void MainWindow::startLiveSession()
{
    const bool leavingCapture = m_readOnly;
    if (leavingCapture) {
        m_logModel->clear();
        m_treeModel->clear();
        m_sessions.clear();
        m_decoderChoices->clear();
    }
    m_readOnly = false;
    m_plots->setLive(true);
    m_savedPath.clear();
    // Unique per process and window, so one window never reuses another's recording.
    static int windowNumber = 0;
    m_liveRecording = sessionsDirectory()
            + QStringLiteral("/session-%1-%2-%3.wscap")
                      .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                      .arg(QCoreApplication::applicationPid())
                      .arg(++windowNumber);
    if (!m_workspace->startRecording(m_liveRecording)) {
        showStatusMessage(tr("Not recording: %1").arg(m_workspace->errorString()));
        m_liveRecording.clear();
    } else {
        m_logModel->setCaptureFile(m_liveRecording);
        m_plots->setCaptureFile(m_liveRecording);
        m_logModel->setBeforeScan([this] {
            if (m_workspace->recorder())
                m_workspace->recorder()->flush();
        });
    }
    if (leavingCapture)
        m_plots->recount(); // the new session's, not the capture's
    updateStatus();
}

void MainWindow::startDemo()
{
    m_demo = new DemoSession(m_workspace.get(), this);
    if (!m_demo->start()) {
        showStatusMessage(tr("The demo server could not start: %1").arg(m_demo->errorString()));
        return;
    }
    connect(m_demo, &DemoSession::exchangeFinished, this, [this] {
        showStatusMessage(tr("Demo exchange complete: select a row to see its bytes and handshake"));
        // Show a newcomer a populated hex view and handshake at once: the client's first message.
        m_logModel->flush();
        const quint64 client = m_demo->client()->connectionId();
        for (int row = 0; row < m_logModel->rowCount(); ++row) {
            const LogRecord &r = m_logModel->record(row);
            if (r.isFrame() && r.connectionId == client && r.direction == Direction::Outgoing) {
                m_logView->selectRow(row);
                m_connections->setCurrentIndex(m_treeModel->indexForConnection(client));
                break;
            }
        }
    });
}

void MainWindow::onEvent(const Event &event)
{
    m_logModel->appendEvent(event);
    m_plots->addEvent(event);
    m_treeModel->handleEvent(event);
    m_sessions.handleEvent(event);
    if (event.kind == Event::Kind::Frame)
        return;
    if (event.kind == Event::Kind::Failed || event.kind == Event::Kind::ProtocolError)
        showStatusMessage(tr("Connection #%1: %2").arg(event.connectionId).arg(event.text));
    const quint64 selected = m_workspace->selectedConnection();
    if (event.connectionId == selected || event.serverId == selected)
        updateComposerTarget();
    if (event.kind == Event::Kind::Connecting || event.kind == Event::Kind::PeerConnected
        || event.kind == Event::Kind::Listening) {
        updateFilterConnections();
        if (!m_connections->currentIndex().isValid())
            m_connections->setCurrentIndex(m_treeModel->indexForConnection(event.connectionId));
    }
    updateStatus();
}

void MainWindow::onRecordingFailed(const QString &error)
{
    showStatusMessage(error);
    QMessageBox::warning(this, tr("Recording stopped"), error);
}

void MainWindow::onFindRequested(const QString &text, bool regex, bool backwards)
{
    if (text.isEmpty())
        return;
    const int from = m_logView->currentIndex().isValid() ? m_logView->currentIndex().row()
                                                         : (backwards ? m_logModel->rowCount() : -1);
    const int row = m_logModel->find(from, text, regex, backwards);
    if (row < 0) {
        m_filterBar->setStatus(tr("not found"));
        return;
    }
    m_filterBar->setStatus(QString());
    m_logView->selectRow(row);
    m_logView->scrollTo(m_logModel->index(row, 0));
}

void MainWindow::updateFilterConnections()
{
    QList<FilterBar::ConnectionChoice> connections;
    for (const quint64 id : m_sessions.connectionIds()) {
        const QString label = m_treeModel->label(id);
        if (!label.isEmpty())
            connections.append({quint32(id), label, quint32(m_treeModel->clientLegOf(id))});
    }
    std::sort(connections.begin(), connections.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    m_filterBar->setConnections(connections);
}

void MainWindow::onLogRowChanged(int row)
{
    const auto event = m_logModel->event(row);
    if (!event)
        return;
    m_decoderPane->showRow(row);
    if (event->kind == Event::Kind::Frame) {
        m_bytesView->setFrame(*event, m_logModel->messageInflatedSize(row));
        if (m_details->currentWidget() != m_decoderPane) // a user reading decoded frames stays there
            m_details->setCurrentWidget(m_bytesView);
    } else {
        m_bytesView->clear();
        if (event->kind == Event::Kind::HandshakeRequest || event->kind == Event::Kind::HandshakeResponse
            || event->kind == Event::Kind::Opened || event->kind == Event::Kind::Failed)
            m_details->setCurrentIndex(kHandshakeTab);
    }
    showHandshakeOf(event->connectionId);
}

void MainWindow::showHandshakeOf(quint64 connectionId)
{
    const SessionHistory::Handshake *handshake = m_sessions.handshake(connectionId);
    if (!handshake) {
        m_handshakeView->clear();
        return;
    }
    m_handshakeView->setHandshake(handshake->request, handshake->response, handshake->outcome, QUrl(handshake->url),
                                  handshake->tls);
}

void MainWindow::onCurrentConnectionChanged(quint64 connectionId)
{
    m_workspace->setSelectedConnection(connectionId);
    updateComposerTarget();
    showHandshakeOf(connectionId);
}

void MainWindow::updateComposerTarget()
{
    if (m_readOnly) {
        m_composer->setConnected(false);
        return;
    }
    const quint64 selected = m_workspace->selectedConnection();
    if (WebSocketServer *server = m_workspace->server(selected)) {
        QList<QPair<quint64, QString>> peers;
        for (WebSocketSession *s : server->sessions())
            peers.append({s->connectionId(), s->peerAddress()});
        m_composer->setTargets(peers);
        m_composer->setConnected(!peers.isEmpty());
        return;
    }
    m_composer->setTargets({});
    m_composer->setConnected(m_workspace->session(selected) != nullptr);
}

void MainWindow::updateStatus()
{
    if (!m_workspace)
        return; // closed: the log may still flush its last rows
    m_statusTotals->setText(tr("Rows: %1 · Active: %2").arg(m_logModel->totalCount()).arg(m_treeModel->activeCount()));
    m_statusRecording->setText(m_readOnly                          ? tr("Read-only capture")
                                       : m_liveRecording.isEmpty() ? tr("Not recording")
                                                                   : tr("Recording"));
    m_statusRecording->setToolTip(m_readOnly ? m_savedPath : m_liveRecording);
    const QString name = m_savedPath.isEmpty() ? tr("unsaved session") : QFileInfo(m_savedPath).fileName();
    setWindowTitle(tr("%1[*] — Sockscope").arg(name));
    setWindowModified(!m_readOnly && m_workspace->hasUnsavedData());
}

QString MainWindow::statusText() const
{
    return statusBar()->currentMessage();
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}

void MainWindow::newConnection()
{
    NewConnectionDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_readOnly && !confirmDiscard())
        return;
    if (m_readOnly)
        startLiveSession();
    WebSocketClient *client = m_workspace->addClient(dialog.options());
    m_connections->setCurrentIndex(m_treeModel->indexForConnection(client->connectionId()));
}

void MainWindow::newServer()
{
    NewServerDialog dialog(this);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        if (m_workspace->addServer(dialog.options(), dialog.replayCapture(), &error, dialog.replayPacing()))
            return;
        // A busy port or unreadable file is only known now: say so in the dialog, keep it open.
        dialog.showError(error);
    }
}

// Like a server, a proxy over a read-only capture starts a new live session to be recorded in.
void MainWindow::newProxy()
{
    NewProxyDialog dialog(this);
    while (dialog.exec() == QDialog::Accepted) {
        if (m_readOnly && !confirmDiscard())
            return;
        if (m_readOnly)
            startLiveSession();
        QString error;
        if (ProxyServer *proxy = m_workspace->addProxy(dialog.options(), &error)) {
            m_connections->setCurrentIndex(m_treeModel->indexForConnection(proxy->serverId()));
            showStatusMessage(tr("Proxy listening on %1").arg(proxy->listenAddress()));
            return;
        }
        dialog.showError(error); // a busy port is only known now
    }
}

// The recorded connections come from the opened capture, the live ones from the recording so far.
QList<Conversation> MainWindow::sessionConversations(quint64 preselected)
{
    const bool recorded =
            m_readOnly || m_treeModel->indexForConnection(preselected).data(ConnectionTreeModel::RecordedRole).toBool();
    if (!recorded && m_workspace->recorder())
        m_workspace->recorder()->flush();
    CaptureReader reader;
    return reader.open(recorded ? m_openedWscap : m_liveRecording) ? Conversation::fromCapture(reader)
                                                                   : QList<Conversation>();
}

// Over a read-only capture the mock server starts a new live session, so that it and its clients
// are recorded.
void MainWindow::serveAsMockServer(quint64 connectionId)
{
    const quint64 preselected = connectionId ? connectionId : m_connections->currentConnection();
    const QList<Conversation> conversations = sessionConversations(preselected);
    if (conversations.isEmpty()) {
        QMessageBox::information(this, tr("Serve as Mock Server"),
                                 tr("There is no connection with data messages to serve in this session yet."));
        return;
    }
    MockServerDialog dialog(conversations, preselected, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (m_readOnly)
            startLiveSession();
        QString error;
        if (WebSocketServer *server =
                    m_workspace->addMockServer(dialog.options(), dialog.conversation(), dialog.pacing(), &error)) {
            m_connections->setCurrentIndex(m_treeModel->indexForConnection(server->serverId()));
            showStatusMessage(tr("Mock server of connection #%1 listening on %2")
                                      .arg(dialog.conversation().connectionId)
                                      .arg(server->listenAddress()));
            return;
        }
        dialog.showError(error); // a busy port is only known now
    }
}

// CAP-4: like the mock server, a replay over a read-only capture starts a new live session so
// that the replay connection is recorded; the conversation is in memory by then.
void MainWindow::replayConnection(quint64 connectionId)
{
    const quint64 preselected = connectionId ? connectionId : m_connections->currentConnection();
    QList<Conversation> conversations = sessionConversations(preselected);
    conversations.removeIf([](const Conversation &c) { return c.clientMessages().isEmpty(); });
    if (conversations.isEmpty()) {
        QMessageBox::information(this, tr("Replay"),
                                 tr("There is no connection with client messages to replay in this session yet."));
        return;
    }
    ReplayDialog dialog(conversations, preselected, this);
    if (m_lastReplay)
        dialog.setIgnorePatterns(m_lastReplay->ignorePatterns);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_readOnly && !confirmDiscard())
        return;
    startReplay(dialog.settings());
}

void MainWindow::startReplay(const ReplaySettings &settings)
{
    if (m_readOnly)
        startLiveSession();
    m_lastReplay = std::make_unique<ReplaySettings>(settings);
    ClientReplay *replay = m_workspace->addReplay(settings.conversation, settings.target);
    replay->setPacing(settings.pacing, settings.speed);
    const quint64 id = replay->client()->connectionId();
    m_replayPane->setReplay(replay, settings.ignorePatterns,
                            tr("Connection #%1 replayed to %2 as connection #%3")
                                    .arg(settings.conversation.connectionId)
                                    .arg(settings.target.url.toString())
                                    .arg(id));
    showBottomDock(QStringLiteral("replayDock"), 40);
    replay->start();
    m_connections->setCurrentIndex(m_treeModel->indexForConnection(id));
}

void MainWindow::replayAgain()
{
    if (!m_lastReplay)
        return;
    ReplaySettings settings = *m_lastReplay;
    settings.ignorePatterns = m_replayPane->ignorePatterns();
    startReplay(settings); // replaces *m_lastReplay, hence the copy
}

// A recorded client is opened again as a new live connection to its recorded URL.
void MainWindow::duplicateConnection(quint64 connectionId)
{
    const QModelIndex node = m_treeModel->indexForConnection(connectionId);
    if (!node.data(ConnectionTreeModel::RecordedRole).toBool()) {
        m_workspace->duplicateClient(connectionId);
        return;
    }
    ClientOptions options;
    options.url = QUrl(m_treeModel->label(connectionId));
    if (m_readOnly)
        startLiveSession();
    WebSocketClient *client = m_workspace->addClient(options);
    m_connections->setCurrentIndex(m_treeModel->indexForConnection(client->connectionId()));
}

void MainWindow::closeWithCode(quint64 connectionId)
{
    WebSocketSession *session = m_workspace->session(connectionId);
    if (!session)
        return;
    bool ok = false;
    const int code =
            QInputDialog::getInt(this, tr("Close with Code"), tr("Close code (1000–4999):"), 1000, 1000, 4999, 1, &ok);
    if (!ok)
        return;
    const QString reason =
            QInputDialog::getText(this, tr("Close with Code"), tr("Reason:"), QLineEdit::Normal, QString(), &ok);
    if (ok)
        session->close(quint16(code), reason);
}

void MainWindow::openCaptureDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Capture"), QString(), captureFileFilter());
    if (!path.isEmpty())
        openCapture(path);
}

bool MainWindow::openCapture(const QString &path)
{
    if (!confirmDiscard())
        return false;
    QString error;
    const QString wscap = wscapToRead(path, &error);
    QProgressDialog progress(tr("Opening %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    // Read once, into the log itself: it keeps its rows when the read fails or is cancelled, so
    // the live session is only ended once the capture is known to open.
    if (wscap.isEmpty() || !m_logModel->loadCapture(wscap, &error, [&progress](qint64 rows) {
            progress.setLabelText(tr("Opening capture: %1 rows").arg(rows));
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        })) {
        progress.reset(); // never left on top of the error box
        showStatusMessage(tr("Cannot open %1: %2").arg(path, error));
        QMessageBox::warning(this, tr("Cannot open capture"), error);
        return false;
    }
    const QString damage = error;
    progress.reset();

    // The live session ends here, saved or discarded (confirmDiscard above).
    discardLiveRecording();
    setWorkspace(std::make_unique<Workspace>());
    m_readOnly = true;
    m_savedPath = path;
    m_openedWscap = wscap;
    showCaptureConnections(wscap);
    m_plots->setCaptureFile(wscap);
    m_plots->setLive(false);
    m_plots->recount();        // the whole session, on a worker
    m_plots->clearTimeRange(); // the log's filter starts afresh with the capture
    m_recentMenu->addFile(path);
    updateComposerTarget();
    updateStatus();
    showStatusMessage(damage.isEmpty() ? tr("Opened %1 (read-only)").arg(path) : damage);
    if (!damage.isEmpty())
        QMessageBox::warning(this, tr("Damaged capture"), damage);
    return true;
}

// The connection tree and session history of the capture in the log: the tree from the
// connection table and the log's records (final states, counters), the history from its events.
void MainWindow::showCaptureConnections(const QString &wscap)
{
    m_sessions.clear();
    CaptureReader reader;
    const QList<ConnectionInfo> connections = reader.open(wscap) ? reader.connections() : QList<ConnectionInfo>();
    m_treeModel->loadRecorded(connections, m_logModel->records());
    m_decoderChoices->load(reader.decoderChoices());
    for (const ConnectionInfo &c : connections)
        m_sessions.addConnection(c.id, c.url);
    for (int row = 0; row < m_logModel->rowCount(); ++row) {
        const LogRecord &r = m_logModel->record(row);
        if (r.isFrame() || r.kind == Event::Kind::Connecting || r.kind == Event::Kind::Listening
            || r.kind == Event::Kind::PeerConnected)
            continue;
        if (const auto event = m_logModel->event(row))
            m_sessions.handleEvent(*event);
    }
}

// A cancellable progress dialog for a save or export that may take a while.
ExportProgress MainWindow::exportProgress(QProgressDialog &dialog, const QString &path)
{
    dialog.setLabelText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    dialog.setCancelButtonText(tr("Cancel"));
    dialog.setRange(0, 0);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(500);
    return [&dialog, total = m_logModel->totalCount()](qint64 events) {
        dialog.setRange(0, int(qMin<qint64>(total, std::numeric_limits<int>::max())));
        dialog.setValue(int(qMin<qint64>(events, total)));
        QCoreApplication::processEvents();
        return !dialog.wasCanceled();
    };
}

bool MainWindow::save()
{
    if (m_savedPath.isEmpty() || m_readOnly)
        return saveAs();
    QString error;
    QProgressDialog progress(this);
    if (!m_workspace->saveRecording(m_savedPath, &error, exportProgress(progress, m_savedPath))) {
        progress.reset();
        QMessageBox::warning(this, tr("Cannot save"), error);
        return false;
    }
    showStatusMessage(tr("Saved %1").arg(m_savedPath));
    updateStatus();
    return true;
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save Capture"), QString(), captureFileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".wscap");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    QString error;
    bool saved = false;
    QProgressDialog progress(this);
    if (m_readOnly) {
        // An opened capture is converted from its source file to the chosen format.
        CaptureReader reader;
        saved = CaptureFiles::open(m_savedPath, sessionsDirectory() + QStringLiteral("/saveas.wscap"), reader, &error)
                && CaptureFiles::save(reader, path, &error, exportProgress(progress, path), m_decoderChoices->list());
    } else {
        saved = m_workspace->saveRecording(path, &error, exportProgress(progress, path));
        if (saved)
            m_savedPath = path;
    }
    progress.reset();
    if (!saved) {
        QMessageBox::warning(this, tr("Cannot save"), error);
        return false;
    }
    m_recentMenu->addFile(path);
    showStatusMessage(tr("Saved %1").arg(path));
    updateStatus();
    return true;
}

// A copy in any format; the document keeps its path, title and saved state (only Save As moves it).
void MainWindow::exportCapture()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Capture"), QString(), captureFileFilter());
    if (path.isEmpty())
        return;
    if (const std::optional<ExportDialog::Choice> choice = ExportDialog::ask(this))
        exportTo(path, choice->redaction);
}

bool MainWindow::exportTo(const QString &path, const std::optional<RedactionRules> &redaction)
{
    QString error;
    QProgressDialog progress(this);
    bool written = false;
    std::function<void(Event &)> redact;
    if (redaction)
        redact = [redactor = Redactor(*redaction)](Event &event) { redactor.apply(event); };
    if (m_readOnly) {
        CaptureReader reader;
        written =
                CaptureFiles::open(m_savedPath, sessionsDirectory() + QStringLiteral("/export.wscap"), reader, &error);
        reader.setEventTransform(redact);
        written = written
                && CaptureFiles::save(reader, path, &error, exportProgress(progress, path), m_decoderChoices->list());
    } else {
        written = m_workspace->exportRecording(path, &error, exportProgress(progress, path), redact);
    }
    progress.reset();
    if (!written) {
        QMessageBox::warning(this, tr("Cannot export"), error);
        return false;
    }
    showStatusMessage(tr("Exported a copy to %1").arg(path));
    return true;
}

bool MainWindow::confirmDiscard()
{
    if (m_readOnly || !m_workspace->hasUnsavedData())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved session"), unsavedQuestion(),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

QString MainWindow::unsavedQuestion() const
{
    const int events = int(std::min<qint64>(m_workspace->eventsSinceSave(), std::numeric_limits<int>::max()));
    if (m_savedPath.isEmpty())
        return tr("This session has not been saved yet (%n frame(s) and event(s) recorded). Save it first?", nullptr,
                  events);
    return tr("%n frame(s) and event(s) arrived since the session was saved to %1. Save them too?", nullptr, events)
            .arg(QFileInfo(m_savedPath).fileName());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmDiscard()) {
        event->ignore();
        return;
    }
    writeSettings();
    m_workspace->closeAll();
    // Saved or discarded: the temporary recording is no longer needed for recovery.
    discardLiveRecording();
    m_workspace.reset();
    event->accept();
}

// Deleted without its WAL copied back first, so that closing the window or opening a capture
// does not wait seconds for a copy of a large burst into a file about to go.
void MainWindow::discardLiveRecording()
{
    m_workspace->discardRecording();
    m_liveRecording.clear();
}

void MainWindow::offerRecovery()
{
    QDir dir(sessionsDirectory());
    QStringList leftovers;
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("session-*.wscap")}, QDir::Files, QDir::Time)) {
        if (info.absoluteFilePath() != QFileInfo(m_liveRecording).absoluteFilePath())
            leftovers.append(info.absoluteFilePath());
    }
    if (leftovers.isEmpty())
        return;
    const auto answer = QMessageBox::question(
            this, tr("Recover session"),
            tr("%1 session(s) from an earlier run did not end cleanly. Open the most recent one, %2?")
                    .arg(leftovers.size())
                    .arg(QFileInfo(leftovers.first()).fileName()),
            QMessageBox::Open | QMessageBox::Discard | QMessageBox::Ignore);
    if (answer == QMessageBox::Open) {
        openCapture(leftovers.first());
    } else if (answer == QMessageBox::Discard) {
        for (const QString &path : leftovers)
            QFile::remove(path);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && isCaptureFile(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    openCapture(event->mimeData()->urls().first().toLocalFile());
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // A first start fills most of the screen, up to a comfortable size.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1400, 900);
        resize(qMin(1400, available.width() * 9 / 10), qMin(900, available.height() * 9 / 10));
    }
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        resizeDocks({findChild<QDockWidget *>(QStringLiteral("connectionsDock"))}, {300}, Qt::Horizontal);
    if (!m_verticalSplitter->restoreState(settings.value(QStringLiteral("window/verticalSplitter")).toByteArray())
        || !m_bottomSplitter->restoreState(settings.value(QStringLiteral("window/bottomSplitter")).toByteArray()))
        m_sizeSplittersFromContent = true; // once the window has its size (showEvent)
}

// The first start: the composer gets what its controls need, the details the rest; the lower
// half is as tall as the composer needs, at most 60 % of the window.
void MainWindow::sizeSplittersFromContent()
{
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int composerWidth = m_composer->minimumSizeHint().width() + scrollBar;
    // The sizes share the splitter's width less its handle; more, and the splitter scales
    // every size down, the composer below its minimum.
    const int width = std::max(m_bottomSplitter->width() - m_bottomSplitter->handleWidth(), composerWidth * 2);
    m_bottomSplitter->setSizes({width - composerWidth, composerWidth});
    const int height = m_verticalSplitter->height();
    const int bottom = std::min(m_composer->minimumSizeHint().height() + m_details->tabBar()->sizeHint().height(),
                                height * 60 / 100);
    m_verticalSplitter->setSizes({height - bottom, bottom});
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_sizeSplittersFromContent)
        return;
    m_sizeSplittersFromContent = false;
    sizeSplittersFromContent();
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/verticalSplitter"), m_verticalSplitter->saveState());
    settings.setValue(QStringLiteral("window/bottomSplitter"), m_bottomSplitter->saveState());
}

} // namespace Sockscope
