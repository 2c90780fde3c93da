#!/usr/bin/env bash
# The zsh and fish completion scripts: fish's own `complete -C` runs the real completion; zsh's
# completion system needs a terminal, so _describe and _files are stood in for by functions that
# print what they were given, and _duban runs with `words` and CURRENT set as zsh sets them.
set -uo pipefail
PATH="$(dirname "$DUBAN"):$PATH"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
cp "$SOURCE/tasks.yaml" tasks.yaml
touch 通知.txt
failures=0
tab=$'\t'

check() {
    local what=$1 expected=$2 actual=$3
    if [ "$actual" != "$expected" ]; then
        echo "FAIL: $what"
        diff <(echo "$expected") <(echo "$actual") | sed 's/^/  /'
        failures=$((failures + 1))
    fi
}

fish_complete() {
    fish --no-config -c "source '$SOURCE/completions/duban.fish'; complete -C'$1'"
}

check "fish: leader" "何军" "$(fish_complete 'duban list --leader 何')"
check "fish: command with its description" "show${tab}Show everything about one task, and how it is judged as of --as-of" \
    "$(fish_complete 'duban sh')"
check "fish: task ids with titles" "3${tab}召开“厉行节约，反对浪费”示范创建现场会。
30${tab}建立专兼结合、业务精湛的督学队伍。
31${tab}建立党政领导干部联系学校工作制度。
32${tab}健全教育督导结果运用机制，建立报告、反…
33${tab}改进教育督导方式方法，坚持“五结合”“双随…" "$(fish_complete 'duban show 3')"
check "fish: --opt=value" "--color=always
--color=auto
--color=never" "$(fish_complete 'duban list --color=' | sort)"
check "fish: files" "通知.txt" "$(fish_complete 'duban import 通')"

zsh_complete() {
    zsh -f -c '
        _describe() { local arr=${@[-1]}; print -rl -- ${(P)arr} }
        _files() { print -r -- "(files)" }
        compdef() { print -r -- "compdef $*" }
        source "$1"; shift
        words=("$@"); CURRENT=$#
        _duban' zsh "$SOURCE/completions/_duban" "$@"
}

check "zsh: leader" "compdef _duban duban
何军" "$(zsh_complete duban list --leader 何)"
check "zsh: quoted word" "compdef _duban duban
何军" "$(zsh_complete duban list --leader '"何"')"
check "zsh: command with its description" "compdef _duban duban
show:Show everything about one task, and how it is judged as of --as-of" "$(zsh_complete duban sh)"
check "zsh: option with its description" "compdef _duban duban
--as-of:judge progress as of this date, YYYY-MM-DD (default: today)" \
    "$(zsh_complete duban --as)"
check "zsh: files" "compdef _duban duban
(files)" "$(zsh_complete duban import 通)"

# Descriptions follow the language, as duban's own messages do: they come from `duban
# __complete`, which translates them. The locale need not be generated (LC_ALL wins over the
# LC_ALL=C.UTF-8 this test runs with; LANGUAGE= is set empty by CTest and so not in the way).
zh() { LC_ALL=zh_CN.UTF-8 "$@" 2>/dev/null; }
check "fish in Chinese: command" "show${tab}显示一项任务的全部内容，以及截至 --as-of 的评判" \
    "$(zh fish_complete 'duban sh')"
check "fish in Chinese: options" "--width${tab}表格不超过这么多列宽（0：不限）
--wrap${tab}长任务内容折行显示（适应宽度时的默认做法），或用 … 截断" \
    "$(zh fish_complete 'duban list --w')"
check "fish in Chinese: lights" "green${tab}绿灯" "$(zh fish_complete 'duban list --light g')"
check "zsh in Chinese: command" "compdef _duban duban
show:显示一项任务的全部内容，以及截至 --as-of 的评判" "$(zh zsh_complete duban sh)"
check "zsh in Chinese: option" "compdef _duban duban
--template-dir:显示默认报表模板所在的文件夹并退出" "$(zh zsh_complete duban --te)"
check "zsh in Chinese: help, CLI11's own words" "compdef _duban duban
--help:显示本帮助并退出" "$(zh zsh_complete duban list --he)"
check "fish in English: option" "--template-dir${tab}print the folder of the default report templates and exit" \
    "$(fish_complete 'duban --te')"

[ "$failures" -eq 0 ] && echo "zsh and fish completions as expected, in English and Chinese"
exit "$failures"
