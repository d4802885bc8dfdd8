#!/usr/bin/env bash
# Installs CapFlow's build and test dependencies from Debian 12's packages, only those missing.
#   scripts/install-deps.sh [--bench] [--sanitize]
set -euo pipefail
packages=(
  g++ cmake ninja-build pkg-config lld
  qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libxkbcommon-dev libgl-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libboost-graph-dev rapidjson-dev
  fonts-dejavu-core poppler-utils
  libxlsxwriter-dev zlib1g-dev
  # The exports' real readers (tests read every export back with them), and the install checks.
  python3-networkx python3-igraph python3-pydot python3-openpyxl graphviz
  desktop-file-utils appstream dpkg-dev shared-mime-info
)
# --bench: what tests/bench compares against. --sanitize: clang 14 with its sanitizer and libFuzzer
# runtimes and llvm-symbolizer for readable stacks (scripts/sanitize.sh, scripts/fuzz.sh; GCC's
# sanitizer runtimes come with g++).
for arg in "$@"; do
  case "$arg" in
    --bench) packages+=(graphviz python3) ;;
    --sanitize) packages+=(clang-14 libclang-rt-14-dev llvm-14) ;;
    *) echo "usage: $0 [--bench] [--sanitize]" >&2; exit 2 ;;
  esac
done
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "All dependencies are installed."
  exit 0
fi
echo "Installing: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
