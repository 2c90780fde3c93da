#!/bin/bash
# A read that fails or comes back short is an error, never the end of the file: with a read of
# tasks.yaml failing (EIO) or ending early (0 bytes returned) under strace's fault injection,
# mark must exit 3 naming the file and leave the file byte-identical. Injection is limited to
# the tasks file with -P, so the loader's own reads of shared libraries are untouched.
set -u
# LeakSanitizer stops the process with ptrace to look for leaks, which it cannot do while
# strace traces it ("LeakSanitizer does not work under ptrace"): under strace the sanitizer
# build checks memory but not leaks. Every other run of duban checks leaks as before.
no_leak_check=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0
command -v strace >/dev/null || { echo "SKIP: strace is not installed"; exit 0; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

# A file of many tasks, larger than any stream buffer, so a short read loses real content.
cp "$FIXTURES/progress.yaml" tasks.yaml
for i in $(seq 100 400); do
    printf '  - id: %d\n    category: 抓常规\n    title: 第%d项任务，认真落实各项工作要求。\n    leaders: [何军]\n    office: 法制安全股\n' "$i" "$i" >> tasks.yaml
done
"$DUBAN" -f tasks.yaml check >/dev/null || { echo "FAIL: the fixture does not check"; exit 1; }
cp tasks.yaml before.yaml

status=0
try() {  # try WHAT INJECT: mark under injection; expect exit 3, the file named, no change
    local what=$1 inject=$2
    ASAN_OPTIONS=$no_leak_check \
        strace -o /dev/null -f -P "$work/tasks.yaml" -e trace=read -e inject="$inject" \
        "$DUBAN" -f "$work/tasks.yaml" mark 6 --progress 70 --date 2021-07-20 --note 读错 \
        > out 2> err
    local rc=$?
    if [ "$rc" -ne 3 ]; then echo "FAIL ($what): exit $rc, expected 3"; cat out err; status=1; fi
    grep -q "$work/tasks.yaml: cannot read" err ||
        { echo "FAIL ($what): the message does not name the file:"; cat err; status=1; }
    cmp -s tasks.yaml before.yaml || { echo "FAIL ($what): tasks.yaml changed"; status=1; }
    if ls -a | grep -q '\.duban-'; then echo "FAIL ($what): a temporary file was left"; status=1; fi
}
try "EIO on the first read" "read:error=EIO:when=1"
try "EIO on a later read" "read:error=EIO:when=2+"
try "a read returning 0 bytes early" "read:retval=0:when=1"

# Control: with no fault the same mark works, so the failures above are the injection's.
"$DUBAN" -f tasks.yaml mark 6 --progress 70 --date 2021-07-20 --note 读对 > out 2>&1 ||
    { echo "FAIL: the control mark failed:"; cat out; status=1; }
[ "$status" -eq 0 ] && echo "ok: failed and short reads are errors, and nothing is written"
exit $status
