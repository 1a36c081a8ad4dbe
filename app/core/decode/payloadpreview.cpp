// SPDX-License-Identifier: GPL-3.0-or-later
#include "payloadpreview.h"

#include "closedecoder.h"
#include "protocol/frameencoder.h"
#include "protocol/utf8validator.h"

namespace Sockscope {
namespace {

QString cutMarker(PreviewStyle style)
{
    return style == PreviewStyle::Log ? QStringLiteral(" …") : QStringLiteral("…");
}

// Where to cut at most `maxBytes` without splitting a code point: back past continuation bytes.
qsizetype codePointBoundary(QByteArrayView payload, qsizetype maxBytes)
{
    if (payload.size() <= maxBytes)
        return payload.size();
    qsizetype cut = maxBytes;
    for (int step = 0; step < 3 && cut > 0 && (quint8(payload[cut]) & 0xC0) == 0x80; ++step)
        --cut;
    return cut;
}

bool previewsAsText(QByteArrayView payload, qsizetype maxBytes)
{
    Utf8Validator validator;
    const bool cut = payload.size() > maxBytes;
    return validator.feed(bytesOf(payload.first(std::min(payload.size(), maxBytes))))
            && (validator.isComplete() || cut);
}

} // namespace

qsizetype previewBytes(PreviewStyle style)
{
    return style == PreviewStyle::Log ? 160 : 120;
}

QString textPreview(QByteArrayView payload, PreviewStyle style, qsizetype maxBytes)
{
    if (maxBytes < 0)
        maxBytes = previewBytes(style);
    QString text = QString::fromUtf8(payload.first(codePointBoundary(payload, maxBytes)));
    if (style == PreviewStyle::Log)
        text = text.simplified();
    else
        text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return payload.size() > maxBytes ? text + cutMarker(style) : text;
}

QString hexPreview(QByteArrayView payload, PreviewStyle style, qsizetype maxBytes)
{
    if (maxBytes < 0)
        maxBytes = previewBytes(style);
    if (style == PreviewStyle::Terminal)
        maxBytes /= 2;
    const QByteArray head = payload.first(std::min(payload.size(), maxBytes)).toByteArray();
    const QString hex = style == PreviewStyle::Log ? QString::fromLatin1(head.toHex(' '))
                                                   : QStringLiteral("0x") + QString::fromLatin1(head.toHex());
    return payload.size() > maxBytes ? hex + cutMarker(style) : hex;
}

QString payloadPreview(QByteArrayView payload, const DecodeContext &context, PreviewStyle style, qsizetype maxBytes)
{
    if (maxBytes < 0)
        maxBytes = previewBytes(style);
    if (context.opcode == 0x8 && payload.size() >= 2)
        return ClosePayload::parse(payload).summary();
    if (context.opcode != 0x2 && previewsAsText(payload, maxBytes))
        return textPreview(payload, style, maxBytes);
    return hexPreview(payload, style, maxBytes);
}

bool isUtf8Text(QByteArrayView payload)
{
    return Utf8Validator::isValid(bytesOf(payload));
}

} // namespace Sockscope
