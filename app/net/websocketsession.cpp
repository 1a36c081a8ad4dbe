// SPDX-License-Identifier: GPL-3.0-or-later
#include "websocketsession.h"

#include <QHostAddress>
#include <QVariant>
#include <QtEndian>

#include <cstring>

namespace Sockscope {
namespace {

constexpr qint64 kReadChunk = 256 * 1024;
// Below this, a pending payload goes through decode() with the bytes around it.
constexpr std::uint64_t kDirectReadMinimum = 4096;
constexpr qsizetype kZeroCopyWriteMinimum = 512 * 1024;

} // namespace

WebSocketSession::WebSocketSession(QAbstractSocket *socket, Role role, const HandshakeOutcome &outcome,
                                   quint64 connectionId, quint64 serverId, const SessionOptions &options,
                                   QObject *parent)
    : QObject(parent),
      m_socket(socket),
      m_role(role),
      m_outcome(outcome),
      m_connectionId(connectionId),
      m_serverId(serverId),
      m_options(options),
      m_reader(role, outcome.deflate, options.limits),
      m_maskRandom(QRandomGenerator::system()->generate())
{
    socket->setParent(this);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, QVariant(1));
    m_decoder.setMaxPayloadLength(options.limits.maxFramePayload);
    if (outcome.deflate) {
        const bool weAreServer = role == Role::Server;
        m_deflater = std::make_unique<MessageDeflater>(
                weAreServer ? outcome.deflate->serverMaxWindowBits : outcome.deflate->clientMaxWindowBits,
                weAreServer ? outcome.deflate->serverNoContextTakeover : outcome.deflate->clientNoContextTakeover);
    }
    m_closeTimer.setSingleShot(true);
    connect(&m_closeTimer, &QTimer::timeout, this,
            [this] { finish(m_closeCode, m_closeReason, tr("close handshake timed out")); });
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        QByteArray stamp(8, Qt::Uninitialized);
        qToBigEndian<qint64>(m_pingClock.nsecsElapsed(), stamp.data());
        sendPing(stamp);
        if (!m_pongTimer.isActive())
            m_pongTimer.start(m_options.pongTimeoutMs > 0 ? m_options.pongTimeoutMs : m_options.pingIntervalMs);
    });
    // The peer's TCP stack may still acknowledge while the peer itself is gone or hung.
    m_pongTimer.setSingleShot(true);
    connect(&m_pongTimer, &QTimer::timeout, this, [this] {
        finish(quint16(CloseCode::AbnormalClosure), {},
               tr("no answer to a ping within %1 ms: the connection is half-open").arg(m_pongTimer.interval()));
    });
}

WebSocketSession::~WebSocketSession() = default;

void WebSocketSession::start(const QByteArray &leftover)
{
    m_pingClock.start();
    connect(m_socket, &QAbstractSocket::readyRead, this, &WebSocketSession::onReadyRead);
    connect(m_socket, &QAbstractSocket::disconnected, this, &WebSocketSession::onDisconnected);
    connect(m_socket, &QAbstractSocket::bytesWritten, this, &WebSocketSession::bytesWritten);
    if (m_options.pingIntervalMs > 0)
        m_pingTimer.start(m_options.pingIntervalMs);
    if (!leftover.isEmpty()) {
        m_readBuffer.assign(leftover.begin(), leftover.end());
        consume(std::span<std::uint8_t>(m_readBuffer));
    }
    if (m_socket && m_socket->bytesAvailable())
        onReadyRead();
}

QString WebSocketSession::peerAddress() const
{
    if (!m_socket)
        return {};
    return m_socket->peerAddress().toString() + QLatin1Char(':') + QString::number(m_socket->peerPort());
}

