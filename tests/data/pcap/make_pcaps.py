#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the small edited captures of tst_pcapimport (run it here; the outputs are committed).

One WebSocket session (permessage-deflate with context takeover, masked client frames, a
fragmented binary message with a ping inside, close 1000) between 127.0.0.1:50000 and
127.0.0.1:8080, every data segment acknowledged, written as classic pcap with Python's
standard library only. The variants edit its packets the way real captures are damaged:

  clean.pcap             the session as sent (Ethernet)
  reordered.pcap         two client segments captured the other way round
  retransmitted.pcap     segments captured twice (a retransmission after the original)
  overlapping.pcap       a frame's segment resent covering part of the previous one (overlap)
  missing-segment.pcap   the segment with the client's second message never captured
  missing-mid-frame.pcap the second half of the server's binary frame never captured
  no-handshake.pcap      capture started after the handshake (Linux cooked link type)
  server-first.pcap      capture started at a server frame, so TCP's first sender is the server
  clean-sll2.pcap        clean.pcap as Linux cooked v2 (tshark's "any" interface)
  clean-raw.pcap         clean.pcap as raw IP
  truncated.pcap         the file cut in the middle of a packet
  tls.pcap               a TLS (wss://) connection on port 443 (BSD loopback link type)
"""

import os
import struct
import zlib

CLIENT = (bytes([127, 0, 0, 1]), 50000)
SERVER = (bytes([127, 0, 0, 1]), 8080)
MASK = bytes([0x11, 0x22, 0x33, 0x44])
HERE = os.path.dirname(os.path.abspath(__file__))

REQUEST = (b"GET /chat HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           b"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
           b"Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n\r\n")
RESPONSE = (b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            b"Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"
            b"Sec-WebSocket-Extensions: permessage-deflate\r\n\r\n")


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def ip_tcp(src, dst, seq, ack, flags, payload):
    tcp = struct.pack("!HHIIBBHHH", src[1], dst[1], seq, ack, 5 << 4, flags, 65535, 0, 0) + payload
    pseudo = src[0] + dst[0] + struct.pack("!BBH", 0, 6, len(tcp))
    tcp = tcp[:16] + struct.pack("!H", checksum(pseudo + tcp)) + tcp[18:]
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(tcp), 0, 0x4000, 64, 6, 0, src[0], dst[0])
    ip = ip[:10] + struct.pack("!H", checksum(ip)) + ip[12:]
    return ip + tcp


LINK = {
    1: lambda ip: bytes(12) + b"\x08\x00" + ip,                                    # Ethernet
    113: lambda ip: struct.pack("!HHH8sH", 0, 772, 6, bytes(8), 0x0800) + ip,      # Linux cooked
    0: lambda ip: struct.pack("<I", 2) + ip,                                       # BSD loopback
    276: lambda ip: struct.pack("!HHIHBB8s", 0x0800, 0, 1, 772, 0, 6, bytes(8)) + ip,  # Linux cooked v2
    101: lambda ip: ip,                                                            # raw IP
}


def write_pcap(name, packets, link=1, cut=None):
    out = struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, link)
    for i, ip in enumerate(packets):
        frame = LINK[link](ip)
        out += struct.pack("<IIII", 1795000000 + i // 10, (i % 10) * 100000, len(frame), len(frame)) + frame
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(out[:cut] if cut else out)


def frame(opcode, payload, fin=True, rsv1=False, masked=False):
    head = bytes([(0x80 if fin else 0) | (0x40 if rsv1 else 0) | opcode])
    length = len(payload)
    head += bytes([(0x80 if masked else 0) | length]) if length < 126 else \
        bytes([(0x80 if masked else 0) | 126]) + struct.pack("!H", length)
    if masked:
        head += MASK
        payload = bytes(b ^ MASK[i % 4] for i, b in enumerate(payload))
    return head + payload


class Deflater:
    """permessage-deflate with context takeover: one raw deflate stream, sync flushes stripped."""

    def __init__(self):
        self.stream = zlib.compressobj(9, zlib.DEFLATED, -15)

    def __call__(self, data):
        return (self.stream.compress(data) + self.stream.flush(zlib.Z_SYNC_FLUSH))[:-4]


def session():
    """(sender, bytes) segments of the session, in order; sender 'c' or 's'."""
    client, server = Deflater(), Deflater()
    text = b"hello sockscope, hello again and again"
    binary = bytes(range(200))
    return [
        ("c", REQUEST), ("s", RESPONSE),
        ("c", frame(1, client(text), rsv1=True, masked=True)),
        ("s", frame(1, server(text), rsv1=True)),
        ("c", frame(1, client(text + b"!"), rsv1=True, masked=True)),
        ("s", frame(1, server(text + b"!"), rsv1=True)),
        ("c", frame(2, binary[:80], fin=False, masked=True)),
        ("c", frame(9, b"mid-fragment", masked=True)),
        ("s", frame(10, b"mid-fragment")),
        ("c", frame(0, binary[80:], masked=True)),
        ("s", frame(2, binary)),
        ("c", frame(8, struct.pack("!H", 1000) + b"bye", masked=True)),
        ("s", frame(8, struct.pack("!H", 1000) + b"bye")),
    ]


class Connection:
    def __init__(self, client=CLIENT, server=SERVER):
        self.ends = {"c": client, "s": server}
        self.seq = {"c": 1000, "s": 9000}
        self.packets = []

    def send(self, who, flags, payload=b"", seq=None):
        other = "s" if who == "c" else "c"
        at = self.seq[who] if seq is None else seq
        self.packets.append(ip_tcp(self.ends[who], self.ends[other], at, self.seq[other], flags, payload))
        if seq is None:
            self.seq[who] += len(payload) + (1 if flags & 0x03 else 0)
        return len(self.packets) - 1

    def ack(self, who):
        return self.send(who, 0x10)

    def open(self):
        self.send("c", 0x02)
        self.send("s", 0x12)
        self.ack("c")

    def data(self, who, payload):
        """The data segment, then the peer's ACK; returns the data packet's index."""
        index = self.send(who, 0x18, payload)
        self.ack("s" if who == "c" else "c")
        return index

    def close(self):
        self.send("c", 0x11)
        self.send("s", 0x11)
        self.ack("c")


def build(skip_handshake=False):
    c = Connection()
    c.open()
    index = {}
    for i, (who, payload) in enumerate(session()):
        index[i] = c.data(who, payload)
    c.close()
    packets = c.packets
    if skip_handshake:
        packets = packets[index[2]:]
    return c, packets, index


def main():
    c, clean, index = build()
    write_pcap("clean.pcap", clean)

    # The ping captured before the first fragment it follows; the ACKs still come after both,
    # as a receiver acknowledges nothing past a hole.
    a, b = index[6], index[7]
    reordered = clean[:a] + [clean[b], clean[a], clean[a + 1]] + clean[b + 1:]
    write_pcap("reordered.pcap", reordered)

    retransmitted = list(clean)
    for i in sorted((index[2], index[9], index[3]), reverse=True):
        retransmitted.insert(i + 2, clean[i])
    write_pcap("retransmitted.pcap", retransmitted)

    # The fragment after the ping cut in two segments, the second resent from 10 bytes earlier.
    seq_of = lambda p: struct.unpack("!I", p[24:28])[0]
    ack_of = lambda p: struct.unpack("!I", p[28:32])[0]
    piece = clean[index[9]]
    payload, seq, ack = piece[40:], seq_of(piece), ack_of(piece)
    split = [ip_tcp(CLIENT, SERVER, seq, ack, 0x18, payload[:60]),
             ip_tcp(CLIENT, SERVER, seq + 50, ack, 0x18, payload[50:])]
    overlapping = clean[:index[9]] + split + clean[index[9] + 1:]
    write_pcap("overlapping.pcap", overlapping)

    missing = clean[:index[4]] + clean[index[4] + 1:]
    write_pcap("missing-segment.pcap", missing)

    # The server's binary frame in two segments; the second is lost, the client's ACK covers it.
    piece = clean[index[10]]
    payload, seq, ack = piece[40:], seq_of(piece), ack_of(piece)
    first_half = ip_tcp(SERVER, CLIENT, seq, ack, 0x18, payload[:100])
    write_pcap("missing-mid-frame.pcap", clean[:index[10]] + [first_half] + clean[index[10] + 1:])

    _, partial, _ = build(skip_handshake=True)
    write_pcap("no-handshake.pcap", partial, link=113)
    write_pcap("server-first.pcap", clean[index[3]:])
    write_pcap("clean-sll2.pcap", clean, link=276)
    write_pcap("clean-raw.pcap", clean, link=101)

    header, records = 24, 16 + 14
    cut = header + sum(records + len(p) for p in clean[:index[6]]) + records + 20
    write_pcap("truncated.pcap", clean, cut=cut)

    tls = Connection(CLIENT, (SERVER[0], 443))
    tls.open()
    tls.data("c", bytes.fromhex("160301002e010000") + bytes(46))
    tls.data("s", bytes.fromhex("160303003102000000") + bytes(49))
    tls.data("c", bytes.fromhex("1703030020") + bytes(32))
    tls.close()
    write_pcap("tls.pcap", tls.packets, link=0)


if __name__ == "__main__":
    main()
