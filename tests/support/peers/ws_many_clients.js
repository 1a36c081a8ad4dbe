#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Node `ws` load client for Sockscope's proxy tests: opens COUNT connections to URL at once,
// keeps them all open until every one has sent a text message and got its echo back, then
// closes them all and prints `PASS open=COUNT echoed=COUNT` (exit 0) or `FAIL ...` (exit 1).
//
//   node ws_many_clients.js URL COUNT
'use strict';

const WebSocket = require('ws');

const [url, countText] = process.argv.slice(2);
const count = Number(countText);
const TIMEOUT_MS = 60000;
let open = 0;
let echoed = 0;
let closed = 0;
const sockets = [];

function fail(message) {
  process.stdout.write(`FAIL open=${open} echoed=${echoed}: ${message}\n`);
  process.exit(1);
}
setTimeout(() => fail(`timed out after ${TIMEOUT_MS} ms`), TIMEOUT_MS).unref();

function closeAll() {
  for (const ws of sockets) ws.close(1000, 'done');
}

for (let i = 0; i < count; ++i) {
  const ws = new WebSocket(url, { perMessageDeflate: false });
  const text = `message ${i}`;
  sockets.push(ws);
  ws.on('open', () => {
    ++open;
    ws.send(text);
  });
  ws.on('message', (data) => {
    if (data.toString('utf8') !== text) fail(`connection ${i} got "${data}"`);
    if (++echoed === count) closeAll();
  });
  ws.on('error', (error) => fail(`connection ${i}: ${error.message}`));
  ws.on('close', (code) => {
    if (code !== 1000) fail(`connection ${i} closed with ${code}`);
    if (++closed === count) {
      process.stdout.write(`PASS open=${open} echoed=${echoed}\n`);
      process.exit(0);
    }
  });
}
