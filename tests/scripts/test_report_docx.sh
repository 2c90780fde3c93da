#!/usr/bin/env bash
# The .docx reports: every kind is written, the same input gives the same bytes, python-docx
# reads the bulletin and dispatch table back (A4, margins, faces, masthead, landscape table with
# a repeating header, — PAGE — footer, 版记 last), LibreOffice converts them to PDF in which
# pdftotext finds the title, the totals and every task number, on A4 pages; a user's own .docx
# serves as the template. Needs python3-docx, libreoffice-writer-nogui, poppler-utils and
# fonts-noto-cjk (scripts/deps.sh).
set -euo pipefail
: "${DUBAN:?}" "${FIXTURES:?}" "${SOURCE:?}"
for tool in soffice pdftotext pdfinfo; do
  command -v "$tool" >/dev/null || { echo "missing $tool: run scripts/deps.sh" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
PY=/usr/bin/python3
duban() { "$DUBAN" -f "$FIXTURES/progress.yaml" --as-of 2021-07-15 "$@"; }

for kind in dispatch bulletin leader office scorecard; do
  duban report "$kind" --format docx -o "$work/$kind.docx"
  duban report "$kind" --format docx -o "$work/$kind-again.docx"
  cmp -s "$work/$kind.docx" "$work/$kind-again.docx" ||
    { echo "$kind.docx: two runs give different bytes" >&2; fail=1; }
done

"$PY" "$SOURCE/tests/scripts/read_docx.py" bulletin "$work/bulletin.docx" \
  "第4期" "华容县教育体育局督导股" "2021年7月15日" "附件：重点工作任务推进情况表" \
  "已完成2项，占22.2%" "予以通报批评" "抄送：局领导班子成员。" || fail=1
"$PY" "$SOURCE/tests/scripts/read_docx.py" dispatch "$work/dispatch.docx" \
  "调度情况表" "已完成2项，占22.2%" "后勤中心（第3项）" || fail=1
for kind in leader office scorecard; do
  "$PY" -c 'import docx, sys; d = docx.Document(sys.argv[1]); assert d.tables' \
    "$work/$kind.docx" || { echo "$kind.docx: python-docx cannot read it" >&2; fail=1; }
done

# The shipped plan mid-year, before anyone has reported: tasks that share their grounds are one
# paragraph, not one each (33 of them made 19 pages, 13 before the attachment); task 1, led by
# 相关股室, keeps its own paragraph in both parts.
"$DUBAN" -f "$SOURCE/tasks.yaml" --as-of 2021-07-20 report bulletin --format docx \
  -o "$work/midyear.docx"
"$PY" - "$work/midyear.docx" <<'PY' || fail=1
import sys
import docx
texts = [p.text for p in docx.Document(sys.argv[1]).paragraphs]
start, end = texts.index("三、存在问题"), texts.index("滞后任务的责任股室要认真分析原因，制定整改措施，确保按序时进度完成任务；未报送进展的股室要立即报送。")
items = [t for t in texts[start:end] if t[:1].isdigit()]
grouped = [t for t in items if "职成股牵头的32项任务（第2至33项）均未报送任何进展" in t or "职成股牵头的32项任务（第2至33项；" in t]
if len(items) != 4 or len(grouped) != 2 or any("相关股室" in t for t in grouped):
    sys.exit(f"midyear.docx: {len(items)} items under 存在问题 and 下步要求, not 4 (2 grouped, no 相关股室): {items[:4]}")
PY

# A plan title too long for one line of 2号: the head breaks where a reader pauses, and each
# line fits the page as set (no line wrapped again by the word processor).
sed 's/^  title: “富美教育”2021年度重点工作任务$/  title: 华容县教育体育局2021年度“富美教育”重点工作任务及民生实事项目/' \
  "$FIXTURES/progress.yaml" >"$work/long.yaml"
"$DUBAN" -f "$work/long.yaml" --as-of 2021-07-15 report bulletin --format docx -o "$work/long.docx"

# LibreOffice renders the documents as a reader would see them.
(cd "$work" && timeout 300 soffice --headless -env:UserInstallation=file://"$work"/lo \
  --convert-to pdf bulletin.docx dispatch.docx midyear.docx long.docx >lo.log 2>&1) ||
  { cat "$work/lo.log" >&2; exit 1; }
for kind in bulletin dispatch; do
  pdftotext -layout "$work/$kind.pdf" "$work/$kind.txt"
  tr -d ' \n' <"$work/$kind.txt" >"$work/$kind.flat"
  pdfinfo "$work/$kind.pdf" | grep -qE '^Page size: +595\.[0-9]+ x 841\.[0-9]+' ||
    { echo "$kind.pdf: first page is not A4" >&2; fail=1; }
  for text in "共9项" "已完成2项，占22.2%" "（红灯）3项，占33.3%"; do
    grep -qF -- "$text" "$work/$kind.flat" || { echo "$kind.pdf: no '$text'" >&2; fail=1; }
  done
  # Every task number at the start of a row of the attachment table.
  while IFS=$'\t' read -r id _; do
    [ "$id" = id ] && continue
    grep -qE "^ *$id( |$)" "$work/$kind.txt" ||
      { echo "$kind.pdf: no row for task $id" >&2; fail=1; }
  done < <(duban list --format tsv | cut -f1)
done
grep -qF "关于“富美教育”2021年度重点工作任务" "$work/bulletin.flat" ||
  { echo "bulletin.pdf: no title" >&2; fail=1; }
pages=$(pdfinfo "$work/midyear.pdf" | awk '/^Pages:/ {print $2}')
[ "$pages" -le 10 ] || { echo "midyear.pdf: $pages pages, not at most 10" >&2; fail=1; }
pdftotext "$work/midyear.pdf" "$work/midyear.txt"
awk -v RS='\f' '/重点工作任务推进情况表/ && !/附件：/ {print NR; exit}' "$work/midyear.txt" \
  >"$work/annex_page"
[ "$(cat "$work/annex_page")" -le 4 ] ||
  { echo "midyear.pdf: the attachment starts on page $(cat "$work/annex_page"), not by 4" >&2; fail=1; }
grep -qF "—1—" "$work/bulletin.flat" || { echo "bulletin.pdf: no page number — 1 —" >&2; fail=1; }
# GB/T 9704 7.5: an odd page's number sits at the right of the foot, an even page's at the left.
for page in 1 2 3; do
  pdftotext -bbox -f $page -l $page "$work/midyear.pdf" "$work/bbox$page.html"
  "$PY" - "$work/bbox$page.html" "$page" <<'PY' || fail=1
import re, sys
html, page = open(sys.argv[1], encoding="utf-8").read(), int(sys.argv[2])
width = float(re.search(r'<page width="([\d.]+)"', html).group(1))
words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', html)
number = [(float(x0), float(x1)) for x0, y0, x1, w in words if w == str(page) and float(y0) > 760]
if not number:
    sys.exit(f"midyear.pdf page {page}: no page number at the foot")
x0, x1 = number[0]
if (page % 2 == 1) != (x0 > width / 2):
    side = "right" if page % 2 else "left"
    sys.exit(f"midyear.pdf page {page}: the number is at x={x0:.0f} of {width:.0f}, not on the {side}")
PY
done
pdftotext -f 1 -l 1 "$work/long.pdf" - | sed 's/ //g' >"$work/long.txt"
for line in 关于华容县教育体育局2021年度 “富美教育”重点工作任务及民生实事项目 推进情况的通报; do
  grep -qx -- "$line" "$work/long.txt" || { echo "long.pdf: the title line '$line' is not a line of its own" >&2; fail=1; }
done
# 22 lines of 28 characters: page 2 of the mid-year bulletin is prose only, and its longest line
# of Chinese alone (no digits, whose fallback font sets them apart) holds 28 characters.
pdftotext -f 2 -l 2 "$work/midyear.pdf" - | tr -d "\f" | grep -v -e '^ *$' -e '^ *—' >"$work/page2"
"$PY" - "$work/page2" <<'PY' || fail=1
import re, sys
lines = [l.strip() for l in open(sys.argv[1], encoding="utf-8")]
chinese = [l for l in lines if re.fullmatch(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”]+", l)]
widest = max((len(l) for l in chinese), default=0)
if len(lines) != 22 or widest != 28:
    sys.exit(f"midyear.pdf page 2: {len(lines)} lines, the widest of Chinese alone {widest} characters, not 22 of 28")
PY

# A user's own template: its red heading and its paragraph style are kept, placeholders filled.
"$PY" - "$work/红头.docx" <<'PY'
import sys
import docx
from docx.shared import Pt, RGBColor
d = docx.Document()
head = d.add_paragraph()
run = head.add_run("华容县教育体育局{{series}}")
run.font.color.rgb = RGBColor(0xC0, 0, 0)
run.font.size = Pt(30)
d.add_paragraph("{{issue_text}}　{{ date_text }}")
d.add_paragraph("{{body}}")
d.add_paragraph("本通报共{{totals.tasks}}项任务。")
d.save(sys.argv[1])
PY
duban report bulletin --format docx --template "$work/红头.docx" -o "$work/templated.docx"
"$PY" - "$work/templated.docx" <<'PY' || fail=1
import sys
import docx
d = docx.Document(sys.argv[1])
texts = [p.text for p in d.paragraphs]
problems = []
if texts[0] != "华容县教育体育局督查通报" or str(d.paragraphs[0].runs[0].font.color.rgb) != "C00000":
    problems.append(f"template heading not kept and filled: {texts[0]!r}")
if texts[1] != "第4期　2021年7月15日":
    problems.append(f"placeholders not filled: {texts[1]!r}")
if not any(t.startswith("关于") for t in texts) or "{{body}}" in texts:
    problems.append("{{body}} not replaced by the bulletin")
if "本通报共9项任务。" not in texts:
    problems.append("placeholder after the body not filled")
if d.sections[-1].orientation != 1 or not d.tables:
    problems.append("no landscape attachment table")
for p in problems:
    print("templated.docx:", p, file=sys.stderr)
sys.exit(1 if problems else 0)
PY
# A control character in the file (one typed before duban refused them) cannot break the
# document: Word and python-docx refuse XML that holds one, so it shows as U+FFFD.
sed 's/title: 组织教体系统行政骨干暑假学习班。/title: "组织\\x01教体系统行政骨干暑假学习班。"/' \
  "$FIXTURES/progress.yaml" >"$work/control.yaml"
grep -q 'x01' "$work/control.yaml" || { echo "control.yaml: the title was not changed" >&2; fail=1; }
"$DUBAN" -f "$work/control.yaml" --as-of 2021-07-15 report dispatch --format docx \
  -o "$work/control.docx"
"$PY" - "$work/control.docx" <<'PY' || fail=1
import sys
import docx
d = docx.Document(sys.argv[1])
cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
if not any("组织\ufffd教体系统" in c for c in cells):
    sys.exit("control.docx: the control character is not shown as U+FFFD in the table")
PY

set +e
duban report bulletin --format docx --template "$work/红头.docx" -o - 2>"$work/err"
[ $? -eq 2 ] || { echo "docx to stdout was not refused" >&2; fail=1; }
printf 'x{{nosuch}}' >"$work/plain.txt"
exit $fail
