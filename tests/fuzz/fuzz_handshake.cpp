// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes HttpParser (requests and responses, fed whole and in data-derived pieces, which
// must agree) and the handshake logic on top of it: Handshake::answerRequest on complete
// requests, whose answer must parse back and, when it is a 101, must pass our own client's
// Handshake::checkResponse; and Handshake::checkResponse on complete responses.
#include "fuzzsplit.h"

#include "protocol/handshake.h"
#include "protocol/httpmessage.h"

#include <cstring>
#include <memory>

using namespace Sockscope;
using SockscopeFuzz::check;

namespace {

struct ParseRun
{
    HttpParser::Result result = HttpParser::Result::NeedMoreData;
    HttpMessage message;
    qsizetype consumed = 0;
};

ParseRun parse(HttpParser::Kind kind, const char *data, qsizetype size, SockscopeFuzz::Splitter *splitter)
{
    ParseRun run;
    HttpParser parser(kind);
    qsizetype pos = 0;
    while (pos < size && run.result == HttpParser::Result::NeedMoreData) {
        const qsizetype n = splitter ? qsizetype(splitter->next(std::size_t(size - pos))) : size - pos;
        // Each piece in its own allocation: AddressSanitizer sees any read past it.
        auto piece = std::make_unique<char[]>(std::size_t(n));
        std::memcpy(piece.get(), data + pos, std::size_t(n));
        qsizetype consumed = -1;
        run.result = parser.feed(QByteArrayView(piece.get(), n), &consumed);
        check(consumed >= 0 && consumed <= n, "feed() consumed outside its input");
        if (run.result == HttpParser::Result::NeedMoreData)
            check(consumed == n, "NeedMoreData without taking every byte");
        run.consumed += consumed;
        pos += n;
    }
    if (run.result == HttpParser::Result::NeedMoreData && size > 0)
        run.result = parser.finish();
    if (run.result == HttpParser::Result::Failed)
        check(!parser.errorString().isEmpty(), "parser failed without an error");
    run.message = parser.message();
    return run;
}

ParseRun parseChecked(HttpParser::Kind kind, const std::uint8_t *data, std::size_t size)
{
    const auto *chars = reinterpret_cast<const char *>(data);
    const ParseRun whole = parse(kind, chars, qsizetype(size), nullptr);
    SockscopeFuzz::Splitter splitter(data, size);
    const ParseRun split = parse(kind, chars, qsizetype(size), &splitter);
    check(whole.result == split.result, "split parse: result differs");
    if (whole.result == HttpParser::Result::Complete) {
        const HttpMessage &a = whole.message;
        const HttpMessage &b = split.message;
        check(a.method == b.method && a.target == b.target && a.version == b.version && a.statusCode == b.statusCode
                      && a.reason == b.reason && a.headers == b.headers,
              "split parse: head differs");
        check(a.body == b.body && a.raw == b.raw, "split parse: body differs");
        check(whole.consumed == split.consumed, "split parse: consumed differs");
        check(a.raw.size() <= whole.consumed, "raw holds more than was consumed");
    }
    return whole;
}

ClientHandshakeSpec clientSpecFor(const HttpMessage &request)
{
    ClientHandshakeSpec spec;
    spec.key = request.header("Sec-WebSocket-Key");
    spec.subprotocols = request.headerElements("Sec-WebSocket-Protocol");
    spec.offerDeflate = true;
    return spec;
}

void answer(const HttpMessage &request, const ServerHandshakePolicy &policy)
{
    const ServerHandshakeResult result = Handshake::answerRequest(request, policy);
    check(result.accepted() == result.error.isEmpty(), "accepted() disagrees with error");
    check(!result.response.raw.isEmpty(), "empty handshake answer");

    // What we send must be a well-formed response to our own parser...
    HttpParser parser(HttpParser::Kind::Response);
    qsizetype consumed = 0;
    check(parser.feed(result.response.raw, &consumed) == HttpParser::Result::Complete,
          "our handshake answer does not parse");
    check(consumed == result.response.raw.size(), "our handshake answer has trailing bytes");
    check(parser.message().statusCode == result.response.statusCode, "our answer's status does not parse back");
    if (!result.accepted())
        return;

    // ...and an upgrade we accept must be one our own client accepts.
    QString error;
    const auto outcome = Handshake::checkResponse(clientSpecFor(request), parser.message(), &error);
    check(outcome.has_value(), "our client rejects our server's 101");
    check(outcome->subprotocol == result.outcome.subprotocol, "subprotocol does not round-trip");
    check(outcome->deflate == result.outcome.deflate, "deflate parameters do not round-trip");
}

void check101(const HttpMessage &response, bool offerDeflate)
{
    ClientHandshakeSpec spec;
    spec.key = "dGhlIHNhbXBsZSBub25jZQ=="; // RFC 6455 §1.3: the seed response answers it
    spec.subprotocols = {"chat", "superchat"};
    spec.offerDeflate = offerDeflate;
    QString error;
    const auto outcome = Handshake::checkResponse(spec, response, &error);
    check(outcome.has_value() == error.isEmpty(), "checkResponse() result disagrees with its error");
    if (outcome && !outcome->subprotocol.isEmpty())
        check(spec.subprotocols.contains(outcome->subprotocol), "accepted a subprotocol that was not offered");
    if (outcome && !offerDeflate)
        check(!outcome->deflate, "accepted deflate that was not offered");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ParseRun request = parseChecked(HttpParser::Kind::Request, data, size);
    if (request.result == HttpParser::Result::Complete) {
        answer(request.message, {});
        ServerHandshakePolicy picky;
        picky.subprotocols = {"superchat", "chat"};
        picky.acceptDeflate = true;
        picky.requiredHeaders = {"Origin"};
        answer(request.message, picky);
    }
    const ParseRun response = parseChecked(HttpParser::Kind::Response, data, size);
    if (response.result == HttpParser::Result::Complete) {
        check101(response.message, true);
        check101(response.message, false);
    }
    return 0;
}
