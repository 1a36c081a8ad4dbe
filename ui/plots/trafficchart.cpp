// SPDX-License-Identifier: GPL-3.0-or-later
// QCustomPlot's header uses foreach, which the project's policy switches off: it comes first,
// before any Qt header has seen QT_NO_FOREACH.
#undef QT_NO_FOREACH
#include <qcustomplot.h>

#include "trafficchart.h"

#include <QToolTip>
#include <QVBoxLayout>

namespace Sockscope {
namespace {

constexpr double kNsPerSecond = 1e9;

double seconds(qint64 ns)
{
    return double(ns) / kNsPerSecond;
}

// Incoming green and outgoing blue, as the frame log shows them, from the palette's link colour:
// darker on a light background and lighter on a dark one, so both stand out in either theme.
QColor directionColor(const QPalette &palette, Direction direction)
{
    const QColor link = palette.color(QPalette::Link);
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const int lightness = dark ? std::max(link.lightness(), 150) : std::min(link.lightness(), 100);
    const int hue = direction == Direction::Outgoing ? std::max(link.hslHue(), 0) : 130;
    return QColor::fromHsl(hue, std::max(link.hslSaturation(), 120), lightness);
}

QString valueText(double value, TrafficPlot plot)
{
    switch (plot) {
    case TrafficPlot::WireByteRate:
    case TrafficPlot::InflatedByteRate:
        return QCoreApplication::translate("Sockscope::TrafficChart", "%1 B/s").arg(value, 0, 'f', 0);
    case TrafficPlot::PingRtt:
        return QCoreApplication::translate("Sockscope::TrafficChart", "%1 ms").arg(value, 0, 'f', 3);
    default:
        return QCoreApplication::translate("Sockscope::TrafficChart", "%1/s").arg(value, 0, 'g', 6);
    }
}

QString axisLabel(TrafficPlot plot)
{
    switch (plot) {
    case TrafficPlot::MessageRate:
        return TrafficChart::tr("Messages/s");
    case TrafficPlot::FrameRate:
        return TrafficChart::tr("Frames/s");
    case TrafficPlot::WireByteRate:
        return TrafficChart::tr("Wire bytes/s");
    case TrafficPlot::InflatedByteRate:
        return TrafficChart::tr("Inflated bytes/s");
    case TrafficPlot::PingRtt:
        return TrafficChart::tr("Round trip (ms)");
    case TrafficPlot::MessageSizes:
        return TrafficChart::tr("Messages");
    }
    return {};
}

// The value of a step graph at x: the point at or before it.
std::optional<double> stepValueAt(const QCPGraph *graph, double x)
{
    const auto data = graph->data();
    auto it = data->findEnd(x, false);
    if (data->isEmpty() || it == data->constBegin())
        return std::nullopt;
    --it;
    return it->value;
}

} // namespace

TrafficChart::TrafficChart(QWidget *parent) : QWidget(parent), m_customPlot(new QCustomPlot(this))
{
    m_customPlot->setObjectName(QStringLiteral("trafficPlot"));
    // Tall enough for a readable axis, a legend and the histogram's turned labels.
    m_customPlot->setMinimumHeight(fontMetrics().height() * 13);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_customPlot);
    createSeries();
    connectMouse();
    applyPalette();
    useTimeAxis(true);
}

void TrafficChart::createSeries()
{
    for (const Direction d : {Direction::Incoming, Direction::Outgoing}) {
        const QString name = d == Direction::Incoming ? tr("Incoming") : tr("Outgoing");
        QCPGraph *graph = m_customPlot->addGraph();
        graph->setName(name);
        graph->setLineStyle(QCPGraph::lsStepLeft);
        m_graphs[int(d)] = graph;
        auto *bars = new QCPBars(m_customPlot->xAxis, m_customPlot->yAxis);
        bars->setName(name);
        bars->setWidth(0.4);
        m_bars[int(d)] = bars;
    }
    auto *group = new QCPBarsGroup(m_customPlot);
    group->append(m_bars[0]);
    group->append(m_bars[1]);
    m_rttGraph = m_customPlot->addGraph();
    m_rttGraph->setName(tr("Round trip"));
    m_rttGraph->setLineStyle(QCPGraph::lsNone);
    m_rttGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
    m_selectedRange = new QCPItemRect(m_customPlot);
    m_markBand = new QCPItemRect(m_customPlot);
    m_markLine = new QCPItemStraightLine(m_customPlot);
    for (QCPItemRect *rect : {m_selectedRange, m_markBand}) {
        rect->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
        rect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        rect->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
        rect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        rect->setVisible(false);
    }
    m_markLine->setVisible(false);
    m_customPlot->legend->setVisible(true);
    m_customPlot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
}

