// SPDX-License-Identifier: GPL-3.0-or-later
#include "handshake.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Sockscope {
namespace {

constexpr char kGuid[] = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

void appendHeader(QByteArray &raw, QList<HttpHeader> &headers, const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    raw += name + ": " + value + "\r\n";
}

} // namespace

HttpMessage Handshake::refusal(int status, const QByteArray &reason, const QString &error,
                               const QList<HttpHeader> &extra)
{
    HttpMessage response;
    response.version = "HTTP/1.1";
    response.statusCode = status;
    response.reason = reason;
    response.body = error.toUtf8() + '\n';
    response.raw = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    appendHeader(response.raw, response.headers, "Content-Type", "text/plain; charset=utf-8");
    appendHeader(response.raw, response.headers, "Content-Length", QByteArray::number(response.body.size()));
    appendHeader(response.raw, response.headers, "Connection", "close");
    for (const HttpHeader &h : extra)
        appendHeader(response.raw, response.headers, h.name, h.value);
    response.raw += "\r\n" + response.body;
    return response;
}

QByteArray Handshake::acceptKey(QByteArrayView clientKey)
{
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(clientKey);
    sha1.addData(QByteArrayView(kGuid));
    return sha1.result().toBase64();
}

QByteArray Handshake::generateKey()
{
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toBase64();
}

HttpMessage Handshake::buildRequest(ClientHandshakeSpec &spec)
{
    if (spec.key.isEmpty())
        spec.key = generateKey();
    HttpMessage request;
    request.method = "GET";
    request.target = spec.resource.isEmpty() ? QByteArray("/") : spec.resource;
    request.version = "HTTP/1.1";
    request.raw = request.method + ' ' + request.target + ' ' + request.version + "\r\n";
    appendHeader(request.raw, request.headers, "Host", spec.host);
    appendHeader(request.raw, request.headers, "Upgrade", "websocket");
    appendHeader(request.raw, request.headers, "Connection", "Upgrade");
    appendHeader(request.raw, request.headers, "Sec-WebSocket-Key", spec.key);
    appendHeader(request.raw, request.headers, "Sec-WebSocket-Version", "13");
    if (!spec.origin.isEmpty())
        appendHeader(request.raw, request.headers, "Origin", spec.origin);
    if (!spec.subprotocols.isEmpty())
        appendHeader(request.raw, request.headers, "Sec-WebSocket-Protocol", spec.subprotocols.join(", "));
    if (spec.offerDeflate)
        appendHeader(request.raw, request.headers, "Sec-WebSocket-Extensions", PerMessageDeflate::clientOffer());
    for (const HttpHeader &h : spec.extraHeaders)
        appendHeader(request.raw, request.headers, h.name, h.value);
    request.raw += "\r\n";
    return request;
}

std::optional<HandshakeOutcome> Handshake::checkResponse(const ClientHandshakeSpec &spec, const HttpMessage &response,
                                                         QString *error)
{
    if (response.statusCode != 101) {
        *error = tr("server refused the upgrade: HTTP %1 %2")
                         .arg(response.statusCode)
                         .arg(QString::fromLatin1(response.reason));
        // A redirect is not followed (the handshake is what is being inspected), but named.
        const QByteArray location = response.header("Location");
        if (response.statusCode / 100 == 3 && !location.isEmpty())
            *error += tr(" (redirect to %1)").arg(QString::fromLatin1(location));
        return std::nullopt;
    }
    if (!response.hasToken("Upgrade", "websocket")) {
        *error = tr("101 response without \"Upgrade: websocket\"");
        return std::nullopt;
    }
    if (!response.hasToken("Connection", "upgrade")) {
        *error = tr("101 response without \"Connection: Upgrade\"");
        return std::nullopt;
    }
    const QByteArray accept = response.header("Sec-WebSocket-Accept");
    const QByteArray expected = acceptKey(spec.key);
    if (accept != expected) {
        *error = tr("Sec-WebSocket-Accept is \"%1\", expected \"%2\"")
                         .arg(QString::fromLatin1(accept), QString::fromLatin1(expected));
        return std::nullopt;
    }
    HandshakeOutcome outcome;
    const QList<QByteArray> protocols = response.headerElements("Sec-WebSocket-Protocol");
    if (protocols.size() > 1 || (protocols.size() == 1 && !spec.subprotocols.contains(protocols.first()))) {
        *error = tr("server chose a subprotocol that was not offered: %1")
                         .arg(QString::fromLatin1(protocols.join(", ")));
        return std::nullopt;
    }
    if (!protocols.isEmpty())
        outcome.subprotocol = protocols.first();
    const QList<QByteArray> extensions = response.headerElements("Sec-WebSocket-Extensions");
    if (!extensions.isEmpty()) {
        if (!spec.offerDeflate) {
            *error = tr("server enabled extensions that were not offered: %1")
                             .arg(QString::fromLatin1(extensions.join(", ")));
            return std::nullopt;
        }
        outcome.deflate = PerMessageDeflate::parseResponse(extensions, error);
        if (!outcome.deflate)
            return std::nullopt;
        outcome.extensions = extensions.join(", ");
    }
    return outcome;
}

