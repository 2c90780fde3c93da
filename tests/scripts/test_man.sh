#!/usr/bin/env bash
# The man pages the build made from man/*.scd: they render without a single groff warning, and
# duban(1) documents every command and global option the binary has and every exit status.
set -uo pipefail
export LC_ALL=C.UTF-8
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

pages=("$BUILD/man/duban.1" "$BUILD/man/duban-tasks.5")
for page in "${pages[@]}"; do
    [ -s "$page" ] || { fail "$page was not built"; continue; }
    warnings=$(MANWIDTH=80 man -l --warnings=all "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man -l --warnings=all $(basename "$page"):
$warnings"
    warnings=$(groff -k -Tutf8 -man -ww -z "$page" 2>&1)
    [ -z "$warnings" ] || fail "groff -ww $(basename "$page"):
$warnings"
done

manual=$(MANWIDTH=80 man -l "$BUILD/man/duban.1" 2>/dev/null)
commands=$("$DUBAN" --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF {print $1}')
[ -n "$commands" ] || fail "no commands in duban --help"
for c in $commands; do
    grep -Eq "^       $c( |$)" <<<"$manual" || fail "duban(1) does not describe the command '$c'"
done
options=$("$DUBAN" --help | sed -n '/^Options:/,/^$/p' | grep -oE -- '--[a-z-]+' | sort -u)
for o in $options; do
    grep -q -- "$o" <<<"$manual" || fail "duban(1) does not describe the global option '$o'"
done
for status in 0 1 2 3; do
    grep -Eq "│$status +│" <<<"$manual" || fail "duban(1) has no row for exit status $status"
done

format=$(MANWIDTH=80 man -l "$BUILD/man/duban-tasks.5" 2>/dev/null)
for word in not-started in-progress done closed 未启动 推进中 已完成 已销号 \
    yellow_behind red_behind dispatch_months milestones evidence 通报批评 约谈 书面检查 问责; do
    grep -q -- "$word" <<<"$format" || fail "duban-tasks(5) does not mention '$word'"
done

[ "$failures" -eq 0 ] && echo "man pages render cleanly and cover every command"
exit "$failures"
