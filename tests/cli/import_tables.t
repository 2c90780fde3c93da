Tables as other bureaus publish them. Standard error says how the columns were read, what the
rows became and which columns were kept as extra fields.

  $ duban import $FIXTURES/tables/word-multiline.tsv --year 2021 -o plan.yaml
  列 → 字段: 序号 → id, 工作任务 → category, 具体要求 → title, 牵头单位 → office, 责任单位 → partners, 完成时限 → due
  5 rows became 5 tasks in 2 categories (3 lines continuing a cell)
  extra fields: none
  plan.yaml: 5 tasks in 2 categories
  $ duban import $FIXTURES/tables/extras.tsv --year 2021 -o extras.yaml
  列 → 字段: 序号 → id, 重点工作任务 → title, 工作目标 → extra, 具体措施 → extra, 责任单位 → office, 备注 → extra
  3 rows became 3 tasks in 1 category (1 repeated header)
  extra fields: 工作目标, 具体措施, 备注
  extras.yaml: 3 tasks in 1 category

--dry-run prints the summary and the tasks, and writes nothing, even with -o.

  $ duban import $FIXTURES/tables/sparse-ids.tsv --year 2021 --dry-run -o dry.yaml | grep -c 'id:'
  列 → 字段: 序号 → id, 类别 → category, 工作任务 → title, 责任科室 → office, 完成时限 → due
  3 rows became 3 tasks in 2 categories
  extra fields: none
  dry.yaml: not written (--dry-run)
  3
  $ test -e dry.yaml || echo not written
  not written

--map reads a column as the field it names; the column that held that field becomes extra.

  $ duban import $FIXTURES/tables/word-multiline.tsv --year 2021 --map '工作任务=title' --dry-run | sed -n '/id: 1$/,/^$/p'
  列 → 字段: 序号 → id, 工作任务 → title, 具体要求 → extra, 牵头单位 → office, 责任单位 → partners, 完成时限 → due
  5 rows became 5 tasks in 1 category (3 lines continuing a cell)
  extra fields: 具体要求
    - id: 1
      category: 未分类
      title: 稳增长
      office: 县发改局
      partners: [县统计局]
      due_text: 12月底前
      extra:
        具体要求: 全年地区生产总值增长8%以上。
  
  $ duban import $FIXTURES/tables/extras.tsv --year 2021 --map '备 注=ignore' --map '具体措施=due' --dry-run > /dev/null
  列 → 字段: 序号 → id, 重点工作任务 → title, 工作目标 → extra, 具体措施 → due, 责任单位 → office, 备注 → ignore
  3 rows became 3 tasks in 1 category (1 repeated header)
  extra fields: 工作目标
  $ duban import $FIXTURES/tables/extras.tsv --map '备注'
  duban: --map takes '列名=field', e.g. '备注=extra', not '备注'
  [2]
  $ duban import $FIXTURES/tables/extras.tsv --map '备注=note'
  duban: --map: unknown field 'note'; the fields are: category, id, title, leaders, office, partners, due, extra, ignore
  [2]

A task of the new schema in show and check: co-leads, the deadline's words, extra columns, no
leaders (one warning for the plan), and a task with no fixed due date judged by its reports.

  $ duban import $FIXTURES/tables/excel-quoted.csv --year 2021 -o tasks.yaml
  列 → 字段: 类别 → category, 序号 → id, 重点工作任务 → title, 责任单位 → office, 配合单位 → partners, 完成时限 → due, 备注 → extra
  4 rows became 4 tasks in 2 categories
  extra fields: 备注
  tasks.yaml: 4 tasks in 2 categories
  $ duban --as-of 2021-05-10 show 3
  第3项  重要政策文件"应解尽解"
  
  类别      政策解读
  责任股室  办公室
  协办股室  各科室、各二级机构
  完成时限  长期推进（无固定完成时限）
  
  判断日期  2021-05-10（第3期调度：2021-05-01 至 2021-06-30）
  状态      未启动 0%
  序时进度  不计序时进度（长期推进：按是否按期报送进展判断）
  预警      红灯：长期推进：连续2期未报送进展
  报送      本期未报送
  督办措施  通报批评：长期推进：连续2期未报送进展
            约谈：长期推进：连续2期未报送进展
            问责：连续两期未报送
  
  进展记录  （尚无）
  $ duban --as-of 2021-05-10 show 1 | sed -n '1,12p'
  第1项  做好预算、决算公开工作,
  公开到“款”级科目。
  
  类别      预决算公开
  责任股室  财政局
  协办股室  各预算单位
  完成时限  2021-08-31（2021年2月公布预算信息，2021年8月公布上年度决算信息）
  时间节点  2021-02-28 24% 2021年2月公布预算信息
  
  判断日期  2021-05-10（第3期调度：2021-05-01 至 2021-06-30）
  状态      未启动 0%
  序时进度  53%（按时间节点分段推进：2021-02-28 24% 至 2021-08-31 100%，已过 71/184 天）
  $ duban check
  tasks.yaml:12:5: warning: no task names a responsible leader (责任领导); reports by leader will leave them out
  tasks.yaml: 4 tasks, 0 errors, 1 warning

