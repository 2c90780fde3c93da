#!/usr/bin/env bash
# `duban list` on a real terminal: a tmux pane 80, 100 and 120 columns wide runs it on the shipped
# tasks.yaml and on a fixture of long names. What the program wrote to the terminal (tmux
# pipe-pane) and what the terminal shows (capture-pane, wrapped lines joined) must have no line
# wider than the pane, measured by Python's unicodedata (an oracle independent of duban's
# utf8proc), and every task's id must stand on one line with its light, and its whole text must
# be there (wrapped, not cut). In a pipe the table keeps its full width unless COLUMNS is set.
set -uo pipefail
export LC_ALL=C.UTF-8
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
command -v tmux >/dev/null || { echo "FAIL: tmux is missing (scripts/deps.sh test)"; exit 1; }

work=$(mktemp -d)
socket="$work/tmux.sock"
trap 'tmux -S "$socket" kill-server 2>/dev/null; rm -rf "$work"' EXIT
tmux_() { tmux -u -S "$socket" -f /dev/null "$@"; }

# Runs `duban -f FILE list` in a detached pane WIDTH columns wide; leaves the bytes it wrote in
# $work/raw and the screen and scroll-back in $work/screen.
run_in_pane() {
    local width=$1 file=$2
    rm -f "$work/raw" "$work/screen"
    tmux_ new-session -d -s fit -x "$width" -y 40 \
        "tmux -S '$socket' wait-for go; '$DUBAN' -f '$file' --as-of 2021-07-15 list; echo __END__; sleep 60"
    tmux_ set-option -t fit history-limit 10000
    tmux_ pipe-pane -t fit -o "cat > '$work/raw'"
    local actual
    actual=$(tmux_ display-message -p -t fit '#{pane_width}')
    [ "$actual" = "$width" ] || fail "the pane is $actual columns wide, not $width"
    tmux_ wait-for -S go
    for _ in $(seq 100); do
        grep -q __END__ "$work/raw" 2>/dev/null && break
        sleep 0.1
    done
    tmux_ capture-pane -p -J -S - -t fit >"$work/screen"
    tmux_ kill-session -t fit
}

# The checks, in Python: width by unicodedata.east_asian_width (W and F take two columns,
# combining and other zero-width characters none, the rest one, as utf8proc and terminals do).
check_output() {
    local width=$1 file=$2 name=$3
    "$DUBAN" -f "$file" --as-of 2021-07-15 list --format json >"$work/tasks.json"
    python3 - "$width" "$work/raw" "$work/screen" "$work/tasks.json" "$name" <<'PY' || failures=$((failures + 1))
import json, re, sys, unicodedata

width, raw_path, screen_path, tasks_path, name = sys.argv[1:]
width = int(width)
LIGHTS = {"green": "绿灯", "yellow": "黄灯", "red": "红灯", "done": "已完成"}

def columns(text):
    n = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf", "Cc"):
            continue
        n += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return n

def plain(text):
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\x1b[()][A-Z0-9]", "", text)
    return [line.rstrip("\r") for line in text.split("\n")]

raw = plain(open(raw_path, encoding="utf-8").read())
screen = open(screen_path, encoding="utf-8").read().split("\n")
bad = []
if "__END__" not in raw:
    bad.append("the pane never finished (no __END__ in what it wrote)")
raw = raw[: raw.index("__END__")] if "__END__" in raw else raw
for where, lines in (("written", raw), ("on screen", screen)):
    for line in lines:
        if columns(line) > width:
            bad.append(f"{where}: a line of {columns(line)} columns: {line!r}")

tasks = json.load(open(tasks_path, encoding="utf-8"))
header = next((i for i, line in enumerate(raw) if line.lstrip().startswith("序号")), None)
if header is None:
    bad.append("no header line starting with 序号")
else:
    if "预警" not in raw[header]:
        bad.append(f"the header has no 预警 column: {raw[header]!r}")
    starts = {}
    for i, line in enumerate(raw[header + 2:], header + 2):
        m = re.match(r" {0,3}(\d+) ", line)  # a row's first line: its id, right-aligned in 序号
        if m:
            starts[int(m.group(1))] = i
    ids = sorted(starts.values())
    for task in tasks:
        i = starts.get(task["id"])
        if i is None:
            bad.append(f"task {task['id']} has no line of its own")
            continue
        light = LIGHTS[task["light"]]
        if light not in raw[i]:
            bad.append(f"task {task['id']}: its light {light} is not on its line: {raw[i]!r}")
        end = next((j for j in ids if j > i), len(raw))
        block = "".join("".join(line.split()) for line in raw[i:end])
        rest = iter(block)
        title = "".join(task["title"].split())
        if not all(ch in rest for ch in title):
            bad.append(f"task {task['id']}: its text is not all there (cut?):\n" +
                       "\n".join(raw[i:end]))
for problem in bad:
    print(f"FAIL: {name} at {width} columns: {problem}")
sys.exit(1 if bad else 0)
PY
}

for file in "$SOURCE/tasks.yaml" "$FIXTURES/long-names.yaml"; do
    name=$(basename "$file")
    for width in 80 100 120; do
        run_in_pane "$width" "$file"
        cp "$work/raw" "$work/raw.$name.$width"
        check_output "$width" "$file" "$name"
    done
done

# What gives way, in order: at 120 columns the shipped table drops only the partners; at 100 it
# keeps the leaders; at 80 the leaders go as well, and stderr says so.
header_of() { sed 's/\x1b\[[0-9;]*m//g' "$work/raw.tasks.yaml.$1" | grep -m1 '序号'; }
grep -q 协办股室 <<<"$(header_of 120)" && fail "120 columns: partners still shown: $(header_of 120)"
grep -q 责任领导 <<<"$(header_of 120)" || fail "120 columns: leaders gave way: $(header_of 120)"
grep -q 责任领导 <<<"$(header_of 100)" || fail "100 columns: leaders gave way: $(header_of 100)"
grep -q 责任领导 <<<"$(header_of 80)" && fail "80 columns: leaders still shown: $(header_of 80)"
grep -q 类别 <<<"$(header_of 80)" || fail "80 columns: the category gave way: $(header_of 80)"
grep -q "left out: 责任领导、协办股室" "$work/raw.tasks.yaml.80" ||
    fail "80 columns: no note naming the columns left out"

# Not a terminal: the full table, as before, unless COLUMNS asks for a width.
widest() { python3 -c '
import sys, unicodedata
w = lambda s: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
print(max(w(l.rstrip("\n")) for l in sys.stdin))'; }
piped=$(env -u COLUMNS "$DUBAN" -f "$SOURCE/tasks.yaml" list | widest)
[ "$piped" -gt 200 ] || fail "in a pipe the table is $piped columns wide; expected it whole"
fitted=$(COLUMNS=100 "$DUBAN" -f "$SOURCE/tasks.yaml" list 2>/dev/null | widest)
[ "$fitted" -le 100 ] || fail "COLUMNS=100 in a pipe: a line of $fitted columns"

[ "$failures" -eq 0 ] && echo "list fits terminals of 80, 100 and 120 columns"
exit "$failures"
