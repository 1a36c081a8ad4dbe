// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payloaddecoder.h"

#include <QCoreApplication>

#include <optional>

namespace Sockscope {

// Base64 text (standard or URL-safe alphabet, padded or not, line breaks allowed), shown as
// what the decoded bytes are: the most confident other decoder reads them (JSON, MessagePack,
// text, …), hex when none knows them.
class Base64Decoder final : public PayloadDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::Base64Decoder)

public:
    QByteArray id() const override { return QByteArrayLiteral("base64"); }
    QString name() const override;
    int confidence(QByteArrayView payload, const DecodeContext &context) const override;
    DecodedPayload decode(QByteArrayView payload, const DecodeContext &context) const override;

    struct Decoded
    {
        QByteArray bytes;
        bool urlSafe = false;
    };
    // The bytes, or nullopt when `text` is not base64 in one alphabet with valid padding.
    static std::optional<Decoded> fromBase64(QByteArrayView text);
};

} // namespace Sockscope
