// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcapimport.h"

#include "websocketconversation.h"

#include <pcap/pcap.h>
#include <tins/ethernetII.h>
#include <tins/exceptions.h>
#include <tins/ip.h>
#include <tins/ipv6.h>
#include <tins/loopback.h>
#include <tins/sll.h>
#include <tins/tcp.h>
#include <tins/tcp_ip/stream_follower.h>

#include <QFile>
#include <QHash>

#include <chrono>
#include <limits>
#include <memory>
#include <vector>

namespace Sockscope {
namespace {

// The packet's time in ns since the epoch (the file is opened with nanosecond precision, so
// tv_usec holds nanoseconds). A pcapng's 64-bit time can lie beyond what fits: such a packet
// keeps the largest time there is rather than overflowing.
qint64 packetTimeNs(const timeval &ts)
{
    constexpr qint64 kNsPerSecond = 1000000000;
    constexpr qint64 kLatestSecond = std::numeric_limits<qint64>::max() / kNsPerSecond - 1;
    if (ts.tv_sec < 0)
        return 0;
    if (ts.tv_sec > kLatestSecond)
        return std::numeric_limits<qint64>::max();
    return qint64(ts.tv_sec) * kNsPerSecond + qint64(ts.tv_usec);
}

using Tins::TCPIP::Flow;
using Tins::TCPIP::Stream;
using Tins::TCPIP::StreamFollower;
using Side = WebSocketConversation::Side;

constexpr int kLinuxSll2HeaderSize = 20;

std::unique_ptr<Tins::PDU> rawIp(const u_char *data, uint32_t size)
{
    if (size == 0)
        return nullptr;
    if ((data[0] >> 4) == 6)
        return std::make_unique<Tins::IPv6>(data, size);
    return std::make_unique<Tins::IP>(data, size);
}

// The packet as libtins PDUs, for the link types a WebSocket capture comes in; nullptr for
// packets that are not IP. Throws Tins::malformed_packet on bytes that do not parse.
std::unique_ptr<Tins::PDU> pduOf(int linkType, const u_char *data, uint32_t size)
{
    switch (linkType) {
    case DLT_EN10MB:
        return std::make_unique<Tins::EthernetII>(data, size);
    case DLT_LINUX_SLL:
        return std::make_unique<Tins::SLL>(data, size);
    case DLT_NULL:
    case DLT_LOOP:
        return std::make_unique<Tins::Loopback>(data, size);
    case DLT_LINUX_SLL2: // libtins 4.0 has no SLL2; the IP packet follows the fixed header
        return size > kLinuxSll2HeaderSize ? rawIp(data + kLinuxSll2HeaderSize, size - kLinuxSll2HeaderSize) : nullptr;
    default:
        return rawIp(data, size);
    }
}

bool supportedLinkType(int linkType)
{
    switch (linkType) {
    case DLT_EN10MB:
    case DLT_LINUX_SLL:
    case DLT_LINUX_SLL2:
    case DLT_NULL:
    case DLT_LOOP:
    case DLT_RAW:
    case 101: // LINKTYPE_RAW
    case 228: // LINKTYPE_IPV4
    case 229: // LINKTYPE_IPV6
        return true;
    default:
        return false;
    }
}

QString endpoint(const std::string &address, uint16_t port, bool v6)
{
    const QString host = QString::fromStdString(address);
    return (v6 ? QLatin1Char('[') + host + QLatin1Char(']') : host) + QLatin1Char(':') + QString::number(port);
}

TcpEndpoints endpointsOf(const Stream &stream)
{
    const bool v6 = stream.is_v6();
    const std::string client = v6 ? stream.client_addr_v6().to_string() : stream.client_addr_v4().to_string();
    const std::string server = v6 ? stream.server_addr_v6().to_string() : stream.server_addr_v4().to_string();
    return {endpoint(client, stream.client_port(), v6), endpoint(server, stream.server_port(), v6)};
}

QByteArray takePayload(Flow::payload_type &payload)
{
    QByteArray bytes(reinterpret_cast<const char *>(payload.data()), qsizetype(payload.size()));
    payload.clear();
    return bytes;
}

// One followed TCP connection: the libtins stream while it lives, and what we make of it.
struct TrackedStream
{
    Stream *stream = nullptr;
    quint64 connectionId = 0;
    std::unique_ptr<WebSocketConversation> conversation;
    // When each segment libtins holds back behind a hole was captured, by side and sequence
    // number: bytes handed over past a lost segment keep their own time, not the hole's.
    QHash<uint32_t, qint64> heldSince[2];
};

class Importer
{
public:
    explicit Importer(const ImportSink &sink) : m_sink(sink)
    {
        m_follower.follow_partial_streams(true);
        m_follower.stream_keep_alive(std::chrono::hours(24 * 365 * 100)); // streams end with the capture
        m_follower.new_stream_callback([this](Stream &stream) { track(stream); });
        m_follower.stream_termination_callback(
                [this](Stream &stream, StreamFollower::TerminationReason) { end(stream); });
    }

