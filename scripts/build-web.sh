#!/usr/bin/env bash
# Configures (once) and builds the web app with Emscripten into build-web/dist/. tests/run.sh
# builds the wasm unit tests in the same tree (--target unit_tests, with OPP_BUILD_TESTS on, which
# needs GoogleTest); they are not in its default build, so this builds only the app.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export NODE_PATH=/usr/share/nodejs  # Debian's emcc needs Debian's acorn (docs/PLATFORM_NOTES.md)
if [ ! -f "$root/build-web/CMakeCache.txt" ]; then
  emcmake cmake -S "$root" -B "$root/build-web" -DCMAKE_BUILD_TYPE=Release -DOPP_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$root/build-web" -j"$(nproc)"
