// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/trafficstats.h"

#include <QPointF>
#include <QWidget>

#include <utility>

class QCustomPlot;
class QCPBars;
class QCPGraph;
class QCPItemRect;
class QCPItemStraightLine;

namespace Sockscope {

// The chart of the plots pane (UI-7): one plot of a TrafficStats, per direction, on a time
// axis (or size bins for the histogram). Drag selects a time range, a click picks a time,
// Ctrl+drag pans, the wheel zooms the time axis; hovering shows the exact value. Colours come
// from the palette, so light and dark themes both read.
class TrafficChart : public QWidget
{
    Q_OBJECT

public:
    explicit TrafficChart(QWidget *parent = nullptr);

    // Redraws the series from `stats` (queued: at most once per event-loop pass).
    void showStats(const TrafficStats &stats, TrafficPlot plot);
    TrafficPlot plotShown() const { return m_plot; }
    // The visible time span, in seconds since the Unix epoch.
    void setTimeSpan(double from, double to);
    // Frames selected in the log: a line at one time, a band over several.
    void markTimes(qint64 fromNs, qint64 toNs);
    void clearMark();
    // The range the log is filtered to, shaded; cleared with clearSelectedRange().
    void showSelectedRange(qint64 fromNs, qint64 toNs);
    void clearSelectedRange();

    // The points plotted for a direction (x: seconds since the epoch, or bin; y: the value).
    QList<QPointF> plottedPoints(Direction direction) const;
    QList<QPointF> plottedRtt() const;
    bool isMarkVisible() const;
    QColor seriesColor(Direction direction) const;
    // The times marked, as markTimes() was given them.
    std::pair<qint64, qint64> markedSpan() const { return m_markedSpan; }
    // Plot coordinates of a time, for tests and the range selection.
    int pixelOfTime(qint64 timestampNs) const;
    bool savePng(const QString &path);
    QCustomPlot *customPlot() const { return m_customPlot; }

Q_SIGNALS:
    void timeRangeSelected(qint64 fromNs, qint64 toNs);
    void timeClicked(qint64 timestampNs);
    void selectionCleared();
    // The user zoomed or panned: a live view stops following the latest data.
    void viewMovedByUser();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createSeries();
    void connectMouse();
    void applyPalette();
    void showRates(const TrafficStats &stats, TrafficPlot plot);
    void showRtt(const TrafficStats &stats);
    void showHistogram(const TrafficStats &stats);
    void useTimeAxis(bool time);
    void onMousePress(QMouseEvent *event);
    void onMouseRelease(QMouseEvent *event);
    void onSelectionRect(const QRect &rect);
    void showToolTip(QMouseEvent *event);
    QString toolTipAt(double x) const;
    qint64 timeAtPixel(double x) const;

    QCustomPlot *m_customPlot;
    QCPGraph *m_graphs[2];
    QCPGraph *m_rttGraph;
    QCPBars *m_bars[2];
    QCPItemRect *m_selectedRange;
    QCPItemRect *m_markBand;
    QCPItemStraightLine *m_markLine;
    TrafficPlot m_plot = TrafficPlot::MessageRate;
    std::pair<qint64, qint64> m_markedSpan;
    QPoint m_pressPosition;
    bool m_panning = false;
};

} // namespace Sockscope
