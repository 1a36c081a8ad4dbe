#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sockscope developer entry point: installs what is missing (Debian 12), builds, and then
#   run    launches the app on the demo session
#   test   runs the whole test suite (what CI runs), including a short fuzz run
#   bench  builds and runs the benchmarks (tests/bench), writing results to build-bench/
#   fuzz   runs the fuzz targets for FUZZ_SECONDS each (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
mode=${1:-run}
jobs=${JOBS:-2}

packages=(build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    libqcustomplot-dev libqcustomplot2.1-qt6 libgl-dev zlib1g-dev libsqlite3-dev sqlite3 libssl-dev openssl
    libgtest-dev libbenchmark-dev libboost-dev clang libclang-rt-14-dev
    python3 python3-websockets tinyproxy dante-server xvfb xauth imagemagick)
# Node.js may come from another packaging that bundles npm; only ask for Debian's when absent.
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return
    echo "Installing: ${missing[*]}"
    local sudo=
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

install_peers() {
    # Node's ws is pinned by tests/support/peers/package-lock.json.
    if [ -f tests/support/peers/package-lock.json ] && [ ! -d tests/support/peers/node_modules/ws ]; then
        (cd tests/support/peers && npm ci --no-audit --no-fund --loglevel=error)
    fi
}

configure_and_build() {
    local dir=$1; shift
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$root" -B "$dir" -G Ninja "${launcher[@]}" "$@" >/dev/null
    cmake --build "$dir" -j"$jobs"
}

install_missing
case "$mode" in
run)
    configure_and_build build -DSOCKSCOPE_BUILD_TESTS=OFF
    exec build/app/sockscope --demo
    ;;
test)
    install_peers
    configure_and_build build -DSOCKSCOPE_BUILD_TESTS=ON -DSOCKSCOPE_WERROR=ON
    (cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$jobs")
    configure_and_build build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DSOCKSCOPE_BUILD_FUZZERS=ON \
        -DSOCKSCOPE_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo
    FUZZ_SECONDS=${FUZZ_SECONDS:-30} "$root/tests/fuzz/run.sh" build-fuzz
    ;;
bench)
    install_peers
    configure_and_build build-bench -DSOCKSCOPE_BUILD_TESTS=ON -DSOCKSCOPE_BUILD_BENCHMARKS=ON -DCMAKE_BUILD_TYPE=Release
    "$root/tests/bench/run.sh" build-bench
    ;;
fuzz)
    configure_and_build build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DSOCKSCOPE_BUILD_FUZZERS=ON \
        -DSOCKSCOPE_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo
    FUZZ_SECONDS=${FUZZ_SECONDS:-60} "$root/tests/fuzz/run.sh" build-fuzz
    ;;
*)
    echo "usage: tools/dev.sh run|test|bench|fuzz" >&2
    exit 2
    ;;
esac
