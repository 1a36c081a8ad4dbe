// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payloaddecoder.h"

#include <QCoreApplication>

namespace Sockscope {

// Any bytes as a hexdump -C style listing: offset, 16 bytes in hex, the printable ones.
// The fallback every payload can be shown with.
class HexDecoder final : public PayloadDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::HexDecoder)

public:
    QByteArray id() const override { return QByteArrayLiteral("hex"); }
    QString name() const override;
    int confidence(QByteArrayView payload, const DecodeContext &context) const override;
    DecodedPayload decode(QByteArrayView payload, const DecodeContext &context) const override;
};

} // namespace Sockscope
