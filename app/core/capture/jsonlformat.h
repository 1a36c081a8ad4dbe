// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/event.h"

#include "capturefiles.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace Sockscope {

class CaptureReader;

// JSON Lines (CAP-3): one object per frame or event, the same objects `--jsonl` prints live.
// Fields are documented in docs/jsonl-events.md; payloads are UTF-8 text when valid, else
// base64, with a `_encoding` flag.
class JsonlFormat
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::JsonlFormat)

public:
    static QJsonObject toJson(const Event &event);
    static std::optional<Event> fromJson(const QJsonObject &object, QString *error);

    static bool exportCapture(CaptureReader &reader, const QString &path, QString *error,
                              const ExportProgress &progress = {});
    // Gives `sink` the file's events; stops at the first bad line, naming it. A line
    // longer than kMaxLineBytes (room for a frame of the engine's largest size in base64) is
    // bad and is not read whole.
    static bool importFile(const QString &path, const ImportSink &sink, QString *error);
    static constexpr qsizetype kMaxLineBytes = qsizetype(400) << 20;
};

} // namespace Sockscope
