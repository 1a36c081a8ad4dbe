// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcapngexport.h"

#include "capturereader.h"
#include "protocol/mask.h"

#include <tins/ip.h>
#include <tins/loopback.h>
#include <tins/rawpdu.h>
#include <tins/tcp.h>

#include <QSaveFile>
#include <QUrl>
#include <QtEndian>

#include <map>
#include <sys/socket.h>

namespace Sockscope {
namespace {

constexpr quint32 kSectionHeaderBlock = 0x0A0D0D0A;
constexpr quint32 kInterfaceBlock = 1;
constexpr quint32 kEnhancedPacketBlock = 6;
constexpr quint16 kLinkTypeNull = 0; // BSD loopback: a 4-byte address family, then IP
constexpr quint32 kSnapLength = 262144;
constexpr qsizetype kMaxSegment = 65535 - 20 - 20; // the largest IPv4 packet minus headers
constexpr quint16 kFirstClientPort = 40000;

template<typename T>
void put(QByteArray &out, T value)
{
    const T le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&le), sizeof le);
}

// A pcapng block: type, total length, body padded to 32 bits, total length again.
QByteArray block(quint32 type, QByteArray body)
{
    body.append(QByteArray((4 - body.size() % 4) % 4, '\0'));
    QByteArray out;
    put<quint32>(out, type);
    put<quint32>(out, quint32(body.size() + 12));
    out += body;
    put<quint32>(out, quint32(body.size() + 12));
    return out;
}

QByteArray fileHeader()
{
    QByteArray section;
    put<quint32>(section, 0x1A2B3C4D); // byte-order magic
    put<quint16>(section, 1);
    put<quint16>(section, 0);
    put<qint64>(section, -1); // section length not given
    QByteArray interface;
    put<quint16>(interface, kLinkTypeNull);
    put<quint16>(interface, 0);
    put<quint32>(interface, kSnapLength);
    put<quint16>(interface, 9); // if_tsresol: nanoseconds
    put<quint16>(interface, 1);
    interface += QByteArray("\x09\0\0\0", 4);
    put<quint32>(interface, 0); // opt_endofopt
    return block(kSectionHeaderBlock, section) + block(kInterfaceBlock, interface);
}

QByteArray packetBlock(const Tins::PDU::serialization_type &packet, qint64 ns)
{
    QByteArray body;
    put<quint32>(body, 0);
    put<quint32>(body, quint32(quint64(ns) >> 32));
    put<quint32>(body, quint32(quint64(ns)));
    put<quint32>(body, quint32(packet.size()));
    put<quint32>(body, quint32(packet.size()));
    body.append(reinterpret_cast<const char *>(packet.data()), qsizetype(packet.size()));
    return block(kEnhancedPacketBlock, body);
}

// One recorded connection as a TCP conversation between two loopback ports.
struct SyntheticConnection
{
    bool clientIsOutgoing = true; // a client-role recording sent Outgoing; a server's peer received
    quint16 clientPort = 0;
    quint16 serverPort = 80;
    quint32 clientSeq = 1000;
    quint32 serverSeq = 5000;
    bool started = false;
    bool finished = false;

    QByteArray segment(bool fromClient, quint8 flags, QByteArrayView data, qint64 ns)
    {
        Tins::TCP tcp(fromClient ? serverPort : clientPort, fromClient ? clientPort : serverPort);
        quint32 &seq = fromClient ? clientSeq : serverSeq;
        tcp.seq(seq);
        tcp.ack_seq((flags & Tins::TCP::ACK) ? (fromClient ? serverSeq : clientSeq) : 0);
        tcp.flags(flags);
        tcp.window(65535);
        Tins::Loopback packet;
        packet.family(PF_INET);
        Tins::IP ip("127.0.0.1", "127.0.0.1");
        ip.ttl(64);
        if (data.isEmpty()) {
            packet /= ip / tcp;
        } else {
            packet /= ip / tcp / Tins::RawPDU(reinterpret_cast<const uint8_t *>(data.data()), uint32_t(data.size()));
        }
        seq += quint32(data.size()) + ((flags & (Tins::TCP::SYN | Tins::TCP::FIN)) ? 1 : 0);
        return packetBlock(packet.serialize(), ns);
    }

