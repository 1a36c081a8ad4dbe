// SPDX-License-Identifier: GPL-3.0-or-later
// Prints, as one JSON object of name -> hex, payloads made by the protocols' own encoders
// (socket.io-parser and engine.io-parser, graphql-ws and graphql, @stomp/stompjs, mqtt-packet)
// for tests/core/tst_protocoldecoders.cpp. SockJS framing and the legacy graphql-ws messages
// (subscriptions-transport-ws, not installed) are JSON.stringify of their documented shapes.
'use strict';

const eio = require('engine.io-parser');
const sio = require('socket.io-parser');
const { stringifyMessage } = require('graphql-ws');
const { parse, print } = require('graphql');
const { FrameImpl } = require('@stomp/stompjs');
const mqtt = require('mqtt-packet');

const out = {};
const text = (name, s) => { out[name] = Buffer.from(s, 'utf8').toString('hex'); };
const bytes = (name, b) => { out[name] = Buffer.from(b).toString('hex'); };

// Engine.IO packets; a Socket.IO packet travels as the data of an Engine.IO message.
const engineIo = (type, data) => {
    let encoded;
    eio.encodePacket({ type, data }, false, (e) => { encoded = e; });
    return encoded;
};
const encoder = new sio.Encoder();
const socketIo = (name, packet) => {
    const [first, ...attachments] = encoder.encode(packet);
    text(name, engineIo('message', first));
    attachments.forEach((a, i) => bytes(`${name}_attachment${i}`, a));
};
text('eio_open', engineIo('open', JSON.stringify({ sid: 'abc123', upgrades: [], pingInterval: 25000,
                                                   pingTimeout: 20000, maxPayload: 1000000 })));
text('eio_ping', engineIo('ping'));
text('eio_pong', engineIo('pong'));
text('eio_ping_probe', engineIo('ping', 'probe'));
text('eio_pong_probe', engineIo('pong', 'probe'));
text('eio_close', engineIo('close'));
text('eio_upgrade', engineIo('upgrade'));
text('eio_noop', engineIo('noop'));
const T = sio.PacketType;
socketIo('sio_connect', { type: T.CONNECT, nsp: '/' });
socketIo('sio_connect_auth', { type: T.CONNECT, nsp: '/admin', data: { token: 'secret' } });
socketIo('sio_connect_reply', { type: T.CONNECT, nsp: '/', data: { sid: 'Xy' } });
socketIo('sio_disconnect_nsp', { type: T.DISCONNECT, nsp: '/admin' });
socketIo('sio_event', { type: T.EVENT, nsp: '/', data: ['chat', 'hi'] });
socketIo('sio_event_ack', { type: T.EVENT, nsp: '/admin', id: 12, data: ['save', { b: 1, a: [true, null] }] });
socketIo('sio_ack', { type: T.ACK, nsp: '/', id: 3, data: ['ok', 5] });
socketIo('sio_connect_error', { type: T.CONNECT_ERROR, nsp: '/', data: { message: 'not authorized' } });
socketIo('sio_binary_event', { type: T.EVENT, nsp: '/', data: ['upload', Buffer.from([1, 2, 3]), { name: 'x', file: Buffer.from('xy') }] });
socketIo('sio_binary_ack', { type: T.ACK, nsp: '/', id: 9, data: [Buffer.from([255])] });

// graphql-transport-ws, through the library's own serializer (which validates the shapes).
const query = print(parse('subscription OnMessage($room: String) { message(room: $room) { text } }'));
text('gql_init', stringifyMessage({ type: 'connection_init', payload: { auth: 't0ken' } }));
text('gql_ack', stringifyMessage({ type: 'connection_ack' }));
text('gql_ping', stringifyMessage({ type: 'ping' }));
text('gql_pong', stringifyMessage({ type: 'pong' }));
text('gql_subscribe', stringifyMessage({ type: 'subscribe', id: '1',
                                         payload: { query, operationName: 'OnMessage', variables: { room: 'a' } } }));
text('gql_subscribe_anonymous', stringifyMessage({ type: 'subscribe', id: '2', payload: { query: print(parse('query Hello { hello }')) } }));
text('gql_next', stringifyMessage({ type: 'next', id: '1', payload: { data: { message: { text: 'hi' } } } }));
text('gql_error', stringifyMessage({ type: 'error', id: '1', payload: [{ message: 'boom' }] }));
text('gql_complete', stringifyMessage({ type: 'complete', id: '1' }));
// Legacy graphql-ws (subscriptions-transport-ws).
text('gqlws_start', JSON.stringify({ type: 'start', id: '7', payload: { query, variables: { room: 'b' }, operationName: null } }));
text('gqlws_data', JSON.stringify({ type: 'data', id: '7', payload: { data: { message: { text: 'yo' } } } }));
text('gqlws_ka', JSON.stringify({ type: 'ka' }));
text('gqlws_stop', JSON.stringify({ type: 'stop', id: '7' }));
text('gqlws_terminate', JSON.stringify({ type: 'connection_terminate' }));
text('gqlws_connection_error', JSON.stringify({ type: 'connection_error', payload: { message: 'bad token' } }));

