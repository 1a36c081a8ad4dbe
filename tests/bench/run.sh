#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the PERF benchmarks of docs/benchmarks.md on a Release build and writes the tables to
# BUILD_DIR/benchmarks.md (raw data next to it in BUILD_DIR/bench-results/).
#   1. bench_codec: decode + unmask from memory, against Boost.Beast and a naive unmask.
#   2. Loopback echo: tests/bench/loadclient against `sockscope serve --echo`, Qt's
#      QWebSocketServer and Boost.Beast, each row run BENCH_RUNS times, servers interleaved;
#      `sockscope serve --echo --record` too (PERF: recording on, still at least Qt's rate).
#   3. Relay (tests/bench/relay.sh): loadclient through `sockscope proxy` (recording off and on),
#      mitmdump and Node's http-proxy to the faster echo server of each row (Qt's or Beast's),
#      and straight to that echo server.
#   4. Echo client (tests/bench/client.sh): a Boost.Beast server floods `sockscope connect --echo`,
#      Qt's QWebSocket and a Beast client, which echo every message.
# Usage: tests/bench/run.sh BUILD_DIR
# Environment: BENCH_SECONDS (3), BENCH_WARMUP (1), BENCH_RUNS (3), BENCH_CODEC_MIN_TIME (0.5),
#   BENCH_ONLY (relay or client: run only tests/bench/relay.sh or tests/bench/client.sh, which
#   leave BUILD_DIR/benchmarks.md alone)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=benchlib.sh
. "$here/benchlib.sh"
build=$(cd "${1:?usage: tests/bench/run.sh BUILD_DIR}" && pwd)
case ${BENCH_ONLY:-} in
'') ;;
relay) exec "$here/relay.sh" "$build" ;;
client) exec "$here/client.sh" "$build" ;;
*)
    echo "BENCH_ONLY=${BENCH_ONLY}: only 'relay' and 'client' are supported" >&2
    exit 2
    ;;
esac
seconds=${BENCH_SECONDS:-3}
warmup=${BENCH_WARMUP:-1}
runs=${BENCH_RUNS:-3}
codec_min_time=${BENCH_CODEC_MIN_TIME:-0.5}

bin=$build/tests/bench
sockscope=$build/app/sockscope
require_bench_build "$build" "$bin/bench_codec" "$bin/loadclient" "$bin/qt_echo_server" "$bin/beast_echo_server" "$bin/bench_capture" \
    "$bin/bench_framelog" "$bin/beast_flood_server" "$bin/qt_echo_client" "$bin/beast_echo_client" "$sockscope"

out=$build/bench-results
mkdir -p "$out"
echo_tsv=$out/echo.tsv
printf 'size\tconnections\tinflight\tserver\trun\tmsg_per_s\tmb_per_s\n' >"$echo_tsv"
write_meta "$out/meta.txt"

echo "== codec (bench_codec) =="
"$bin/bench_codec" --benchmark_min_time="$codec_min_time" \
    --benchmark_out="$out/codec.json" --benchmark_out_format=json

server_pid=
port=
start_server() {
    local log=$out/server-$1.log
    : >"$log" # not left to the child: the previous run's "listening" line would give a stale port
    case $1 in
    sockscope) QT_QPA_PLATFORM=offscreen "$sockscope" serve --echo --quiet --listen 127.0.0.1:0 >"$log" 2>&1 & ;;
    sockscope-rec)
        rm -f "$out/recorded.wscap"
        QT_QPA_PLATFORM=offscreen "$sockscope" serve --echo --quiet --record "$out/recorded.wscap" \
            --listen 127.0.0.1:0 >"$log" 2>&1 &
        ;;
    qt) QT_QPA_PLATFORM=offscreen "$bin/qt_echo_server" >"$log" 2>&1 & ;;
    beast) "$bin/beast_echo_server" >"$log" 2>&1 & ;;
    esac
    server_pid=$!
    wait_for_port "$server_pid" "$log" "$1 server"
}
stop_server() {
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
}
trap stop_server EXIT

echo "== loopback echo (${runs} runs of ${seconds} s after ${warmup} s warm-up) =="
client_timeout=$(awk -v s="$seconds" -v w="$warmup" 'BEGIN { print int(s + w) + 60 }')
# size connections inflight, as in product.md PERF
rows=("16 1 16" "16 64 16" "1024 64 16" "65536 1 8" "1048576 1 4")
for row in "${rows[@]}"; do
    read -r size conns inflight <<<"$row"
    for run in $(seq "$runs"); do
        for server in sockscope sockscope-rec qt beast; do
            msg=failed
            mb=failed
            if start_server "$server"; then
                if line=$(timeout "$client_timeout" "$bin/loadclient" --port "$port" --size "$size" \
                    --connections "$conns" --inflight "$inflight" --seconds "$seconds" --warmup "$warmup"); then
                    msg=$(sed -n 's/.*msg_per_s=\([0-9.]*\).*/\1/p' <<<"$line")
                    mb=$(sed -n 's/.*mb_per_s=\([0-9.]*\).*/\1/p' <<<"$line")
                fi
                stop_server
            fi
            printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$conns" "$inflight" "$server" "$run" "$msg" "$mb" >>"$echo_tsv"
            printf '  %7s B x %2s conn, W=%2s  %-9s run %s: %s msg/s, %s MB/s\n' \
                "$size" "$conns" "$inflight" "$server" "$run" "$msg" "$mb"
        done
    done
done
echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/meta.txt"

"$here/relay.sh" "$build"
"$here/client.sh" "$build"

echo "== captures (bench_capture) =="
"$bin/bench_capture" "$out/captures" "${BENCH_CAPTURE_SMALL:-2000000}" "${BENCH_CAPTURE_INDEX:-10000000}" | tee "$out/capture.md"
rm -rf "$out/captures"
echo "== frame log (bench_framelog) =="
QT_QPA_PLATFORM=offscreen "$bin/bench_framelog" "${BENCH_LOG_RATE:-100000}" "${BENCH_LOG_SECONDS:-5}" | tee "$out/framelog.md"

python3 "$here/report.py" "$out" >"$build/benchmarks.md"
{
    echo
    echo "## Captures"
    echo
    cat "$out/capture.md"
    echo
    echo "## Frame log"
    echo
    cat "$out/framelog.md"
} >>"$build/benchmarks.md"
echo
cat "$build/benchmarks.md"
