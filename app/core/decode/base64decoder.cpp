// SPDX-License-Identifier: GPL-3.0-or-later
#include "base64decoder.h"

#include "payloaddecoders.h"
#include "protocoltext.h"

#include <cctype>

namespace Sockscope {
namespace {

// Shorter runs of letters are too often words or identifiers.
constexpr qsizetype kMinLength = 8;
// A run this long without spaces, in base64's alphabet, is base64 even if its bytes mean nothing.
constexpr qsizetype kSurelyBase64Length = 64;

bool isStandardOnly(char c)
{
    return c == '+' || c == '/';
}

bool isUrlOnly(char c)
{
    return c == '-' || c == '_';
}

bool isAlphabet(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || isStandardOnly(c)
            || isUrlOnly(c);
}

// Upper case, lower case, digits, symbols: base64 of anything mixes at least two.
int characterClasses(QByteArrayView text)
{
    const auto has = [text](auto predicate) { return std::any_of(text.begin(), text.end(), predicate) ? 1 : 0; };
    return has([](char c) { return c >= 'A' && c <= 'Z'; }) + has([](char c) { return c >= 'a' && c <= 'z'; })
            + has([](char c) { return c >= '0' && c <= '9'; })
            + has([](char c) { return isStandardOnly(c) || isUrlOnly(c); });
}

QByteArray withoutLineBreaks(QByteArrayView text)
{
    QByteArray compact = text.trimmed().toByteArray();
    compact.removeIf([](char c) { return c == '\n' || c == '\r'; });
    return compact;
}

// The most confident decoder for the decoded bytes, as a binary message; never this one.
const PayloadDecoder &innerDecoder(QByteArrayView bytes, const DecodeContext &context)
{
    DecodeContext binary = context;
    binary.opcode = 0x2;
    const PayloadDecoders &decoders = PayloadDecoders::instance();
    const PayloadDecoder *best = decoders.find("hex");
    int bestConfidence = 0;
    for (const auto &decoder : decoders.all()) {
        if (decoder->id() == "base64")
            continue;
        const int confidence = decoder->confidence(bytes, binary);
        if (confidence > bestConfidence) {
            best = decoder.get();
            bestConfidence = confidence;
        }
    }
    return *best;
}

} // namespace

QString Base64Decoder::name() const
{
    return tr("Base64");
}

std::optional<Base64Decoder::Decoded> Base64Decoder::fromBase64(QByteArrayView text)
{
    const QByteArray compact = withoutLineBreaks(text);
    qsizetype end = compact.size();
    while (end > 0 && compact[end - 1] == '=')
        --end;
    const qsizetype padding = compact.size() - end;
    const QByteArrayView body = QByteArrayView(compact).first(end);
    if (body.isEmpty() || padding > 2 || (padding > 0 && compact.size() % 4 != 0) || body.size() % 4 == 1
        || !std::all_of(body.begin(), body.end(), isAlphabet))
        return std::nullopt;
    const bool standard = std::any_of(body.begin(), body.end(), isStandardOnly);
    const bool urlSafe = std::any_of(body.begin(), body.end(), isUrlOnly);
    if (standard && urlSafe)
        return std::nullopt;
    const auto options = (urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding)
            | QByteArray::AbortOnBase64DecodingErrors;
    auto result = QByteArray::fromBase64Encoding(body.toByteArray(), options);
    if (!result)
        return std::nullopt;
    return Decoded{std::move(result.decoded), urlSafe};
}

int Base64Decoder::confidence(QByteArrayView payload, const DecodeContext &context) const
{
    if (context.opcode == 0x8 || payload.trimmed().size() < kMinLength || characterClasses(payload) < 2)
        return 0;
    const auto decoded = fromBase64(payload);
    if (!decoded)
        return 0;
    const QByteArray inner = innerDecoder(decoded->bytes, context).id();
    if (inner != "text" && inner != "hex")
        return 75; // base64 of JSON, MessagePack, …: above plain text (50), below JSON itself (80)
    if (inner == "text" && ProtocolText::bytesText(decoded->bytes) == QString::fromUtf8(decoded->bytes))
        return 70;
    // A long hex string (a hash, an id) is in base64's alphabet too, but is hex.
    const bool hexDigitsOnly =
            std::all_of(payload.begin(), payload.end(), [](char c) { return std::isxdigit(quint8(c)); });
    return payload.size() >= kSurelyBase64Length && !hexDigitsOnly ? 60 : 0;
}

DecodedPayload Base64Decoder::decode(QByteArrayView payload, const DecodeContext &context) const
{
    if (context.opcode == 0x8)
        return DecodedPayload::failure(tr("a close frame is not base64"));
    const auto decoded = fromBase64(payload);
    if (!decoded)
        return DecodedPayload::failure(tr("not base64: characters outside one base64 alphabet, or bad padding"));
    const PayloadDecoder &inner = innerDecoder(decoded->bytes, context);
    DecodedPayload result = inner.decode(decoded->bytes, DecodeContext::ofOpcode(0x2));
    if (!result.isValid())
        return result;
    const QString alphabet = decoded->urlSafe ? tr("URL-safe base64") : tr("base64");
    const QString header =
            tr("%1, %2, shown as %3").arg(alphabet, ProtocolText::bytesWord(decoded->bytes.size()), inner.name());
    result.text = ProtocolText::boundedText(header + QStringLiteral("\n\n") + result.text);
    result.summary = ProtocolText::summaryLine(QStringLiteral("base64 ") + result.summary);
    result.marked.clear(); // they point into the decoded bytes, not the payload
    return result;
}

} // namespace Sockscope
