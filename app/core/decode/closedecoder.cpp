// SPDX-License-Identifier: GPL-3.0-or-later
#include "closedecoder.h"

#include "payloadpreview.h"
#include "protocol/closecode.h"
#include "textdecoder.h"

namespace Sockscope {
ClosePayload ClosePayload::parse(QByteArrayView payload)
{
    ClosePayload close;
    if (payload.size() < 2)
        return close;
    close.hasCode = true;
    close.code = std::uint16_t((quint8(payload[0]) << 8) | quint8(payload[1]));
    close.reason = payload.sliced(2).toByteArray();
    return close;
}

QString ClosePayload::summary() const
{
    if (!hasCode)
        return CloseDecoder::tr("no status code");
    return QStringLiteral("%1 %2 %3").arg(code).arg(closeCodeDisplayName(code), textPreview(reason, PreviewStyle::Log));
}

QString CloseDecoder::name() const
{
    return tr("Close code and reason");
}

int CloseDecoder::confidence(QByteArrayView payload, const DecodeContext &context) const
{
    return context.opcode == 0x8 && payload.size() != 1 ? 100 : 0;
}

DecodedPayload CloseDecoder::decode(QByteArrayView payload, const DecodeContext &) const
{
    if (payload.size() == 1)
        return DecodedPayload::failure(tr("a close payload of 1 byte cannot hold a 2-byte code"));
    const ClosePayload close = ClosePayload::parse(payload);
    DecodedPayload result;
    result.summary = close.summary();
    if (!close.hasCode) {
        result.text = tr("No status code (the receiver reports 1005)");
        return result;
    }
    result.text = tr("Code: %1 (%2)").arg(close.code).arg(closeCodeDisplayName(close.code));
    if (!isValidWireCloseCode(close.code))
        result.text += QLatin1Char('\n') + tr("This code must not be sent in a close frame (RFC 6455 §7.4).");
    result.text += QLatin1Char('\n') + tr("Reason: %1").arg(QString::fromUtf8(close.reason.left(kMaxOutput)));
    for (const ByteRange &range : TextDecoder::invalidRanges(close.reason))
        result.marked.append({range.offset + 2, range.length});
    if (!result.marked.isEmpty())
        result.text += QLatin1Char('\n') + tr("The reason is not valid UTF-8 (a receiver closes with 1007).");
    return result;
}

} // namespace Sockscope