void TrafficChart::connectMouse()
{
    m_customPlot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_customPlot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_customPlot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_customPlot->setSelectionRectMode(QCP::srmCustom);
    m_customPlot->setMouseTracking(true);
    connect(m_customPlot, &QCustomPlot::mousePress, this, &TrafficChart::onMousePress);
    connect(m_customPlot, &QCustomPlot::mouseRelease, this, &TrafficChart::onMouseRelease);
    connect(m_customPlot, &QCustomPlot::mouseMove, this, &TrafficChart::showToolTip);
    connect(m_customPlot, &QCustomPlot::mouseDoubleClick, this, [this] { Q_EMIT selectionCleared(); });
    connect(m_customPlot, &QCustomPlot::mouseWheel, this, [this] { Q_EMIT viewMovedByUser(); });
    connect(m_customPlot->selectionRect(), &QCPSelectionRect::accepted, this,
            [this](const QRect &rect) { onSelectionRect(rect); });
}

// Ctrl+drag pans: the selection rectangle gives way to QCustomPlot's own range drag.
void TrafficChart::onMousePress(QMouseEvent *event)
{
    m_pressPosition = event->pos();
    m_panning = event->modifiers() & Qt::ControlModifier;
    m_customPlot->setSelectionRectMode(m_panning ? QCP::srmNone : QCP::srmCustom);
}

void TrafficChart::onMouseRelease(QMouseEvent *event)
{
    const bool moved = (event->pos() - m_pressPosition).manhattanLength() > QApplication::startDragDistance();
    if (m_panning && moved)
        Q_EMIT viewMovedByUser();
    else if (!moved && event->button() == Qt::LeftButton && m_plot != TrafficPlot::MessageSizes)
        Q_EMIT timeClicked(timeAtPixel(event->pos().x()));
    m_panning = false;
    m_customPlot->setSelectionRectMode(QCP::srmCustom);
}

void TrafficChart::onSelectionRect(const QRect &rect)
{
    if (m_plot == TrafficPlot::MessageSizes || rect.width() < QApplication::startDragDistance())
        return;
    Q_EMIT timeRangeSelected(timeAtPixel(rect.left()), timeAtPixel(rect.right()));
}

qint64 TrafficChart::timeAtPixel(double x) const
{
    return qint64(m_customPlot->xAxis->pixelToCoord(x) * kNsPerSecond);
}

int TrafficChart::pixelOfTime(qint64 timestampNs) const
{
    return qRound(m_customPlot->xAxis->coordToPixel(seconds(timestampNs)));
}

void TrafficChart::showToolTip(QMouseEvent *event)
{
    if (event->buttons() != Qt::NoButton)
        return;
    const QString text = toolTipAt(m_customPlot->xAxis->pixelToCoord(event->pos().x()));
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, m_customPlot);
}

QString TrafficChart::toolTipAt(double x) const
{
    if (m_plot == TrafficPlot::MessageSizes) {
        const int bin = qRound(x);
        if (bin < 0 || bin >= TrafficStats::kHistogramBins)
            return {};
        const auto in = m_bars[0]->data()->findBegin(bin, false);
        const auto out = m_bars[1]->data()->findBegin(bin, false);
        return tr("%1: %2 in, %3 out")
                .arg(TrafficStats::histogramBinLabel(bin))
                .arg(in != m_bars[0]->data()->constEnd() ? in->value : 0)
                .arg(out != m_bars[1]->data()->constEnd() ? out->value : 0);
    }
    const QString time = QDateTime::fromMSecsSinceEpoch(qint64(x * 1000)).toString(QStringLiteral("HH:mm:ss.zzz"));
    if (m_plot == TrafficPlot::PingRtt) {
        const auto data = m_rttGraph->data();
        if (data->isEmpty())
            return {};
        const auto nearest = data->findBegin(x);
        return tr("%1: %2").arg(time, valueText(nearest->value, m_plot));
    }
    const auto in = stepValueAt(m_graphs[0], x);
    const auto out = stepValueAt(m_graphs[1], x);
    if (!in && !out)
        return {};
    return tr("%1\nIncoming: %2\nOutgoing: %3")
            .arg(time, valueText(in.value_or(0), m_plot), valueText(out.value_or(0), m_plot));
}

