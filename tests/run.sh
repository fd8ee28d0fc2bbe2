#!/usr/bin/env bash
# Runs the whole test suite: core unit tests natively, again under AddressSanitizer and
# UndefinedBehaviorSanitizer with the importer, journal decoder and snapshot decompressor fuzzed
# for a bounded time (clang, libFuzzer), under Emscripten/node, then the end-to-end tests in
# headless Chromium against the release web build. Installs what it needs. Ends with one summary
# line per stage (tests run, passed, minutes), also when a stage fails.
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

# --- the summary: one line per stage, printed at exit whatever happened ---------------------
logs="$(mktemp -d)"
summary=()
stage=""        # the stage under way: its name in the summary
stage_kind=""   # how its log is counted: gtest, ctest, fuzz, node
stage_start=0

minutes() { awk -v s="$1" 'BEGIN { printf "%.1f", s / 60 }'; }

# "<run> run, <passed> passed" from the stage's log (missing counts read as 0).
counts() {
  local log="$logs/$stage.log" run=0 ok=0
  if [ -f "$log" ]; then
    case "$stage_kind" in
      gtest)  # gtest's own summary: "[==========] N tests from M test suites ran." and "[  PASSED  ] N tests."
        run="$(sed -n 's/^\[==========\] \([0-9]*\) tests\{0,1\} from .* ran\..*/\1/p' "$log" | tail -1)"
        ok="$(sed -n 's/^\[  PASSED  \] \([0-9]*\) tests\{0,1\}\..*/\1/p' "$log" | tail -1)" ;;
      ctest)  # ctest's "100% tests passed, 0 tests failed out of N"
        run="$(sed -n 's/.* tests passed, [0-9]* tests\{0,1\} failed out of \([0-9]*\)$/\1/p' "$log" | tail -1)"
        local failed
        failed="$(sed -n 's/.* tests passed, \([0-9]*\) tests\{0,1\} failed out of [0-9]*$/\1/p' "$log" | tail -1)"
        [ -n "$run" ] && ok=$((run - failed)) ;;
      fuzz)   # tests/fuzz/run.sh: "-- fuzz_x: N s" as a target starts, "-- fuzz_x: clean" when it found nothing
        run="$(grep -c '^-- fuzz_[a-z]*: [0-9]* s$' "$log" || true)"
        ok="$(grep -c '^-- fuzz_[a-z]*: clean$' "$log" || true)" ;;
      node)   # node --test's closing counts: "# tests N", "# pass N" (TAP, its reporter into a pipe)
        run="$(sed -n 's/^# tests \([0-9]*\)$/\1/p' "$log" | tail -1)"
        ok="$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$log" | tail -1)" ;;
    esac
  fi
  local what="run" good="passed"
  [ "$stage_kind" = fuzz ] && what="targets run" && good="clean"
  echo "${run:-0} $what, ${ok:-0} $good"
}

stage_begin() {  # stage_begin <name> <kind> <banner>
  stage="$1"
  stage_kind="$2"
  stage_start=$SECONDS
  echo "[${SECONDS} s] == $3"
}

stage_end() {
  summary+=("== summary: $stage $(counts), $(minutes $((SECONDS - stage_start))) min")
  stage=""
}

finish() {
  local rc=$?
  if [ -n "$stage" ]; then
    summary+=("== summary: $stage FAILED: $(counts), $(minutes $((SECONDS - stage_start))) min")
  fi
  echo
  [ "${#summary[@]}" = 0 ] || printf '%s\n' "${summary[@]}"
  local counted="CI counts"
  [ "$OPP_SOAK" = 1 ] && counted="soak counts"
  if [ "$rc" = 0 ]; then
    echo "== all tests passed: $(minutes "$SECONDS") min in all ($counted)"
  else
    echo "== FAILED (exit $rc) after $(minutes "$SECONDS") min ($counted)"
  fi
  rm -rf "$logs"
  exit "$rc"
}
trap finish EXIT

# Prints what a stage's command writes as it comes and keeps it for the summary; fails with it.
logged() { "$@" 2>&1 | tee -a "$logs/$stage.log"; }

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
stage_begin "native unit" ctest "1/5 core unit tests (native, g++)"
cmake -S . -B build-native -DCMAKE_BUILD_TYPE=Debug -DOPP_BUILD_APP=OFF >/dev/null
cmake --build build-native -j"$jobs"
(cd build-native && logged brief_ctest)
stage_end

stage_begin "asan unit" gtest "2/5 core unit tests under ASan + UBSan (clang)"
CC=clang CXX=clang++ cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS=-O1 -DOPP_BUILD_APP=OFF \
  -DOPP_SANITIZE=ON -DOPP_FUZZ=ON >/dev/null
cmake --build build-asan -j"$jobs"
logged build-asan/unit_tests --gtest_brief=1
stage_end

stage_begin "fuzz" fuzz "3/5 fuzzing under ASan + UBSan (libFuzzer), ${fuzz_seconds} s per target"
logged tests/fuzz/run.sh build-asan "$fuzz_seconds"
stage_end

stage_begin "wasm unit" gtest "4/5 core unit tests (wasm32, Emscripten under node)"
# One Emscripten tree for the tests and the app (the core, libsodium and LZ4 compiled once): the
# tests are built here with --target, and scripts/build-web.sh then builds the app beside them.
# build-web as web/serve.sh made it has no tests (its configure needs no GoogleTest): turned on here.
if ! grep -q '^OPP_BUILD_TESTS:BOOL=ON$' build-web/CMakeCache.txt 2>/dev/null; then
  emcmake cmake -S . -B build-web -DCMAKE_BUILD_TYPE=Release -DOPP_BUILD_TESTS=ON >/dev/null
fi
cmake --build build-web -j"$jobs" --target unit_tests
# One node process, as under ctest, but with gtest's brief output. Node 20's global fetch still
# breaks 3.1.6 loaders (docs/PLATFORM_NOTES.md).
logged node --no-experimental-fetch build-web/unit_tests.js --gtest_brief=1
stage_end

stage_begin "e2e" node "5/5 end-to-end tests (Playwright + Chromium, headless)"
"$root/scripts/build-web.sh"
(cd tests/e2e && logged npm test)
stage_end
