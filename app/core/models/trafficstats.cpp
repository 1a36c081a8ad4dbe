// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficstats.h"

#include <QDateTime>

#include <algorithm>
#include <bit>

namespace Sockscope {
namespace {

constexpr std::uint8_t kPingOpcode = 0x9;
constexpr std::uint8_t kPongOpcode = 0xA;

int dir(Direction direction)
{
    return int(direction);
}

quint64 streamKey(const LogRecord &r)
{
    return (quint64(r.connectionId) << 1) | quint64(dir(r.direction));
}

QByteArray isoTime(qint64 timestampNs)
{
    return QDateTime::fromMSecsSinceEpoch(timestampNs / 1'000'000, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 12);
}

QByteArray rateCsv(const TrafficStats &stats, TrafficPlot plot)
{
    QByteArray csv = "time,incoming_per_s,outgoing_per_s\n";
    for (std::size_t i = 0; i < stats.buckets().size(); ++i) {
        csv += isoTime(stats.bucketStartNs(i)) + ',' + number(stats.rate(i, plot, Direction::Incoming)) + ','
                + number(stats.rate(i, plot, Direction::Outgoing)) + '\n';
    }
    return csv;
}

QByteArray rttCsv(const TrafficStats &stats)
{
    QByteArray csv = "time,connection,rtt_ms\n";
    for (const RttSample &s : stats.rttSamples())
        csv += isoTime(s.pongTimestampNs) + ',' + QByteArray::number(s.connectionId) + ',' + number(s.rttNs / 1e6)
                + '\n';
    return csv;
}

QByteArray histogramCsv(const TrafficStats &stats)
{
    QByteArray csv = "bin,min_bytes,incoming_messages,outgoing_messages\n";
    for (int bin = 0; bin < TrafficStats::kHistogramBins; ++bin) {
        csv += '"' + TrafficStats::histogramBinLabel(bin).toUtf8() + "\","
                + QByteArray::number(TrafficStats::histogramBinLow(bin)) + ','
                + QByteArray::number(stats.sizeHistogram(Direction::Incoming)[bin]) + ','
                + QByteArray::number(stats.sizeHistogram(Direction::Outgoing)[bin]) + '\n';
    }
    return csv;
}

} // namespace

bool TrafficScope::contains(quint32 connectionId) const
{
    switch (kind) {
    case Kind::Everything:
        return true;
    case Kind::Connection:
        return connectionId == id;
    case Kind::ServerWithPeers:
        return connectionId == id || peers.contains(connectionId);
    }
    return false;
}

TrafficStats::TrafficStats(TrafficScope scope, qint64 bucketNs)
    : m_scope(std::move(scope)), m_initialBucketNs(bucketNs), m_bucketNs(bucketNs)
{ }

void TrafficStats::clear()
{
    m_bucketNs = m_initialBucketNs;
    m_originNs = 0;
    m_buckets.clear();
    m_rtt.clear();
    m_histogram = {};
    m_partialMessages.clear();
    m_pendingPings.clear();
    ++m_version;
}

void TrafficStats::addEvent(const Event &event)
{
    if (m_scope.kind == TrafficScope::Kind::ServerWithPeers && event.serverId == m_scope.id && event.serverId)
        m_scope.peers.insert(quint32(event.connectionId));
    if (event.kind != Event::Kind::Frame)
        return;
    const LogRecord record = LogRecord::fromEvent(event, event.sequence);
    addRecord(record, record.isControl() ? &event.payload : nullptr);
}

void TrafficStats::addRecord(const LogRecord &r, const QByteArray *controlPayload)
{
    if (!r.isFrame() || !m_scope.contains(r.connectionId))
        return;
    const int d = dir(r.direction);
    const qint64 inflated = (r.flags & FrameCompressed) ? r.inflatedLength : r.length;
    TrafficBucket &bucket = bucketAt(r.timestampNs);
    ++bucket.frames[d];
    bucket.wireBytes[d] += r.length;
    bucket.inflatedBytes[d] += inflated;
    if (!r.isControl()) {
        countMessageBytes(r, inflated);
        if (r.flags & FrameFin)
            ++bucket.messages[d];
    } else if (r.opcode == kPingOpcode && r.direction == Direction::Outgoing) {
        notePing(r, controlPayload);
    } else if (r.opcode == kPongOpcode && r.direction == Direction::Incoming) {
        notePong(r, controlPayload);
    }
    ++m_version;
}

// Whole messages go to the histogram; fragments add up per connection and direction first.
void TrafficStats::countMessageBytes(const LogRecord &r, qint64 bytes)
{
    const bool single = (r.flags & FrameFin) && r.opcode != 0;
    if (single) {
        ++m_histogram[dir(r.direction)][histogramBin(bytes)];
        return;
    }
    const quint64 key = streamKey(r);
    qint64 total = (r.opcode != 0 ? 0 : m_partialMessages.value(key)) + bytes;
    if (!(r.flags & FrameFin)) {
        m_partialMessages.insert(key, total);
        return;
    }
    m_partialMessages.remove(key);
    ++m_histogram[dir(r.direction)][histogramBin(total)];
}

void TrafficStats::notePing(const LogRecord &r, const QByteArray *payload)
{
    std::deque<PendingPing> &pending = m_pendingPings[r.connectionId];
    pending.push_back({payload ? *payload : QByteArray(), r.timestampNs});
    if (pending.size() > kMaxPendingPings)
        pending.pop_front();
}

void TrafficStats::notePong(const LogRecord &r, const QByteArray *payload)
{
    auto found = m_pendingPings.find(r.connectionId);
    if (found == m_pendingPings.end() || found->empty())
        return;
    std::deque<PendingPing> &pending = *found;
    auto ping = payload ? std::find_if(pending.begin(), pending.end(),
                                       [payload](const PendingPing &p) { return p.payload == *payload; })
                        : pending.begin();
    if (ping == pending.end())
        return; // an unsolicited pong (a heartbeat): no round trip
    m_rtt.push_back({r.timestampNs, r.timestampNs - ping->timestampNs, r.connectionId});
    // Pings older than the answered one will not be answered any more (RFC 6455 5.5.3).
    pending.erase(pending.begin(), ping + 1);
}

TrafficBucket &TrafficStats::bucketAt(qint64 timestampNs)
{
    if (m_buckets.empty())
        m_originNs = timestampNs - timestampNs % m_bucketNs;
    // Earlier than the first frame seen (clocks are not strictly ordered across connections).
    const qint64 index = std::max<qint64>(0, (timestampNs - m_originNs) / m_bucketNs);
    if (std::size_t(index) >= m_buckets.size()) {
        if (std::size_t(index) >= kMaxBuckets) {
            coarsen();
            return bucketAt(timestampNs);
        }
        m_buckets.resize(std::size_t(index) + 1);
    }
    return m_buckets[std::size_t(index)];
}

// Doubles the bucket width: each pair of neighbours becomes one.
void TrafficStats::coarsen()
{
    std::vector<TrafficBucket> merged((m_buckets.size() + 1) / 2);
    for (std::size_t i = 0; i < m_buckets.size(); ++i) {
        TrafficBucket &into = merged[i / 2];
        for (int d = 0; d < 2; ++d) {
            into.messages[d] += m_buckets[i].messages[d];
            into.frames[d] += m_buckets[i].frames[d];
            into.wireBytes[d] += m_buckets[i].wireBytes[d];
            into.inflatedBytes[d] += m_buckets[i].inflatedBytes[d];
        }
    }
    m_buckets = std::move(merged);
    m_bucketNs *= 2;
}

double TrafficStats::rate(std::size_t index, TrafficPlot plot, Direction direction) const
{
    const TrafficBucket &b = m_buckets.at(index);
    const int d = dir(direction);
    const double seconds = double(m_bucketNs) / 1e9;
    switch (plot) {
    case TrafficPlot::MessageRate:
        return double(b.messages[d]) / seconds;
    case TrafficPlot::FrameRate:
        return double(b.frames[d]) / seconds;
    case TrafficPlot::WireByteRate:
        return double(b.wireBytes[d]) / seconds;
    case TrafficPlot::InflatedByteRate:
        return double(b.inflatedBytes[d]) / seconds;
    case TrafficPlot::PingRtt:
    case TrafficPlot::MessageSizes:
        break;
    }
    return 0;
}

int TrafficStats::histogramBin(qint64 size)
{
    if (size <= 0)
        return 0;
    return std::min(kHistogramBins - 1, int(std::bit_width(quint64(size))));
}

qint64 TrafficStats::histogramBinLow(int bin)
{
    return bin <= 0 ? 0 : qint64(1) << (bin - 1);
}

// "0 B", "1 B", "2–3 B", "4–7 B", … "1–2 KiB" … with the last bin open-ended.
QString TrafficStats::histogramBinLabel(int bin)
{
    auto size = [](qint64 bytes) {
        static const char *const units[] = {"B", "KiB", "MiB", "GiB"};
        int unit = 0;
        while (bytes >= 1024 && unit < 3 && bytes % 1024 == 0) {
            bytes /= 1024;
            ++unit;
        }
        return QStringLiteral("%1 %2").arg(bytes).arg(QLatin1String(units[unit]));
    };
    if (bin <= 1)
        return size(bin);
    const qint64 low = histogramBinLow(bin);
    if (bin == kHistogramBins - 1)
        return tr("≥ %1").arg(size(low));
    if (low < 1024)
        return QStringLiteral("%1–%2 B").arg(low).arg(2 * low - 1);
    return tr("%1 to < %2").arg(size(low), size(2 * low));
}

void countRecords(TrafficStats &stats, std::span<const LogRecord> records, const ControlPayloadLookup &payloadOf)
{
    for (const LogRecord &r : records) {
        if (payloadOf && r.isControl() && (r.opcode == kPingOpcode || r.opcode == kPongOpcode)
            && stats.scope().contains(r.connectionId)) {
            const std::optional<QByteArray> payload = payloadOf(r.sequence);
            stats.addRecord(r, payload ? &*payload : nullptr);
        } else {
            stats.addRecord(r);
        }
    }
}

TrafficStats computeTrafficStats(const std::vector<LogRecord> &records, const TrafficScope &scope,
                                 const ControlPayloadLookup &payloadOf, const std::function<bool(qint64)> &progress)
{
    TrafficStats stats(scope);
    const std::span<const LogRecord> all(records);
    for (std::size_t done = 0; done < all.size(); done += kTrafficProgressInterval) {
        if (progress && done > 0 && !progress(qint64(done)))
            break;
        countRecords(stats, all.subspan(done, std::min<std::size_t>(kTrafficProgressInterval, all.size() - done)),
                     payloadOf);
    }
    return stats;
}

QByteArray trafficCsv(const TrafficStats &stats, TrafficPlot plot)
{
    switch (plot) {
    case TrafficPlot::PingRtt:
        return rttCsv(stats);
    case TrafficPlot::MessageSizes:
        return histogramCsv(stats);
    default:
        return rateCsv(stats, plot);
    }
}

qint64 nearestFrame(const std::vector<LogRecord> &records, const TrafficScope &scope, qint64 timestampNs)
{
    const auto at = std::lower_bound(records.begin(), records.end(), timestampNs,
                                     [](const LogRecord &r, qint64 t) { return r.timestampNs < t; });
    auto inScope = [&scope](const LogRecord &r) { return r.isFrame() && scope.contains(r.connectionId); };
    const auto after = std::find_if(at, records.end(), inScope);
    const auto before = std::find_if(std::make_reverse_iterator(at), records.rend(), inScope);
    if (after == records.end() && before == records.rend())
        return -1;
    if (before == records.rend())
        return after - records.begin();
    const qint64 beforeIndex = (before.base() - 1) - records.begin();
    if (after == records.end() || timestampNs - before->timestampNs <= after->timestampNs - timestampNs)
        return beforeIndex;
    return after - records.begin();
}

} // namespace Sockscope
