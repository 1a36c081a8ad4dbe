// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsondecoder.h"

#include "jsontext.h"
#include "payloadpreview.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Sockscope {
namespace {

bool startsLikeJson(QByteArrayView payload)
{
    const QByteArrayView trimmed = payload.trimmed();
    return !trimmed.isEmpty() && (trimmed.front() == '{' || trimmed.front() == '[');
}

} // namespace

QString JsonDecoder::name() const
{
    return tr("JSON");
}

int JsonDecoder::confidence(QByteArrayView payload, const DecodeContext &context) const
{
    if (context.opcode == 0x8 || !startsLikeJson(payload))
        return 0;
    QJsonParseError error;
    QJsonDocument::fromJson(payload.toByteArray(), &error);
    return error.error == QJsonParseError::NoError ? 80 : 0;
}

DecodedPayload JsonDecoder::decode(QByteArrayView payload, const DecodeContext &) const
{
    QJsonParseError error;
    QJsonDocument::fromJson(payload.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return DecodedPayload::failure(tr("%1 at byte %2").arg(error.errorString()).arg(error.offset));
    const auto pretty = JsonText::indented(payload, kMaxDepth);
    const auto oneLine = JsonText::compact(payload, kMaxDepth);
    if (!pretty || !oneLine)
        return DecodedPayload::failure(tr("nested deeper than %1 levels").arg(kMaxDepth));
    DecodedPayload result;
    result.text = QString::fromUtf8(pretty->left(kMaxOutput));
    result.summary = textPreview(*oneLine, PreviewStyle::Log);
    return result;
}

} // namespace Sockscope
