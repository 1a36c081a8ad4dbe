// SPDX-License-Identifier: GPL-3.0-or-later
// The frame log under load (UI-2, PERF): frames arrive at a fixed rate into the real model and
// view while a 1 ms timer measures how long the event loop was blocked; then memory per row
// and a text filter over the rows. The reference is the same loop with the view hidden (what
// the model alone costs), measured in the same run.
// The same load runs again with the plots pane (UI-7) open beside the log, and again spread over
// 1 000 live peers of a server shown in the connection tree (issue 13 §6); then the plots count
// the whole session from the frame index, and TrafficStats counts 10 million records.
//   bench_framelog [FRAMES_PER_SECOND] [SECONDS]
#include "capture/capturewriter.h"
#include "connections/connectionsview.h"
#include "models/connectiontreemodel.h"
#include "framelog/framelogview.h"
#include "models/framelogmodel.h"
#include "models/trafficstats.h"
#include "plots/plotspane.h"
#include "protocol/frameencoder.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QHBoxLayout>
#include <QVBoxLayout>

#include <cstdio>
#include <functional>
#include <unistd.h>

using namespace Sockscope;

namespace {

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

Event frame(qint64 i)
{
    Event e;
    e.kind = Event::Kind::Frame;
    e.connectionId = 1 + quint64(i % 4);
    e.direction = i % 2 ? Direction::Incoming : Direction::Outgoing;
    e.timestampNs = 1'700'000'000'000'000'000 + i * 10'000;
    e.payload = QByteArray("{\"seq\":") + QByteArray::number(i) + QByteArray(",\"price\":101.25}");
    FrameSpec spec;
    spec.masked = e.direction == Direction::Outgoing;
    spec.maskKey = {1, 2, 3, 4};
    e.frame = describeFrame(spec, std::uint64_t(e.payload.size()));
    return e;
}

struct LoadResult
{
    qint64 worstStallMs = 0;
    qint64 frames = 0;
};

// Feeds `rate` frames per second for `seconds` in 5 ms slices into `model` (and the writer, and
// `alsoTo`), while a 1 ms timer records the longest gap between its ticks. `reshape` may move a
// frame to another connection first.
LoadResult runLoad(FrameLogModel &model, CaptureWriter &writer, int rate, int seconds, qint64 &next,
                   const std::function<void(const Event &)> &alsoTo = {},
                   const std::function<void(Event &)> &reshape = {})
{
    LoadResult result;
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        result.worstStallMs = qMax(result.worstStallMs, sinceTick.elapsed());
        sinceTick.restart();
    });
    probe.start(1);
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        const qint64 due = clock.elapsed() * rate / 1000;
        for (; result.frames < due; ++result.frames) {
            Event e = frame(next++);
            if (reshape)
                reshape(e);
            writer.append(e);
            model.appendEvent(e);
            if (alsoTo)
                alsoTo(e);
        }
    });
    feeder.start(5);
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

struct PlotsResult
{
    LoadResult load;
    qint64 recountMs = 0;
    qint64 rows = 0;
};

// The log and the plots pane side by side, as the main window shows them, under the same load;
// then the pane counts the session again from the frame index (what opening a capture does).
PlotsResult runWithPlots(const QTemporaryDir &dir, int rate, int seconds)
{
    CaptureWriter writer;
    writer.open(dir.filePath(QStringLiteral("plots.wscap")));
    FrameLogModel model;
    model.setCaptureFile(writer.path());
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *view = new FrameLogView;
    view->setLogModel(&model);
    auto *plots = new PlotsPane;
    plots->setSources(&model, nullptr);
    plots->setCaptureFile(writer.path());
    plots->setWindowSeconds(10);
    layout->addWidget(view, 2);
    layout->addWidget(plots, 1);
    window.resize(1200, 900);
    window.show();
    qint64 next = 0;
    PlotsResult result;
    result.load = runLoad(model, writer, rate, seconds, next, [plots](const Event &e) { plots->addEvent(e); });
    writer.flush();
    QSignalSpy counted(plots, &PlotsPane::countFinished);
    QElapsedTimer clock;
    clock.start();
    plots->recount();
    counted.wait(60000);
    result.recountMs = clock.elapsed();
    result.rows = model.totalCount();
    return result;
}

// TrafficStats over 10 million records (four connections, both directions), as a capture's
// frame index holds them: the worker's share of opening the plots on such a capture.
qint64 countTenMillionMs()
{
    std::vector<LogRecord> records;
    records.reserve(10'000'000);
    for (qint64 i = 0; i < 10'000'000; ++i)
        records.push_back(LogRecord::fromEvent(frame(i), i + 1));
    QElapsedTimer clock;
    clock.start();
    const TrafficStats stats = computeTrafficStats(records, {});
    const qint64 ms = clock.elapsed();
    return stats.isEmpty() ? -1 : ms;
}

constexpr quint64 kServerId = 1;
constexpr int kPeers = 1000;

