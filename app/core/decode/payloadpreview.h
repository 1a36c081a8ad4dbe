// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payloaddecoder.h"

namespace Sockscope {

// How a one-line preview is written: for the frame log (white space folded, hex bytes spaced,
// " …" when cut) or for a terminal (line breaks as \n, hex as one 0x… run, "…" when cut).
enum class PreviewStyle : std::uint8_t { Log, Terminal };

// Bytes a preview shows at most: 160 in the log, 120 on a terminal.
qsizetype previewBytes(PreviewStyle style);

QString textPreview(QByteArrayView payload, PreviewStyle style, qsizetype maxBytes = -1);
// Terminal style shows half as many bytes as hex as it would as text, for the same width.
QString hexPreview(QByteArrayView payload, PreviewStyle style, qsizetype maxBytes = -1);

// The one "text or hex" choice for showing a payload: a close payload as its code, name and
// reason; text when the message is not binary and the previewed bytes are UTF-8 (a code point
// cut by the preview's end allowed); hex otherwise.
QString payloadPreview(QByteArrayView payload, const DecodeContext &context, PreviewStyle style,
                       qsizetype maxBytes = -1);

// True when the payload is entirely valid UTF-8: captures' exports write it as text, other
// payloads as base64.
bool isUtf8Text(QByteArrayView payload);

} // namespace Sockscope
