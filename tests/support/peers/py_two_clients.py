#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Two Python `websockets` connections to one echo server at once, their messages alternating,
so a packet capture holds two interleaved conversations (tests/capture/tst_pcapimport).

    /usr/bin/python3 py_two_clients.py URL COUNT

Each connection sends COUNT text messages (growing, so permessage-deflate has context to keep)
and waits for each echo; both close with 4001 "client bye". Prints `PASS two-clients` or
`FAIL two-clients: why`, exit status 0 or 1.
"""

import asyncio
import sys

import websockets

TIMEOUT_S = 10


async def main(url, count):
    async with websockets.connect(url) as a, websockets.connect(url) as b:
        for i in range(count):
            for name, ws in (("a", a), ("b", b)):
                text = f"{name} message {i} " + "echo " * (i * 8)
                await ws.send(text)
                answer = await asyncio.wait_for(ws.recv(), TIMEOUT_S)
                if answer != text:
                    print(f"FAIL two-clients: {name} {i} came back as {answer[:40]!r}", flush=True)
                    return 1
        await a.close(4001, "client bye")
        await b.close(4001, "client bye")
    print("PASS two-clients", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1], int(sys.argv[2]))))