// A server with kPeers open peers, as the workspace reports them, into the log and the tree.
void connectPeers(FrameLogModel &model, CaptureWriter &writer, ConnectionTreeModel &tree)
{
    auto feed = [&](Event e) {
        e.timestampNs = 1'700'000'000'000'000'000;
        writer.append(e);
        model.appendEvent(e);
        tree.handleEvent(e);
    };
    Event listening;
    listening.kind = Event::Kind::Listening;
    listening.connectionId = kServerId;
    listening.detail = QStringLiteral("ws");
    listening.text = QStringLiteral("127.0.0.1:9000");
    feed(listening);
    for (int i = 0; i < kPeers; ++i) {
        Event peer;
        peer.connectionId = kServerId + 1 + quint64(i);
        peer.serverId = kServerId;
        peer.kind = Event::Kind::PeerConnected;
        peer.text = QStringLiteral("127.0.0.1:%1").arg(40000 + i);
        feed(peer);
        peer.kind = Event::Kind::Opened;
        peer.text.clear();
        feed(peer);
    }
}

// The log beside the connection tree with 1 000 live peers, frames spread over all of them.
LoadResult runWithPeers(const QTemporaryDir &dir, int rate, int seconds)
{
    CaptureWriter writer;
    writer.open(dir.filePath(QStringLiteral("peers.wscap")));
    FrameLogModel model;
    model.setCaptureFile(writer.path());
    ConnectionTreeModel tree;
    QWidget window;
    auto *layout = new QHBoxLayout(&window);
    auto *connections = new ConnectionsView;
    connections->setTreeModel(&tree);
    auto *view = new FrameLogView;
    view->setLogModel(&model);
    layout->addWidget(connections, 1);
    layout->addWidget(view, 3);
    window.resize(1600, 900);
    window.show();
    connectPeers(model, writer, tree);
    connections->expandAll();
    qint64 next = 0;
    return runLoad(
            model, writer, rate, seconds, next, [&tree](const Event &e) { tree.handleEvent(e); },
            [](Event &e) {
                e.connectionId = kServerId + 1 + quint64(e.timestampNs / 10'000 % kPeers);
                e.serverId = kServerId;
            });
}

void printPlotsRows(const PlotsResult &withPlots)
{
    std::printf("| with the plots pane open: frames fed, worst event-loop stall | %lld, %lld ms | |\n",
                static_cast<long long>(withPlots.load.frames), static_cast<long long>(withPlots.load.worstStallMs));
    std::printf("| plots: whole session counted from the frame index (%lld rows) | %lld ms | |\n",
                static_cast<long long>(withPlots.rows), static_cast<long long>(withPlots.recountMs));
    std::printf("| TrafficStats over 10 000 000 records (one thread) | %lld ms | |\n",
                static_cast<long long>(countTenMillionMs()));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("DISPLAY").isEmpty() ? QByteArray("offscreen") : QByteArray("xcb"));
    QApplication app(argc, argv);
    const int rate = app.arguments().value(1, QStringLiteral("100000")).toInt();
    const int seconds = app.arguments().value(2, QStringLiteral("5")).toInt();
    QTemporaryDir dir;
    qint64 next = 0;

    // Reference: the model alone, no view.
    CaptureWriter referenceWriter;
    referenceWriter.open(dir.filePath(QStringLiteral("reference.wscap")));
    FrameLogModel referenceModel;
    referenceModel.setCaptureFile(referenceWriter.path());
    const LoadResult reference = runLoad(referenceModel, referenceWriter, rate, seconds, next);
    referenceWriter.close();

    CaptureWriter writer;
    writer.open(dir.filePath(QStringLiteral("live.wscap")));
    FrameLogModel model;
    model.setCaptureFile(writer.path());
    model.setBeforeScan([&writer] { writer.flush(); });
    FrameLogView view;
    view.setLogModel(&model);
    view.resize(1200, 700);
    view.show();
    const qint64 before = residentBytes();
    next = 0;
    const LoadResult live = runLoad(model, writer, rate, seconds, next);
    model.flush();
    const qint64 after = residentBytes();

    LogFilter filter;
    filter.text = QStringLiteral("\"seq\":4242");
    QSignalSpy done(&model, &FrameLogModel::filterFinished);
    QElapsedTimer filterClock;
    filterClock.start();
    model.setFilter(filter);
    done.wait(60000);
    const qint64 filterMs = filterClock.elapsed();

    std::printf("| measurement | with the view | model only (reference) |\n|---|---:|---:|\n");
    std::printf("| frames fed at %d/s for %d s | %lld | %lld |\n", rate, seconds, static_cast<long long>(live.frames),
                static_cast<long long>(reference.frames));
    std::printf("| worst event-loop stall | %lld ms | %lld ms |\n", static_cast<long long>(live.worstStallMs),
                static_cast<long long>(reference.worstStallMs));
    std::printf("| resident memory per row (incl. the 64 MiB recent-payload cache) | %.0f B | |\n",
                double(after - before) / double(qMax<qint64>(1, live.frames)));
    std::printf("| text filter over %lld rows | %lld ms (%d matches) | |\n", static_cast<long long>(model.totalCount()),
                static_cast<long long>(filterMs), model.rowCount());

    printPlotsRows(runWithPlots(dir, rate, seconds));
    const LoadResult peers = runWithPeers(dir, rate, seconds);
    std::printf("| beside the connection tree with %d live peers: frames fed, worst event-loop stall | %lld, %lld ms | |\n",
                kPeers, static_cast<long long>(peers.frames), static_cast<long long>(peers.worstStallMs));
    return 0;
}
