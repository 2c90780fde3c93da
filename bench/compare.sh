#!/usr/bin/env bash
# duban against Taskwarrior 2.6 on the same plan, side by side (docs/benchmarks.md).
#   bench/compare.sh [path/to/duban] [TASKS] [RUNS]
# Builds a plan of TASKS tasks (default 10000) with 6 updates each (bench/gen_tasks.py), and a
# Taskwarrior database in bench/results/ holding the same tasks with 6 annotations each (the
# update notes), leaders and office as string UDAs. Then times four pairs of commands with
# hyperfine, RUNS runs each (default 7), the two commands of a pair in one hyperfine call, and
# prints the medians, the ratio duban/task, each command's peak memory (GNU time's maximum
# resident set size), and the ratio of mean processor time (user + system; on a busy machine
# it shows what wall time hides). Needs: python3, task (taskwarrior), hyperfine, /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
duban=$(realpath "${1:-build-rel/duban}")
n=${2:-10000}
runs=${3:-7}
out=$(realpath -m bench/results)
mkdir -p "$out"
plan=$out/compare-$n.yaml
[ -f "$plan" ] || python3 bench/gen_tasks.py "$n" 6 > "$plan"

# Taskwarrior: its own rc and data folder, no confirmation, no hooks, no news or nagging.
tw=$out/compare-tw-$n
if [ ! -f "$tw/ready" ]; then
  rm -rf "$tw" && mkdir -p "$tw/data"
  cat > "$tw/rc" <<RC
data.location=$tw/data
confirmation=off
verbose=nothing
hooks=off
recurrence=off
json.array=on
uda.leader.type=string
uda.leader.label=Leader
uda.office.type=string
uda.office.label=Office
RC
  python3 bench/gen_tasks.py "$n" 6 --taskwarrior > "$tw/tasks.json"
  TASKRC=$tw/rc task import "$tw/tasks.json" > /dev/null
  cp -r "$tw/data" "$tw/data.orig"
  touch "$tw/ready"
fi
export TASKRC=$tw/rc

leader=何军
id=$(( n / 2 ))
d="$duban -f $plan --as-of 2021-07-15"
work=$out/compare-work-$n.yaml
pairs=(
  "list json|$d list --format json|task export"
  "list|$d list|task list"
  "list leader json|$d list --leader $leader --format json|task leader.has:$leader export"
  "mark|$duban -f $work mark $id --progress 100 --date 2021-12-28 --note 已完成验收|task $id annotate 已完成验收"
)
echo "$n tasks, $(wc -c < "$plan") bytes of YAML; $(task count) tasks in Taskwarrior;" \
  "leader $leader: $($d list --leader $leader --format tsv | tail -n +2 | wc -l) tasks in duban," \
  "$(task leader.has:$leader count) in task"
printf '%-18s %12s %12s %8s %14s %14s %10s\n' command duban task ratio "duban peak" "task peak" \
  "CPU ratio"
for p in "${pairs[@]}"; do
  IFS='|' read -r name a b <<< "$p"
  prep_a=true prep_b=true
  if [ "$name" = mark ]; then
    prep_a="cp $plan $work"
    prep_b="bash -c 'rm -rf $tw/data && cp -r $tw/data.orig $tw/data'"
  fi
  hyperfine -N --warmup 1 --runs "$runs" --export-json "$out/compare-$n-${name// /-}.json" \
    --prepare "$prep_a" --prepare "$prep_b" "$a" "$b" > /dev/null 2>&1
  eval "$prep_a"; ma=$( { /usr/bin/time -f %M $a > /dev/null; } 2>&1 | tail -1)
  eval "$prep_b"; mb=$( { /usr/bin/time -f %M $b > /dev/null; } 2>&1 | tail -1)
  python3 - "$out/compare-$n-${name// /-}.json" "$name" "$ma" "$mb" <<'PY'
import json, statistics, sys
r = json.load(open(sys.argv[1]))["results"]
a, b = (statistics.median(x["times"]) for x in r)
cpu_a, cpu_b = (x["user"] + x["system"] for x in r)
print(f"{sys.argv[2]:<18} {a:11.3f}s {b:11.3f}s {a / b:7.2f}x "
      f"{int(sys.argv[3]) / 1024:11.1f} MB {int(sys.argv[4]) / 1024:11.1f} MB {cpu_a / cpu_b:9.2f}x")
PY
done
