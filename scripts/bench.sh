#!/usr/bin/env bash
# Builds and runs the native core benchmarks (Release): how saving, start-up and export scale.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/bootstrap.sh" test
cmake -S "$root" -B "$root/build-bench" -DCMAKE_BUILD_TYPE=Release -DOPP_BUILD_APP=OFF -DOPP_BUILD_TESTS=OFF -DOPP_BUILD_BENCH=ON >/dev/null
cmake --build "$root/build-bench" -j"$(nproc)" --target core_bench
"$root/build-bench/tests/bench/core_bench" "$@"
