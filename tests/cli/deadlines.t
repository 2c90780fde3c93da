Deadlines (到期提醒): which unfinished tasks have a time node or their due date in a window that
starts on the date of judgement. tests/fixtures/deadlines.yaml is judged as of 2021-07-15.

  $ export DUBAN_FILE=$FIXTURES/deadlines.yaml

By the end of July: task 6's time node of 07-31. Task 27 is due 07-20 but already done, and the
07-15 window does not reach back to task 6's node of 06-30. The column 期限 names the deadline:

  $ duban --as-of 2021-07-15 list --due-before 2021-07-31 --width 0
  序号  类别    重点工作任务                                           责任领导  责任股室  协办股室  状态    进度  序时  预警  期限
  ----  ------  -----------------------------------------------------  --------  --------  --------  ------  ----  ----  ----  ------------------
     6  抓常规  开展“书香校园 师生共读”系列活动，加强“书香校园”建设。  刘建新    基教股    工会      推进中   45%   65%  黄灯  2021-07-31 节点70%

Dates as people type them; a due date counts as well as a time node:

  $ duban --as-of 2021-07-15 list --due-before 2021年8月15日 --format tsv | cut -f1
  id
  6
  12
  $ duban --as-of 2021-07-15 list --due-before 8/14 --format tsv | cut -f1
  id
  6

--due-within counts days from the date of judgement: 2021-07-15 + 77 days is 2021-09-30.

  $ duban --as-of 2021-07-15 list --due-within 77 --format tsv | cut -f1
  id
  6
  12
  30
  $ duban --as-of 2021-07-15 list --due-within ７６ --format tsv | cut -f1
  id
  6
  12
  30
  $ duban --as-of 2021-07-15 list --due-within 0 --format tsv | cut -f1
  id

With both, the earlier end wins; other filters still apply:

  $ duban --as-of 2021-07-15 list --due-within 365 --due-before 2021-08-31 --format tsv | cut -f1
  id
  6
  12
  $ duban --as-of 2021-07-15 list --due-within 365 --leader 何军 --format tsv | cut -f1
  id
  21
  30

Mistakes are usage errors, not empty tables:

  $ duban --as-of 2021-07-15 list --due-before 2021-06-30
  duban: --due-before 2021-06-30 is before the date of judgement 2021-07-15, so no deadline can fall between them; for tasks past their due date use --overdue
  [2]
  $ duban --as-of 2021-07-15 list --due-before 2021-13-01
  duban: --due-before: there is no such day as '2021-13-01'
  [2]
  $ duban --as-of 2021-07-15 list --due-within 一周
  duban: --due-within: '一周' is not a whole number
  [2]
  $ duban --as-of 2021-07-15 list --due-within 2.5
  duban: --due-within: '2.5' is not a whole number; fractions are not kept, so round it
  [2]

A report names the window in its filter line:

  $ duban --as-of 2021-07-15 report dispatch --due-within 30 --format txt | sed -n 3p
  范围：30天内到期（含时间节点，至2021年8月14日）

show names the next time node, and says when none remains:

  $ duban --as-of 2021-07-15 show 6 | grep -E '^(序时进度|下一节点)'
  序时进度  65%（按时间节点分段推进：2021-06-30 60% 至 2021-07-31 70%，已过 15/31 天）
  下一节点  2021-07-31 70% 完成图书采购（还有16天）
  $ duban --as-of 2021-07-31 show 6 | grep 下一节点
  下一节点  2021-07-31 70% 完成图书采购（今天）
  $ duban --as-of 2021-10-16 show 21 | grep 下一节点
  下一节点  无（时间节点均已过，完成时限2021-10-31）
  $ duban --as-of 2021-10-01 show 30 | grep 下一节点
  下一节点  无（时间节点均已过）
  $ duban --as-of 2021-07-15 show 12 | grep -c 下一节点
  0
  [1]

--format json gives the same as next_milestone, null when no time node remains (or there is none):

  $ duban --as-of 2021-07-15 show 6 --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["next_milestone"])'
  {'date': '2021-07-31', 'target': 70, 'what': '完成图书采购', 'days_left': 16}
  $ duban --as-of 2021-07-31 show 6 --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["next_milestone"])'
  {'date': '2021-07-31', 'target': 70, 'what': '完成图书采购', 'days_left': 0}
  $ for id in 21 12; do duban --as-of 2021-10-16 show $id --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["next_milestone"])'; done
  None
  None

