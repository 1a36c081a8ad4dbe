// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpmessage.h"
#include "permessagedeflate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Sockscope {

// What a client asks for in its opening handshake (RFC 6455 §4.1).
struct ClientHandshakeSpec
{
    QByteArray host;           // Host header value, with the port when it is not the default
    QByteArray resource = "/"; // path and query
    QByteArray key;            // Sec-WebSocket-Key; generated when empty
    QList<QByteArray> subprotocols;
    QByteArray origin;
    bool offerDeflate = false;
    QList<HttpHeader> extraHeaders; // sent after the standard ones, in this order
};

// What the handshake settled: the agreed subprotocol and extensions.
struct HandshakeOutcome
{
    QByteArray subprotocol;
    std::optional<DeflateParams> deflate;
    QByteArray extensions; // Sec-WebSocket-Extensions as answered
};

// What a server supports when it answers an opening handshake.
struct ServerHandshakePolicy
{
    QList<QByteArray> subprotocols; // in order of preference; empty: accept none
    bool acceptDeflate = false;
    QList<QByteArray> requiredHeaders; // names that must be present
};

struct ServerHandshakeResult
{
    HttpMessage response; // raw holds the bytes to send
    HandshakeOutcome outcome;
    QString error; // empty when the upgrade was accepted
    bool accepted() const { return response.statusCode == 101; }
};

class Handshake
{
    Q_DECLARE_TR_FUNCTIONS(Sockscope::Handshake)

public:
    // base64(SHA-1(key + the RFC 6455 GUID)).
    static QByteArray acceptKey(QByteArrayView clientKey);
    // 16 random bytes, base64-encoded.
    static QByteArray generateKey();

    // Builds the request; `spec.key` is filled in when empty. The bytes are in raw.
    static HttpMessage buildRequest(ClientHandshakeSpec &spec);
    // Checks a server response against the request sent; nullopt and `error` on failure.
    static std::optional<HandshakeOutcome> checkResponse(const ClientHandshakeSpec &spec, const HttpMessage &response,
                                                         QString *error);
    // A plain-text refusal (status line, headers, body) that closes the connection.
    static HttpMessage refusal(int status, const QByteArray &reason, const QString &error,
                               const QList<HttpHeader> &extraHeaders = {});
    // Validates a client request and builds the answer: 101, or an error status with a body.
    static ServerHandshakeResult answerRequest(const HttpMessage &request, const ServerHandshakePolicy &policy);
};

} // namespace Sockscope
