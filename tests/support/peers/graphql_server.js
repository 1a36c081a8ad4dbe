// SPDX-License-Identifier: GPL-3.0-or-later
// A GraphQL over WebSocket server (npm graphql-ws, subprotocol graphql-transport-ws) for
// tests/net/tst_protocolinterop. Listens on 127.0.0.1 on a free port, path /graphql, and prints
// `listening on 127.0.0.1:PORT`. Schema: `query { hello }` answers "world";
// `subscription { greetings }` yields "Hi" then "Bonjour". Exits when stdin closes, on
// SIGTERM, or after 120 s.
'use strict';

const { WebSocketServer } = require('ws');
const { useServer } = require('graphql-ws/use/ws');
const { buildSchema } = require('graphql');

const schema = buildSchema('type Query { hello: String }  type Subscription { greetings: String }');
const roots = {
    query: { hello: () => 'world' },
    subscription: {
        greetings: async function* greetings() {
            for (const greeting of ['Hi', 'Bonjour'])
                yield { greetings: greeting };
        },
    },
};

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/graphql' });
useServer({ schema, roots }, wss);
wss.on('listening', () => console.log(`listening on 127.0.0.1:${wss.address().port}`));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
setTimeout(() => process.exit(0), 120000).unref();
