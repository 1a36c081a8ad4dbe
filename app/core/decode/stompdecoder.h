// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payloaddecoder.h"

#include <QCoreApplication>

namespace Sockscope {

// STOMP 1.0 to 1.2 frames (command, headers with their escapes decoded, body up to its NUL or
// content-length) and heart-beats; also inside SockJS frames ("o", "h", "a[…]", "c[…]", and
// the client's "[…]"), which STOMP over SockJS uses.
class StompDecoder final : public PayloadDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::StompDecoder)

public:
    static constexpr char kSockJsFlow[] = "sockjs";

    QByteArray id() const override { return QByteArrayLiteral("stomp"); }
    QString name() const override;
    int confidence(QByteArrayView payload, const DecodeContext &context) const override;
    DecodedPayload decode(QByteArrayView payload, const DecodeContext &context) const override;
    QByteArray flowAfter(QByteArrayView payload, const DecodeContext &context) const override;
};

} // namespace Sockscope