    QByteArray start(qint64 ns)
    {
        started = true;
        return segment(true, Tins::TCP::SYN, {}, ns) + segment(false, Tins::TCP::SYN | Tins::TCP::ACK, {}, ns)
                + segment(true, Tins::TCP::ACK, {}, ns);
    }

    QByteArray send(bool fromClient, const QByteArray &bytes, qint64 ns)
    {
        QByteArray out;
        for (qsizetype at = 0; at < bytes.size(); at += kMaxSegment)
            out += segment(fromClient, Tins::TCP::PSH | Tins::TCP::ACK,
                           QByteArrayView(bytes).sliced(at, qMin(kMaxSegment, bytes.size() - at)), ns);
        return out;
    }

    QByteArray finish(qint64 ns)
    {
        finished = true;
        return segment(true, Tins::TCP::FIN | Tins::TCP::ACK, {}, ns)
                + segment(false, Tins::TCP::FIN | Tins::TCP::ACK, {}, ns) + segment(true, Tins::TCP::ACK, {}, ns);
    }
};

QByteArray wireBytes(const Event &frame)
{
    const FrameHeader &h = frame.frame;
    QByteArray bytes(reinterpret_cast<const char *>(h.headerBytes.data()), h.headerSize);
    QByteArray payload = frame.payload;
    if (h.masked && !payload.isEmpty())
        applyMask(reinterpret_cast<std::uint8_t *>(payload.data()), std::size_t(payload.size()), h.maskKey);
    return bytes + payload;
}

// The bytes an event puts on the wire, and whether the client sent them; empty for the others.
std::pair<QByteArray, bool> bytesOf(const Event &event, const SyntheticConnection &c)
{
    const bool fromClient = (event.direction == Direction::Outgoing) == c.clientIsOutgoing;
    switch (event.kind) {
    case Event::Kind::HandshakeRequest:
    case Event::Kind::HandshakeResponse:
        return {event.raw, fromClient};
    case Event::Kind::Failed:
        return {event.statusCode ? event.raw : QByteArray(), false};
    case Event::Kind::Frame:
        return {wireBytes(event), fromClient};
    default:
        return {};
    }
}

} // namespace

bool PcapngExport::exportCapture(CaptureReader &reader, const QString &path, QString *error,
                                 const ExportProgress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    std::map<quint64, SyntheticConnection> connections;
    for (const ConnectionInfo &info : reader.connections()) {
        if (info.role == QLatin1String("listener"))
            continue;
        SyntheticConnection &c = connections[info.id];
        c.clientIsOutgoing = info.role != QLatin1String("server");
        c.clientPort = quint16(kFirstClientPort + info.id % 20000);
        c.serverPort = quint16(QUrl(info.url).port(80));
    }
    file.write(fileHeader());
    qint64 lastNs = 0;
    const bool completed = reader.readEvents(ProgressCounter::wrap(progress, [&](const Event &event) {
        auto it = connections.find(event.connectionId);
        if (it == connections.end() || it->second.finished)
            return true;
        SyntheticConnection &c = it->second;
        lastNs = qMax(lastNs, event.timestampNs);
        if (!c.started)
            file.write(c.start(event.timestampNs));
        const auto [bytes, fromClient] = bytesOf(event, c);
        if (!bytes.isEmpty())
            file.write(c.send(fromClient, bytes, event.timestampNs));
        if (event.kind == Event::Kind::Closed)
            file.write(c.finish(event.timestampNs));
        return true;
    }));
    if (!completed) {
        file.cancelWriting();
        *error = tr("export of %1 cancelled").arg(path);
        return false;
    }
    for (auto &[id, c] : connections) {
        if (c.started && !c.finished)
            file.write(c.finish(lastNs));
    }
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Sockscope
