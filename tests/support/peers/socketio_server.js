// SPDX-License-Identifier: GPL-3.0-or-later
// A Socket.IO v4 server (npm socket.io, WebSocket transport only) for tests/net/tst_protocolinterop.
// Listens on 127.0.0.1 on a free port and prints `listening on 127.0.0.1:PORT`; path
// /socket.io/?EIO=4&transport=websocket. Pings every 300 ms (the test answers them).
//   "chat" (text, ack)  -> ack("got " + text), then emits "reply" with the text in capitals
//   "upload" (buffer)   -> emits "stored" with { size, bytes: the buffer reversed }
// Exits when stdin closes, on SIGTERM, or after 120 s.
'use strict';

const http = require('http');
const { Server } = require('socket.io');

const server = http.createServer();
const io = new Server(server, { transports: ['websocket'], pingInterval: 300, pingTimeout: 5000 });

io.on('connection', (socket) => {
    socket.on('chat', (text, ack) => {
        if (typeof ack === 'function')
            ack('got ' + text);
        socket.emit('reply', String(text).toUpperCase());
    });
    socket.on('upload', (buffer) => {
        socket.emit('stored', { size: buffer.length, bytes: Buffer.from(buffer).reverse() });
    });
});

server.listen(0, '127.0.0.1', () => console.log(`listening on 127.0.0.1:${server.address().port}`));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
setTimeout(() => process.exit(0), 120000).unref();
