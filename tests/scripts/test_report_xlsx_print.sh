#!/bin/bash
# The ledger prints as the issue asks: LibreOffice (headless, an independent spreadsheet
# program) turns the shipped plan's ledger into a PDF that is A4 landscape, one page wide (every
# page carries the whole header row, 序号 to 预警原因, and all 33 tasks are printed) and at a
# readable size: its text is at least 70% of the size the same font has on a sheet printed at
# 100%, measured on the PDF (pdftotext -bbox) against a reference sheet openpyxl writes.
set -u
command -v soffice > /dev/null || { echo "soffice missing: apt-get install libreoffice-calc-nogui"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
status=0
fail() { echo "FAIL: $*"; status=1; }
to_pdf() {
    HOME="$work" soffice -env:UserInstallation=file://"$work"/lo --headless --convert-to pdf \
        --outdir "$work" "$@" > soffice.out 2>&1 || fail "soffice: $(cat soffice.out)"
}

"$DUBAN" -f "$SOURCE/tasks.yaml" --as-of 2021-07-15 report dispatch --format xlsx -o ledger.xlsx \
    || fail "report exited $?"
"$DUBAN" -f "$SOURCE/tasks.yaml" --as-of 2021-07-15 report office --office 基教股 \
    --format xlsx -o office.xlsx || fail "report office exited $?"
# The reference: 序号 in the default font on a sheet printed at 100%, nothing fitted.
/usr/bin/python3 - <<'PY' || fail "reference sheet"
import openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws["A1"] = "序号"
ws.page_setup.paperSize = 9
ws.page_setup.orientation = "landscape"
ws.page_setup.scale = 100
wb.save("reference.xlsx")
PY
to_pdf ledger.xlsx office.xlsx reference.xlsx
for pdf in ledger.pdf office.pdf reference.pdf; do
    [ -f "$pdf" ] || { echo "no $pdf: $(cat soffice.out)"; exit 1; }
done

# The height of the first box of the word 序号 on page `2` of PDF `1`, in points.
height() {
    pdftotext -bbox -f "$2" -l "$2" "$1" - | /usr/bin/python3 -c '
import re, sys
for m in re.finditer(r"<word xMin=\"([\d.]+)\" yMin=\"([\d.]+)\" xMax=\"([\d.]+)\" yMax=\"([\d.]+)\">序号</word>", sys.stdin.read()):
    print(float(m.group(4)) - float(m.group(2)))
    break'
}
reference=$(height reference.pdf 1)
[ -n "$reference" ] || fail "no 序号 on the reference page"

for pdf in ledger.pdf office.pdf; do
    pages=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
    size=$(pdfinfo "$pdf" | sed -n 's/^Page size: *//p')
    case "$size" in
        "841.89 x 595."*"(A4)") ;;
        *) fail "$pdf: not A4 landscape: $size" ;;
    esac
    # Sheet 1 of the ledger is 重点工作任务台账; 进展记录 follows on later pages, then the dispatch
    # table's 下轮时间节点 (its own columns, 节点内容 among them).
    for p in $(seq 1 "$pages"); do
        text=$(pdftotext -layout -f "$p" -l "$p" "$pdf" -)
        grep -q 序号 <<<"$text" || fail "$pdf: page $p of $pages has no header row"
        if ! grep -q 节点内容 <<<"$text" && { grep -q 预警 <<<"$text" || grep -q 责任股室 <<<"$text"; }; then
            for h in 序号 重点工作任务 责任股室 本期进展 进度 预警原因; do
                grep -q "$h" <<<"$text" || fail "$pdf page $p lacks the header $h: not one page wide"
            done
        fi
        h=$(height "$pdf" "$p")
        [ -n "$h" ] || { fail "$pdf page $p: no 序号 box"; continue; }
        /usr/bin/python3 -c "import sys; s = $h / $reference; print(f'$pdf page $p: scale {s:.0%}'); sys.exit(s < 0.68)" \
            || fail "$pdf page $p prints at less than 70%: 序号 is $h pt high, $reference at 100%"
    done
done
# All 33 tasks of the shipped plan are on the ledger's pages.
all=$(pdftotext -layout ledger.pdf -)
for id in 1 2 17 32 33; do grep -qE "^ *$id +" <<<"$all" || fail "task $id not printed"; done
exit $status
