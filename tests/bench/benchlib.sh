# SPDX-License-Identifier: GPL-3.0-or-later
# Shell functions the benchmark scripts share (sourced by relay.sh and client.sh).

# require_bench_build BUILD EXE...: every EXE is built; warns when BUILD is not a Release build.
require_bench_build() {
    local build=$1 exe
    shift
    for exe in "$@"; do
        [ -x "$exe" ] || { echo "missing $exe: configure with -DSOCKSCOPE_BUILD_BENCHMARKS=ON and build" >&2; exit 1; }
    done
    grep -q 'CMAKE_BUILD_TYPE:STRING=Release' "$build/CMakeCache.txt" \
        || echo "warning: $build is not a Release build; numbers will not be comparable" >&2
}

# write_meta FILE: the machine, the load average and the run settings ($seconds, $warmup, $runs).
write_meta() {
    {
        echo "date=$(date -u '+%Y-%m-%d %H:%M UTC')"
        echo "cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
        echo "cores=$(nproc)"
        echo "kernel=$(uname -sr)"
        echo "load_before=$(cut -d' ' -f1-3 /proc/loadavg)"
        echo "seconds=$seconds"
        echo "warmup=$warmup"
        echo "runs=$runs"
    } >"$1"
}

# stop PID: SIGTERM, then SIGKILL if it is still there after 5 s.
stop() {
    [ -n "$1" ] || return 0
    kill "$1" 2>/dev/null || true
    for _ in $(seq 50); do
        kill -0 "$1" 2>/dev/null || break
        sleep 0.1
    done
    kill -9 "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

# wait_for_port PID LOG NAME: sets port from the "listening on|at HOST:PORT" line of LOG
# (bounded: 20 s, or until PID ends).
wait_for_port() {
    port=
    for _ in $(seq 200); do
        port=$(sed -n 's/^.*listening \(on\|at\) .*:\([0-9][0-9]*\)\s*$/\2/p' "$2" | head -1)
        [ -n "$port" ] && return 0
        kill -0 "$1" 2>/dev/null || break
        sleep 0.1
    done
    echo "$3 did not start:" >&2
    cat "$2" >&2
    return 1
}
