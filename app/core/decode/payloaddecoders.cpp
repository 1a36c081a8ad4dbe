// SPDX-License-Identifier: GPL-3.0-or-later
#include "payloaddecoders.h"

#include "closedecoder.h"
#include "hexdecoder.h"
#include "jsondecoder.h"
#include "textdecoder.h"

namespace Sockscope {

PayloadDecoders::PayloadDecoders()
{
    m_decoders.push_back(std::make_unique<TextDecoder>());
    m_decoders.push_back(std::make_unique<JsonDecoder>());
    m_decoders.push_back(std::make_unique<CloseDecoder>());
    m_decoders.push_back(std::make_unique<HexDecoder>());
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

} // namespace Sockscope
