// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/httpmessage.h"
#include "websocketsession.h"

#include <QList>
#include <QNetworkProxy>
#include <QString>
#include <QUrl>

namespace Sockscope {

// Everything a client connection can be told (ENG-5).
struct ClientOptions
{
    QUrl url;
    QList<HttpHeader> headers;
    QList<QByteArray> subprotocols;
    QByteArray origin;
    bool deflate = false;

    bool insecure = false;  // skip TLS certificate verification (shown as a warning)
    QString caFile;         // PEM file of extra trusted CA certificates
    QString clientCertFile; // PEM client certificate
    QString clientKeyFile;  // PEM private key of the client certificate
    QString tlsServerName;  // SNI and verification name; the URL's host when empty

    QNetworkProxy proxy = QNetworkProxy(QNetworkProxy::NoProxy); // HTTP CONNECT or SOCKS5
    int connectTimeoutMs = 10000;
    bool autoReconnect = false;
    int reconnectInitialDelayMs = 500;
    int reconnectMaxDelayMs = 30000;

    SessionOptions session;
};

} // namespace Sockscope
