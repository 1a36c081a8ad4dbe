// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/logrecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <array>
#include <deque>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace Sockscope {

// Which connections a plot covers: all of them, one, or a server with its peers.
struct TrafficScope
{
    enum class Kind { Everything, Connection, ServerWithPeers };

    Kind kind = Kind::Everything;
    quint32 id = 0;      // the connection, or the server
    QSet<quint32> peers; // the server's peers known so far; live peers join as they arrive

    bool contains(quint32 connectionId) const;
    bool operator==(const TrafficScope &) const = default;
};

// What one time bucket counted, per direction (indexed by int(Direction)).
struct TrafficBucket
{
    std::array<qint64, 2> messages{}; // data messages completed (the frame with FIN)
    std::array<qint64, 2> frames{};   // every frame, control frames included
    std::array<qint64, 2> wireBytes{};
    std::array<qint64, 2> inflatedBytes{}; // what the application reads: inflated when compressed
};

// One ping we sent and the pong that answered it.
struct RttSample
{
    qint64 pongTimestampNs = 0;
    qint64 rttNs = 0;
    quint32 connectionId = 0;
};

// The plots one can draw from the statistics (UI-7).
enum class TrafficPlot { MessageRate, FrameRate, WireByteRate, InflatedByteRate, PingRtt, MessageSizes };

// Traffic aggregated into time buckets (UI-7): messages, frames, wire and inflated bytes per
// direction, ping round-trip times, and a histogram of message sizes. Fed live, event by event,
// or in bulk from the frame log's records. Buckets start at kDefaultBucketNs and double in
// width (neighbours merged) whenever more than kMaxBuckets would be needed, so memory stays
// bounded for a session of any length.
class TrafficStats
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::TrafficStats)

public:
    static constexpr qint64 kDefaultBucketNs = 1'000'000'000;
    static constexpr std::size_t kMaxBuckets = 1 << 15;
    // Bin 0 counts empty messages, bin k (1..32) sizes in [2^(k-1), 2^k); bigger ones go to the last.
    static constexpr int kHistogramBins = 33;
    // Pings not answered yet, per connection; older ones are forgotten first.
    static constexpr std::size_t kMaxPendingPings = 64;

    explicit TrafficStats(TrafficScope scope = {}, qint64 bucketNs = kDefaultBucketNs);

    const TrafficScope &scope() const { return m_scope; }
    // One event of the engine's stream: a server's new peer joins its scope, frames are counted,
    // and an incoming pong is matched by payload to the ping we sent.
    void addEvent(const Event &event);
    // One record of the frame index. `controlPayload` is a ping's or pong's payload if known;
    // without it a pong answers the oldest ping still waiting on that connection.
    void addRecord(const LogRecord &record, const QByteArray *controlPayload = nullptr);
    void clear();

    bool isEmpty() const { return m_buckets.empty(); }
    qint64 bucketNs() const { return m_bucketNs; }
    qint64 originNs() const { return m_originNs; }
    qint64 bucketStartNs(std::size_t index) const { return m_originNs + qint64(index) * m_bucketNs; }
    const std::vector<TrafficBucket> &buckets() const { return m_buckets; }
    // Per second, over bucket `index`, for one of the rate plots.
    double rate(std::size_t index, TrafficPlot plot, Direction direction) const;
    const std::vector<RttSample> &rttSamples() const { return m_rtt; }
    const std::array<qint64, kHistogramBins> &sizeHistogram(Direction direction) const
    {
        return m_histogram[int(direction)];
    }
    // Changes whenever anything was counted, so a view redraws only then.
    quint64 version() const { return m_version; }

    static int histogramBin(qint64 size);
    static qint64 histogramBinLow(int bin); // smallest size in the bin
    static QString histogramBinLabel(int bin);

private:
    struct PendingPing
    {
        QByteArray payload;
        qint64 timestampNs = 0;
    };

    TrafficBucket &bucketAt(qint64 timestampNs);
    void coarsen();
    void countMessageBytes(const LogRecord &record, qint64 bytes);
    void notePing(const LogRecord &record, const QByteArray *payload);
    void notePong(const LogRecord &record, const QByteArray *payload);

    TrafficScope m_scope;
    qint64 m_initialBucketNs;
    qint64 m_bucketNs;
    qint64 m_originNs = 0;
    std::vector<TrafficBucket> m_buckets;
    std::vector<RttSample> m_rtt;
    std::array<std::array<qint64, kHistogramBins>, 2> m_histogram{};
    QHash<quint64, qint64> m_partialMessages; // bytes so far of fragmented messages, by stream
    QHash<quint32, std::deque<PendingPing>> m_pendingPings;
    quint64 m_version = 0;
};

// The payload of the ping or pong with this sequence (nullopt if unknown); called off the GUI thread.
using ControlPayloadLookup = std::function<std::optional<QByteArray>(qint64 sequence)>;

// Counts a slice of the frame index into `stats` (its scope); `payloadOf` (may be empty)
// matches pongs to pings by payload. Slices given in order count as the whole would.
void countRecords(TrafficStats &stats, std::span<const LogRecord> records, const ControlPayloadLookup &payloadOf = {});

// Statistics over `records` (the frame index), meant to run on a worker: `payloadOf` (may be
// empty) matches pongs to pings by payload, `progress(done)` is asked every kProgressInterval
// records and may cancel by returning false (the result is then incomplete).
TrafficStats computeTrafficStats(const std::vector<LogRecord> &records, const TrafficScope &scope,
                                 const ControlPayloadLookup &payloadOf = {},
                                 const std::function<bool(qint64 done)> &progress = {});
inline constexpr qint64 kTrafficProgressInterval = 1 << 20;

// The data of one plot as CSV (header line, then one line per bucket, sample or histogram bin;
// times as UTC ISO 8601 with milliseconds).
QByteArray trafficCsv(const TrafficStats &stats, TrafficPlot plot);

// The index of the frame in `records` (in time order) in scope nearest to `timestampNs`; -1 if none.
qint64 nearestFrame(const std::vector<LogRecord> &records, const TrafficScope &scope, qint64 timestampNs);

} // namespace Sockscope
