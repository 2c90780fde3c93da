#!/usr/bin/env bash
# Hostile sizes (issue 13): inputs built to make duban do quadratic work or print a whole
# huge line. Each must stay cheap: processor time is measured (GNU time), not wall time, since
# the test machine is shared; CTest's TIMEOUT for this test (tests/CMakeLists.txt) backs it up.
set -uo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Runs a command, stderr to err.txt; prints the processor seconds it took.
cpu() {
    /usr/bin/time -f '%U %S' -o cpu.txt "$@" > out.txt 2> err.txt
    awk 'END { print $1 + $2 }' cpu.txt
}
# The bounds tell linear work from quadratic (11.7 s and over 60 s before). The sanitizer build
# (Debug, every memory access checked) runs 5 to 10 times slower: 5.4 s for the names check,
# against 0.4 s in a normal build. There the bounds are 10 times as long, which still tells.
scale=1
[ "${DUBAN_SANITIZED:-0}" = 1 ] && scale=10
under() { awk -v t="$1" -v max="$2" -v s="$scale" 'BEGIN { exit !(t < max * s) }'; }

# A category name of 80,000 characters, one character off the plan's: the did-you-mean hint
# compared the two in full (6.4e9 steps, 11.7 s) before every command, completion included.
python3 - <<'PY'
cat = "类" * 80000
open("long.yaml", "w").write(
    "plan:\n  title: t\n  start: 2021-01-01\n  due: 2021-12-31\n"
    f"  categories: [{cat}]\ntasks:\n  - id: 1\n    category: {cat}别\n"
    "    title: t\n    leaders: [何军]\n    office: 股\n")
PY
t=$(cpu "$DUBAN" -f long.yaml list)
grep -q "long.yaml:8:15: unknown category" err.txt || fail "long category: $(head -c 300 err.txt)"
under "$t" 2 || fail "an 80,000-character category took $t s"
t=$(cpu "$DUBAN" -f long.yaml __complete -- list --leader "")
under "$t" 2 || fail "completion with an 80,000-character category took $t s"

# A syntax error at the end of a 100 MB line: the message showed the whole line (209 MB on
# standard error); it shows a window of the line around the column.
python3 - <<'PY'
with open("wide.yaml", "w") as f:
    f.write("plan:\n  title: " + "x" * 100_000_000 + ": y\n")
PY
t=$(cpu "$DUBAN" -f wide.yaml list)
grep -q "^duban: wide.yaml:2:100000010: mapping values are not allowed" err.txt ||
    fail "wide line: $(head -c 300 err.txt)"
size=$(wc -c < err.txt)
[ "$size" -lt 2000 ] || fail "the error on a 100 MB line wrote $size bytes"
grep -q "…x*: y$" err.txt || fail "no window of the line around the column: $(head -c 600 err.txt)"

# check's near-duplicate names: 20,000 distinct leaders and 20,000 offices.
python3 - <<'PY'
lines = ["plan:", "  title: t", "  start: 2021-01-01", "  due: 2021-12-31",
         "  categories: [c]", "tasks:"]
for i in range(1, 20001):
    lines += [f"  - id: {i}", "    category: c", "    title: t",
              f"    leaders: [领导{i * 7919 % 1000003}]", f"    office: 股室{i * 104729 % 1000003}"]
open("names.yaml", "w").write("\n".join(lines) + "\n")
PY
t=$(cpu "$DUBAN" -f names.yaml check)
grep -q "looks like a misspelling of" out.txt || fail "names: no near duplicates found"
under "$t" 2 || fail "check of 20,000 leaders and offices took $t s"

exit $((failures > 0))
