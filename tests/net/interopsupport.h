// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "peerprocess.h"
#include "store/event.h"
#include "websocketclient.h"
#include "websocketserver.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace SockscopeTest {

// What the scripted peer clients (tests/support/peers/ws_client.js, py_client.py) do and expect.
namespace PeerScript {
inline constexpr quint16 kClientCloseCode = 4001;
inline constexpr char kClientCloseReason[] = "client bye";
inline constexpr quint16 kServerCloseCode = 4002;
inline constexpr char kServerCloseReason[] = "server bye";
inline constexpr char kServerFragmentsText[] = "fragmented by the server";
inline constexpr char kPingPayload[] = "sockscope-ping";
inline constexpr char kHeaderName[] = "X-Sockscope-Test";
inline constexpr char kHeaderValue[] = "interop-42";
} // namespace PeerScript

// Deterministic, poorly compressible bytes (xorshift32, as in ws_client.js).
QByteArray patternBytes(qsizetype size, quint32 seed);
// Repeats at distances from 300 bytes to 20 KiB (as in ws_client.js): a peer inflating with the
// negotiated window fails on it when the sender compressed with a larger one.
QByteArray windowProbe();
// Highly compressible UTF-8 text of exactly `size` bytes.
QByteArray compressibleText(qsizetype size);
// Empty when equal; otherwise sizes, the first differing offset and the bytes around it.
QString byteDifference(const QByteArray &actual, const QByteArray &expected);
// The status code at the start of a Close frame payload, 1005 when there is none.
quint16 closeCodeOf(const QByteArray &closePayload);
// A header's value in a raw HTTP request or response head, names compared case-insensitively.
QByteArray rawHeaderValue(const QByteArray &rawHead, QByteArrayView name);
// The request target ("/path?query") of a raw HTTP request head.
QByteArray requestTarget(const QByteArray &rawHead);

// Every event an engine object emits, in order, with filters for the assertions.
class EventLog : public QObject
{
public:
    template<typename Source>
    explicit EventLog(Source *source)
    {
        connect(source, &Source::eventOccurred, this,
                [this](const Sockscope::Event &event) { m_events.append(event); });
    }

    const QList<Sockscope::Event> &events() const { return m_events; }
    // Frames in one direction, of one connection (0: any), with one opcode (empty: any).
    QList<Sockscope::Event> frames(Sockscope::Direction direction, quint64 connectionId = 0,
                                   std::optional<std::uint8_t> opcode = std::nullopt) const;
    // Data frames (text, binary, continuation) in one direction.
    QList<Sockscope::Event> dataFrames(Sockscope::Direction direction, quint64 connectionId = 0) const;
    std::optional<Sockscope::Event> last(Sockscope::Event::Kind kind, quint64 connectionId = 0) const;
    int count(Sockscope::Event::Kind kind, quint64 connectionId = 0) const;
    void clear() { m_events.clear(); }

private:
    QList<Sockscope::Event> m_events;
};

// Concatenates what received data frames carried: the inflated bytes of compressed frames,
// the payload of the others.
QByteArray messageBytes(const QList<Sockscope::Event> &frames);

// The third-party peers of tests/support/peers.
enum class ThirdParty { Node, Python };
QString peerName(ThirdParty peer);
QString peerInterpreter(ThirdParty peer);
QString peerServerScript(ThirdParty peer);
QString peerClientScript(ThirdParty peer);
// Why the peer cannot run (interpreter or module missing), empty when it can.
QString peerUnavailableReason(ThirdParty peer);
// Starts the echo server script and waits (bounded) for its listening line.
bool startPeerServer(PeerProcess &process, ThirdParty peer, const QStringList &arguments = {});
// Everything the peer printed so far, without waiting.
QString collectedOutput(PeerProcess &process);
// Lines of a peer's log that match `pattern` (whole lines).
QStringList matchingLines(const QString &log, const QString &pattern);

} // namespace SockscopeTest

Q_DECLARE_METATYPE(SockscopeTest::ThirdParty)
