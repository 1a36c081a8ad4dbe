// SPDX-License-Identifier: GPL-3.0-or-later
#include "plotspane.h"

#include "capture/capturereader.h"
#include "models/connectiontreemodel.h"
#include "models/framelogmodel.h"
#include "trafficchart.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrentRun>

namespace Sockscope {
namespace {

constexpr int kProgressSteps = 1000;

} // namespace

// A recount in steps: the GUI thread copies kCopyChunk records at a time (a few milliseconds)
// and a worker counts each copy into `stats` while the event loop goes on, so neither copying
// a ten-million-row index nor counting it blocks the window. The log may grow meanwhile; the
// rows up to `end` stay where they are.
struct PlotsPane::Recount
{
    TrafficStats stats;
    CaptureReader reader; // the pings' and pongs' payloads, read on the worker
    ControlPayloadLookup payloadOf;
    std::size_t next = 0;
    std::size_t end = 0;

    Recount(TrafficScope scope, const QString &capture) : stats(std::move(scope))
    {
        if (!capture.isEmpty() && reader.open(capture)) {
            payloadOf = [this](qint64 sequence) -> std::optional<QByteArray> {
                const auto event = reader.event(sequence);
                return event ? std::optional<QByteArray>(event->payload) : std::nullopt;
            };
        }
    }
};

namespace {

QToolButton *toolButton(const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setToolTip(toolTip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

PlotsPane::PlotsPane(QWidget *parent) : QWidget(parent), m_chart(new TrafficChart)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createControls());
    layout->addWidget(m_chart, 1);
    connectChart();
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &PlotsPane::onChunkCounted);
    m_redrawTimer.setInterval(kRedrawIntervalMs);
    connect(&m_redrawTimer, &QTimer::timeout, this, &PlotsPane::redraw);
    m_redrawTimer.start();
}

PlotsPane::~PlotsPane()
{
    m_recount.reset();
    m_watcher.waitForFinished();
}

QWidget *PlotsPane::createControls()
{
    m_scopeBox = new QComboBox;
    m_scopeBox->setObjectName(QStringLiteral("plotScope"));
    m_scopeBox->addItem(tr("Everything"));
    m_scopeBox->addItem(tr("Selected connection"));
    m_scopeBox->setToolTip(tr("A selected server includes its peers"));
    connect(m_scopeBox, &QComboBox::currentIndexChanged, this, [this] { recount(); });
    m_plotBox = createPlotBox();
    m_windowBox = createWindowBox();
    m_pauseButton = toolButton(tr("Pause"), tr("Freeze the plot; zooming or panning pauses it too"));
    m_pauseButton->setObjectName(QStringLiteral("plotPause"));
    m_pauseButton->setCheckable(true);
    connect(m_pauseButton, &QToolButton::toggled, this, [this] { m_viewChanged = true; });
    m_clearRangeButton = toolButton(tr("Clear Range"), tr("Show the frames of every time again (double-click)"));
    m_clearRangeButton->setVisible(false);
    connect(m_clearRangeButton, &QToolButton::clicked, this, &PlotsPane::timeRangeCleared);
    QToolButton *png = toolButton(tr("PNG…"), tr("Export the plot as a PNG picture"));
    connect(png, &QToolButton::clicked, this, &PlotsPane::exportPngDialog);
    QToolButton *csv = toolButton(tr("CSV…"), tr("Export the plotted data as CSV"));
    connect(csv, &QToolButton::clicked, this, &PlotsPane::exportCsvDialog);
    m_progress = new QProgressBar;
    m_progress->setRange(0, kProgressSteps);
    m_progress->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 16);
    m_progress->setVisible(false);
    auto *controls = new QWidget;
    auto *row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_scopeBox, m_plotBox, m_windowBox, m_pauseButton,
                                                       m_clearRangeButton, m_progress})
        row->addWidget(w);
    row->addStretch(1);
    row->addWidget(png);
    row->addWidget(csv);
    controls->setToolTip(tr("Drag: filter the log to a time range · Click: select the nearest frame · "
                            "Ctrl+drag: pan · Wheel: zoom"));
    return controls;
}

