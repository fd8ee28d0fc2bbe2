#!/usr/bin/env bash
# Installs what building and testing need, only when it is missing (quick when all is there).
# Usage: scripts/bootstrap.sh web   — Emscripten, fonts, headers, Dear ImGui source
#        scripts/bootstrap.sh test  — all of web, plus g++/CMake/GoogleTest, Chromium, npm packages
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mode="${1:-web}"
# shellcheck source=versions.env
. "$root/scripts/versions.env"

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi

web_pkgs=(emscripten patch fonttools nlohmann-json3-dev libhowardhinnant-date-dev libstb-dev fonts-noto-core cmake python3 xz-utils ca-certificates)
test_pkgs=(g++ make googletest libgtest-dev libbenchmark-dev libsodium-dev liblz4-dev pkg-config chromium clang libclang-rt-dev)

pkgs=("${web_pkgs[@]}")
[ "$mode" = test ] && pkgs+=("${test_pkgs[@]}")
# Node.js and npm may come from Debian or from NodeSource (whose nodejs bundles npm and
# conflicts with Debian's npm package): only install Debian's when the commands are missing.
if [ "$mode" = test ]; then
  command -v node >/dev/null 2>&1 || pkgs+=(nodejs)
  command -v npm >/dev/null 2>&1 || pkgs+=(npm)
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Third-party source from Debian's source archive, checked against the pinned hash of the
# upstream tarball (never committed): Dear ImGui, and libsodium for the web build.
deps="$root/.deps"
work="$deps/apt-src"
apt_src() {  # apt-get source --download-only "$@", against Debian's signed source index
  mkdir -p "$work/lists/partial" "$work/cache"
  cat > "$work/src.sources" <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: $DEBIAN_SOURCE_SUITE
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  local o=(-o "Dir::Etc::sourcelist=$work/src.sources" -o Dir::Etc::sourceparts=/dev/null
           -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o APT::Sandbox::User=root)
  [ -f "$work/.updated" ] || { apt-get "${o[@]}" update -q && touch "$work/.updated"; }
  (cd "$work" && apt-get "${o[@]}" source --download-only "$@")
}

imgui_dir="$deps/$IMGUI_UPSTREAM_DIR"
if [ ! -f "$imgui_dir/.verified" ]; then
  apt_src "imgui=$IMGUI_DEBIAN_VERSION"
  echo "$IMGUI_ORIG_SHA256  $work/$IMGUI_ORIG_TARBALL" | sha256sum -c --quiet
  rm -rf "$imgui_dir"
  tar -C "$deps" -xf "$work/$IMGUI_ORIG_TARBALL"
  touch "$imgui_dir/.verified"
fi

# libsodium: the upstream tarball is pinned by its hash; Debian's patches for it (security
# fixes, which change with the Debian revision) are applied from the same signed source index.
sodium_dir="$deps/$SODIUM_UPSTREAM_DIR"
if [ ! -f "$sodium_dir/.verified" ]; then
  rm -f "$work"/libsodium_*.debian.tar.xz "$work"/libsodium_*.dsc
  apt_src libsodium
  echo "$SODIUM_ORIG_SHA256  $work/$SODIUM_ORIG_TARBALL" | sha256sum -c --quiet
  rm -rf "$sodium_dir" "$work/sodium-debian"
  tar -C "$deps" -xf "$work/$SODIUM_ORIG_TARBALL"
  mkdir -p "$work/sodium-debian"
  tar -C "$work/sodium-debian" -xf "$work"/libsodium_*.debian.tar.xz
  if [ -f "$work/sodium-debian/debian/patches/series" ]; then
    grep -v '^\s*\(#\|$\)' "$work/sodium-debian/debian/patches/series" | while read -r patch _; do
      patch -d "$sodium_dir" -p1 -s < "$work/sodium-debian/debian/patches/$patch"
    done
  fi
  touch "$sodium_dir/.verified"
fi

# LZ4: the upstream tarball, pinned by its hash (only lib/lz4.c is built).
lz4_dir="$deps/$LZ4_UPSTREAM_DIR"
if [ ! -f "$lz4_dir/.verified" ]; then
  rm -f "$work"/lz4_*.debian.tar.xz "$work"/lz4_*.dsc
  apt_src lz4
  echo "$LZ4_ORIG_SHA256  $work/$LZ4_ORIG_TARBALL" | sha256sum -c --quiet
  rm -rf "$lz4_dir"
  tar -C "$deps" -xf "$work/$LZ4_ORIG_TARBALL"
  touch "$lz4_dir/.verified"
fi

# Installs when node_modules is missing or older than the lock file (a package was added).
installed="$root/tests/e2e/node_modules/.package-lock.json"
if [ "$mode" = test ] && { [ ! -f "$installed" ] || [ "$root/tests/e2e/package-lock.json" -nt "$installed" ]; }; then
  (cd "$root/tests/e2e" && npm ci --no-audit --no-fund --ignore-scripts)
fi
