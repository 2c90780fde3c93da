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

[ "$failures" -eq 0 ] && echo "zsh and fish completions as expected"
exit "$failures"
