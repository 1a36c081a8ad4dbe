// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes FrameDecoder and MessageReader. The input is decoded whole and again in pieces cut
// at data-derived points; both must give the same frames, since a socket may split the
// stream anywhere. Each piece lives in its own exact-size allocation so that AddressSanitizer
// catches reads past a piece. The frames then go through MessageReader for both roles, with
// and without permessage-deflate, which fuzzes the inflater and its size limit too.
#include "fuzzsplit.h"

#include "protocol/framedecoder.h"
#include "protocol/frameencoder.h"
#include "protocol/messagereader.h"
#include "protocol/utf8validator.h"

#include <QByteArray>

#include <cstring>
#include <memory>
#include <optional>
#include <vector>

using namespace Sockscope;
using SockscopeFuzz::check;

namespace {

struct DecodedFrame
{
    FrameHeader header;
    QByteArray payload;
};

struct DecodeRun
{
    std::vector<DecodedFrame> frames;
    bool failed = false;
    FrameDecoder::Error error = FrameDecoder::Error::None;
    bool pendingHeader = false;
    std::uint64_t pendingPayload = 0;
};

// The header bytes the encoder writes for the decoded fields must be the bytes decoded.
void checkReencodes(const FrameHeader &h)
{
    FrameSpec spec;
    spec.fin = h.fin;
    spec.rsv1 = h.rsv1;
    spec.rsv2 = h.rsv2;
    spec.rsv3 = h.rsv3;
    spec.opcode = h.opcode;
    spec.masked = h.masked;
    spec.maskKey = h.maskKey;
    spec.lengthEncoding = h.lengthEncoding;
    std::uint8_t out[kMaxHeaderSize];
    const std::size_t size = encodeHeader(spec, h.payloadLength, out);
    check(size == h.headerSize, "re-encoded header size differs");
    check(std::memcmp(out, h.headerBytes.data(), size) == 0, "re-encoded header bytes differ");
    const FrameHeader described = describeFrame(spec, h.payloadLength);
    check(described.lengthEncoding == h.lengthEncoding && described.payloadLength == h.payloadLength,
          "describeFrame disagrees with the decoder");
}

DecodeRun decode(const std::uint8_t *data, std::size_t size, SockscopeFuzz::Splitter *splitter,
                 std::uint64_t maxPayload)
{
    DecodeRun run;
    FrameDecoder decoder;
    decoder.setMaxPayloadLength(maxPayload);
    std::size_t pos = 0;
    while (pos < size && !run.failed) {
        const std::size_t n = splitter ? splitter->next(size - pos) : size - pos;
        // decode() unmasks in place, so each piece is a private copy.
        auto piece = std::make_unique<std::uint8_t[]>(n);
        std::memcpy(piece.get(), data + pos, n);
        pos += n;
        std::span<std::uint8_t> input(piece.get(), n);
        while (!input.empty()) {
            const std::size_t before = input.size();
            const auto result = decoder.decode(input);
            check(input.size() <= before, "decode() grew its input");
            if (result == FrameDecoder::Result::Failed) {
                run.failed = true;
                run.error = decoder.error();
                check(run.error != FrameDecoder::Error::None, "Failed without an error");
                check(decoder.decode(input) == FrameDecoder::Result::Failed, "decoder left the Failed state");
                break;
            }
            if (result == FrameDecoder::Result::NeedMoreData) {
                check(input.empty(), "NeedMoreData with input left over");
                break;
            }
            const FrameHeader &h = decoder.header();
            check(decoder.payload().size() == h.payloadLength, "payload size differs from its header");
            check(h.payloadLength <= maxPayload, "payload above the configured limit");
            checkReencodes(h);
            const auto payload = decoder.payload();
            run.frames.push_back(
                    {h, QByteArray(reinterpret_cast<const char *>(payload.data()), qsizetype(payload.size()))});
        }
    }
    run.pendingHeader = decoder.hasPendingHeader();
    run.pendingPayload = decoder.pendingPayloadBytes();
    return run;
}

bool sameHeader(const FrameHeader &a, const FrameHeader &b)
{
    return a.fin == b.fin && a.rsv1 == b.rsv1 && a.rsv2 == b.rsv2 && a.rsv3 == b.rsv3 && a.masked == b.masked
            && a.opcode == b.opcode && a.lengthEncoding == b.lengthEncoding && a.headerSize == b.headerSize
            && a.maskKey == b.maskKey && a.payloadLength == b.payloadLength
            && std::memcmp(a.headerBytes.data(), b.headerBytes.data(), a.headerSize) == 0;
}

void checkSameFrames(const DecodeRun &a, const DecodeRun &b, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i) {
        check(sameHeader(a.frames[i].header, b.frames[i].header), "split decode: header differs");
        check(a.frames[i].payload == b.frames[i].payload, "split decode: payload differs");
    }
}

