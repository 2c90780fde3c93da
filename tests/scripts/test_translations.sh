#!/usr/bin/env bash
# Every message marked for translation has a Chinese translation that is neither missing nor
# fuzzy, and each translation keeps the fmt placeholders of its English ({}, {0}, {name}).
# The template is extracted afresh from the sources, so a message added without its
# translation fails here even if scripts/update-po.sh was not run.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$SOURCE/scripts/update-po.sh" "$tmp/duban.pot"
fail=0
for po in "$SOURCE"/po/*.po; do
  lang=$(basename "$po" .po)
  msgmerge --quiet --no-wrap --no-fuzzy-matching -o "$tmp/$lang.po" "$po" "$tmp/duban.pot"
  stats=$(msgfmt --check --statistics -o /dev/null "$tmp/$lang.po" 2>&1)
  echo "$lang: $stats"
  if ! grep -qE '^[0-9]+ translated messages?\.$' <<<"$stats"; then
    echo "FAIL: $lang.po lacks translations; run scripts/update-po.sh and translate these:" >&2
    msgattrib --untranslated --only-fuzzy --no-wrap "$tmp/$lang.po" 2>/dev/null | grep '^msgid' >&2 || true
    msgattrib --untranslated --no-wrap "$tmp/$lang.po" | grep '^msgid' | grep -v '^msgid ""$' >&2 || true
    msgattrib --only-fuzzy --no-wrap "$tmp/$lang.po" | grep '^msgid' | grep -v '^msgid ""$' >&2 || true
    fail=1
  fi
  # Obsolete entries (#~) are harmless to msgfmt but mean the .po was not merged.
  python3 - "$tmp/$lang.po" <<'PY' || fail=1
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
bad = 0
for block in text.split("\n\n"):
    if block.lstrip().startswith("#~"):
        continue
    def field(name):
        m = re.search(r'^%s "(.*)"((?:\n".*")*)' % name, block, re.M)
        if not m:
            return None
        return m.group(1) + "".join(re.findall(r'\n"(.*)"', m.group(2)))
    msgid, msgstr = field("msgid"), field("msgstr")
    if not msgid or not msgstr:
        continue
    holes = lambda s: sorted(re.findall(r"\{[^{}]*\}", s))
    if holes(msgid) != holes(msgstr):
        print(f"FAIL: placeholders differ: {msgid!r} -> {msgstr!r}", file=sys.stderr)
        bad = 1
sys.exit(bad)
PY
done

# The catalogue the build compiled is the one a binary finds, with no zh_CN locale generated.
out=$(env -i PATH="$PATH" LANG=zh_CN.UTF-8 "$DUBAN" --help)
grep -q '^用法：\|^用法:' <<<"$out" || { echo "FAIL: env -i LANG=zh_CN.UTF-8 duban --help is not Chinese" >&2; fail=1; }
exit $fail
