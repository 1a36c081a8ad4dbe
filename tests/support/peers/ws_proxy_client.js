#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Node `ws` client that reaches its server through an HTTP proxy's CONNECT tunnel, as an
// agent does: sends each MESSAGE, expects it echoed, closes with 1000 and prints
// `PASS echoed=N` (exit 0) or `FAIL ...` (exit 1). For wss:// it trusts the CA in --ca.
//
//   node ws_proxy_client.js URL --proxy HOST:PORT [--ca FILE] MESSAGE...
'use strict';

const http = require('http');
const tls = require('tls');
const fs = require('fs');
const WebSocket = require('ws');

const args = process.argv.slice(2);
const url = new URL(args.shift());
let proxy = null;
let ca = null;
const messages = [];
while (args.length) {
  const arg = args.shift();
  if (arg === '--proxy') proxy = args.shift();
  else if (arg === '--ca') ca = fs.readFileSync(args.shift());
  else messages.push(arg);
}
const fail = (message) => {
  process.stdout.write(`FAIL: ${message}\n`);
  process.exit(1);
};
setTimeout(() => fail('timed out'), 30000).unref();

const [proxyHost, proxyPort] = proxy.split(':');
const secure = url.protocol === 'wss:';
const port = url.port || (secure ? 443 : 80);
const connect = http.request({ host: proxyHost, port: Number(proxyPort), method: 'CONNECT',
                               path: `${url.hostname}:${port}` });
connect.on('error', (error) => fail(`CONNECT: ${error.message}`));
connect.on('connect', (response, socket) => {
  if (response.statusCode !== 200) fail(`CONNECT answered ${response.statusCode}`);
  const tunnel = secure ? tls.connect({ socket, servername: url.hostname, ca }) : socket;
  const ws = new WebSocket(url, { createConnection: () => tunnel, perMessageDeflate: false });
  let echoed = 0;
  ws.on('open', () => { for (const m of messages) ws.send(m); });
  ws.on('message', (data) => {
    if (data.toString('utf8') !== messages[echoed]) fail(`expected "${messages[echoed]}", got "${data}"`);
    if (++echoed === messages.length) ws.close(1000);
  });
  ws.on('error', (error) => fail(error.message));
  ws.on('close', (code) => {
    if (echoed !== messages.length) fail(`closed with ${code} after ${echoed} echoes`);
    process.stdout.write(`PASS echoed=${echoed}\n`);
    process.exit(0);
  });
});
connect.end();