QComboBox *PlotsPane::createPlotBox()
{
    auto *box = new QComboBox;
    box->setObjectName(QStringLiteral("plotKind"));
    box->addItem(tr("Messages/s"), int(TrafficPlot::MessageRate));
    box->addItem(tr("Frames/s"), int(TrafficPlot::FrameRate));
    box->addItem(tr("Wire bytes/s"), int(TrafficPlot::WireByteRate));
    box->addItem(tr("Inflated bytes/s"), int(TrafficPlot::InflatedByteRate));
    box->addItem(tr("Ping round trip"), int(TrafficPlot::PingRtt));
    box->addItem(tr("Message sizes"), int(TrafficPlot::MessageSizes));
    connect(box, &QComboBox::currentIndexChanged, this, [this] { m_viewChanged = true; });
    return box;
}

QComboBox *PlotsPane::createWindowBox()
{
    auto *box = new QComboBox;
    box->setObjectName(QStringLiteral("plotWindow"));
    box->addItem(tr("Last 10 s"), 10);
    box->addItem(tr("Last minute"), 60);
    box->addItem(tr("Last 5 min"), 300);
    box->addItem(tr("Last 15 min"), 900);
    box->addItem(tr("Last hour"), 3600);
    box->addItem(tr("Whole session"), 0);
    box->setCurrentIndex(1);
    connect(box, &QComboBox::currentIndexChanged, this, [this, box] {
        m_windowSeconds = box->currentData().toInt();
        m_viewChanged = true;
        setPaused(false);
    });
    return box;
}

void PlotsPane::connectChart()
{
    connect(m_chart, &TrafficChart::timeRangeSelected, this, &PlotsPane::timeRangeSelected);
    connect(m_chart, &TrafficChart::timeClicked, this, &PlotsPane::timeClicked);
    connect(m_chart, &TrafficChart::selectionCleared, this, &PlotsPane::timeRangeCleared);
    connect(m_chart, &TrafficChart::viewMovedByUser, this, [this] { setPaused(true); });
}

void PlotsPane::setSources(FrameLogModel *log, const ConnectionTreeModel *tree)
{
    m_log = log;
    m_tree = tree;
}

void PlotsPane::addEvent(const Event &event)
{
    if (isCounting())
        m_arrivedDuringCount.push_back(event);
    else
        m_stats.addEvent(event);
}

void PlotsPane::recount()
{
    cancelRecount();
    if (!m_log) {
        m_stats = TrafficStats(currentScope());
        return;
    }
    m_log->flush();
    m_recount = std::make_shared<Recount>(currentScope(), m_capturePath);
    m_recount->end = m_log->records().size();
    m_progress->setValue(0);
    m_progress->setVisible(true);
    countNextChunk();
}

void PlotsPane::cancelRecount()
{
    m_recount.reset(); // a chunk still counting keeps its own reference and is ignored when done
    m_watcher.waitForFinished();
    m_arrivedDuringCount.clear();
    m_progress->setVisible(false);
}

void PlotsPane::countNextChunk()
{
    const std::vector<LogRecord> &records = m_log->records();
    if (records.size() < m_recount->end) { // the log was cleared or replaced meanwhile
        recount();
        return;
    }
    const std::size_t from = m_recount->next;
    const std::size_t to = std::min(m_recount->end, from + kCopyChunk);
    m_recount->next = to;
    std::vector<LogRecord> chunk(records.begin() + qsizetype(from), records.begin() + qsizetype(to));
    m_watcher.setFuture(QtConcurrent::run([recount = m_recount, chunk = std::move(chunk)] {
        countRecords(recount->stats, chunk, recount->payloadOf);
    }));
    m_progress->setValue(int(double(to) / double(std::max<std::size_t>(m_recount->end, 1)) * kProgressSteps));
}

void PlotsPane::onChunkCounted()
{
    if (!m_recount)
        return; // cancelled
    if (m_recount->next < m_recount->end) {
        countNextChunk();
        return;
    }
    m_progress->setVisible(false);
    m_stats = std::move(m_recount->stats);
    m_recount.reset();
    for (const Event &e : m_arrivedDuringCount)
        m_stats.addEvent(e);
    m_arrivedDuringCount.clear();
    m_viewChanged = true;
    Q_EMIT countFinished();
}

