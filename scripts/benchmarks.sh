#!/usr/bin/env bash
# Runs every benchmark in one go and writes BENCHMARKS.md: the core natively (Google Benchmark,
# over the synthetic caseload at 1,000/10,000/100,000 persons) and the release web build in
# headless Chromium, side by side with a minimal Dear ImGui app and a raw IDBFS write.
# Not part of the test command; takes a while (the 100,000-person caseload is large).
# Usage: scripts/benchmarks.sh [browser runs, default 9]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
runs="${1:-9}"
"$root/scripts/bootstrap.sh" test
export NODE_PATH=/usr/share/nodejs  # Debian's emcc needs Debian's acorn (docs/PLATFORM_NOTES.md)
(cd tests/e2e && { [ -d node_modules/pouchdb-server ] || npm ci --silent --ignore-scripts; })

out="$root/build-bench/results"
mkdir -p "$out"
cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DOPP_BUILD_APP=OFF -DOPP_BUILD_TESTS=OFF -DOPP_BUILD_BENCH=ON >/dev/null
cmake --build build-bench -j"$(nproc)" --target core_bench make_caseload

echo "== the synthetic caseloads (backup files)"
for n in 1000 10000 100000; do build-bench/tests/bench/make_caseload "$n" 1 > "$out/caseload-$n.json"; done

echo "== native benchmarks"
build-bench/tests/bench/core_bench --benchmark_filter='^BM_(Load|SaveOneChange|ApplyCommand|CaseloadIndex|PersonFile|CachedReadPerFrame|CaseloadHit|CaseloadRebuild|BoardColumns|IntakeQueue|EvaluationStatistics|ResearchExportCsv|Search|SearchFolding|SyncIntoFreshDevice|SyncTenDevicesConverge)/' \
  --benchmark_repetitions=3 --benchmark_report_aggregates_only=true \
  --benchmark_out="$out/native.json" --benchmark_out_format=json

echo "== the release web build and the minimal Dear ImGui app"
"$root/scripts/build-web.sh"
cmake --build build-web -j"$(nproc)" --target minimal_app

echo "== browser benchmarks (headless Chromium)"
(cd tests/e2e && node benchmarks.mjs "$out/browser.json" "$out" "$runs")

node tests/e2e/benchmarks_report.mjs "$out/native.json" "$out/browser.json" > BENCHMARKS.md
echo "== idle frames, CPU while idle, input to frame, typing (headless Chromium)"
{
  echo
  echo "## While nobody touches it"
  echo
  echo "Frames drawn and CPU time of all the browser's processes per idle second, and the time from a"
  echo "mouse move to the next frame (tests/e2e/idle.mjs; the app draws only when something changes)."
  echo
  (cd tests/e2e && node idle.mjs "" "$out/caseload-10000.json" 5)
} >> BENCHMARKS.md
echo "wrote BENCHMARKS.md"
