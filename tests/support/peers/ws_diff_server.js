#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Node `ws` server that answers JSON messages differently from an echo server, for the replay
// diff tests (tests/ui/tst_replaydiff):
//   {"op":"hello",...}  echoed with "ts" set to the current time       (a changed field)
//   {"op":"price",...}  echoed with "value" plus one, then {"op":"notice","text":"price moved"}
//                                                                       (changed, then extra)
//   {"op":"bye",...}    no answer                                      (missing)
//   anything else       echoed
// Listens on 127.0.0.1 on a free port and prints `listening on 127.0.0.1:PORT`.
'use strict';

const { WebSocketServer } = require('ws');

const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });

function answers(text) {
  let message;
  try {
    message = JSON.parse(text);
  } catch (error) {
    return [text];
  }
  switch (message.op) {
    case 'hello':
      return [JSON.stringify({ ...message, ts: Date.now() })];
    case 'price':
      return [JSON.stringify({ ...message, value: message.value + 1 }),
              JSON.stringify({ op: 'notice', text: 'price moved' })];
    case 'bye':
      return [];
    default:
      return [text];
  }
}

server.on('listening', () => {
  process.stdout.write(`listening on 127.0.0.1:${server.address().port}\n`);
});
server.on('connection', (socket) => {
  socket.on('message', (data, isBinary) => {
    if (isBinary) {
      socket.send(data, { binary: true });
      return;
    }
    for (const answer of answers(data.toString())) socket.send(answer);
  });
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