The dispatch table lists the time nodes of the next round (round 5: September and October) of
the tasks not yet finished: task 27 is done, so its node of 09-30 is left out.

  $ duban --as-of 2021-07-15 report dispatch --format txt | sed -n '/下轮/,/^$/p'
  下轮（第5轮：2021年9月1日至2021年10月31日）到期的时间节点：
    2021年9月15日  第30项  目标0%：秋季开学安全检查（法制安全股）
    2021年9月30日  第6项  目标85%：完成秋季读书节（基教股）
    2021年10月15日  第21项  目标95%：竣工验收（计财股）
  
  $ duban --as-of 2021-07-15 report dispatch --format md | sed -n '/## 下轮/,/^## /p'
  ## 下轮到期的时间节点
  
  第5轮：2021年9月1日至2021年10月31日。
  
  | 日期 | 序号 | 重点工作任务 | 责任股室 | 目标 | 节点内容 |
  |---|---:|---|---|---:|---|
  | 2021年9月15日 | 30 | 常态化开展校园安全隐患排查。 | 法制安全股 | 0% | 秋季开学安全检查 |
  | 2021年9月30日 | 6 | 开展“书香校园 师生共读”系列活动，加强“书香校园”建设。 | 基教股 | 85% | 完成秋季读书节 |
  | 2021年10月15日 | 21 | 完成容城学校、容城幼儿园及黄湖小学教学楼建设。 | 计财股 | 95% | 竣工验收 |
  
  ## 一、抓常规（2项）
  $ duban --as-of 2021-07-15 report dispatch --format html | grep -A3 '下轮到期'
  <h2>下轮到期的时间节点</h2>
  <p>第5轮：2021年9月1日至2021年10月31日。</p>
  <table>
  <thead><tr><th>日期</th><th>序号</th><th>重点工作任务</th><th>责任股室</th><th>目标</th><th>节点内容</th></tr></thead>
  $ duban --as-of 2021-07-15 report dispatch --format json | python3 -c 'import json,sys; v=json.load(sys.stdin)["next_round"]; print(v["number"], v["start"], v["end"], v["count"]); [print(m["id"], m["date"], m["target_text"], m["what"]) for m in v["milestones"]]'
  5 2021-09-01 2021-10-31 3
  30 2021-09-15 0% 秋季开学安全检查
  6 2021-09-30 85% 完成秋季读书节
  21 2021-10-15 95% 竣工验收
  $ duban --as-of 2021-07-15 report dispatch --format txt --leader 杨宏发 | grep 下轮
  下轮（第5轮：2021年9月1日至2021年10月31日）无到期的时间节点。

The workbook has them on a sheet of their own, dates as Excel dates and targets as percentages
(read back with openpyxl), and the .docx as part 四 before the landscape table (python-docx):

  $ duban --as-of 2021-07-15 report dispatch --format xlsx -o 调度.xlsx
  $ /usr/bin/python3 $SOURCE/tests/scripts/read_xlsx.py 调度.xlsx | python3 -c '
  > import json, sys
  > for s in json.load(sys.stdin)["sheets"][2:]:
  >     print(s["name"], s["merged"], s["freeze"])
  >     for r in s["rows"]: print(" | ".join(str(c) for c in r))
  >     print({k: v for k, v in s["formats"].items() if k[0] in "AE"})'
  下轮时间节点 ['A1:F1'] A3
  “富美教育”2021年度重点工作任务下轮到期的时间节点（第5轮：2021年9月1日至2021年10月31日） | None | None | None | None | None
  日期 | 序号 | 重点工作任务 | 责任股室 | 目标 | 节点内容
  2021-09-15 | 30 | 常态化开展校园安全隐患排查。 | 法制安全股 | 0 | 秋季开学安全检查
  2021-09-30 | 6 | 开展“书香校园 师生共读”系列活动，加强“书香校园”建设。 | 基教股 | 0.85 | 完成秋季读书节
  2021-10-15 | 21 | 完成容城学校、容城幼儿园及黄湖小学教学楼建设。 | 计财股 | 0.95 | 竣工验收
  {'A3': 'yyyy-mm-dd', 'A4': 'yyyy-mm-dd', 'A5': 'yyyy-mm-dd', 'E3': '0%', 'E4': '0%', 'E5': '0%'}
  $ duban --as-of 2021-07-15 report dispatch --format docx -o 调度.docx
  $ /usr/bin/python3 -c '
  > import docx, sys
  > d = docx.Document(sys.argv[1])
  > texts = [p.text for p in d.paragraphs]
  > at = texts.index("四、下轮到期的时间节点")
  > print(texts[at + 1])
  > for r in d.tables[0].rows: print(" | ".join(c.text for c in r.cells))' 调度.docx
  第5轮（2021年9月1日至2021年10月31日）到期的时间节点共3个：
  日期 | 序号 | 重点工作任务 | 责任股室 | 目标 | 节点内容
  2021年9月15日 | 30 | 常态化开展校园安全隐患排查。 | 法制安全股 | 0% | 秋季开学安全检查
  2021年9月30日 | 6 | 开展“书香校园 师生共读”系列活动，加强“书香校园”建设。 | 基教股 | 85% | 完成秋季读书节
  2021年10月15日 | 21 | 完成容城学校、容城幼儿园及黄湖小学教学楼建设。 | 计财股 | 95% | 竣工验收
  $ duban --as-of 2021-07-15 report dispatch --format docx --leader 杨宏发 -o 杨.docx
  $ /usr/bin/python3 -c '
  > import docx, sys
  > texts = [p.text for p in docx.Document(sys.argv[1]).paragraphs]
  > print(texts[texts.index("四、下轮到期的时间节点") + 1])' 杨.docx
  第5轮（2021年9月1日至2021年10月31日）无到期的时间节点。

After the last round there is no next one: no sheet, no part 四.

  $ duban --as-of 2021-12-01 report dispatch --format xlsx -o 年末.xlsx
  $ /usr/bin/python3 $SOURCE/tests/scripts/read_xlsx.py 年末.xlsx | python3 -c 'import json,sys; print([s["name"] for s in json.load(sys.stdin)["sheets"]])'
  ['重点工作任务台账', '进展记录']
  $ duban --as-of 2021-12-01 report dispatch --format docx -o 年末.docx
  $ /usr/bin/python3 -c 'import docx,sys; print(sum("下轮" in p.text for p in docx.Document(sys.argv[1]).paragraphs))' 年末.docx
  0
  $ duban --as-of 2021-12-01 report dispatch --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["next_round"])'
  {'has_round': False, 'number': 0, 'start': '', 'end': '', 'start_text': '', 'end_text': '', 'count': 0, 'has_milestones': False, 'milestones': []}
  $ duban --as-of 2021-12-01 report dispatch --format txt | grep -c 下轮
  0
  [1]