    void packet(Tins::PDU &pdu, qint64 ns)
    {
        m_nowNs = ns;
        m_follower.process_packet(pdu);
        const auto *tcp = pdu.find_pdu<Tins::TCP>();
        if (!tcp)
            return;
        const auto [tracked, fromClient] = senderOf(pdu, *tcp);
        if (!tracked)
            return;
        noteHeldBack(*tracked, fromClient ? Side::Client : Side::Server, *tcp);
        if (tcp->flags() & Tins::TCP::ACK)
            noteAcknowledgement(*tracked, fromClient ? Side::Server : Side::Client, *tcp);
    }

    void finish()
    {
        for (auto &tracked : m_streams) {
            if (tracked->stream)
                flushHoles(*tracked);
            tracked->conversation->finish(m_nowNs, true);
        }
    }

    // Damage after the last packet read: every connection still open says so.
    bool damaged(const QString &error)
    {
        TrackedStream *last = nullptr;
        bool told = false;
        for (auto &tracked : m_streams) {
            if (!tracked->conversation->isListed())
                continue;
            last = tracked.get();
            if (tracked->stream) {
                flushHoles(*tracked);
                tracked->conversation->damaged(error, m_nowNs);
                told = true;
            }
        }
        if (!told && last)
            last->conversation->damaged(error, m_nowNs);
        return last != nullptr;
    }

private:
    void track(Stream &stream)
    {
        auto tracked = std::make_unique<TrackedStream>();
        TrackedStream *t = tracked.get();
        t->stream = &stream;
        const TcpEndpoints endpoints = endpointsOf(stream);
        t->conversation = std::make_unique<WebSocketConversation>(endpoints, m_nowNs, [this, t](Event &event) {
            if (!t->connectionId)
                t->connectionId = m_nextId++;
            event.connectionId = t->connectionId;
            m_sink(event);
        });
        m_byTuple.insert(endpoints.client + QLatin1Char('>') + endpoints.server, t);
        m_byTuple.insert(endpoints.server + QLatin1Char('>') + endpoints.client, t);
        stream.client_data_callback([this, t](Stream &s) {
            t->conversation->bytes(Side::Client, takePayload(s.client_payload()), m_nowNs);
        });
        stream.server_data_callback([this, t](Stream &s) {
            t->conversation->bytes(Side::Server, takePayload(s.server_payload()), m_nowNs);
        });
        stream.stream_closed_callback([this](Stream &s) { end(s); });
        stream.auto_cleanup_payloads(false);
        m_streams.push_back(std::move(tracked));
    }

    TrackedStream *trackedOf(const Stream &stream)
    {
        const TcpEndpoints endpoints = endpointsOf(stream);
        return m_byTuple.value(endpoints.client + QLatin1Char('>') + endpoints.server);
    }

    void end(Stream &stream)
    {
        TrackedStream *t = trackedOf(stream);
        if (!t || !t->stream)
            return;
        flushHoles(*t);
        t->stream = nullptr;
        t->conversation->finish(m_nowNs, false);
    }

    // The followed connection a packet belongs to, and whether its client sent it.
    std::pair<TrackedStream *, bool> senderOf(const Tins::PDU &pdu, const Tins::TCP &tcp)
    {
        const bool v6 = pdu.find_pdu<Tins::IPv6>() != nullptr;
        const std::string src = v6 ? pdu.rfind_pdu<Tins::IPv6>().src_addr().to_string()
                                   : pdu.rfind_pdu<Tins::IP>().src_addr().to_string();
        const std::string dst = v6 ? pdu.rfind_pdu<Tins::IPv6>().dst_addr().to_string()
                                   : pdu.rfind_pdu<Tins::IP>().dst_addr().to_string();
        const QString from = endpoint(src, tcp.sport(), v6);
        TrackedStream *t = m_byTuple.value(from + QLatin1Char('>') + endpoint(dst, tcp.dport(), v6));
        if (!t || !t->stream)
            return {nullptr, false};
        return {t, endpointsOf(*t->stream).client == from};
    }

    static Flow &flowOf(TrackedStream &t, Side side)
    {
        return side == Side::Client ? t.stream->client_flow() : t.stream->server_flow();
    }

    // A segment past a hole stays in libtins's buffer: remember when it was captured.
    void noteHeldBack(TrackedStream &t, Side side, const Tins::TCP &tcp)
    {
        const auto &buffered = flowOf(t, side).buffered_payload();
        QHash<uint32_t, qint64> &held = t.heldSince[int(side)];
        if (buffered.empty()) {
            held.clear();
            return;
        }
        if (buffered.count(tcp.seq()) && !held.contains(tcp.seq()))
            held.insert(tcp.seq(), m_nowNs);
        if (held.size() > int(buffered.size()) * 2 + 16) // holes filled since: forget their segments
            held.removeIf([&buffered](auto it) { return !buffered.count(it.key()); });
    }

