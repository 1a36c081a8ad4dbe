// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/framedecoder.h"
#include "protocol/frameencoder.h"
#include "protocol/handshake.h"
#include "protocol/messagereader.h"
#include "protocol/opcodemetatype.h"
#include "store/event.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace Sockscope {

struct SessionOptions
{
    MessageLimits limits;
    bool autoPong = true;
    int pingIntervalMs = 0; // 0: no automatic ping
    // An automatic ping unanswered this long means a half-open connection: it is closed
    // (1006). 0: the ping interval.
    int pongTimeoutMs = 0;
    int closeTimeoutMs = 5000; // how long to wait for the peer's close reply
    bool frameEvents = true;   // false: only lifecycle events, for a quiet, unrecorded session
};

// One open WebSocket connection after a successful upgrade, client or server side. It owns
// the socket, decodes and checks every incoming frame, writes outgoing frames (Qt's socket
// buffer coalesces frames queued in one event-loop turn into few syscalls) and reports
// everything on the event stream.
class WebSocketSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Open, Closing, Closed };
    Q_ENUM(State)

    WebSocketSession(QAbstractSocket *socket, Role role, const HandshakeOutcome &outcome, quint64 connectionId,
                     quint64 serverId, const SessionOptions &options, QObject *parent = nullptr);
    ~WebSocketSession() override;

    // Feeds bytes that arrived together with the handshake, then starts reading the socket.
    void start(const QByteArray &leftover);

    quint64 connectionId() const { return m_connectionId; }
    Role role() const { return m_role; }
    State state() const { return m_state; }
    const HandshakeOutcome &outcome() const { return m_outcome; }
    QString peerAddress() const;

    // Sends a data message, split into frames of `fragmentSize` bytes when non-zero.
    void sendMessage(Opcode opcode, const QByteArray &data, qsizetype fragmentSize = 0);
    void sendText(const QString &text) { sendMessage(Opcode::Text, text.toUtf8()); }
    void sendPing(const QByteArray &payload = {});
    void sendPong(const QByteArray &payload);
    // Off: pings are left to whoever listens to the event stream (a proxy relays them).
    void setAutoPong(bool on) { m_options.autoPong = on; }
    bool emitsFrameEvents() const { return m_options.frameEvents; }
    // Starts the close handshake.
    void close(quint16 code = quint16(CloseCode::Normal), const QString &reason = {});
    // Sends exactly this frame, however invalid, with the mask bit and key as given.
    void sendRawFrame(const FrameSpec &spec, const QByteArray &payload);
    void abort();

    // Back-pressure: while paused nothing more is read, and the socket buffers at most one
    // read chunk, so a peer that sends faster than the other side of a proxy takes is held
    // back by TCP instead of by memory.
    void setReadingPaused(bool paused);
    bool isReadingPaused() const { return m_readingPaused; }
    // Bytes queued for the peer and not yet handed to the operating system.
    qint64 bytesToWrite() const;

Q_SIGNALS:
    void eventOccurred(const Sockscope::Event &event);
    void messageReceived(Sockscope::Opcode opcode, const QByteArray &data);
    void pongReceived(qint64 roundTripUs);
    void closed();
    // Some queued bytes went out (see bytesToWrite()).
    void bytesWritten();

private:
    void onReadyRead();
    // Decodes and handles every frame in `input`, stopping at a failure.
    void consume(std::span<std::uint8_t> input);
    void inspectPendingFrame();
    void onDisconnected();
    void recordIncompleteFrame();
    void handleFrame(const FrameHeader &header, const QByteArray &payload);
    void handleMeaning(const FrameMeaning &meaning);
    void failConnection(quint16 code, const QString &error);
    FrameSpec frameSpec(Opcode opcode);
    void writeFrame(const FrameSpec &spec, const QByteArray &payload, const QByteArray &inflated = {},
                    bool compressed = false);
    void sendClose(quint16 code, const QByteArray &reason);
    void finish(quint16 code, const QString &reason, const QString &detail);
    Event makeEvent(Event::Kind kind) const;

    QPointer<QAbstractSocket> m_socket;
    Role m_role;
    HandshakeOutcome m_outcome;
    quint64 m_connectionId;
    quint64 m_serverId;
    SessionOptions m_options;
    State m_state = State::Open;
    FrameDecoder m_decoder;
    MessageReader m_reader;
    std::unique_ptr<MessageDeflater> m_deflater;
    QRandomGenerator m_maskRandom;
    std::vector<std::uint8_t> m_readBuffer;
    QByteArray m_writeBuffer;
    QTimer m_pingTimer;
    QTimer m_pongTimer; // runs while an automatic ping waits for its pong
    QTimer m_closeTimer;
    QElapsedTimer m_pingClock;
    bool m_closeSent = false;
    bool m_closeReceived = false;
    bool m_readingPaused = false;
    bool m_failed = false; // the connection was failed: nothing more is read (§7.1.7)
    quint16 m_closeCode = quint16(CloseCode::AbnormalClosure);
    QString m_closeReason;
};

} // namespace Sockscope
