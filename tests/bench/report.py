#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Turns the raw results of tests/bench/run.sh (meta.txt, codec.json, echo.tsv in the given
# directory; relay-meta.txt and relay.tsv of tests/bench/relay.sh, client-meta.txt and
# client.tsv of tests/bench/client.sh when present) into the Markdown tables of
# docs/benchmarks.md, printed on stdout.
# Usage: report.py DIR [relay|client]   (relay, client: only that table, as tests/bench/relay.sh
# or tests/bench/client.sh prints it)
import csv
import json
import statistics
import sys
from pathlib import Path

results = Path(sys.argv[1])
only = sys.argv[2] if len(sys.argv) > 2 else None
if only not in (None, 'relay', 'client'):
    sys.exit(f'usage: report.py DIR [relay|client], not {only}')


def read_meta(name):
    path = results / name
    if not path.exists():
        return {}
    return dict(line.split('=', 1) for line in path.read_text().splitlines() if '=' in line)


meta = read_meta('meta.txt')
relay_meta = read_meta('relay-meta.txt')
client_meta = read_meta('client-meta.txt')

SIZES = {16: '16 B', 1024: '1 KiB', 65536: '64 KiB', 1048576: '1 MiB'}


def rate(value):
    if value >= 1e6:
        return f'{value / 1e6:.2f}M'
    if value >= 1e3:
        return f'{value / 1e3:.0f}k'
    return f'{value:.0f}'


def gbs(value):
    return f'{value / 1e9:.2f}'