    // The peer acknowledged bytes past a hole the capture never filled: those bytes were lost
    // by the capture, not the network, so decoding resumes after them now.
    void noteAcknowledgement(TrackedStream &t, Side acknowledgedSide, const Tins::TCP &tcp)
    {
        Flow &acknowledged = flowOf(t, acknowledgedSide);
        const auto hole = firstBuffered(acknowledged);
        if (hole && int32_t(tcp.ack_seq() - *hole) >= 0)
            skipHole(t, acknowledged, acknowledgedSide, *hole);
    }

    static std::optional<uint32_t> firstBuffered(const Flow &flow)
    {
        std::optional<uint32_t> first;
        const uint32_t next = flow.sequence_number();
        for (const auto &[seq, payload] : flow.buffered_payload()) {
            if (!first || seq - next < *first - next)
                first = seq;
        }
        return first;
    }

    // Moves `flow` past the hole to `to` and hands over the buffered segments from there, in
    // order (advance_sequence() alone would leave them buffered until the next in-order packet).
    void skipHole(TrackedStream &t, Flow &flow, Side side, uint32_t to)
    {
        QHash<uint32_t, qint64> &held = t.heldSince[int(side)];
        // The gap is told at the time of the first segment after it.
        t.conversation->gap(side, qint64(uint32_t(to - flow.sequence_number())), held.value(to, m_nowNs));
        auto &buffered = flow.buffered_payload();
        uint32_t next = to;
        for (auto it = buffered.find(next); it != buffered.end(); it = buffered.find(next)) {
            QByteArray bytes = takePayload(it->second);
            const qint64 capturedNs = held.value(next, m_nowNs);
            held.remove(next);
            next += uint32_t(bytes.size());
            buffered.erase(it);
            t.conversation->bytes(side, std::move(bytes), capturedNs);
        }
        flow.advance_sequence(next);
    }

    void flushHoles(TrackedStream &t)
    {
        for (Side side : {Side::Client, Side::Server}) {
            Flow &flow = flowOf(t, side);
            for (int guard = 0; guard < 1 << 16; ++guard) {
                const auto hole = firstBuffered(flow);
                if (!hole)
                    break;
                skipHole(t, flow, side, *hole);
            }
        }
    }

    const ImportSink &m_sink;
    StreamFollower m_follower;
    std::vector<std::unique_ptr<TrackedStream>> m_streams;
    QHash<QString, TrackedStream *> m_byTuple; // "from>to" → stream
    quint64 m_nextId = 1;
    qint64 m_nowNs = 0;
};

struct PcapCloser
{
    void operator()(pcap_t *p) const { pcap_close(p); }
};

} // namespace

bool PcapImport::importFile(const QString &path, const ImportSink &sink, QString *error)
{
    char errorBuffer[PCAP_ERRBUF_SIZE] = {};
    std::unique_ptr<pcap_t, PcapCloser> pcap(pcap_open_offline_with_tstamp_precision(
            QFile::encodeName(path).constData(), PCAP_TSTAMP_PRECISION_NANO, errorBuffer));
    if (!pcap) {
        *error = tr("cannot read %1: %2").arg(path, QString::fromLocal8Bit(errorBuffer));
        return false;
    }
    const int linkType = pcap_datalink(pcap.get());
    if (!supportedLinkType(linkType)) {
        *error = tr("cannot decode %1: link type %2 is not supported (Ethernet, Linux cooked, loopback or raw IP)")
                         .arg(path, QString::fromLatin1(pcap_datalink_val_to_name(linkType)));
        return false;
    }
    Importer importer(sink);
    pcap_pkthdr *header = nullptr;
    const u_char *data = nullptr;
    qint64 packets = 0;
    int status = 0;
    while ((status = pcap_next_ex(pcap.get(), &header, &data)) == 1) {
        ++packets;
        const qint64 ns = packetTimeNs(header->ts);
        try {
            if (const auto pdu = pduOf(linkType, data, header->caplen))
                importer.packet(*pdu, ns);
        } catch (const Tins::exception_base &) {
            // A packet libtins cannot parse (cut by the snap length, not TCP/IP): not ours to decode.
        }
    }
    if (status == PCAP_ERROR) {
        const QString damage = tr("cannot decode %1 after packet %2: %3")
                                       .arg(path)
                                       .arg(packets)
                                       .arg(QString::fromLocal8Bit(pcap_geterr(pcap.get())));
        *error = damage; // with connections before the damage, a warning: they are imported
        if (!importer.damaged(damage))
            return false;
    }
    importer.finish();
    return true;
}

} // namespace Sockscope
