#!/usr/bin/env bash
# README.md and docs/*.md render as their authors meant (tests/scripts/check_markdown.py:
# every fence closed, no heading swallowed by a code block, no command outside one); and the
# checker fails on the mistake the README once had, so that it can fail at all.
set -uo pipefail
export LC_ALL=C.UTF-8
here=$(dirname "$0")
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

python3 "$here/check_markdown.py" "$SOURCE/README.md" "$SOURCE"/docs/*.md ||
    fail "the Markdown above renders wrong"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '# T\n\n```sh\nduban list\n```\n\nText.\nduban check\n```\n\n## Install\n\nMore.\n' \
    >"$tmp/broken.md"
out=$(python3 "$here/check_markdown.py" "$tmp/broken.md")
[ $? -eq 1 ] || fail "the checker passed a page with a stray fence"
grep -q "never closed" <<<"$out" || fail "no word of the unclosed fence: $out"
grep -q "'## Install' is inside a code block" <<<"$out" || fail "no word of the heading: $out"

printf '# T\n\nText.\n\nduban check\n' >"$tmp/command.md"
out=$(python3 "$here/check_markdown.py" "$tmp/command.md")
grep -q "a command stands outside any code block: 'duban check'" <<<"$out" ||
    fail "no word of the command outside a block: $out"

[ "$failures" -eq 0 ] && echo "ok" || exit 1
