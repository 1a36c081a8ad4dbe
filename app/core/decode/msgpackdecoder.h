// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payloaddecoder.h"

#include <QCoreApplication>

namespace Sockscope {

// One MessagePack object in a binary message, shown like JSON, with bin as h'…', ext types as
// ext(type, h'…') and the timestamp extension (-1) as a UTC time. Parsed by msgpack-cxx with a
// visitor that writes the text as it goes: no object tree, so a header that claims billions of
// elements allocates nothing.
class MsgpackDecoder final : public PayloadDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::MsgpackDecoder)

public:
    QByteArray id() const override { return QByteArrayLiteral("msgpack"); }
    QString name() const override;
    int confidence(QByteArrayView payload, const DecodeContext &context) const override;
    DecodedPayload decode(QByteArrayView payload, const DecodeContext &context) const override;

    // The timestamp extension's 4, 8 or 12 data bytes as "2024-05-01T12:00:00.5Z"; empty
    // when they are not a timestamp.
    static QString timestampText(QByteArrayView data);
};

} // namespace Sockscope
