#!/usr/bin/env bash
# Runs the whole test suite: core unit tests natively and under Emscripten/node, then the
# end-to-end tests in headless Chromium against the release web build. Installs what it needs.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
jobs="$(nproc)"

"$root/scripts/bootstrap.sh" test
export NODE_PATH=/usr/share/nodejs  # Debian's emcc needs Debian's acorn (docs/PLATFORM_NOTES.md)

echo "== 1/3 core unit tests (native, g++)"
cmake -S . -B build-native -DCMAKE_BUILD_TYPE=Debug -DOPP_BUILD_APP=OFF >/dev/null
cmake --build build-native -j"$jobs"
(cd build-native && ctest --output-on-failure -j"$jobs")

echo "== 2/3 core unit tests (wasm32, Emscripten under node)"
if [ ! -f build-wasm-test/CMakeCache.txt ]; then
  emcmake cmake -S . -B build-wasm-test -DCMAKE_BUILD_TYPE=Release -DOPP_BUILD_APP=OFF >/dev/null
fi
cmake --build build-wasm-test -j"$jobs"
(cd build-wasm-test && ctest --output-on-failure)

echo "== 3/3 end-to-end tests (Playwright + Chromium, headless)"
"$root/scripts/build-web.sh"
(cd tests/e2e && npm test)
