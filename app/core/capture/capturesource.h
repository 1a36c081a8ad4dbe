// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturedamage.h"
#include "connectioninfo.h"
#include "recordeddecoderchoice.h"
#include "store/event.h"
#include "store/logrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace Sockscope {

// Where CaptureReader gets its rows: the SQLite file itself (SqliteCaptureSource) or the rows
// salvaged page by page from a file that was cut short (SalvagedCaptureSource). Both deliver
// the same rows the same way; tests/capture/tst_capturesource.cpp runs one test on both.
class CaptureSource
{
public:
    using EventSink = std::function<bool(const Event &)>;
    using RecordSink = std::function<bool(const LogRecord &)>;

    virtual ~CaptureSource() = default;

    virtual QList<ConnectionInfo> connections() = 0;
    // A frame's stored payload (as on the wire, unmasked) or its inflated bytes.
    virtual QByteArray payload(qint64 frameId, bool inflated) = 0;
    // One record per frame and event in capture order, without payloads or texts; stops
    // (returning false) when the sink returns false.
    virtual bool readLogIndex(const RecordSink &sink) = 0;
    // One frame or event with everything it holds, its sequence set.
    virtual std::optional<Event> event(qint64 sequence) = 0;
    // Ascending sequences of the rows whose payload (inflated when compressed), text, detail
    // or raw bytes contain `text`, ASCII compared case-insensitively.
    virtual std::vector<qint64> sequencesContaining(const QString &text) = 0;
    // Every frame and event in capture order, sequence set; the sink returns false to stop.
    // Opened events carry no timings: those live in connections().
    virtual bool readEvents(const EventSink &sink) = 0;
    // The user's "Decode as…" choices; none when the file predates them (version 1) or when
    // the rows were salvaged page by page (a lost choice only brings the automatic one back).
    virtual QList<RecordedDecoderChoice> decoderChoices() { return {}; }
    // What could not be read so far.
    virtual CaptureDamage damage() const = 0;
};

} // namespace Sockscope