void WebSocketSession::onReadyRead()
{
    // Large reads into one reused buffer; frames that arrive whole are decoded in place, and
    // the rest of a large payload is read straight into the decoder's reassembly buffer.
    while (m_socket && m_state != State::Closed && !m_failed && !m_readingPaused) {
        const qint64 available = m_socket->bytesAvailable();
        if (available <= 0)
            break;
        if (m_decoder.pendingPayloadRemaining() >= kDirectReadMinimum) {
            const std::span<std::uint8_t> space = m_decoder.pendingPayloadSpace(std::size_t(available));
            const qint64 got = m_socket->read(reinterpret_cast<char *>(space.data()), qint64(space.size()));
            if (got <= 0)
                break;
            if (m_decoder.commitPendingPayload(std::size_t(got)) == FrameDecoder::Result::FrameReady)
                handleFrame(m_decoder.header(), m_decoder.takePayload());
            else
                inspectPendingFrame();
            continue;
        }
        const auto want = std::size_t(qMin(available, kReadChunk));
        if (m_readBuffer.size() < want)
            m_readBuffer.resize(want);
        const qint64 got = m_socket->read(reinterpret_cast<char *>(m_readBuffer.data()), qint64(want));
        if (got <= 0)
            break;
        consume(std::span<std::uint8_t>(m_readBuffer.data(), std::size_t(got)));
    }
}

void WebSocketSession::setReadingPaused(bool paused)
{
    if (paused == m_readingPaused || !m_socket)
        return;
    m_readingPaused = paused;
    m_socket->setReadBufferSize(paused ? kReadChunk : 0);
    if (!paused)
        QMetaObject::invokeMethod(this, &WebSocketSession::onReadyRead, Qt::QueuedConnection);
}

qint64 WebSocketSession::bytesToWrite() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

void WebSocketSession::consume(std::span<std::uint8_t> input)
{
    while (!input.empty() && m_state != State::Closed && !m_failed) {
        const auto result = m_decoder.decode(input);
        if (result == FrameDecoder::Result::FrameReady) {
            handleFrame(m_decoder.header(), m_decoder.takePayload());
        } else if (result == FrameDecoder::Result::Failed) {
            const auto code = m_decoder.error() == FrameDecoder::Error::PayloadTooLarge
                    ? quint16(CloseCode::MessageTooBig)
                    : quint16(CloseCode::ProtocolError);
            failConnection(code, QString::fromLatin1(m_decoder.errorString()));
        }
    }
    inspectPendingFrame();
}

// A frame that is still arriving is checked as far as it goes, so invalid text fails the
// connection at the read that brought the offending byte.
void WebSocketSession::inspectPendingFrame()
{
    if (!m_decoder.hasPendingHeader() || m_closeReceived || m_failed || m_state == State::Closed)
        return;
    if (auto violation = m_reader.inspectPartial(m_decoder.header(), m_decoder.pendingPayload()))
        failConnection(violation->closeCode, violation->error);
}

void WebSocketSession::handleFrame(const FrameHeader &header, const QByteArray &data)
{
    if (m_closeReceived || m_failed)
        return; // nothing is processed after a Close frame (§5.5.1) or a failure (§7.1.7)
    FrameMeaning meaning = m_reader.process(header, data);
    if (!m_options.frameEvents) {
        handleMeaning(meaning);
        return;
    }

    Event event = makeEvent(Event::Kind::Frame);
    event.direction = Direction::Incoming;
    event.frame = header;
    event.payload = data;
    event.inflated = meaning.inflated;
    event.compressed = meaning.compressed;
    Q_EMIT eventOccurred(event);
    handleMeaning(meaning);
}

void WebSocketSession::handleMeaning(const FrameMeaning &meaning)
{
    switch (meaning.kind) {
    case FrameMeaning::Kind::Fragment:
        return;
    case FrameMeaning::Kind::Message:
        Q_EMIT messageReceived(Opcode(meaning.messageOpcode), meaning.data);
        return;
    case FrameMeaning::Kind::Ping:
        if (m_options.autoPong && m_state == State::Open) {
            writeFrame(frameSpec(Opcode::Pong), meaning.data);
        }
        return;
    case FrameMeaning::Kind::Pong:
        m_pongTimer.stop();
        if (meaning.data.size() == 8) {
            const qint64 sentNs = qFromBigEndian<qint64>(meaning.data.constData());
            const qint64 rttNs = m_pingClock.nsecsElapsed() - sentNs;
            if (sentNs > 0 && rttNs >= 0)
                Q_EMIT pongReceived(rttNs / 1000);
        }
        return;
    case FrameMeaning::Kind::Close:
        m_closeReceived = true;
        m_closeCode = meaning.closeCode;
        m_closeReason = QString::fromUtf8(meaning.data);
        if (!m_closeSent) {
            // Echo the peer's code (RFC 6455 §5.5.1); 1005 means there was none to echo.
            sendClose(meaning.closeCode == quint16(CloseCode::NoStatusReceived) ? 0 : meaning.closeCode, meaning.data);
        }
        m_state = State::Closing;
        m_pingTimer.stop();
        m_pongTimer.stop();
        // The server closes TCP first (§7.1.1); a client waits for it, but not forever.
        if (m_role == Role::Server)
            m_socket->disconnectFromHost();
        else
            m_closeTimer.start(m_options.closeTimeoutMs);
        return;
    case FrameMeaning::Kind::Violation:
        failConnection(meaning.closeCode, meaning.error);
        return;
    }
}

