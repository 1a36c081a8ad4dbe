// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes every payload decoder in the registry: the first input byte picks the subprotocol,
// the earlier messages' flow, the sender and a schema type; the rest is the payload, given to
// each decoder as a text, a binary and a close message. Every decoder must keep the interface
// tst_payloaddecoders checks: a confidence in 0..100, and either a one-line summary with bounded
// text and marks inside the payload or a "cannot decode: …" error with nothing else.
#include "fuzzsplit.h"

#include "decode/payloaddecoders.h"
#include "decode/protoschemapool.h"

#include <QString>

#include <array>

using namespace Sockscope;
using SockscopeFuzz::check;

namespace {

const std::array<const char *, 8> kSubprotocols = {"",         "mqtt",      "wamp.2.msgpack",       "wamp.2.cbor",
                                                   "protobuf", "v12.stomp", "graphql-transport-ws", "graphql-ws"};
const std::array<const char *, 4> kFlows = {"", "socket.io", "mqtt/5", "sockjs"};

DecodeContext contextFor(std::uint8_t selector, std::uint8_t opcode)
{
    DecodeContext context = DecodeContext::ofOpcode(opcode);
    context.subprotocol = QString::fromLatin1(kSubprotocols[selector & 7]);
    context.flow = kFlows[(selector >> 3) & 3];
    context.sender = DecodeContext::Sender((selector >> 5) % 3);
    if (selector & 0x80)
        context.schemaType = QStringLiteral("demo.Chat");
    return context;
}

void checkDecoder(const PayloadDecoder &decoder, QByteArrayView payload, const DecodeContext &context)
{
    const int confidence = decoder.confidence(payload, context);
    check(confidence >= 0 && confidence <= 100, "confidence outside 0..100");
    const DecodedPayload result = decoder.decode(payload, context);
    if (!result.isValid()) {
        check(result.error.startsWith(QLatin1String("cannot decode: ")), "an error without \"cannot decode: \"");
        check(result.summary.isEmpty() && result.text.isEmpty(), "an error with a summary or text");
        return;
    }
    check(!result.summary.contains(QLatin1Char('\n')), "a summary of more than one line");
    check(result.summary.size() <= 640, "a summary longer than four previews");
    check(result.text.size() <= PayloadDecoder::kMaxOutput + 100, "text beyond kMaxOutput");
    for (const ByteRange &range : result.marked)
        check(range.offset >= 0 && range.length > 0 && range.offset + range.length <= payload.size(),
              "a marked range outside the payload");
    decoder.flowAfter(payload, context);
}

} // namespace

// The schema decoder gets a real schema to read with.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    ProtoSchemaPool::instance().load({QStringLiteral(SOCKSCOPE_TEST_DATA_DIR "/chat.proto")});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArrayView payload(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const PayloadDecoders &decoders = PayloadDecoders::instance();
    for (const std::uint8_t opcode : {0x1, 0x2, 0x8}) {
        const DecodeContext context = contextFor(data[0], opcode);
        for (const auto &decoder : decoders.all())
            checkDecoder(*decoder, payload, context);
        decoders.choose(payload, context);
    }
    return 0;
}
