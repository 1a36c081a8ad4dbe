#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Relay benchmark of docs/benchmarks.md: tests/bench/loadclient through a WebSocket reverse
# proxy to an echo server, for `sockscope proxy`, `sockscope proxy --record`, mitmdump (reverse
# mode) and Node's http-proxy (tests/bench/http_proxy_relay.js), and loadclient straight to the
# echo server (`direct`: the ceiling no relay can pass). Each row names its echo server: the
# faster of Qt's and Beast's for that row in the echo benchmark (Qt at 16 B x 64, where Beast's
# echo tops out near the relays' rate; Beast at 64 KiB), so the relay, not the echo server,
# sets the pace. Each row runs BENCH_RUNS times with the relays interleaved, each run against
# a freshly started echo server and relay.
# Writes BUILD_DIR/bench-results/relay.tsv, relay-meta.txt and relay.md (the table, also printed).
# Called by tests/bench/run.sh; run it alone with `tests/bench/relay.sh BUILD_DIR` or
# `BENCH_ONLY=relay tests/bench/run.sh BUILD_DIR`.
# Environment: BENCH_SECONDS (3), BENCH_WARMUP (1), BENCH_RUNS (3),
#   BENCH_RELAYS (all: "direct sockscope sockscope-rec mitmdump http-proxy")
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=benchlib.sh
. "$here/benchlib.sh"
root=$(cd "$here/../.." && pwd)
build=$(cd "${1:?usage: tests/bench/relay.sh BUILD_DIR}" && pwd)
seconds=${BENCH_SECONDS:-3}
warmup=${BENCH_WARMUP:-1}
runs=${BENCH_RUNS:-3}
read -r -a relays <<<"${BENCH_RELAYS:-direct sockscope sockscope-rec mitmdump http-proxy}"

bin=$build/tests/bench
sockscope=$build/app/sockscope
peers=$root/tests/support/peers
require_bench_build "$build" "$bin/loadclient" "$bin/beast_echo_server" "$bin/qt_echo_server" "$sockscope"
# A missing peer is not fatal: its runs are recorded as failed.
command -v mitmdump >/dev/null || echo "warning: mitmdump not found (Debian: mitmproxy)" >&2
command -v node >/dev/null || echo "warning: node not found" >&2
[ -f "$peers/node_modules/http-proxy/package.json" ] \
    || echo "warning: http-proxy not installed: run npm install --no-save in tests/support/peers" >&2

out=$build/bench-results
mkdir -p "$out"
relay_tsv=$out/relay.tsv
printf 'size\tconnections\tinflight\tupstream\trelay\trun\tmsg_per_s\tmb_per_s\n' >"$relay_tsv"
write_meta "$out/relay-meta.txt"
{
    echo "mitmdump_version=$(mitmdump --version 2>/dev/null | sed -n 's/^Mitmproxy: *//p' | head -1)"
    echo "node_version=$(node --version 2>/dev/null || true)"
    echo "http_proxy_version=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' \
        "$peers/node_modules/http-proxy/package.json" 2>/dev/null | head -1)"
} >>"$out/relay-meta.txt"

upstream_pid=
relay_pid=
client_pid=
port=
stop_all() {
    stop "$client_pid"
    stop "$relay_pid"
    stop "$upstream_pid"
    client_pid=''
    relay_pid=''
    upstream_pid=''
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# start RELAY ECHO: a fresh echo server (qt or beast) and RELAY in front of it; sets port to
# the relay's (to the echo server's for RELAY direct).
start() {
    local upstream_log=$out/relay-upstream.log log=$out/relay-$1.log
    # Emptied here: the child truncates them only when it gets to run, and the previous run's
    # "listening" line would give a stale port.
    : >"$upstream_log"
    : >"$log"
    case $2 in
    qt) QT_QPA_PLATFORM=offscreen "$bin/qt_echo_server" >"$upstream_log" 2>&1 & ;;
    beast) "$bin/beast_echo_server" >"$upstream_log" 2>&1 & ;;
    esac
    upstream_pid=$!
    wait_for_port "$upstream_pid" "$upstream_log" "$2 echo server" || return 1
    [ "$1" = direct ] && return 0
    local upstream=$port
    case $1 in
    sockscope)
        QT_QPA_PLATFORM=offscreen "$sockscope" proxy --quiet --listen 127.0.0.1:0 \
            --upstream "ws://127.0.0.1:$upstream" >"$log" 2>&1 &
        ;;
    sockscope-rec)
        rm -f "$out/relay-recorded.wscap"
        QT_QPA_PLATFORM=offscreen "$sockscope" proxy --quiet --listen 127.0.0.1:0 \
            --upstream "ws://127.0.0.1:$upstream" --record "$out/relay-recorded.wscap" >"$log" 2>&1 &
        ;;
    mitmdump)
        # Not -q: the "listening at" line is an info message. flow_detail=0 prints no flows.
        mitmdump --mode "reverse:http://127.0.0.1:$upstream" --listen-host 127.0.0.1 --listen-port 0 \
            --set flow_detail=0 --set confdir="$out/mitmproxy" >"$log" 2>&1 &
        ;;
    http-proxy)
        NODE_PATH=$peers/node_modules node "$here/http_proxy_relay.js" "ws://127.0.0.1:$upstream" 0 >"$log" 2>&1 &
        ;;
    *)
        echo "unknown relay $1" >&2
        return 1
        ;;
    esac
    relay_pid=$!
    wait_for_port "$relay_pid" "$log" "$1"
}

echo "== relay through a reverse proxy to an echo server (${runs} runs of ${seconds} s after ${warmup} s warm-up) =="
client_timeout=$(awk -v s="$seconds" -v w="$warmup" 'BEGIN { print int(s + w) + 60 }')
# size connections inflight echo_server
rows=("16 64 16 qt" "65536 1 8 beast")
for row in "${rows[@]}"; do
    read -r size conns inflight echo_server <<<"$row"
    for run in $(seq "$runs"); do
        for relay in "${relays[@]}"; do
            msg=failed
            mb=failed
            if start "$relay" "$echo_server"; then
                # In the background, so that INT/TERM interrupt the wait and the trap cleans up.
                timeout "$client_timeout" "$bin/loadclient" --port "$port" --size "$size" \
                    --connections "$conns" --inflight "$inflight" --seconds "$seconds" --warmup "$warmup" \
                    >"$out/relay-client.out" 2>&1 &
                client_pid=$!
                if wait "$client_pid"; then
                    line=$(cat "$out/relay-client.out")
                    msg=$(sed -n 's/.*msg_per_s=\([0-9.]*\).*/\1/p' <<<"$line")
                    mb=$(sed -n 's/.*mb_per_s=\([0-9.]*\).*/\1/p' <<<"$line")
                else
                    echo "loadclient through $relay failed: $(cat "$out/relay-client.out")" >&2
                fi
                client_pid=
            fi
            stop_all
            rm -f "$out"/relay-recorded.wscap{,-wal,-shm} # a recorder killed mid-copy leaves its WAL
            printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$conns" "$inflight" "$echo_server" "$relay" "$run" "$msg" "$mb" >>"$relay_tsv"
            printf '  %7s B x %2s conn, W=%2s to %-5s %-13s run %s: %s msg/s, %s MB/s\n' \
                "$size" "$conns" "$inflight" "$echo_server" "$relay" "$run" "$msg" "$mb"
        done
    done
done
rm -f "$out/relay-client.out"
echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/relay-meta.txt"

python3 "$here/report.py" "$out" relay | tee "$out/relay.md"