ServerHandshakeResult Handshake::answerRequest(const HttpMessage &request, const ServerHandshakePolicy &policy)
{
    ServerHandshakeResult result;
    auto refuse = [&result](int status, const QByteArray &reason, const QString &error,
                            const QList<HttpHeader> &extra = {}) {
        result.error = error;
        result.response = refusal(status, reason, error, extra);
        return result;
    };
    if (request.method != "GET")
        return refuse(405, "Method Not Allowed", tr("the opening handshake must be a GET request"));
    if (request.version != "HTTP/1.1")
        return refuse(400, "Bad Request", tr("the opening handshake must use HTTP/1.1"));
    if (!request.hasToken("Upgrade", "websocket") || !request.hasToken("Connection", "upgrade"))
        return refuse(426, "Upgrade Required", tr("not a WebSocket upgrade request"),
                      {{"Upgrade", "websocket"}, {"Sec-WebSocket-Version", "13"}});
    if (request.header("Sec-WebSocket-Version") != "13")
        return refuse(426, "Upgrade Required", tr("unsupported Sec-WebSocket-Version"),
                      {{"Sec-WebSocket-Version", "13"}});
    const QByteArray key = request.header("Sec-WebSocket-Key");
    if (QByteArray::fromBase64(key).size() != 16)
        return refuse(400, "Bad Request", tr("Sec-WebSocket-Key is not 16 base64-encoded bytes"));
    for (const QByteArray &name : policy.requiredHeaders) {
        if (request.header(name).isNull())
            return refuse(400, "Bad Request", tr("required header missing: %1").arg(QString::fromLatin1(name)));
    }

    const QList<QByteArray> offered = request.headerElements("Sec-WebSocket-Protocol");
    for (const QByteArray &supported : policy.subprotocols) {
        if (offered.contains(supported)) {
            result.outcome.subprotocol = supported;
            break;
        }
    }
    if (policy.acceptDeflate)
        result.outcome.deflate = PerMessageDeflate::acceptOffer(request.headerElements("Sec-WebSocket-Extensions"));

    HttpMessage &response = result.response;
    response.version = "HTTP/1.1";
    response.statusCode = 101;
    response.reason = "Switching Protocols";
    response.raw = "HTTP/1.1 101 Switching Protocols\r\n";
    appendHeader(response.raw, response.headers, "Upgrade", "websocket");
    appendHeader(response.raw, response.headers, "Connection", "Upgrade");
    appendHeader(response.raw, response.headers, "Sec-WebSocket-Accept", acceptKey(key));
    if (!result.outcome.subprotocol.isEmpty())
        appendHeader(response.raw, response.headers, "Sec-WebSocket-Protocol", result.outcome.subprotocol);
    if (result.outcome.deflate) {
        result.outcome.extensions = PerMessageDeflate::responseValue(*result.outcome.deflate);
        appendHeader(response.raw, response.headers, "Sec-WebSocket-Extensions", result.outcome.extensions);
    }
    response.raw += "\r\n";
    return result;
}

} // namespace Sockscope
