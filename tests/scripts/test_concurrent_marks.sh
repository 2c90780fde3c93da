#!/bin/bash
# Many `duban mark` runs at the same moment, on the same and on different tasks: every one of
# them must succeed and every update must be in the file afterwards, the file loading cleanly.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cp "$FIXTURES/progress.yaml" tasks.yaml

# Task 6 takes ten marks at once, the others one or two each. Same progress per task, so that
# the order they land in does not matter to the rules.
marks=()
for n in $(seq 1 10); do marks+=("6 70 并发第${n}次"); done
for t in 2 3 12 25 29; do marks+=("$t 80 并发甲$t" "$t 80 并发乙$t"); done

pids=()
for m in "${marks[@]}"; do
    read -r id progress note <<<"$m"
    # Everyone waits for the starting gun, so the runs overlap as much as they can.
    (while [ ! -e go ]; do :; done
     "$DUBAN" -f tasks.yaml mark "$id" --progress "$progress" --date 2021-07-20 --note "$note" \
         > "out-$note" 2>&1) &
    pids+=($!)
done
touch go
failed=0
for p in "${pids[@]}"; do wait "$p" || failed=$((failed + 1)); done

status=0
if [ "$failed" -ne 0 ]; then
    echo "FAIL: $failed of ${#marks[@]} marks failed:"; cat out-*; status=1
fi
for m in "${marks[@]}"; do
    read -r id progress note <<<"$m"
    count=$(grep -c "note: $note\$" tasks.yaml)
    if [ "$count" -ne 1 ]; then echo "FAIL: '$note' (task $id) is in the file $count times"; status=1; fi
done
"$DUBAN" -f tasks.yaml check > check.out || { echo "FAIL: the file no longer checks:"; cat check.out; status=1; }
if ls -a | grep -q '\.duban-'; then echo "FAIL: a temporary file was left behind"; status=1; fi
[ "$status" -eq 0 ] && echo "ok: ${#marks[@]} concurrent marks, all in the file"
exit "$status"
