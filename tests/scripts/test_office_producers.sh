#!/usr/bin/env bash
# Files as programs other than openpyxl and python-docx save them (docs/import.md, "Files from
# other programs"):
# - .xls merged ranges: a table with merged 类别, 责任股室 and 序号 cells, section rows merged
#   across and a two-row header with a merged cell, as .xlsx (openpyxl) and as .xls (LibreOffice's
#   conversion, committed as merged.xls and made afresh where soffice is installed), imports to
#   exactly merged.yaml;
# - LibreOffice re-saving: an imported .xlsx and .docx, and a filled progress form, opened and
#   saved again by LibreOffice, import and collect exactly as before;
# - WPS-like workbooks (tests/scripts/wps_like.py: inline and rich-text strings, t="str", no r=,
#   x: prefixes, absolute part names, dates as text, WPS's custom properties) import and collect
#   exactly as the files they were made from;
# - Word's own row markup (w:gridBefore, w:gridAfter, a cell in a content control).
set -uo pipefail
export LC_ALL=C.UTF-8
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
tables="$FIXTURES/tables"
py=/usr/bin/python3
scripts="$SOURCE/tests/scripts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
mkdir lo wps

check() {  # check TABLE EXPECTED: imports to exactly EXPECTED
    if ! "$DUBAN" import "$1" --year 2021 >out.yaml 2>err; then
        fail "$1: import failed: $(cat err)"
    elif ! diff -u "$2" out.yaml >diff; then
        fail "$1 differs from $(basename "$2"):
$(cat diff)"
    fi
}

# LibreOffice converts or re-saves FILE into lo/ (same name, FORMAT's extension).
soffice_ok=false
command -v soffice >/dev/null && soffice_ok=true
libreoffice() {  # libreoffice FORMAT FILE...
    local format=$1
    shift
    HOME="$work" timeout 300 soffice --headless --convert-to "$format" --outdir lo "$@" \
        >/dev/null 2>&1 || fail "soffice could not convert $* to $format"
}

# 1. Merged ranges, .xlsx and .xls.
$py "$scripts/make_merged_table.py" "$work" || fail "openpyxl"
$py "$SOURCE/tests/scripts/make_office_tables.py" "$work" || fail "python3-docx/openpyxl"
check merged.xlsx "$tables/merged.yaml"
check "$tables/merged.xls" "$tables/merged.yaml"

# 2. A progress form, filled in with openpyxl as an office does.
cp "$FIXTURES/progress.yaml" tasks.yaml
"$DUBAN" -f tasks.yaml --as-of 2021-07-15 forms --office 人事股 -o forms >/dev/null \
    || fail "duban forms"
mkdir filled
cat >hr.json <<'J'
{"reverse": true, "fill": {
  "12": {"本期进度（%）": 30, "状态": "进行中", "本期进展": "制定流动方案初稿", "填报日期": "date:2021-07-20"},
  "25": {"本期进度（%）": "80%", "本期进展": "完成面试", "佐证材料": "招聘公告；面试名单", "填报人": "张三", "填报日期": "2021年7月21日"}}}
J
$py "$scripts/fill_form.py" forms/第4轮-人事股-进展报送表.xlsx filled/hr.xlsx hr.json \
    || fail "filling the form"
collected() {  # collected DIR: what collect --dry-run says of DIR/hr.xlsx, and the file after collect
    cp "$FIXTURES/progress.yaml" tasks.yaml
    (cd "$1" && "$DUBAN" -f "$work/tasks.yaml" --as-of 2021-07-20 collect --dry-run hr.xlsx) \
        >"$1.dry" 2>&1 || fail "$1/hr.xlsx: collect --dry-run: $(cat "$1.dry")"
    (cd "$1" && "$DUBAN" -f "$work/tasks.yaml" --as-of 2021-07-20 collect hr.xlsx) \
        >"$1.out" 2>&1 || fail "$1/hr.xlsx: collect: $(cat "$1.out")"
    cp tasks.yaml "$1.yaml"
}
collected filled
grep -q "将加入2条进展\|would add 2 updates" filled.dry || fail "the openpyxl form: $(cat filled.dry)"
cmp -s filled.yaml "$FIXTURES/progress.yaml" && fail "collect added nothing"

same_collect() {  # same_collect DIR WHO: DIR/hr.xlsx collects exactly as filled/hr.xlsx
    collected "$1"
    cmp -s filled.dry "$1.dry" || fail "$2: collect --dry-run differs: $(diff filled.dry "$1.dry")"
    cmp -s filled.yaml "$1.yaml" || fail "$2: collected file differs: $(diff filled.yaml "$1.yaml")"
}

