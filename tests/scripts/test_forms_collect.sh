#!/bin/bash
# duban forms writes one form per office; offices fill them in with a spreadsheet (openpyxl
# here, an independent writer) or a text editor; duban collect adds exactly the updates they
# mean, in one write, and refuses what it cannot trust, leaving tasks.yaml byte-identical.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cp "$FIXTURES/progress.yaml" tasks.yaml
py=/usr/bin/python3
fill="$py $SOURCE/tests/scripts/fill_form.py"
status=0
fail() { echo "FAIL: $*"; status=1; }
duban() { "$DUBAN" -f "$work/tasks.yaml" "$@"; }
# What a person reads, in each language: LANG as a clerk's desktop sets it (LC_ALL unset).
en() { env -u LC_ALL -u LANGUAGE -u LC_MESSAGES LANG=C "$DUBAN" -f "$work/tasks.yaml" "$@"; }
zh() { env -u LC_ALL -u LANGUAGE -u LC_MESSAGES LANG=zh_CN.UTF-8 "$DUBAN" -f "$work/tasks.yaml" "$@"; }

# Forms: one per lead office, named by round and office, byte-identical when made again.
zh --as-of 2021-07-15 forms -o out > forms.out || fail "forms exited $?"
grep -qx "out/第4轮-人事股-进展报送表.xlsx: 人事股 牵头2项，协办0项，2021年8月25日前报送" forms.out \
    || fail "forms output: $(cat forms.out)"
en --as-of 2021-07-15 forms -o out > forms.out || fail "forms exited $?"
grep -qx "out/第4轮-人事股-进展报送表.xlsx: 人事股: tasks led 2, supported 0; return it by 2021-08-25" \
    forms.out || fail "forms output in English: $(cat forms.out)"
