#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Python `websockets` (10.x, asyncio API) echo server for Sockscope's interoperability tests.

    /usr/bin/python3 py_server.py [--no-deflate] [--deflate-options JSON] [--host ::1]

The same behaviour and log lines as ws_server.js: listens on 127.0.0.1 on a free port, prints
`listening on 127.0.0.1:PORT`, echoes every data message, and understands the text commands
`headers?`, `close-me CODE REASON`, `fragment-me A B C ...` and `ping-me PAYLOAD`, and greets
clients that ask for /greet.
--deflate-options takes the keyword arguments of websockets' ServerPerMessageDeflateFactory,
e.g. '{"client_max_window_bits": 10}'. --host listens elsewhere (the pcap tests use ::1 and
print `listening on [::1]:PORT`).
"""

import asyncio
import json
import signal
import sys

import websockets
from websockets.extensions.permessage_deflate import ServerPerMessageDeflateFactory

connections = 0


def log(line):
    print(line, flush=True)


def first_offered(client_subprotocols, server_subprotocols):
    # Like ws_server.js: whatever the client offers first.
    return client_subprotocols[0] if client_subprotocols else None


async def fragments_with_ping(websocket, words):
    """The fragments of one message, with a ping between the first two (RFC 6455 §5.4)."""
    for i, word in enumerate(words):
        yield word
        if i == 0 and len(words) > 1:
            await websocket.ping(b"mid-fragment")


async def handler(websocket):
    global connections
    connections += 1
    conn = connections
    headers = {}
    for name, value in websocket.request_headers.raw_items():
        name = name.lower()
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
        log(f"header {conn} {name}: {value}")
    extensions = ", ".join(ext.name for ext in websocket.extensions)
    log(f"open {conn} path={websocket.path} protocol={websocket.subprotocol or ''} extensions={extensions}")
    if websocket.path == "/greet":
        # A message right behind the 101 response, likely in the same read as the handshake.
        await websocket.send("greeting")
    try:
        async for message in websocket:
            binary = isinstance(message, bytes)
            log(f"message {conn} {'binary' if binary else 'text'} {len(message)}")
            if binary:
                await websocket.send(message)
            elif message == "headers?":
                await websocket.send(json.dumps(headers))
            elif message.startswith("close-me "):
                _, code, *reason = message.split(" ")
                await websocket.close(int(code), " ".join(reason))
            elif message.startswith("fragment-me "):
                await websocket.send(fragments_with_ping(websocket, message.split(" ")[1:]))
            elif message.startswith("ping-me "):
                waiter = await websocket.ping(message[len("ping-me "):].encode())
                await asyncio.wait_for(waiter, 10)
                log(f"pong {conn} {message[len('ping-me '):].encode().hex()}")
            else:
                await websocket.send(message)
    except websockets.ConnectionClosed:
        pass
    log(f"close {conn} {websocket.close_code} {websocket.close_reason}")


async def main():
    args = sys.argv[1:]
    compression = {"compression": None if "--no-deflate" in args else "deflate"}
    if "--deflate-options" in args and "--no-deflate" not in args:
        factory = ServerPerMessageDeflateFactory(**json.loads(args[args.index("--deflate-options") + 1]))
        compression = {"compression": None, "extensions": [factory]}
    stop = asyncio.get_running_loop().create_future()
    for signum in (signal.SIGTERM, signal.SIGINT):
        asyncio.get_running_loop().add_signal_handler(signum, stop.set_result, None)
    host = args[args.index("--host") + 1] if "--host" in args else "127.0.0.1"
    async with websockets.serve(
        handler,
        host,
        0,
        **compression,
        max_size=64 * 1024 * 1024,
        # select_subprotocol is only asked when the server lists some; the list is a formality.
        subprotocols=["sockscope.v1", "sockscope.v2"],
        select_subprotocol=first_offered,
        ping_interval=None,
        close_timeout=5,
    ) as server:
        port = server.sockets[0].getsockname()[1]
        log(f"listening on {f'[{host}]' if ':' in host else host}:{port}")
        await stop


if __name__ == "__main__":
    asyncio.run(main())
