// SPDX-License-Identifier: GPL-3.0-or-later
#include "event.h"

#include <atomic>
#include <chrono>

namespace Sockscope {

qint64 nowNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
}

namespace {

std::atomic<quint64> &connectionIdCounter()
{
    static std::atomic<quint64> next{1};
    return next;
}

} // namespace

quint64 nextConnectionId()
{
    return connectionIdCounter()++;
}

void reserveConnectionIds(quint64 highestUsed)
{
    std::atomic<quint64> &next = connectionIdCounter();
    quint64 current = next.load();
    while (current <= highestUsed && !next.compare_exchange_weak(current, highestUsed + 1)) { }
}

const char *eventKindName(Event::Kind kind)
{
    switch (kind) {
    case Event::Kind::Listening:
        return "listening";
    case Event::Kind::Connecting:
        return "connecting";
    case Event::Kind::PeerConnected:
        return "peer_connected";
    case Event::Kind::HandshakeRequest:
        return "handshake_request";
    case Event::Kind::HandshakeResponse:
        return "handshake_response";
    case Event::Kind::Opened:
        return "open";
    case Event::Kind::Frame:
        return "frame";
    case Event::Kind::Closed:
        return "closed";
    case Event::Kind::Failed:
        return "failed";
    case Event::Kind::ProtocolError:
        return "protocol_error";
    case Event::Kind::Stopped:
        return "stopped";
    case Event::Kind::TlsEstablished:
        return "tls";
    }
    return "unknown";
}

} // namespace Sockscope

namespace Sockscope {

std::optional<Event::Kind> eventKindFromName(QByteArrayView name)
{
    for (int k = int(Event::Kind::Listening); k <= int(Event::Kind::TlsEstablished); ++k) {
        if (name == eventKindName(Event::Kind(k)))
            return Event::Kind(k);
    }
    return std::nullopt;
}

} // namespace Sockscope
