// SPDX-License-Identifier: GPL-3.0-or-later
// An MQTT broker over WebSocket (npm aedes through ws' createWebSocketStream, subprotocol mqtt)
// for tests/net/tst_protocolinterop. Listens on 127.0.0.1 on a free port and prints
// `listening on 127.0.0.1:PORT`. Exits when stdin closes, on SIGTERM, or after 120 s.
//
// mqtt-packet writes a packet in several pieces within one tick; without _writev each piece
// goes out as its own WebSocket message. Like most brokers, this one sends every packet in one
// message (the stream gathers a tick's writes into one); with --pieces it sends the pieces.
import { Aedes } from 'aedes';
import { WebSocketServer, createWebSocketStream } from 'ws';

const broker = await Aedes.createBroker();
const wss = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    handleProtocols: (protocols) => (protocols.has('mqtt') ? 'mqtt' : false),
});
wss.on('connection', (ws) => {
    const stream = createWebSocketStream(ws);
    if (!process.argv.includes('--pieces'))
        stream._writev = (chunks, callback) => ws.send(Buffer.concat(chunks.map((c) => c.chunk)), callback);
    broker.handle(stream);
});
wss.on('listening', () => console.log(`listening on 127.0.0.1:${wss.address().port}`));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
setTimeout(() => process.exit(0), 120000).unref();
