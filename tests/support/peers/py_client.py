#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Python `websockets` (10.x, asyncio API) client for Sockscope's interoperability tests.

    /usr/bin/python3 py_client.py URL [--case NAME] [--no-deflate] [--expect-deflate]
                                      [--protocol P]... [--expect-protocol P] [--header NAME:VALUE]...
                                      [--deflate-options JSON]

The same cases and output as ws_client.js: one line `PASS case=NAME ...` or
`FAIL case=NAME: why`, exit status 0 or 1. --deflate-options takes the keyword arguments of
websockets' ClientPerMessageDeflateFactory, e.g. '{"server_max_window_bits": 10}'.
"""

import argparse
import asyncio
import json
import sys

import websockets
from websockets.extensions.permessage_deflate import ClientPerMessageDeflateFactory

TIMEOUT_S = 30
CLIENT_CLOSE = (4001, "client bye")
SERVER_CLOSE = (4002, "server bye")
SERVER_FRAGMENTS_TEXT = "fragmented by the server"
PING_PAYLOAD = b"sockscope-ping"
MID_FRAGMENT_PING = b"mid-fragment"


class CaseFailed(Exception):
    pass


def pattern_bytes(size, seed):
    """Deterministic, poorly compressible bytes (xorshift32), as in ws_client.js."""
    out = bytearray(size)
    x = seed or 1
    for i in range(size):
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        out[i] = x & 0xFF
    return bytes(out)


def big_pattern(size):
    # xorshift in pure Python is slow for 16 MiB; repeat a random-looking 64 KiB block with a
    # per-block counter so the bytes still do not repeat exactly.
    block = pattern_bytes(64 * 1024, 16)
    out = bytearray()
    for i in range(size // len(block)):
        out += i.to_bytes(4, "big") + block[4:]
    return bytes(out)


def window_probe():
    """Each 64-byte block comes back after `distance` bytes, as in ws_client.js."""
    parts = []
    for i, distance in enumerate([300, 600, 1200, 2500, 5000, 10000, 20000]):
        block = pattern_bytes(64, 100 + i)
        parts += [block, pattern_bytes(distance - 64, 200 + i), block]
    return b"".join(parts)


def describe(data):
    if isinstance(data, str):
        data = data.encode()
    head = data[:16].hex()
    return f"{len(data)} bytes ({head}{'...' if len(data) > 16 else ''})"


def first_difference(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return i
    return min(len(a), len(b))


async def expect_message(ws, label, expected):
    try:
        received = await ws.recv()
    except websockets.ConnectionClosed as closed:
        raise CaseFailed(f"{label}: expected a message, got close {closed.code} \"{closed.reason}\"")
    if type(received) is not type(expected):
        kind = lambda m: "binary" if isinstance(m, bytes) else "text"
        raise CaseFailed(f"{label}: expected a {kind(expected)} message, got {kind(received)}")
    if received != expected:
        a = received.encode() if isinstance(received, str) else received
        b = expected.encode() if isinstance(expected, str) else expected
        raise CaseFailed(f"{label}: echo differs at byte {first_difference(a, b)}: "
                         f"sent {describe(expected)}, got {describe(received)}")


async def echo(ws, label, message):
    await ws.send(message)
    await expect_message(ws, label, message)


async def case_text(ws):
    await echo(ws, "text", "hello, interop: ünïcödé ✓ 🚀")


async def case_binary(ws):
    await echo(ws, "binary", bytes(range(256)))


async def case_empty(ws):
    await echo(ws, "empty text", "")
    await echo(ws, "empty binary", b"")


async def case_64k(ws):
    await echo(ws, "64k", pattern_bytes(64 * 1024, 64))


async def case_16m(ws):
    await echo(ws, "16m", big_pattern(16 * 1024 * 1024))


async def case_fragmented(ws):
    # A ping between the first two text fragments, as in ws_client.js (RFC 6455 §5.4).
    parts = ["frag-one ", "frag-two ", "frag-three"]
    pong_waiters = []

    async def fragments():
        for i, part in enumerate(parts):
            yield part
            if i == 0:
                pong_waiters.append(await ws.ping(MID_FRAGMENT_PING))

    await ws.send(fragments())
    try:
        await asyncio.wait_for(pong_waiters[0], 10)
    except asyncio.TimeoutError:
        raise CaseFailed("fragmented: no pong to the mid-message ping within 10 s")
    await expect_message(ws, "fragmented text", "".join(parts))
    binary = pattern_bytes(3000, 7)
    await ws.send([binary[:1000], binary[1000:2000], binary[2000:]])
    await expect_message(ws, "fragmented binary", binary)


async def case_window(ws):
    # As in ws_client.js: each message twice, so a kept context or a larger window shows.
    for message in (pattern_bytes(400, 400), pattern_bytes(3000, 3000), window_probe()):
        await echo(ws, f"window {len(message)}", message)
        await echo(ws, f"window {len(message)} again", message)


async def case_ping(ws):
    waiter = await ws.ping(PING_PAYLOAD)
    try:
        await asyncio.wait_for(waiter, 10)
    except asyncio.TimeoutError:
        raise CaseFailed("ping: no pong with the ping's payload within 10 s")


ECHO_CASES = {
    "text": case_text,
    "binary": case_binary,
    "empty": case_empty,
    "64k": case_64k,
    "16m": case_16m,
    "fragmented": case_fragmented,
    "window": case_window,
    "ping": case_ping,
}


async def close_and_check(ws):
    await ws.close(*CLIENT_CLOSE)
    # The peer's Close frame echoes our code (RFC 6455 §5.5.1).
    if ws.close_code != CLIENT_CLOSE[0]:
        raise CaseFailed(f"close: server answered with {ws.close_code} \"{ws.close_reason}\", "
                         f"expected {CLIENT_CLOSE[0]}")
    return f"close={ws.close_code}"


async def run_case(name, ws):
    if name in ECHO_CASES:
        await ECHO_CASES[name](ws)
        return await close_and_check(ws)
    if name == "all":
        for step in ECHO_CASES.values():
            await step(ws)
        return await close_and_check(ws)
    if name in ("close", "subprotocol", "headers"):
        await case_text(ws)
        return await close_and_check(ws)
    if name == "server-fragments":
        await expect_message(ws, "server-fragments", SERVER_FRAGMENTS_TEXT)
        return await close_and_check(ws)
    if name == "server-close":
        try:
            message = await ws.recv()
            raise CaseFailed(f"server-close: expected a close, got a message {describe(message)}")
        except websockets.ConnectionClosed:
            pass
        if (ws.close_code, ws.close_reason) != SERVER_CLOSE:
            raise CaseFailed(f"server-close: got {ws.close_code} \"{ws.close_reason}\", "
                             f"expected {SERVER_CLOSE[0]} \"{SERVER_CLOSE[1]}\"")
        return f"close={ws.close_code} reason=\"{ws.close_reason}\""
    raise CaseFailed(f"unknown case {name}")


async def main(options):
    headers = []
    for header in options.header:
        name, colon, value = header.partition(":")
        if not colon or not name.strip():
            raise CaseFailed(f"--header needs NAME:VALUE, got \"{header}\"")
        headers.append((name.strip(), value.strip()))
    deflate = {"compression": None if options.no_deflate else "deflate"}
    if options.deflate_options and not options.no_deflate:
        factory = ClientPerMessageDeflateFactory(**json.loads(options.deflate_options))
        deflate = {"compression": None, "extensions": [factory]}
    try:
        ws = await websockets.connect(
            options.url,
            **deflate,
            subprotocols=options.protocol or None,
            extra_headers=headers,
            max_size=64 * 1024 * 1024,
            ping_interval=None,
            open_timeout=10,
            close_timeout=5,
        )
    except (OSError, websockets.InvalidHandshake) as error:
        raise CaseFailed(f"connect: {error}")
    try:
        extensions = ", ".join(ext.name for ext in ws.extensions)
        if options.expect_deflate and "permessage-deflate" not in extensions:
            raise CaseFailed(f"permessage-deflate not negotiated (extensions: \"{extensions}\")")
        if options.expect_protocol is not None and ws.subprotocol != options.expect_protocol:
            raise CaseFailed(f"subprotocol \"{ws.subprotocol}\" negotiated, expected \"{options.expect_protocol}\"")
        detail = await run_case(options.case, ws)
        return f"protocol={ws.subprotocol or '-'} extensions={extensions or '-'} {detail}"
    finally:
        # A failed case leaves the connection open: drop it instead of waiting for a close.
        if not ws.closed:
            ws.transport.abort()


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url")
    parser.add_argument("--case", default="all")
    parser.add_argument("--no-deflate", action="store_true")
    parser.add_argument("--expect-deflate", action="store_true")
    parser.add_argument("--protocol", action="append", default=[])
    parser.add_argument("--expect-protocol")
    parser.add_argument("--header", action="append", default=[])
    parser.add_argument("--deflate-options")
    return parser.parse_args()


if __name__ == "__main__":
    options = parse_arguments()
    try:
        detail = asyncio.run(asyncio.wait_for(main(options), TIMEOUT_S))
    except CaseFailed as error:
        print(f"FAIL case={options.case}: {error}", flush=True)
        sys.exit(1)
    except asyncio.TimeoutError:
        print(f"FAIL case={options.case}: timed out after {TIMEOUT_S} s", flush=True)
        sys.exit(1)
    except Exception as error:  # anything unexpected is a failure with its reason, not a traceback
        print(f"FAIL case={options.case}: {type(error).__name__}: {error}", flush=True)
        sys.exit(1)
    print(f"PASS case={options.case} {detail}", flush=True)
    sys.exit(0)
