// SPDX-License-Identifier: GPL-3.0-or-later
// The frame log under load (UI-2, PERF): frames arrive at a fixed rate into the real model and
// view while a 1 ms timer measures how long the event loop was blocked; then memory per row
// and a text filter over the rows. The reference is the same loop with the view hidden (what
// the model alone costs), measured in the same run.
//   bench_framelog [FRAMES_PER_SECOND] [SECONDS]
#include "capture/capturewriter.h"
#include "framelog/framelogview.h"
#include "models/framelogmodel.h"
#include "protocol/frameencoder.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
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

// Feeds `rate` frames per second for `seconds` in 5 ms slices into `model` (and the writer),
// while a 1 ms timer records the longest gap between its ticks.
LoadResult runLoad(FrameLogModel &model, CaptureWriter &writer, int rate, int seconds, qint64 &next)
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
            const Event e = frame(next++);
            writer.append(e);
            model.appendEvent(e);
        }
    });
    feeder.start(5);
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
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
    return 0;
}
