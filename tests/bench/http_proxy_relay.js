// SPDX-License-Identifier: GPL-3.0-or-later
// Peer for the relay benchmark (tests/bench/relay.sh): a WebSocket reverse proxy made with
// Node's http-proxy (pinned in tests/support/peers), which relays upgrades to TARGET.
// Usage: node http_proxy_relay.js TARGET [PORT]   (TARGET e.g. ws://127.0.0.1:1234; PORT 0 or
// nothing: a free port). Prints "listening on 127.0.0.1:PORT". Modules come from
// tests/support/peers/node_modules (NODE_PATH).
'use strict';
const http = require('http');
const httpProxy = require('http-proxy');

const target = process.argv[2];
const port = Number(process.argv[3] || 0);
if (!target) {
    console.error('usage: node http_proxy_relay.js TARGET [PORT]');
    process.exit(2);
}

const proxy = httpProxy.createProxyServer({ target, ws: true });
proxy.on('error', (error, req, socket) => {
    console.error(`proxy error: ${error.message}`);
    if (socket && socket.destroy) socket.destroy();
});

const server = http.createServer((req, res) => proxy.web(req, res));
server.on('upgrade', (req, socket, head) => proxy.ws(req, socket, head)); // sets TCP_NODELAY both ways
server.listen(port, '127.0.0.1', () => console.log(`listening on 127.0.0.1:${server.address().port}`));
process.on('SIGTERM', () => process.exit(0));