void WebSocketSession::failConnection(quint16 code, const QString &error)
{
    m_failed = true;
    Event event = makeEvent(Event::Kind::ProtocolError);
    event.closeCode = code;
    event.text = error;
    Q_EMIT eventOccurred(event);
    if (!m_closeSent && m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        sendClose(code, QByteArray());
    m_closeCode = code;
    m_closeReason = error;
    m_state = State::Closing;
    if (m_socket) {
        m_socket->disconnectFromHost();
        // A peer that never reads would keep the socket open: bound the wait.
        m_closeTimer.start(m_options.closeTimeoutMs);
    }
}

FrameSpec WebSocketSession::frameSpec(Opcode opcode)
{
    FrameSpec spec;
    spec.opcode = std::uint8_t(opcode);
    // RFC 6455 §5.3: a client masks every frame with a fresh, unpredictable key.
    if (m_role == Role::Client) {
        spec.masked = true;
        const quint32 key = m_maskRandom.generate();
        std::memcpy(spec.maskKey.data(), &key, 4);
    }
    return spec;
}

void WebSocketSession::sendMessage(Opcode opcode, const QByteArray &data, qsizetype fragmentSize)
{
    if (m_state != State::Open)
        return;
    QByteArray wire = data;
    const bool compress = m_deflater != nullptr;
    if (compress)
        wire = m_deflater->compress(bytesOf(data));
    const qsizetype step = fragmentSize > 0 ? fragmentSize : qMax<qsizetype>(wire.size(), 1);
    qsizetype offset = 0;
    do {
        const qsizetype size = qMin(step, wire.size() - offset);
        FrameSpec spec = frameSpec(offset == 0 ? opcode : Opcode::Continuation);
        spec.fin = offset + size >= wire.size();
        spec.rsv1 = compress && offset == 0;
        const QByteArray chunk = (offset == 0 && size == wire.size()) ? wire : wire.mid(offset, size);
        // The log shows a compressed message's plain text on its last frame.
        writeFrame(spec, chunk, compress && spec.fin ? data : QByteArray(), compress);
        offset += size;
    } while (offset < wire.size());
}

void WebSocketSession::sendPing(const QByteArray &payload)
{
    if (m_state != State::Open)
        return;
    writeFrame(frameSpec(Opcode::Ping), payload.left(int(kMaxControlPayload)));
}

void WebSocketSession::sendPong(const QByteArray &payload)
{
    if (m_state != State::Open)
        return;
    writeFrame(frameSpec(Opcode::Pong), payload.left(int(kMaxControlPayload)));
}

void WebSocketSession::close(quint16 code, const QString &reason)
{
    if (m_state != State::Open)
        return;
    // A reason longer than a control frame allows is cut at a character boundary, never
    // inside one (a broken UTF-8 reason makes the peer close with 1007 instead).
    QByteArray reasonBytes = reason.toUtf8();
    qsizetype cut = qMin<qsizetype>(reasonBytes.size(), qsizetype(kMaxControlPayload) - 2);
    while (cut > 0 && cut < reasonBytes.size() && (quint8(reasonBytes.at(cut)) & 0xC0) == 0x80)
        --cut;
    reasonBytes.truncate(cut);
    m_closeCode = code;
    m_closeReason = reason;
    sendClose(code, reasonBytes);
    m_state = State::Closing;
    m_pingTimer.stop();
    m_pongTimer.stop();
    m_closeTimer.start(m_options.closeTimeoutMs);
}

void WebSocketSession::sendClose(quint16 code, const QByteArray &reason)
{
    QByteArray payload;
    if (code != 0) {
        payload.resize(2);
        qToBigEndian<quint16>(code, payload.data());
        payload += reason;
    }
    m_closeSent = true;
    writeFrame(frameSpec(Opcode::Close), payload);
}

void WebSocketSession::sendRawFrame(const FrameSpec &spec, const QByteArray &payload)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    writeFrame(spec, payload);
}

