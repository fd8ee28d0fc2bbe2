#!/usr/bin/env bash
# Fuzzes the importer, the journal decoder and the snapshot decompressor for a bounded time
# each (libFuzzer, ASan + UBSan), seeded with the stored-data fixtures:
# tests/fuzz/run.sh <build-dir> [seconds per target, default 60] (tests/run.sh passes 20, or 60
# with OPP_SOAK=1).
# A crash, a leak, undefined behaviour or a broken round trip stops the run with its input saved.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$1"
seconds="${2:-60}"
work="$build/fuzz"
rm -rf "$work"
mkdir -p "$work/backup" "$work/journal" "$work/snapshot" "$work/crashes"
for f in "$root"/tests/fixtures/*/backup.json; do
  cp "$f" "$work/backup/$(basename "$(dirname "$f")").json"
  cp "$f" "$work/snapshot/$(basename "$(dirname "$f")").json"
done
n=0
for f in "$root"/tests/fixtures/*/journal-only/*.json "$root"/tests/fixtures/*/store/journal-*.json; do
  while IFS= read -r line; do
    printf '%s' "$line" > "$work/journal/line-$n"
    n=$((n + 1))
  done < "$f"
done
for target in backup journal snapshot; do
  echo "-- fuzz_$target: ${seconds} s"
  "$build/fuzz_$target" -max_total_time="$seconds" -max_len=262144 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$work/crashes/" "$work/$target" 2>&1 |
    grep -E "^(Done|stat::number_of_executed_units|stat::new_units_added)|ERROR|SUMMARY" || true
  # libFuzzer leaves a crash-*/leak-*/timeout-* file behind when it found something.
  if compgen -G "$work/crashes/*" >/dev/null; then
    echo "fuzz_$target found a failing input: $(ls "$work/crashes")" >&2
    exit 1
  fi
  echo "-- fuzz_$target: clean"  # tests/run.sh counts these lines for its summary
done
