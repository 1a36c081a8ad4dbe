// SPDX-License-Identifier: GPL-3.0-or-later
#include "protobufschemadecoder.h"

#include "protocoltext.h"
#include "protoschemapool.h"

namespace Sockscope {

QString ProtobufSchemaDecoder::name() const
{
    return tr("Protocol Buffers (with .proto)");
}

// The user chose the type for this connection: a payload that parses as it is surely one.
int ProtobufSchemaDecoder::confidence(QByteArrayView payload, const DecodeContext &context) const
{
    if (context.opcode != 0x2 || context.schemaType.isEmpty())
        return 0;
    return ProtoSchemaPool::instance().decode(context.schemaType, payload).error.isEmpty() ? 90 : 0;
}

DecodedPayload ProtobufSchemaDecoder::decode(QByteArrayView payload, const DecodeContext &context) const
{
    if (context.schemaType.isEmpty())
        return DecodedPayload::failure(tr("no message type chosen"));
    if (context.opcode == 0x8)
        return DecodedPayload::failure(tr("a close frame is not a protobuf message"));
    const ProtoMessageText message = ProtoSchemaPool::instance().decode(context.schemaType, payload);
    if (!message.error.isEmpty())
        return DecodedPayload::failure(message.error);
    DecodedPayload result;
    result.text = message.text;
    result.summary =
            ProtocolText::summaryLine(QStringLiteral("protobuf %1 {%2}").arg(context.schemaType, message.oneLine));
    return result;
}

} // namespace Sockscope