void TrafficChart::showStats(const TrafficStats &stats, TrafficPlot plot)
{
    m_plot = plot;
    const bool histogram = plot == TrafficPlot::MessageSizes;
    useTimeAxis(!histogram);
    for (int d = 0; d < 2; ++d) {
        m_graphs[d]->setVisible(plot != TrafficPlot::PingRtt && !histogram);
        m_bars[d]->setVisible(histogram);
        m_graphs[d]->addToLegend();
        m_bars[d]->addToLegend();
        if (!m_graphs[d]->visible())
            m_graphs[d]->removeFromLegend();
        if (!histogram)
            m_bars[d]->removeFromLegend();
    }
    m_rttGraph->setVisible(plot == TrafficPlot::PingRtt);
    m_rttGraph->removeFromLegend();
    if (plot == TrafficPlot::PingRtt)
        m_rttGraph->addToLegend();
    m_customPlot->yAxis->setLabel(axisLabel(plot));
    if (histogram)
        showHistogram(stats);
    else if (plot == TrafficPlot::PingRtt)
        showRtt(stats);
    else
        showRates(stats, plot);
    m_customPlot->replot(QCustomPlot::rpQueuedReplot);
}

void TrafficChart::showRates(const TrafficStats &stats, TrafficPlot plot)
{
    double top = 0;
    for (const Direction d : {Direction::Incoming, Direction::Outgoing}) {
        QVector<double> keys, values;
        keys.reserve(int(stats.buckets().size() + 1));
        values.reserve(keys.capacity());
        for (std::size_t i = 0; i < stats.buckets().size(); ++i) {
            keys.append(seconds(stats.bucketStartNs(i)));
            values.append(stats.rate(i, plot, d));
            top = std::max(top, values.back());
        }
        if (!keys.isEmpty()) { // the last step ends where its bucket does
            keys.append(seconds(stats.bucketStartNs(stats.buckets().size())));
            values.append(values.back());
        }
        m_graphs[int(d)]->setData(keys, values, true);
    }
    m_customPlot->yAxis->setRange(0, top > 0 ? top * 1.1 : 1);
}

void TrafficChart::showRtt(const TrafficStats &stats)
{
    QVector<double> keys, values;
    double top = 0;
    for (const RttSample &s : stats.rttSamples()) {
        keys.append(seconds(s.pongTimestampNs));
        values.append(double(s.rttNs) / 1e6);
        top = std::max(top, values.back());
    }
    m_rttGraph->setData(keys, values, true);
    m_customPlot->yAxis->setRange(0, top > 0 ? top * 1.1 : 1);
}

void TrafficChart::showHistogram(const TrafficStats &stats)
{
    double top = 0;
    int lastUsed = 10; // at least up to 1 KiB, so a quiet session still shows a readable axis
    for (const Direction d : {Direction::Incoming, Direction::Outgoing}) {
        QVector<double> keys, values;
        for (int bin = 0; bin < TrafficStats::kHistogramBins; ++bin) {
            keys.append(bin);
            values.append(double(stats.sizeHistogram(d)[bin]));
            top = std::max(top, values.back());
            if (values.back() > 0)
                lastUsed = std::max(lastUsed, bin);
        }
        m_bars[int(d)]->setData(keys, values, true);
    }
    m_customPlot->xAxis->setRange(-0.5, lastUsed + 0.5);
    m_customPlot->yAxis->setRange(0, top > 0 ? top * 1.1 : 1);
}

// Time on the x axis for the rate and RTT plots; labelled size bins for the histogram.
void TrafficChart::useTimeAxis(bool time)
{
    QCPAxis *x = m_customPlot->xAxis;
    if (time && !qSharedPointerDynamicCast<QCPAxisTickerDateTime>(x->ticker())) {
        auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
        ticker->setDateTimeFormat(QStringLiteral("HH:mm:ss"));
        x->setTicker(ticker);
        x->setTickLabelRotation(0);
        x->setLabel(QString());
    } else if (!time && !qSharedPointerDynamicCast<QCPAxisTickerText>(x->ticker())) {
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        for (int bin = 0; bin < TrafficStats::kHistogramBins; ++bin)
            ticker->addTick(bin, TrafficStats::histogramBinLabel(bin));
        x->setTicker(ticker);
        x->setTickLabelRotation(60);
        x->setLabel(tr("Message size"));
    }
    m_customPlot->axisRect()->setRangeDrag(time ? Qt::Horizontal : Qt::Orientations());
    m_customPlot->axisRect()->setRangeZoom(time ? Qt::Horizontal : Qt::Orientations());
    m_selectedRange->setClipToAxisRect(true);
}

void TrafficChart::setTimeSpan(double from, double to)
{
    if (m_plot == TrafficPlot::MessageSizes)
        return;
    m_customPlot->xAxis->setRange(from, std::max(to, from + 1));
    m_customPlot->replot(QCustomPlot::rpQueuedReplot);
}

