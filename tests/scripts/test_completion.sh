#!/usr/bin/env bash
# Drives the bash completion function the way bash does (COMP_WORDS, COMP_CWORD) and checks the
# exact candidates: commands, options, values from the tasks file, files, and `--opt=value`.
set -uo pipefail
source "$SOURCE/completions/duban.bash"
PATH="$(dirname "$DUBAN"):$PATH"
work=$(mktemp -d)
empty=$(mktemp -d)
trap 'rm -rf "$work" "$empty"' EXIT
cd "$work"
cp "$SOURCE/tasks.yaml" tasks.yaml
failures=0

# The candidates bash would offer for the words given; the last word is the one being typed.
complete_words() {
    COMP_WORDS=("$@")
    COMP_CWORD=$(($# - 1))
    COMPREPLY=()
    _duban
    ((${#COMPREPLY[@]})) && printf '%s\n' "${COMPREPLY[@]}" | sort
}

# expect "WORDS..." EXPECTED-CANDIDATES (one per line, in any order)
expect() {
    local words=$1 expected=$2 actual
    eval "set -- $words"
    actual=$(complete_words "$@")
    expected=$(printf '%s' "$expected" | sort)
    if [ "$actual" != "$expected" ]; then
        echo "FAIL: completing '$words'"
        diff <(echo "$expected") <(echo "$actual") | sed 's/^/  /'
        failures=$((failures + 1))
    fi
}

expect "duban sh" "show"
expect "duban list --st" "--status"
expect "duban list --leader 何" "何军"
expect "duban list --leader 戴" "戴方栋
戴方栎"
expect "duban list --leader ''" "局长办公会成员
何军
戴方栋
蔡亚利
刘建新
杨宏发
戴方栎"
expect "duban list --office 基" "基教股"
expect "duban list --category 优" "优布局"
expect "duban list --status 推" "推进中"
expect "duban list --status d" "done"
expect "duban show 3" "3
30
31
32
33"
expect "duban list --format j" "json"
expect "duban --color ''" "auto
always
never"
expect "duban --as-of 2021-07-15 list --role p" "partner"
expect "duban li" "list"
expect "duban list --leader 何军 --wr" "--wrap"
expect "duban list -" "$(printf '%s\n' -h --help --leader --office --role --category --status \
    --grep --light --overdue --unreported --due-before --due-within --format --bom --wrap --no-wrap \
    --width --version -f --file --as-of --rev --color --template-dir)"
expect "duban edit 6 --rem" "--remove-milestone"
expect "duban edit 6 --partner 基" "基教股"
expect "duban add --category 优" "优布局"

# `--opt=value`: bash splits at '=', the function joins the word again and hands back values.
expect "duban list --color = a" "always
auto"
expect "duban list --color =" "auto
always
never"
expect "duban list --leader = 刘" "刘建新"

# -f names the file the values come from; so does $DUBAN_FILE.
expect "duban -f $FIXTURES/progress.yaml show 2" "2
21
25
27
29"
DUBAN_FILE=$FIXTURES/progress.yaml expect "duban show 1" "1
12"

# File names where the value is a file.
touch 通知.txt
expect "duban import 通" "通知.txt"
expect "duban -f ta" "tasks.yaml"

# Every command CLI11 lists in --help, and the hidden __complete not among them.
commands=$(duban --help | sed -n '/^Subcommands:/,/^$/p' | awk 'NR > 1 && NF {print $1}')
expect "duban ''" "$commands"
[ -n "$commands" ] || { echo "FAIL: no commands in duban --help"; failures=$((failures + 1)); }

# Without a tasks file there are no values, and no error on the terminal.
cd "$empty"
expect "duban list --leader ''" ""
[ -z "$(duban __complete -- list --leader '' 2>&1)" ] ||
    { echo "FAIL: __complete printed something without a tasks file"; failures=$((failures + 1)); }
cd "$work"

# The function is registered for the command.
[ "$(complete -p duban)" = "complete -F _duban duban" ] ||
    { echo "FAIL: complete -p duban: $(complete -p duban)"; failures=$((failures + 1)); }

[ "$failures" -eq 0 ] && echo "all completions as expected"
exit "$failures"