def codec_table():
    data = json.loads((results / 'codec.json').read_text())
    bench = {}
    for b in data['benchmarks']:
        if b.get('run_type', 'iteration') != 'iteration':
            continue
        name, size = b['name'].split('/')[:2]
        bench[(name, int(size))] = b
    lines = [
        '| payload | FrameDecoder frames/s | FrameDecoder GB/s | Beast stream frames/s | Beast GB/s '
        '| ratio (target ≥ 2×) | allocs/frame: decoder · engine path · Beast | engine receive path frames/s '
        '| naive byte-loop unmask GB/s | portable unmask GB/s | applyMask GB/s |',
        '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ]
    for size, label in SIZES.items():
        d = bench.get(('BM_Decode', size))
        b = bench.get(('BM_BeastStreamRead', size))
        e = bench.get(('BM_EngineReceivePath', size))
        n = bench.get(('BM_NaiveUnmask', size))
        m = bench.get(('BM_ApplyMask', size))
        p = bench.get(('BM_PortableMask', size))
        if not (d and b and e and n and m and p):
            lines.append(f'| {label} | missing ||||||||||')
            continue
        ratio = d['items_per_second'] / b['items_per_second']
        allocs = ' · '.join(f"{x['allocs_per_frame']:.2f}" for x in (d, e, b))
        lines.append(
            f"| {label} | {rate(d['items_per_second'])} | {gbs(d['bytes_per_second'])} "
            f"| {rate(b['items_per_second'])} | {gbs(b['bytes_per_second'])} | {ratio:.2f}× | {allocs} "
            f"| {rate(e['items_per_second'])} | {gbs(n['bytes_per_second'])} | {gbs(p['bytes_per_second'])} "
            f"| {gbs(m['bytes_per_second'])} |")
    return lines


def utf8_table():
    data = json.loads((results / 'codec.json').read_text())
    bench = {}
    for b in data['benchmarks']:
        if b.get('run_type', 'iteration') == 'iteration' and b['name'].startswith('BM_Utf8'):
            name, kind = b['name'].split('/')[:2]
            bench[(name, int(kind))] = b
    lines = [
        '| text (64 KiB, valid) | Utf8Validator GB/s | byte-at-a-time DFA GB/s | ratio | target |',
        '|---|---:|---:|---:|---:|',
    ]
    for kind, label, target in ((0, 'ASCII (English)', '≥ 8 GB/s'), (1, 'mixed CJK, kana, Hangul, emoji', '≥ 1.5 GB/s')):
        v = bench.get(('BM_Utf8Validator', kind))
        d = bench.get(('BM_Utf8ByteDfa', kind))
        if not (v and d):
            lines.append(f'| {label} | missing ||||')
            continue
        ratio = v['bytes_per_second'] / d['bytes_per_second']
        lines.append(f"| {label} | {gbs(v['bytes_per_second'])} | {gbs(d['bytes_per_second'])} | {ratio:.1f}× | {target} |")
    return lines


def summarise(runs, names, field):
    """Median and ± half the range (in % of the median) of `field` per name, failed runs left out."""
    medians = {}
    spread = {}
    for name, _ in names:
        values = [float(r[field]) for r in runs.get(name, []) if r[field] != 'failed']
        if values:
            medians[name] = statistics.median(values)
            spread[name] = (max(values) - min(values)) / 2 / medians[name] * 100 if medians[name] else 0
    return medians, spread


def cells_for(names, medians, spread, by_bytes, best):
    cells = []
    for name, _ in names:
        if name not in medians:
            cells.append('failed')
            continue
        text = f'{medians[name]:,.0f} MB/s' if by_bytes else f'{rate(medians[name])} msg/s'
        text += f' (±{spread[name]:.0f}%)'
        cells.append(f'**{text}**' if name == best else text)
    return cells


SERVERS = [('sockscope', 'sockscope serve --echo'), ('sockscope-rec', 'sockscope serve --echo --record'),
           ('qt', 'Qt 6.4 QWebSocketServer'), ('beast', 'Boost.Beast 1.74')]


def grouped_runs(name, by, extra=()):
    """The rows of a results table by (size, connections, in flight, *extra), then by `by`."""
    rows = {}
    with open(results / name, newline='') as f:
        for r in csv.DictReader(f, delimiter='\t'):
            key = (int(r['size']), int(r['connections']), int(r['inflight'])) + tuple(r[e] for e in extra)
            rows.setdefault(key, {}).setdefault(r[by], []).append(r)
    return rows


def echo_table():
    rows = grouped_runs('echo.tsv', 'server')
    lines = [
        '| echo config (size × connections, W in flight) | ' + ' | '.join(label for _, label in SERVERS)
        + ' | sockscope / best peer (target ≥ 1.2×) | recording / Qt (target ≥ 1×) |',
        '|---|' + '---:|' * (len(SERVERS) + 2),
    ]
    for (size, conns, inflight), servers in rows.items():
        # Small messages are compared in messages per second, large ones in MB/s, as in PERF.
        by_bytes = size >= 65536
        field = 'mb_per_s' if by_bytes else 'msg_per_s'
        medians, spread = summarise(servers, SERVERS, field)
        peers = {k: v for k, v in medians.items() if not k.startswith('sockscope')}
        best = max(peers, key=peers.get) if peers else None
        cells = cells_for(SERVERS, medians, spread, by_bytes, best)
        ratio = f"{medians['sockscope'] / medians[best]:.2f}×" if best and 'sockscope' in medians else 'n/a'
        recording = (f"{medians['sockscope-rec'] / medians['qt']:.2f}×"
                     if 'sockscope-rec' in medians and medians.get('qt') else 'n/a')
        label = SIZES.get(size, f'{size} B')
        lines.append(f'| {label} × {conns}, W={inflight} | ' + ' | '.join(cells) + f' | {ratio} | {recording} |')
    return lines


ECHO_SERVERS = {'qt': 'to Qt', 'beast': 'to Beast'}


def relays():
    mitm = relay_meta.get('mitmdump_version')
    proxy = relay_meta.get('http_proxy_version')
    node = relay_meta.get('node_version')
    http_proxy = 'Node http-proxy' + (f' {proxy}' if proxy else '') + (f' (Node {node})' if node else '')
    return [('direct', 'no relay (loadclient to the echo server)'),
            ('sockscope', 'sockscope proxy'), ('sockscope-rec', 'sockscope proxy --record'),
            ('mitmdump', f'mitmdump {mitm} (reverse)' if mitm else 'mitmdump (reverse)'),
            ('http-proxy', http_proxy)]


def ratio(medians, a, b):
    return f'{medians[a] / medians[b]:.2f}×' if a in medians and medians.get(b) else 'n/a'


def relay_table():
    names = relays()
    rows = grouped_runs('relay.tsv', 'relay', ('upstream',))
    lines = [
        '| relay config (size × connections, W in flight, echo server) | '
        + ' | '.join(label for _, label in names)
        + ' | sockscope / mitmdump (target ≥ 3×) | recording / mitmdump (target ≥ 3×)'
        + ' | sockscope / http-proxy (target ≥ 1.5×) | recording / http-proxy (target ≥ 1.5×) |',
        '|---|' + '---:|' * (len(names) + 4),
    ]
    for (size, conns, inflight, upstream), relayed in rows.items():
        by_bytes = size >= 65536
        medians, spread = summarise(relayed, names, 'mb_per_s' if by_bytes else 'msg_per_s')
        peers = {k: v for k, v in medians.items() if k in ('mitmdump', 'http-proxy')}
        best = max(peers, key=peers.get) if peers else None
        cells = [cell if name in relayed else 'not run'
                 for cell, (name, _) in zip(cells_for(names, medians, spread, by_bytes, best), names)]
        ratios = [ratio(medians, ours, peer)
                  for peer in ('mitmdump', 'http-proxy') for ours in ('sockscope', 'sockscope-rec')]
        label = SIZES.get(size, f'{size} B')
        echo = ECHO_SERVERS.get(upstream, upstream)
        lines.append(f'| {label} × {conns}, W={inflight}, {echo} | ' + ' | '.join(cells + ratios) + ' |')
    return lines


def print_measured(title, m, table):
    """A results table under its heading and the run's settings and load."""
    print(f"### {title} (median of {m.get('runs', '?')} runs of {m.get('seconds', '?')} s after "
          f"{m.get('warmup', '?')} s warm-up; ± is half the range)")
    print()
    print(f"Measured {m.get('date', '?')}, {m.get('cores', '?')} cores; load average before "
          f"{m.get('load_before', '?')}, after {m.get('load_after', '?')}.")
    print()
    print('\n'.join(table))


def print_relay():
    print_measured('Relay through a reverse proxy to an echo server, binary', relay_meta, relay_table())


CLIENTS = [('sockscope', 'sockscope connect --echo'), ('qt', 'Qt 6.4 QWebSocket'), ('beast', 'Boost.Beast 1.74')]


def cpu_cells(runs, field):
    """Median CPU % per client, in CLIENTS order, '–' where every run failed."""
    cells = []
    for name, _ in CLIENTS:
        values = [float(r[field]) for r in runs.get(name, []) if r.get(field) not in (None, '', 'failed')]
        cells.append(f'{statistics.median(values):.0f}' if values else '–')
    return ' · '.join(cells)


def client_table():
    rows = grouped_runs('client.tsv', 'client')
    lines = [
        '| echo config (size × connections, W in flight) | ' + ' | '.join(label for _, label in CLIENTS)
        + ' | sockscope / best peer (target ≥ 1.2×) | CPU % of a core, flood server (sockscope · Qt · Beast runs)'
        + ' | CPU % of a core, client (sockscope · Qt · Beast) |',
        '|---|' + '---:|' * (len(CLIENTS) + 3),
    ]
    for (size, conns, inflight), clients in rows.items():
        by_bytes = size >= 65536
        medians, spread = summarise(clients, CLIENTS, 'mb_per_s' if by_bytes else 'msg_per_s')
        peers = {k: v for k, v in medians.items() if k != 'sockscope'}
        best = max(peers, key=peers.get) if peers else None
        cells = [cell if name in clients else 'not run'
                 for cell, (name, _) in zip(cells_for(CLIENTS, medians, spread, by_bytes, best), CLIENTS)]
        ratio = f"{medians['sockscope'] / medians[best]:.2f}×" if best and 'sockscope' in medians else 'n/a'
        label = SIZES.get(size, f'{size} B')
        lines.append(f'| {label} × {conns}, W={inflight} | ' + ' | '.join(cells) + f' | {ratio} '
                     f'| {cpu_cells(clients, "server_cpu")} | {cpu_cells(clients, "client_cpu")} |')
    return lines


def print_client():
    print_measured('Loopback echo client: Boost.Beast floods, the client echoes, binary', client_meta, client_table())


if only == 'relay':
    print_relay()
    sys.exit(0)
if only == 'client':
    print_client()
    sys.exit(0)

print(f"Measured {meta.get('date', '?')} on {meta.get('cpu', '?')}, {meta.get('cores', '?')} cores, "
      f"{meta.get('kernel', '?')}; load average before {meta.get('load_before', '?')}, "
      f"after {meta.get('load_after', '?')}.")
print()
print('### Codec: decode + unmask of masked binary frames from memory (in cache)')
print()
print('\n'.join(codec_table()))
print()
print('### UTF-8 validation of text in cache')
print()
print('\n'.join(utf8_table()))
print()
print(f"### Loopback echo, binary, one thread per side (median of {meta.get('runs', '?')} runs of "
      f"{meta.get('seconds', '?')} s after {meta.get('warmup', '?')} s warm-up; ± is half the range)")
print()
print('\n'.join(echo_table()))
if (results / 'relay.tsv').exists():
    print()
    print_relay()
if (results / 'client.tsv').exists():
    print()
    print_client()
