#!/usr/bin/env bash
# How duban's time and memory grow with the plan (docs/benchmarks.md, "Growth"): runs
# `list --format json --as-of 2021-07-15` on plans of 1,000, 10,000 and 100,000 tasks with 6
# updates each (bench/gen_tasks.py, written once to bench/results/p6-N.yaml), RUNS times each
# (default 3; 100,000 tasks once unless RUNS100K says otherwise), and prints for each size the
# file's size, the median processor time (user + system) and wall time, the median peak memory
# (GNU time's maximum resident set size) and its ratio to the file's size.
#   bench/growth.sh [path/to/duban] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
duban=$(realpath "${1:-build-rel/duban}")
runs=${2:-3}
out=bench/results
mkdir -p "$out"
printf '%-8s %10s %10s %10s %12s %8s\n' tasks "file MB" "CPU s" "wall s" "peak MB" "÷ file"
for n in 1000 10000 100000; do
  f=$out/p6-$n.yaml
  [ -f "$f" ] || python3 bench/gen_tasks.py "$n" 6 > "$f"
  r=$runs
  [ "$n" = 100000 ] && r=${RUNS100K:-1}
  for _ in $(seq "$r"); do
    /usr/bin/time -f '%U %S %e %M' "$duban" -f "$f" --as-of 2021-07-15 list --format json \
      2>&1 > /dev/null | tail -1
  done | python3 -c '
import statistics, sys
n, size = int(sys.argv[1]), int(sys.argv[2])
rows = [list(map(float, line.split())) for line in sys.stdin if line.strip()]
cpu = statistics.median(u + s for u, s, _, _ in rows)
wall = statistics.median(e for _, _, e, _ in rows)
peak = statistics.median(m for _, _, _, m in rows) * 1024
print(f"{n:<8} {size / 1e6:10.1f} {cpu:10.2f} {wall:10.2f} {peak / 1e6:12.1f} {peak / size:7.1f}x")
' "$n" "$(wc -c < "$f")"
done
