#!/usr/bin/env bash
# Times duban on generated plans of 1,000 and 10,000 tasks (four updates each) with hyperfine,
# and measures peak memory (maximum resident set size) with GNU time. Results go to
# bench/results/ (ignored by git); docs/benchmarks.md quotes them.
#   bench/run.sh [path/to/duban]
set -euo pipefail
cd "$(dirname "$0")/.."
duban=${1:-build/duban}
out=bench/results
mkdir -p "$out"
for n in 1000 10000; do
  [ -f "$out/tasks-$n.yaml" ] || python3 bench/gen_tasks.py "$n" > "$out/tasks-$n.yaml"
done
for n in 1000 10000; do
  f="$out/tasks-$n.yaml"
  echo "== $n tasks: $(wc -c < "$f") bytes"
  hyperfine --warmup 2 --runs 15 --export-json "$out/list-$n.json" \
    -n "list $n" "$duban -f $f --as-of 2021-07-15 list" \
    -n "list json $n" "$duban -f $f --as-of 2021-07-15 list --format json" \
    -n "check $n" "$duban -f $f check" 2>&1 | grep -E "Time|Range|±|list|check"
  for cmd in "list" "list --format json"; do
    kb=$( { /usr/bin/time -f %M "$duban" -f "$f" --as-of 2021-07-15 $cmd > /dev/null; } 2>&1 )
    echo "peak RSS, $cmd, $n tasks: $kb KiB"
  done
done
