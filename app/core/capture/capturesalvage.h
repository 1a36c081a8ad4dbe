// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectioninfo.h"
#include "store/event.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <utility>
#include <vector>

namespace Sockscope {

// Recovers rows from a capture whose b-tree is no longer walkable (typically a truncated copy:
// SQLite moves interior pages to the end of the file as tables grow, so a cut file loses the
// path to rows that are still on disk). It reads every table-leaf page of the SQLite file
// directly, decodes the records, and tells the tables apart by their column counts.
class CaptureSalvage
{
public:
    // The SQLite file header (https://sqlite.org/fileformat.html): what isTruncated() needs.
    static constexpr qint64 kFileHeaderSize = 100;

    // Rows found, by id. Pages that do not parse are counted, not fatal. The rows own their
    // bytes: nothing points into the scanned file.
    struct Result
    {
        std::map<qint64, Event> events; // frames and other events, keyed by capture sequence id (also their `sequence`)
        std::map<qint64, ConnectionInfo> connections;
        qint64 unreadablePages = 0;
        qint64 pagesTotal = 0;
        // Frames whose payload is another frame's (version 3): frame id, source frame id.
        std::vector<std::pair<qint64, qint64>> payloadSources;
        qint64 lostPayloadSources = 0; // of those, how many named a frame on an unreadable page
    };

    static Result scan(const QByteArray &file);
    // True when the file is shorter than its header says, i.e. it was cut.
    static bool isTruncated(const QByteArray &header, qint64 fileSize);
};

} // namespace Sockscope
