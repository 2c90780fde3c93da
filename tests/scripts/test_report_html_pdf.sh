#!/usr/bin/env bash
# The HTML reports print: headless Chromium renders the dispatch table and the bulletin of the
# progress fixture to PDF, and pdftotext must find in it the title, the totals and every task
# number (at the start of its table row). Needs chromium, poppler-utils and a CJK font
# (fonts-noto-cjk), all installed by scripts/deps.sh: without a CJK font Chromium prints
# Chinese as boxes with no text behind them, and the check would fail.
set -euo pipefail
: "${DUBAN:?}" "${FIXTURES:?}"
for tool in chromium pdftotext; do
  command -v "$tool" >/dev/null || { echo "missing $tool: run scripts/deps.sh" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0

render() {  # KIND: writes $work/KIND.html, .pdf and .txt (layout) and .flat (no spaces or breaks)
  "$DUBAN" -f "$FIXTURES/progress.yaml" --as-of 2021-07-15 report "$1" --format html \
    -o "$work/$1.html"
  timeout 180 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --no-pdf-header-footer \
    --user-data-dir="$work/profile-$1" --print-to-pdf="$work/$1.pdf" "$work/$1.html" \
    >"$work/$1.log" 2>&1
  pdftotext -layout "$work/$1.pdf" "$work/$1.txt"
  tr -d ' \n' <"$work/$1.txt" >"$work/$1.flat"
}

expect_text() {  # KIND TEXT...
  local kind=$1; shift
  for text in "$@"; do
    grep -qF -- "$text" "$work/$kind.flat" || { echo "$kind.pdf: no '$text'" >&2; fail=1; }
  done
}

# Every task: a table row that starts with its number followed by the first character of the
# column after it (the title in the dispatch table, the category in the bulletin's attachment).
expect_rows() {  # KIND FIELD
  local kind=$1 field=$2
  while IFS=$'\t' read -r id category title; do
    [ "$id" = id ] && continue
    local first=$title
    [ "$field" = category ] && first=$category
    first=${first:0:1}
    grep -qE "^ *$id +$first" "$work/$kind.txt" ||
      { echo "$kind.pdf: no row for task $id" >&2; fail=1; }
  done < <("$DUBAN" -f "$FIXTURES/progress.yaml" list --format tsv | cut -f1-3)
}

render dispatch
expect_text dispatch "“富美教育”2021年度重点工作任务调度情况表" "共9项" "已完成2项，占22.2%" \
  "（绿灯）2项，占22.2%" "（黄灯）2项，占22.2%" "（红灯）3项，占33.3%" "后勤中心（第3项）"
expect_rows dispatch title

render bulletin
expect_text bulletin "督查通报" "第4期" "华容县教育体育局督导股" "2021年7月15日" "共9项" \
  "已完成2项，占22.2%" "（红灯）3项，占33.3%" "第21项" "予以通报批评" "抄送："
expect_rows bulletin category

[ "$(pdfinfo "$work/bulletin.pdf" | awk '/^Page size/ {print $3 "x" $5}')" = "594.96x841.92" ] ||
  { echo "bulletin.pdf: first page is not A4" >&2; fail=1; }
exit $fail
