// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/event.h"
#include "store/logrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace Sockscope {

// One row of the frame index: what the log needs to show a frame, without its payload.
struct FrameRecord
{
    qint64 id = 0; // capture sequence number, shared with non-frame events
    qint64 timestampNs = 0;
    quint32 connectionId = 0;
    quint32 payloadLength = 0;
    std::uint8_t opcode = 0;
    std::uint8_t flags = 0; // FrameFlag bits
    Direction direction = Direction::Incoming;
};
static_assert(sizeof(FrameRecord) <= 32);

struct ConnectionInfo
{
    quint64 id = 0;
    quint64 serverId = 0;
    QString role; // client, server (a server's peer) or listener
    QString url;
    QString peerAddress;
    QString subprotocol;
    QString extensions;
    qint64 openedNs = 0;
    qint64 closedNs = 0;
    int closeCode = 0;
    QString closeReason;
    ConnectionTimings timings;
};

// Reads a .wscap (CAP-2): connections, a compact frame index, payloads on demand, or the whole
// event stream in capture order. A damaged file (truncated, overwritten pages) gives one clear
// error in damageReport() and every intact row is still delivered.
class CaptureReader
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::CaptureReader)

public:
    CaptureReader();
    ~CaptureReader();
    CaptureReader(const CaptureReader &) = delete;
    CaptureReader &operator=(const CaptureReader &) = delete;

    // False with errorString() when the file is missing, not SQLite, or not a capture.
    bool open(const QString &path);
    void close();
    QString errorString() const { return m_error; }
    // Non-empty when some rows could not be read; the rest was recovered.
    QString damageReport() const;
    int schemaVersion() const { return m_version; }

    QList<ConnectionInfo> connections();
    // Appends every frame's record in capture order; `keepGoing` may cancel (returns false).
    bool readFrameIndex(std::vector<FrameRecord> &out, const std::function<bool(qint64 done)> &keepGoing = {});
    // The stored frame payload (as on the wire, unmasked) and inflated bytes, read on demand.
    QByteArray payload(qint64 frameId, bool inflated = false);
    // Appends one record per frame and event, in capture order, without payloads or texts.
    bool readLogIndex(std::vector<LogRecord> &out, const std::function<bool(qint64 done)> &keepGoing = {});
    // One frame or event with everything it holds; kind Failed with empty text if absent.
    std::optional<Event> event(qint64 sequence);
    // Sequences of the frames and events whose payload (inflated when compressed), text or raw
    // bytes contain `text`, compared case-insensitively for ASCII; ascending. Runs inside
    // SQLite, without building events, so a million rows take a fraction of a second.
    std::vector<qint64> sequencesContaining(const QString &text);
    // Streams every frame and event in capture order; the sink returns false to stop.
    bool readEvents(const std::function<bool(const Event &)> &sink);

private:
    bool salvageIfTruncated();
    void noteDamage(const QString &table, qint64 id, const QString &error);

    sqlite3 *m_db = nullptr;
    QString m_path;
    QString m_error;
    int m_version = 0;
    qint64 m_damagedRows = 0;
    QString m_firstDamage;
    // Set when the file was cut short: rows then come from a direct page scan.
    std::unique_ptr<struct SalvagedCapture> m_salvaged;
};

} // namespace Sockscope
