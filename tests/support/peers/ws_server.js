#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Node `ws` echo server for Sockscope's interoperability tests.
//
//   node ws_server.js [--no-deflate] [--deflate-options JSON] [--tls-cert FILE --tls-key FILE]
//
// --deflate-options takes ws's perMessageDeflate options, e.g. '{"clientMaxWindowBits":10}'.
// --tls-cert and --tls-key (PEM) make it a wss:// server.
// Listens on 127.0.0.1 on a free port and prints `listening on 127.0.0.1:PORT`. Every data
// message is echoed with its type. Text commands:
//   headers?               reply with the JSON object of the upgrade request's headers
//   close-me CODE REASON   close with that code and reason (no code: a Close without status)
//   fragment-me A B C ...  send the words as the fragments of one text message, with a ping
//                          (payload "mid-fragment") after the first fragment
//   ping-me PAYLOAD        send a ping; the pong is logged as `pong N HEX`
// A client that asks for /greet gets the text message "greeting" at once.
// Every event is logged on stdout with the connection number N, so a test can check what the
// server saw: `open N path=... protocol=... extensions=...`, `header N name: value`,
// `message N text|binary LENGTH`, `ping N HEX`, `close N CODE REASON`.
'use strict';

const { WebSocketServer } = require('ws');

const args = process.argv.slice(2);
const deflate = !args.includes('--no-deflate');
const optionsAt = args.indexOf('--deflate-options');
const deflateOptions = optionsAt >= 0 ? JSON.parse(args[optionsAt + 1]) : {};
const argument = (name) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : null);
const tlsCert = argument('--tls-cert');
let httpsServer = null;
if (tlsCert) {
  const fs = require('fs');
  httpsServer = require('https').createServer({ cert: fs.readFileSync(tlsCert),
                                                key: fs.readFileSync(argument('--tls-key')) });
}

const server = new WebSocketServer({
  ...(httpsServer ? { server: httpsServer } : { host: '127.0.0.1', port: 0 }),
  // Room for the 16 MiB cases plus framing.
  maxPayload: 64 * 1024 * 1024,
  // threshold 0: compress every message, small ones too, so inflation is always exercised.
  perMessageDeflate: deflate ? { threshold: 0, ...deflateOptions } : false,
  // The first subprotocol the client offers, whatever it is.
  handleProtocols: (protocols) => {
    for (const protocol of protocols) return protocol;
    return false;
  },
});

let connections = 0;

function log(line) {
  process.stdout.write(line + '\n');
}

server.on('listening', () => {
  log(`listening on 127.0.0.1:${server.address().port}`);
});
if (httpsServer) httpsServer.listen(0, '127.0.0.1');

server.on('connection', (ws, request) => {
  const id = ++connections;
  const headers = {};
  for (let i = 0; i + 1 < request.rawHeaders.length; i += 2) {
    const name = request.rawHeaders[i].toLowerCase();
    const value = request.rawHeaders[i + 1];
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
    log(`header ${id} ${name}: ${value}`);
  }
  log(`open ${id} path=${request.url} protocol=${ws.protocol} extensions=${ws.extensions}`);
  // A message right behind the 101 response, likely in the same read as the handshake.
  if (request.url === '/greet') ws.send('greeting');

  ws.on('message', (data, isBinary) => {
    log(`message ${id} ${isBinary ? 'binary' : 'text'} ${data.length}`);
    if (!isBinary) {
      const text = data.toString('utf8');
      if (text === 'headers?') {
        ws.send(JSON.stringify(headers));
        return;
      }
      if (text === 'close-me' || text.startsWith('close-me ')) {
        // Without a code: a Close frame with no status, which the peer reports as 1005.
        const [, code, ...reason] = text.split(' ');
        if (code === undefined) ws.close();
        else ws.close(Number(code), reason.join(' '));
        return;
      }
      if (text.startsWith('fragment-me ')) {
        const words = text.split(' ').slice(1);
        // A ping between the first two fragments: control frames may interleave (§5.4).
        words.forEach((word, i) => {
          ws.send(word, { binary: false, fin: i === words.length - 1 });
          if (i === 0 && words.length > 1) ws.ping(Buffer.from('mid-fragment'));
        });
        return;
      }
      if (text.startsWith('ping-me ')) {
        ws.ping(Buffer.from(text.slice('ping-me '.length), 'utf8'));
        return;
      }
    }
    ws.send(data, { binary: isBinary });
  });
  ws.on('ping', (data) => log(`ping ${id} ${data.toString('hex')}`));
  ws.on('pong', (data) => log(`pong ${id} ${data.toString('hex')}`));
  ws.on('close', (code, reason) => log(`close ${id} ${code} ${reason.toString('utf8')}`));
  ws.on('error', (error) => log(`error ${id} ${error.message}`));
});

server.on('error', (error) => {
  process.stderr.write(`ws_server: ${error.message}\n`);
  process.exit(1);
});

function shutDown() {
  for (const client of server.clients) client.terminate();
  server.close(() => process.exit(0));
  // Never hang on the way out.
  setTimeout(() => process.exit(0), 1000).unref();
}
process.on('SIGTERM', shutDown);
process.on('SIGINT', shutDown);
