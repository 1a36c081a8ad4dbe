#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Echo-client benchmark of docs/benchmarks.md (issue 13 §2): a flooding server
# (tests/bench/beast_flood_server, Boost.Beast, the same in every run) keeps W binary messages of
# S bytes in flight on each of N connections and counts the echoes; the clients that echo are
# `sockscope connect --echo --quiet --no-stdin --connections N`, Qt's QWebSocket
# (tests/bench/qt_echo_client) and Boost.Beast (tests/bench/beast_echo_client). Same rows as
# the echo-server benchmark, each run BENCH_RUNS times with the clients interleaved, each run
# against a freshly started server and client.
# Writes BUILD_DIR/bench-results/client.tsv, client-meta.txt and client.md (the table, also printed).
# Called by tests/bench/run.sh; run it alone with `tests/bench/client.sh BUILD_DIR` or
# `BENCH_ONLY=client tests/bench/run.sh BUILD_DIR`.
# Environment: BENCH_SECONDS (3), BENCH_WARMUP (1), BENCH_RUNS (3),
#   BENCH_CLIENTS (all: "sockscope qt beast")
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=benchlib.sh
. "$here/benchlib.sh"
build=$(cd "${1:?usage: tests/bench/client.sh BUILD_DIR}" && pwd)
seconds=${BENCH_SECONDS:-3}
warmup=${BENCH_WARMUP:-1}
runs=${BENCH_RUNS:-3}
read -r -a clients <<<"${BENCH_CLIENTS:-sockscope qt beast}"

bin=$build/tests/bench
sockscope=$build/app/sockscope
require_bench_build "$build" "$bin/beast_flood_server" "$bin/qt_echo_client" "$bin/beast_echo_client" "$sockscope"
out=$build/bench-results
mkdir -p "$out"
client_tsv=$out/client.tsv
printf 'size\tconnections\tinflight\tclient\trun\tmsg_per_s\tmb_per_s\tserver_cpu\tclient_cpu\n' >"$client_tsv"
write_meta "$out/client-meta.txt"

server_pid=
client_pid=
port=
stop_all() {
    stop "$client_pid"
    stop "$server_pid"
    client_pid=''
    server_pid=''
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# cpu_ticks PID: sets ticks to the user + system CPU time of PID so far, in clock ticks; leaves
# it alone if PID is gone. Builtins only: it runs in the polling loop, beside the measurement.
cpu_ticks() {
    local stat fields
    { read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 0
    # Fields 14 and 15 of the line, counted after the ")" that ends the command name.
    read -r -a fields <<<"${stat##*) }"
    ticks=$((fields[11] + fields[12]))
}

# start_client CLIENT CONNECTIONS: CLIENT echoing against the flood server at $port.
start_client() {
    local log=$out/client-$1.log url=ws://127.0.0.1:$port/
    : >"$log"
    case $1 in
    sockscope)
        QT_QPA_PLATFORM=offscreen "$sockscope" connect "$url" --echo --quiet --no-stdin --connections "$2" \
            >"$log" 2>&1 &
        ;;
    qt) QT_QPA_PLATFORM=offscreen "$bin/qt_echo_client" --url "$url" --connections "$2" >"$log" 2>&1 & ;;
    beast) "$bin/beast_echo_client" --url "$url" --connections "$2" >"$log" 2>&1 & ;;
    *)
        echo "unknown client $1" >"$log"
        return 1
        ;;
    esac
    client_pid=$!
}