// STOMP frames from stompjs' own marshaller.
const stomp = (frame) => FrameImpl.marshall({ escapeHeaderValues: frame.command !== 'CONNECT', ...frame });
text('stomp_connect', stomp({ command: 'CONNECT', headers: { 'accept-version': '1.2,1.1', host: '/', 'heart-beat': '10000,10000' } }));
text('stomp_send', stomp({ command: 'SEND', headers: { destination: '/queue/a', 'content-type': 'text/plain' }, body: 'hello world!' }));
text('stomp_message', stomp({ command: 'MESSAGE', headers: { destination: '/topic/x', 'message-id': 'a:b\nc\\d', subscription: 'sub-0' },
                              body: '{"t":1}', skipContentLengthHeader: true }));
bytes('stomp_binary', new Uint8Array(stomp({ command: 'SEND', headers: { destination: '/q' }, binaryBody: new Uint8Array([0, 1, 2, 0]) })));
text('stomp_subscribe', stomp({ command: 'SUBSCRIBE', headers: { destination: '/topic/x', id: 'sub-0', ack: 'auto' } }));
text('stomp_heartbeat', '\n');
text('stomp_two_frames', '\n' + stomp({ command: 'SEND', headers: { destination: '/q1' }, body: 'a' })
                         + stomp({ command: 'SEND', headers: { destination: '/q2' }, body: 'bc' }));
// STOMP over SockJS: the server's "a[…]" array frames, the client's bare arrays.
text('sockjs_open', 'o');
text('sockjs_heartbeat', 'h');
text('sockjs_close', 'c' + JSON.stringify([3000, 'Go away!']));
text('sockjs_message', 'a' + JSON.stringify([stomp({ command: 'MESSAGE', headers: { destination: '/topic/x', subscription: 's' }, body: 'hi' })]));
text('sockjs_client_send', JSON.stringify([stomp({ command: 'SEND', headers: { destination: '/queue/a' }, body: 'hello world!' })]));

// MQTT packets from mqtt-packet, the mqtt client's own encoder.
const v5 = { protocolVersion: 5 };
const v4 = { protocolVersion: 4 };
const mq = (name, packet, options) => bytes(name, mqtt.generate(packet, options));
mq('mqtt_connect5', { cmd: 'connect', protocolId: 'MQTT', protocolVersion: 5, clientId: 'sensor-1', keepalive: 60, clean: true,
                      properties: { sessionExpiryInterval: 300, receiveMaximum: 10 } }, v5);
mq('mqtt_connect4', { cmd: 'connect', protocolId: 'MQTT', protocolVersion: 4, clientId: 'c4', keepalive: 30, clean: true,
                      username: 'user', password: Buffer.from('pw'), will: { topic: 'bye', payload: Buffer.from('gone'), qos: 1, retain: false } }, v4);
mq('mqtt_connack5', { cmd: 'connack', reasonCode: 0, sessionPresent: false, properties: { topicAliasMaximum: 10 } }, v5);
mq('mqtt_connack4', { cmd: 'connack', returnCode: 5, sessionPresent: false }, v4);
mq('mqtt_publish5', { cmd: 'publish', topic: 'sensors/t1', qos: 1, messageId: 7, payload: '21.5C',
                      properties: { contentType: 'text/plain', userProperties: { unit: 'C' } } }, v5);
mq('mqtt_publish5_bare', { cmd: 'publish', topic: 'sensors/t2', qos: 0, payload: 'on' }, v5);
mq('mqtt_publish4', { cmd: 'publish', topic: 'a/b', qos: 2, messageId: 300, retain: true, payload: 'hello' }, v4);
mq('mqtt_publish4_binary', { cmd: 'publish', topic: 'bin', qos: 0, payload: Buffer.from([0xff, 0x00, 0x10]) }, v4);
mq('mqtt_puback5', { cmd: 'puback', messageId: 7, reasonCode: 16 }, v5);
mq('mqtt_pubrel4', { cmd: 'pubrel', messageId: 300 }, v4);
mq('mqtt_subscribe5', { cmd: 'subscribe', messageId: 1, subscriptions: [{ topic: 'sensors/#', qos: 1, nl: true }, { topic: 'x', qos: 0 }] }, v5);
mq('mqtt_suback5', { cmd: 'suback', messageId: 1, granted: [1, 0] }, v5);
mq('mqtt_suback4', { cmd: 'suback', messageId: 2, granted: [2, 128] }, v4);
mq('mqtt_unsubscribe4', { cmd: 'unsubscribe', messageId: 3, unsubscriptions: ['a/b', 'c'] }, v4);
mq('mqtt_unsuback4', { cmd: 'unsuback', messageId: 3 }, v4);
mq('mqtt_pingreq', { cmd: 'pingreq' }, v4);
mq('mqtt_pingresp', { cmd: 'pingresp' }, v4);
mq('mqtt_disconnect5', { cmd: 'disconnect', reasonCode: 0, properties: { reasonString: 'done' } }, v5);
mq('mqtt_auth5', { cmd: 'auth', reasonCode: 0x18, properties: { authenticationMethod: 'SCRAM-SHA-1' } }, v5);
const big = mqtt.generate({ cmd: 'publish', topic: 'big', qos: 0, payload: Buffer.alloc(200, 0x61) }, v4);
bytes('mqtt_two_and_partial', Buffer.concat([mqtt.generate({ cmd: 'publish', topic: 'a/b', qos: 0, payload: 'hello' }, v4),
                                             mqtt.generate({ cmd: 'pingreq' }, v4), big.subarray(0, 10)]));
text('mqtt_big_size', String(big.length));

process.stdout.write(JSON.stringify(out) + '\n');
