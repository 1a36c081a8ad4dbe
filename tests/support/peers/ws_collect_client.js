#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Node `ws` client that sends the given messages one after another and prints every message it
// receives, for testing servers whose answers are known in advance (Sockscope's mock server).
//
//   node ws_collect_client.js URL [--quiet-ms N] [--text MSG | --binary HEX]...
//
// Prints `open PROTOCOL`, then `recv text MSG` or `recv binary HEX` per message received, and
// `closed CODE` at the end. Each message is sent after the previous one got an answer or after
// 200 ms; once all are sent and the server stays quiet for --quiet-ms (default 500), it closes
// with 1000 and exits 0.
'use strict';

const WebSocket = require('ws');

const args = process.argv.slice(2);
const url = args.shift();
const toSend = [];
let quietMs = 500;
while (args.length) {
  const flag = args.shift();
  const value = args.shift();
  if (flag === '--text') toSend.push(value);
  else if (flag === '--binary') toSend.push(Buffer.from(value, 'hex'));
  else if (flag === '--quiet-ms') quietMs = Number(value);
  else {
    process.stderr.write(`ws_collect_client: unknown option ${flag}\n`);
    process.exit(2);
  }
}

const ws = new WebSocket(url);
let quietTimer = null;
let nextTimer = null;

function armQuiet() {
  clearTimeout(quietTimer);
  quietTimer = setTimeout(() => ws.close(1000), quietMs);
}

function sendNext() {
  clearTimeout(nextTimer);
  if (toSend.length === 0) {
    armQuiet();
    return;
  }
  ws.send(toSend.shift());
  nextTimer = setTimeout(sendNext, 200);
}

ws.on('open', () => {
  process.stdout.write(`open ${ws.protocol}\n`);
  // Let answers that need no trigger arrive first.
  nextTimer = setTimeout(sendNext, 100);
});
ws.on('message', (data, isBinary) => {
  process.stdout.write(isBinary ? `recv binary ${data.toString('hex')}\n` : `recv text ${data.toString('utf8')}\n`);
  if (toSend.length) {
    clearTimeout(nextTimer);
    nextTimer = setTimeout(sendNext, 20);
  } else {
    armQuiet();
  }
});
ws.on('close', (code) => {
  process.stdout.write(`closed ${code}\n`);
  process.exit(0);
});
ws.on('error', (error) => {
  process.stderr.write(`ws_collect_client: ${error.message}\n`);
  process.exit(1);
});
setTimeout(() => {
  process.stderr.write('ws_collect_client: timed out\n');
  process.exit(1);
}, 30000);