Refusals: each names the place and what was expected there, and nothing is written.

  $ printf '\320\317\021\340rest' > 通知.doc
  $ duban import 通知.doc -o out.yaml
  duban: 通知.doc: a Word 97–2003 (.doc) or WPS (.wps) document cannot be read
  hint: open it in Word or WPS and save it as .docx (文件 → 另存为 → Word 文档 .docx), then import that
  [3]
  $ printf 'x' > 通知.wps
  $ duban import 通知.wps -o out.yaml
  duban: 通知.wps: a Word 97–2003 (.doc) or WPS (.wps) document cannot be read
  hint: open it in Word or WPS and save it as .docx (文件 → 另存为 → Word 文档 .docx), then import that
  [3]
  $ printf 'x' > 台账.et
  $ duban import 台账.et -o out.yaml
  duban: 台账.et: a WPS spreadsheet (.et) cannot be read
  hint: save it as .xlsx or .xls in WPS, then import that
  [3]
  $ printf 'PK\003\004rest' > 表.txt
  $ duban import 表.txt -o out.yaml
  duban: 表.txt: this is a zip file (an Office document?), but its name does not say which
  hint: name it .docx or .xlsx
  [3]
  $ printf 'not a zip' > 表.docx
  $ duban import 表.docx -o out.yaml
  duban: 表.docx: not a readable Office file (zip): the file is damaged or is not what its name says
  [3]
  $ printf 'not a workbook' > 表.xls
  $ duban import 表.xls -o out.yaml
  duban: 表.xls: not a readable Excel 97–2003 workbook (.xls)
  [3]
  $ printf '关于做好工作的通知\n各单位：请认真落实。\n' > prose.txt
  $ duban import prose.txt -o out.yaml
  duban: prose.txt: no task table found
  hint: the table needs a header row naming the task text (重点工作任务, 工作任务, 具体要求 …) and the lead unit (责任单位, 牵头单位, 责任股室 …), or each task a line with （牵头单位：…） after it; --map '列名=title' names a column the guess missed
  [3]
  $ printf '序号\t工作任务\t责任单位\n1\t甲\t基教股\n2\t乙\n' > short.tsv
  $ duban import short.tsv --year 2021 -o out.yaml
  duban: short.tsv:3: expected at least 3 cells separated by tabs, found 2
  [3]
  $ printf '序号\t工作任务\t责任单位\n1\t甲\t\n' > nolead.tsv
  $ duban import nolead.tsv --year 2021 -o out.yaml
  duban: nolead.tsv:2:5: the 责任单位 cell is empty
  [3]
  $ printf '序号\t工作任务\t责任单位\n\t甲\t基教股\n' > orphan.tsv
  $ duban import orphan.tsv --year 2021 -o out.yaml
  duban: orphan.tsv:2:1: the 序号 cell is empty and no numbered row is above it
  [3]
  $ printf '工作任务\t责任单位\n甲\t基教股\n2.乙\t人事股\n' > unnumbered.tsv
  $ duban import unnumbered.tsv --year 2021 -o out.yaml
  duban: unnumbered.tsv:2:1: this task has no number, but tasks below it have: number it, or add a 序号 column
  [3]
  $ printf '（一）甲。（牵头单位：基教股）\n这一行不知是什么\n' > stray.txt
  $ duban import stray.txt --year 2021 -o out.yaml
  duban: stray.txt:2: expected a task with its units in brackets （牵头单位：…）, a field line (牵头单位：…) or a heading (一、 （一）)
  [3]
  $ printf '（一）甲。（责任领导：某某）\n' > nolead.txt
  $ duban import nolead.txt --year 2021 -o out.yaml
  duban: nolead.txt:1: this task names no lead unit (牵头单位 or 责任单位)
  [3]
  $ ls out.yaml
  ls: cannot access 'out.yaml': No such file or directory
  [2]