# 3. LibreOffice: convert to .xls, and re-save .xlsx and .docx.
if $soffice_ok; then
    libreoffice xls merged.xlsx
    check lo/merged.xls "$tables/merged.yaml"
    mkdir resave && cp merged.xlsx ledger.xlsx ledger.docx filled/hr.xlsx resave/
    libreoffice xlsx resave/merged.xlsx resave/ledger.xlsx resave/hr.xlsx
    libreoffice docx resave/ledger.docx
    check lo/merged.xlsx "$tables/merged.yaml"
    check lo/ledger.xlsx "$tables/ledger.xlsx.yaml"
    check lo/ledger.docx "$tables/ledger.docx.yaml"
    # The form's stamp travels on the hidden sheet 表单信息, which LibreOffice keeps hidden. The
    # custom properties that repeat it survive LibreOffice too (checked on the form as duban
    # wrote it: openpyxl 3.0, which filled hr.xlsx, drops custom properties itself).
    cp forms/第4轮-人事股-进展报送表.xlsx resave/blank.xlsx
    libreoffice xlsx resave/blank.xlsx
    $py - lo/hr.xlsx lo/blank.xlsx <<'PY' || fail "LibreOffice lost part of the form's stamp"
import sys, zipfile, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
assert wb["表单信息"].sheet_state == "hidden", wb["表单信息"].sheet_state
custom = zipfile.ZipFile(sys.argv[2]).read("docProps/custom.xml").decode()
for name in ("duban.form", "duban.document", "duban.office", "duban.round"):
    assert 'name="%s"' % name in custom, (name, custom)
PY
    mv lo lo-saved && mkdir lo
    same_collect lo-saved "the form re-saved by LibreOffice"
else
    echo "soffice not installed: LibreOffice conversions not checked"
fi

# 4. WPS-like: the same files rewritten the ways WPS writes a workbook.
$py "$scripts/wps_like.py" merged.xlsx wps/merged.xlsx &&
    $py "$scripts/wps_like.py" ledger.xlsx wps/ledger.xlsx &&
    $py "$scripts/wps_like.py" filled/hr.xlsx wps/hr.xlsx || fail "wps_like.py"
unzip -p wps/hr.xlsx xl/worksheets/sheet1.xml | grep -q '<x:c t="inlineStr"><x:is><x:r>' \
    || fail "wps_like.py did not rewrite the form"
check wps/merged.xlsx "$tables/merged.yaml"
check wps/ledger.xlsx "$tables/ledger.xlsx.yaml"
same_collect wps "the form as WPS writes it"

# Word's own table markup that python-docx does not write: a row starting late (w:gridBefore,
# its first cell left out), a row ending early (w:gridAfter) and a cell inside a content
# control (w:sdt). The table reads the same.
$py - ledger.docx word.docx <<'PY' || fail "rewriting ledger.docx"
import sys, zipfile, xml.etree.ElementTree as ET
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ET.register_namespace("w", W)
w = lambda tag: "{%s}%s" % (W, tag)
zin = zipfile.ZipFile(sys.argv[1])
parts = {n: zin.read(n) for n in zin.namelist()}
root = ET.fromstring(parts["word/document.xml"])
rows = root.find(".//" + w("tbl")).findall(w("tr"))
def skip(tr, kind):
    pr = tr.find(w("trPr"))
    if pr is None:
        pr = ET.Element(w("trPr"))
        tr.insert(0, pr)
    ET.SubElement(pr, w(kind)).set(w("val"), "1")
rows[3].remove(rows[3].findall(w("tc"))[0])  # 类别 under the merge above: the row starts late
skip(rows[3], "gridBefore")
rows[4].remove(rows[4].findall(w("tc"))[-1])  # an empty 备注: the row ends early
skip(rows[4], "gridAfter")
cell = rows[2].findall(w("tc"))[1]  # 序号 1 inside a content control
at = list(rows[2]).index(cell)
rows[2].remove(cell)
sdt = ET.Element(w("sdt"))
ET.SubElement(sdt, w("sdtContent")).append(cell)
rows[2].insert(at, sdt)
parts["word/document.xml"] = ET.tostring(root, xml_declaration=True, encoding="UTF-8")
with zipfile.ZipFile(sys.argv[2], "w") as z:
    for n, d in parts.items():
        z.writestr(n, d)
PY
check word.docx "$tables/ledger.docx.yaml"

# A form whose hidden sheet was lost (a program that drops hidden sheets) is refused, naming it.
$py - filled/hr.xlsx nostamp.xlsx <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
del wb["表单信息"]
wb.save(sys.argv[2])
PY
cp "$FIXTURES/progress.yaml" tasks.yaml
env -u LC_ALL -u LANGUAGE -u LC_MESSAGES LANG=zh_CN.UTF-8 "$DUBAN" -f tasks.yaml --as-of 2021-07-20 collect nostamp.xlsx >/dev/null 2>err
rc=$?
[ $rc = 3 ] && grep -qF "nostamp.xlsx: 不是 duban forms 生成的报送表：没有“表单信息”工作表" err \
    || fail "a form without its stamp: exit $rc: $(cat err)"
cmp -s tasks.yaml "$FIXTURES/progress.yaml" || fail "the refused form changed the file"

[ "$failures" -eq 0 ] && echo "merged .xls, LibreOffice re-saves and WPS-like files read as expected"
exit $((failures > 0))
