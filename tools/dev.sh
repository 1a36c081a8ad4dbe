#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sockscope developer entry point: installs what is missing (Debian 12), builds, and then
#   run    launches the app on the demo session
#   test   runs the whole test suite (what CI runs): plain (CMake preset ci: -Werror, Q_ASSERT kept),
#          the packages made from that tree and their checks, the suite again under ASan/UBSan
#          (preset asan, build-asan/), then a short fuzz run
#   package builds Release in build-package/ and the .deb and .tar.gz from it (cpack), then checks
#          them (packaging/check-package.sh); test checks the packages of the ci tree the same way
#   bench  builds and runs the benchmarks (tests/bench), writing results to build-bench/
#   fuzz   runs the fuzz targets (FUZZ_TARGETS, default all) for FUZZ_SECONDS each (default 60);
#          FUZZ_SANITIZERS=undefined leaves AddressSanitizer out for long runs (build-fuzz-undefined/)
#   format runs clang-format -i over app/, ui/ and tests/
#   tidy   runs clang-tidy (.clang-tidy) over app/, ui/ and tests/ with build/compile_commands.json
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
mode=${1:-run}
jobs=${JOBS:-2}

packages=(build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
    qt6-svg-dev qt6-translations-l10n libqcustomplot-dev libqcustomplot2.1-qt6 libgl-dev zlib1g-dev libsqlite3-dev sqlite3 libssl-dev openssl
    libgtest-dev libbenchmark-dev libboost-dev clang libclang-rt-14-dev clang-format clang-tidy
    libmsgpack-cxx-dev libprotobuf-dev libprotoc-dev protobuf-compiler libpcap-dev libtins-dev tshark
    python3 python3-websockets tinyproxy dante-server xvfb xauth imagemagick fonts-noto-cjk
    librsvg2-bin dpkg-dev fakeroot file lintian desktop-file-utils appstream shared-mime-info libglib2.0-bin man-db
    chromium)
# Node.js may come from another packaging that bundles npm; only ask for Debian's when absent.
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)
# mitmdump is a peer of the relay benchmark only.
[ "$mode" = bench ] && packages+=(mitmproxy)

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
    # The Node peers are pinned by tests/support/peers/package-lock.json. `npm install` from the
    # lock rather than `npm ci`: cbor-x's optional native helper has per-platform packages the
    # registry may not serve, which the lock then cannot list and `npm ci` refuses; cbor-x runs
    # without it. Installs again whenever the lock is newer than what was installed.
    local peers=tests/support/peers
    if [ -f $peers/package-lock.json ] && { [ ! -f $peers/node_modules/.package-lock.json ] ||
            [ $peers/package-lock.json -nt $peers/node_modules/.package-lock.json ]; }; then
        (cd $peers && npm install --no-save --no-audit --no-fund --loglevel=error)
    fi
}

configure_and_build() {
    local dir=$1; shift
    local launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$root" -B "$dir" -G Ninja "${launcher[@]}" "$@" >/dev/null
    cmake --build "$dir" -j"$jobs"
}

# Builds and tests one CMake preset (CMakePresets.json), printing how long each step took.
preset_build_and_test() {
    local preset=$1 start=$SECONDS
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j"$jobs"
    echo "== $preset: built in $((SECONDS - start)) s"
    start=$SECONDS
    ctest --preset "$preset" -j"$jobs"
    echo "== $preset: tests ran in $((SECONDS - start)) s"
}

# Makes the .deb and the .tar.gz of a built tree into DIR/packages and checks them.
package_and_check() {
    local dir=$1 start=$SECONDS
    rm -rf "$dir/packages"
    cpack --config "$dir/CPackConfig.cmake" -B "$dir/packages" -G "DEB;TGZ" >/dev/null
    "$root/packaging/check-package.sh" "$dir"/packages/sockscope_*.deb "$dir"/packages/sockscope-*.tar.gz
    echo "== packages of $dir: made and checked in $((SECONDS - start)) s"
}

# The C++ sources of app/, ui/ and tests/ (Node's modules under tests/support/peers left out).
own_sources() {
    find app ui tests -name node_modules -prune -o -type f \( -name '*.cpp' -o -name '*.h' \) -print | sort
}

install_missing
case "$mode" in
run)
    configure_and_build build -DSOCKSCOPE_BUILD_TESTS=OFF
    exec build/app/sockscope --demo
    ;;
test)
    install_peers
    preset_build_and_test ci
    package_and_check build
    preset_build_and_test asan
    configure_and_build build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DSOCKSCOPE_BUILD_FUZZERS=ON \
        -DSOCKSCOPE_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo
    FUZZ_SECONDS=${FUZZ_SECONDS:-30} "$root/tests/fuzz/run.sh" build-fuzz
    ;;
package)
    # Debian's hardening flags (as dpkg-buildpackage would pass them); no tests in the package build.
    export DEB_BUILD_MAINT_OPTIONS=hardening=+all
    configure_and_build build-package -DCMAKE_BUILD_TYPE=Release -DSOCKSCOPE_BUILD_TESTS=OFF \
        -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)" \
        -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)"
    package_and_check build-package
    ls "$root"/build-package/packages/sockscope*
    ;;
bench)
    install_peers
    configure_and_build build-bench -DSOCKSCOPE_BUILD_TESTS=ON -DSOCKSCOPE_BUILD_BENCHMARKS=ON -DCMAKE_BUILD_TYPE=Release
    "$root/tests/bench/run.sh" build-bench
    ;;
fuzz)
    # FUZZ_SANITIZERS=undefined: long local runs without AddressSanitizer, in a build of their own.
    sanitizers=${FUZZ_SANITIZERS:-address,undefined}
    fuzz_build=build-fuzz
    [ "$sanitizers" = address,undefined ] || fuzz_build=build-fuzz-${sanitizers//,/-}
    configure_and_build "$fuzz_build" -DCMAKE_CXX_COMPILER=clang++ -DSOCKSCOPE_BUILD_FUZZERS=ON \
        -DSOCKSCOPE_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSOCKSCOPE_FUZZ_SANITIZERS="$sanitizers"
    FUZZ_SECONDS=${FUZZ_SECONDS:-60} "$root/tests/fuzz/run.sh" "$fuzz_build"
    ;;
format)
    own_sources | xargs clang-format -i
    ;;
tidy)
    # moc and uic output must exist before clang-tidy can parse the sources that include it.
    configure_and_build build -DSOCKSCOPE_BUILD_TESTS=ON
    # Our translation units and headers only: not Qt's, nor the moc/uic output in build dirs.
    run-clang-tidy -quiet -p build -j "$jobs" -header-filter="^$root/(app|ui|tests)/" \
        -extra-arg=-Wno-error -extra-arg=-Wno-unknown-warning-option "^$root/(app|ui|tests)/"
    ;;
*)
    echo "usage: tools/dev.sh run|test|package|bench|fuzz|format|tidy" >&2
    exit 2
    ;;
esac
