// SPDX-License-Identifier: GPL-3.0-or-later
// Prints, as one JSON object of name -> hex, payloads made by real encoders of binary formats
// (@msgpack/msgpack, cbor-x, protobufjs with tests/data/chat.proto) for
// tests/core/tst_binarydecoders.cpp.
'use strict';

const path = require('path');
const msgpack = require('@msgpack/msgpack');
const cbor = require('cbor-x');
const protobuf = require('protobufjs');

const out = {};
const bytes = (name, b) => { out[name] = Buffer.from(b).toString('hex'); };

// MessagePack, including the timestamp extension (-1) for a Date.
bytes('msgpack_chat', msgpack.encode({ type: 'chat', user: 'ann', n: 3 }));
bytes('msgpack_nested', msgpack.encode({ list: [1, -2, 3.5, null, true], bin: new Uint8Array([1, 2, 255]),
                                          deep: { a: { b: 'c' } } }));
bytes('msgpack_timestamp', msgpack.encode({ at: new Date(Date.UTC(2024, 4, 1, 12, 0, 0, 500)) }));
bytes('msgpack_timestamp_seconds', msgpack.encode(new Date(Date.UTC(2024, 4, 1, 12, 0, 0))));
const ext = new msgpack.ExtensionCodec();
ext.register({ type: 5, encode: (v) => (v instanceof Set ? new Uint8Array([...v]) : null), decode: () => null });
bytes('msgpack_ext', msgpack.encode([new Set([7, 8])], { extensionCodec: ext }));
bytes('msgpack_big_array', msgpack.encode(Array.from({ length: 40000 }, (_, i) => i)));
bytes('msgpack_strings', msgpack.encode(['héllo €', 'a"b\\c\n', '']));
bytes('msgpack_int64', msgpack.encode([2n ** 63n - 1n, -(2n ** 63n)], { useBigInt64: true }));

// CBOR, plain objects (no cbor-x records), a Date as tag 1, and a self-described item.
const plain = new cbor.Encoder({ useRecords: false, mapsAsObjects: true });
bytes('cbor_chat', plain.encode({ type: 'chat', user: 'ann', n: 3 }));
bytes('cbor_nested', plain.encode({ list: [1, -2, 3.5, null, true, undefined], bin: Buffer.from([1, 2, 255]),
                                    deep: { a: { b: 'c' } } }));
bytes('cbor_date', plain.encode({ at: new Date(Date.UTC(2024, 4, 1, 12, 0, 0)) }));
bytes('cbor_self_described', Buffer.concat([Buffer.from([0xd9, 0xd9, 0xf7]), plain.encode([1, 'x'])]));
bytes('cbor_big_array', plain.encode(Array.from({ length: 40000 }, (_, i) => i)));
bytes('cbor_bigint', plain.encode([2n ** 64n - 1n, -(2n ** 63n)]));
bytes('cbor_records', cbor.encode([{ a: 1, b: 2 }, { a: 3, b: 4 }]));

// Protocol Buffers, with the schema the tests load into libprotobuf too.
const root = protobuf.loadSync(path.join(__dirname, '..', '..', 'data', 'chat.proto'));
const Chat = root.lookupType('demo.Chat');
const chat = (fields) => Chat.encode(Chat.create(fields)).finish();
bytes('proto_chat', chat({ user: 'ann', text: 'hi' }));
bytes('proto_full', chat({ user: 'ann', text: 'hi', tags: [1, 2, 300], meta: { id: 150, room: 'lobby' },
                           counts: { likes: 7 }, blob: Buffer.from([0, 1, 2, 0xff]), score: 1.5, delta: -3,
                           crc: 0xdeadbeef, kind: 2, reactions: [{ emoji: '👍' }, { emoji: 'ok' }] }));
bytes('proto_varint', chat({ meta: { id: 150 } }));

process.stdout.write(JSON.stringify(out));
