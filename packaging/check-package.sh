#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the built packages (packaging/README.md): what the .deb holds, lintian, the desktop file,
# the metainfo and the MIME type, and that the unpacked binary runs from a scratch root.
#   packaging/check-package.sh sockscope_VERSION_ARCH.deb sockscope-VERSION-Linux.tar.gz
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 PACKAGE.deb PACKAGE.tar.gz" >&2; exit 2; }
deb=$(realpath "$1")
tgz=$(realpath "$2")
cd "$(dirname "$0")/.."
source_root=$PWD
app_id=io.github.sockscope.Sockscope
icon_sizes=(16 22 24 32 48 64 128 256 512)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
root=$scratch/root
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

expect_file() {
    [ -f "$root/$1" ] || fail "the package has no $1"
}

check_contents() {
    expect_file usr/bin/sockscope
    expect_file usr/share/applications/$app_id.desktop
    expect_file usr/share/metainfo/$app_id.metainfo.xml
    expect_file usr/share/mime/packages/$app_id.xml
    expect_file usr/share/icons/hicolor/scalable/apps/$app_id.svg
    expect_file usr/share/man/man1/sockscope.1.gz
    expect_file usr/share/doc/sockscope/copyright
    expect_file usr/share/doc/sockscope/changelog.gz
    expect_file usr/share/doc/sockscope/README.md
    local size png
    for size in "${icon_sizes[@]}"; do
        png=usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
        expect_file "$png"
        [ -f "$root/$png" ] && ! file -b "$root/$png" | grep -q "PNG image data, $size x $size," &&
            fail "$png is not a $size x $size PNG"
    done
    check_guide
}

# The user guide (Help → User Guide opens it) with every screenshot it shows.
check_guide() {
    local guide=usr/share/doc/sockscope/user-guide.md image
    expect_file $guide
    [ -f "$root/$guide" ] || return 0
    for image in $(grep -o '](screenshots/[^)]*\.png)' "$root/$guide" | sed 's/^](//; s/)$//'); do
        expect_file usr/share/doc/sockscope/$image
    done
}

# The translations are embedded in the binary (qt_add_lrelease into the ":/i18n" resources), whose
# resource tree stores each file name in UTF-16BE.
check_translations() {
    local language
    for language in de zh_CN; do
        python3 -c 'import sys; sys.exit(sys.argv[2].encode("utf-16-be") not in open(sys.argv[1], "rb").read())' \
            "$root/usr/bin/sockscope" "sockscope_$language.qm" || fail "the binary embeds no sockscope_$language.qm"
    done
}

check_lintian() {
    echo "== lintian"
    # Errors fail the check; warnings and the rest are printed for a human to judge.
    local status=0
    lintian --fail-on error --display-info "$deb" >"$scratch/lintian.txt" 2>&1 || status=$?
    sed 's/running with root privileges is not recommended!//' "$scratch/lintian.txt"
    [ "$status" -eq 0 ] || fail "lintian reports errors"
}

check_desktop_integration() {
    echo "== desktop-file-validate, appstreamcli validate and validate-tree"
    desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
    appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
    # The installed tree as a software centre reads it: metainfo, desktop file and icons together.
    appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"
}

# Every subcommand that `sockscope --help` lists has its section.
check_manpage() {
    local warnings subcommand subcommands
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/sockscope.1.gz" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man reports: $warnings"
    subcommands=$(env -u DISPLAY -u WAYLAND_DISPLAY LC_ALL=C.UTF-8 "$root/usr/bin/sockscope" --help |
        sed -n 's/^Subcommands (headless): \([a-z, ]*\)\..*/\1/p' | tr -d ,)
    [ -n "$subcommands" ] || fail "sockscope --help lists no subcommands"
    for subcommand in $subcommands; do
        zgrep -q "^\.SS sockscope $subcommand\$" "$root/usr/share/man/man1/sockscope.1.gz" ||
            fail "the man page has no section for '$subcommand'"
    done
}

