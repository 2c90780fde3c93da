#!/usr/bin/env bash
# Extracts the messages marked in src/ (_, N_, tr, translate_plural) into po/duban.pot and
# merges them into each po/<lang>.po, new messages untranslated and changed ones marked fuzzy.
# Run it after adding or changing a message, then translate what it reports as missing; the
# test script/test_translations fails while any message lacks a translation.
#   scripts/update-po.sh            update po/duban.pot and po/*.po
#   scripts/update-po.sh OUT.pot    only write the template to OUT.pot (the test uses this)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
pot=${1:-po/duban.pot}
# Sorted, without source lines, so that two people adding messages rarely touch the same lines.
find src -name '*.cpp' -o -name '*.h' | LC_ALL=C sort |
  xgettext --files-from=- --language=C++ --from-code=UTF-8 --sort-output --no-location \
    --keyword= --keyword=_ --keyword=N_ --keyword=tr:1 --keyword=translate_plural:1,2 \
    --add-comments=TRANSLATORS: --package-name=duban --msgid-bugs-address=duban@localhost \
    --copyright-holder="duban maintainers" -o "$pot"
# The dates xgettext and msgmerge stamp would make every run a change.
sed -i '/^"POT-Creation-Date/d' "$pot"
[ $# -gt 0 ] && exit 0
for po in po/*.po; do
  msgmerge --quiet --update --backup=none --sort-output --no-location --no-wrap "$po" "$pot"
  sed -i '/^"POT-Creation-Date/d' "$po"
  msgfmt --check --statistics -o /dev/null "$po"
done