[ "$(ls out | wc -l)" = 7 ] || fail "expected 7 forms: $(ls out)"
duban --as-of 2021-07-15 forms -o again > /dev/null
for f in out/*; do cmp -s "$f" "again/${f#out/}" || fail "$f differs when made again"; done
duban --as-of 2021-07-15 forms --format csv --office 法制安全股 -o out > /dev/null
[ -f "out/第4轮-法制安全股-进展报送表.csv" ] || fail "no csv form"

# The form as a spreadsheet program sees it.
$py - out/第4轮-基教股-进展报送表.xlsx <<'PY' || fail "the form's layout"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["报送表"]
assert wb.sheetnames == ["报送表", "表单信息"], wb.sheetnames
assert wb["表单信息"].sheet_state == "hidden"
assert ws["A1"].value.endswith("进展报送表"), ws["A1"].value
assert ws["A2"].value.startswith("第4轮调度（2021年7月1日至2021年8月31日）"), ws["A2"].value
assert "2021年8月25日前报送" in ws["A2"].value
heads = [c.value for c in ws[4]]
assert heads == ["序号", "重点工作任务", "责任领导", "时间节点", "上期进度", "上期进展",
                 "本期进度（%）", "状态", "本期进展", "存在问题", "下步计划", "佐证材料",
                 "填报人", "填报日期"], heads
assert ws["A5"].value == 6 and ws["E5"].value == "45%", (ws["A5"].value, ws["E5"].value)
assert ws["F5"].value == "2021-07-08：举办读书分享会 12 场。", ws["F5"].value
assert ws["D5"].value == "2021-06-30 60% 完成上半年共读活动\n2021-12-31 前完成"
assert ws["A6"].value.startswith("协办任务"), ws["A6"].value
assert [ws.cell(r, 1).value for r in (7, 8)] == [2, 27]
assert ws.protection.sheet and not ws.protection.password
assert ws["B5"].protection.locked and not ws["G5"].protection.locked
assert ws["G7"].protection.locked  # supported tasks are the lead office's to report
# The operator defaults to between when absent.
kinds = {dv.type: (dv.operator or "between", dv.formula1, dv.formula2, str(dv.sqref)) for dv in ws.data_validations.dataValidation}
assert kinds["whole"] == ("between", "0", "100", "G5"), kinds
assert kinds["list"][1:] == ('"未启动,推进中,已完成,已销号"', None, "H5"), kinds
assert kinds["date"] == ("between", "36526", "73050", "N5"), kinds  # 2000-01-01 to 2099-12-31
ps = ws.page_setup
assert ps.orientation == "landscape" and str(ps.paperSize) == "9", (ps.orientation, ps.paperSize)
# One page wide (fitToWidth absent means 1), as many pages tall as it takes.
assert ps.fitToWidth in (None, 1) and ps.fitToHeight == 0 and ws.sheet_properties.pageSetUpPr.fitToPage
assert ws.print_title_rows.replace("$", "") == "4:4", ws.print_title_rows
assert ws["I5"].alignment.wrap_text and ws["B5"].alignment.wrap_text
assert ws.column_dimensions["A"].width < ws.column_dimensions["B"].width
# A readable scale on one A4 page width: 200 Excel units of columns print at about 75%.
total = sum(ws.column_dimensions[chr(65 + i)].width for i in range(14))
assert total <= 200, total
assert ws.row_dimensions[5].height >= 30  # room to write by hand
stamp = [[c.value for c in r] for r in wb["表单信息"].iter_rows()]
assert stamp[0][0] == "duban-form-1" and stamp[1] == ["文号", "华教体发〔2021〕2号", None]
assert stamp[8][:2] == ["6", "牵头"] and len(stamp[8][2]) == 16, stamp[8]
PY

# Offices fill them in: numbers, 60% as text, full-width digits, dates as date cells and as
# text in three spellings, a re-sorted sheet, a deleted row, a blank row, a CSV form.
cp out/*.xlsx out/*.csv . 
cat > hr.json <<'J'
{"reverse": true, "fill": {
  "12": {"本期进度（%）": 30, "状态": "进行中", "本期进展": "制定流动方案初稿", "填报日期": "date:2021-07-20"},
  "25": {"本期进度（%）": "80%", "本期进展": "完成面试", "佐证材料": "招聘公告；面试名单", "填报人": "张三", "填报日期": "2021年7月21日"}}}
J
cat > basic.json <<'J'
{"blank_row": true, "fill": {"6": {"本期进度（%）": "６０", "本期进展": "完成图书采购", "填报日期": "7月22日"}}}
J
cat > inspect.json <<'J'
{"delete": [27], "fill": {"29": {"本期进度（%）": 100, "状态": "完成", "本期进展": "成立文件已印发", "填报日期": "2021/7/23"}}}
J
cat > safety.json <<'J'
{"fill": {"2": {"本期进度（%）": "70%", "本期进展": "完成校车检查", "存在问题": "无"}}}
J
$fill 第4轮-人事股-进展报送表.xlsx hr.xlsx hr.json &&
$fill 第4轮-基教股-进展报送表.xlsx basic.xlsx basic.json &&
$fill 第4轮-督导股-进展报送表.xlsx inspect.xlsx inspect.json &&
$fill 第4轮-法制安全股-进展报送表.csv safety.csv safety.json || fail "filling the forms"

cp tasks.yaml before.yaml
en --as-of 2021-07-20 collect --dry-run hr.xlsx basic.xlsx inspect.xlsx safety.csv > dry.out 2>&1 \
    || fail "collect --dry-run exited $?: $(cat dry.out)"
grep -qx "$work/tasks.yaml: would add 5 updates (--dry-run: nothing written)" dry.out \
    && grep -qx "inspect.xlsx: round 4, rows to add: 1; not filled in: 1 (tasks 27)" dry.out \
    || fail "dry-run review in English: $(cat dry.out)"
zh --as-of 2021-07-20 collect --dry-run hr.xlsx basic.xlsx inspect.xlsx safety.csv > dry.out 2>&1 \
    || fail "collect --dry-run exited $?: $(cat dry.out)"
cmp -s tasks.yaml before.yaml || fail "--dry-run changed the file"
grep -q "^== 法制安全股 ==" dry.out && grep -q "^+        note: 完成面试" dry.out \
    && grep -qx "$work/tasks.yaml: 将加入5条进展（--dry-run，未写入）" dry.out || fail "dry-run review: $(cat dry.out)"
grep -qx "inspect.xlsx：第4轮，填报1项，未填报1项（任务27）" dry.out || fail "未填报: $(cat dry.out)"
# Grouped by office in the plan's order: 法制安全股 (task 2) before 基教股 (task 6).
[ "$(grep '^== ' dry.out | tr '\n' ' ')" = "== 法制安全股 == == 基教股 == == 人事股 == == 督导股 == " ] \
    || fail "grouping: $(grep '^== ' dry.out)"

zh --as-of 2021-07-20 collect hr.xlsx basic.xlsx inspect.xlsx safety.csv > collect.out 2>&1 \
    || fail "collect exited $?: $(cat collect.out)"
grep -qx "$work/tasks.yaml: 已加入5条进展，来自4张报送表" collect.out || fail "collect output: $(cat collect.out)"
$py - tasks.yaml before.yaml <<'PY' || fail "the updates collected"
import sys, datetime, yaml
after = {t["id"]: t for t in yaml.safe_load(open(sys.argv[1]))["tasks"]}
before = {t["id"]: t for t in yaml.safe_load(open(sys.argv[2]))["tasks"]}
d = lambda s: datetime.date.fromisoformat(s)
expected = {
    12: {"date": d("2021-07-20"), "progress": 30, "status": "in-progress", "note": "制定流动方案初稿"},
    25: {"date": d("2021-07-21"), "progress": 80, "status": "in-progress", "note": "完成面试",
         "by": "张三", "evidence": ["招聘公告", "面试名单"]},
    6: {"date": d("2021-07-22"), "progress": 60, "status": "in-progress", "note": "完成图书采购"},
    29: {"date": d("2021-07-23"), "progress": 100, "status": "done", "note": "成立文件已印发"},
    2: {"date": d("2021-07-20"), "progress": 70, "status": "in-progress", "note": "完成校车检查",
        "problems": "无"},
}
for tid, task in after.items():
    old = before[tid].get("updates") or []
    new = task.get("updates") or []
    want = old + ([expected[tid]] if tid in expected else [])
    assert new == want, (tid, new, want)
    assert {k: v for k, v in task.items() if k != "updates"} == \
           {k: v for k, v in before[tid].items() if k != "updates"}, tid
PY

# The same forms again add nothing, and say so.
cp tasks.yaml collected.yaml
zh --as-of 2021-07-20 collect hr.xlsx basic.xlsx inspect.xlsx safety.csv > twice.out 2>&1 \
    || fail "collecting twice exited $?"
cmp -s tasks.yaml collected.yaml || fail "collecting twice changed the file"
grep -qx "$work/tasks.yaml: 没有要加入的进展（报送表都已收过或未填），文件未改动" twice.out \
    && grep -qx "hr.xlsx：第4轮，填报0项，已收过2项（任务25、12，不再加入）" twice.out \
    || fail "collecting twice: $(cat twice.out)"
en --as-of 2021-07-20 collect hr.xlsx basic.xlsx inspect.xlsx safety.csv > twice.out 2>&1 \
    || fail "collecting twice exited $?"
cmp -s tasks.yaml collected.yaml || fail "collecting twice changed the file"
grep -qx "$work/tasks.yaml: nothing to add (every form was collected before or left empty); the file is unchanged" \
    twice.out && grep -qx "hr.xlsx: round 4, rows to add: 0; collected before: 2 (tasks 25, 12, not added again)" \
    twice.out || fail "collecting twice in English: $(cat twice.out)"

# Refusals: each names the place and reason, in Chinese under LANG=zh_CN.UTF-8 and in English
# under LANG=C, exits 3 and leaves the file byte-identical.
refused() {  # refused CHINESE-MESSAGE ENGLISH-MESSAGE COLLECT-ARGS...
    local want_zh=$1 want_en=$2; shift 2
    cp tasks.yaml guard.yaml
    local lang want
    for lang in zh en; do
        [ $lang = zh ] && want=$want_zh || want=$want_en
        $lang --as-of 2021-07-20 collect "$@" > refused.out 2> refused.err
        local rc=$?
        [ "$rc" = 3 ] || fail "exit $rc, not 3, for: $want ($(cat refused.out refused.err))"
        grep -qF -- "$want" refused.err || fail "expected '$want', got: $(cat refused.err)"
        cmp -s tasks.yaml guard.yaml || fail "the file changed after: $want"
    done
}
cp before.yaml tasks.yaml
echo '{"fill": {"12": {"本期进度（%）": "六成"}}}' > bad.json
$fill 第4轮-人事股-进展报送表.xlsx 第4轮-人事股-bad.xlsx bad.json
refused "第4轮-人事股-bad.xlsx: 报送表!G5: 本期进度应为0到100的整数，不是“六成”" \
    "第4轮-人事股-bad.xlsx: 报送表!G5: 本期进度 should be a whole number from 0 to 100, not “六成”" \
    第4轮-人事股-bad.xlsx
# One bad form stops the whole batch, good forms included.
refused "本期进度应为0到100的整数" "should be a whole number" hr.xlsx 第4轮-人事股-bad.xlsx
echo '{"fill": {"12": {"本期进度（%）": 20, "状态": "差不多"}}}' > bad.json
$fill 第4轮-人事股-进展报送表.xlsx bad-status.xlsx bad.json
refused "bad-status.xlsx: 报送表!H5: 状态应为未启动、推进中、已完成或已销号，不是“差不多”" \
    "bad-status.xlsx: 报送表!H5: 状态 should be 未启动, 推进中, 已完成 or 已销号, not “差不多”" \
    bad-status.xlsx
echo '{"fill": {"12": {"本期进度（%）": 20, "填报日期": "下周"}}}' > bad.json
$fill 第4轮-人事股-进展报送表.xlsx bad-date.xlsx bad.json
refused "bad-date.xlsx: 报送表!N5: 填报日期应为日期，如2021/6/25，不是“下周”" \
    "bad-date.xlsx: 报送表!N5: 填报日期 should be a date such as 2021/6/25, not “下周”" bad-date.xlsx
echo '{"fill": {"12": {"状态": "推进中"}}}' > bad.json
$fill 第4轮-人事股-进展报送表.xlsx no-progress.xlsx bad.json
refused "no-progress.xlsx: 报送表!G5: 本期进度未填，而这一行填了别的栏" \
    "no-progress.xlsx: 报送表!G5: 本期进度 is empty, but other cells of this row are filled in" \
    no-progress.xlsx
echo '{"fill": {"25": {"本期进度（%）": 50, "本期进展": "重新统计"}}}' > bad.json
$fill 第4轮-人事股-进展报送表.xlsx lower.xlsx bad.json
refused "lower.xlsx: 报送表!第6行（任务25）: 任务25：进度50%低于最近一次进展的60%（2021-07-02）；确实如此请用 --force 收取，并在“本期进展”中说明原因" \
    "lower.xlsx: 报送表!row 6 (task 25): task 25: progress 50% is lower than its latest" lower.xlsx
echo '{"fill": {"12": {"本期进度（%）": 100, "状态": "已销号"}}}' > bad.json
$fill 第4轮-人事股-进展报送表.xlsx close.xlsx bad.json
refused "close.xlsx: 报送表!第5行（任务12）: 销号须在“佐证材料”中至少填一项（文件或文号）" \
    "close.xlsx: 报送表!row 5 (task 12): closing a task (销号) needs at least one item in 佐证材料" close.xlsx
echo '{"copy_row": 29, "fill": {}}' > bad.json
$fill 第4轮-人事股-进展报送表.xlsx copied.xlsx bad.json
refused "copied.xlsx: 报送表!第7行: 任务29不在这张报送表上（是从别的表复制来的吗？）" \
    "copied.xlsx: 报送表!row 7: task 29 is not on this form (was the row copied from another form?)" \
    copied.xlsx
# A form of an earlier round: refused, accepted with --force.
duban --as-of 2021-06-10 forms --office 人事股 -o old > /dev/null
$fill old/第3轮-人事股-进展报送表.xlsx old.xlsx hr.json
refused "old.xlsx: 这是第3轮的报送表，现在是第4轮（2021-07-01至2021-08-31）；确认无误可加 --force" \
    "old.xlsx: this is the form of round 3; the round now is 4 (2021-07-01 to 2021-08-31); if it is right all the same, add --force" \
    old.xlsx
duban --as-of 2021-07-20 collect --force old.xlsx > /dev/null 2>&1 || fail "--force did not take the old form"
cp before.yaml tasks.yaml
# A task changed since the form was made, and a task whose lead office changed.
sed -i 's/出台教师有序流动相关制度/出台教师交流轮岗制度/' tasks.yaml
refused "hr.xlsx: 报送表!第6行: 任务12在制表（2021-07-15）之后改过了，表上显示的已不是现在的内容；请重新生成报送表；确认无误可加 --force" \
    "hr.xlsx: 报送表!row 6: task 12 was changed after the form was made (2021-07-15): the form no longer shows it as it is; make the forms again; if it is right all the same, add --force" \
    hr.xlsx
cp before.yaml tasks.yaml
$py - <<'PY'
t = open("tasks.yaml", encoding="utf-8").read()
t = t.replace("    office: 人事股\n    partners: [人才中心", "    office: 基教股\n    partners: [人才中心")
open("tasks.yaml", "w", encoding="utf-8").write(t)
PY
refused "hr.xlsx: 报送表!第5行: 任务25由基教股牵头，不是人事股；确认无误可加 --force" \
    "hr.xlsx: 报送表!row 5: task 25 is led by 基教股, not by 人事股; if it is right all the same, add --force" \
    hr.xlsx
# Not a form at all.
refused "tasks.yaml: 不是 duban forms 生成的报送表：末尾没有表单信息（duban-form-1）" \
    "tasks.yaml: not a progress form made by duban forms: it does not end with the form's information (duban-form-1)" \
    tasks.yaml
cp "$FIXTURES/workbooks/excel.xlsx" plain.xlsx
refused "plain.xlsx: 不是 duban forms 生成的报送表：没有“表单信息”工作表" \
    "plain.xlsx: not a progress form made by duban forms: it has no sheet “表单信息”" plain.xlsx
# A form for another plan, a form whose header lost a column, a row whose 序号 is not a task.
echo '{"fill": {"12": {"本期进度（%）": 20}}}' > ok.json
$fill 第4轮-人事股-进展报送表.xlsx other-plan.xlsx ok.json
/usr/bin/python3 - other-plan.xlsx <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
wb["表单信息"]["B2"] = "华教体发〔2020〕9号"
wb.save(sys.argv[1])
PY
refused "other-plan.xlsx: 这是文号“华教体发〔2020〕9号”的报送表，不是本计划（华教体发〔2021〕2号）的" \
    "other-plan.xlsx: this form is for the plan 华教体发〔2020〕9号, not for this plan (华教体发〔2021〕2号)" \
    other-plan.xlsx
$fill 第4轮-人事股-进展报送表.xlsx no-column.xlsx ok.json
/usr/bin/python3 - no-column.xlsx <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
wb["报送表"]["I4"] = "进展"
wb.save(sys.argv[1])
PY
refused "no-column.xlsx: 报送表!第4行: 表头缺少“本期进展”列" \
    "no-column.xlsx: 报送表!row 4: the header row lacks the column “本期进展”" no-column.xlsx
$fill 第4轮-人事股-进展报送表.xlsx not-a-task.xlsx ok.json
/usr/bin/python3 - not-a-task.xlsx <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
wb["报送表"]["A5"] = "十二"
wb.save(sys.argv[1])
PY
refused "not-a-task.xlsx: 报送表!A5: 这一行填了进展，但序号“十二”不是任务编号" \
    "not-a-task.xlsx: 报送表!A5: this row has progress filled in, but its 序号 “十二” is not a task number" \
    not-a-task.xlsx
# forms: an office the plan does not have is a usage error, in both languages.
zh --as-of 2021-07-15 forms --office 财务股 -o none > /dev/null 2> forms.err
[ $? = 2 ] && grep -qF "计划中没有股室“财务股”；牵头任务的股室有：" forms.err \
    || fail "forms --office 财务股: $(cat forms.err)"
en --as-of 2021-07-15 forms --office 财务股 -o none > /dev/null 2> forms.err
[ $? = 2 ] && grep -qF "no office “财务股” in the plan; offices that lead tasks: " forms.err \
    || fail "forms --office 财务股 in English: $(cat forms.err)"
exit $status
