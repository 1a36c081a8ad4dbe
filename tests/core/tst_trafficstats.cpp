// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics behind the plots (UI-7): known traffic gives exact bucket counts, byte rates
// per direction, ping round trips and histogram bins, the same live, from the frame index and
// from a capture written to disk and read back; scopes, long sessions, CSV, the time filter.
#include "capture/capturereader.h"
#include "capture/capturewriter.h"
#include "models/framelogmodel.h"
#include "models/trafficstats.h"
#include "protocol/frameencoder.h"

#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace Sockscope;

namespace {

constexpr qint64 kSecond = 1'000'000'000;
constexpr qint64 kT0 = 1'700'000'000 * kSecond; // a whole second: bucket 0 starts here

Event frame(quint64 connection, Direction direction, std::uint8_t opcode, const QByteArray &payload, qint64 ns,
            bool fin = true)
{
    Event e;
    e.kind = Event::Kind::Frame;
    e.connectionId = connection;
    e.direction = direction;
    e.timestampNs = ns;
    FrameSpec spec;
    spec.opcode = opcode;
    spec.fin = fin;
    spec.masked = direction == Direction::Outgoing;
    spec.maskKey = {1, 2, 3, 4};
    e.frame = describeFrame(spec, std::uint64_t(payload.size()));
    e.payload = payload;
    return e;
}

Event compressed(quint64 connection, qint64 ns, int wire, int inflated)
{
    Event e = frame(connection, Direction::Incoming, 0x1, QByteArray(wire, 'z'), ns);
    e.frame.rsv1 = true;
    e.compressed = true;
    e.inflated = QByteArray(inflated, 'a');
    return e;
}

Event peerFrame(quint64 peer, quint64 server, qint64 ns)
{
    Event e = frame(peer, Direction::Incoming, 0x2, QByteArray(1000, 'p'), ns);
    e.serverId = server;
    return e;
}

// Connection 1: a 5-byte text out; a message of 256 bytes in three fragments; a compressed
// frame (10 bytes on the wire, 40 inflated); two pings out ("a", "b") and the pong to "b"
// 250 ms after it, then an unsolicited pong. Connection 7, a peer of server 6: one 1000-byte frame.
QList<Event> knownTraffic()
{
    const Direction out = Direction::Outgoing;
    const Direction in = Direction::Incoming;
    QList<Event> events;
    events << frame(1, out, 0x1, "hello", kT0 + 100'000'000);
    events << frame(1, in, 0x1, QByteArray(100, 'x'), kT0 + 200'000'000, false);
    events << frame(1, in, 0x0, QByteArray(100, 'x'), kT0 + 300'000'000, false);
    events << frame(1, in, 0x0, QByteArray(56, 'x'), kT0 + 400'000'000);
    events << compressed(1, kT0 + 1'500'000'000, 10, 40);
    events << frame(1, out, 0x9, "a", kT0 + 2'000'000'000);
    events << frame(1, out, 0x9, "b", kT0 + 2'100'000'000);
    events << frame(1, in, 0xA, "b", kT0 + 2'350'000'000);
    events << frame(1, in, 0xA, "x", kT0 + 2'400'000'000);
    events << peerFrame(7, 6, kT0 + 2'500'000'000);
    return events;
}

TrafficStats liveStats(const TrafficScope &scope = {})
{
    TrafficStats stats(scope);
    for (const Event &e : knownTraffic())
        stats.addEvent(e);
    return stats;
}

std::vector<LogRecord> recordsOf(const QList<Event> &events)
{
    std::vector<LogRecord> records;
    for (qsizetype i = 0; i < events.size(); ++i)
        records.push_back(LogRecord::fromEvent(events[i], i + 1));
    return records;
}

TrafficScope server(quint32 id, QSet<quint32> peers = {})
{
    return TrafficScope{TrafficScope::Kind::ServerWithPeers, id, std::move(peers)};
}

} // namespace

class TestTrafficStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsKnownTrafficPerBucket();
    void ratesPerSecond();
    void messageSizesInLog2Bins();
    void histogramBinsLabelled();
    void pongMatchedToItsPingByPayload();
    void frameIndexGivesTheSameSeries();
    void frameIndexWithoutPayloadsAnswersOldestPing();
    void captureReadBackGivesTheSameSeries();
    void scopeOfOneConnectionOrServerWithPeers();
    void longSessionsCoarsenBuckets();
    void csvOfEachPlot();
    void nearestFrameInScope();
    void logFilterByTimeRange();
    void bulkCancelledByProgress();
};

void TestTrafficStats::countsKnownTrafficPerBucket()
{
    const TrafficStats stats = liveStats();
    QCOMPARE(stats.originNs(), kT0);
    QCOMPARE(stats.bucketNs(), kSecond);
    QCOMPARE(stats.buckets().size(), std::size_t(3));
    const int in = int(Direction::Incoming);
    const int out = int(Direction::Outgoing);
    const TrafficBucket &first = stats.buckets()[0];
    QCOMPARE(first.messages[out], 1);
    QCOMPARE(first.messages[in], 1); // three fragments, one message
    QCOMPARE(first.frames[in], 3);
    QCOMPARE(first.wireBytes[in], 256);
    QCOMPARE(first.wireBytes[out], 5);
    const TrafficBucket &second = stats.buckets()[1];
    QCOMPARE(second.wireBytes[in], 10);
    QCOMPARE(second.inflatedBytes[in], 40);
    const TrafficBucket &third = stats.buckets()[2];
    QCOMPARE(third.frames[out], 2);   // the pings
    QCOMPARE(third.messages[out], 0); // control frames are no messages
    QCOMPARE(third.frames[in], 3);    // two pongs and the peer's frame
    QCOMPARE(third.wireBytes[in], 1 + 1 + 1000);
}

void TestTrafficStats::ratesPerSecond()
{
    TrafficStats stats({}, kSecond / 2); // half-second buckets: twice the count per second
    for (const Event &e : knownTraffic())
        stats.addEvent(e);
    QCOMPARE(stats.rate(0, TrafficPlot::MessageRate, Direction::Outgoing), 2.0);
    QCOMPARE(stats.rate(0, TrafficPlot::FrameRate, Direction::Incoming), 6.0);
    QCOMPARE(stats.rate(0, TrafficPlot::WireByteRate, Direction::Incoming), 512.0);
    QCOMPARE(stats.rate(3, TrafficPlot::WireByteRate, Direction::Incoming), 20.0);
    QCOMPARE(stats.rate(3, TrafficPlot::InflatedByteRate, Direction::Incoming), 80.0);
    QCOMPARE(stats.rate(1, TrafficPlot::MessageRate, Direction::Incoming), 0.0);
}

void TestTrafficStats::messageSizesInLog2Bins()
{
    const TrafficStats stats = liveStats();
    const auto &in = stats.sizeHistogram(Direction::Incoming);
    const auto &out = stats.sizeHistogram(Direction::Outgoing);
    QCOMPARE(out[3], 1); // 5 bytes: [4, 8)
    QCOMPARE(in[9], 1);  // 256 bytes: [256, 512)
    QCOMPARE(in[6], 1);  // 40 inflated bytes: [32, 64)
    QCOMPARE(in[10], 1); // the peer's 1000 bytes: [512, 1024)
    QCOMPARE(std::accumulate(in.begin(), in.end(), qint64(0)), 3);
    QCOMPARE(std::accumulate(out.begin(), out.end(), qint64(0)), 1);
    QCOMPARE(TrafficStats::histogramBin(0), 0);
    QCOMPARE(TrafficStats::histogramBin(1), 1);
    QCOMPARE(TrafficStats::histogramBin(1023), 10);
    QCOMPARE(TrafficStats::histogramBin(1024), 11);
    QCOMPARE(TrafficStats::histogramBin(qint64(1) << 40), TrafficStats::kHistogramBins - 1);
}

void TestTrafficStats::histogramBinsLabelled()
{
    QCOMPARE(TrafficStats::histogramBinLabel(0), QStringLiteral("0 B"));
    QCOMPARE(TrafficStats::histogramBinLabel(1), QStringLiteral("1 B"));
    QCOMPARE(TrafficStats::histogramBinLabel(3), QStringLiteral("4–7 B"));
    QCOMPARE(TrafficStats::histogramBinLabel(11), QStringLiteral("1 KiB to < 2 KiB"));
    QCOMPARE(TrafficStats::histogramBinLabel(21), QStringLiteral("1 MiB to < 2 MiB"));
    QCOMPARE(TrafficStats::histogramBinLabel(TrafficStats::kHistogramBins - 1), QStringLiteral("≥ 2 GiB"));
    QCOMPARE(TrafficStats::histogramBinLow(11), 1024);
}

void TestTrafficStats::pongMatchedToItsPingByPayload()
{
    const TrafficStats stats = liveStats();
    QCOMPARE(stats.rttSamples().size(), std::size_t(1)); // the unsolicited pong answers nothing
    const RttSample &sample = stats.rttSamples().front();
    QCOMPARE(sample.rttNs, 250'000'000);
    QCOMPARE(sample.connectionId, 1u);
    QCOMPARE(sample.pongTimestampNs, kT0 + 2'350'000'000);
}

void TestTrafficStats::frameIndexGivesTheSameSeries()
{
    const QList<Event> events = knownTraffic();
    const TrafficStats live = liveStats();
    const TrafficStats bulk = computeTrafficStats(
            recordsOf(events), {}, [&events](qint64 sequence) { return events.at(sequence - 1).payload; });
    QCOMPARE(bulk.buckets().size(), live.buckets().size());
    for (std::size_t i = 0; i < live.buckets().size(); ++i) {
        QCOMPARE(bulk.buckets()[i].wireBytes, live.buckets()[i].wireBytes);
        QCOMPARE(bulk.buckets()[i].inflatedBytes, live.buckets()[i].inflatedBytes);
        QCOMPARE(bulk.buckets()[i].messages, live.buckets()[i].messages);
        QCOMPARE(bulk.buckets()[i].frames, live.buckets()[i].frames);
    }
    QCOMPARE(bulk.sizeHistogram(Direction::Incoming), live.sizeHistogram(Direction::Incoming));
    QCOMPARE(bulk.rttSamples().size(), std::size_t(1));
    QCOMPARE(bulk.rttSamples().front().rttNs, 250'000'000);
}

void TestTrafficStats::frameIndexWithoutPayloadsAnswersOldestPing()
{
    const TrafficStats bulk = computeTrafficStats(recordsOf(knownTraffic()), {});
    QCOMPARE(bulk.rttSamples().size(), std::size_t(2)); // "b" answers "a", "x" answers "b"
    QCOMPARE(bulk.rttSamples()[0].rttNs, 350'000'000);
    QCOMPARE(bulk.rttSamples()[1].rttNs, 300'000'000);
}

void TestTrafficStats::captureReadBackGivesTheSameSeries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("known.wscap"));
    {
        CaptureWriter writer;
        QVERIFY2(writer.open(path), qPrintable(writer.errorString()));
        for (const Event &e : knownTraffic())
            QVERIFY(writer.append(e));
    }
    CaptureReader reader;
    QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
    std::vector<LogRecord> records;
    QVERIFY(reader.readLogIndex(records));
    QCOMPARE(records.size(), std::size_t(knownTraffic().size()));
    const TrafficStats stats = computeTrafficStats(records, {}, [&reader](qint64 sequence) {
        const auto e = reader.event(sequence);
        return e ? std::optional<QByteArray>(e->payload) : std::nullopt;
    });
    QCOMPARE(stats.buckets().size(), std::size_t(3));
    QCOMPARE(stats.buckets()[0].wireBytes[int(Direction::Incoming)], 256);
    QCOMPARE(stats.buckets()[1].inflatedBytes[int(Direction::Incoming)], 40);
    QCOMPARE(stats.buckets()[2].frames[int(Direction::Outgoing)], 2);
    QCOMPARE(stats.sizeHistogram(Direction::Incoming)[9], 1);
    QCOMPARE(stats.sizeHistogram(Direction::Incoming)[6], 1);
    QCOMPARE(stats.rttSamples().size(), std::size_t(1));
    QCOMPARE(stats.rttSamples().front().rttNs, 250'000'000);
}

void TestTrafficStats::scopeOfOneConnectionOrServerWithPeers()
{
    const TrafficStats one = liveStats({TrafficScope::Kind::Connection, 7, {}});
    QCOMPARE(one.buckets().size(), std::size_t(1)); // starts at its first frame, 2.5 s in
    QCOMPARE(one.originNs(), kT0 + 2 * kSecond);
    QCOMPARE(one.buckets()[0].wireBytes[int(Direction::Incoming)], 1000);
    // Live, the server's peer joins the scope with its first event.
    const TrafficStats live = liveStats(server(6));
    QVERIFY(live.scope().peers.contains(7));
    QCOMPARE(live.buckets()[0].frames[int(Direction::Incoming)], 1);
    // From the index, the peers are given (the records do not name their server).
    const std::vector<LogRecord> records = recordsOf(knownTraffic());
    QCOMPARE(computeTrafficStats(records, server(6, {7})).buckets()[0].wireBytes[int(Direction::Incoming)], 1000);
    QVERIFY(computeTrafficStats(records, server(6)).isEmpty());
    QVERIFY(liveStats({TrafficScope::Kind::Connection, 99, {}}).isEmpty());
}

void TestTrafficStats::longSessionsCoarsenBuckets()
{
    TrafficStats stats;
    const qint64 frames = qint64(TrafficStats::kMaxBuckets) * 3;
    for (qint64 i = 0; i < frames; ++i)
        stats.addEvent(frame(1, Direction::Incoming, 0x2, "12345678", kT0 + i * kSecond));
    QCOMPARE(stats.bucketNs(), 4 * kSecond);
    QVERIFY(stats.buckets().size() <= TrafficStats::kMaxBuckets);
    qint64 bytes = 0;
    for (const TrafficBucket &b : stats.buckets())
        bytes += b.wireBytes[int(Direction::Incoming)];
    QCOMPARE(bytes, frames * 8);
    QCOMPARE(stats.buckets()[0].frames[int(Direction::Incoming)], 4);
    QCOMPARE(stats.rate(0, TrafficPlot::FrameRate, Direction::Incoming), 1.0);
}

void TestTrafficStats::csvOfEachPlot()
{
    const TrafficStats stats = liveStats();
    const QList<QByteArray> rates = trafficCsv(stats, TrafficPlot::WireByteRate).split('\n');
    QCOMPARE(rates.value(0), QByteArray("time,incoming_per_s,outgoing_per_s"));
    QCOMPARE(rates.value(1), QByteArray("2023-11-14T22:13:20.000Z,256,5"));
    QCOMPARE(rates.value(2), QByteArray("2023-11-14T22:13:21.000Z,10,0"));
    QCOMPARE(rates.size(), 5); // header, three buckets, the empty rest after the last newline
    const QList<QByteArray> rtt = trafficCsv(stats, TrafficPlot::PingRtt).split('\n');
    QCOMPARE(rtt.value(0), QByteArray("time,connection,rtt_ms"));
    QCOMPARE(rtt.value(1), QByteArray("2023-11-14T22:13:22.350Z,1,250"));
    const QList<QByteArray> sizes = trafficCsv(stats, TrafficPlot::MessageSizes).split('\n');
    QCOMPARE(sizes.value(0), QByteArray("bin,min_bytes,incoming_messages,outgoing_messages"));
    QCOMPARE(sizes.value(1 + 9), QByteArray("\"256–511 B\",256,1,0"));
    QCOMPARE(sizes.size(), 2 + TrafficStats::kHistogramBins);
}

void TestTrafficStats::nearestFrameInScope()
{
    const std::vector<LogRecord> records = recordsOf(knownTraffic());
    QCOMPARE(nearestFrame(records, {}, kT0 + 340'000'000), 2);
    QCOMPARE(nearestFrame(records, {}, kT0 + 360'000'000), 3);
    QCOMPARE(nearestFrame(records, {}, 0), 0);
    QCOMPARE(nearestFrame(records, {}, kT0 + 100 * kSecond), 9);
    QCOMPARE(nearestFrame(records, {TrafficScope::Kind::Connection, 7, {}}, kT0), 9);
    QCOMPARE(nearestFrame(records, {TrafficScope::Kind::Connection, 99, {}}, kT0), -1);
}

void TestTrafficStats::logFilterByTimeRange()
{
    FrameLogModel model;
    for (const Event &e : knownTraffic())
        model.appendEvent(e);
    model.flush();
    LogFilter filter;
    QVERIFY(!filter.hasTimeRange());
    filter.setTimeRange(kT0 + 300'000'000, kT0 + 2'000'000'000); // both ends included
    QVERIFY(!filter.isEmpty());
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.record(0).timestampNs, kT0 + 300'000'000);
    QCOMPARE(model.record(3).timestampNs, kT0 + 2'000'000'000);
    // Live frames arriving later are filtered the same way.
    model.appendEvent(frame(1, Direction::Outgoing, 0x1, "late", kT0 + 3 * kSecond));
    model.flush();
    QCOMPARE(model.rowCount(), 4);
    filter.clearTimeRange();
    QVERIFY(filter.isEmpty());
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), knownTraffic().size() + 1);
}

void TestTrafficStats::bulkCancelledByProgress()
{
    std::vector<LogRecord> records(std::size_t(kTrafficProgressInterval) * 2 + 5,
                                   LogRecord::fromEvent(frame(1, Direction::Incoming, 0x2, "x", kT0), 1));
    QList<qint64> asked;
    const TrafficStats stats = computeTrafficStats(records, {}, {}, [&asked](qint64 done) {
        asked.append(done);
        return asked.size() < 2;
    });
    QCOMPARE(asked, (QList<qint64>{kTrafficProgressInterval, 2 * kTrafficProgressInterval}));
    QCOMPARE(stats.buckets()[0].frames[int(Direction::Incoming)], 2 * kTrafficProgressInterval);
}

QTEST_GUILESS_MAIN(TestTrafficStats)
#include "tst_trafficstats.moc"
