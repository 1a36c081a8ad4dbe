// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace SockscopeTest {

// RFC 6455 §1.3's opening handshake, plus an extension offer, a cookie and a header repeated
// in another spelling, to check wire order and duplicates. Its key answers to
// "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=".
inline const QByteArray kRfcRequest = "GET /chat HTTP/1.1\r\n"
                                      "Host: server.example.com\r\n"
                                      "Upgrade: websocket\r\n"
                                      "Connection: Upgrade\r\n"
                                      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                      "Origin: http://example.com\r\n"
                                      "Sec-WebSocket-Protocol: chat, superchat\r\n"
                                      "Sec-WebSocket-Version: 13\r\n"
                                      "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"
                                      "X-Dup: one\r\n"
                                      "Cookie: a=1\r\n"
                                      "x-dup: two\r\n"
                                      "\r\n";

} // namespace SockscopeTest
