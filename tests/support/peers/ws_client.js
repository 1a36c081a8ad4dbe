#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Node `ws` client for Sockscope's interoperability tests: connects to an echo server, runs
// one scripted case, checks every echo byte for byte and prints one line,
// `PASS case=NAME ...` or `FAIL case=NAME: why`, exiting 0 or 1.
//
//   node ws_client.js URL [--case NAME] [--no-deflate] [--expect-deflate]
//                         [--protocol P]... [--expect-protocol P] [--header NAME:VALUE]...
//                         [--deflate-options JSON]
//
// Cases: text, binary, empty, 64k, 16m, fragmented, ping, close, subprotocol, headers,
// server-fragments (expects the text SERVER_FRAGMENTS_TEXT in several frames from the server),
// server-close (expects the server to close with 4002 "server bye"), window (messages of 400
// and 3000 random bytes and one with repeats from 300 bytes to 20 KiB apart, each twice: they
// break a peer that compresses with a larger window than negotiated or keeps a context it
// agreed to drop), all (the echo cases in one connection, then close). --deflate-options takes ws's perMessageDeflate options.
'use strict';

const WebSocket = require('ws');

const TIMEOUT_MS = 30000;
const CLIENT_CLOSE = { code: 4001, reason: 'client bye' };
const SERVER_CLOSE = { code: 4002, reason: 'server bye' };
const SERVER_FRAGMENTS_TEXT = 'fragmented by the server';
const PING_PAYLOAD = Buffer.from('sockscope-ping', 'utf8');
const MID_FRAGMENT_PING = Buffer.from('mid-fragment', 'utf8');

function usage(message) {
  process.stderr.write(`ws_client: ${message}\n`);
  process.exit(2);
}

function parseArguments(argv) {
  const options = { url: null, name: 'all', deflate: true, expectDeflate: false, protocols: [],
                    expectProtocol: null, headers: {}, deflateOptions: {} };
  for (let i = 0; i < argv.length; ++i) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--case') options.name = value();
    else if (arg === '--no-deflate') options.deflate = false;
    else if (arg === '--expect-deflate') options.expectDeflate = true;
    else if (arg === '--protocol') options.protocols.push(value());
    else if (arg === '--expect-protocol') options.expectProtocol = value();
    else if (arg === '--deflate-options') options.deflateOptions = JSON.parse(value());
    else if (arg === '--header') {
      const header = value();
      const colon = header.indexOf(':');
      if (colon <= 0) usage(`--header needs NAME:VALUE, got "${header}"`);
      options.headers[header.slice(0, colon).trim()] = header.slice(colon + 1).trim();
    } else if (arg.startsWith('--')) usage(`unknown option ${arg}`);
    else if (options.url === null) options.url = arg;
    else usage(`unexpected argument ${arg}`);
  }
  if (options.url === null) usage('missing URL');
  return options;
}