void TrafficChart::markTimes(qint64 fromNs, qint64 toNs)
{
    m_markedSpan = {fromNs, toNs};
    const bool line = fromNs == toNs;
    m_markLine->setVisible(line);
    m_markBand->setVisible(!line);
    if (line) {
        m_markLine->point1->setCoords(seconds(fromNs), 0);
        m_markLine->point2->setCoords(seconds(fromNs), 1);
    } else {
        m_markBand->topLeft->setCoords(seconds(fromNs), 0);
        m_markBand->bottomRight->setCoords(seconds(toNs), 1);
    }
    m_customPlot->replot(QCustomPlot::rpQueuedReplot);
}

void TrafficChart::clearMark()
{
    m_markLine->setVisible(false);
    m_markBand->setVisible(false);
    m_customPlot->replot(QCustomPlot::rpQueuedReplot);
}

bool TrafficChart::isMarkVisible() const
{
    return m_markLine->visible() || m_markBand->visible();
}

void TrafficChart::showSelectedRange(qint64 fromNs, qint64 toNs)
{
    m_selectedRange->topLeft->setCoords(seconds(fromNs), 0);
    m_selectedRange->bottomRight->setCoords(seconds(toNs), 1);
    m_selectedRange->setVisible(true);
    m_customPlot->replot(QCustomPlot::rpQueuedReplot);
}

void TrafficChart::clearSelectedRange()
{
    m_selectedRange->setVisible(false);
    m_customPlot->replot(QCustomPlot::rpQueuedReplot);
}

QList<QPointF> TrafficChart::plottedPoints(Direction direction) const
{
    QList<QPointF> points;
    if (m_plot == TrafficPlot::MessageSizes) {
        for (const QCPBarsData &bar : *m_bars[int(direction)]->data())
            points.append({bar.key, bar.value});
    } else {
        for (const QCPGraphData &point : *m_graphs[int(direction)]->data())
            points.append({point.key, point.value});
    }
    return points;
}

QList<QPointF> TrafficChart::plottedRtt() const
{
    QList<QPointF> points;
    for (const QCPGraphData &point : *m_rttGraph->data())
        points.append({point.key, point.value});
    return points;
}

QColor TrafficChart::seriesColor(Direction direction) const
{
    return m_graphs[int(direction)]->pen().color();
}

bool TrafficChart::savePng(const QString &path)
{
    return m_customPlot->savePng(path, m_customPlot->width(), m_customPlot->height());
}

void TrafficChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

// Axes, grid, legend and series in the palette's colours: light and dark themes both read.
void TrafficChart::applyPalette()
{
    const QPalette &p = palette();
    const QColor text = p.color(QPalette::WindowText);
    const QColor grid = p.color(QPalette::Mid);
    m_customPlot->setBackground(p.color(QPalette::Base));
    for (QCPAxis *axis : {m_customPlot->xAxis, m_customPlot->yAxis}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
    }
    m_customPlot->legend->setBrush(p.color(QPalette::Base));
    m_customPlot->legend->setTextColor(text);
    m_customPlot->legend->setBorderPen(QPen(grid));
    for (const Direction d : {Direction::Incoming, Direction::Outgoing}) {
        const QColor color = directionColor(p, d);
        m_graphs[int(d)]->setPen(QPen(color, 1.5));
        // Incoming is filled, so an outgoing line over the same values still lets it show.
        m_graphs[int(d)]->setBrush(d == Direction::Incoming ? QColor(color.red(), color.green(), color.blue(), 50)
                                                            : QBrush(Qt::NoBrush));
        m_bars[int(d)]->setPen(QPen(color));
        m_bars[int(d)]->setBrush(QColor(color.red(), color.green(), color.blue(), 160));
    }
    m_rttGraph->setPen(QPen(p.color(QPalette::Text)));
    QColor highlight = p.color(QPalette::Highlight);
    highlight.setAlpha(60);
    m_selectedRange->setBrush(highlight);
    m_selectedRange->setPen(Qt::NoPen);
    QColor mark = text;
    mark.setAlpha(40);
    m_markBand->setBrush(mark);
    m_markBand->setPen(QPen(text, 1, Qt::DashLine));
    m_markLine->setPen(QPen(text, 1, Qt::DashLine));
    m_customPlot->selectionRect()->setPen(QPen(p.color(QPalette::Highlight)));
    m_customPlot->selectionRect()->setBrush(highlight);
    m_customPlot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace Sockscope