# The unpacked binary, without a display: --version, `show` on a fixture, `convert` to a capture.
check_binary_runs() {
    echo "== running $root/usr/bin/sockscope"
    local bin=$root/usr/bin/sockscope version
    version=$(env -u DISPLAY -u WAYLAND_DISPLAY "$bin" --version) || fail "sockscope --version exits with $?"
    [ "$version" = "sockscope $(dpkg-deb -f "$deb" Version)" ] || fail "sockscope --version says '$version'"
    echo "$version"
    env -u DISPLAY -u WAYLAND_DISPLAY "$bin" show tests/data/chromium-devtools-echo.har >"$scratch/show.txt" ||
        fail "sockscope show exits with $?"
    grep -q "first message" "$scratch/show.txt" || fail "sockscope show printed no frame of the fixture"
    head -n 3 "$scratch/show.txt"
    env -u DISPLAY -u WAYLAND_DISPLAY "$bin" convert tests/data/chromium-devtools-echo.har "$scratch/echo.wscap" ||
        fail "sockscope convert exits with $?"
}

# The MIME type as a desktop sees it: shared-mime-info's cache built from the packaged XML, asked
# through GIO, knows a capture by name and by its magic alone, and leaves other SQLite files alone.
check_mime_type() {
    echo "== MIME type"
    local data=$scratch/share
    mkdir -p "$data/mime/packages"
    cp "$root/usr/share/mime/packages/$app_id.xml" "$data/mime/packages/"
    XDG_DATA_DIRS="$data:/usr/share" update-mime-database "$data/mime" || fail "update-mime-database rejects the MIME XML"
    cp "$scratch/echo.wscap" "$scratch/renamed.bin"
    sqlite3 "$scratch/other.wscap.db" "CREATE TABLE t(x); PRAGMA application_id = 1;"
    expect_type "$data" "$scratch/echo.wscap" application/x-sockscope-capture
    expect_type "$data" "$scratch/renamed.bin" application/x-sockscope-capture
    expect_type "$data" "$scratch/other.wscap.db" application/vnd.sqlite3
}

expect_type() {
    local type
    type=$(XDG_DATA_DIRS="$1:/usr/share" gio info -a standard::content-type "$2" | sed -n 's/^ *standard::content-type: //p')
    [ "$type" = "$3" ] || fail "$(basename "$2") is seen as '$type', not $3"
}

# The tarball holds the same files under its top folder as the .deb under /usr.
check_tarball() {
    local deb_files tgz_files
    deb_files=$(find "$root/usr" -type f -printf '%P\n' | sort)
    tgz_files=$(tar -tzf "$tgz" | grep -v '/$' | cut -d/ -f2- | sort)
    [ "$deb_files" = "$tgz_files" ] || fail "the .tar.gz and the .deb hold different files: $(diff <(echo "$deb_files") <(echo "$tgz_files") | head -5)"
}

# The Debian changelog and the metainfo's newest release name the version the package has.
check_versions() {
    local version logged released
    version=$(dpkg-deb -f "$deb" Version)
    logged=$(zcat "$root/usr/share/doc/sockscope/changelog.gz" | sed -n '1s/^sockscope (\([^)]*\)).*/\1/p')
    [ "$logged" = "$version" ] || fail "packaging/debian/changelog names $logged, the package is $version"
    released=$(grep -o -m1 '<release version="[^"]*"' "$root/usr/share/metainfo/$app_id.metainfo.xml" | cut -d'"' -f2)
    [ "$released" = "$version" ] || fail "the metainfo's newest release is $released, the package is $version"
}

echo "== $(basename "$deb"): $(dpkg-deb -f "$deb" Depends)"
dpkg -x "$deb" "$root"
check_contents
check_translations
check_versions
check_manpage
check_desktop_integration
check_binary_runs
check_mime_type
check_tarball
check_lintian
if [ "$failures" -ne 0 ]; then
    echo "package check: $failures failure(s)" >&2
    exit 1
fi
echo "package check: all passed"
