// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capturefiles.h"

#include <QCoreApplication>
#include <QString>

namespace Sockscope {

class CaptureReader;

// HAR 1.2 as Chrome DevTools writes and reads it (CAP-3). Each WebSocket connection is an
// entry with `_resourceType: "websocket"` and `_webSocketMessages` ({type send|receive|error,
// time in seconds since the epoch, opcode 1|2, data; binary as padded base64}). What Chrome's
// schema has no place for (control frames, close code, our exact timestamps, roles) travels in
// `_sockscope*` fields, so our own round trip loses no message while Chrome still reads the file.
class HarFormat
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::HarFormat)

public:
    static bool exportCapture(CaptureReader &reader, const QString &path, QString *error,
                              const ExportProgress &progress = {});
    // Gives `sink` the HAR's WebSocket entries as connections with their handshakes and
    // messages; entries without `_webSocketMessages` are ignored.
    static bool importFile(const QString &path, const ImportSink &sink, QString *error);
    static constexpr qint64 kMaxFileBytes = qint64(1) << 30;
};

} // namespace Sockscope