void WebSocketSession::writeFrame(const FrameSpec &spec, const QByteArray &payload, const QByteArray &inflated,
                                  bool compressed)
{
    if (!m_socket)
        return;
    if (spec.masked || payload.size() < kZeroCopyWriteMinimum) {
        // One contiguous frame per write: Qt sends each buffered chunk with its own syscall,
        // so a separate header would go out as a tiny packet of its own. The buffer keeps its
        // capacity from frame to frame.
        m_writeBuffer.resize(0);
        appendFrame(m_writeBuffer, spec, bytesOf(payload));
        m_socket->write(m_writeBuffer.constData(), m_writeBuffer.size());
    } else {
        // Large unmasked payloads are queued by reference: copying them costs more than the
        // extra segment for the header.
        std::uint8_t header[kMaxHeaderSize];
        const std::size_t headerSize = encodeHeader(spec, std::uint64_t(payload.size()), header);
        m_socket->write(reinterpret_cast<const char *>(header), qint64(headerSize));
        m_socket->write(payload);
    }
    if (!m_options.frameEvents)
        return;

    Event event = makeEvent(Event::Kind::Frame);
    event.direction = Direction::Outgoing;
    event.frame = describeFrame(spec, std::uint64_t(payload.size()));
    event.payload = payload;
    event.inflated = inflated;
    event.compressed = compressed;
    Q_EMIT eventOccurred(event);
}

void WebSocketSession::abort()
{
    if (m_socket)
        m_socket->abort();
    finish(quint16(CloseCode::AbnormalClosure), QString(), tr("aborted locally"));
}

void WebSocketSession::onDisconnected()
{
    recordIncompleteFrame();
    const bool clean = m_closeSent && m_closeReceived;
    finish(m_closeReceived || m_closeSent ? m_closeCode : quint16(CloseCode::AbnormalClosure), m_closeReason,
           clean ? tr("clean close") : tr("connection dropped without a close handshake"));
}

// The peer went away in the middle of a frame: what arrived of it is recorded, said to be
// incomplete, with its header and the payload bytes so far (unmasked, as frame payloads are).
void WebSocketSession::recordIncompleteFrame()
{
    if (!m_decoder.hasPendingHeader())
        return;
    const FrameHeader &header = m_decoder.header();
    const auto payload = m_decoder.pendingPayload();
    Event event = makeEvent(Event::Kind::Failed);
    event.text = tr("connection lost mid-frame: %1 of %2 payload bytes of a frame with opcode %3 arrived")
                         .arg(m_decoder.pendingPayloadBytes())
                         .arg(header.payloadLength)
                         .arg(header.opcode);
    event.raw = QByteArray(reinterpret_cast<const char *>(header.headerBytes.data()), header.headerSize)
            + QByteArray(reinterpret_cast<const char *>(payload.data()), qsizetype(payload.size()));
    Q_EMIT eventOccurred(event);
}

void WebSocketSession::finish(quint16 code, const QString &reason, const QString &detail)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_pingTimer.stop();
    m_pongTimer.stop();
    m_closeTimer.stop();
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    Event event = makeEvent(Event::Kind::Closed);
    event.closeCode = code;
    event.text = reason;
    event.detail = detail;
    Q_EMIT eventOccurred(event);
    Q_EMIT closed();
}

Event WebSocketSession::makeEvent(Event::Kind kind) const
{
    Event event;
    event.kind = kind;
    event.connectionId = m_connectionId;
    event.serverId = m_serverId;
    event.timestampNs = nowNs();
    return event;
}

} // namespace Sockscope
