#!/usr/bin/env bash
# `cmake --install` into a temporary prefix that is not the one the build was configured for:
# every file lands in its conventional place, and the installed binary runs, finds its own
# templates from where it stands, and its man pages render.
set -uo pipefail
export LC_ALL=C.UTF-8
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

cmake --install "$BUILD" --prefix "$prefix" >/dev/null || { echo "FAIL: cmake --install"; exit 1; }

expected=(
    bin/duban
    share/man/man1/duban.1.gz
    share/man/man5/duban-tasks.5.gz
    share/man/zh_CN/man1/duban.1.gz
    share/man/zh_CN/man5/duban-tasks.5.gz
    share/bash-completion/completions/duban
    share/zsh/vendor-completions/_duban
    share/fish/vendor_completions.d/duban.fish
    share/locale/zh_CN/LC_MESSAGES/duban.mo
)
if [ -d "$SOURCE/templates" ]; then
    while IFS= read -r f; do expected+=("share/duban/templates/$f"); done \
        < <(cd "$SOURCE/templates" && find . -type f | sed 's|^\./||')
fi
for f in "${expected[@]}"; do
    [ -f "$prefix/$f" ] || fail "not installed: $f"
done
[ -x "$prefix/bin/duban" ] || fail "bin/duban is not executable"
installed=$(cd "$prefix" && find . -type f | sed 's|^\./||' | sort)
unexpected=$(comm -13 <(printf '%s\n' "${expected[@]}" | sort) <(echo "$installed"))
[ -z "$unexpected" ] || fail "installed but not expected: $unexpected"

# The installed binary speaks Chinese with no zh_CN locale generated, from the catalogue beside
# it: one compiled here, with a word no other catalogue has, proves which one it reads.
env -i LANG=zh_CN.UTF-8 "$prefix/bin/duban" --help | grep -q '^用法：' ||
    fail "env -i LANG=zh_CN.UTF-8 duban --help is not Chinese"
printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Usage"\nmsgstr "安装的用法"\n' |
    msgfmt -o "$prefix/share/locale/zh_CN/LC_MESSAGES/duban.mo" -
env -i LANG=zh_CN.UTF-8 "$prefix/bin/duban" --help | grep -q '^安装的用法' ||
    fail "the installed binary does not read share/locale beside it"

# The completion files are the ones in the source tree.
cmp -s "$prefix/share/bash-completion/completions/duban" "$SOURCE/completions/duban.bash" ||
    fail "bash completion differs from completions/duban.bash"

version=$("$prefix/bin/duban" --version)
[ "$version" = "duban $(sed -n 's/^project(duban VERSION \([0-9.]*\).*/\1/p' "$SOURCE/CMakeLists.txt")" ] ||
    fail "--version said '$version'"
rows=$("$prefix/bin/duban" -f "$SOURCE/tasks.yaml" list --format tsv | wc -l)
[ "$rows" -eq 34 ] || fail "list of the shipped tasks.yaml gave $rows lines, not 34"

# The prefix differs from the configured one: templates are found beside the binary or not at all.
dir=$("$prefix/bin/duban" --template-dir 2>&1)
status=$?
if [ -d "$SOURCE/templates" ]; then
    [ "$status" -eq 0 ] && [ "$dir" = "$prefix/share/duban/templates" ] ||
        fail "--template-dir said '$dir' (status $status), not $prefix/share/duban/templates"
else
    [ "$status" -eq 3 ] && grep -qF "$prefix/share/duban/templates" <<<"$dir" ||
        fail "--template-dir without templates said '$dir' (status $status)"
fi

for page in man1/duban.1.gz man5/duban-tasks.5.gz; do
    text=$(MANWIDTH=80 man -l "$prefix/share/man/$page" 2>&1)
    grep -q "^NAME" <<<"$text" || fail "man -l $page does not render: $text"
done
MANWIDTH=80 man -l "$prefix/share/man/man1/duban.1.gz" | grep -q "EXIT STATUS" ||
    fail "duban(1) has no EXIT STATUS"
# MANPATH finds them by name, as `man duban` would once the prefix's bin is on PATH.
MANPATH="$prefix/share/man" man -w duban-tasks >/dev/null 2>&1 || fail "man -w duban-tasks"
# A reader in Chinese gets the Chinese pages (-L stands in for a generated zh_CN locale).
for page in duban duban-tasks; do
    found=$(MANPATH="$prefix/share/man" man -L zh_CN.UTF-8 -w "$page" 2>&1)
    [[ $found == "$prefix/share/man/zh_CN/"* ]] || fail "man -L zh_CN.UTF-8 -w $page found $found"
    MANPATH="$prefix/share/man" MANWIDTH=80 man -L zh_CN.UTF-8 "$page" 2>/dev/null | grep -q "^名称" ||
        fail "man -L zh_CN.UTF-8 $page is not the Chinese page"
done

[ "$failures" -eq 0 ] && echo "installed $(echo "$installed" | wc -l) files into a temporary prefix"
exit "$failures"
