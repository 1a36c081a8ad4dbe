// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include "payloadpreview.h"
#include "protocol/frameencoder.h"
#include "protocol/utf8validator.h"

namespace Sockscope {
namespace {

// Bytes from `start` that form one code point, or the invalid bytes there (at least one).
qsizetype codePointLength(QByteArrayView payload, qsizetype start, bool *valid)
{
    Utf8Validator validator;
    for (qsizetype i = start; i < payload.size(); ++i) {
        if (!validator.feed(bytesOf(payload.sliced(i, 1)))) {
            *valid = false;
            return std::max<qsizetype>(i - start, 1);
        }
        if (validator.isComplete()) {
            *valid = true;
            return i - start + 1;
        }
    }
    *valid = false; // cut off by the end
    return payload.size() - start;
}

} // namespace

QString TextDecoder::name() const
{
    return tr("Text (UTF-8)");
}

QList<ByteRange> TextDecoder::invalidRanges(QByteArrayView payload)
{
    QList<ByteRange> ranges;
    if (Utf8Validator::isValid(bytesOf(payload)))
        return ranges;
    for (qsizetype i = 0; i < payload.size();) {
        if (quint8(payload[i]) < 0x80) {
            ++i;
            continue;
        }
        bool valid = false;
        const qsizetype length = codePointLength(payload, i, &valid);
        if (!valid) {
            if (!ranges.isEmpty() && ranges.last().offset + ranges.last().length == i)
                ranges.last().length += length;
            else
                ranges.append({i, length});
        }
        i += length;
    }
    return ranges;
}

int TextDecoder::confidence(QByteArrayView payload, const DecodeContext &context) const
{
    if (context.opcode == 0x8)
        return 0;
    if (!Utf8Validator::isValid(bytesOf(payload)))
        return context.opcode == 0x1 ? 20 : 0;
    return context.opcode == 0x2 ? 30 : 50;
}

DecodedPayload TextDecoder::decode(QByteArrayView payload, const DecodeContext &) const
{
    DecodedPayload result;
    const QByteArrayView shown = payload.first(std::min(payload.size(), kMaxOutput));
    result.text = QString::fromUtf8(shown);
    result.marked = invalidRanges(shown);
    result.summary = textPreview(payload, PreviewStyle::Log);
    return result;
}

} // namespace Sockscope