void readMessages(const std::vector<DecodedFrame> &frames, Role role, std::optional<DeflateParams> deflate)
{
    MessageLimits limits;
    limits.maxFramePayload = 8 * 1024;
    limits.maxMessageSize = 64 * 1024;
    MessageReader reader(role, deflate, limits);
    for (const DecodedFrame &frame : frames) {
        const FrameMeaning meaning = reader.process(frame.header, frame.payload);
        switch (meaning.kind) {
        case FrameMeaning::Kind::Violation:
            check(meaning.closeCode == 1002 || meaning.closeCode == 1007 || meaning.closeCode == 1009,
                  "violation with an unexpected close code");
            check(!meaning.error.isEmpty(), "violation without a reason");
            return; // the session fails the connection here
        case FrameMeaning::Kind::Message:
            check(std::uint64_t(meaning.data.size()) <= limits.maxMessageSize, "message above the limit");
            check(meaning.messageOpcode == 1 || meaning.messageOpcode == 2, "message with a non-data opcode");
            if (meaning.messageOpcode == 1)
                check(Utf8Validator::isValid(bytesOf(meaning.data)), "invalid UTF-8 accepted as text");
            break;
        case FrameMeaning::Kind::Fragment:
            check(std::uint64_t(meaning.inflated.size()) <= limits.maxMessageSize, "fragment inflated above the limit");
            break;
        case FrameMeaning::Kind::Close:
            check(meaning.closeCode == 1005 || isValidWireCloseCode(meaning.closeCode), "close code not valid");
            check(Utf8Validator::isValid(bytesOf(meaning.data)), "close reason is not UTF-8");
            return;
        case FrameMeaning::Kind::Ping:
        case FrameMeaning::Kind::Pong:
            check(meaning.data.size() <= 125, "control payload above 125 bytes");
            break;
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const DecodeRun whole = decode(data, size, nullptr, FrameDecoder::kDefaultMaxPayload);
    SockscopeFuzz::Splitter splitter(data, size);
    const DecodeRun split = decode(data, size, &splitter, FrameDecoder::kDefaultMaxPayload);
    check(whole.frames.size() == split.frames.size(), "split decode: frame count differs");
    check(whole.failed == split.failed && whole.error == split.error, "split decode: failure differs");
    // pendingPayloadBytes() only means something while a payload is arriving.
    check(whole.pendingHeader == split.pendingHeader, "split decode: pending state differs");
    if (whole.pendingHeader)
        check(whole.pendingPayload == split.pendingPayload, "split decode: pending payload differs");
    checkSameFrames(whole, split, whole.frames.size());

    // With a small limit the decoder must stop exactly at the first frame above it.
    SockscopeFuzz::Splitter limitedSplitter(data, size);
    const DecodeRun limited = decode(data, size, &limitedSplitter, kMaxControlPayload);
    check(limited.frames.size() <= whole.frames.size(), "limited decode: more frames than unlimited");
    checkSameFrames(whole, limited, limited.frames.size());
    if (limited.failed && !whole.failed)
        check(limited.error == FrameDecoder::Error::PayloadTooLarge, "limited decode: wrong error");

    readMessages(whole.frames, Role::Client, std::nullopt);
    readMessages(whole.frames, Role::Server, std::nullopt);
    readMessages(whole.frames, Role::Client, DeflateParams{});
    readMessages(whole.frames, Role::Server, DeflateParams{true, true, 9, 9});
    return 0;
}