echo "== echo client against beast_flood_server (${runs} runs of ${seconds} s after ${warmup} s warm-up) =="
# The server gives up by itself 30 s after its start if the clients have not all connected.
deadline_s=$(awk -v s="$seconds" -v w="$warmup" 'BEGIN { print int(s + w) + 60 }')
ticks_per_s=$(getconf CLK_TCK)
[ -n "${EPOCHREALTIME:-}" ] || { echo "bash 5 or later needed (EPOCHREALTIME)" >&2; exit 1; }
server_log=$out/client-server.log
# size connections inflight, as in run.sh (product.md PERF)
rows=("16 1 16" "16 64 16" "1024 64 16" "65536 1 8" "1048576 1 4")
for row in "${rows[@]}"; do
    read -r size conns inflight <<<"$row"
    for run in $(seq "$runs"); do
        for client in "${clients[@]}"; do
            msg=failed
            mb=failed
            server_cpu=failed
            client_cpu=failed
            line=
            ticks_to=
            seconds_to=
            # Emptied here, not left to the child: the previous run's lines would be read.
            : >"$server_log"
            "$bin/beast_flood_server" --size "$size" --connections "$conns" --inflight "$inflight" \
                --seconds "$seconds" --warmup "$warmup" >"$server_log" 2>&1 &
            server_pid=$!
            if wait_for_port "$server_pid" "$server_log" beast_flood_server; then
                if start_client "$client" "$conns"; then
                    # Until the server's result line, the end of the server, the end of the
                    # client (a client that fails makes no result) or the deadline.
                    end=$((SECONDS + deadline_s))
                    ticks=
                    ticks_from=
                    seconds_from=
                    while [ "$SECONDS" -lt "$end" ]; do
                        IFS= read -r -d '' log <"$server_log" || true # the whole file, no fork
                        [[ $log == *msg_per_s=* ]] && break
                        kill -0 "$client_pid" 2>/dev/null || break
                        cpu_ticks "$client_pid"
                        if [ -z "$ticks_from" ] && [[ $log == *$'\n'measuring* ]]; then
                            ticks_from=$ticks
                            seconds_from=$EPOCHREALTIME
                        fi
                        [ -n "$ticks_from" ] && ticks_to=$ticks seconds_to=$EPOCHREALTIME
                        kill -0 "$server_pid" 2>/dev/null || break
                        sleep 0.1
                    done
                    # The client's CPU time: the last sample, or one more if it is still there.
                    if [ -n "$ticks_from" ] && kill -0 "$client_pid" 2>/dev/null; then
                        cpu_ticks "$client_pid"
                        ticks_to=$ticks
                        seconds_to=$EPOCHREALTIME
                    fi
                    # Read again: the server may have printed it just before either ended.
                    line=$(grep -m1 '^msg_per_s=' "$server_log" || true)
                    if [ -n "$line" ]; then
                        msg=$(sed -n 's/.*msg_per_s=\([0-9.]*\).*/\1/p' <<<"$line")
                        mb=$(sed -n 's/.*mb_per_s=\([0-9.]*\).*/\1/p' <<<"$line")
                        server_cpu=$(sed -n 's/.*cpu_percent=\([0-9.]*\).*/\1/p' <<<"$line")
                        [ -n "$server_cpu" ] || server_cpu=failed
                        if [ -n "$ticks_from" ]; then
                            client_cpu=$(awk -v a="$ticks_from" -v b="$ticks_to" -v s="$seconds_from" \
                                -v e="$seconds_to" -v t="$ticks_per_s" \
                                'BEGIN { if (e - s > 0) printf "%.0f", (b - a) / t / (e - s) * 100; else print "failed" }')
                        fi
                    else
                        echo "$client against beast_flood_server failed:" >&2
                        sed 's/^/  server: /' "$server_log" >&2
                        sed 's/^/  client: /' "$out/client-$client.log" | tail -20 >&2
                    fi
                else
                    echo "$client did not start: $(cat "$out/client-$client.log")" >&2
                fi
            fi
            stop_all
            printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$conns" "$inflight" "$client" "$run" \
                "$msg" "$mb" "$server_cpu" "$client_cpu" >>"$client_tsv"
            printf '  %7s B x %2s conn, W=%2s  %-9s run %s: %s msg/s, %s MB/s (CPU %% of a core: server %s, client %s)\n' \
                "$size" "$conns" "$inflight" "$client" "$run" "$msg" "$mb" "$server_cpu" "$client_cpu"
        done
    done
done
echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/client-meta.txt"

python3 "$here/report.py" "$out" client | tee "$out/client.md"
