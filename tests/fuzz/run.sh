#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every libFuzzer target for FUZZ_SECONDS (default 60) with a fixed seed, on a scratch
# copy of its seed corpus so the checked-in corpus stays small and reviewed.
# Usage: tests/fuzz/run.sh BUILD_DIR   (a build configured with -DSOCKSCOPE_BUILD_FUZZERS=ON)
# FUZZ_TARGETS (space-separated) runs only those targets.
# Exits non-zero when a target crashes; the reproducer is kept in BUILD_DIR/fuzz-artifacts/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:?usage: tests/fuzz/run.sh BUILD_DIR}" && pwd)
seconds=${FUZZ_SECONDS:-60}
seed=${FUZZ_SEED:-12345}

# Frames up to 16 KiB let a deflate bomb pass the 64 KiB message limit the harness sets.
# Decoder payloads up to 64 KiB reach the output limits of the binary formats' text.
# Captures up to 128 KiB hold a small .wscap (SQLite pages) or a pcap of a whole session.
declare -A max_len=([fuzz_framedecoder]=16384 [fuzz_handshake]=8192 [fuzz_decoders]=65536 [fuzz_captures]=131072 [fuzz_imports]=131072)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

status=0
read -r -a targets <<<"${FUZZ_TARGETS:-fuzz_framedecoder fuzz_handshake fuzz_decoders fuzz_imports fuzz_captures}"
for target in "${targets[@]}"; do
    bin=$build/tests/fuzz/$target
    if [ ! -x "$bin" ]; then
        echo "$target: not built ($bin)" >&2
        status=1
        continue
    fi
    cp -r "$here/corpus/$target" "$work/$target"
    artifacts=$build/fuzz-artifacts/$target
    mkdir -p "$artifacts"
    log=$build/fuzz-$target.log
    rc=0
    "$bin" -max_total_time="$seconds" -seed="$seed" -max_len="${max_len[$target]}" \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$artifacts/" "$work/$target" >"$log" 2>&1 || rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
    corpus=$(ls "$work/$target" | wc -l)
    if [ "$rc" -eq 0 ]; then
        echo "$target: ok, ${seconds} s, ${runs:-?} runs, ${rate:-?} exec/s, ${cov:-cov: ?}, corpus $corpus"
    else
        status=1
        echo "$target: CRASH (exit $rc) after ${runs:-?} runs; log $log, reproducer:" >&2
        ls -1t "$artifacts" | head -1 | sed "s|^|    $artifacts/|" >&2
        grep -m1 -E 'ERROR: (AddressSanitizer|libFuzzer)|runtime error|fuzz invariant violated' "$log" >&2 || true
    fi
done
exit "$status"
