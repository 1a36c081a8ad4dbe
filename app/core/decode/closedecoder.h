// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payloaddecoder.h"

#include <QCoreApplication>

namespace Sockscope {

// A close frame's payload (RFC 6455 §5.5.1): an optional 2-byte code, then a UTF-8 reason.
struct ClosePayload
{
    bool hasCode = false;
    std::uint16_t code = 0;
    QByteArray reason;

    static ClosePayload parse(QByteArrayView payload);
    // "1000 Normal Closure bye": code, translated name, reason.
    QString summary() const;
};

class CloseDecoder final : public PayloadDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::CloseDecoder)

public:
    QByteArray id() const override { return QByteArrayLiteral("close"); }
    QString name() const override;
    int confidence(QByteArrayView payload, const DecodeContext &context) const override;
    DecodedPayload decode(QByteArrayView payload, const DecodeContext &context) const override;
};

} // namespace Sockscope
