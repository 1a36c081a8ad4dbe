// SPDX-License-Identifier: GPL-3.0-or-later
#include "payloaddecoders.h"

#include "base64decoder.h"
#include "cbordecoder.h"
#include "closedecoder.h"
#include "graphqldecoder.h"
#include "hexdecoder.h"
#include "jsondecoder.h"
#include "mqttdecoder.h"
#include "msgpackdecoder.h"
#include "protobufschemadecoder.h"
#include "protobufwiredecoder.h"
#include "socketiodecoder.h"
#include "stompdecoder.h"
#include "textdecoder.h"

namespace Sockscope {

PayloadDecoders::PayloadDecoders()
{
    m_decoders.push_back(std::make_unique<TextDecoder>());
    m_decoders.push_back(std::make_unique<JsonDecoder>());
    m_decoders.push_back(std::make_unique<CloseDecoder>());
    m_decoders.push_back(std::make_unique<HexDecoder>());
    // Protocols inside the messages (UI-5).
    m_decoders.push_back(std::make_unique<SocketIoDecoder>());
    m_decoders.push_back(std::make_unique<GraphQlDecoder>());
    m_decoders.push_back(std::make_unique<StompDecoder>());
    m_decoders.push_back(std::make_unique<MqttDecoder>());
    // Binary formats, and base64 of anything (UI-5).
    m_decoders.push_back(std::make_unique<MsgpackDecoder>());
    m_decoders.push_back(std::make_unique<CborDecoder>());
    m_decoders.push_back(std::make_unique<ProtobufWireDecoder>());
    m_decoders.push_back(std::make_unique<ProtobufSchemaDecoder>());
    m_decoders.push_back(std::make_unique<Base64Decoder>());
}

const PayloadDecoders &PayloadDecoders::instance()
{
    static const PayloadDecoders decoders;
    return decoders;
}

const PayloadDecoder *PayloadDecoders::find(QByteArrayView id) const
{
    for (const auto &decoder : m_decoders) {
        if (decoder->id() == id)
            return decoder.get();
    }
    return nullptr;
}

const PayloadDecoder &PayloadDecoders::choose(QByteArrayView payload, const DecodeContext &context) const
{
    const PayloadDecoder *best = find("hex");
    int bestConfidence = 0;
    for (const auto &decoder : m_decoders) {
        const int confidence = decoder->confidence(payload, context);
        if (confidence > bestConfidence) {
            best = decoder.get();
            bestConfidence = confidence;
        }
    }
    return *best;
}

QByteArray PayloadDecoders::flowAfter(QByteArrayView payload, const DecodeContext &context) const
{
    for (const auto &decoder : m_decoders) {
        QByteArray flow = decoder->flowAfter(payload, context);
        if (flow != context.flow)
            return flow;
    }
    return context.flow;
}

} // namespace Sockscope
