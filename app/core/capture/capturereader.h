// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"
#include "recordeddecoderchoice.h"
#include "store/event.h"
#include "store/logrecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Sockscope {

class CaptureSource;

// Reads a .wscap (CAP-2): connections, a compact log index, payloads on demand, or the whole
// event stream in capture order. A damaged file (truncated, overwritten pages) gives one clear
// error in damageReport() and every intact row is still delivered. open() picks the source:
// the SQLite file itself, or the rows salvaged page by page when the file was cut short.
class CaptureReader
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::CaptureReader)

public:
    // readLogIndex() asks `keepGoing` once per this many records.
    static constexpr qint64 kProgressInterval = 65536;

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
    // The stored frame payload (as on the wire, unmasked) and inflated bytes, read on demand.
    QByteArray payload(qint64 frameId, bool inflated = false);
    // Appends one record per frame and event, in capture order, without payloads or texts;
    // `keepGoing(records so far)` may cancel (returns false).
    bool readLogIndex(std::vector<LogRecord> &out, const std::function<bool(qint64 done)> &keepGoing = {});
    // One frame or event with everything it holds; nullopt if there is none with that sequence.
    std::optional<Event> event(qint64 sequence);
    // Sequences of the frames and events whose payload (inflated when compressed), text or raw
    // bytes contain `text`, compared case-insensitively for ASCII; ascending. Runs inside
    // SQLite, without building events, so a million rows take a fraction of a second.
    std::vector<qint64> sequencesContaining(const QString &text);
    // The user's "Decode as…" per connection and sender (none in files before version 2).
    QList<RecordedDecoderChoice> decoderChoices();
    // Streams every frame and event in capture order; the sink returns false to stop.
    bool readEvents(const std::function<bool(const Event &)> &sink);
    // Every event readEvents() gives passes through `transform` first (an export's redaction);
    // the file is not changed. An empty function turns it off.
    void setEventTransform(std::function<void(Event &)> transform) { m_transform = std::move(transform); }

private:
    QString m_path;
    QString m_error;
    int m_version = 0;
    std::unique_ptr<CaptureSource> m_source;
    std::function<void(Event &)> m_transform;
};

} // namespace Sockscope
