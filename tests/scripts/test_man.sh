#!/usr/bin/env bash
# The man pages the build made from man/*.scd: they render without a single groff warning, and
# duban(1) documents every command and global option the binary has and every exit status. The
# Chinese pages (man/zh_CN) render as cleanly, have the English pages' sections in the same order,
# and name every command, option and key the English pages name.
set -uo pipefail
export LC_ALL=C.UTF-8
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

pages=("$BUILD/man/duban.1" "$BUILD/man/duban-tasks.5"
    "$BUILD/man/zh_CN/duban.1" "$BUILD/man/zh_CN/duban-tasks.5")
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

# A source line starting with '.' would be read by groff as a request and vanish.
for source in "$SOURCE"/man/*.scd "$SOURCE"/man/zh_CN/*.scd; do
    dots=$(grep -n $'^[ \t]*\.' "$source")
    [ -z "$dots" ] || fail "$(basename "$source"): a line starts with '.': $dots"
done

# The Chinese pages against the English ones: the same sections, in the same order, by the names
# zh_CN manuals use; every option, environment variable and file key of the English page.
declare -A heading=([NAME]=名称 [SYNOPSIS]=概述 [DESCRIPTION]=描述 ["GLOBAL OPTIONS"]=全局选项
    [COMMANDS]=命令 ["EXIT STATUS"]=退出状态 [SECURITY]=安全 [ENVIRONMENT]=环境变量 [FILES]=文件
    [EXAMPLES]=示例 ["SEE ALSO"]=参见 [PLAN]=计划 [TASKS]=任务 [UPDATES]=进展
    ["STATUS WORDS"]=状态词 ["PACE AND LIGHTS"]=序时进度与预警 ["DISPATCH ROUNDS"]=调度轮次
    [ESCALATION]=责任追究 [EXAMPLE]=示例)
for page in duban.1 duban-tasks.5; do
    english=$(MANWIDTH=80 man -l "$BUILD/man/$page" 2>/dev/null)
    chinese=$(MANWIDTH=80 man -l "$BUILD/man/zh_CN/$page" 2>/dev/null)
    expected=$(grep -E '^[A-Z][A-Z ]+$' <<<"$english" | while IFS= read -r h; do
        echo "${heading[$h]:-(no Chinese name for $h)}"
    done)
    actual=$(grep -E '^[^ ]' <<<"$chinese" | sed 1d)
    [ "$expected" = "$actual" ] || fail "zh_CN/$page sections differ from the English page's:
$(diff <(echo "$expected") <(echo "$actual"))"
    # Wide enough that no word is hyphenated across lines.
    english=$(MANWIDTH=1000 man -l "$BUILD/man/$page" 2>/dev/null)
    chinese=$(MANWIDTH=1000 man -l "$BUILD/man/zh_CN/$page" 2>/dev/null)
    words=$( (grep -oE -- '(^|[^A-Za-z0-9-])--?[a-z][a-z-]*' <<<"$english" | sed 's/^[^-]*//'
        grep -oE '\b([A-Z]+_[A-Z_]+|COLUMNS|LANGUAGE|LANG|TERM|HEAD)\b' <<<"$english"
        grep -oE '\b[a-z]+_[a-z_]+\b' <<<"$english") | sort -u)
    [ -n "$words" ] || fail "no options or keys found in $page"
    for w in $words; do
        grep -qF -- "$w" <<<"$chinese" || fail "zh_CN/$page does not mention '$w' as $page does"
    done
done
zh_manual=$(MANWIDTH=80 man -l "$BUILD/man/zh_CN/duban.1" 2>/dev/null)
for c in $commands; do
    grep -Eq "^       $c( |$)" <<<"$zh_manual" || fail "zh_CN duban(1) does not describe the command '$c'"
done

[ "$failures" -eq 0 ] && echo "man pages render cleanly and cover every command, in English and Chinese"
exit "$failures"
