#!/usr/bin/env bash
# Checks what CapFlow installs:
#   scripts/check-install.sh BUILD_DIR          install into a temporary DESTDIR and check the files
#   scripts/check-install.sh --deb BUILD_DIR    also build the Debian package and check it
# BUILD_DIR must be configured and have the capflow target built (--deb builds the package target,
# which builds everything). Every expected file is checked, the desktop file with
# desktop-file-validate (desktop-file-utils) and the metainfo with appstreamcli (appstream); --deb
# needs dpkg-deb and dpkg-shlibdeps (dpkg-dev). Exits 1 naming every problem, 2 on usage errors.
set -euo pipefail

app_id=io.github.capflow.CapFlow
icon_sizes=(16 24 32 48 64 128 256 512)

usage() {
    echo "usage: $0 [--deb] BUILD_DIR" >&2
    exit 2
}
deb=false
build_dir=
for arg in "$@"; do
    case $arg in
        --deb) deb=true ;;
        -*) usage ;;
        *) [ -z "$build_dir" ] || usage; build_dir=$arg ;;
    esac
done
[ -n "$build_dir" ] || usage
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    echo "check-install: $build_dir is not a configured CMake build directory" >&2
    exit 2
fi
build_dir=$(cd "$build_dir" && pwd)

problems=()
problem() {
    problems+=("$1")
    echo "FAIL: $1" >&2
}
finish() {
    if [ ${#problems[@]} -gt 0 ]; then
        echo "check-install: ${#problems[@]} problem(s):" >&2
        printf '  - %s\n' "${problems[@]}" >&2
        exit 1
    fi
    echo "check-install: OK"
    exit 0
}
need_tool() { # TOOL PACKAGE
    if ! command -v "$1" >/dev/null; then
        problem "$1 not found (install the Debian package $2)"
        finish
    fi
}
need_tool desktop-file-validate desktop-file-utils
need_tool appstreamcli appstream
if $deb; then
    need_tool dpkg-deb dpkg
    need_tool dpkg-shlibdeps dpkg-dev
fi

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:[A-Z]*=//p' "$build_dir/CMakeCache.txt")

# Paths below the prefix /usr, sorted.
expected=(
    bin/capflow
    "share/applications/$app_id.desktop"
    "share/metainfo/$app_id.metainfo.xml"
    "share/mime/packages/$app_id.xml"
)
for size in "${icon_sizes[@]}"; do
    expected+=("share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
expected+=("share/icons/hicolor/scalable/apps/$app_id.svg")
expected_list=$(printf 'usr/%s\n' "${expected[@]}" | LC_ALL=C sort)

# Compares a sorted file list with the expected one; WHAT names the list in messages.
compare_lists() { # WHAT LIST
    local missing unexpected
    missing=$(LC_ALL=C comm -23 <(echo "$expected_list") <(echo "$2"))
    unexpected=$(LC_ALL=C comm -13 <(echo "$expected_list") <(echo "$2"))
    local path
    for path in $missing; do problem "$1: missing /$path"; done
    for path in $unexpected; do problem "$1: not expected: /$path"; done
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
destdir=$tmp/root

echo "== cmake --install $build_dir --prefix /usr (DESTDIR=$destdir)"
if ! DESTDIR=$destdir cmake --install "$build_dir" --prefix /usr >"$tmp/install.log" 2>&1; then
    cat "$tmp/install.log" >&2
    problem "cmake --install $build_dir failed (output above; is the capflow target built? cmake --build $build_dir --target capflow)"
    finish
fi
installed=$(cd "$destdir" && find . \( -type f -o -type l \) -printf '%P\n' | LC_ALL=C sort)
echo "$installed" | sed 's|^|  /|'
compare_lists "install" "$installed"

root=$destdir/usr
if [ -f "$root/bin/capflow" ]; then
    [ -x "$root/bin/capflow" ] || problem "/usr/bin/capflow is not executable"
    dynamic=$(readelf -d "$root/bin/capflow" 2>/dev/null || true)
    if grep -E 'R(UN)?PATH' <<<"$dynamic" | grep -qF "$build_dir"; then
        problem "/usr/bin/capflow keeps an RPATH into the build directory"
    fi
    if ! out=$("$root/bin/capflow" --version 2>&1); then
        problem "/usr/bin/capflow --version failed: $out"
    elif [[ $out != *"$version"* ]]; then
        problem "/usr/bin/capflow --version prints '$out', not the project version $version"
    else
        echo "== /usr/bin/capflow --version: $out"
    fi
fi

# Each PNG has the size its folder names (width and height from the IHDR chunk).
for size in "${icon_sizes[@]}"; do
    png=$root/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [ -f "$png" ] || continue
    read -r -a dims <<<"$(od -An -tu1 -j16 -N8 "$png")"
    width=$(( (dims[0] << 24) | (dims[1] << 16) | (dims[2] << 8) | dims[3] ))
    height=$(( (dims[4] << 24) | (dims[5] << 16) | (dims[6] << 8) | dims[7] ))
    if [ "$width" != "$size" ] || [ "$height" != "$size" ]; then
        problem "icon ${size}x${size} is ${width}x${height}"
    fi
done

desktop=$root/share/applications/$app_id.desktop
if [ -f "$desktop" ]; then
    echo "== desktop-file-validate"
    desktop-file-validate "$desktop" || problem "desktop-file-validate rejects $app_id.desktop"
    grep -qx "Icon=$app_id" "$desktop" || problem "$app_id.desktop: Icon is not $app_id"
    grep -qx 'Exec=capflow %f' "$desktop" || problem "$app_id.desktop: Exec is not 'capflow %f'"
    grep -qx 'MimeType=application/x-capflow;' "$desktop" \
        || problem "$app_id.desktop: MimeType is not 'application/x-capflow;'"
fi

metainfo=$root/share/metainfo/$app_id.metainfo.xml
if [ -f "$metainfo" ]; then
    echo "== appstreamcli validate --no-net"
    appstreamcli validate --no-net "$metainfo" || problem "appstreamcli rejects $app_id.metainfo.xml"
    grep -q "<release version=\"$version\"" "$metainfo" \
        || problem "$app_id.metainfo.xml has no <release> for the project version $version"
    grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
        || problem "$app_id.metainfo.xml: launchable is not $app_id.desktop"
fi

mime=$root/share/mime/packages/$app_id.xml
if [ -f "$mime" ] && command -v update-mime-database >/dev/null; then
    echo "== update-mime-database"
    mkdir -p "$tmp/mime/packages"
    cp "$mime" "$tmp/mime/packages/"
    # Any output is a complaint (with $tmp on XDG_DATA_HOME it does not note that $tmp is off the path).
    if ! XDG_DATA_HOME=$tmp update-mime-database "$tmp/mime" >"$tmp/mime.log" 2>&1 \
        || [ -s "$tmp/mime.log" ]; then
        cat "$tmp/mime.log" >&2
        problem "update-mime-database rejects $app_id.xml"
    elif ! grep -qx 'application/x-capflow:\*\.capflow' "$tmp/mime/globs"; then
        problem "$app_id.xml does not map *.capflow to application/x-capflow"
    else
        echo "application/x-capflow: *.capflow"
    fi
fi

if $deb; then
    echo "== cmake --build $build_dir --target package"
    rm -f "$build_dir"/capflow_*.deb
    if ! cmake --build "$build_dir" --target package >"$tmp/package.log" 2>&1; then
        tail -n 40 "$tmp/package.log" >&2
        problem "building the package target failed"
        finish
    fi
    debs=("$build_dir"/capflow_"$version"_*.deb)
    if [ ! -f "${debs[0]}" ]; then
        problem "no $build_dir/capflow_${version}_*.deb after building the package target"
        finish
    fi
    package=${debs[0]}
    echo "== dpkg-deb -c $package"
    contents=$(dpkg-deb -c "$package")
    echo "$contents" | sed 's/^/  /'
    # Regular files and links, without the leading ./ (names never contain blanks).
    files=$(echo "$contents" | awk '$1 !~ /^d/ { sub(/^\.\//, "", $6); print $6 }' | LC_ALL=C sort)
    compare_lists "package" "$files"
    [ "$files" = "$installed" ] || problem "the package's files differ from cmake --install's"
    echo "== dpkg-deb -f $package"
    dpkg-deb -f "$package" Package Version Architecture Maintainer Section Depends Recommends
    depends=$(dpkg-deb -f "$package" Depends)
    [[ $depends == *libqt6* ]] || problem "the package's Depends names no libqt6 package: '$depends'"
    [ "$(dpkg-deb -f "$package" Package)" = capflow ] || problem "the package is not named capflow"
    [ "$(dpkg-deb -f "$package" Version)" = "$version" ] \
        || problem "the package's version is not $version"
fi

finish
