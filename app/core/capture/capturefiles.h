// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordeddecoderchoice.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Sockscope {

class CaptureReader;
struct Event;

// Pcap is either packet format for import (libpcap reads both); Pcapng is the one export writes.
enum class CaptureFormat { Wscap, Har, Jsonl, Pcap, Pcapng };

// Called with the number of events exported so far; returning false cancels the export.
using ExportProgress = std::function<bool(qint64 events)>;
// Takes each event an importer reads from a HAR, JSON Lines or packet capture, in order.
using ImportSink = std::function<void(const Event &)>;

// Wraps an event sink so that it reports progress every few thousand events and stops when
// the progress callback says so.
struct ProgressCounter
{
    static std::function<bool(const Event &)> wrap(const ExportProgress &progress,
                                                   std::function<bool(const Event &)> sink)
    {
        return [progress, sink = std::move(sink), count = qint64(0)](const Event &event) mutable {
            if (!sink(event))
                return false;
            return !progress || ++count % 4096 != 0 || progress(count);
        };
    }
};

// Capture files by extension: opening any supported format as a capture, converting between them.
class CaptureFiles
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::CaptureFiles)

public:
    // By the magic bytes of an existing pcap/pcapng file, else by extension; nullopt with
    // `error` naming the supported extensions.
    static std::optional<CaptureFormat> formatOf(const QString &path, QString *error);
    // Opens `path` in `reader`; HAR, JSON Lines and pcap/pcapng are imported into `scratchWscap`
    // first (true with `error` set for a packet capture damaged part way, as import() says).
    static bool open(const QString &path, const QString &scratchWscap, CaptureReader &reader, QString *error);
    // Writes `reader`'s capture to `path` in the format its extension names. `progress` is
    // told how many events were written now and then, and cancels by returning false (the
    // file is then not written). A .wscap also keeps the "Decode as…" choices: `choices`, or
    // by default the reader's (HAR and JSON Lines have no place for them).
    static bool save(CaptureReader &reader, const QString &path, QString *error, const ExportProgress &progress = {},
                     const std::optional<QList<RecordedDecoderChoice>> &choices = std::nullopt);
    // Imports a HAR, JSON Lines, pcap or pcapng file into a new .wscap at `wscapPath`. A packet
    // capture damaged part way is imported up to the damage: true, with `error` saying where.
    static bool import(const QString &path, CaptureFormat format, const QString &wscapPath, QString *error);
};

} // namespace Sockscope
