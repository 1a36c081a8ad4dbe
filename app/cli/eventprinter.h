// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recorddecoder.h"
#include "store/event.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace Sockscope {

// Prints the event stream to a FILE: one human-readable line per event, or with JSON Lines
// one object per event (JsonlFormat, documented in docs/jsonl-events.md). With decoding on
// (--decode), a frame shows its decoded summary instead of the raw preview, and its JSON
// object gets a "decoded" member.
class EventPrinter
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::EventPrinter)

public:
    enum class Format { Text, JsonLines };

    explicit EventPrinter(Format format, std::FILE *out = stdout) : m_format(format), m_out(out) { }

    // Decodes frames from now on, knowing what `decoder` knows (a capture's connections and
    // "Decode as…" choices) and what the printed events tell it.
    void decodeWith(const RecordDecoder &decoder = {}) { m_decoder = decoder; }
    void print(const Event &event);

    // `decoded`: the frame's decoding, whose summary replaces the raw preview when valid.
    static QString toText(const Event &event, const DecodedRecord *decoded = nullptr);
    // {"decoder": id, "summary": …, "text": …}, or {"decoder": id, "error": …}.
    static QJsonObject decodedJson(const DecodedRecord &decoded);

private:
    Format m_format;
    std::FILE *m_out;
    std::optional<RecordDecoder> m_decoder;
    qint64 m_printed = 0;
};

} // namespace Sockscope
