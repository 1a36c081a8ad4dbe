// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payloaddecoder.h"

#include <QCoreApplication>

namespace Sockscope {

// A Protocol Buffers message without its schema, as `protoc --decode_raw` shows one: field
// numbers with varints, fixed32/fixed64 (also as float/double), groups, and length-delimited
// values guessed as text, a nested message, packed varints or bytes. Read with libprotobuf's
// CodedInputStream over views into the payload; nested guesses stop at kMaxDepth.
class ProtobufWireDecoder final : public PayloadDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::ProtobufWireDecoder)

public:
    QByteArray id() const override { return QByteArrayLiteral("protobuf"); }
    QString name() const override;
    int confidence(QByteArrayView payload, const DecodeContext &context) const override;
    DecodedPayload decode(QByteArrayView payload, const DecodeContext &context) const override;
};

} // namespace Sockscope
