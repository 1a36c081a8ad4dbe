// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/trafficstats.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QToolButton;

namespace Sockscope {

class ConnectionTreeModel;
class FrameLogModel;
class TrafficChart;

// The plots pane (UI-7): messages, frames or bytes per second per direction, ping round trips
// or message sizes, for everything or the selected connection (a server with its peers). Live
// it scrolls with a chosen time window and can be paused; on a capture it shows the whole
// session, counted from the frame index on a worker. The chart redraws at most every
// kRedrawIntervalMs, and only when something changed.
class PlotsPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRedrawIntervalMs = 100;
    // Records copied for the worker per event-loop pass while counting the frame index.
    static constexpr std::size_t kCopyChunk = 1 << 18;
    enum class ScopeChoice { Everything, SelectedConnection };

    explicit PlotsPane(QWidget *parent = nullptr);
    ~PlotsPane() override;

    // The log whose records a recount reads and the tree that knows a server's peers (not owned).
    void setSources(FrameLogModel *log, const ConnectionTreeModel *tree);
    // The capture that holds the pings' and pongs' payloads for a recount (may be empty).
    void setCaptureFile(const QString &path) { m_capturePath = path; }
    // Live: counts one event of the engine's stream.
    void addEvent(const Event &event);
    // Counts the log's records again on a worker, with progress (a capture was opened, the scope changed).
    void recount();
    // Live, the time axis follows the clock; on a capture it shows the session.
    void setLive(bool live);
    void setSelectedConnection(quint64 connectionId);
    void setScopeChoice(ScopeChoice scope);
    void setPlot(TrafficPlot plot);
    // The time window shown, in seconds; 0 for the whole session.
    void setWindowSeconds(int seconds);
    void setPaused(bool paused);
    bool isPaused() const;
    bool isCounting() const { return m_recount != nullptr; }

    // Frames selected in the log, marked on the time axis.
    void markTimes(qint64 fromNs, qint64 toNs);
    void clearMark();
    // The time range the log is filtered to, shaded in the chart.
    void showTimeRange(qint64 fromNs, qint64 toNs);
    void clearTimeRange();

    const TrafficStats &stats() const { return m_stats; }
    TrafficChart *chart() const { return m_chart; }
    bool exportCsv(const QString &path, QString *error) const;
    bool exportPng(const QString &path);

Q_SIGNALS:
    void timeRangeSelected(qint64 fromNs, qint64 toNs);
    void timeRangeCleared();
    void timeClicked(qint64 timestampNs);
    void countFinished();

private:
    QWidget *createControls();
    QComboBox *createPlotBox();
    QComboBox *createWindowBox();
    void connectChart();
    TrafficScope currentScope() const;
    struct Recount;
    void cancelRecount();
    void countNextChunk();
    void onChunkCounted();
    void redraw();
    void followLatest();
    void exportCsvDialog();
    void exportPngDialog();

    FrameLogModel *m_log = nullptr;
    const ConnectionTreeModel *m_tree = nullptr;
    QString m_capturePath;
    TrafficStats m_stats;
    std::vector<Event> m_arrivedDuringCount; // counted into the worker's result once it is in
    std::shared_ptr<Recount> m_recount;      // while the frame index is counted
    QFutureWatcher<void> m_watcher;          // the chunk being counted
    QTimer m_redrawTimer;
    quint64 m_drawnVersion = ~quint64(0);
    bool m_viewChanged = true;
    bool m_live = true;
    quint64 m_selectedConnection = 0;
    int m_windowSeconds = 60;

    TrafficChart *m_chart;
    QComboBox *m_scopeBox = nullptr;
    QComboBox *m_plotBox = nullptr;
    QComboBox *m_windowBox = nullptr;
    QToolButton *m_pauseButton = nullptr;
    QToolButton *m_clearRangeButton = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace Sockscope
