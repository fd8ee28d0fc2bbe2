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

web_pkgs=(emscripten nlohmann-json3-dev libhowardhinnant-date-dev libstb-dev fonts-noto-core cmake python3 xz-utils ca-certificates)
test_pkgs=(g++ make googletest libgtest-dev chromium clang libclang-rt-dev)

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

# Dear ImGui from Debian's source archive, pinned and checked (never committed).
deps="$root/.deps"
imgui_dir="$deps/$IMGUI_UPSTREAM_DIR"
if [ ! -f "$imgui_dir/.verified" ]; then
  work="$deps/apt-src"
  mkdir -p "$work/lists/partial" "$work/cache"
  cat > "$work/src.sources" <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: $IMGUI_DEBIAN_SUITE
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  o=(-o "Dir::Etc::sourcelist=$work/src.sources" -o Dir::Etc::sourceparts=/dev/null
     -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o APT::Sandbox::User=root)
  apt-get "${o[@]}" update -q
  (cd "$work" && apt-get "${o[@]}" source --download-only "imgui=$IMGUI_DEBIAN_VERSION")
  echo "$IMGUI_ORIG_SHA256  $work/$IMGUI_ORIG_TARBALL" | sha256sum -c --quiet
  rm -rf "$imgui_dir"
  tar -C "$deps" -xf "$work/$IMGUI_ORIG_TARBALL"
  touch "$imgui_dir/.verified"
fi

# Installs when node_modules is missing or older than the lock file (a package was added).
installed="$root/tests/e2e/node_modules/.package-lock.json"
if [ "$mode" = test ] && { [ ! -f "$installed" ] || [ "$root/tests/e2e/package-lock.json" -nt "$installed" ]; }; then
  (cd "$root/tests/e2e" && npm ci --no-audit --no-fund)
fi
