#!/bin/bash
# A progress form prints as it should: LibreOffice (headless, an independent spreadsheet
# program) turns it into a PDF that is A4 landscape and one page wide, every page carrying the
# header row from 序号 to 填报日期.
set -u
command -v soffice > /dev/null || { echo "soffice missing: apt-get install libreoffice-calc-nogui"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
status=0
fail() { echo "FAIL: $*"; status=1; }
# Many tasks for one office, so that the form runs over several pages.
/usr/bin/python3 - "$FIXTURES/progress.yaml" > tasks.yaml <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
head, tasks = text.split("tasks:\n", 1)
extra = "".join(f"""
  - id: {100 + i}
    category: 抓常规
    title: 第{i}项重点工作：加强学校常规管理，规范办学行为，提升教育教学质量，开展专项督查。
    leaders: [刘建新]
    office: 基教股
    milestones:
      - {{date: 2021-06-30, target: 50, what: 完成上半年任务}}
""" for i in range(1, 41))
print(head + "tasks:\n" + tasks + extra, end="")
PY
"$DUBAN" -f tasks.yaml --as-of 2021-07-15 forms --office 基教股 -o . > /dev/null || fail "forms"
form=第4轮-基教股-进展报送表.xlsx
HOME="$work" soffice -env:UserInstallation=file://"$work"/lo --headless --convert-to pdf \
    --outdir "$work" "$form" > soffice.out 2>&1 || fail "soffice: $(cat soffice.out)"
pdf=${form%.xlsx}.pdf
[ -f "$pdf" ] || { echo "no PDF: $(cat soffice.out)"; exit 1; }
size=$(pdfinfo "$pdf" | sed -n 's/^Page size: *//p')
case "$size" in
    "841.89 x 595."*"(A4)") ;;
    *) fail "not A4 landscape: $size" ;;
esac
pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
[ "$pages" -ge 2 ] || fail "expected the 43 tasks to take several pages, got $pages"
# One page wide: every page has the whole header row, first column to last, and the task
# numbers run down the pages in order, none on a page of their own.
for p in $(seq 1 "$pages"); do
    text=$(pdftotext -layout -f "$p" -l "$p" "$pdf" -)
    for h in 序号 重点工作任务 本期进展 填报日期; do
        grep -q "$h" <<<"$text" || fail "page $p of $pages lacks the header $h"
    done
done
all=$(pdftotext -layout "$pdf" -)
for id in 6 101 140; do grep -qE "^ *$id " <<<"$all" || fail "task $id not printed"; done
exit $status
