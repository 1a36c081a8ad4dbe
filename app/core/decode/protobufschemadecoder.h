// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payloaddecoder.h"

#include <QCoreApplication>

namespace Sockscope {

// A Protocol Buffers message of the type the user chose (DecodeContext::schemaType), from the
// .proto files loaded into ProtoSchemaPool, printed in protobuf's text format.
class ProtobufSchemaDecoder final : public PayloadDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::ProtobufSchemaDecoder)

public:
    QByteArray id() const override { return QByteArrayLiteral("protobuf-schema"); }
    QString name() const override;
    int confidence(QByteArrayView payload, const DecodeContext &context) const override;
    DecodedPayload decode(QByteArrayView payload, const DecodeContext &context) const override;
};

} // namespace Sockscope