TrafficScope PlotsPane::currentScope() const
{
    if (m_scopeBox->currentIndex() != int(ScopeChoice::SelectedConnection) || !m_selectedConnection)
        return {};
    const QModelIndex node = m_tree ? m_tree->indexForConnection(m_selectedConnection) : QModelIndex();
    const auto kind = ConnectionTreeModel::NodeKind(node.data(ConnectionTreeModel::NodeKindRole).toInt());
    if (!node.isValid() || kind != ConnectionTreeModel::NodeKind::Server)
        return {TrafficScope::Kind::Connection, quint32(m_selectedConnection), {}};
    TrafficScope scope{TrafficScope::Kind::ServerWithPeers, quint32(m_selectedConnection), {}};
    for (int row = 0; row < m_tree->rowCount(node); ++row)
        scope.peers.insert(m_tree->index(row, 0, node).data(ConnectionTreeModel::ConnectionIdRole).toUInt());
    return scope;
}

void PlotsPane::setLive(bool live)
{
    m_live = live;
    m_windowBox->setCurrentIndex(m_windowBox->findData(live ? 60 : 0));
    m_viewChanged = true;
}

void PlotsPane::setSelectedConnection(quint64 connectionId)
{
    if (connectionId == m_selectedConnection)
        return;
    m_selectedConnection = connectionId;
    if (m_scopeBox->currentIndex() == int(ScopeChoice::SelectedConnection))
        recount();
}

void PlotsPane::setScopeChoice(ScopeChoice scope)
{
    m_scopeBox->setCurrentIndex(int(scope));
}

void PlotsPane::setPlot(TrafficPlot plot)
{
    m_plotBox->setCurrentIndex(m_plotBox->findData(int(plot)));
}

void PlotsPane::setWindowSeconds(int seconds)
{
    m_windowBox->setCurrentIndex(m_windowBox->findData(seconds));
}

void PlotsPane::setPaused(bool paused)
{
    m_pauseButton->setChecked(paused);
}

bool PlotsPane::isPaused() const
{
    return m_pauseButton->isChecked();
}

void PlotsPane::markTimes(qint64 fromNs, qint64 toNs)
{
    m_chart->markTimes(fromNs, toNs);
}

void PlotsPane::clearMark()
{
    m_chart->clearMark();
}

void PlotsPane::showTimeRange(qint64 fromNs, qint64 toNs)
{
    m_chart->showSelectedRange(fromNs, toNs);
    m_clearRangeButton->setVisible(true);
}

void PlotsPane::clearTimeRange()
{
    m_chart->clearSelectedRange();
    m_clearRangeButton->setVisible(false);
}

// On the timer: the series are rebuilt only when the counts or the choices changed; a live
// view follows the clock even when nothing arrives.
void PlotsPane::redraw()
{
    if (isPaused() || !isVisible())
        return;
    const auto plot = TrafficPlot(m_plotBox->currentData().toInt());
    if (m_stats.version() != m_drawnVersion || m_viewChanged || plot != m_chart->plotShown()) {
        m_chart->showStats(m_stats, plot);
        m_drawnVersion = m_stats.version();
    }
    if (m_live || m_viewChanged)
        followLatest();
    m_viewChanged = false;
}

void PlotsPane::followLatest()
{
    const double end = m_live ? double(nowNs()) / 1e9 : double(m_stats.bucketStartNs(m_stats.buckets().size())) / 1e9;
    const double start = double(m_stats.originNs()) / 1e9;
    if (m_windowSeconds > 0)
        m_chart->setTimeSpan(end - m_windowSeconds, end);
    else if (!m_stats.isEmpty())
        m_chart->setTimeSpan(start, end);
}

bool PlotsPane::exportCsv(const QString &path, QString *error) const
{
    QFile file(path);
    const auto plot = TrafficPlot(m_plotBox->currentData().toInt());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(trafficCsv(m_stats, plot)) < 0) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool PlotsPane::exportPng(const QString &path)
{
    return m_chart->savePng(path);
}

void PlotsPane::exportCsvDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Plot Data"), QString(), tr("CSV (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportCsv(path, &error))
        QMessageBox::warning(this, tr("Cannot export"), error);
}

void PlotsPane::exportPngDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Plot"), QString(), tr("PNG picture (*.png)"));
    if (!path.isEmpty() && !exportPng(path))
        QMessageBox::warning(this, tr("Cannot export"), tr("cannot write %1").arg(path));
}

} // namespace Sockscope
