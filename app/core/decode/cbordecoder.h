// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payloaddecoder.h"

#include <QCoreApplication>

namespace Sockscope {

// One CBOR data item (RFC 8949) in a binary message, shown in diagnostic notation: maps,
// arrays, h'…' byte strings, tags as 1(…), simple values. Read with QCborStreamReader under our
// own depth limit, and a string longer than the payload is reported before anything is allocated.
class CborDecoder final : public PayloadDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::CborDecoder)

public:
    QByteArray id() const override { return QByteArrayLiteral("cbor"); }
    QString name() const override;
    int confidence(QByteArrayView payload, const DecodeContext &context) const override;
    DecodedPayload decode(QByteArrayView payload, const DecodeContext &context) const override;
};

} // namespace Sockscope