// Deterministic, poorly compressible bytes (xorshift32), so deflate has real work to do.
function patternBytes(size, seed) {
  const bytes = Buffer.allocUnsafe(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; ++i) {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

// Each 64-byte block comes back after `distance` bytes: a deflater finds the repeat only when its
// window covers the distance.
function windowProbe() {
  const parts = [];
  [300, 600, 1200, 2500, 5000, 10000, 20000].forEach((distance, i) => {
    const block = patternBytes(64, 100 + i);
    parts.push(block, patternBytes(distance - 64, 200 + i), block);
  });
  return Buffer.concat(parts);
}

function describe(buffer) {
  const head = buffer.subarray(0, 16).toString('hex');
  return `${buffer.length} bytes (${head}${buffer.length > 16 ? '...' : ''})`;
}

function firstDifference(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; ++i) if (a[i] !== b[i]) return i;
  return n;
}

class Peer {
  constructor(ws) {
    this.ws = ws;
    this.queue = [];
    this.waiters = [];
    this.closeInfo = null;
    ws.on('message', (data, isBinary) => this.push({ kind: 'message', data: Buffer.from(data), isBinary }));
    ws.on('pong', (data) => this.push({ kind: 'pong', data: Buffer.from(data) }));
    ws.on('close', (code, reason) => {
      this.closeInfo = { code, reason: reason.toString('utf8') };
      this.push({ kind: 'close', ...this.closeInfo });
    });
  }

  push(item) {
    const waiter = this.waiters.shift();
    if (waiter) waiter(item);
    else this.queue.push(item);
  }

  next() {
    if (this.queue.length) return Promise.resolve(this.queue.shift());
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  async expectMessage(label, expected, isBinary) {
    const item = await this.next();
    if (item.kind !== 'message') {
      const detail = item.kind === 'close' ? ` ${item.code} "${item.reason}"` : '';
      throw new Error(`${label}: expected a message, got ${item.kind}${detail}`);
    }
    if (item.isBinary !== isBinary)
      throw new Error(`${label}: expected a ${isBinary ? 'binary' : 'text'} message, got ${item.isBinary ? 'binary' : 'text'}`);
    if (!item.data.equals(expected))
      throw new Error(`${label}: echo differs at byte ${firstDifference(item.data, expected)}: ` +
                      `sent ${describe(expected)}, got ${describe(item.data)}`);
  }

  async echo(label, data, isBinary) {
    this.ws.send(data, { binary: isBinary });
    await this.expectMessage(label, data, isBinary);
  }
}

const echoCases = {
  text: (peer) => peer.echo('text', Buffer.from('hello, interop: ünïcödé ✓ 🚀', 'utf8'), false),
  binary: (peer) => peer.echo('binary', Buffer.from(Array.from({ length: 256 }, (_, i) => i)), true),
  empty: async (peer) => {
    await peer.echo('empty text', Buffer.alloc(0), false);
    await peer.echo('empty binary', Buffer.alloc(0), true);
  },
  '64k': (peer) => peer.echo('64k', patternBytes(64 * 1024, 64), true),
  '16m': (peer) => peer.echo('16m', patternBytes(16 * 1024 * 1024, 16), true),
  fragmented: async (peer) => {
    // A ping between the first two text fragments: the pong comes before the echo (§5.4).
    const parts = ['frag-one ', 'frag-two ', 'frag-three'];
    parts.forEach((part, i) => {
      peer.ws.send(part, { binary: false, fin: i === parts.length - 1 });
      if (i === 0) peer.ws.ping(MID_FRAGMENT_PING);
    });
    const pong = await peer.next();
    if (pong.kind !== 'pong' || !pong.data.equals(MID_FRAGMENT_PING))
      throw new Error(`fragmented: expected the pong to the mid-message ping, got ${pong.kind}`);
    await peer.expectMessage('fragmented text', Buffer.from(parts.join(''), 'utf8'), false);
    const binary = patternBytes(3000, 7);
    [binary.subarray(0, 1000), binary.subarray(1000, 2000), binary.subarray(2000)]
      .forEach((part, i) => peer.ws.send(part, { binary: true, fin: i === 2 }));
    await peer.expectMessage('fragmented binary', binary, true);
  },
  window: async (peer) => {
    // Sent twice, the copy can only point back into the previous message if the context was
    // kept, and only 400 or 3000 bytes back if the window is that large.
    for (const message of [patternBytes(400, 400), patternBytes(3000, 3000), windowProbe()]) {
      await peer.echo(`window ${message.length}`, message, true);
      await peer.echo(`window ${message.length} again`, message, true);
    }
  },
  ping: async (peer) => {
    peer.ws.ping(PING_PAYLOAD);
    const item = await peer.next();
    if (item.kind !== 'pong') throw new Error(`ping: expected a pong, got ${item.kind}`);
    if (!item.data.equals(PING_PAYLOAD))
      throw new Error(`ping: pong payload ${describe(item.data)} differs from ping payload ${describe(PING_PAYLOAD)}`);
  },
};

async function closeAndCheck(peer) {
  peer.ws.close(CLIENT_CLOSE.code, CLIENT_CLOSE.reason);
  let item;
  do item = await peer.next(); while (item.kind !== 'close');
  // The peer's Close frame echoes our code (RFC 6455 §5.5.1).
  if (item.code !== CLIENT_CLOSE.code)
    throw new Error(`close: server answered with ${item.code} "${item.reason}", expected ${CLIENT_CLOSE.code}`);
  return `close=${item.code}`;
}

async function runCase(name, peer) {
  if (name in echoCases) {
    await echoCases[name](peer);
    return closeAndCheck(peer);
  }
  switch (name) {
  case 'all':
    for (const step of Object.values(echoCases)) await step(peer);
    return closeAndCheck(peer);
  case 'close':
  case 'subprotocol':
  case 'headers':
    await echoCases.text(peer);
    return closeAndCheck(peer);
  case 'server-fragments': {
    await peer.expectMessage('server-fragments', Buffer.from(SERVER_FRAGMENTS_TEXT, 'utf8'), false);
    return closeAndCheck(peer);
  }
  case 'server-close': {
    const item = await peer.next();
    if (item.kind !== 'close') throw new Error(`server-close: expected a close, got ${item.kind}`);
    if (item.code !== SERVER_CLOSE.code || item.reason !== SERVER_CLOSE.reason)
      throw new Error(`server-close: got ${item.code} "${item.reason}", expected ${SERVER_CLOSE.code} "${SERVER_CLOSE.reason}"`);
    return `close=${item.code} reason="${item.reason}"`;
  }
  default:
    usage(`unknown case ${name}`);
  }
  return '';
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const name = options.name;
  const fail = (message) => {
    process.stdout.write(`FAIL case=${name}: ${message}\n`);
    process.exit(1);
  };
  setTimeout(() => fail(`timed out after ${TIMEOUT_MS} ms`), TIMEOUT_MS).unref();

  const ws = new WebSocket(options.url, options.protocols, {
    perMessageDeflate: options.deflate ? { threshold: 0, ...options.deflateOptions } : false,
    maxPayload: 64 * 1024 * 1024,
    headers: options.headers,
    handshakeTimeout: 10000,
  });
  const peer = new Peer(ws);
  try {
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
      ws.once('unexpected-response', (request, response) =>
        reject(new Error(`upgrade refused with HTTP ${response.statusCode}`)));
    });
  } catch (error) {
    fail(`connect: ${error.message}`);
  }
  ws.on('error', (error) => fail(`${error.message}`));
  if (options.expectDeflate && !ws.extensions.includes('permessage-deflate'))
    fail(`permessage-deflate not negotiated (extensions: "${ws.extensions}")`);
  if (options.expectProtocol !== null && ws.protocol !== options.expectProtocol)
    fail(`subprotocol "${ws.protocol}" negotiated, expected "${options.expectProtocol}"`);
  try {
    const detail = await runCase(name, peer);
    process.stdout.write(`PASS case=${name} protocol=${ws.protocol || '-'} extensions=${ws.extensions || '-'} ${detail}\n`);
    process.exit(0);
  } catch (error) {
    fail(error.message);
  }
}

main();
