#!/usr/bin/env bash
# Runs the whole test suite: core unit tests natively, again under AddressSanitizer and
# UndefinedBehaviorSanitizer with the importer and journal decoder fuzzed for a bounded time
# (clang, libFuzzer), under Emscripten/node, then the end-to-end tests in headless Chromium
# against the release web build. Installs what it needs.
#
# Counts: by default the CI counts: fuzzing 20 s per target, the fault loops 20 tab closes + 5
# browser kills, the bridge tests at their CI sizes. OPP_SOAK=1 runs the soak counts: 60 s per
# target, 100 closes + 20 kills, the bridge tests' full sizes. OPP_FUZZ_SECONDS,
# OPP_FAULT_CLOSE_CYCLES and OPP_FAULT_KILL_CYCLES override either.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
jobs="$(nproc)"

export OPP_SOAK="${OPP_SOAK:-0}"  # read by tests/e2e/faults.test.mjs and bridge.test.mjs
if [ "$OPP_SOAK" = 1 ]; then fuzz_seconds="${OPP_FUZZ_SECONDS:-60}"; else fuzz_seconds="${OPP_FUZZ_SECONDS:-20}"; fi

"$root/scripts/bootstrap.sh" test
export NODE_PATH=/usr/share/nodejs  # Debian's emcc needs Debian's acorn (docs/PLATFORM_NOTES.md)

# Prints a ctest run as briefly as gtest's --gtest_brief: the failures with their output and the
# totals, not a line per test that passed.
brief_ctest() {
  ctest --output-on-failure -j"$jobs" "$@" |
    grep --line-buffered -v -E '^ +Start +[0-9]+: |^ *[0-9]+/[0-9]+ Test +#[0-9]+: .* Passed +[0-9.]+ sec$'
}

# Natively the tests run under ctest, a process per test, one per core: a single JsonReader test
# is half of their CPU time, so one gtest process for them all took 44 s against ctest's 24 s
# here. (Under ASan, where starting each process costs more, one process was the faster.)
echo "[${SECONDS} s] == 1/4 core unit tests (native, g++)"
cmake -S . -B build-native -DCMAKE_BUILD_TYPE=Debug -DOPP_BUILD_APP=OFF >/dev/null
cmake --build build-native -j"$jobs"
(cd build-native && brief_ctest)

echo "[${SECONDS} s] == 2/4 core unit tests under ASan + UBSan, and fuzzing (clang, libFuzzer, ${fuzz_seconds} s per target)"
CC=clang CXX=clang++ cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS=-O1 -DOPP_BUILD_APP=OFF \
  -DOPP_SANITIZE=ON -DOPP_FUZZ=ON >/dev/null
cmake --build build-asan -j"$jobs"
build-asan/unit_tests --gtest_brief=1
tests/fuzz/run.sh build-asan "$fuzz_seconds"

echo "[${SECONDS} s] == 3/4 core unit tests (wasm32, Emscripten under node)"
# One Emscripten tree for the tests and the app (the core, libsodium and LZ4 compiled once): the
# tests are built here with --target, and scripts/build-web.sh then builds the app beside them.
# build-web as web/serve.sh made it has no tests (its configure needs no GoogleTest): turned on here.
if ! grep -q '^OPP_BUILD_TESTS:BOOL=ON$' build-web/CMakeCache.txt 2>/dev/null; then
  emcmake cmake -S . -B build-web -DCMAKE_BUILD_TYPE=Release -DOPP_BUILD_TESTS=ON >/dev/null
fi
cmake --build build-web -j"$jobs" --target unit_tests
# One node process, as under ctest, but with gtest's brief output. Node 20's global fetch still
# breaks 3.1.6 loaders (docs/PLATFORM_NOTES.md).
node --no-experimental-fetch build-web/unit_tests.js --gtest_brief=1

echo "[${SECONDS} s] == 4/4 end-to-end tests (Playwright + Chromium, headless)"
"$root/scripts/build-web.sh"
(cd tests/e2e && npm test)
echo "[${SECONDS} s] all tests passed"
