#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Node `ws` load client for the load test (tests/net/tst_load): opens COUNT connections to URL
// at once; each sends MESSAGES messages one after another, each after the echo of the one
// before, of mixed sizes and types (16, 64 and 256 byte texts, a 2 KiB binary every tenth),
// and checks every echo byte for byte. Prints `PASS open=COUNT echoed=N` (exit 0) when all are
// back and closed with 1000, `FAIL ...` (exit 1) otherwise or after 120 s.
//
//   node ws_load_clients.js URL COUNT MESSAGES
'use strict';

const WebSocket = require('ws');

const [url, countText, messagesText] = process.argv.slice(2);
const count = Number(countText);
const messages = Number(messagesText);
const TIMEOUT_MS = 120000;
let open = 0;
let echoed = 0;
let closed = 0;

function fail(message) {
  process.stdout.write(`FAIL open=${open} echoed=${echoed}: ${message}\n`);
  process.exit(1);
}
setTimeout(() => fail(`timed out after ${TIMEOUT_MS} ms`), TIMEOUT_MS).unref();

// Message k of connection i: its content names both, so a crossed echo is caught.
function message(i, k) {
  if (k % 10 === 9) {
    const bytes = Buffer.alloc(2048);
    for (let b = 0; b < bytes.length; ++b) bytes[b] = (i * 31 + k * 7 + b) & 0xff;
    return { data: bytes, binary: true };
  }
  const size = [16, 64, 256][k % 3];
  const head = `${i}:${k}:`;
  return { data: head + 'x'.repeat(Math.max(0, size - head.length)), binary: false };
}

function run(i) {
  const ws = new WebSocket(url, { perMessageDeflate: false });
  let k = 0;
  let expected = null;
  const sendNext = () => {
    expected = message(i, k);
    ws.send(expected.data, { binary: expected.binary });
  };
  ws.on('open', () => {
    ++open;
    sendNext();
  });
  ws.on('message', (data, isBinary) => {
    const same = isBinary === expected.binary
      && (isBinary ? Buffer.compare(data, expected.data) === 0 : data.toString('utf8') === expected.data);
    if (!same) fail(`connection ${i} message ${k}: wrong echo`);
    ++echoed;
    if (++k < messages) sendNext();
    else ws.close(1000, 'done');
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

for (let i = 0; i < count; ++i) run(i);
